// The issued form of a program with COMPUTE runs (isa/compute-run.ts): which micro-ops it makes up front (a run's
// first, where the machine issues the run), what the others are when asked for, and the remapped layer table.
import { describe, expect, it } from 'vitest';
import { expandedInstructions, issuedInstruction, issuedProgram, runHeads } from '../../isa/compute-run.js';
import type { Instruction } from '../../isa/instruction.js';
import { makeInstruction } from '../../isa/make-instruction.js';

const fields = { window: 0, inputRow: 4, inputRowStride: 2, inputByte: 1, firstPixel: 3, accRow: 5, m: 6, k: 7, n: 8, biasRow: 2, chunkEnd: 1 };
const run = (tiles: number, tokens: { popPrev?: number; pushNext?: number } = {}) =>
  makeInstruction('COMPUTE', { ...fields, kOffset: 9, weightRow: 10, tiles, tileRowStride: 11, accumulate: 0, ...tokens });
/** Run `r`'s tile `s` unrolled by hand: the pair the lowering emits without runs. */
function pair(r: ReturnType<typeof run>, s: number): Instruction[] {
  const first = s === 0;
  const last = s === r.tiles - 1;
  return [
    makeInstruction('LOAD_WEIGHTS', { weightRow: 10 + 11 * s, k: 7, n: 8, popPrev: first ? r.popPrev : 0 }),
    makeInstruction('COMPUTE', { ...fields, kOffset: 9 + 7 * s, weightRow: 0, accumulate: first ? 0 : 1, pushNext: last ? r.pushNext : 0 }),
  ];
}

describe('issuedProgram', () => {
  const a = run(3, { popPrev: 1, pushNext: 1 });
  const b = run(1);
  const other = makeInstruction('HALT', { pushNext: 1 }); // (any instruction that is not a run)
  const halt = makeInstruction('HALT', {});
  const program = [other, a, b, halt];
  const layers = [{ name: 'l', op: 'qconv2d', firstInstruction: 1, instructionCount: 2 }];
  const issued = issuedProgram(program, layers);
  const unrolled = [other, ...pair(a, 0), ...pair(a, 1), ...pair(a, 2), ...pair(b, 0), halt];

  it('makes only what the step loop reads: instructions that are not runs and each run\'s first micro-op', () => {
    expect(issued.instructions.length).toBe(unrolled.length);
    expect(issued.instructions.map((i) => i === undefined)).toEqual([false, false, true, true, true, true, true, false, true, false]);
    expect(issued.instructions[0]).toBe(other);
    expect(issued.instructions[1]).toEqual(unrolled[1]);
    expect(runHeads(issued.instructions)).toEqual([undefined, a, undefined, undefined, undefined, undefined, undefined, b, undefined, undefined]);
  });

  it('gives every micro-op on request, equal to the unrolled pairs, and the layer table of the unrolled program', () => {
    expect(unrolled.map((_, n) => issuedInstruction(issued.instructions, n))).toEqual(unrolled);
    expect(expandedInstructions(issued.instructions)).toEqual(unrolled);
    expect(expandedInstructions(issued.instructions)).toBe(expandedInstructions(issued.instructions));
    expect(issued.layers).toEqual([{ ...layers[0], firstInstruction: 1, instructionCount: 8 }]);
  });

  it('is made once per program, and a program without runs is its own issued form', () => {
    expect(issuedProgram(program, layers)).toBe(issued);
    const plain = [other, ...pair(b, 0), halt];
    expect(issuedProgram(plain, []).instructions).toBe(plain);
    expect(expandedInstructions(plain)).toBe(plain);
    expect(runHeads(plain)).toBeUndefined();
  });
});
