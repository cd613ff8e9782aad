// AdaRound (Nagel et al. 2020, "Up or down? Adaptive rounding for post-training quantization"; white paper
// §3.4), layer-wise: instead of rounding every weight to nearest, learn for each weight whether it rounds
// down or up so that the layer's OUTPUT changes least on real inputs:
//
//   minimize_V  Σ_n ||(W_n − W̃_n) X||² / (s_n²·ḡ·R) + λ Σ_{n,k} (1 − |2h(V_nk) − 1|^β)
//   W̃_nk = s_n·(⌊W_nk/s_n⌋ + h(V_nk)),   h(V) = clip(σ(V)(ζ − γ) + γ, 0, 1),  ζ = 1.1, γ = −0.1
//
// X: R rows of the layer's (im2col'ed) input; with G = XᵀX/R the first term of row n is dᵀGd/ḡ, d the
// rounding error in steps and ḡ = trace(G)/K, so λ weighs "one weight's rounding" against "one step of
// output error per unit input energy" whatever the layer's scales. β anneals from 20 to 2 after a warm-up
// without regularization; Adam on V; finally hard rounding h ≥ 0.5 → up. A row keeps round-to-nearest if
// the learned rounding reconstructs worse (so AdaRound never loses to RTN on the data it saw).
//
// Group-wise scales (w4a8-g*, group-weights.ts): the step of weight k is e_nk = s_n·m[n, g(k)], so a
// rounding choice of d_k steps moves the output by e_nk·d_k. With one step per element the first term
// becomes (c∘d)ᵀG(c∘d)/ḡ, c_k = e_nk / max_k e_nk: the same loss in units of the row's largest step (c = 1
// exactly for one scale per row, so that case computes the very same numbers).
import { roundHalfEven } from '../../core/rounding.js';
import { gdWorkspace } from './adaround-gd.js';

/** The rectified sigmoid's stretch (Nagel et al. 2020). */
export const ZETA = 1.1;
export const GAMMA = -0.1;

/** Optimizer settings. */
export interface AdaroundOptions {
  readonly iterations: number;
  /** Regularization weight λ. */
  readonly lambda: number;
  /** Fraction of the iterations without the regularizer (β annealing starts after it). */
  readonly warmup: number;
  readonly betaStart: number;
  readonly betaEnd: number;
  /** Adam step size on V. */
  readonly learningRate: number;
}

/** Defaults: a short schedule (the layer problems here are small), β 20 → 2 as in the paper; λ = 1 in the
 * normalized units above (a seeded 32×144 case: reconstruction error vs RTN −24 % at λ 0.01, −54 % at λ 1). */
export const ADAROUND_DEFAULTS: AdaroundOptions = { iterations: 500, lambda: 1, warmup: 0.2, betaStart: 20, betaEnd: 2, learningRate: 0.05 };

/** G = XᵀX / R of `rows` rows of length k (row-major), float64. */
export function gramMatrix(x: Float64Array, rows: number, k: number): Float64Array {
  const g = new Float64Array(k * k);
  for (let r = 0; r < rows; r++) {
    const o = r * k;
    // Stryker disable next-line EqualityOperator: i <= k starts at j = k, so it adds nothing; the >= flip is killed
    for (let i = 0; i < k; i++) {
      const xi = x[o + i]!;
      // Stryker disable next-line ConditionalExpression: speed only: a zero xi adds zeros (→ true, killed, is ignored with it)
      if (xi === 0) continue;
      const gi = i * k;
      // Stryker disable next-line EqualityOperator: j <= k adds to g[i·k + k], a lower-triangle (or past-the-end) entry the mirroring below overwrites; the >= flip is killed
      for (let j = i; j < k; j++) g[gi + j]! += xi * x[o + j]!;
    }
  }
  // Stryker disable next-line EqualityOperator: i <= k starts at j = k: no step; the >= flip is killed
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) g[j * k + i] = g[i * k + j] = g[i * k + j]! / Math.max(rows, 1);
  }
  return g;
}

/** dᵀ G d for one row d of length k. */
export function quadraticForm(g: Float64Array, d: Float64Array, k: number): number {
  let sum = 0;
  for (let i = 0; i < k; i++) {
    let s = 0;
    const gi = i * k;
    for (let j = 0; j < k; j++) s += g[gi + j]! * d[j]!;
    sum += d[i]! * s;
  }
  return sum;
}

const sigmoid = (v: number): number => 1 / (1 + Math.exp(-v));
/** h(V): the sigmoid stretched to (γ, ζ) and clipped, so it reaches 0 and 1 exactly at finite V; h(0) = 1/2. */
export const rect = (v: number): number => Math.min(1, Math.max(0, sigmoid(v) * (ZETA - GAMMA) + GAMMA));

/**
 * Learns the rounding of `rows` weight rows (length k, real values `w`) sharing the input Gram matrix `g`,
 * integer range [qmin, qmax]. `scale` holds one step per row, or one per element (length rows·k: the
 * effective steps s_n·m[n, g] of group-wise scales). Returns the integers; each is ⌊w/s⌋ or ⌊w/s⌋ + 1
 * (clamped), so within one step of round-to-nearest. `backend` 'js' sums G·d in plain loops (the same numbers).
 */
// Stryker disable next-line StringLiteral: any other default backend takes the JavaScript loop, bit-identical to the kernel (adaround-gd.test.ts): speed only
export function adaroundRows(w: ArrayLike<number>, scale: ArrayLike<number>, rows: number, k: number, qmin: number, qmax: number, g: Float64Array, o: AdaroundOptions = ADAROUND_DEFAULTS, backend: 'wasm' | 'js' = 'wasm'): Int32Array {
  const n = rows * k;
  // Stryker disable next-line ConditionalExpression: with k = 1 (n = rows) a step per row and one per element are the same steps, and c = s/s = 1 either way
  const perElement = scale.length === n && n !== rows;
  // c: each element's step relative to its row's largest step (all 1 with one step per row).
  const c = new Float64Array(n).fill(1);
  if (perElement) {
    // Stryker disable next-line EqualityOperator: r <= rows reads scale past its end (top NaN) only to write c past its end (dropped); the >= flip is killed
    for (let r = 0; r < rows; r++) {
      let top = 0;
      for (let i = r * k; i < (r + 1) * k; i++) top = Math.max(top, scale[i]!);
      // Stryker disable next-line EqualityOperator: i <= (r+1)·k writes the next row's first c, which that row rewrites (past the end for the last row); the >= flip is killed
      for (let i = r * k; i < (r + 1) * k; i++) c[i] = scale[i]! / top;
    }
  }
  const base = new Float64Array(n); // ⌊w/s⌋, or the clamped fixed value
  const target = new Float64Array(n); // w/s
  const free = new Uint8Array(n);
  const v = new Float64Array(n);
  // Stryker disable next-line EqualityOperator: r <= rows sets target/base/free/v past their ends (dropped; NaN takes the else branch); the >= flip is killed
  for (let r = 0; r < rows; r++) {
    for (let i = r * k; i < (r + 1) * k; i++) {
      const t = w[i]! / scale[perElement ? i : r]!;
      target[i] = t;
      const lo = Math.floor(t);
      if (lo >= qmax || lo < qmin) base[i] = lo >= qmax ? qmax : qmin; // one choice only
      else {
        base[i] = lo;
        free[i] = 1;
        // Start where h(V) equals the fractional part: the soft weight is then exactly w.
        const p = Math.min(0.999, Math.max(0.001, (t - lo - GAMMA) / (ZETA - GAMMA)));
        v[i] = Math.log(p / (1 - p));
      }
    }
  }
  const rtn = Int32Array.from(target, (t) => Math.min(qmax, Math.max(qmin, roundHalfEven(t))));
  let trace = 0;
  for (let i = 0; i < k; i++) trace += g[i * k + i]!;
  const gBar = trace / k;
  if (!(gBar > 0)) return rtn; // no input energy: every rounding reconstructs equally well
  const m = new Float64Array(n);
  const s2 = new Float64Array(n);
  // Rows are independent problems sharing G. Each iteration takes every weight's σ(V) and d first (no V has
  // changed yet, as in a row-by-row loop) and lists the weights that take a gradient, then sums G·d for
  // the blocks of eight rows holding them (adaround-gd.ts: two rows a vector, each sum adding its k terms in
  // the order of a one-row loop, so every value is the same), then updates their V.
  const sig = new Float64Array(n);
  const ws = gdWorkspace(rows, k, backend);
  ws.g.set(g.subarray(0, k * k));
  const { dt, out: gd, flags, padded } = ws;
  // A weight is frozen once no gradient reaches its V: fixed (one choice; its σ is never set, so raw = γ < 0
  // freezes it on the first pass) or h(V) clipped to 0 or 1. Its V never changes again, nor do σ(V) and d.
  const frozen = new Uint8Array(n);
  const active = new Int32Array(n); // this iteration's weights that take a gradient
  const activeT = new Int32Array(n); // and where their sums are (i·padded + r)
  const warm = Math.floor(o.warmup * o.iterations);
  const stretch = ZETA - GAMMA;
  for (let it = 0; it < o.iterations; it++) {
    const annealed = it >= warm;
    const bias1 = 1 - 0.9 ** (it + 1); // Adam's bias corrections of this iteration
    const bias2 = 1 - 0.999 ** (it + 1);
    const beta = o.betaStart + (o.betaEnd - o.betaStart) * ((it - warm) / Math.max(1, o.iterations - warm));
    const lambdaBeta = o.lambda * -beta; // the regularizer gradient's first product, the same for every weight
    const power = beta - 1;
    let count = 0;
    flags.fill(0);
    for (let r = 0, idx = 0; r < rows; r++) {
      for (let i = 0; i < k; i++, idx++) {
        // Stryker disable next-line ConditionalExpression: speed only: a frozen weight's V is unchanged, so its σ(V), d and clip come out the same (→ true is killed)
        if (frozen[idx]) continue;
        if (free[idx]) sig[idx] = sigmoid(v[idx]!);
        const raw = sig[idx]! * stretch + GAMMA; // h(V) before the clip
        const t = i * padded + r;
        dt[t] = c[idx]! * (target[idx]! - base[idx]! - Math.min(1, Math.max(0, raw)));
        // Stryker disable next-line EqualityOperator: raw exactly 0 or 1 is the clip's kink, where either one-sided derivative is a valid choice (σ(V)·1.2 − 0.1 hits it only on a measure-zero V; on-grid starts give −1.4e-17); the other flips are killed
        if (raw <= 0 || raw >= 1) frozen[idx] = 1;
        else {
          flags[(t - (r % 8)) / 8] = 1;
          active[count] = idx;
          activeT[count++] = t;
        }
      }
    }
    ws.sums();
    for (let a = 0; a < count; a++) {
      const idx = active[a]!;
      const sg = sig[idx]!;
      let grad = (-2 * c[idx]! * gd[activeT[a]!]!) / gBar;
      if (annealed) {
        const u = 2 * (sg * stretch + GAMMA) - 1;
        grad += lambdaBeta * Math.abs(u) ** power * Math.sign(u) * 2;
      }
      grad *= stretch * sg * (1 - sg);
      // Adam (β1 0.9, β2 0.999).
      m[idx] = 0.9 * m[idx]! + 0.1 * grad;
      s2[idx] = 0.999 * s2[idx]! + 0.001 * grad * grad;
      const mh = m[idx]! / bias1;
      const sh = s2[idx]! / bias2;
      v[idx] = v[idx]! - (o.learningRate * mh) / (Math.sqrt(sh) + 1e-8);
    }
  }
  const d = new Float64Array(k);
  const out = new Int32Array(n);
  const err = (q: ArrayLike<number>, off: number): number => {
    // Stryker disable next-line EqualityOperator: i <= k writes d[k], past its end (dropped); the >= flip is killed
    for (let i = 0; i < k; i++) d[i] = c[off + i]! * (target[off + i]! - q[off + i]!);
    return quadraticForm(g, d, k);
  };
  // Stryker disable next-line EqualityOperator: r <= rows: out past its end (dropped), and its NaN error never replaces anything; the >= flip is killed
  for (let r = 0; r < rows; r++) {
    const off = r * k;
    // Stryker disable next-line EqualityOperator: i <= off + k sets the next row's first integer, which that row rewrites before its error is taken (past the end for the last row); the >= flip is killed
    for (let i = off; i < off + k; i++) {
      out[i] = base[i]! + (free[i] && rect(v[i]!) >= 0.5 ? 1 : 0);
    }
    if (err(out, off) > err(rtn, off)) out.set(rtn.subarray(off, off + k), off);
  }
  return out;
}
