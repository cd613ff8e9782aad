// The INT8 GEMM of a float-format model (int8-gemm.ts): the uint8 grid of the normalised Fashion-MNIST
// range holds every one of the 256 pixel levels (the reason the fp8 preset's first GEMM runs in INT8),
// the grid keeps 0 exact, and int8 channel weights are within half a step with ±127 at each channel's max.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantizeI8ChannelWeights, quantizeU8Activations, u8Grid } from '../../../compiler/quant/int8-gemm.js';
import { FASHION_MNIST_NORMALIZATION, pixelTable } from '../../../compiler/data/pixel-normalization.js';
import { formatDense } from '../../../compiler/reference/format-gemm.js';
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
  });
});

describe('an INT8 dense layer in the format reference', () => {
  it('property: equals the restatement fp32(fp32(fp32(b/(s·s_w)) + Σ w_q·(q − z)) · fp32(s·s_w)) (one chunk, exact integer sum)', () => {
    const f = Math.fround;
    // Values on a 1/1000 grid: network-sized magnitudes (denormal weights would make fp32(s·s_w) 0, a case
    // with no meaning here).
    const milli = (lim: number) => fc.integer({ min: -lim, max: lim }).map((k) => k / 1000);
    fc.assert(fc.property(fc.array(milli(3000), { minLength: 12, maxLength: 12 }), fc.array(milli(1000), { minLength: 24, maxLength: 24 }), milli(1000), (x, w, b) => {
      const g = u8Grid(Math.min(...x), Math.max(...x));
      const xq = quantizeU8Activations(x, [1, 12], g);
      const wq = quantizeI8ChannelWeights(w, [2, 12]);
      const got = formatDense(xq, wq, [b, -b]);
      return [0, 1].every((n) => {
        const s = xq.realScale * wq.channelScales![n]!;
        let sum = 0;
        for (let k = 0; k < 12; k++) sum += wq.vals[n * 12 + k]! * xq.vals[k]!;
        return got[n] === f(f(f((n === 0 ? b : -b) / s) + sum) * f(s));
      });
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });
});
