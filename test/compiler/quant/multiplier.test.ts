// QuantizeMultiplier (TFLite) and the power-of-two helpers.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { propertyRuns, PROPERTY_SEED } from '../../property-runs.js';
import {
  ceilPowerOfTwo,
  frexp,
  ldexp,
  isPowerOfTwo,
  multiplierValue,
  powerOfTwoExponent,
  quantizeMultiplier,
} from '../../../compiler/quant/multiplier.js';
import { UserError } from '../../../core/diagnostics.js';

const opts = { seed: PROPERTY_SEED, numRuns: propertyRuns(3000) };
const positiveDouble = fc.double({ min: 2 ** -40, max: 2 ** 10, noNaN: true });

describe('frexp', () => {
  it('hand-computed', () => {
    expect(frexp(1)).toEqual({ mantissa: 0.5, exponent: 1 });
    expect(frexp(0.75)).toEqual({ mantissa: 0.75, exponent: 0 });
    expect(frexp(-3)).toEqual({ mantissa: -0.75, exponent: 2 });
    expect(frexp(2 ** -1074)).toEqual({ mantissa: 0.5, exponent: -1073 });
    expect(frexp(0)).toEqual({ mantissa: 0, exponent: 0 });
  });

  it('mantissa in [0.5, 1) and mantissa · 2^exponent === x', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => x !== 0), (x) => {
        const { mantissa, exponent } = frexp(x);
        return Math.abs(mantissa) >= 0.5 && Math.abs(mantissa) < 1 && ldexp(mantissa, exponent) === x;
      }),
      opts,
    );
  });

  // Math.log2 only gives the walks a start; an implementation whose floor is one off either way (as near a
  // power of two, where the two walks exist for) must not change a result.
  it('stays exact when Math.log2 is one off either way, powers of two included', () => {
    const xs = [1, 2, 0.5, 2 ** -1074, 2 ** 1023, 3, -0.75, 1 - 2 ** -53, 1 + 2 ** -52, Number.MAX_VALUE, 6.5e-310];
    const expected = xs.map((x) => frexp(x));
    const log2 = Math.log2;
    for (const off of [-1, 1]) {
      const spy = vi.spyOn(Math, 'log2').mockImplementation((v) => log2(v) + off);
      try {
        xs.forEach((x, i) => expect(frexp(x), `x = ${x}, log2 off by ${off}`).toEqual(expected[i]));
        fc.assert(
          fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => x !== 0), (x) => {
            const { mantissa, exponent } = frexp(x);
            return Math.abs(mantissa) >= 0.5 && Math.abs(mantissa) < 1 && ldexp(mantissa, exponent) === x;
          }),
          opts,
        );
      } finally {
        spy.mockRestore();
      }
    }
  });
});

describe('quantizeMultiplier', () => {
  it('hand-computed TFLite results', () => {
    expect(quantizeMultiplier(0)).toEqual({ m0: 0, shift: 0 });
    expect(quantizeMultiplier(0.5)).toEqual({ m0: 2 ** 30, shift: 0 });
    expect(quantizeMultiplier(0.75)).toEqual({ m0: 1610612736, shift: 0 });
    expect(quantizeMultiplier(0.375)).toEqual({ m0: 1610612736, shift: -1 });
    expect(quantizeMultiplier(1)).toEqual({ m0: 2 ** 30, shift: 1 });
    expect(quantizeMultiplier(3)).toEqual({ m0: 1610612736, shift: 2 });
    expect(quantizeMultiplier(Math.SQRT1_2)).toEqual({ m0: 1518500250, shift: 0 });
    // q · 2^31 rounds up to 2^31: halve it and bump the shift.
    expect(quantizeMultiplier(1 - 2 ** -40)).toEqual({ m0: 2 ** 30, shift: 1 });
    expect(quantizeMultiplier(2 ** -32)).toEqual({ m0: 2 ** 30, shift: -31 });
    expect(quantizeMultiplier(2 ** -33)).toEqual({ m0: 0, shift: 0 }); // shift < −31 flushes to 0
  });

  it('m0 · 2^(shift−31) reproduces M within 2^-31 relative, or M < 2^-32 flushed to 0', () => {
    fc.assert(
      fc.property(positiveDouble, (M) => {
        const q = quantizeMultiplier(M);
        if (q.m0 === 0) return M < 2 ** -32 && q.shift === 0;
        const inRange = q.m0 >= 2 ** 30 && q.m0 <= 2 ** 31 - 1 && Number.isInteger(q.m0);
        return inRange && Math.abs(multiplierValue(q) - M) <= M * 2 ** -31 && q.shift === frexp(M).exponent + (q.m0 === 2 ** 30 && frexp(M).mantissa !== 0.5 ? 1 : 0);
      }),
      opts,
    );
  });

  it('m0 is round-half-away(q · 2^31) of the frexp mantissa (BigInt-free restatement)', () => {
    fc.assert(
      fc.property(fc.double({ min: 2 ** -31, max: 2 ** 30, noNaN: true }), (M) => {
        const { m0, shift } = quantizeMultiplier(M);
        // Exact check: |M·2^(31−shift) − m0| ≤ 1/2, with M·2^(31−shift) exact (power-of-two scaling).
        return Math.abs(M * 2 ** (31 - shift) - m0) <= 0.5;
      }),
      opts,
    );
  });

  it('rejects negative, NaN and infinite multipliers with QNT008', () => {
    for (const M of [-1, Number.NaN, Infinity]) {
      try {
        quantizeMultiplier(M, 'multiplier of conv1');
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        expect((e as UserError).diagnostics[0]!.code).toBe('QNT008');
        expect((e as UserError).message).toContain('conv1');
      }
    }
    expect(() => quantizeMultiplier(2 ** 40)).toThrow(/QNT008/);
    // Without a name the message still says what was bad.
    expect(() => quantizeMultiplier(-1)).toThrow(/requantization multiplier must be finite/);
  });
});

describe('power-of-two helpers', () => {
  it('isPowerOfTwo / powerOfTwoExponent', () => {
    expect(isPowerOfTwo(1)).toBe(true);
    expect(isPowerOfTwo(0.125)).toBe(true);
    expect(isPowerOfTwo(2 ** -60)).toBe(true);
    expect(isPowerOfTwo(3)).toBe(false);
    expect(isPowerOfTwo(0)).toBe(false);
    expect(isPowerOfTwo(-2)).toBe(false);
    expect(isPowerOfTwo(Infinity)).toBe(false);
    expect(isPowerOfTwo(-Infinity)).toBe(false);
    expect(isPowerOfTwo(Number.NaN)).toBe(false);
    expect(isPowerOfTwo(-0.5)).toBe(false);
    expect(isPowerOfTwo(-0)).toBe(false);
    expect(isPowerOfTwo(2 ** -1074)).toBe(true); // the smallest subnormal
    expect(isPowerOfTwo(2 ** 1023)).toBe(true);
    expect(powerOfTwoExponent(0.125)).toBe(-3);
    expect(powerOfTwoExponent(1024)).toBe(10);
    expect(powerOfTwoExponent(0.3)).toBeUndefined();
  });

  it('a power-of-two M gives m0 = 2^30 and M = 2^(shift − 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -32, max: 30 }), (k) => {
        const q = quantizeMultiplier(2 ** k);
        return q.m0 === 2 ** 30 && q.shift === k + 1;
      }),
      opts,
    );
  });

  it('ceilPowerOfTwo is the smallest power of two ≥ x', () => {
    expect(ceilPowerOfTwo(0.3)).toBe(0.5);
    expect(ceilPowerOfTwo(0.25)).toBe(0.25);
    expect(ceilPowerOfTwo(5)).toBe(8);
    fc.assert(
      fc.property(fc.double({ min: 2 ** -100, max: 2 ** 100, noNaN: true }), (x) => {
        const p = ceilPowerOfTwo(x);
        return isPowerOfTwo(p) && p >= x && p / 2 < x;
      }),
      opts,
    );
  });
});
