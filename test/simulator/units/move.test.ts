// MOVE (units/move.ts) against its definition (docs/ISA.md, docs/CYCLE-MODEL.md §2): the steps copied one by
// one in walk order, each as a whole (memmove), and the in-order bank cycles of the rows each side walks. The
// shapes aim at the bulk copy's edges: each side a run of rows or not, outer steps continuing the run or not,
// and source and destination in one buffer, overlapping forwards, backwards or not at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
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

describe('MOVE', () => {
  it('copies step by step (memmove per step) and takes the in-order bank cycles of both sides', () => {
    const arb = fc.record({
      src: side, dst: side, same: fc.boolean(), near: fc.integer({ min: -3, max: 3 }), rows: fc.integer({ min: 1, max: 5 }),
      repeat: fc.constantFrom(1, 1, 2, 3), lenRows: fc.constantFrom(0.5, 1, 2), odd: fc.integer({ min: 1, max: 40 }), oddLen: fc.boolean(),
      banks: fc.constantFrom(1, 2, 8), ports: fc.constantFrom(1, 2), otherBanks: fc.constantFrom(1, 2, 8),
    });
    fc.assert(fc.property(arb, (a) => {
      const hw = defaultHwConfig();
      const dstName: Plain = a.same ? a.src.buffer : a.dst.buffer === a.src.buffer ? (a.src.buffer === 'input' ? 'output' : 'input') : a.dst.buffer;
      hw.memories[a.src.buffer].banks = a.banks;
      hw.memories[a.src.buffer].ports = a.ports;
      if (dstName !== a.src.buffer) hw.memories[dstName].banks = a.otherBanks;
      const buffers = makeBuffers(hw, deriveHw(hw));
      const src = buffers[a.src.buffer];
      const dst = buffers[dstName];
      const len = a.oddLen ? a.odd : Math.max(1, Math.round(a.lenRows * src.rowBytes));
      // A side is a run when its steps are exactly `len` bytes apart (only possible for whole-row lengths), and its
      // outer steps continue the run when they are rows·len bytes apart.
      const sideFields = (s: typeof a.src, rb: number) => ({
        inner: s.run && len % rb === 0 ? len / rb : s.stride,
        outer: s.continues && (a.rows * len) % rb === 0 ? (a.rows * len) / rb : s.outer,
      });
      const sf = sideFields(a.src, src.rowBytes);
      const df = sideFields(a.dst, dst.rowBytes);
      // In one buffer, the destination starts a few rows from the source (overlapping either way, or not).
      const dstRow = a.same ? Math.max(0, a.src.row + a.near) : a.dst.row;
      const m = makeInstruction('MOVE', {
        srcBuffer: a.src.buffer, srcRow: a.src.row, srcByte: a.src.byte, dstBuffer: dstName, dstRow, dstByte: a.dst.byte,
        bytesPerRow: len, rows: a.rows, srcRowStride: sf.inner, dstRowStride: df.inner, repeat: a.repeat, srcOuterStride: sf.outer, dstOuterStride: df.outer,
      });
      for (const b of [src, dst]) for (let j = 0; j < SPAN; j++) b.bytes[j] = (j * 37 + (b === src ? 5 : 11)) % 251;
      const wantSrc = src.bytes.slice();
      const wantDst = a.same ? wantSrc : dst.bytes.slice();
      const from = stepBytes(m, src.rowBytes, true);
      const to = stepBytes(m, dst.rowBytes, false);
      from.forEach((f, j) => wantDst.set(wantSrc.slice(f, f + len), to[j]!));
      const k = new Counters();
      const got = move(m, buffers, k);
      expect(Math.max(...from, ...to) + len).toBeLessThanOrEqual(SPAN);
      expect(firstDifference(dst.bytes, wantDst)).toBe(-1);
      if (!a.same) expect(firstDifference(src.bytes, wantSrc)).toBe(-1);
      const reads = rowsOf(from, len, src.rowBytes);
      const writes = rowsOf(to, len, dst.rowBytes);
      const r = inOrderBankCycles(reads.length, src.banks, (j) => reads[j]!);
      const w = inOrderBankCycles(writes.length, dst.banks, (j) => writes[j]!);
      // One single-ported buffer: reads and writes share its port; otherwise they overlap, the write a cycle behind.
      const shared = a.same && a.ports === 1;
      const duration = (shared ? r + w : Math.max(r, w)) + 1;
      const ideal = shared ? Math.ceil((reads.length + writes.length) / src.banks)
        : Math.max(Math.ceil(reads.length / src.banks), Math.ceil(writes.length / dst.banks));
      expect(got).toEqual({ duration, bankStall: duration - 1 - ideal });
      const bytes = a.rows * a.repeat * len;
      expect([k.sramReads[a.src.buffer], k.sramWrites[dstName]]).toEqual([reads.length, writes.length]);
      expect(k.bufferBytes[a.src.buffer]).toBe(a.same ? 2 * bytes : bytes);
      expect(k.bufferBytes[dstName]).toBe(a.same ? 2 * bytes : bytes);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(400) });
  });
});
