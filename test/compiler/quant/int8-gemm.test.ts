// The INT8 GEMM of a float-format model (int8-gemm.ts): the uint8 grid of the normalised Fashion-MNIST
// range holds every one of the 256 pixel levels (the reason the fp8 preset's first GEMM runs in INT8),
// the grid keeps 0 exact, and int8 channel weights are within half a step with ±127 at each channel's max.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantizeI8ChannelWeights, quantizeU8Activations, u8Grid } from '../../../compiler/quant/int8-gemm.js';
import { FASHION_MNIST_NORMALIZATION, pixelTable } from '../../../compiler/data/pixel-normalization.js';
import { formatConv2d, formatDense } from '../../../compiler/reference/format-gemm.js';
import type { Window2d } from '../../../compiler/ir/ops/conv-geometry.js';
import { roundHalfEven } from '../../../core/rounding.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

describe('u8Grid and quantizeU8Activations', () => {
  it('the grid of the pixel range maps the 256 normalised pixels to 256 distinct codes, code = pixel', () => {
    const table = pixelTable(FASHION_MNIST_NORMALIZATION);
    const g = u8Grid(table[0]!, table[255]!);
    const t = quantizeU8Activations(table, [256], g);
    expect(Array.from(t.vals, (v) => v + g.zero)).toEqual(Array.from({ length: 256 }, (_, p) => p));
    // and each decoded value is within half a step of the pixel's float value
    t.vals.forEach((v, p) => expect(Math.abs(v * t.realScale - table[p]!)).toBeLessThanOrEqual(g.scale / 2 + 1e-7));
  });

  it('property: 0 is exact, codes stay in [0, 255], values inside the range are within half a step', () => {
    fc.assert(fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }), (a, b, us) => {
      const [lo, hi] = [Math.min(a, b, 0), Math.max(a, b, 0)];
      const g = u8Grid(Math.min(a, b), Math.max(a, b));
      const x = [0, ...us.map((u) => lo + u * (hi - lo))];
      const t = quantizeU8Activations(x, [x.length], g);
      return t.vals[0] === 0 && Array.from(t.vals).every((v, i) => v + g.zero >= 0 && v + g.zero <= 255 && Number.isInteger(v)
        && (hi === lo || Math.abs(v * g.scale - x[i]!) <= g.scale / 2 + 1e-9 * (hi - lo)));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });

  it('an all-zero range gets scale 1, zero point 0', () => {
    expect(u8Grid(0, 0)).toEqual({ scale: 1, zero: 0 });
  });
});

describe('quantizeI8ChannelWeights', () => {
  it('each channel: max |w| ↦ ±127, every weight within half its channel\'s step, an all-zero channel scale 1', () => {
    const w = [0.5, -0.25, 0.1, -2, 1, 0.3, 0, 0, 0];
    const t = quantizeI8ChannelWeights(w, [3, 3]);
    expect(Array.from(t.channelScales!)).toEqual([0.5 / 127, 2 / 127, 1]);
    expect(Array.from(t.vals.slice(0, 6))).toEqual([127, -64, 25, -127, 64, 19]);
    w.forEach((v, i) => expect(Math.abs(t.vals[i]! * t.channelScales![Math.floor(i / 3)]! - v)).toBeLessThanOrEqual(t.channelScales![Math.floor(i / 3)]! / 2));
    // a channel whose step max |w| / 127 underflows to 0 gets scale 1 too (its weights code to 0, none to NaN)
    const tiny = quantizeI8ChannelWeights([Number.MIN_VALUE, 0, 0.5, 0], [2, 2]);
    expect(Number.MIN_VALUE / 127).toBe(0);
    expect(Array.from(tiny.channelScales!)).toEqual([1, 0.5 / 127]);
    expect(Array.from(tiny.vals)).toEqual([0, 0, 127, 0]);
  });
});

describe('an INT8 GEMM in the format reference (§14: the exact int32 sum, then two FP32 roundings)', () => {
  const f = Math.fround;
  // Values on a 1/1000 grid: network-sized magnitudes (denormal weights would make fp32(s·s_w) 0, a case
  // with no meaning here).
  const milli = (lim: number) => fc.integer({ min: -lim, max: lim }).map((k) => k / 1000);
  /** The re-statement: fp32(fp32(roundHalfEven(b / s) + Σ w_q·(q − z)) · fp32(s)), s = s_a·s_w (no int32 saturation at these sizes). */
  const restate = (b: number, s: number, sum: number): number => f(f(roundHalfEven(b / s) + sum) * f(s));

  it('property: dense equals the re-statement', () => {
    fc.assert(fc.property(fc.array(milli(3000), { minLength: 40, maxLength: 40 }), fc.array(milli(1000), { minLength: 80, maxLength: 80 }), milli(1000), (x, w, b) => {
      const g = u8Grid(Math.min(...x), Math.max(...x));
      const xq = quantizeU8Activations(x, [1, 40], g);
      const wq = quantizeI8ChannelWeights(w, [2, 40]);
      const got = formatDense(xq, wq, [b, -b], 'int8');
      return [0, 1].every((n) => {
        let sum = 0;
        for (let k = 0; k < 40; k++) sum += wq.vals[n * 40 + k]! * xq.vals[k]!;
        return got[n] === restate(n === 0 ? b : -b, xq.realScale * wq.channelScales![n]!, sum);
      });
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });

  it('property: a padded 3x3 conv equals the re-statement (padding reads the zero point: a centred 0)', () => {
    const win: Window2d = { h: { kernel: 3, stride: 1, dilation: 1, padBegin: 1, padEnd: 1 }, w: { kernel: 3, stride: 1, dilation: 1, padBegin: 1, padEnd: 1 }, ceilMode: false };
    fc.assert(fc.property(fc.array(milli(3000), { minLength: 32, maxLength: 32 }), fc.array(milli(1000), { minLength: 36, maxLength: 36 }), milli(1000), (x, w, b) => {
      // [1, 2, 4, 4] input, [2, 2, 3, 3] weights
      const g = u8Grid(Math.min(...x), Math.max(...x));
      const xq = quantizeU8Activations(x, [1, 2, 4, 4], g);
      const wq = quantizeI8ChannelWeights(w, [2, 2, 3, 3]);
      const got = formatConv2d(xq, wq, [b, -b], 1, win, [1, 2, 4, 4], 'int8');
      for (let o = 0; o < 2; o++) for (let y = 0; y < 4; y++) for (let xx = 0; xx < 4; xx++) {
        let sum = 0;
        for (let c = 0; c < 2; c++) for (let ky = 0; ky < 3; ky++) for (let kx = 0; kx < 3; kx++) {
          const iy = y + ky - 1, ix = xx + kx - 1;
          if (iy >= 0 && iy < 4 && ix >= 0 && ix < 4) sum += wq.vals[((o * 2 + c) * 3 + ky) * 3 + kx]! * xq.vals[(c * 4 + iy) * 4 + ix]!;
        }
        if (got[(o * 4 + y) * 4 + xx] !== restate(o === 0 ? b : -b, xq.realScale * wq.channelScales![o]!, sum)) return false;
      }
      return true;
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });

  it('differs from FP32 chunk accumulation where the int32 sum is not an FP32 value', () => {
    // K = 64 (two chunks): bias code 2^24 + 1 is odd above 2^24 — the FP32 rule rounds it at step 1, the
    // int32 rule keeps it until the final fp32(acc). One weight 1, one input code 1 (scale 1): acc = 2^24 + 2.
    const x = { shape: [1, 64], vals: Float64Array.from({ length: 64 }, (_, k) => (k === 40 ? 1 : 0)), exps: new Int16Array(64), realScale: 1 };
    const w = { shape: [1, 64], vals: Float64Array.from({ length: 64 }, (_, k) => (k === 40 ? 1 : 0)), exps: new Int16Array(64), realScale: 1, channelScales: Float64Array.of(1) };
    expect(formatDense(x, w, [2 ** 24 + 1], 'int8')[0]).toBe(2 ** 24 + 2);
    // the FP32 rule: fp32(2^24 + 1) = 2^24 (ties to even), + 1 → 2^24 again
    expect(formatDense(x, w, [2 ** 24 + 1], 'per-tensor')[0]).toBe(2 ** 24);
  });
});
