// An independent float64 oracle for the importer tests: the ONNX ops written as plain loops straight from
// the ONNX operator definitions (not from accsim's ops), on NCHW data.

/** A float64 tensor. */
export interface T64 {
  readonly shape: number[];
  readonly data: Float64Array;
}

export const t64 = (shape: number[], data: ArrayLike<number>): T64 => ({ shape, data: Float64Array.from(data) });

/** ONNX Conv (2-D) with pads [top, left, bottom, right], strides, dilations and group. */
export function conv(x: T64, w: T64, b: ArrayLike<number> | undefined, o: { strides?: number[]; pads?: number[]; dilations?: number[]; group?: number } = {}): T64 {
  const [n, c, h, wd] = x.shape as [number, number, number, number];
  const [m, cg, kh, kw] = w.shape as [number, number, number, number];
  const [sh, sw] = o.strides ?? [1, 1];
  const [pt, pl, pb, pr] = o.pads ?? [0, 0, 0, 0];
  const [dh, dw] = o.dilations ?? [1, 1];
  const g = o.group ?? 1;
  const ho = Math.floor((h + pt! + pb! - dh! * (kh - 1) - 1) / sh!) + 1;
  const wo = Math.floor((wd + pl! + pr! - dw! * (kw - 1) - 1) / sw!) + 1;
  const out = new Float64Array(n * m * ho * wo);
  const mPerG = m / g;
  for (let ni = 0; ni < n; ni++) for (let oc = 0; oc < m; oc++) for (let oy = 0; oy < ho; oy++) for (let ox = 0; ox < wo; ox++) {
    let acc = b ? b[oc]! : 0;
    const grp = Math.floor(oc / mPerG);
    for (let ic = 0; ic < cg; ic++) for (let ky = 0; ky < kh; ky++) for (let kx = 0; kx < kw; kx++) {
      const iy = oy * sh! - pt! + ky * dh!;
      const ix = ox * sw! - pl! + kx * dw!;
      if (iy < 0 || iy >= h || ix < 0 || ix >= wd) continue;
      acc += x.data[((ni * c + grp * cg + ic) * h + iy) * wd + ix]! * w.data[((oc * cg + ic) * kh + ky) * kw + kx]!;
    }
    out[((ni * m + oc) * ho + oy) * wo + ox] = acc;
  }
  return { shape: [n, m, ho, wo], data: out };
}

/** Inference BatchNormalization over axis 1. */
export function batchNorm(x: T64, scale: ArrayLike<number>, bias: ArrayLike<number>, mean: ArrayLike<number>, variance: ArrayLike<number>, eps = 1e-5): T64 {
  const c = x.shape[1]!;
  const inner = x.data.length / (x.shape[0]! * c);
  const out = x.data.map((v, i) => {
    const ch = Math.floor(i / inner) % c;
    return (v - mean[ch]!) / Math.sqrt(variance[ch]! + eps) * scale[ch]! + bias[ch]!;
  });
  return { shape: [...x.shape], data: out };
}

export const map = (x: T64, f: (v: number) => number): T64 => ({ shape: [...x.shape], data: x.data.map(f) });
export const relu = (x: T64): T64 => map(x, (v) => Math.max(v, 0));
export const clip = (x: T64, lo: number, hi: number): T64 => map(x, (v) => Math.min(Math.max(v, lo), hi));

/** Elementwise op of two same-shape tensors. */
export function zip(a: T64, b: T64, f: (x: number, y: number) => number): T64 {
  return { shape: [...a.shape], data: a.data.map((v, i) => f(v, b.data[i]!)) };
}

/** Elementwise op of x [N,C,H,W] with a per-channel constant k [C] (ONNX broadcast of [C,1,1]). */
export function perChannel(x: T64, k: ArrayLike<number>, f: (x: number, y: number) => number): T64 {
  const c = x.shape[1]!;
  const inner = x.data.length / (x.shape[0]! * c);
  return { shape: [...x.shape], data: x.data.map((v, i) => f(v, k[Math.floor(i / inner) % c]!)) };
}

/**
 * MaxPool / AveragePool with pads [top, left, bottom, right]; `countPad` is count_include_pad. `ceil`: the
 * output size rounds up, and a last window that would start in the end padding is dropped (PyTorch).
 */
export function pool(x: T64, kind: 'max' | 'avg', k: number[], s: number[], pads: number[], countPad = false, ceil = false): T64 {
  const [n, c, h, w] = x.shape as [number, number, number, number];
  const extent = (size: number, begin: number, end: number, kk: number, ss: number): number => {
    if (!ceil) return Math.floor((size + begin + end - kk) / ss) + 1;
    const o = Math.ceil((size + begin + end - kk) / ss) + 1;
    return (o - 1) * ss >= size + begin ? o - 1 : o;
  };
  const ho = extent(h, pads[0]!, pads[2]!, k[0]!, s[0]!);
  const wo = extent(w, pads[1]!, pads[3]!, k[1]!, s[1]!);
  const out = new Float64Array(n * c * ho * wo);
  for (let p = 0; p < n * c; p++) for (let oy = 0; oy < ho; oy++) for (let ox = 0; ox < wo; ox++) {
    let acc = kind === 'max' ? -Infinity : 0;
    let count = 0;
    for (let ky = 0; ky < k[0]!; ky++) for (let kx = 0; kx < k[1]!; kx++) {
      const iy = oy * s[0]! - pads[0]! + ky;
      const ix = ox * s[1]! - pads[1]! + kx;
      // Windows are clipped to the padded extent [−pad_begin, size + pad_end).
      if (iy >= h + pads[2]! || ix >= w + pads[3]!) continue;
      if (iy < 0 || iy >= h || ix < 0 || ix >= w) { if (countPad) count++; continue; }
      const v = x.data[(p * h + iy) * w + ix]!;
      acc = kind === 'max' ? Math.max(acc, v) : acc + v;
      count++;
    }
    out[(p * ho + oy) * wo + ox] = kind === 'max' ? acc : acc / count;
  }
  return { shape: [n, c, ho, wo], data: out };
}

/** GlobalAveragePool → [N, C, 1, 1]. */
export function globalAvgPool(x: T64): T64 {
  const [n, c] = x.shape as [number, number];
  const inner = x.data.length / (n * c);
  const out = new Float64Array(n * c);
  for (let p = 0; p < n * c; p++) {
    let s = 0;
    for (let i = 0; i < inner; i++) s += x.data[p * inner + i]!;
    out[p] = s / inner;
  }
  return { shape: [n, c, 1, 1], data: out };
}

/** A [M,K] × B [K,N] (both row-major), optional transposes as in ONNX Gemm. */
export function matmul(a: T64, b: T64, transA = false, transB = false): T64 {
  const [m, k] = transA ? [a.shape[1]!, a.shape[0]!] : [a.shape[0]!, a.shape[1]!];
  const n = transB ? b.shape[0]! : b.shape[1]!;
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) {
      const av = transA ? a.data[p * m + i]! : a.data[i * k + p]!;
      const bv = transB ? b.data[j * k + p]! : b.data[p * n + j]!;
      s += av * bv;
    }
    out[i * n + j] = s;
  }
  return { shape: [m, n], data: out };
}

/** Largest |a − b| over two equally long arrays. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

/** Zero padding of H and W: pads [top, left, bottom, right]. */
export function pad2d(x: T64, pads: number[]): T64 {
  const [n, c, h, w] = x.shape as [number, number, number, number];
  const [pt, pl, pb, pr] = pads as [number, number, number, number];
  const ho = h + pt + pb, wo = w + pl + pr;
  const out = new Float64Array(n * c * ho * wo);
  for (let p = 0; p < n * c; p++) for (let y = 0; y < h; y++) for (let xx = 0; xx < w; xx++) out[(p * ho + y + pt) * wo + xx + pl] = x.data[(p * h + y) * w + xx]!;
  return { shape: [n, c, ho, wo], data: out };
}

/** The ONNX activations, from their definitions. */
export const leakyRelu = (x: T64, alpha: number): T64 => map(x, (v) => (v >= 0 ? v : alpha * v));
export const sigmoid = (x: T64): T64 => map(x, (v) => 1 / (1 + Math.exp(-v)));
export const hardSwish = (x: T64): T64 => map(x, (v) => (v * Math.min(Math.max(v + 3, 0), 6)) / 6);

/** Mean over H and W of [N,C,H,W] → [N,C]. */
export function meanHW(x: T64): T64 {
  const g = globalAvgPool(x);
  return { shape: [x.shape[0]!, x.shape[1]!], data: g.data };
}
