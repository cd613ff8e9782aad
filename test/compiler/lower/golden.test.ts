// Golden disassembly of the example models (w8a8, seeded calibration) at 4x4 and 16x16 (ws): the
// layer table with instruction counts and DRAM traffic, then every instruction with its layer, tile,
// operand and address comments. Regenerate with `npm run golden` and review the diff by eye.
import { describe, expect, it } from 'vitest';
import { lowerGraphWithComments } from '../../../compiler/lower/lower-graph.js';
import { layerTraffic } from '../../../compiler/lower/schedule.js';
import { disassemble, assemble } from '../../../isa/assembly.js';
import type { Instruction } from '../../../isa/instruction.js';
import { applyOverrides, defaultHwConfig } from '../../../isa/hw-config.js';
import { describeHwConfig } from '../../../isa/hw-config-json.js';
import { expectGolden } from '../../golden.js';
import { quantized } from './models.js';

const DIR = 'test/golden/isa';
const MODELS = ['cnn_bn', 'residual', 'mlp', 'concat', 'dwsep_relu6'];

/** The disassembly text of the lowered program, and the instructions it was printed from. */
function render(model: string, array: string): { text: string; instructions: readonly Instruction[] } {
  const g = quantized(`models/examples/${model}.qir`, 'w8a8');
  const hw = applyOverrides(defaultHwConfig(), { array });
  const { program, comments } = lowerGraphWithComments(g, hw);
  const head = [
    `${model} (w8a8, seeded calibration) lowered for ${array}`,
    ...describeHwConfig(hw).split('\n'),
    'tensors:',
    ...program.tensors.map((t) => `  ${t.role.padEnd(10)} ${t.name} ${t.dtype}[${t.shape.join(',')}] ${t.layout} @0x${t.dramAddr.toString(16)}`),
    'layers: instructions, DRAM bytes read, DRAM bytes written',
    ...layerTraffic(program.instructions, program.layers).map((l) => `  ${l.name.padEnd(14)} ${String(l.instructions).padStart(6)} ${String(l.loadBytes).padStart(8)} ${String(l.storeBytes).padStart(8)}`),
    '',
  ];
  const first = new Map(comments);
  first.set(0, [...head, ...(comments.get(0) ?? [])]);
  return { text: disassemble(program.instructions, first), instructions: program.instructions };
}

describe('golden disassembly', () => {
  for (const model of MODELS) {
    for (const array of ['4x4', '16x16']) {
      it(`${model}-${array}`, () => {
        const { text, instructions } = render(model, array);
        const path = `${DIR}/${model}-${array}.s`;
        expectGolden(path, text);
        // The listing is valid assembly for the program it shows: with the header and every comment, it
        // reassembles to exactly the lowered instructions (a real program, not the property test's random ones).
        expect(assemble(text, path).instructions).toEqual(instructions);
      });
    }
  }
});
