// Group-wise integer weight scales (w4a8-g32/g64/g128, issue 18): w[n, k] ≈ s_n · m[n, g] · q[n, k] with
// q a b-bit signed integer, m[n, g] an unsigned GROUP_MULT_BITS-bit integer multiplier per group g of the
// row (core/weight-groups.ts says where groups fall) and s_n the channel's real base scale. Weights only,
// so calibration-free:
//   σ[n, g] = the group's own symmetric scale: clip/qmax, clip = max|w| over the group ('minmax') or the
//             ratio of it in {1, 0.98, …, 0.3} with the least squared error on the group's grid ('mse')
//   s_n     = max_g σ[n, g] / (2^b_m − 1)            (the largest group gets the largest multiplier)
//   m[n, g] = clamp(roundHalfEven(σ[n, g] / s_n), 1, 2^b_m − 1)
//   q[n, k] = clamp(roundHalfEven(w / (s_n · m)), qmin, qmax)    — re-quantized with the EFFECTIVE scale s_n·m
// An all-zero row gets s_n = 1, m = 1, q = 0. Because m is an integer, the accumulator stays an exact
// integer (INTEGER-SEMANTICS §6c) and s_n is the only real scale requantization sees.
import { roundHalfEven } from '../../core/rounding.js';
import { GROUP_MULT_MAX, type WeightGroupLayout } from '../../core/weight-groups.js';

/** The quantized weights of one group-scaled layer: q (row-major like the float weights), m [rows · groups], s_n [rows]. */
export interface GroupWeights {
  readonly q: Int8Array;
  readonly mult: Uint8Array;
  readonly scale: Float64Array;
}

const quantizeOne = (w: number, s: number, qmin: number, qmax: number): number => Math.min(qmax, Math.max(qmin, roundHalfEven(w / s)));

/** The squared error of `values` on the symmetric grid of step `s`. */
function gridError(values: readonly number[], s: number, qmin: number, qmax: number): number {
  let err = 0;
  for (const v of values) err += (v - s * quantizeOne(v, s, qmin, qmax)) ** 2;
  return err;
}

/** σ of one group: its max|w| / qmax ('minmax') or the MSE-optimal clipping of it (ties: the first, larger); 0 for an all-zero group. */
export function groupScale(values: readonly number[], qmin: number, qmax: number, range: 'minmax' | 'mse'): number {
  let maxAbs = 0;
  for (const v of values) maxAbs = Math.max(maxAbs, Math.abs(v));
  // Stryker disable next-line ConditionalExpression: without it 0/qmax is 0 too, and the MSE search keeps its 0 (every grid error is NaN, never < Infinity); → true is killed
  if (maxAbs === 0) return 0;
  if (range === 'minmax') return maxAbs / qmax;
  let best = maxAbs / qmax;
  let bestErr = Infinity;
  for (let i = 0; i <= 35; i++) {
    const s = (maxAbs * (1 - 0.02 * i)) / qmax;
    const err = gridError(values, s, qmin, qmax);
    if (err < bestErr) [best, bestErr] = [s, err];
  }
  return best;
}

/**
 * Quantizes float weights [rows, K] (row-major; K in the storage order `layout.groupOf` indexes) to
 * `bits`-bit signed integers (full range [−2^(b−1), 2^(b−1) − 1], or narrow) with one integer multiplier
 * per group and one real base scale per row.
 */
export function quantizeGroupWeights(data: Float32Array, rows: number, layout: WeightGroupLayout, bits: number, narrow: boolean, range: 'minmax' | 'mse'): GroupWeights {
  const k = layout.groupOf.length;
  const qmax = 2 ** (bits - 1) - 1;
  const qmin = narrow ? -qmax : -qmax - 1;
  const q = new Int8Array(data.length);
  const mult = new Uint8Array(rows * layout.count);
  const scale = new Float64Array(rows);
  // Stryker disable next-line ArrayDeclaration: each row empties the lists (m.length = 0) before filling them
  const members: number[][] = Array.from({ length: layout.count }, () => []);
  // Stryker disable next-line EqualityOperator: n <= rows writes scale, mult and q past their ends (dropped); the >= flip is killed
  for (let n = 0; n < rows; n++) {
    for (const m of members) m.length = 0;
    for (let i = 0; i < k; i++) members[layout.groupOf[i]!]!.push(data[n * k + i]!);
    const sigma = members.map((values) => groupScale(values, qmin, qmax, range));
    const top = Math.max(...sigma);
    const s = top > 0 ? top / GROUP_MULT_MAX : 1;
    scale[n] = s;
    sigma.forEach((sg, g) => (mult[n * layout.count + g] = Math.min(GROUP_MULT_MAX, Math.max(1, roundHalfEven(sg / s)))));
    // Stryker disable next-line EqualityOperator: i <= k writes the next row's first q (NaN → 0), which that row rewrites (past the end for the last row); the >= flip is killed
    for (let i = 0; i < k; i++) {
      const eff = s * mult[n * layout.count + layout.groupOf[i]!]!;
      q[n * k + i] = quantizeOne(data[n * k + i]!, eff, qmin, qmax);
    }
  }
  return { q, mult, scale };
}
