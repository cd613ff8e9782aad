// Sliding windows over any number of spatial axes, in float: convolution, max/average pooling and transposed
// convolution on [N, C, spatial...] data. Used by the 3-D ops, conv_transpose and dilated pools; the 2-D
// conv2d keeps its own faster loop nest. Float semantics as conv2d/pool.ts: products and sums in float64
// (bias first, then channel-major, taps in row-major order), one rounding to f32 at the end.
import type { Tensor, TensorType } from '../tensor.js';
import { numel } from '../tensor.js';

/** A window over `kernel.length` spatial axes. */
export interface NdWindow {
  readonly kernel: readonly number[];
  readonly stride: readonly number[];
  readonly dilation: readonly number[];
  readonly padBegin: readonly number[];
  readonly padEnd: readonly number[];
}

/** Every spatial position of a shape, row-major, as index lists (small helper for the loops below). */
function positions(shape: readonly number[]): number[][] {
  const out: number[][] = [];
  const idx = new Array<number>(shape.length).fill(0);
  if (shape.some((d) => d === 0)) return out;
  for (;;) {
    out.push([...idx]);
    let d = shape.length - 1;
    for (; d >= 0; d--) {
      if (++idx[d]! < shape[d]!) break;
      idx[d] = 0;
    }
    if (d < 0) return out;
  }
}

/** Row-major offset of `pos` in `shape`, or −1 when a coordinate is outside. */
function offsetOf(pos: readonly number[], shape: readonly number[]): number {
  let off = 0;
  for (let d = 0; d < shape.length; d++) {
    const p = pos[d]!;
    if (p < 0 || p >= shape[d]!) return -1;
    off = off * shape[d]! + p;
  }
  return off;
}

/** For each output position: the input offset (−1 in the padding) of every kernel tap, row-major taps. */
function tapOffsets(inSpatial: readonly number[], outSpatial: readonly number[], win: NdWindow): Int32Array[] {
  const taps = positions(win.kernel);
  return positions(outSpatial).map((o) => Int32Array.from(taps, (k) =>
    offsetOf(k.map((ki, d) => o[d]! * win.stride[d]! - win.padBegin[d]! + ki * win.dilation[d]!), inSpatial)));
}

/** Convolution: x [N, Cin, s...], w [Cout, Cin/groups, k...], b [Cout] → output [N, Cout, o...]. */
export function convNd(x: Tensor, w: Tensor, b: Tensor | undefined, groups: number, win: NdWindow, output: TensorType): Tensor {
  const [n, cin] = x.type.shape as [number, number];
  const [cout, cinG] = w.type.shape as [number, number];
  const inSize = numel(x.type.shape.slice(2));
  const taps = tapOffsets(x.type.shape.slice(2), output.shape.slice(2), win);
  const k = numel(win.kernel);
  const xd = x.data as Float32Array;
  const wd = w.data as Float32Array;
  const out = new Float32Array(numel(output.shape));
  const coutG = cout / groups;
  let o = 0;
  for (let ni = 0; ni < n; ni++) {
    for (let oc = 0; oc < cout; oc++) {
      const ic0 = Math.floor(oc / coutG) * cinG;
      for (const t of taps) {
        let acc = b === undefined ? 0 : (b.data as Float32Array)[oc]!;
        for (let c = 0; c < cinG; c++) {
          const plane = (ni * cin + ic0 + c) * inSize;
          const wRow = (oc * cinG + c) * k;
          for (let i = 0; i < k; i++) if (t[i]! >= 0) acc += wd[wRow + i]! * xd[plane + t[i]!]!;
        }
        out[o++] = acc;
      }
    }
  }
  return { type: output, data: out };
}

/**
 * Pooling: max over the real taps, or their mean; the mean divides by the real taps, or with
 * `countPad` by the taps inside the padded extent [−padBegin, size + padEnd) of every axis.
 */
export function poolNd(x: Tensor, kind: 'max' | 'avg', win: NdWindow, countPad: boolean, output: TensorType): Tensor {
  const inSpatial = x.type.shape.slice(2);
  const outSpatial = output.shape.slice(2);
  const planes = x.type.shape[0]! * x.type.shape[1]!;
  const inSize = numel(inSpatial);
  const taps = tapOffsets(inSpatial, outSpatial, win);
  const kernelTaps = positions(win.kernel);
  // The divisor with count_include_pad: taps inside the padded extent, per output position.
  const padded = positions(outSpatial).map((o) => kernelTaps.filter((k) => k.every((ki, d) => {
    const p = o[d]! * win.stride[d]! - win.padBegin[d]! + ki * win.dilation[d]!;
    return p >= -win.padBegin[d]! && p < inSpatial[d]! + win.padEnd[d]!;
  })).length);
  const xd = x.data as Float32Array;
  const out = new Float32Array(planes * taps.length);
  let o = 0;
  for (let p = 0; p < planes; p++) {
    const base = p * inSize;
    taps.forEach((t, j) => {
      let acc = kind === 'max' ? -Infinity : 0;
      let count = 0;
      for (let i = 0; i < t.length; i++) {
        if (t[i]! < 0) continue;
        const v = xd[base + t[i]!]!;
        if (kind === 'max') acc = v > acc || Number.isNaN(v) ? v : acc;
        else acc += v;
        count++;
      }
      out[o++] = kind === 'max' ? acc : acc / (countPad ? padded[j]! : count);
    });
  }
  return { type: output, data: out };
}

/** Where a transposed convolution reads its weights: the offset of tap 0 of (input channel ic, output channel oc). */
export type TapRow = (ic: number, oc: number) => number;

/**
 * The float64 sums of a transposed convolution: x [N, Cin, s...] (any number array), output channels
 * `cout` in `groups` groups, weight taps at wd[row(ic, oc) + tap], bias(oc) first, then every
 * (input position, tap) with out = in·stride + tap·dilation − padBegin, in input order. Exact when the
 * operands are integers (the integer op's accumulators).
 */
export function transposedConvSums(xd: ArrayLike<number>, xShape: readonly number[], wd: ArrayLike<number>, row: TapRow, cout: number, groups: number,
  win: NdWindow, outSpatial: readonly number[], bias: (oc: number) => number): Float64Array {
  const [n, cin] = xShape as [number, number];
  const cinG = cin / groups;
  const coutG = cout / groups;
  const outSize = numel(outSpatial);
  const inPositions = positions(xShape.slice(2));
  const kernelTaps = positions(win.kernel);
  const k = kernelTaps.length;
  // For every (input position, tap): the output offset, or −1 when it falls outside the output.
  const target = inPositions.map((p) => Int32Array.from(kernelTaps, (t) =>
    offsetOf(t.map((ti, d) => p[d]! * win.stride[d]! + ti * win.dilation[d]! - win.padBegin[d]!), outSpatial)));
  const sums = new Float64Array(n * cout * outSize);
  for (let ni = 0; ni < n; ni++) {
    for (let oc = 0; oc < cout; oc++) {
      const acc = sums.subarray((ni * cout + oc) * outSize, (ni * cout + oc + 1) * outSize);
      acc.fill(bias(oc));
      const g = Math.floor(oc / coutG);
      for (let c = 0; c < cinG; c++) {
        const ic = g * cinG + c;
        const plane = (ni * cin + ic) * inPositions.length;
        const wRow = row(ic, oc);
        target.forEach((t, i) => {
          const v = xd[plane + i]!;
          for (let j = 0; j < k; j++) if (t[j]! >= 0) acc[t[j]!] += v * wd[wRow + j]!;
        });
      }
    }
  }
  return sums;
}

/**
 * Transposed convolution: x [N, Cin, s...], w [Cin, Cout/groups, k...], b [Cout] → output [N, Cout, o...]
 * with y[out] = b + Σ x[in]·w[tap] over every (in, tap) with out = in·stride + tap·dilation − padBegin.
 */
export function convTransposeNd(x: Tensor, w: Tensor, b: Tensor | undefined, groups: number, win: NdWindow, output: TensorType): Tensor {
  const coutG = w.type.shape[1]!;
  const k = numel(win.kernel);
  const row: TapRow = (ic, oc) => (ic * coutG + (oc % coutG)) * k;
  const bias = (oc: number) => (b === undefined ? 0 : (b.data as Float32Array)[oc]!);
  const sums = transposedConvSums(x.data as Float32Array, x.type.shape, w.data as Float32Array, row, coutG * groups, groups, win, output.shape.slice(2), bias);
  return { type: output, data: Float32Array.from(sums) };
}
