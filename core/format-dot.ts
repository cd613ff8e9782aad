// The dot-product arithmetic of the floating and block formats (docs/INTEGER-SEMANTICS.md, "Float and
// microscaling formats"): products of elements are summed exactly within a chunk (the elements of one
// activation block and one weight block: fixed point in the array), the chunk sum is scaled by
// 2^(Xa + Xw), rounded once to FP32 (nearest even) and added to an FP32 accumulator (nearest even) in K
// order, the accumulator starting at the FP32 bias. Shared by the format reference and the simulator.
import { InternalError } from './diagnostics.js';
import type { ElementType } from './number-formats.js';

/** Elements in one MX block, and the longest chunk: a chunk never spans two blocks of either operand. */
export const CHUNK_MAX = 32;

/**
 * |element| / quantum for `el`: the largest element as an integer count of the smallest step (its
 * fixed-point width). E4M3 448 / 2^−9 = 229376; MXINT8 127; E2M1 6 / 0.5 = 12.
 */
export function elementRangeInSteps(el: ElementType): number {
  if (el.kind === 'fp') return el.maxNormal / 2 ** (1 - el.bias - el.manBits);
  if (el.kind === 'int') return 2 ** (el.bits - 1);
  throw new InternalError(`invariant violated: ${el.kind} elements have no fixed-point range`);
}

/**
 * Whether a chunk sum of CHUNK_MAX products of `a` and `w` elements is exact in a double (|sum| in steps
 * ≤ 2^53): true for every MX element pairing but E5M2 × E5M2 (2^31.8 steps each), which this datapath
 * does not take.
 */
export function chunkSumIsExact(a: ElementType, w: ElementType): boolean {
  return CHUNK_MAX * elementRangeInSteps(a) * elementRangeInSteps(w) <= 2 ** 53;
}

/**
 * acc + chunkSum · 2^scaleExp in FP32: the chunk's scaled sum is rounded to FP32 (nearest even), then
 * added to the FP32 accumulator with one more FP32 rounding. chunkSum is exact (chunkSumIsExact) and the
 * power-of-two scaling is exact in a double, so the first fround is a single correct rounding; the double
 * sum of two FP32 values rounded by fround equals the correctly rounded FP32 sum (53 ≥ 2·24 + 2).
 */
export function accumulateChunk(acc: number, chunkSum: number, scaleExp: number): number {
  return Math.fround(acc + Math.fround(chunkSum * pow2(scaleExp)));
}

// 2^e for every Xa + Xw in [−254, 254], looked up: Math.pow per chunk dominated the reference's time.
const POW2_BIAS = 254;
const POW2 = Float64Array.from({ length: 2 * POW2_BIAS + 1 }, (_, i) => 2 ** (i - POW2_BIAS));

/** 2^e for an integer e in [−254, 254] (the sum of two E8M0 exponents). */
export function pow2(e: number): number {
  const v = POW2[e + POW2_BIAS];
  if (v === undefined) throw new InternalError(`invariant violated: scale exponent ${e} outside [−254, 254]`);
  return v;
}
