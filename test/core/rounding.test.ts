// Rounding, shift, saturate and wrap rules: hand-computed tie cases and BigInt oracles.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns, PROPERTY_SEED } from '../property-runs.js';
import {
  INT32_MAX,
  INT32_MIN,
  applyOverflow,
  bitRange,
  roundHalfAwayFromZero,
  roundHalfEven,
  roundingDivideByPOT,
  roundingDivideHalfAwayFromZero,
  roundingShiftRightHalfAwayFromZero,
  roundingShiftRightHalfUp,
  saturateToBits,
  wrapToBits,
} from '../../core/rounding.js';
import { int32, roundingInput } from './arbitraries.js';

const opts = { seed: PROPERTY_SEED, numRuns: propertyRuns(2000) };
const shift0to31 = fc.integer({ min: 0, max: 31 });

/** gemmlowp RoundingDivideByPOT restated on BigInt (two's complement `&` and flooring `>>`). */
function roundingDivideByPOTOracle(x: number, e: number): number {
  const bx = BigInt(x);
  const be = BigInt(e);
  const mask = (1n << be) - 1n;
  const remainder = bx & mask;
  const threshold = (mask >> 1n) + (bx < 0n ? 1n : 0n);
  return Number((bx >> be) + (remainder > threshold ? 1n : 0n));
}

describe('roundHalfEven', () => {
  it('sends ties to the even neighbour (hand-computed)', () => {
    expect(roundHalfEven(2.5)).toBe(2);
    expect(roundHalfEven(-2.5)).toBe(-2);
    expect(roundHalfEven(3.5)).toBe(4);
    expect(roundHalfEven(-3.5)).toBe(-4);
    expect(roundHalfEven(0.5)).toBe(0);
    expect(roundHalfEven(1.5)).toBe(2);
    expect(roundHalfEven(2.6)).toBe(3);
    expect(roundHalfEven(-2.4)).toBe(-2);
    expect(roundHalfEven(0.49999999999999994)).toBe(0);
    expect(roundHalfEven(2 ** 52 + 1)).toBe(2 ** 52 + 1);
  });

  it('is the nearest integer, and the even one on a tie (the defining property)', () => {
    fc.assert(
      fc.property(roundingInput, (x) => {
        const r = roundHalfEven(x);
        const d = Math.abs(x - r);
        return Number.isInteger(r) && d <= 0.5 && (d < 0.5 || r % 2 === 0);
      }),
      opts,
    );
  });
});

describe('roundHalfAwayFromZero', () => {
  it('sends ties away from zero (hand-computed)', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(0.5)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
    expect(roundHalfAwayFromZero(0.49999999999999994)).toBe(0);
    expect(roundHalfAwayFromZero(-1.4)).toBe(-1);
  });

  it('is the nearest integer, and the larger in magnitude on a tie', () => {
    fc.assert(
      fc.property(roundingInput, (x) => {
        const r = roundHalfAwayFromZero(x);
        const d = Math.abs(x - r);
        return Number.isInteger(r) && d <= 0.5 && (d < 0.5 || Math.abs(r) > Math.abs(x));
      }),
      opts,
    );
  });
});

describe('roundingShiftRightHalfUp', () => {
  it('adds 1 << (n−1) then shifts arithmetically (hand-computed)', () => {
    expect(roundingShiftRightHalfUp(5, 1)).toBe(3);
    expect(roundingShiftRightHalfUp(-5, 1)).toBe(-2);
    expect(roundingShiftRightHalfUp(-4, 1)).toBe(-2);
    expect(roundingShiftRightHalfUp(-6, 2)).toBe(-1); // −1.5 → −1
    expect(roundingShiftRightHalfUp(7, 0)).toBe(7);
    expect(roundingShiftRightHalfUp(INT32_MAX, 1)).toBe(1073741824); // int32 x + 1 would overflow
    expect(roundingShiftRightHalfUp(INT32_MAX, 31)).toBe(1);
    expect(roundingShiftRightHalfUp(INT32_MIN, 31)).toBe(-1);
    expect(roundingShiftRightHalfUp(-(2 ** 30), 31)).toBe(0); // −0.5 → 0
  });

  it('equals (x + 2^(n−1)) >> n on BigInt for int32 x and n in [0, 31]', () => {
    fc.assert(
      fc.property(int32, shift0to31, (x, n) => {
        const half = n === 0 ? 0n : 1n << BigInt(n - 1);
        return roundingShiftRightHalfUp(x, n) === Number((BigInt(x) + half) >> BigInt(n));
      }),
      opts,
    );
  });

  it('works for wide accumulators up to 2^52', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.integer({ min: 0, max: 52 }), (x, n) => {
        const half = n === 0 ? 0n : 1n << BigInt(n - 1);
        return roundingShiftRightHalfUp(x, n) === Number((BigInt(x) + half) >> BigInt(n));
      }),
      opts,
    );
  });

  it('rejects a shift count outside [0, 52]', () => {
    expect(() => roundingShiftRightHalfUp(1, -1)).toThrow(/shift count/);
    expect(() => roundingShiftRightHalfUp(1, 53)).toThrow(/shift count/);
  });
});

describe('roundingDivideByPOT (gemmlowp)', () => {
  it('rounds half away from zero (hand-computed)', () => {
    expect(roundingDivideByPOT(5, 1)).toBe(3);
    expect(roundingDivideByPOT(-5, 1)).toBe(-3);
    expect(roundingDivideByPOT(-4, 1)).toBe(-2);
    expect(roundingDivideByPOT(-6, 2)).toBe(-2); // −1.5 → −2
    expect(roundingDivideByPOT(6, 2)).toBe(2);
    expect(roundingDivideByPOT(INT32_MIN, 31)).toBe(-1);
    expect(roundingDivideByPOT(INT32_MAX, 31)).toBe(1);
    expect(roundingDivideByPOT(-(2 ** 30), 31)).toBe(-1); // −0.5 → −1 (half-up would give 0)
    expect(roundingDivideByPOT(123, 0)).toBe(123);
    expect(roundingShiftRightHalfAwayFromZero).toBe(roundingDivideByPOT);
  });

  it('equals the mask/remainder/threshold reference on BigInt', () => {
    fc.assert(fc.property(int32, shift0to31, (x, e) => roundingDivideByPOT(x, e) === roundingDivideByPOTOracle(x, e)), opts);
  });

  it('rejects exponents outside [0, 31] as gemmlowp asserts', () => {
    expect(() => roundingDivideByPOT(1, 32)).toThrow(/exponent/);
  });
});

describe('roundingDivideHalfAwayFromZero (average pool)', () => {
  it('hand-computed', () => {
    expect(roundingDivideHalfAwayFromZero(5, 2)).toBe(3);
    expect(roundingDivideHalfAwayFromZero(-5, 2)).toBe(-3);
    expect(roundingDivideHalfAwayFromZero(7, 4)).toBe(2);
    expect(roundingDivideHalfAwayFromZero(-7, 4)).toBe(-2);
    expect(roundingDivideHalfAwayFromZero(4, 3)).toBe(1);
    expect(roundingDivideHalfAwayFromZero(-5, 3)).toBe(-2);
    expect(roundingDivideHalfAwayFromZero(0, 9)).toBe(0);
  });

  it('equals C (n ± d/2) / d with truncation, on BigInt', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.integer({ min: 1, max: 2 ** 31 }), (n, d) => {
        const bn = BigInt(n);
        const half = BigInt(d) / 2n;
        const expected = (bn >= 0n ? bn + half : bn - half) / BigInt(d); // BigInt `/` truncates as C does
        return roundingDivideHalfAwayFromZero(n, d) === Number(expected);
      }),
      opts,
    );
  });
});

describe('saturateToBits and wrapToBits', () => {
  it('bit ranges', () => {
    expect(bitRange(8, true)).toEqual({ min: -128, max: 127 });
    expect(bitRange(8, false)).toEqual({ min: 0, max: 255 });
    expect(bitRange(32, true)).toEqual({ min: INT32_MIN, max: INT32_MAX });
    expect(bitRange(4, true)).toEqual({ min: -8, max: 7 });
  });

  it('saturates (hand-computed)', () => {
    expect(saturateToBits(200, 8, true)).toBe(127);
    expect(saturateToBits(-200, 8, true)).toBe(-128);
    expect(saturateToBits(-1, 8, false)).toBe(0);
    expect(saturateToBits(2 ** 40, 32, true)).toBe(INT32_MAX);
    expect(saturateToBits(-(2 ** 23) - 1, 24, true)).toBe(-(2 ** 23));
    expect(saturateToBits(5, 4, true)).toBe(5);
  });

  it('wraps (hand-computed)', () => {
    expect(wrapToBits(2 ** 31, 32)).toBe(INT32_MIN);
    expect(wrapToBits(128, 8)).toBe(-128);
    expect(wrapToBits(-1, 8, false)).toBe(255);
    expect(wrapToBits(2 ** 24 + 5, 24)).toBe(5);
    expect(wrapToBits(2 ** 23, 24)).toBe(-(2 ** 23));
    expect(wrapToBits(-1, 32, false)).toBe(2 ** 32 - 1);
  });

  it('applyOverflow: a 24-bit accumulator wraps or saturates, and differs from x exactly on overflow', () => {
    expect(applyOverflow(2 ** 23, 24, 'wrap')).toBe(-(2 ** 23));
    expect(applyOverflow(2 ** 23, 24, 'saturate')).toBe(2 ** 23 - 1);
    expect(applyOverflow(-(2 ** 23), 24, 'wrap')).toBe(-(2 ** 23));
    expect(applyOverflow(-(2 ** 23) - 1, 24, 'saturate')).toBe(-(2 ** 23));
    expect(applyOverflow(12345, 24, 'saturate')).toBe(12345);
    expect(applyOverflow(INT32_MAX + 1, 32, 'wrap')).toBe(INT32_MIN);
  });

  it('wraps like BigInt.asIntN / asUintN for any bit width and any safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 1, max: 32 }), fc.boolean(), (x, bits, signed) => {
        const b = BigInt(x);
        const expected = signed ? BigInt.asIntN(bits, b) : BigInt.asUintN(bits, b);
        return wrapToBits(x, bits, signed) === Number(expected);
      }),
      opts,
    );
  });

  it('saturate equals clamping to the BigInt range', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 1, max: 32 }), fc.boolean(), (x, bits, signed) => {
        const lo = signed ? -(2n ** BigInt(bits - 1)) : 0n;
        const hi = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n;
        const b = BigInt(x);
        return saturateToBits(x, bits, signed) === Number(b < lo ? lo : b > hi ? hi : b);
      }),
      opts,
    );
  });
});
