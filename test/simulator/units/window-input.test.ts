// The window input path's costs (units/window-input.ts) against a count element by element: the row of
// every bit each reduction element occupies, the distinct rows a ws step reads in element order (one access
// per bank per cycle, in order; the accumulator's read-modify-write takes two cycles on one port), and the
// rows an os lane reads again only when it left them, at `banks` rows per cycle over the step's vectors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeInstruction } from '../../../isa/make-instruction.js';
import type { ArrayModeState } from '../../../simulator/functional/operands.js';
import { forEachWindowRun, windowPixelByte } from '../../../simulator/functional/window.js';
import { inOrderBankCycles } from '../../../simulator/memory/banks.js';
import type { ArrayGeometry } from '../../../simulator/units/systolic-array.js';
import { runRows, windowCost, wsWindowReadDone } from '../../../simulator/units/window-input.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

/** The row of each element of a step, in element order (every bit of an element counted, not only its ends). */
function elementRows(i: Parameters<typeof windowPixelByte>[0], w: Parameters<typeof windowPixelByte>[1], bits: number, rowBytes: number, pixel: number): number[] {
  const rows: number[] = [];
  forEachWindowRun(i, w, windowPixelByte(i, w, rowBytes, pixel), (byte, first, count) => {
    for (let e = first; e < first + count; e++) {
      const lo = byte * 8 + e * bits;
      const [r0, r1] = [Math.floor(lo / (8 * rowBytes)), Math.floor((lo + bits - 1) / (8 * rowBytes))];
      for (let r = r0; r <= r1; r++) rows.push(r);
    }
  });
  return rows;
}

describe('runRows', () => {
  it('spans the rows of the first and the last bit of the run', () => {
    const arb = fc.record({
      byte: fc.integer({ min: 0, max: 200 }), first: fc.integer({ min: 0, max: 40 }), count: fc.integer({ min: 1, max: 40 }),
      bits: fc.constantFrom(1, 2, 4, 8), rowBytes: fc.constantFrom(1, 2, 4, 16),
    });
    fc.assert(fc.property(arb, (a) => {
      const bitRows = Array.from({ length: a.count * a.bits }, (_, b) => Math.floor((a.byte * 8 + a.first * a.bits + b) / (8 * a.rowBytes)));
      expect(runRows(a.byte, a.first, a.count, a.bits, a.rowBytes)).toEqual([Math.min(...bitRows), Math.max(...bitRows)]);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});

describe('windowCost', () => {
  const state = (inputBits: number, packing: number): ArrayModeState => ({
    mode: inputBits === 8 ? 'int8' : inputBits === 4 ? 'int4' : 'binary', packing, inputBits, weightBits: inputBits, actSigned: true, rowsPerVectorIn: 1, rowsPerVectorW: 1,
  });
  const arb = fc.record({
    dataflow: fc.constantFrom<'ws' | 'os'>('ws', 'os'), rowBytes: fc.constantFrom(1, 4, 16), banks: fc.constantFrom(1, 2, 3, 8), ports: fc.constantFrom(1, 2),
    bits: fc.constantFrom(1, 4, 8), packing: fc.constantFrom(1, 2, 4), accumulate: fc.integer({ min: 0, max: 1 }),
    pitch: fc.integer({ min: 1, max: 120 }), pixelBytes: fc.integer({ min: 1, max: 40 }), cinTap: fc.integer({ min: 1, max: 40 }), chanOffset: fc.integer({ min: 0, max: 9 }),
    kernelW: fc.integer({ min: 1, max: 4 }), strideH: fc.integer({ min: 1, max: 3 }), strideW: fc.integer({ min: 1, max: 3 }), dilationH: fc.integer({ min: 1, max: 2 }),
    dilationW: fc.integer({ min: 1, max: 2 }), outW: fc.integer({ min: 1, max: 9 }),
    // Walks that start in the first rows too (a lane's first row 0 or 1: what it "last read" before starting must match neither).
    inputRow: fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 20 })), inputByte: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })),
    firstPixel: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })), m: fc.integer({ min: 1, max: 12 }),
    kOffset: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })), k: fc.integer({ min: 1, max: 64 }),
  });
  it('ws: each step reads its distinct rows in order per bank, at least the read-modify-write; os: lanes at banks rows per cycle', () => {
    fc.assert(fc.property(arb, (a) => {
      const g: ArrayGeometry = { rows: 4, cols: 4, dataflow: a.dataflow, inputBanks: a.banks, weightBanks: a.banks, inputRowBytes: a.rowBytes };
      const w = makeInstruction('WINDOW', { ...a });
      const i = makeInstruction('COMPUTE', { ...a, inputRowStride: 0, weightRow: 0, accRow: 0, n: 1, window: 1 });
      const s = state(a.bits, a.packing);
      const steps = Array.from({ length: a.m }, (_, p) => elementRows(i, w, a.bits, a.rowBytes, p));
      if (a.dataflow === 'ws') {
        const rmw = a.accumulate === 1 && a.ports === 1 ? 2 : 1;
        const distinct = steps.map((rows) => rows.filter((r, j) => rows.indexOf(r) === j));
        const cycles = distinct.map((rows) => Math.max(rmw, inOrderBankCycles(rows.length, a.banks, (j) => rows[j]!)));
        expect(windowCost(g, s, i, w, a.ports)).toEqual({ wsStream: cycles.reduce((x, y) => x + y, 0), rowReads: distinct.reduce((x, r) => x + r.length, 0) });
        // Step j's vector read completes in the last of its cycles: (cycles of steps 0..j) − 1.
        expect(wsWindowReadDone(g, s, i, w, a.ports)).toEqual(cycles.map((_, j) => cycles.slice(0, j + 1).reduce((x, y) => x + y, 0) - 1));
      } else {
        // A lane reads a row again only when the element before it was in another row (or it is the first).
        const reads = steps.reduce((n, rows) => n + rows.filter((r, j) => j === 0 || rows[j - 1] !== r).length, 0);
        const vectors = Math.ceil(a.k / a.packing);
        expect(windowCost(g, s, i, w, a.ports)).toEqual({ osStep: Math.max(1, Math.ceil(reads / (a.banks * vectors))), rowReads: reads });
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});
