// The FP32 average of the float formats' pools (docs/INTEGER-SEMANTICS.md §14, "Between layers"): the
// exact sum of FP32 terms (a wide fixed-point accumulator: every FP32 value is an integer multiple of
// 2^−149, so the sum is an integer count of 2^−149), then one correctly rounded division by the divisor to
// FP32 (nearest, ties to even; overflow to ±inf as IEEE). Shared by the format reference and the vector unit.
//
// The computation is fast in the common case and exact in all: a double sum checked exact by TwoSum, its
// quotient rounded to a double and then to FP32. Double rounding can only differ from the one rounding
// when the double quotient lands exactly on an FP32 midpoint (every midpoint is a double and rounding is
// monotone, so otherwise the exact and the double quotient lie between the same two midpoints); an inexact
// sum or such a midpoint takes the exact BigInt path.
import { InternalError } from './diagnostics.js';

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
/** The exponent of the FP32 quantum: every FP32 value is an integer times 2^−149. */
const FP32_MIN_EXP = -149;
/** The largest finite FP32 value, (2 − 2^−23) · 2^127. */
const FP32_MAX = 3.4028234663852886e38;

/**
 * fp32(Σ terms[start..end) / divisor): the FP32 terms summed exactly, the quotient rounded once to FP32
 * (nearest even). A zero sum is +0 unless every term is −0 (IEEE's sum rule; no terms: +0); a NaN term, or +inf with
 * −inf, gives NaN, an infinite term its infinity. `divisor` is a positive integer (≤ 2^53).
 * `fp32AverageExact([1, 2, 2], 3) === Math.fround(5 / 3)`.
 */
export function fp32AverageExact(terms: ArrayLike<number>, divisor: number, start = 0, end = terms.length): number {
  if (!(Number.isSafeInteger(divisor) && divisor > 0)) throw new InternalError(`invariant violated: average divisor ${divisor} is not a positive integer`);
  // −0 is the sum's identity (−0 + −0 = −0, −0 + x = x): all −0 terms sum to −0; no terms to +0.
  let s = end > start ? -0 : 0;
  let exact = true;
  for (let i = start; i < end; i++) {
    const x = terms[i]!;
    const t = s + x;
    // TwoSum (Knuth): the rounding error of s + x, exactly; any nonzero error means the double sum is not the sum.
    const bv = t - s;
    if ((s - (t - bv)) + (x - bv) !== 0) exact = false;
    s = t;
  }
  if (!Number.isFinite(s)) return Math.fround(s / divisor);
  if (exact) {
    const q = s / divisor;
    const f = Math.fround(q);
    if (f === q) return f;
    // q an FP32 midpoint: 2q − f is then the other neighbour, exactly (false alarms only cost time).
    const g = 2 * q - f;
    if (Math.fround(g) !== g) return f;
  }
  return exactAverage(terms, divisor, start, end);
}

/** The slow path: the exact sum as a BigInt count of 2^−149, divided and rounded to FP32 in integers. */
function exactAverage(terms: ArrayLike<number>, divisor: number, start: number, end: number): number {
  let sum = 0n;
  for (let i = start; i < end; i++) {
    const x = terms[i]!;
    if (Math.fround(x) !== x) throw new InternalError(`invariant violated: average term ${x} is not an FP32 value`);
    F32[0] = x;
    const bits = U32[0]!;
    const biased = (bits >>> 23) & 0xff;
    const frac = bits & 0x7fffff;
    // x = m · 2^(e − 149) with m < 2^24 and e ≥ 0 (biased exponent 0: subnormal, no implicit bit).
    const m = BigInt(biased === 0 ? frac : frac | 0x800000);
    const scaled = m << BigInt(biased === 0 ? 0 : biased - 1);
    sum += bits >>> 31 ? -scaled : scaled;
  }
  if (sum === 0n) return 0;
  const negative = sum < 0n;
  const n = negative ? -sum : sum;
  const d = BigInt(divisor);
  // v = n / d · 2^−149. p = floor(log2(n / d)): bit lengths give p ∈ {k − 1, k}.
  const k = n.toString(2).length - d.toString(2).length;
  const p = (k >= 0 ? n >= d << BigInt(k) : n << BigInt(-k) >= d) ? k : k - 1;
  // The quantum of the result in units of 2^−149: 24 significant bits, but never below FP32's 2^−149.
  const shift = Math.max(p - 23, 0);
  const den = d << BigInt(shift);
  let q = n / den;
  const twice = 2n * (n % den);
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  // q ≤ 2^24 and the power of two is a double: the product is exact.
  const value = Number(q) * 2 ** (shift + FP32_MIN_EXP);
  const magnitude = value > FP32_MAX ? Infinity : value;
  return negative ? -magnitude : magnitude;
}
