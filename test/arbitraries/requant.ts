// Arbitraries that land on REQUANT's edges on purpose, which uniform random draws practically never do:
// exact rounding ties of TFLite's MultiplyByQuantizedMultiplier (SRDHM's v·M0 at a half of 2^31, and
// RoundingDivideByPOT's remainder at half of 2^e), products past 2^52 (the split SRDHM), INT32_MIN and
// the accumulator bounds, and blocks where overflowing and fitting sums sit side by side.
import fc from 'fast-check';

export const INT32_MIN = -(2 ** 31);
export const INT32_MAX = 2 ** 31 - 1;

/** One requantization input: the exact sum v (accumulator + bias), its Q31 multiplier and shift. */
export interface MbqmInput {
  readonly v: number;
  readonly m0: number;
  readonly shift: number;
}

/** An odd integer drawn from `seed` with |value| < limit (limit ≥ 2), either sign. */
function odd(seed: number, limit: number, negative: boolean): number {
  const u = 2 * (seed % Math.max(1, Math.floor(limit / 2))) + 1;
  return negative ? -u : u;
}

/** Which products a tie may have: below 2^52 (exact in a double: what the WebAssembly kernel takes) or any. */
export type TieProducts = 'exact' | 'any';

/**
 * SRDHM ties: v = 2^a·u and m0 = 2^(30−a)·w with u, w odd and m0 in [2^30, 2^31), so v·m0 = 2^30·(u·w):
 * exactly k + ½ units of 2^31. With `any`, |v·m0| may pass 2^52 (the product the kernel declines and the
 * JavaScript path splits). Any right shift 0..30 follows.
 */
export function srdhmTie(products: TieProducts): fc.Arbitrary<MbqmInput> {
  return fc
    .record({ a: fc.integer({ min: 0, max: 12 }), wSeed: fc.nat(), uSeed: fc.nat(), negative: fc.boolean(), wide: fc.boolean(), e: fc.integer({ min: 0, max: 30 }) })
    .map(({ a, wSeed, uSeed, negative, wide, e }) => {
      const w = a === 0 ? 1 : 2 ** a + 1 + 2 * (wSeed % 2 ** (a - 1));
      // |u|·2^a must stay an int32; below 2^52 the product needs |u|·w < 2^22.
      const limit = wide && products === 'any' ? 2 ** (31 - a) : Math.max(2, Math.floor(2 ** 22 / w));
      return { v: 2 ** a * odd(uSeed, limit, negative), m0: 2 ** (30 - a) * w, shift: -e };
    });
}

/**
 * RoundingDivideByPOT ties: m0 = 2^(31−b)·w (w odd in [2^(b−1), 2^b), so m0 is in [2^30, 2^31)) and
 * v = 2^(b+e−1)·u with u odd: SRDHM is exact, h = 2^(e−1)·u·w, whose remainder mod 2^e is exactly 2^(e−1).
 * v·m0 = 2^(e+30)·u·w, below 2^52 for `exact` (e ≤ 21, |u|·w < 2^(22−e)).
 */
export function divideTie(products: TieProducts): fc.Arbitrary<MbqmInput> {
  const exact = products === 'exact';
  return fc
    .integer({ min: 1, max: exact ? 21 : 30 })
    .chain((e) => fc.record({ e: fc.constant(e), b: fc.integer({ min: 1, max: exact ? 22 - e : 31 - e }), wSeed: fc.nat(), uSeed: fc.nat(), negative: fc.boolean() }))
    .map(({ e, b, wSeed, uSeed, negative }) => {
      const w = b === 1 ? 1 : 2 ** (b - 1) + 1 + 2 * (wSeed % 2 ** (b - 2));
      const p = b + e - 1;
      const limit = exact ? Math.min(2 ** (31 - p), Math.floor(2 ** (22 - e) / w)) : 2 ** (31 - p);
      return { v: 2 ** p * odd(uSeed, Math.max(2, limit), negative), m0: 2 ** (31 - b) * w, shift: -e };
    });
}

/** Either kind of tie. */
export const mbqmTie = (products: TieProducts): fc.Arbitrary<MbqmInput> => fc.oneof(srdhmTie(products), divideTie(products));

/** Signed accumulator range of `accBits` bits. */
export function accRange(accBits: number): { lo: number; hi: number } {
  return { lo: -(2 ** (accBits - 1)), hi: 2 ** (accBits - 1) - 1 };
}

/**
 * Exact sums around an `accBits` accumulator's edges: the bounds, one past them, far past them on either
 * side, INT32_MIN/INT32_MAX (and one past), zero, and plain fitting values.
 */
export function edgeSum(accBits: number): fc.Arbitrary<number> {
  const { lo, hi } = accRange(accBits);
  const far = 2 ** Math.min(accBits + 3, 45);
  return fc.oneof(
    fc.constantFrom(lo, hi, lo - 1, hi + 1, 0, -1, INT32_MIN, INT32_MAX, INT32_MIN - 1, INT32_MAX + 1),
    fc.integer({ min: -far, max: lo - 1 }),
    fc.integer({ min: hi + 1, max: far }),
    fc.integer({ min: lo, max: hi }),
  );
}

/** True when the exact sum `v` does not fit `accBits` (acc_fit overflows). */
export function overflows(v: number, accBits: number): boolean {
  const { lo, hi } = accRange(accBits);
  return v < lo || v > hi;
}
