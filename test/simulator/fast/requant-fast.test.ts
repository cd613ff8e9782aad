// The vector unit's MultiplyByQuantizedMultiplier equals the shared exact primitive on every input:
// random int32 values, the edges of int32, and every shift the ISA allows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyByQuantizedMultiplier } from '../../../core/fixed-point.js';
import { clampSmall, mbqm } from '../../../simulator/fast/requant-fast.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

describe('mbqm (vector-unit fast path)', () => {
  it('equals multiplyByQuantizedMultiplier on random int32 x, m0 and shift in [-31, 31]', () => {
    fc.assert(fc.property(fc.integer({ min: INT32_MIN, max: INT32_MAX }), fc.integer({ min: INT32_MIN, max: INT32_MAX }), fc.integer({ min: -31, max: 31 }),
      (x, m0, shift) => {
        expect(mbqm(x, m0, shift)).toBe(multiplyByQuantizedMultiplier(x, m0, shift));
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(20000) });
  });

  it('equals it where the product is exact in a double (accumulator-sized x)', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 23), max: 2 ** 23 }), fc.integer({ min: INT32_MIN, max: INT32_MAX }), fc.integer({ min: -31, max: 31 }),
      (x, m0, shift) => {
        expect(mbqm(x, m0, shift)).toBe(multiplyByQuantizedMultiplier(x, m0, shift));
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(20000) });
  });

  it('equals it on the edges (ties, extremes, the only SRDHM overflow)', () => {
    const xs = [0, 1, -1, 2, -2, 3, -3, 255, -256, 1 << 20, -(1 << 20), (1 << 21) + 1, -(1 << 21) - 1, 4194303, -4194303, INT32_MIN, INT32_MAX, INT32_MIN + 1, INT32_MAX - 1];
    const ms = [0, 1, -1, 1 << 30, (1 << 30) + 1, INT32_MAX, INT32_MIN, 1518500250];
    for (const x of xs) for (const m of ms) for (let shift = -31; shift <= 31; shift++) {
      expect(mbqm(x, m, shift), `${x} ${m} ${shift}`).toBe(multiplyByQuantizedMultiplier(x, m, shift));
    }
  });

  it('rounds half away from zero after the high multiply (hand-computed)', () => {
    // SRDHM(x, 2^30) = x/2 rounded half up: 5 → 3 (2.5), -5 → -2 (-2.5); then /2 half away from zero.
    expect(mbqm(5, 1 << 30, -1)).toBe(2); // 3 / 2 = 1.5 → 2
    expect(mbqm(-5, 1 << 30, -1)).toBe(-1); // -2 / 2 = -1
    expect(mbqm(6, 1 << 30, -2)).toBe(1); // 3 / 4 = 0.75 → 1
    expect(mbqm(-7, 1 << 30, -1)).toBe(-2); // SRDHM = -3 (-3.5 toward +inf), -3/2 = -1.5 → -2
  });
});

describe('clampSmall', () => {
  it('equals min(max(y, lo), hi) for integers below 2^30 in magnitude', () => {
    const small = fc.integer({ min: -(2 ** 30) + 1, max: 2 ** 30 - 1 });
    fc.assert(fc.property(small, small, small, (y, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(clampSmall(y, lo, hi)).toBe(Math.min(Math.max(y, lo), hi));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(5000) });
  });
});
