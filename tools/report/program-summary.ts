// Header comments for disassembly: the machine, the tensor table and per-layer instruction counts and DRAM traffic.
import type { Program } from '../../isa/program-file.js';
import { layerTraffic } from '../../compiler/lower/schedule.js';
import { describeHwConfig } from '../../isa/hw-config-json.js';

/** Comment lines (without ';') describing a program, printed before its first instruction. */
export function programHeaderComments(program: Program, title: string): string[] {
  return [
    `${title} (${program.instructions.length} instructions)`,
    ...describeHwConfig(program.hwConfig).split('\n'),
    'tensors:',
    ...program.tensors.map((t) => `  ${t.role.padEnd(10)} ${t.name} ${t.dtype}[${t.shape.join(',')}] ${t.layout} @0x${t.dramAddr.toString(16)}`),
    'layers: instructions, DRAM bytes read, DRAM bytes written',
    ...layerTraffic(program.instructions, program.layers).map((l) => `  ${l.name.padEnd(14)} ${String(l.instructions).padStart(6)} ${String(l.loadBytes).padStart(8)} ${String(l.storeBytes).padStart(8)}`),
    '',
  ];
}

/** Header comments plus a `layer NAME` comment at each layer's first instruction. */
export function programComments(program: Program, title: string): Map<number, string[]> {
  const comments = new Map<number, string[]>();
  for (const l of program.layers) comments.set(l.firstInstruction, [`layer ${l.name}`]);
  comments.set(0, [...programHeaderComments(program, title), ...(comments.get(0) ?? [])]);
  return comments;
}
