// Random strided LOADs (some filling) and STOREs for the DMA's property tests: half of them take the run
// shapes (rows exactly a row apart on either side, outer steps continuing them) the closed forms are for,
// and half have multi-row steps (a step longer than a row, or starting past its row: ISA v2).
import fc from 'fast-check';
import type { InstructionOf } from '../../../isa/instruction.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import type { BufferName } from '../../../isa/spec.js';

/** A LOAD or STORE on `buffer` whose rows are `rowBytes` wide. */
export function arbitraryTransfer(buffer: BufferName, rowBytes: number): fc.Arbitrary<InstructionOf<'LOAD'> | InstructionOf<'STORE'>> {
  return fc.record({
    op: fc.constantFrom('LOAD', 'LOAD-fill', 'STORE'), rows: fc.integer({ min: 1, max: 12 }), repeat: fc.integer({ min: 1, max: 3 }),
    bytesPerRow: fc.integer({ min: 1, max: 40 }), sramRow: fc.integer({ min: 0, max: 40 }), sramRowStride: fc.integer({ min: 0, max: 11 }),
    sramOuter: fc.integer({ min: 0, max: 40 }), sramByte: fc.constantFrom(0, 4), dramAddr: fc.integer({ min: 0, max: 300 }),
    dramRowStride: fc.integer({ min: 0, max: 140 }), dramOuter: fc.integer({ min: 0, max: 700 }), contiguous: fc.boolean(),
    fillByte: fc.integer({ min: 0, max: 255 }), multiRow: fc.boolean(), byteInRow: fc.integer({ min: 0, max: 3 * rowBytes }),
  }).map((c) => {
    const sramByte = c.multiRow ? c.byteInRow : c.sramByte;
    const bytesPerRow = c.multiRow ? c.bytesPerRow * 3 : Math.min(c.bytesPerRow, rowBytes - c.sramByte);
    const dramRowStride = c.contiguous ? bytesPerRow : c.dramRowStride;
    const sramRowStride = c.contiguous && bytesPerRow % rowBytes === 0 ? bytesPerRow / rowBytes : c.sramRowStride;
    const fields = {
      buffer, sramRow: c.sramRow, sramByte, bytesPerRow, rows: c.rows,
      sramRowStride, dramAddr: c.dramAddr, dramRowStride, repeat: c.repeat,
      sramOuterStride: c.contiguous ? c.rows * sramRowStride : c.sramOuter,
      dramOuterStride: c.contiguous ? c.rows * dramRowStride : c.dramOuter,
    };
    return c.op === 'STORE' ? makeInstruction('STORE', fields)
      : makeInstruction('LOAD', { ...fields, fill: c.op === 'LOAD-fill' ? 1 : 0, fillByte: c.fillByte });
  });
}

/** The rows (of `rowBytes`) each step of `t` touches, in walk order. */
export function transferRows(t: InstructionOf<'LOAD'> | InstructionOf<'STORE'>, rowBytes: number): number[] {
  return transferSteps(t).flatMap(({ s }) => {
    const first = s + Math.floor(t.sramByte / rowBytes);
    const last = s + Math.floor((t.sramByte + t.bytesPerRow - 1) / rowBytes);
    return Array.from({ length: last - first + 1 }, (_, j) => first + j);
  });
}

/** The (SRAM row, DRAM byte) of every step of `t`, in walk order (docs/ISA.md's TRANSFER_WALK). */
export function transferSteps(t: InstructionOf<'LOAD'> | InstructionOf<'STORE'>): { s: number; d: number }[] {
  const out: { s: number; d: number }[] = [];
  for (let o = 0; o < t.repeat; o++) {
    for (let r = 0; r < t.rows; r++) out.push({ s: t.sramRow + o * t.sramOuterStride + r * t.sramRowStride, d: t.dramAddr + o * t.dramOuterStride + r * t.dramRowStride });
  }
  return out;
}
