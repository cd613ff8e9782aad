// Real multiplier M → Q31 mantissa and shift (TFLite QuantizeMultiplier), and power-of-two helpers.
import { fail } from '../../core/diagnostics.js';
import { INT32_MAX, roundHalfAwayFromZero } from '../../core/rounding.js';

/** A requantization multiplier as the hardware applies it: M ≈ m0 · 2^(shift − 31). */
export interface QuantizedMultiplier {
  /** Q31 mantissa: in [2^30, 2^31 − 1], or 0 when M is 0 or below 2^-32. */
  readonly m0: number;
  /** Power-of-two exponent; positive for M ≥ 1 (a left shift), negative for M < 0.5. */
  readonly shift: number;
}

/**
 * C's `frexp` for a finite x ≠ 0: x = mantissa · 2^exponent with |mantissa| in [0.5, 1).
 * Exact: the exponent is found from `Math.log2` and then corrected, and scaling by a power of two is
 * exact whenever the result is a normal double, as a mantissa in [0.5, 1) is.
 */
export function frexp(x: number): { mantissa: number; exponent: number } {
  if (x === 0 || !Number.isFinite(x)) return { mantissa: x, exponent: 0 };
  const a = Math.abs(x);
  // Stryker disable next-line ArithmeticOperator: only a start for the walks below, which reach the one exponent from any start (−1 costs two steps)
  let e = Math.floor(Math.log2(a)) + 1;
  // log2 may be off by one near powers of two; walk to the exponent that puts a·2^-e in [0.5, 1).
  while (ldexp(a, -e) >= 1) e++;
  while (ldexp(a, -e) < 0.5) e--;
  return { mantissa: ldexp(x, -e), exponent: e };
}

/**
 * C's `ldexp`: x · 2^k. Applied in two halves so neither factor overflows to ∞ or underflows to 0
 * (2^1024 and 2^-1075 are not doubles, though x · 2^k may well be); exact while the result is normal.
 */
export function ldexp(x: number, k: number): number {
  const h = Math.trunc(k / 2);
  return x * 2 ** h * 2 ** (k - h);
}

/**
 * TFLite's `QuantizeMultiplier(double M, int32* m0, int* shift)`:
 * ```
 * if (M == 0) { m0 = 0; shift = 0; return; }
 * q = frexp(M, &shift);                     // q in [0.5, 1)
 * q_fixed = round_half_away(q * 2^31);      // TfLiteRound
 * if (q_fixed == 2^31) { q_fixed /= 2; ++shift; }
 * if (shift < −31) { shift = 0; q_fixed = 0; }
 * ```
 * Accepts M ≥ 1 (shift > 0, applied as a left shift). When shift ≥ −31, m0 · 2^(shift−31) is within
 * 2^-31 relative of M; below (M < 2^-32) the multiplier flushes to 0, as in TFLite.
 * M negative, NaN or infinite → UserError QNT008 (a scale was bad upstream).
 */
export function quantizeMultiplier(M: number, what = 'requantization multiplier'): QuantizedMultiplier {
  if (!Number.isFinite(M) || M < 0) fail('QNT008', `${what} must be finite and >= 0, got ${M}`);
  // Stryker disable next-line ConditionalExpression: frexp(0) is {0, 0}, so the general path returns the same {m0: 0, shift: 0}; kept to mirror TFLite (the mark also covers the → true form, which tests kill)
  if (M === 0) return { m0: 0, shift: 0 };
  const { mantissa, exponent } = frexp(M);
  let shift = exponent;
  let qFixed = roundHalfAwayFromZero(mantissa * 2 ** 31); // mantissa · 2^31 is exact
  if (qFixed === 2 ** 31) {
    qFixed /= 2;
    shift++;
  }
  if (shift < -31) return { m0: 0, shift: 0 };
  if (shift > 31) fail('QNT008', `${what} ${M} is too large (needs a left shift of ${shift} > 31)`);
  return { m0: Math.min(qFixed, INT32_MAX), shift };
}

/** The real value m0 · 2^(shift − 31) that a quantized multiplier stands for. */
export function multiplierValue(q: QuantizedMultiplier): number {
  return q.m0 * 2 ** (q.shift - 31);
}

/** True when x is a positive finite power of two (2^k for an integer k, including k < 0). */
export function isPowerOfTwo(x: number): boolean {
  // frexp returns 0, ±∞ and NaN as their own mantissa and a negative x a negative one: only 2^k gives 0.5.
  return frexp(x).mantissa === 0.5;
}

/** The k with 2^k === x; undefined when x is not a power of two. */
export function powerOfTwoExponent(x: number): number | undefined {
  if (!isPowerOfTwo(x)) return undefined;
  return frexp(x).exponent - 1;
}

/**
 * The smallest power of two ≥ x, for finite x > 0 (pow2 scales round UP so the represented range
 * only grows and is never clipped). `ceilPowerOfTwo(0.3) === 0.5`, `ceilPowerOfTwo(0.25) === 0.25`.
 */
export function ceilPowerOfTwo(x: number): number {
  const { mantissa, exponent } = frexp(x);
  return mantissa === 0.5 ? x : 2 ** exponent;
}
