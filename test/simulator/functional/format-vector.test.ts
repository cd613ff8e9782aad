// The vector unit's FP32 ops between float/MX GEMMs (format-vector.ts), by hand: max pooling over channels-
// last data ignores padding and keeps −0 against +0 when it comes first (the reference's strict >), and the
// add rounds a + b once to FP32, then clamps. (On real models against the reference: format-models.test.ts.)
import { describe, expect, it } from 'vitest';
import { fp32Add, fp32MaxPool } from '../../../simulator/functional/format-vector.js';

describe('FP32 vector ops', () => {
  it('max pool 2×2 stride 2 with one pixel of leading padding over a 3×3 image of 2 channels', () => {
    // channel 0: 1..9 row-major; channel 1: their negatives
    const x = Float32Array.from({ length: 18 }, (_, i) => (i % 2 === 0 ? 1 : -1) * (Math.floor(i / 2) + 1));
    const out = fp32MaxPool(x, 3, 3, 2, { kernelH: 2, kernelW: 2, strideH: 2, strideW: 2, padTop: 1, padLeft: 1, outH: 2, outW: 2 });
    // windows (valid pixels): {1}, {2,3}, {4,7}, {5,6,8,9}
    expect(Array.from(out)).toEqual([1, -1, 3, -2, 7, -4, 9, -5]);
  });

  it('max pool: the first of equal maxima wins, so −0 before +0 stays −0', () => {
    const out = fp32MaxPool(Float32Array.of(-0, 0), 1, 2, 1, { kernelH: 1, kernelW: 2, strideH: 1, strideW: 2, padTop: 0, padLeft: 0, outH: 1, outW: 1 });
    expect(Object.is(out[0], -0)).toBe(true);
  });

  it('add: one FP32 rounding of the sum, then the clamp', () => {
    const big = 2 ** 24;
    // 2^24 + 1 is a tie between 2^24 and 2^24 + 2: ties to even gives 2^24; 2^24 + 3 rounds to 2^24 + 4
    expect(Array.from(fp32Add(Float32Array.of(big, big, 0.1, -3), Float32Array.of(1, 3, 0.2, 1), -Infinity, Infinity)))
      .toEqual([big, big + 4, Math.fround(Math.fround(0.1) + Math.fround(0.2)), -2]);
    expect(Array.from(fp32Add(Float32Array.of(5, -3, 2), Float32Array.of(2, 1, 1), 0, 6))).toEqual([6, 0, 3]);
  });
});
