// Finite-difference checks of training layers: the loss L = Σ r·y (r fixed random), its analytic gradient
// from backward, and central differences of L in float64 sums over the f32 forward.
import { expect } from 'vitest';
import { type Act, makeAct } from '../../../compiler/train/act.js';
import type { Layer, RunContext } from '../../../compiler/train/layer.js';
import { createKernels, type TrainKernels } from '../../../compiler/train/kernels.js';

/** Seeded uniform values in [lo, hi). */
export function seeded(len: number, seed: number, lo = -1, hi = 1): Float32Array {
  const out = new Float32Array(len);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < len; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = lo + (s / 2 ** 32) * (hi - lo);
  }
  return out;
}

/** Distinct values k·step + jitter in a seeded order (no two within `step/2`: no kinks inside ±eps). */
export function distinct(len: number, seed: number, step = 0.05): Float32Array {
  const order = Array.from({ length: len }, (_, i) => i);
  const r = seeded(len, seed);
  order.sort((a, b) => r[a]! - r[b]!);
  const out = new Float32Array(len);
  order.forEach((k, i) => (out[i] = (k - len / 2) * step + 0.013));
  return out;
}

export function context(params: Float32Array, opts: { train?: boolean; buffers?: Float32Array; stats?: number; kernels?: TrainKernels } = {}): RunContext {
  return {
    kernels: opts.kernels ?? createKernels(), params, grads: new Float32Array(params.length),
    buffers: opts.buffers ?? new Float32Array(0), stats: new Float32Array(opts.stats ?? 0), train: opts.train ?? true,
  };
}

/** A copy of `a` with other data. */
export function withData(a: Act, data: Float32Array): Act {
  return makeAct(a.rank, a.n, a.c, a.h, a.w, data);
}

function lossOf(layer: Layer, xs: readonly Act[], ctx: RunContext, r: Float32Array): number {
  const y = layer.forward(xs, ctx).data;
  let s = 0;
  for (let i = 0; i < y.length; i++) s += r[i]! * y[i]!;
  return s;
}

/**
 * Checks backward against central differences on every input element (of inputs with needGrad) and
 * every parameter element in `paramRange`, |numeric − analytic| ≤ tol·(1 + |analytic|).
 */
export function checkGradients(make: () => Layer, xs: readonly Act[], params: Float32Array, opts: { eps?: number; tol?: number; needGrad?: boolean[]; ctx?: Partial<RunContext>; paramRange?: [number, number] } = {}): void {
  const eps = opts.eps ?? 1e-2;
  const tol = opts.tol ?? 1e-2;
  const ctxOf = (p: Float32Array): RunContext => ({ ...context(p), ...opts.ctx, params: p, grads: new Float32Array(p.length) });
  const layer = make();
  const ctx = ctxOf(params);
  const y = layer.forward(xs, ctx);
  const r = seeded(y.data.length, 99, -1, 1);
  const dxs = layer.backward(r.slice(), ctx);
  const fresh = make();
  xs.forEach((x, k) => {
    if (!(opts.needGrad?.[k] ?? true)) return;
    const dx = dxs[k]!;
    expect(dx, `gradient of input ${k}`).toBeDefined();
    for (let i = 0; i < x.data.length; i++) {
      const plus = x.data.slice(); plus[i]! += eps;
      const minus = x.data.slice(); minus[i]! -= eps;
      const at = (d: Float32Array) => lossOf(fresh, xs.map((v, j) => (j === k ? withData(v, d) : v)), ctxOf(params), r);
      const num = (at(plus) - at(minus)) / (2 * eps);
      expect(Math.abs(num - dx[i]!), `input ${k} element ${i}: numeric ${num} analytic ${dx[i]}`).toBeLessThanOrEqual(tol * (1 + Math.abs(dx[i]!)));
    }
  });
  const [p0, p1] = opts.paramRange ?? [0, params.length];
  for (let i = p0; i < p1; i++) {
    const plus = params.slice(); plus[i]! += eps;
    const minus = params.slice(); minus[i]! -= eps;
    const num = (lossOf(fresh, xs, ctxOf(plus), r) - lossOf(fresh, xs, ctxOf(minus), r)) / (2 * eps);
    expect(Math.abs(num - ctx.grads[i]!), `param ${i}: numeric ${num} analytic ${ctx.grads[i]}`).toBeLessThanOrEqual(tol * (1 + Math.abs(ctx.grads[i]!)));
  }
}
