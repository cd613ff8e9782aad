// What the mutation run found unpinned in core/: each primitive refuses inputs outside its documented
// domain (an InternalError naming the value, never a silent wrong answer), SRDHM on products that land
// exactly on a multiple of 2^31 (the truncation fix-up must not fire), and the wide MBQM's left shift.
import { describe, expect, it } from 'vitest';
import { multiplyByPowerOfTwoHalfUp, multiplyByQuantizedMultiplierWide, saturatingRoundingDoublingHighMul } from '../../core/fixed-point.js';
import { bitRange, roundingDivideByPOT, roundingDivideHalfAwayFromZero, saturateToBits, wrapToBits } from '../../core/rounding.js';

describe('domain guards', () => {
  it('SRDHM has one overflow, −2^31 · −2^31, which saturates to 2^31 − 1 (written as literals: the file loads even if the int32 bounds are wrong)', () => {
    expect(saturatingRoundingDoublingHighMul(-2147483648, -2147483648)).toBe(2147483647);
    expect(saturatingRoundingDoublingHighMul(-2147483648, 2147483647)).toBe(-2147483647);
  });

  it('rounding divide by a power of two: exponents 0..31 only', () => {
    for (const e of [-1, 1.5, 32]) expect(() => roundingDivideByPOT(5, e)).toThrow(`invariant violated: exponent ${e} outside [0, 31]`);
    expect(roundingDivideByPOT(5, 31)).toBe(0);
  });

  it('rounding divide: positive integer divisors only', () => {
    for (const d of [0, -2, 1.5]) expect(() => roundingDivideHalfAwayFromZero(5, d)).toThrow(`invariant violated: divisor ${d} must be a positive integer`);
    expect(roundingDivideHalfAwayFromZero(5, 1)).toBe(5);
  });

  it('bit widths 1..32 only (bitRange, saturateToBits, wrapToBits)', () => {
    for (const bits of [0, 33, 1.5]) {
      for (const f of [() => bitRange(bits, true), () => saturateToBits(1, bits, true), () => wrapToBits(1, bits)]) {
        expect(f).toThrow(`invariant violated: bit width ${bits} outside [1, 32]`);
      }
    }
    expect(bitRange(1, false)).toEqual({ min: 0, max: 1 });
    expect(bitRange(32, true)).toEqual({ min: -(2 ** 31), max: 2 ** 31 - 1 });
  });

  it('pow2 requantization: exponents −31..31 only', () => {
    for (const e of [-32, 32, 0.5]) expect(() => multiplyByPowerOfTwoHalfUp(5, e)).toThrow(`invariant violated: pow2 exponent ${e} outside [-31, 31]`);
    expect(multiplyByPowerOfTwoHalfUp(5, 31)).toBe(wrapToBits(5 * 2 ** 31, 32));
    expect(multiplyByPowerOfTwoHalfUp(-5, -31)).toBe(0);
  });
});

describe('SRDHM where a·b + nudge is an exact multiple of 2^31', () => {
  it('a negative exact quotient is not moved toward zero', () => {
    // (−1)·(2^30 + 1) + (1 − 2^30) = −2^31: the quotient −1 is exact, truncation keeps −1.
    expect(saturatingRoundingDoublingHighMul(-1, 2 ** 30 + 1)).toBe(-1);
    expect(saturatingRoundingDoublingHighMul(2 ** 30 + 1, -1)).toBe(-1);
    // (−3)·(2^30 + 1) + (1 − 2^30) = −2^32 − 2: not exact, −2.000… truncates to −2.
    expect(saturatingRoundingDoublingHighMul(-3, 2 ** 30 + 1)).toBe(-2);
  });
});

describe('multiplyByQuantizedMultiplierWide', () => {
  it('shifts left without rounding when shift ≥ 31', () => {
    expect(multiplyByQuantizedMultiplierWide(3, 5, 33)).toBe(60); // 3·5·2^2
    expect(multiplyByQuantizedMultiplierWide(-3, 5, 31)).toBe(-15);
    expect(multiplyByQuantizedMultiplierWide(3, 2 ** 30, 0)).toBe(2); // 1.5 rounds half up
  });
});
