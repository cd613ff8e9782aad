// The requantization fast paths of requantize.ts against the general fixed-point functions they replace
// (which test/core/fixed-point.test.ts checks against TFLite's C++): equal on their domain,
// with random int32 accumulators biased to the edges, ties (m0 = 2^30) and every right shift; and the
// dispatcher `requantize` equal to the general path on any int32 input, extremes included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { multiplyByPowerOfTwoHalfUp, multiplyByQuantizedMultiplier, multiplyByQuantizedMultiplierWide } from '../../../../../core/fixed-point.js';
import { INT32_MAX, INT32_MIN, clamp, roundingShiftRightHalfUp } from '../../../../../core/rounding.js';
import { type Requant, multiplyByQuantizedMultiplierSmall, requantize, shiftRightHalfUpSmall } from '../../../../../compiler/ir/ops/quantized/requantize.js';
import { int32, q31Multiplier } from '../../../../core/arbitraries.js';
import { PROPERTY_SEED, propertyRuns } from '../../../../property-runs.js';
import { oracleMbqm } from './int-spec-oracle.js';

const SMALL = 2 ** 21;
/** Accumulators inside the fast path's domain |acc| < 2^21, edges and ties included. */
const smallAcc = fc.oneof(
  fc.integer({ min: -SMALL + 1, max: SMALL - 1 }),
  fc.integer({ min: -300, max: 300 }),
  fc.constantFrom(0, 1, -1, SMALL - 1, -SMALL + 1, SMALL - 2, -SMALL + 2),
  int32.filter((v) => Math.abs(v) < SMALL),
);
/** Any int32 m0 the fast path accepts: [0, 2^31), with 2^30 (multiplier 0.5: SRDHM ties on odd acc). */
const m0 = fc.oneof(q31Multiplier, fc.integer({ min: 0, max: INT32_MAX }), fc.constantFrom(0, 1, 2 ** 30, INT32_MAX));
const right = fc.integer({ min: 0, max: 31 });
const runs = { seed: PROPERTY_SEED, numRuns: propertyRuns(2000) };

const requant = (o: Partial<Requant>): Requant => ({
  yZero: 0, qmin: -32768, qmax: 32767, outDtype: 'i16', pow2: false, accBits: 32, saturate: false, accLo: INT32_MIN, accHi: INT32_MAX, ...o,
});

describe('multiplyByQuantizedMultiplierSmall', () => {
  it('equals multiplyByQuantizedMultiplier(acc, m0, −right) for |acc| < 2^21, 0 ≤ m0 < 2^31', () => {
    fc.assert(fc.property(smallAcc, m0, right, (acc, m, r) => {
      expect(multiplyByQuantizedMultiplierSmall(acc, m, r)).toBe(multiplyByQuantizedMultiplier(acc, m, -r));
    }), runs);
  });

  // Hand-computed: M = 0.5 (m0 2^30, right 0): SRDHM rounds ties toward +∞: 3 → 1.5 → 2, −3 → −1.5 → −1.
  // M = 0.25 (right 1): −3 → SRDHM −1 → RDBP(−1, 1) = −0.5 away from zero = −1; 5 → 3 → 1.5 → 2.
  it('keeps both roundings (hand-computed ties)', () => {
    expect([3, -3].map((a) => multiplyByQuantizedMultiplierSmall(a, 2 ** 30, 0))).toEqual([2, -1]);
    expect([-3, 5].map((a) => multiplyByQuantizedMultiplierSmall(a, 2 ** 30, 1))).toEqual([-1, 2]);
  });

  it('agrees with the BigInt re-statement of the TFLite formulas', () => {
    fc.assert(fc.property(smallAcc, m0, right, (acc, m, r) => {
      expect(multiplyByQuantizedMultiplierSmall(acc, m, r)).toBe(Number(oracleMbqm(BigInt(acc), BigInt(m), -r)));
    }), runs);
  });
});

describe('shiftRightHalfUpSmall', () => {
  it('equals roundingShiftRightHalfUp on int32 and on 52-bit accumulators', () => {
    const wide = fc.integer({ min: -(2 ** 51), max: 2 ** 51 });
    fc.assert(fc.property(fc.oneof(int32, wide), right, (acc, n) => {
      expect(shiftRightHalfUpSmall(acc, n)).toBe(roundingShiftRightHalfUp(acc, n));
    }), runs);
  });
});

describe('requantize dispatches to a path equal to the general one', () => {
  const shift = fc.integer({ min: -31, max: 31 });
  const anyM0 = fc.oneof(m0, int32);
  const clampTo = (v: number, r: Requant) => clamp(v + r.yZero, r.qmin, r.qmax);

  it('m0shift, 32-bit accumulator: any int32 acc, m0 and shift (left shifts that wrap included)', () => {
    const r = requant({ yZero: 3 });
    fc.assert(fc.property(int32, anyM0, shift, (acc, m, s) => {
      expect(requantize(acc, m, s, r)).toBe(clampTo(multiplyByQuantizedMultiplier(acc, m, s), r));
    }), runs);
  });

  it('pow2, 32-bit accumulator: equals multiplyByPowerOfTwoHalfUp', () => {
    const r = requant({ pow2: true, yZero: -5 });
    fc.assert(fc.property(int32, shift, (acc, s) => {
      expect(requantize(acc, 0, s, r)).toBe(clampTo(multiplyByPowerOfTwoHalfUp(acc, s), r));
    }), runs);
  });

  it('wide (48-bit) accumulators: m0shift equals the BigInt one-rounding form, pow2 the half-up shift', () => {
    const acc48 = fc.integer({ min: -(2 ** 47), max: 2 ** 47 - 1 });
    const wide = requant({ accBits: 48, accLo: -(2 ** 47), accHi: 2 ** 47 - 1 });
    const widePow2 = { ...wide, pow2: true };
    fc.assert(fc.property(fc.oneof(acc48, int32), m0, shift, (acc, m, s) => {
      const exact = (BigInt(acc) * BigInt(m) + (31 - s > 0 ? 1n << BigInt(30 - s) : 0n)) >> BigInt(Math.max(31 - s, 0));
      const big = 31 - s > 0 ? exact : BigInt(acc) * BigInt(m) << BigInt(s - 31);
      const want = Number(big < -32768n ? -32768n : big > 32767n ? 32767n : big);
      expect(requantize(acc, m, s, wide)).toBe(want);
      expect(multiplyByQuantizedMultiplierWide(acc, m, s)).toBe(31 - s > 0 ? Number(exact) : acc * m * 2 ** (s - 31));
      const p2 = s <= 0 ? roundingShiftRightHalfUp(acc, -s) : acc * 2 ** s;
      expect(requantize(acc, 0, s, widePow2)).toBe(clamp(p2, -32768, 32767));
    }), runs);
  });

  it('b1 outputs are the sign of the accumulator', () => {
    const r = requant({ outDtype: 'b1', qmin: -1, qmax: 1 });
    expect([-1, 0, 5, INT32_MIN].map((a) => requantize(a, 0, 0, r))).toEqual([-1, 1, 1, -1]);
  });
});
