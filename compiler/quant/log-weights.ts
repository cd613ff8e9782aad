// Log-domain (power-of-two) weight quantization for the w4a8-log preset: each weight becomes
// scale[n]·q with q in the log grid {0, ±1, ±2, ±4, …, ±64} (isa/log-weight-code.ts: the 4-bit sign +
// exponent codes the w4a8-log array mode decodes). The integers are ordinary i8 weights, so the integer
// reference runs them unchanged.
//
// Rounding rule: nearest level in the LINEAR domain, ties toward the smaller magnitude. The error the layer
// sees is w − s·q, so for a fixed scale the linear-nearest level minimises every weight's error (and the
// channel's squared error); rounding log2|w| instead would put the threshold between 2^e and 2^(e+1) at
// √2·2^e ≈ 1.41·2^e rather than the midpoint 1.5·2^e and round (1.41, 1.5)·2^e up to a farther level.
// Between 0 and 1 the midpoint is 1/2; magnitudes above 64 clip to 64.
import { LOG_MAX_WEIGHT } from '../../isa/log-weight-code.js';

/** The log-grid level nearest to `t` (in units of the scale), ties toward the smaller magnitude. */
export function roundToLogLevel(t: number): number {
  const a = Math.abs(t);
  if (a <= 0.5) return 0;
  // Stryker disable next-line EqualityOperator: at a = 64 the walk below returns 64 too (the < flip is killed)
  if (a >= LOG_MAX_WEIGHT) return Math.sign(t) * LOG_MAX_WEIGHT;
  // lo: the largest level ≤ a, or 1 for a in (1/2, 1), where 1 is nearer than 2 (0 was taken above).
  let lo = 1;
  // Stryker disable next-line EqualityOperator: at a = 2·lo, stopping at lo picks 2·lo below (a − lo > 2·lo − a = 0); the > flip is killed
  while (lo * 2 <= a) lo *= 2;
  const q = a - lo > 2 * lo - a ? 2 * lo : lo;
  return Math.sign(t) * q;
}

/** Squared error of one row quantized to the log grid with `scale`. */
function rowError(row: ArrayLike<number>, scale: number): number {
  let err = 0;
  for (let i = 0; i < row.length; i++) err += (row[i]! - scale * roundToLogLevel(row[i]! / scale)) ** 2;
  return err;
}

/**
 * The scale of one row (or the whole tensor): max|w| / 64 ('minmax'), or for 'mse' the clipping ratio r in
 * {1, 0.98, …, 0.3} of max|w| whose scale r·max|w|/64 gives the least squared error (the search the integer
 * presets' 'mse' weight range runs, on the log grid; ties: the first, larger). An all-zero row gets scale 1.
 */
export function logScale(row: ArrayLike<number>, range: 'minmax' | 'mse'): number {
  let maxAbs = 0;
  for (let i = 0; i < row.length; i++) maxAbs = Math.max(maxAbs, Math.abs(row[i]!));
  if (maxAbs === 0) return 1;
  if (range === 'minmax') return maxAbs / LOG_MAX_WEIGHT;
  let best = maxAbs / LOG_MAX_WEIGHT;
  let bestErr = Infinity;
  // The tolerance keeps 0.3 itself: 35 steps of 0.02 accumulate to 0.2999…94 in binary.
  // Stryker disable next-line EqualityOperator: no step of r lands on 0.3 − 1e-9 exactly, so > is >= here (the < flip is killed)
  for (let r = 1; r >= 0.3 - 1e-9; r -= 0.02) {
    const s = (maxAbs * r) / LOG_MAX_WEIGHT;
    const err = rowError(row, s);
    if (err < bestErr) [best, bestErr] = [s, err];
  }
  return best;
}

/**
 * Quantizes float weights [cout, k] (row-major) to the log grid: per output channel (`perChannel`) or with one
 * scale for the tensor. Returns the i8 integers and the per-channel scales (repeated when per-tensor).
 */
export function quantizeLogWeights(data: Float32Array, cout: number, perChannel: boolean, range: 'minmax' | 'mse'): { data: Int8Array; scale: Float64Array } {
  const k = data.length / cout;
  const out = new Int8Array(data.length);
  const scale = new Float64Array(cout);
  const tensorScale = perChannel ? 0 : logScale(data, range);
  // Stryker disable next-line EqualityOperator: n <= cout sets scale[cout] and an empty row, past the ends (dropped); the >= flip is killed
  for (let n = 0; n < cout; n++) {
    const row = data.subarray(n * k, (n + 1) * k);
    const s = perChannel ? logScale(row, range) : tensorScale;
    scale[n] = s;
    // Stryker disable next-line EqualityOperator: i <= k writes 0 to out[(n + 1)·k], which the next row rewrites (past the end for the last); the >= flip is killed
    for (let i = 0; i < k; i++) out[n * k + i] = roundToLogLevel(row[i]! / s);
  }
  return { data: out, scale };
}
