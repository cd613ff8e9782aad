// The 8-bit window gather (fast/window-gather.ts) against the readable gather (gatherWindowInputs) on random
// windows and COMPUTE slices over a random input buffer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { gatherWindowInputs, type ArrayModeState } from '../../../simulator/functional/operands.js';
import { Sram } from '../../../simulator/memory/sram.js';
import { gatherWindow8 } from '../../../simulator/fast/window-gather.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const STATE: ArrayModeState = { mode: 'int8', packing: 1, inputBits: 8, weightBits: 8, actSigned: false, rowsPerVectorIn: 1, rowsPerVectorW: 1 };

describe('gatherWindow8', () => {
  it('equals gatherWindowInputs on 8-bit activations', () => {
    const arb = fc.record({
      pitch: fc.integer({ min: 1, max: 300 }), pixelBytes: fc.integer({ min: 1, max: 80 }), cinTap: fc.integer({ min: 1, max: 80 }), chanOffset: fc.integer({ min: 0, max: 9 }),
      kernelW: fc.integer({ min: 1, max: 4 }), strideH: fc.integer({ min: 1, max: 3 }), strideW: fc.integer({ min: 1, max: 3 }), dilationH: fc.integer({ min: 1, max: 2 }),
      dilationW: fc.integer({ min: 1, max: 2 }), outW: fc.integer({ min: 1, max: 9 }), inputRow: fc.integer({ min: 0, max: 20 }), inputByte: fc.integer({ min: 0, max: 40 }),
      firstPixel: fc.integer({ min: 0, max: 20 }), m: fc.integer({ min: 1, max: 20 }), kOffset: fc.integer({ min: 0, max: 100 }), k: fc.integer({ min: 1, max: 200 }),
      seed: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(fc.property(arb, (a) => {
      const buf = new Sram('input', 16, 4096, 8, 2);
      buf.bytes.forEach((_, j) => (buf.bytes[j] = (j * 131 + a.seed) & 255));
      const w = makeInstruction('WINDOW', { ...a });
      const i = makeInstruction('COMPUTE', { ...a, inputRowStride: 0, weightRow: 0, accRow: 0, n: 1, accumulate: 0, window: 1 });
      const stride = a.k + 3;
      const want = new Uint8Array(a.m * stride);
      gatherWindowInputs(i, w, STATE, buf, a.m, { out: want, stride, col: 2 });
      const got = new Uint8Array(a.m * stride);
      gatherWindow8(buf.bytes, 16, i, w, a.m, got, stride, 2);
      expect(got).toEqual(want);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  it('equals gatherWindowInputs where the channel runs are word-aligned (copied a 32-bit word at a time)', () => {
    const four = (min: number, max: number) => fc.integer({ min, max }).map((x) => 4 * x);
    const arb = fc.record({
      pitch: four(1, 80), pixelBytes: four(4, 80), cinTap: four(4, 80), chanOffset: four(0, 2), kernelW: fc.integer({ min: 1, max: 3 }),
      strideH: fc.integer({ min: 1, max: 2 }), strideW: fc.integer({ min: 1, max: 2 }), dilationH: fc.integer({ min: 1, max: 2 }),
      dilationW: fc.integer({ min: 1, max: 2 }), outW: fc.integer({ min: 1, max: 9 }), inputRow: fc.integer({ min: 0, max: 20 }),
      inputByte: four(0, 10), firstPixel: fc.integer({ min: 0, max: 20 }), m: fc.integer({ min: 1, max: 12 }), kOffset: four(0, 20),
      k: fc.integer({ min: 16, max: 700 }), col: four(0, 2), seed: fc.integer({ min: 1, max: 1000 }), dense: fc.boolean(),
    });
    // Dense pixels (pixelBytes = cinTap) merge a kernel row's taps into one run: runs of 256+ bytes are copied natively.
    fc.assert(fc.property(arb.map((a) => (a.dense ? { ...a, pixelBytes: a.cinTap } : a)), (a) => {
      const buf = new Sram('input', 16, 4096, 8, 2);
      buf.bytes.forEach((_, j) => (buf.bytes[j] = (j * 131 + a.seed) & 255));
      const w = makeInstruction('WINDOW', { ...a });
      const i = makeInstruction('COMPUTE', { ...a, inputRowStride: 0, weightRow: 0, accRow: 0, n: 1, accumulate: 0, window: 1 });
      const stride = 4 * Math.ceil((a.k + a.col) / 4);
      const want = new Uint8Array(a.m * stride);
      gatherWindowInputs(i, w, STATE, buf, a.m, { out: want, stride, col: a.col });
      const got = new Uint8Array(a.m * stride);
      gatherWindow8(buf.bytes, 16, i, w, a.m, got, stride, a.col);
      expect(got).toEqual(want);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});
