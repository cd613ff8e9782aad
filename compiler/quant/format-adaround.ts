// AdaRound on the FP8 grid (docs/QUANTIZATION.md "FP8 weight rounding and bias correction"; the fp8 preset): each weight w/s of a per-tensor
// E4M3 tensor lies between two neighbouring E4M3 values, a step e = 2^(E − 3) apart in its binade E (the
// subnormal step 2^−9 below the smallest normal); adaroundRows (adaround.ts, its per-element-step form)
// learns for each weight which of the two minimizes the layer's output error on calibration inputs (the
// Gram matrix of its im2col rows). The result is an ordinary per-tensor E4M3 tensor: only which code each
// weight takes changes, so the format semantics (INTEGER-SEMANTICS.md §14) and the datapath are untouched.
import type { Attrs } from '../ir/graph.js';
import { numAttr } from '../ir/op-spec.js';
import { readWindow2d } from '../ir/ops/conv-geometry.js';
import { assert } from '../../core/diagnostics.js';
import { floorLog2 } from '../../core/element-codec.js';
import type { FpElement } from '../../core/number-formats.js';
import { ADAROUND_DEFAULTS, adaroundRows, gramMatrix } from './adaround.js';
import type { FormatTensor } from './format-quantize.js';

/** The distance between the two E4M3 (any fp element) values around |t| (t in element units). */
export function fpStep(t: number, el: FpElement): number {
  const a = Math.abs(t);
  const minNormalExp = 1 - el.bias;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at a = 0, floorLog2(0) = −∞, which Math.max clamps to minNormalExp: the same step (fpStep(0) is tested; t is finite: weights / a positive scale); → false and a <= 0 are killed but ignored with them
  return 2 ** (Math.max(a > 0 ? floorLog2(a) : minNormalExp, minNormalExp) - el.manBits);
}

/** A GEMM's geometry for its im2col rows: dense [F], or conv2d over one image [C, H, W]. */
export interface GemmGeometry {
  readonly kind: 'dense' | 'conv2d';
  /** conv2d: input [C, H, W], kernel [kh, kw], stride, pad [top, left, bottom, right], dilation, groups. */
  readonly inShape: readonly number[];
  readonly kernel?: readonly [number, number];
  readonly stride?: readonly [number, number];
  readonly pad?: readonly number[];
  readonly dilation?: readonly [number, number];
  readonly groups?: number;
}

/** The geometry of a conv2d/dense node from its attributes, its input shape [N, …] and weight shape. */
export function gemmGeometry(op: string, attrs: Attrs, inShape: readonly number[], wShape: readonly number[]): GemmGeometry {
  if (op === 'dense') return { kind: 'dense', inShape: inShape.slice(1) };
  const win = readWindow2d(attrs, [wShape[2]!, wShape[3]!]);
  return {
    kind: 'conv2d', inShape: inShape.slice(1), kernel: [win.h.kernel, win.w.kernel], stride: [win.h.stride, win.w.stride],
    pad: [win.h.padBegin, win.w.padBegin, win.h.padEnd, win.w.padEnd], dilation: [win.h.dilation, win.w.dilation], groups: numAttr(attrs, 'groups'),
  };
}

/** The number of Gram matrices of a GEMM (its groups) and their size K. */
export function gramShape(geo: GemmGeometry, wShape: readonly number[]): { groups: number; k: number } {
  return { groups: geo.groups ?? 1, k: wShape.slice(1).reduce((a, b) => a * b, 1) };
}

/**
 * Σ over the rows of x's im2col of p·pᵀ per group (unnormalized), K in the weights' (c, ky, kx) order, and
 * the row count: what gramMatrix normalizes. Adds into `acc` (one K×K array per group).
 */
export function accumulateGram(x: Float32Array, geo: GemmGeometry, acc: Float64Array[]): number {
  if (geo.kind === 'dense') {
    const g = gramMatrix(Float64Array.from(x), 1, x.length);
    // Stryker disable next-line EqualityOperator: i <= length adds into acc[0][K·K], past its end (dropped); the >= flip is killed
    for (let i = 0; i < g.length; i++) acc[0]![i]! += g[i]!;
    return 1;
  }
  const [c, h, w] = geo.inShape as [number, number, number];
  const [kh, kw] = geo.kernel!;
  const [sh, sw] = geo.stride!;
  const [dh, dw] = geo.dilation!;
  const pad = geo.pad!;
  const groups = geo.groups!;
  const cg = c / groups;
  const k = cg * kh * kw;
  const hOut = Math.floor((h + pad[0]! + pad[2]! - dh * (kh - 1) - 1) / sh) + 1;
  const wOut = Math.floor((w + pad[1]! + pad[3]! - dw * (kw - 1) - 1) / sw) + 1;
  const rows = hOut * wOut;
  for (let g = 0; g < groups; g++) {
    const patches = new Float64Array(rows * k);
    let r = 0;
    // Stryker disable next-line EqualityOperator: oy <= hOut fills rows r ≥ rows, whose patch indices are past the end (dropped); the >= flip is killed
    for (let oy = 0; oy < hOut; oy++) {
      for (let ox = 0; ox < wOut; ox++, r++) {
        for (let ci = 0; ci < cg; ci++) {
          for (let ky = 0; ky < kh; ky++) {
            const y = oy * sh - pad[0]! + ky * dh;
            for (let kx = 0; kx < kw; kx++) {
              const xx = ox * sw - pad[1]! + kx * dw;
              if (y >= 0 && y < h && xx >= 0 && xx < w) patches[r * k + (ci * kh + ky) * kw + kx] = x[((g * cg + ci) * h + y) * w + xx]!;
            }
          }
        }
      }
    }
    const gram = gramMatrix(patches, rows, k);
    // Stryker disable next-line EqualityOperator: i <= length adds into acc[g][K·K], past its end (dropped); the >= flip is killed
    for (let i = 0; i < gram.length; i++) acc[g]![i]! += gram[i]! * rows;
  }
  return rows;
}

/**
 * Per-tensor fp weights w [O, K…] with real scale `scale`, each weight rounded up or down by AdaRound on the
 * per-group Gram matrices `grams` (normalized: Σ p·pᵀ / rows). Weights beyond ±maxNormal saturate as in
 * round-to-nearest. The returned tensor is what quantizeWeights returns, with other codes.
 */
export function adaroundFpWeights(w: Float32Array, shape: readonly number[], scale: number, el: FpElement, grams: readonly Float64Array[]): FormatTensor {
  const o = shape[0]!;
  const k = w.length / o;
  const groups = grams.length;
  assert(o % groups === 0 && grams.every((g) => g.length === k * k), 'AdaRound FP8: one K×K Gram matrix per group');
  const vals = new Float64Array(w.length);
  const rowsPer = o / groups;
  for (let g = 0; g < groups; g++) {
    const lo = g * rowsPer * k;
    const hi = (g + 1) * rowsPer * k;
    const wg = w.subarray(lo, hi);
    const steps = Float64Array.from(wg, (v) => scale * fpStep(v / scale, el));
    const q = adaroundRows(wg, steps, rowsPer, k, -(2 ** 30), 2 ** 30, grams[g]!, ADAROUND_DEFAULTS);
    // Stryker disable next-line EqualityOperator: i <= length writes NaN into vals[hi], the next group's first weight, which that group rewrites (past the end for the last); the >= flip is killed
    for (let i = 0; i < q.length; i++) {
      const v = q[i]! * (steps[i]! / scale);
      vals[lo + i] = Math.max(-el.maxNormal, Math.min(el.maxNormal, v));
    }
  }
  return { shape, vals, exps: new Int16Array(w.length), realScale: scale };
}
