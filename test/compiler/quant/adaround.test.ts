// AdaRound's optimizer: the Gram matrix by hand, never worse than round-to-nearest on the data it saw,
// every integer within one step of nearest and inside the range, RTN kept when the input carries no energy.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ADAROUND_DEFAULTS, GAMMA, ZETA, adaroundRows, gramMatrix, quadraticForm, rect } from '../../../compiler/quant/adaround.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** A seeded layer: `rows` rows of k weights, 4-bit per-row scales from max |w|, R correlated non-negative input rows. */
function layer(seed: number, rows: number, k: number, r: number) {
  const rand = lcg(seed);
  const x = new Float64Array(r * k);
  for (let i = 0; i < r; i++) {
    const common = rand();
    for (let j = 0; j < k; j++) x[i * k + j] = Math.max(0, rand() - 0.4) + 0.5 * common;
  }
  const w = Float64Array.from({ length: rows * k }, () => rand() - 0.5);
  const scale = Array.from({ length: rows }, (_, n) => Math.max(...Array.from(w.subarray(n * k, (n + 1) * k), Math.abs)) / 7);
  return { x, w, scale, g: gramMatrix(x, r, k) };
}

/** Per-row reconstruction error dᵀGd of integers q (d = w/s − q, in steps). */
function rowErrors(l: ReturnType<typeof layer>, q: ArrayLike<number>, rows: number, k: number): number[] {
  return Array.from({ length: rows }, (_, n) => quadraticForm(l.g, Float64Array.from({ length: k }, (_, i) => l.w[n * k + i]! / l.scale[n]! - q[n * k + i]!), k));
}

describe('adaroundRows', () => {
  it('computes G = XᵀX / R', () => {
    expect(Array.from(gramMatrix(Float64Array.from([1, 2, 3, 4]), 2, 2))).toEqual([5, 7, 7, 10]);
  });

  it('h(V), the rectified sigmoid: 1/2 at 0, exactly 0 and 1 once σ(V) leaves (−γ, 1 − γ)/(ζ − γ), symmetric', () => {
    expect(rect(0)).toBeCloseTo(0.5, 15);
    // σ(V) = −γ/(ζ − γ) = 1/12 is where h reaches 0: V = ln(1/11).
    const edge = Math.log(-GAMMA / ZETA);
    expect(rect(edge - 1e-9)).toBe(0);
    expect(rect(edge + 1e-6)).toBeGreaterThan(0);
    expect(rect(-edge + 1e-9)).toBe(1);
    expect(rect(-edge - 1e-6)).toBeLessThan(1);
    for (const v of [0.3, 1, 2]) expect(rect(v) + rect(-v)).toBeCloseTo(1, 12);
  });

  it('reconstructs a seeded layer better than round-to-nearest, every row at least as well, each weight within one step', () => {
    const [rows, k] = [8, 36];
    const l = layer(5, rows, k, 256);
    const rtn = Array.from(l.w, (v, i) => Math.min(7, Math.max(-8, Math.round(v / l.scale[Math.floor(i / k)]!))));
    const q = adaroundRows(l.w, l.scale, rows, k, -8, 7, l.g, { iterations: 300, lambda: 1, warmup: 0.2, betaStart: 20, betaEnd: 2, learningRate: 0.05 });
    const [before, after] = [rowErrors(l, rtn, rows, k), rowErrors(l, q, rows, k)];
    after.forEach((e, n) => expect(e).toBeLessThanOrEqual(before[n]! + 1e-12));
    expect(after.reduce((a, b) => a + b)).toBeLessThan(0.8 * before.reduce((a, b) => a + b));
    q.forEach((v, i) => {
      expect(Math.abs(v - rtn[i]!)).toBeLessThanOrEqual(1);
      expect(v === Math.floor(l.w[i]! / l.scale[Math.floor(i / k)]!) || v === Math.floor(l.w[i]! / l.scale[Math.floor(i / k)]!) + 1).toBe(true);
    });
  });

  it('property: never worse than RTN per row and always inside [qmin, qmax] (2- and 4-bit)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.constantFrom(2, 4), (seed, bits) => {
      const [rows, k] = [3, 9];
      const l = layer(seed, rows, k, 32);
      const [qmin, qmax] = [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
      const rtn = Array.from(l.w, (v, i) => Math.min(qmax, Math.max(qmin, Math.round(v / l.scale[Math.floor(i / k)]!))));
      const q = adaroundRows(l.w, l.scale, rows, k, qmin, qmax, l.g, { iterations: 40, lambda: 1, warmup: 0.2, betaStart: 20, betaEnd: 2, learningRate: 0.05 });
      const [before, after] = [rowErrors(l, rtn, rows, k), rowErrors(l, q, rows, k)];
      return after.every((e, n) => e <= before[n]! + 1e-9) && Array.from(q).every((v, i) => v >= qmin && v <= qmax && Math.abs(v - rtn[i]!) <= 1);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(30) });
  });

  it('one step per element: equal steps give the per-row result; group-like steps never lose to RTN in real units', () => {
    const [rows, k] = [6, 32];
    const l = layer(11, rows, k, 128);
    const o = { iterations: 200, lambda: 1, warmup: 0.2, betaStart: 20, betaEnd: 2, learningRate: 0.05 };
    const perElement = Float64Array.from({ length: rows * k }, (_, i) => l.scale[Math.floor(i / k)]!);
    expect(Array.from(adaroundRows(l.w, perElement, rows, k, -8, 7, l.g, o))).toEqual(Array.from(adaroundRows(l.w, l.scale, rows, k, -8, 7, l.g, o)));
    // Groups of 8 along k with steps s_n·m, m in 1..4 (the largest group's step is the largest): the real
    // reconstruction error Σ over a row of (e∘d)ᵀG(e∘d), d = w/e − q, is what AdaRound must not make worse.
    const step = Float64Array.from({ length: rows * k }, (_, i) => (l.scale[Math.floor(i / k)]! / 4) * (1 + ((Math.floor((i % k) / 8) + Math.floor(i / k)) % 4)));
    const rtn = Int32Array.from(l.w, (v, i) => Math.min(7, Math.max(-8, Math.round(v / step[i]!))));
    const q = adaroundRows(l.w, step, rows, k, -8, 7, l.g, o);
    const realErr = (ints: ArrayLike<number>, n: number): number => quadraticForm(l.g, Float64Array.from({ length: k }, (_, i) => l.w[n * k + i]! - step[n * k + i]! * ints[n * k + i]!), k);
    let [before, after] = [0, 0];
    for (let n = 0; n < rows; n++) {
      expect(realErr(q, n)).toBeLessThanOrEqual(realErr(rtn, n) * (1 + 1e-12));
      [before, after] = [before + realErr(rtn, n), after + realErr(q, n)];
    }
    expect(after).toBeLessThan(0.8 * before);
    q.forEach((v, i) => expect(v === Math.floor(l.w[i]! / step[i]!) || v === Math.floor(l.w[i]! / step[i]!) + 1 || v === 7 || v === -8).toBe(true));
  });

  it('without iterations returns its start, h(V) = the fractional part, hardened at h ≥ 1/2: ties round up', () => {
    // Uncorrelated inputs (G = I): at a tie up and down reconstruct equally, so the row keeps the learned
    // (upward) rounding rather than falling back to round-half-even. w/s: 0.5, 2.5, −1.4999…98, 7.5 | −1.5, 8.5,
    // −7.5, −8.1: from ⌊w/s⌋ = qmax only qmax, from qmin also qmin + 1; outside [−8, 7] clamps.
    const w = [0.05, 0.25, -0.15, 0.75, -0.75, 4.25, -3.75, -4.05];
    const identity = Float64Array.from({ length: 16 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    const o = { ...ADAROUND_DEFAULTS, iterations: 0 };
    expect(Array.from(adaroundRows(w, [0.1, 0.5], 2, 4, -8, 7, identity, o))).toEqual([1, 3, -1, 7, -1, 7, -7, -8]);
  });

  // One row of two weights on perfectly correlated inputs (G all ones): weight 0 is fixed (outside the range)
  // with a rounding error of ±0.6 steps, so the output error pulls the free weight 1 (fraction just off 1/2)
  // across the tie in one Adam step (≈ the learning rate in V). Warm-up 1: no regularizer.
  const ones = Float64Array.from([1, 1, 1, 1]);
  const pair = (w: number[], o: Partial<typeof ADAROUND_DEFAULTS>, g = ones): number[] => Array.from(adaroundRows(w, [1], 1, 2, -8, 7, g, { ...ADAROUND_DEFAULTS, ...o }));

  it('runs exactly `iterations` steps: a weight one step from the tie crosses it at 1 iteration, not at 0; two steps away at 2, not 1', () => {
    expect(pair([7.6, 3.49], { iterations: 0, warmup: 1 })).toEqual([7, 3]);
    expect(pair([7.6, 3.49], { iterations: 1, warmup: 1 })).toEqual([7, 4]);
    expect(pair([7.6, 3.48], { iterations: 1, warmup: 1 })).toEqual([7, 3]);
    expect(pair([7.6, 3.48], { iterations: 2, warmup: 1 })).toEqual([7, 4]);
  });

  it('the regularizer acts from iteration ⌊warmup·iterations⌋ on, and pushes h(V) away from 1/2 toward the nearer end', () => {
    // Weight 0's error −0.6 pulls weight 1 (fraction 0.505) down; a strong regularizer (λ 100, β 2) at that
    // same first step pushes it up, toward the nearer integer, and wins.
    const o = { iterations: 1, lambda: 100, betaStart: 2, betaEnd: 2 };
    expect(pair([-8.6, 3.505], { ...o, warmup: 1 })).toEqual([-8, 3]);
    expect(pair([-8.6, 3.505], { ...o, warmup: 0 })).toEqual([-8, 4]);
  });

  it('the regularizer has no gradient at a tie (h = 1/2): on uncorrelated inputs ties stay rounded up', () => {
    const identity = Float64Array.from([1, 0, 0, 1]);
    for (const iterations of [1, 5]) expect(pair([0.5, 1.5], { iterations, warmup: 0 }, identity)).toEqual([1, 2]);
  });

  it('Adam\'s ε: where √ŝ is about 1e-8 it halves the step (lr·g/(|g| + 1e-8)), so V moves about lr/2', () => {
    // Weight 1 (free, fraction f) starts with d ≈ 0, so its gradient comes through the fixed weight 0 (error
    // 0.7): G10 makes it +1.005e-8 (h pushed down), and at the first step √ŝ = |g|. The step is then
    // lr·1.005/2.005 ≈ 0.025 in V, about −0.0075 in h: 0.51 stays up, 0.505 goes down (and reconstructs
    // better, so it is kept). Without ε (a step of lr) 0.51 would go down too; with −ε the step would be lr·201.
    const gFor = (f: number): Float64Array<ArrayBuffer> => {
      const sig = (f - GAMMA) / (ZETA - GAMMA);
      const gd = (-1.005e-8 * ((1 + 1e-7) / 2)) / (2 * (ZETA - GAMMA) * sig * (1 - sig));
      return Float64Array.from([1, gd / 0.7, gd / 0.7, 1e-7]);
    };
    expect(pair([7.7, 2.51], { iterations: 1, warmup: 1 }, gFor(0.51))).toEqual([7, 3]);
    expect(pair([7.7, 2.505], { iterations: 1, warmup: 1 }, gFor(0.505))).toEqual([7, 2]);
  });

  it('judges each weight against its own row\'s step: a weight the next row\'s coarse step would put in range stays clamped', () => {
    // Row 1's first weight, 1 / 0.1 = 10 steps, is fixed at qmax = 7; against row 0's step (10) it would be
    // 0.1 and free to round up to 8, out of range.
    const q = adaroundRows([0, 0.5, 1, 0], [10, 0.1], 2, 2, -8, 7, Float64Array.from([1, 0, 0, 1]));
    expect(Array.from(q)).toEqual([0, 0, 7, 0]);
  });

  it('keeps round-to-nearest when the inputs are all zero (every rounding reconstructs equally)', () => {
    const w = [0.26, -0.34, 0.7];
    const q = adaroundRows(w, [0.1], 1, 3, -8, 7, new Float64Array(9));
    expect(Array.from(q)).toEqual([3, -3, 7]);
  });
});
