// MOVE (units/move.ts) against its definition (docs/ISA.md, docs/CYCLE-MODEL.md §2): the steps copied one by
// one in walk order, each as a whole (memmove), and the in-order bank cycles of the rows each side walks. The
// shapes aim at the bulk copy's edges: each side a run of rows or not, outer steps continuing the run or not,
// and source and destination in one buffer, overlapping forwards, backwards or not at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultHwConfig, deriveHw, type HwConfig } from '../../../isa/hw-config.js';
import type { InstructionOf } from '../../../isa/instruction.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { inOrderBankCycles } from '../../../simulator/memory/banks.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { Counters } from '../../../simulator/stats.js';
import { move } from '../../../simulator/units/move.js';
import { firstDifference } from '../helpers.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

type Plain = 'input' | 'weight' | 'output';

/** Bytes at the start of each buffer the random walks stay in (the rest stays zero on both sides). */
const SPAN = 4096;

/** One side of a MOVE: a run of rows (steps `len` bytes apart) or not, outer steps continuing it or not. */
const side = fc.record({
  buffer: fc.constantFrom<Plain>('input', 'weight', 'output'), row: fc.integer({ min: 0, max: 12 }), byte: fc.constantFrom(0, 0, 3, 16),
  run: fc.boolean(), stride: fc.integer({ min: 0, max: 4 }), continues: fc.boolean(), outer: fc.integer({ min: 0, max: 9 }),
});

/** The steps of a side as (first byte) in walk order. */
function stepBytes(m: InstructionOf<'MOVE'>, rb: number, src: boolean): number[] {
  const [row, byte, inner, outer] = src ? [m.srcRow, m.srcByte, m.srcRowStride, m.srcOuterStride] : [m.dstRow, m.dstByte, m.dstRowStride, m.dstOuterStride];
  const out: number[] = [];
  for (let o = 0; o < m.repeat; o++) for (let r = 0; r < m.rows; r++) out.push((row + o * outer + r * inner) * rb + byte);
  return out;
}

/** The rows each step's bytes cover, in walk order. */
const rowsOf = (starts: number[], len: number, rb: number) =>
  starts.flatMap((a) => Array.from({ length: Math.floor((a + len - 1) / rb) - Math.floor(a / rb) + 1 }, (_, j) => Math.floor(a / rb) + j));

/** Runs MOVE `m` on buffers of `hw` and checks the bytes, the timing and the counters against the definition. */
function expectMove(m: InstructionOf<'MOVE'>, hw: HwConfig, span: number): void {
  const buffers = makeBuffers(hw, deriveHw(hw));
  const src = buffers[m.srcBuffer as Plain];
  const dst = buffers[m.dstBuffer as Plain];
  const same = src === dst;
  const len = m.bytesPerRow;
  for (const b of [src, dst]) for (let j = 0; j < span; j++) b.bytes[j] = (j * 37 + (b === src ? 5 : 11)) % 251;
  const wantSrc = src.bytes.slice();
  const wantDst = same ? wantSrc : dst.bytes.slice();
  const from = stepBytes(m, src.rowBytes, true);
  const to = stepBytes(m, dst.rowBytes, false);
  from.forEach((f, j) => wantDst.set(wantSrc.slice(f, f + len), to[j]!));
  const k = new Counters();
  const got = move(m, buffers, k);
  expect(Math.max(...from, ...to) + len).toBeLessThanOrEqual(span);
  expect(firstDifference(dst.bytes, wantDst)).toBe(-1);
  if (!same) expect(firstDifference(src.bytes, wantSrc)).toBe(-1);
  const reads = rowsOf(from, len, src.rowBytes);
  const writes = rowsOf(to, len, dst.rowBytes);
  const r = inOrderBankCycles(reads.length, src.banks, (j) => reads[j]!);
  const w = inOrderBankCycles(writes.length, dst.banks, (j) => writes[j]!);
  // One single-ported buffer: reads and writes share its port; otherwise they overlap, the write a cycle behind.
  const shared = same && src.ports === 1;
  const duration = (shared ? r + w : Math.max(r, w)) + 1;
  const ideal = shared ? Math.ceil((reads.length + writes.length) / src.banks)
    : Math.max(Math.ceil(reads.length / src.banks), Math.ceil(writes.length / dst.banks));
  expect(got).toEqual({ duration, bankStall: duration - 1 - ideal });
  const bytes = m.rows * m.repeat * len;
  expect([k.sramReads[m.srcBuffer], k.sramWrites[m.dstBuffer]]).toEqual([reads.length, writes.length]);
  expect(k.bufferBytes[m.srcBuffer]).toBe(same ? 2 * bytes : bytes);
  expect(k.bufferBytes[m.dstBuffer]).toBe(same ? 2 * bytes : bytes);
}

describe('MOVE', () => {
  it('copies step by step (memmove per step) and takes the in-order bank cycles of both sides', () => {
    const arb = fc.record({
      src: side, dst: side, same: fc.boolean(), near: fc.integer({ min: -3, max: 3 }), far: fc.boolean(), rows: fc.integer({ min: 1, max: 5 }),
      repeat: fc.constantFrom(1, 1, 2, 3), lenRows: fc.constantFrom(0.5, 1, 2), odd: fc.integer({ min: 1, max: 40 }), oddLen: fc.boolean(),
      banks: fc.constantFrom(1, 2, 8), ports: fc.constantFrom(1, 2), otherBanks: fc.constantFrom(1, 2, 8),
    });
    fc.assert(fc.property(arb, (a) => {
      const hw = defaultHwConfig();
      const dstName: Plain = a.same ? a.src.buffer : a.dst.buffer === a.src.buffer ? (a.src.buffer === 'input' ? 'output' : 'input') : a.dst.buffer;
      hw.memories[a.src.buffer].banks = a.banks;
      hw.memories[a.src.buffer].ports = a.ports;
      if (dstName !== a.src.buffer) hw.memories[dstName].banks = a.otherBanks;
      const rb = deriveHw(hw).rowBytes;
      const [srcRb, dstRb] = [rb[a.src.buffer], rb[dstName]];
      const len = a.oddLen ? a.odd : Math.max(1, Math.round(a.lenRows * srcRb));
      // A side is a run when its steps are exactly `len` bytes apart (only possible for whole-row lengths), and its
      // outer steps continue the run when they are rows·len bytes apart.
      const sideFields = (s: typeof a.src, sideRb: number) => ({
        inner: s.run && len % sideRb === 0 ? len / sideRb : s.stride,
        outer: s.continues && (a.rows * len) % sideRb === 0 ? (a.rows * len) / sideRb : s.outer,
      });
      const sf = sideFields(a.src, srcRb);
      const df = sideFields(a.dst, dstRb);
      // In one buffer, the destination starts a few rows from the source (overlapping either way, or not), or far away.
      const dstRow = a.same ? Math.max(0, a.src.row + (a.far ? 60 : a.near)) : a.dst.row;
      expectMove(makeInstruction('MOVE', {
        srcBuffer: a.src.buffer, srcRow: a.src.row, srcByte: a.src.byte, dstBuffer: dstName, dstRow, dstByte: a.dst.byte,
        bytesPerRow: len, rows: a.rows, srcRowStride: sf.inner, dstRowStride: df.inner, repeat: a.repeat, srcOuterStride: sf.outer, dstOuterStride: df.outer,
      }), hw, SPAN);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(400) });
  });

  it('merges outer steps into one copy only when they continue the run (strides a factor of rowBytes or len off are not)', () => {
    // Both sides runs of whole rows; one side's outer stride is rows·len·rowBytes rows, or the rows are many and the
    // outer stride 1 row: shapes where rows·len and the stride in bytes differ by exactly those factors.
    const hw = defaultHwConfig();
    const rb = deriveHw(hw).rowBytes;
    const len = rb.input;
    const base = { srcBuffer: 'input' as const, srcRow: 0, srcByte: 0, dstBuffer: 'output' as const, dstRow: 0, dstByte: 0, bytesPerRow: len, srcRowStride: 1, dstRowStride: len / rb.output, repeat: 2 };
    const continued = (rows: number, sideRb: number) => (rows * len) / sideRb;
    expectMove(makeInstruction('MOVE', { ...base, rows: 1, srcOuterStride: len * rb.input, dstOuterStride: continued(1, rb.output) }), hw, 1 << 16);
    expectMove(makeInstruction('MOVE', { ...base, rows: 1, srcOuterStride: continued(1, rb.input), dstOuterStride: len * rb.output }), hw, 1 << 15);
    expectMove(makeInstruction('MOVE', { ...base, rows: len * rb.input, srcOuterStride: 1, dstOuterStride: continued(len * rb.input, rb.output) }), hw, 1 << 15);
    expectMove(makeInstruction('MOVE', { ...base, rows: len * rb.output, srcOuterStride: continued(len * rb.output, rb.input), dstOuterStride: 1 }), hw, 1 << 15);
  });

  it('a run inside one buffer: one copy when the two ranges are apart or touch, step by step (seeing its own writes) when they overlap', () => {
    const hw = defaultHwConfig();
    const len = deriveHw(hw).rowBytes.output;
    const run = (srcRow: number, dstRow: number) => makeInstruction('MOVE', {
      srcBuffer: 'output', srcRow, srcByte: 0, dstBuffer: 'output', dstRow, dstByte: 0, bytesPerRow: len, rows: 4, srcRowStride: 1, dstRowStride: 1,
      repeat: 2, srcOuterStride: 4, dstOuterStride: 4,
    });
    // 8 rows each: apart, touching either way, overlapping forwards and backwards by one and by seven rows.
    for (const [from, to] of [[0, 20], [20, 0], [0, 8], [8, 0], [0, 1], [1, 0], [0, 7], [7, 0]] as const) expectMove(run(from, to), hw, 4096);
  });
});
