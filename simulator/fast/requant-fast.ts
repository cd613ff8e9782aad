// TFLite's MultiplyByQuantizedMultiplier on the vector unit's hot path. The shared primitive
// (core/fixed-point.ts) is exact for every input and checks its domain on each call; here
// the common case — an int32 x and a right shift of 0..30 — finishes the rounding divide with int32
// bit operations, and everything else goes to the shared primitive. Property-tested equal to it.
import { multiplyByQuantizedMultiplier } from '../../core/fixed-point.js';

const TWO_30 = 2 ** 30;
/** Products below this are exact in a double (the bound callers of mbqmCommon check). */
export const TWO_52 = 2 ** 52;
/** 2^−31: dividing an integer below 2^53 by 2^31 is exact either way; multiplying is cheaper. */
const TWO_MINUS_31 = 2 ** -31;
const TWO_MINUS_16 = 2 ** -16;
const TWO_MINUS_15 = 2 ** -15;
const INT32_MIN = -(2 ** 31);

/**
 * mbqm's common case for loops that inline it: x and m0 int32, right shift e = −shift in 0..30, and
 * |x·m0| < 2^52 (the caller checks; everything else goes to mbqm). Branch-free, as the signs of real
 * data are unpredictable:
 * - SRDHM's nudge-and-truncate, trunc((ab + (ab ≥ 0 ? 2^30 : 1 − 2^30)) / 2^31), equals
 *   floor((ab + 2^30) / 2^31) for every integer ab (for ab < 0 write ab + 2^30 = q·2^31 + r, 0 ≤ r < 2^31:
 *   the truncated quotient is q − 1 + ceil((r + 1) / 2^31) = q), and the division by 2^31 is an exact
 *   multiplication;
 * - the rounding divide adds 1 exactly when threshold − remainder, both in [0, 2^31), is negative.
 */
export function mbqmCommon(x: number, m0: number, e: number): number {
  return roundingDivideByPot(Math.floor((x * m0 + TWO_30) * TWO_MINUS_31) | 0, e);
}

/** RoundingDivideByPOT of an int32 by 2^e, e in 0..30, branch-free (see mbqmCommon). */
function roundingDivideByPot(h: number, e: number): number {
  const mask = (1 << e) - 1;
  return (h >> e) + (((mask >> 1) + (h >>> 31) - (h & mask)) >>> 31);
}

/**
 * SRDHM of int32 a and b whose product may reach 2^62 (not both −2^31, its one saturating case), exact
 * in doubles: with b = bHi·2^16 + bLo (0 ≤ bLo < 2^16) both partial products stay below 2^47, and
 * floor((X·2^16 + Y) / 2^31) = floor((X + floor(Y / 2^16)) / 2^15) for integer X = a·bHi, Y = a·bLo + 2^30.
 */
function srdhmWide(a: number, b: number): number {
  const y = Math.floor((a * (b & 0xffff) + TWO_30) * TWO_MINUS_16);
  return Math.floor((a * (b >> 16) + y) * TWO_MINUS_15) | 0;
}

/**
 * clamp(y, lo, hi) without branches (real data saturates unpredictably), for integers of magnitude
 * below 2^30 so that no difference leaves int32: min via hi + (d & (d >> 31)) with d = y − hi, then
 * max the same way. mbqmCommon's results qualify (|h| < 2^21).
 */
export function clampSmall(y: number, lo: number, hi: number): number {
  const d = y - hi;
  const m = hi + (d & (d >> 31));
  const f = m - lo;
  return m - (f & (f >> 31));
}

/** multiplyByQuantizedMultiplier(x, m0, shift) for int32 x and m0 (same result for every input). */
export function mbqm(x: number, m0: number, shift: number): number {
  if (shift > 0 || shift < -30 || (x | 0) !== x) return multiplyByQuantizedMultiplier(x, m0, shift);
  const ab = x * m0;
  if (ab < TWO_52 && ab > -TWO_52) return mbqmCommon(x, m0, -shift);
  // A product past 2^52 (TFLite ADD's left-shifted sums): the split SRDHM, except its saturating case.
  if (x === INT32_MIN && m0 === INT32_MIN) return multiplyByQuantizedMultiplier(x, m0, shift);
  return roundingDivideByPot(srdhmWide(x, m0), -shift);
}
