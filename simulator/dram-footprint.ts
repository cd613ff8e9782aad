// The DRAM a program can touch, in its own module so that commands checking resource limits at start-up
// (tools/resource-flags.ts, loaded by every command) do not load the whole simulator.
import { transferDramEnd } from '../isa/check/footprint.js';
import type { Program } from '../isa/program-file.js';
import { tensorBytes } from '../isa/program-tables.js';

/** Bytes of DRAM the program can touch: its image, its tensors and every LOAD/STORE range. */
export function dramFootprint(p: Program): number {
  const known = footprints.get(p);
  if (known !== undefined) return known;
  let top = p.dramImage.length;
  for (const t of p.tensors) top = Math.max(top, t.dramAddr + tensorBytes(t));
  for (let n = 0; n < p.instructions.length; n++) {
    const i = p.instructions[n]!;
    if ((i.op !== 'LOAD' && i.op !== 'STORE') || (i.op === 'LOAD' && i.fill === 1)) continue;
    top = Math.max(top, transferDramEnd(i));
  }
  footprints.set(p, top);
  return top;
}
/** Footprints of programs already seen (a batch simulates one program many times). */
const footprints = new WeakMap<Program, number>();
