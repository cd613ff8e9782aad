// Random strided LOADs (some filling) and STOREs for the DMA's property tests: half of them take the run
// shapes (rows exactly a row apart on either side, outer steps continuing them) the closed forms are for,
// the other half meet each of those conditions on its own (a fast path that checks one condition too few
// shows only when the others hold), and half have multi-row steps (a step longer than a row, or starting
// past its row: ISA v2).
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
    wholeRows: fc.boolean(), sramRun: fc.boolean(), dramRun: fc.boolean(),
    sramOuterKind: fc.constantFrom('free', 'inner', 'block'), dramOuterKind: fc.constantFrom('free', 'inner', 'block'),
  }).map((c) => {
    const sramByte = c.multiRow ? c.byteInRow : c.sramByte;
    // Whole-row steps can be a run on the SRAM side (a row stride of bytesPerRow / rowBytes).
    const bytesPerRow = c.wholeRows && !c.contiguous ? rowBytes * (1 + (c.bytesPerRow % 2))
      : c.multiRow ? c.bytesPerRow * 3 : Math.min(c.bytesPerRow, rowBytes - c.sramByte);
    // Multi-row steps are long: fewer of them keep the walk inside the tests' 4 KiB DRAM image.
    const rows = c.wholeRows && !c.contiguous ? Math.min(c.rows, 5) : c.multiRow ? Math.min(c.rows, 8) : c.rows;
    const sramRun = c.contiguous || c.sramRun;
    const dramRun = c.contiguous || c.dramRun;
    const dramRowStride = dramRun ? bytesPerRow : c.dramRowStride;
    const sramRowStride = sramRun && bytesPerRow % rowBytes === 0 ? bytesPerRow / rowBytes : c.sramRowStride;
    // Outer steps: anywhere, a whole inner pattern further (the bank closed forms), or right after the previous
    // step's bytes (one block with it: the bulk copy), whatever the inner strides are.
    const sramBlock = (rows * bytesPerRow) % rowBytes === 0 ? (rows * bytesPerRow) / rowBytes : rows * sramRowStride;
    const sramOuterKind = c.contiguous ? 'inner' : c.sramOuterKind;
    const dramOuterKind = c.contiguous ? 'inner' : c.dramOuterKind;
    const fields = {
      buffer, sramRow: c.sramRow, sramByte, bytesPerRow, rows,
      sramRowStride, dramAddr: c.dramAddr, dramRowStride, repeat: c.repeat,
      sramOuterStride: sramOuterKind === 'inner' ? rows * sramRowStride : sramOuterKind === 'block' ? sramBlock : c.sramOuter,
      dramOuterStride: dramOuterKind === 'inner' ? rows * dramRowStride : dramOuterKind === 'block' ? rows * bytesPerRow : c.dramOuter,
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
