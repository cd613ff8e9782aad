// Data-aware rounding of log-domain (power-of-two) weights, the w4a8-log counterpart of AdaRound: with the
// scale fixed, choose each weight's level so the layer OUTPUT error on calibration inputs is small, not the
// weight error. For one output channel with weights w, levels q and scale s the output error over input
// rows x is E[((w − s·q)·x)²] = eᵀ G e with e = w − s·q and G = E[x xᵀ] (adaround.ts: gramMatrix).
//
// Why it matters for the log grid more than for a uniform one: a power-of-two grid leaves up to a third
// of a large weight as error, and nearest rounding makes those errors systematic (all the weights in
// (1, 1.5)·2^e go down): on Fashion-MNIST inputs (non-negative, strongly correlated neighbours) they add
// up instead of averaging out, so a layer's output SQNR falls BELOW its weight SQNR (fmnist_cnn conv1:
// weight 16.6 dB, output 13.3 dB; w4a8's uniform int4 gains 3 dB instead). Greedy coordinate descent
// from nearest: move one weight to a neighbouring level when eᵀ G e falls, until a sweep changes nothing
// (or LOG_ROUND_MAX_SWEEPS). Deterministic; cost O(sweeps · k²) per channel.
import { LOG_MAX_EXPONENT } from '../../isa/log-weight-code.js';
import { roundToLogLevel } from './log-weights.js';

/** Sweeps at most (two or three usually settle it); a sweep moves a weight one level at most, so none ends farther from nearest. */
export const LOG_ROUND_MAX_SWEEPS = 8;

/** The levels of the log grid in increasing order: −64 … −1, 0, 1 … 64. */
const LEVELS: readonly number[] = (() => {
  const pos = Array.from({ length: LOG_MAX_EXPONENT + 1 }, (_, e) => 2 ** e);
  return [...pos.map((v) => -v).reverse(), 0, ...pos];
})();

/**
 * Log levels for `cout` rows of `k` float weights `w` (row-major) with per-row scales `scale`, minimising
 * each row's eᵀ G e greedily from round-to-nearest (never worse than nearest: a move is taken only when it
 * lowers the objective). `g` is the k×k Gram matrix of the layer's real input rows.
 */
export function logRoundRows(w: ArrayLike<number>, scale: ArrayLike<number>, cout: number, k: number, g: Float64Array): Int8Array {
  const out = new Int8Array(cout * k);
  const e = new Float64Array(k);
  const ge = new Float64Array(k);
  const idx = new Int32Array(k);
  // Stryker disable next-line EqualityOperator: n <= cout writes only past the end of out (dropped); the >= flip is killed
  for (let n = 0; n < cout; n++) {
    const s = scale[n]!;
    // Stryker disable next-line EqualityOperator: i <= k sets idx[k] and e[k], past their ends (dropped); the >= flip is killed
    for (let i = 0; i < k; i++) {
      const q = roundToLogLevel(w[n * k + i]! / s);
      idx[i] = LEVELS.indexOf(q);
      e[i] = w[n * k + i]! - s * q;
    }
    // Stryker disable next-line EqualityOperator: i <= k sets ge[k], past its end (dropped); the >= flip is killed
    for (let i = 0; i < k; i++) {
      let t = 0;
      for (let j = 0; j < k; j++) t += g[i * k + j]! * e[j]!;
      ge[i] = t;
    }
    for (let sweep = 0; sweep < LOG_ROUND_MAX_SWEEPS; sweep++) {
      // Stryker disable next-line BooleanLiteral: only ends the sweeps early: a sweep that moves nothing leaves the state, so later sweeps move nothing either
      let moved = false;
      for (let i = 0; i < k; i++) {
        for (const to of [idx[i]! - 1, idx[i]! + 1]) {
          if (to < 0 || to >= LEVELS.length) continue;
          // e_i changes by d; eᵀGe changes by 2·d·(Ge)_i + d²·G_ii.
          const d = -s * (LEVELS[to]! - LEVELS[idx[i]!]!);
          if (2 * d * ge[i]! + d * d * g[i * k + i]! >= 0) continue;
          idx[i] = to;
          // Stryker disable next-line AssignmentOperator: e is read only to build Ge before the sweeps, which then update Ge itself
          e[i]! += d;
          // Stryker disable next-line EqualityOperator: j <= k adds to ge[k], past its end (dropped); the >= flip is killed
          for (let j = 0; j < k; j++) ge[j]! += g[j * k + i]! * d;
          moved = true;
          break;
        }
      }
      // Stryker disable next-line ConditionalExpression: only ends the sweeps early (as moved = false above)
      if (!moved) break;
    }
    // Stryker disable next-line EqualityOperator: i <= k writes 0 to out[(n + 1)·k], which the next row rewrites (past the end for the last); the >= flip is killed
    for (let i = 0; i < k; i++) out[n * k + i] = LEVELS[idx[i]!]!;
  }
  return out;
}
