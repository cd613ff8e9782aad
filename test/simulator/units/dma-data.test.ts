// moveTransferData's bulk copies against the step-by-step walk of docs/ISA.md, on plain buffers and on the
// accumulator (int32 entries seen as bytes), for LOADs, filling LOADs and STOREs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
import type { InstructionOf } from '../../../isa/instruction.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { DramStorage } from '../../../simulator/memory/dram.js';
import { makeBuffers, type Buffers } from '../../../simulator/memory/sram.js';
import { moveTransferData } from '../../../simulator/units/dma-data.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { firstDifference, smallHw } from '../helpers.js';
import { arbitraryTransfer, transferSteps } from './transfer-arbitrary.js';

/** Rows the test looks at (the random walks stay below it). */
const ROWS = 512;

/** The first ROWS rows of the buffer as bytes (the accumulator through its byte view). */
function bufferBytes(b: Buffers, name: 'input' | 'accumulator'): Uint8Array {
  const buf = b[name];
  const out = new Uint8Array(ROWS * buf.rowBytes);
  for (let r = 0; r < ROWS; r++) out.set(buf.readBytes(r, 0, buf.rowBytes), r * buf.rowBytes);
  return out;
}

/**
 * Runs `t` on fresh buffers of `hw` and checks every byte against the step-by-step walk of docs/ISA.md; `dramAt`
 * places the DRAM bytes that far into a larger buffer (a view that is not word-aligned).
 */
function checkAgainstSteps(t: InstructionOf<'LOAD'> | InstructionOf<'STORE'>, buffer: 'input' | 'accumulator', hw = defaultHwConfig(), dramAt = 0): void {
  const d = deriveHw(hw);
  const rb = d.rowBytes[buffer];
  const buffers = makeBuffers(hw, d);
  const walk = transferSteps(t);
  expect(d.bufferRows[buffer]).toBeGreaterThanOrEqual(ROWS);
  expect(walk.every(({ s, d: at }) => s < ROWS && at + t.bytesPerRow <= 4096)).toBe(true);
  for (let r = 0; r < ROWS; r++) {
    buffers[buffer].writeBytes(r, 0, Uint8Array.from({ length: rb }, (_, j) => (r * 29 + j * 7 + 3) % 256));
  }
  const image = Uint8Array.from({ length: 4096 }, (_, j) => (j * 131 + 7) % 256);
  const dram = new DramStorage(image, image.length, new Uint8Array(image.length + dramAt).subarray(dramAt));
  expect(dram.bytes.byteOffset).toBe(dramAt);
  const wantSram = bufferBytes(buffers, buffer);
  const wantDram = dram.bytes.slice();
  for (const { s, d: at } of walk) {
    for (let j = 0; j < t.bytesPerRow; j++) {
      const x = s * rb + t.sramByte + j;
      if (t.op === 'LOAD') wantSram[x] = t.fill === 1 ? t.fillByte : wantDram[at + j]!;
      else wantDram[at + j] = wantSram[x]!;
    }
  }
  moveTransferData(t, buffers, dram);
  // (compared by first difference: a toEqual over these arrays per case was most of the test's time)
  expect(firstDifference(bufferBytes(buffers, buffer), wantSram)).toBe(-1);
  expect(firstDifference(dram.bytes, wantDram)).toBe(-1);
}

describe('moveTransferData', () => {
  for (const buffer of ['input', 'accumulator'] as const) {
    it(`moves exactly the bytes of each step (${buffer} buffer)`, () => {
      const rb = deriveHw(defaultHwConfig()).rowBytes[buffer];
      fc.assert(fc.property(arbitraryTransfer(buffer, rb), (t) => checkAgainstSteps(t, buffer)),
        { seed: PROPERTY_SEED, numRuns: propertyRuns(buffer === 'input' ? 150 : 40) });
    });
  }

  it('moves word-aligned strided rows of every length class exactly (one word, four words, long rows, and the rest)', () => {
    // Rows that are no run on the DRAM side (gaps between them) go row by row; 4-byte aligned ones as 32-bit
    // words, in three forms by row length (16 bytes unrolled, 256 bytes and more one native copy, else a loop).
    // A misaligned start (sramByte 2) or DRAM outer step (a stride 1 or 2 bytes off the word grid) sends the same shapes to the byte loop.
    const arb = fc.record({
      op: fc.constantFrom('LOAD', 'STORE'), len: fc.constantFrom(4, 8, 16, 20, 256, 260), rows: fc.integer({ min: 1, max: 3 }),
      repeat: fc.integer({ min: 1, max: 2 }), sramRow: fc.integer({ min: 0, max: 40 }), sramByte: fc.constantFrom(0, 4, 8, 2),
      rowGap: fc.integer({ min: 0, max: 3 }), outerGap: fc.integer({ min: 0, max: 5 }), dramWords: fc.integer({ min: 0, max: 64 }),
      dramGap: fc.integer({ min: 1, max: 4 }), dramOuterGap: fc.integer({ min: 0, max: 4 }), dramOuterOff: fc.constantFrom(0, 0, 1, 2),
    });
    const rb = deriveHw(defaultHwConfig()).rowBytes.input;
    fc.assert(fc.property(arb, (a) => {
      const sramRowStride = Math.ceil((a.sramByte + a.len) / rb) + a.rowGap;
      const dramRowStride = a.len + 4 * a.dramGap;
      const fields = {
        buffer: 'input' as const, sramRow: a.sramRow, sramByte: a.sramByte, bytesPerRow: a.len, rows: a.rows, sramRowStride,
        dramAddr: 4 * a.dramWords, dramRowStride, repeat: a.repeat, sramOuterStride: a.rows * sramRowStride + a.outerGap,
        dramOuterStride: a.rows * dramRowStride + 4 * a.dramOuterGap + a.dramOuterOff,
      };
      checkAgainstSteps(a.op === 'STORE' ? makeInstruction('STORE', fields) : makeInstruction('LOAD', { ...fields, fill: 0, fillByte: 0 }), 'input');
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(120) });
  });

  it('merges outer steps into one copy only when both sides continue the run (off by a factor of rowBytes or len, or only one side, is not)', () => {
    // Every case has whole-row steps that are runs on both sides; one outer-step condition fails, by a margin a
    // wrong formula would not see: the DRAM side not continuing, an SRAM outer stride rowBytes times too large,
    // or outer strides of rows/len (rows or bytes) where rows >= len.
    const rb = deriveHw(defaultHwConfig()).rowBytes.input;
    const len = rb;
    const run = { buffer: 'input' as const, sramRow: 0, sramByte: 0, bytesPerRow: len, sramRowStride: 1, dramAddr: 0, dramRowStride: len, repeat: 2 };
    checkAgainstSteps(makeInstruction('LOAD', { ...run, rows: 2, sramOuterStride: 2, dramOuterStride: 100, fill: 0, fillByte: 0 }), 'input');
    checkAgainstSteps(makeInstruction('STORE', { ...run, rows: 2, sramOuterStride: 2, dramOuterStride: 100 }), 'input');
    checkAgainstSteps(makeInstruction('LOAD', { ...run, rows: 1, sramOuterStride: len * rb, dramOuterStride: len, fill: 0, fillByte: 0 }), 'input');
    checkAgainstSteps(makeInstruction('LOAD', { ...run, rows: len * rb, sramOuterStride: 1, dramRowStride: 0, dramOuterStride: 0, fill: 1, fillByte: 9 }), 'input');
    checkAgainstSteps(makeInstruction('LOAD', { ...run, rows: len, sramOuterStride: (len * len) / rb, dramOuterStride: 1, fill: 0, fillByte: 0 }), 'input');
  });

  it('2-byte rows: SRAM steps (inner or outer) that are not whole words go byte by byte; a row stride of len·rowBytes rows is no run', () => {
    // A 2-row array: 2-byte input rows, so an odd row stride is a 2-byte step off the word grid, while the DRAM side,
    // the start and the length are word-aligned; a stride of len·rowBytes rows is rowBytes² times a run's.
    const hw = smallHw(2, 8);
    const rb = deriveHw(hw).rowBytes.input;
    expect(rb).toBe(2);
    for (const op of ['LOAD', 'STORE'] as const) {
      for (const len of [4, 8, 16]) {
        for (const [sramRowStride, dramRowStride] of [[len / rb + 1, len + 4], [len * rb, len]]) {
          // One outer step, or two whose SRAM stride is an odd row count (2 bytes off the word grid) after aligned rows.
          for (const [repeat, sramOuterStride] of [[1, 0], [2, 3 * sramRowStride! + 1]]) {
            const fields = {
              buffer: 'input' as const, sramRow: 2, sramByte: 0, bytesPerRow: len, rows: 3, sramRowStride: sramRowStride!, dramAddr: 8,
              dramRowStride: dramRowStride!, repeat: repeat!, sramOuterStride: sramOuterStride!, dramOuterStride: 3 * dramRowStride!,
            };
            checkAgainstSteps(op === 'STORE' ? makeInstruction('STORE', fields) : makeInstruction('LOAD', { ...fields, fill: 0, fillByte: 0 }), 'input', hw);
          }
        }
      }
    }
  });

  it('a DRAM view that is not word-aligned moves the same bytes (row by row)', () => {
    const rb = deriveHw(defaultHwConfig()).rowBytes.input;
    const fields = {
      buffer: 'input' as const, sramRow: 4, sramByte: 0, bytesPerRow: 16, rows: 3, sramRowStride: 2, dramAddr: 64, dramRowStride: 32,
      repeat: 2, sramOuterStride: 8, dramOuterStride: 128,
    };
    expect(rb % 4).toBe(0);
    for (const dramAt of [1, 2, 4]) {
      checkAgainstSteps(makeInstruction('LOAD', { ...fields, fill: 0, fillByte: 0 }), 'input', defaultHwConfig(), dramAt);
      checkAgainstSteps(makeInstruction('STORE', fields), 'input', defaultHwConfig(), dramAt);
    }
  });
});
