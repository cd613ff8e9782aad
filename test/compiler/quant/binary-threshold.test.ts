// The binary-output threshold fold (foldBias, b1 outputs): the simulator and the reference both read the
// folded bias and output +1 exactly when the accumulator is ≥ 0, so nothing downstream can notice a wrong
// fold. This pins the fold itself: for random scales, zero points ≠ 0, weights, grid biases and thresholds,
// and EVERY integer data sum near the threshold (where floor and ceil differ),
//   accumulator ≥ 0   ⇔   the real value the layer computes ≥ the threshold t,
// compared exactly (doubles as dyadic rationals in BigInt), not in floating point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ActQuant, type WeightQuant, foldBias } from '../../../compiler/quant/layer-quantization.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

/** A finite double as mantissa·2^exponent (both exact). */
function dyadic(x: number): { m: bigint; e: number } {
  if (x === 0) return { m: 0n, e: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n === 1n ? -1n : 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  return biased === 0 ? { m: sign * frac, e: -1074 } : { m: sign * (frac | (1n << 52n)), e: biased - 1075 };
}

/** Exactly: s_x · s_w · k ≥ t (k an integer; s_x, s_w, t doubles). */
function productAtLeast(sx: number, sw: number, k: number, t: number): boolean {
  const a = dyadic(sx);
  const b = dyadic(sw);
  const c = dyadic(t);
  const lhs = { m: a.m * b.m * BigInt(k), e: a.e + b.e };
  const e = Math.min(lhs.e, c.e);
  return lhs.m << BigInt(lhs.e - e) >= c.m << BigInt(c.e - e);
}

const layer = fc.record({
  xScale: fc.double({ min: 1e-4, max: 1, noNaN: true }),
  xZero: fc.integer({ min: 1, max: 255 }),
  wScales: fc.array(fc.double({ min: 1e-4, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
  k: fc.integer({ min: 1, max: 9 }),
  seed: fc.nat(),
  threshold: fc.double({ min: -20, max: 20, noNaN: true }),
  gridBias: fc.option(fc.array(fc.integer({ min: -(2 ** 16), max: 2 ** 16 }), { minLength: 4, maxLength: 4 })),
});

describe('b1 output threshold fold', () => {
  it('accumulator ≥ 0 ⇔ real value ≥ threshold, for every data sum near the threshold (random scales)', () => {
    let boundaryNonInteger = 0;
    fc.assert(fc.property(layer, ({ xScale, xZero, wScales, k, seed, threshold, gridBias }) => {
      const cout = wScales.length;
      let s = seed;
      const data = Int8Array.from({ length: cout * k }, () => ((s = (s * 1103515245 + 12345) >>> 0) % 255) - 127);
      const w: WeightQuant = { dtype: 'i8', data, scale: Float64Array.from(wScales) };
      const x: ActQuant = { dtype: 'u8', scale: xScale, zero: xZero, qmin: 0, qmax: 255, offset: 0 };
      const y: ActQuant = { dtype: 'b1', scale: 1, zero: 0, qmin: -1, qmax: 1, offset: threshold };
      // A bias on the integer grid (its real value is exactly bq·s_x·s_w up to f32 rounding far below a step).
      const bq = gridBias?.slice(0, cout) ?? new Array<number>(cout).fill(0);
      const b = gridBias === null ? undefined : Float32Array.from(bq, (q, n) => q * xScale * wScales[n]!);
      const { bias, saturated } = foldBias(b, w, x, y);
      expect(saturated).toBe(0);
      for (let n = 0; n < cout; n++) {
        let sumW = 0;
        for (let i = 0; i < k; i++) sumW += data[n * k + i]!;
        const accScale = xScale * wScales[n]!;
        // The data part D = Σ (x − x_zero)·W; the accumulator is Σ x·W + bias = D + x_zero·ΣW + bias, the
        // real value s_x·s_w·(D + bq). Every D within 3 of the threshold's position.
        const centre = Math.round(threshold / accScale) - bq[n]!;
        if (!Number.isInteger(threshold / accScale)) boundaryNonInteger++;
        for (let d = centre - 3; d <= centre + 3; d++) {
          const acc = d + xZero * sumW + (bias[n] as number);
          expect(acc >= 0, `channel ${n}, D = ${d}`).toBe(productAtLeast(xScale, wScales[n]!, d + bq[n]!, threshold));
        }
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(500) });
    // Floor and ceil differ only where t/(s_x·s_w) is not an integer: that must be the common case here.
    expect(boundaryNonInteger).toBeGreaterThan(propertyRuns(500));
  });

  it('hand-computed: t = 0.25, s_x·s_w = 0.1 → the accumulator needs D ≥ 3 (2.5 rounds up to 3 steps)', () => {
    const w: WeightQuant = { dtype: 'i8', data: Int8Array.from([1]), scale: Float64Array.from([0.5]) };
    const x: ActQuant = { dtype: 'u8', scale: 0.2, zero: 10, qmin: 0, qmax: 255, offset: 0 };
    const y: ActQuant = { dtype: 'b1', scale: 1, zero: 0, qmin: -1, qmax: 1, offset: 0.25 };
    const { bias } = foldBias(undefined, w, x, y);
    // bias = −x_zero·ΣW − ceil(0.25 / 0.1) = −10 − 3; acc = D + 10 + bias = D − 3.
    expect(bias[0]).toBe(-13);
  });
});
