// gemmlowp / TFLite fixed-point requantization primitives, exact in doubles (no BigInt on the hot path).
// The tests check them against a BigInt re-statement of the C++ reference (test/core/fixed-point.test.ts).
import { InternalError } from './diagnostics.js';
import { INT32_MAX, INT32_MIN, roundingDivideByPOT, roundingShiftRightHalfUp, wrapToBits } from './rounding.js';

/** Hot-path guard: throws only when the domain is violated (no message is built otherwise). */
function outOfDomain(message: string): never {
  throw new InternalError(`invariant violated: ${message}`);
}

const TWO_15 = 2 ** 15;
const TWO_16 = 2 ** 16;
const TWO_30 = 2 ** 30;
const TWO_31 = 2 ** 31;

/**
 * gemmlowp's `SaturatingRoundingDoublingHighMul(a, b)` for int32 a, b:
 * ```
 * if (a == b == INT32_MIN) return INT32_MAX;           // the only overflow
 * ab    = (int64) a * b;
 * nudge = ab >= 0 ? (1 << 30) : (1 − (1 << 30));
 * return (int32) ((ab + nudge) / (1LL << 31));          // C++ `/`: truncates toward zero
 * ```
 * i.e. a·b / 2^31 rounded to nearest with ties toward +∞: a positive tie k.5 → k+1 through the 2^30
 * nudge, and a negative tie −k.5 → −k because the nudge is 1 − 2^30 and `/` truncates toward zero
 * (SRDHM(1, 2^30) = 1 but SRDHM(−1, 2^30) = 0). a·b reaches 2^62, past the 2^53 of a double, so the
 * product is split: b = bHi·2^16 + bLo, and the quotient is assembled from exact partial terms.
 */
export function saturatingRoundingDoublingHighMul(a: number, b: number): number {
  if (a === INT32_MIN && b === INT32_MIN) return INT32_MAX;
  const bLo = b & 0xffff; // [0, 2^16)
  const bHi = (b - bLo) / TWO_16; // [−2^15, 2^15)
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: with a or b zero the product is 0 and both nudges give 0
  const nudge = a === 0 || b === 0 || a < 0 === b < 0 ? TWO_30 : 1 - TWO_30;
  // ab + nudge = H·2^16 + L with |H| ≤ 2^46, |L| < 2^48: both exact.
  const H = a * bHi;
  const L = a * bLo + nudge;
  // H = hq·2^15 + hr, hr in [0, 2^15), so ab + nudge = hq·2^31 + R with R = hr·2^16 + L (|R| < 2^49).
  const hq = Math.floor(H / TWO_15);
  const R = (H - hq * TWO_15) * TWO_16 + L;
  const rq = Math.floor(R / TWO_31);
  const floorQuotient = hq + rq;
  const remainder = R - rq * TWO_31; // [0, 2^31)
  // floor → truncation toward zero: a negative inexact quotient moves up by one.
  return floorQuotient < 0 && remainder !== 0 ? floorQuotient + 1 : floorQuotient;
}

/**
 * TFLite's reference `MultiplyByQuantizedMultiplier(x, M0, shift)` (int32 x, Q31 M0):
 * ```
 * left_shift  = shift > 0 ? shift : 0;
 * right_shift = shift > 0 ? 0 : −shift;
 * return RoundingDivideByPOT(SaturatingRoundingDoublingHighMul(x * (1 << left_shift), M0), right_shift);
 * ```
 * ≈ x · M0 · 2^(shift − 31), rounded twice: SRDHM (ties toward +∞), then RoundingDivideByPOT (ties
 * away from zero).
 *
 * Overflow rule (our choice, tested): `x * (1 << left_shift)` is computed in int32 and WRAPS (two's
 * complement), which is what compiled TFLite does on every platform (the C++ is formally undefined)
 * and what a 32-bit barrel shifter does. The compiler should never emit a left shift that overflows;
 * `leftShiftOverflows` lets the simulator count it when it happens. shift ∈ [−31, 31].
 */
export function multiplyByQuantizedMultiplier(x: number, quantizedMultiplier: number, shift: number): number {
  if (!(Number.isInteger(shift) && shift >= -31 && shift <= 31)) outOfDomain(`requantization shift ${shift} outside [-31, 31]`);
  // Stryker disable next-line EqualityOperator: shift = 0 gives 0 either way
  const leftShift = shift > 0 ? shift : 0;
  // Stryker disable next-line EqualityOperator: shift = 0 gives 0 either way
  const rightShift = shift > 0 ? 0 : -shift;
  // Stryker disable next-line ConditionalExpression: wrapToBits(x, 32) is x for the int32 x of the domain
  const shifted = leftShift === 0 ? x : wrapToBits(x * 2 ** leftShift, 32);
  return roundingDivideByPOT(saturatingRoundingDoublingHighMul(shifted, quantizedMultiplier), rightShift);
}

/** True when `x · 2^leftShift` (leftShift = max(shift, 0)) leaves int32, i.e. when `multiplyByQuantizedMultiplier` wraps. */
export function leftShiftOverflows(x: number, shift: number): boolean {
  // Stryker disable next-line EqualityOperator,ConditionalExpression: shift = 0 leaves an int32 x in int32, as the shortcut says
  if (shift <= 0) return false;
  const v = x * 2 ** shift;
  // Stryker disable next-line EqualityOperator: x·2^shift (shift > 0) is even, never the odd INT32_MAX
  return v < INT32_MIN || v > INT32_MAX;
}

/**
 * Power-of-two requantization (DESIGN §4 pow2 mode): x · 2^exponent with no multiplier.
 * exponent ≤ 0: `roundingShiftRightHalfUp(x, −exponent)` (add 1 << (n−1), arithmetic shift right);
 * exponent > 0: `x << exponent` in int32, wrapping as `multiplyByQuantizedMultiplier`'s left shift does.
 * exponent ∈ [−31, 31].
 */
export function multiplyByPowerOfTwoHalfUp(x: number, exponent: number): number {
  if (!(Number.isInteger(exponent) && exponent >= -31 && exponent <= 31)) outOfDomain(`pow2 exponent ${exponent} outside [-31, 31]`);
  // Stryker disable next-line EqualityOperator: exponent 0 gives x on both branches (int32 x)
  if (exponent <= 0) return roundingShiftRightHalfUp(x, -exponent);
  return wrapToBits(x * 2 ** exponent, 32);
}

/**
 * MultiplyByQuantizedMultiplier for accumulators wider than 32 bits (acc_bits > 32, e.g. the w16a16
 * sanity mode): `floor((acc·m0 + 2^(30−shift)) / 2^(31−shift))`, i.e. acc·m0·2^(shift−31) rounded half
 * up, computed exactly with BigInt. One rounding instead of the two of the 32-bit path.
 */
export function multiplyByQuantizedMultiplierWide(acc: number, m0: number, shift: number): number {
  const total = 31 - shift;
  if (total <= 0) return acc * m0 * 2 ** -total;
  const p = BigInt(acc) * BigInt(m0) + (1n << BigInt(total - 1));
  // BigInt >> is an arithmetic (flooring) shift.
  return Number(p >> BigInt(total));
}
