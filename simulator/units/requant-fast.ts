// TFLite's MultiplyByQuantizedMultiplier on the vector unit's hot path. The shared primitive
// (compiler/quant/fixed-point.ts) is exact for every input and checks its domain on each call; here
// the common case — an int32 x and a right shift of 0..30 — finishes the rounding divide with int32
// bit operations, and everything else goes to the shared primitive. Property-tested equal to it.
import { multiplyByQuantizedMultiplier, saturatingRoundingDoublingHighMul } from '../../compiler/quant/fixed-point.js';

/** Powers of two of the fast path (exported for loops that inline it). */
export const TWO_30 = 2 ** 30;
export const TWO_31 = 2 ** 31;
export const TWO_52 = 2 ** 52;
/** 2^−31: dividing an integer below 2^53 by 2^31 is exact either way; multiplying is cheaper. */
export const TWO_MINUS_31 = 2 ** -31;

/** multiplyByQuantizedMultiplier(x, m0, shift) for int32 x and m0 (same result for every input). */
export function mbqm(x: number, m0: number, shift: number): number {
  if (shift > 0 || shift < -30 || (x | 0) !== x) return multiplyByQuantizedMultiplier(x, m0, shift);
  // SRDHM: when |x·m0| < 2^52 the double product and the nudged sum are exact, and the C++ division
  // (truncating toward zero) is Math.trunc of an exact power-of-two quotient; else the shared split form.
  const ab = x * m0;
  const h = ab < TWO_52 && ab > -TWO_52 ? Math.trunc((ab + (ab >= 0 ? TWO_30 : 1 - TWO_30)) / TWO_31) | 0 : saturatingRoundingDoublingHighMul(x, m0);
  // SRDHM of two int32 values is an int32, so RoundingDivideByPOT can use >> and & on it.
  if (shift === 0) return h;
  const e = -shift;
  const mask = (1 << e) - 1;
  const threshold = (mask >> 1) + (h < 0 ? 1 : 0);
  return (h >> e) + ((h & mask) > threshold ? 1 : 0);
}
