// SRDHM and MultiplyByQuantizedMultiplier against a BigInt re-statement of the gemmlowp/TFLite C++.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns, PROPERTY_SEED } from '../property-runs.js';
import {
  leftShiftOverflows,
  multiplyByPowerOfTwoHalfUp,
  multiplyByQuantizedMultiplier,
  saturatingRoundingDoublingHighMul,
} from '../../core/fixed-point.js';
import { INT32_MAX, INT32_MIN } from '../../core/rounding.js';
import { int32, q31Multiplier } from './arbitraries.js';

const opts = { seed: PROPERTY_SEED, numRuns: propertyRuns(3000) };

/** gemmlowp SaturatingRoundingDoublingHighMul, line by line on BigInt (`/` truncates like C++). */
function srdhmOracle(a: number, b: number): number {
  if (a === INT32_MIN && b === INT32_MIN) return INT32_MAX;
  const ab = BigInt(a) * BigInt(b);
  const nudge = ab >= 0n ? 1n << 30n : 1n - (1n << 30n);
  return Number(BigInt.asIntN(32, (ab + nudge) / (1n << 31n)));
}

/** gemmlowp RoundingDivideByPOT on BigInt. */
function rdbpotOracle(x: number, e: number): number {
  const bx = BigInt(x);
  const mask = (1n << BigInt(e)) - 1n;
  const threshold = (mask >> 1n) + (bx < 0n ? 1n : 0n);
  return Number((bx >> BigInt(e)) + ((bx & mask) > threshold ? 1n : 0n));
}

/** TFLite MultiplyByQuantizedMultiplier with `x * (1 << left_shift)` wrapping in int32 (our documented choice). */
function mbqmOracle(x: number, m0: number, shift: number): number {
  const left = shift > 0 ? shift : 0;
  const right = shift > 0 ? 0 : -shift;
  const shifted = Number(BigInt.asIntN(32, BigInt(x) << BigInt(left)));
  return rdbpotOracle(srdhmOracle(shifted, m0), right);
}

describe('saturatingRoundingDoublingHighMul', () => {
  it('hand-computed cases, including the one overflow and the asymmetric ties', () => {
    expect(saturatingRoundingDoublingHighMul(INT32_MIN, INT32_MIN)).toBe(INT32_MAX);
    expect(saturatingRoundingDoublingHighMul(2 ** 30, 2 ** 30)).toBe(2 ** 29);
    expect(saturatingRoundingDoublingHighMul(INT32_MAX, INT32_MAX)).toBe(INT32_MAX - 1); // (2^31−1)^2/2^31 = 2^31 − 2 + 2^-31
    expect(saturatingRoundingDoublingHighMul(INT32_MIN, INT32_MAX)).toBe(-INT32_MAX); // −2^31 + 1 − 0.5 + 2^-31 → trunc
    // Ties: +0.5 → 1 and +1.5 → 2, but −0.5 → 0 and −1.5 → −1 (nudge 1 − 2^30, truncating `/`).
    expect(saturatingRoundingDoublingHighMul(1, 2 ** 30)).toBe(1);
    expect(saturatingRoundingDoublingHighMul(3, 2 ** 30)).toBe(2);
    expect(saturatingRoundingDoublingHighMul(-1, 2 ** 30)).toBe(0);
    expect(saturatingRoundingDoublingHighMul(-3, 2 ** 30)).toBe(-1);
    expect(saturatingRoundingDoublingHighMul(0, INT32_MIN)).toBe(0);
    expect(saturatingRoundingDoublingHighMul(100, 1518500250)).toBe(71); // 100/√2 = 70.71
    expect(saturatingRoundingDoublingHighMul(-100, 1518500250)).toBe(-71);
  });

  it('equals the BigInt reference on int32 pairs biased to the edges', () => {
    fc.assert(fc.property(int32, int32, (a, b) => saturatingRoundingDoublingHighMul(a, b) === srdhmOracle(a, b)), opts);
  });

  it('is commutative', () => {
    fc.assert(fc.property(int32, int32, (a, b) => saturatingRoundingDoublingHighMul(a, b) === saturatingRoundingDoublingHighMul(b, a)), opts);
  });
});

describe('multiplyByQuantizedMultiplier', () => {
  it('hand-computed: M = 0.75 (m0 = 0.75·2^31, shift 0) and M = 0.375 (shift −1)', () => {
    const m0 = 1610612736; // 0.75 · 2^31
    expect(multiplyByQuantizedMultiplier(100, m0, 0)).toBe(75);
    expect(multiplyByQuantizedMultiplier(-100, m0, 0)).toBe(-75);
    expect(multiplyByQuantizedMultiplier(2, m0, 0)).toBe(2); // 1.5 → 2
    expect(multiplyByQuantizedMultiplier(-2, m0, 0)).toBe(-1); // SRDHM sends −1.5 to −1
    expect(multiplyByQuantizedMultiplier(100, m0, -1)).toBe(38); // 37.5 → 38 (away from zero)
    expect(multiplyByQuantizedMultiplier(-100, m0, -1)).toBe(-38);
    expect(multiplyByQuantizedMultiplier(1000, 2 ** 30, -31)).toBe(0); // 1000 · 2^-32
    // Double rounding: (2^31 − 1)·2^-32 = 0.4999… but SRDHM first rounds 2^30 − 0.5 up to 2^30,
    // then RoundingDivideByPOT(2^30, 31) = 0.5 → 1. The exact product would round to 0.
    expect(multiplyByQuantizedMultiplier(INT32_MAX, 2 ** 30, -31)).toBe(1);
    expect(multiplyByQuantizedMultiplier(INT32_MIN, 2 ** 30, -30)).toBe(-1); // SRDHM = −2^30, then /2^30
  });

  it('M ≥ 1: a left shift first (M = 3 → m0 = 0.75·2^31, shift 2)', () => {
    expect(multiplyByQuantizedMultiplier(7, 1610612736, 2)).toBe(21);
    expect(multiplyByQuantizedMultiplier(-7, 1610612736, 2)).toBe(-21);
  });

  it('a left shift that leaves int32 wraps (documented choice) and is reported by leftShiftOverflows', () => {
    // 2^30 · 2 wraps to INT32_MIN; SRDHM(INT32_MIN, 2^30) = −2^30.
    expect(leftShiftOverflows(2 ** 30, 1)).toBe(true);
    expect(multiplyByQuantizedMultiplier(2 ** 30, 2 ** 30, 1)).toBe(-(2 ** 30));
    expect(leftShiftOverflows(2 ** 29, 1)).toBe(false);
    expect(leftShiftOverflows(INT32_MIN, 0)).toBe(false);
    expect(leftShiftOverflows(-(2 ** 30), 1)).toBe(false); // exactly INT32_MIN fits
    expect(leftShiftOverflows(-(2 ** 30) - 1, 1)).toBe(true);
  });

  it('equals the BigInt re-statement of the TFLite formulas on int32 inputs incl. extremes', () => {
    fc.assert(
      fc.property(int32, q31Multiplier, fc.integer({ min: -31, max: 31 }), (x, m0, shift) =>
        multiplyByQuantizedMultiplier(x, m0, shift) === mbqmOracle(x, m0, shift),
      ),
      opts,
    );
  });

  it('rejects shifts outside [−31, 31]', () => {
    expect(() => multiplyByQuantizedMultiplier(1, 2 ** 30, 32)).toThrow(/shift/);
    expect(() => multiplyByQuantizedMultiplier(1, 2 ** 30, -32)).toThrow(/shift/);
  });
});

describe('multiplyByPowerOfTwoHalfUp (pow2 requantization)', () => {
  it('is a half-up rounding shift right for exponent ≤ 0 and a wrapping shift left above', () => {
    expect(multiplyByPowerOfTwoHalfUp(-5, -1)).toBe(-2);
    expect(multiplyByPowerOfTwoHalfUp(5, -1)).toBe(3);
    expect(multiplyByPowerOfTwoHalfUp(9, 0)).toBe(9);
    expect(multiplyByPowerOfTwoHalfUp(3, 4)).toBe(48);
    expect(multiplyByPowerOfTwoHalfUp(2 ** 30, 1)).toBe(INT32_MIN);
  });

  it('equals BigInt (x + 2^(n−1)) >> n for exponent −n', () => {
    fc.assert(
      fc.property(int32, fc.integer({ min: 1, max: 31 }), (x, n) =>
        multiplyByPowerOfTwoHalfUp(x, -n) === Number((BigInt(x) + (1n << BigInt(n - 1))) >> BigInt(n)),
      ),
      opts,
    );
  });
});
