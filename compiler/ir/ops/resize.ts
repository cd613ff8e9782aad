// resize: ONNX Resize (nearest, linear, cubic; every coordinate transformation mode), any rank, separable:
// each axis whose size or scale changes is resampled in turn. Float semantics: for output index o of an axis
// with input size n, output size m and scale s (given, or m/n when sizes were given):
//   x = the source coordinate of o by coordinate_transformation_mode:
//       half_pixel (o + 1/2)/s − 1/2 · half_pixel_symmetric the same shifted by n/2·(1 − m/(s·n)) ·
//       pytorch_half_pixel like half_pixel but −1/2 when s·n = 1 · asymmetric o/s · tf_half_pixel_for_nn (o + 1/2)/s ·
//       align_corners o·(n − 1)/(s·n − 1) (0 when s·n = 1) · tf_crop_and_resize from roi
//   nearest: the input at x when x is an integer, else at floor(x) or floor(x) + 1 by nearest_mode
//            (round_prefer_floor: + 1 iff frac > 1/2; round_prefer_ceil: iff frac ≥ 1/2; floor; ceil)
//   linear/cubic: Σ_k c_k·in[i_k] over the 2 (4) nearest indices, c from the linear or Keys cubic kernel
//            (cubic_coeff_a), widened by 1/s when antialias and s < 1; exclude_outside drops the weights of
//            indices outside [0, n) and renormalises.
// Indices are clamped to [0, n − 1] (edge padding); tf_crop_and_resize gives extrapolation_value where x
// falls outside [0, n − 1]. Sums run in float64 over all axes and are rounded once to f32. Nearest moves
// values without arithmetic, so it also serves integer tensors (the integer reference's layout rule).
import type { Attrs } from '../graph.js';
import { type AttrSpec, type OpSpec, boolAttr, intsAttr, numAttr, requireFloat, shapeError } from '../op-spec.js';
import { allocate } from '../dtype.js';
import { type Tensor, type TensorType, formatShape, numel, stridesOf, tensorType } from '../tensor.js';

const oneOf = (options: readonly string[]) => (v: unknown): string | undefined => (options.includes(v as string) ? undefined : options.join(', '));
export const COORDINATE_MODES = ['half_pixel', 'half_pixel_symmetric', 'pytorch_half_pixel', 'align_corners', 'asymmetric', 'tf_half_pixel_for_nn', 'tf_crop_and_resize'] as const;
export const NEAREST_MODES = ['round_prefer_floor', 'round_prefer_ceil', 'floor', 'ceil'] as const;

const RESIZE_ATTRS: Readonly<Record<string, AttrSpec>> = {
  sizes: { kind: 'ints', doc: 'the output shape (every axis)' },
  scales: { kind: 'floats', doc: 'per axis, the scale of the coordinate transformation (output/input unless given otherwise)' },
  mode: { kind: 'string', default: 'nearest', doc: 'nearest, linear or cubic', check: oneOf(['nearest', 'linear', 'cubic']) },
  coordinate_transformation_mode: { kind: 'string', default: 'half_pixel', doc: COORDINATE_MODES.join(', '), check: oneOf(COORDINATE_MODES) },
  nearest_mode: { kind: 'string', default: 'round_prefer_floor', doc: NEAREST_MODES.join(', '), check: oneOf(NEAREST_MODES) },
  cubic_coeff_a: { kind: 'float', default: -0.75, doc: 'the a of the Keys cubic kernel' },
  exclude_outside: { kind: 'bool', default: false, doc: 'drop the weights of taps outside the input and renormalise' },
  antialias: { kind: 'bool', default: false, doc: 'linear/cubic: widen the kernel by 1/scale when downsampling' },
  extrapolation_value: { kind: 'float', default: 0, doc: 'tf_crop_and_resize: the value outside the input' },
  roi: { kind: 'floats', default: [], doc: 'tf_crop_and_resize: per axis starts, then ends, normalised to [0, 1]' },
};

/** The taps of one output index: input indices (−1: extrapolated) and weights. */
interface Taps { readonly index: Int32Array; readonly weight: Float64Array }

/** The source coordinate of output index o, or undefined when tf_crop_and_resize extrapolates. */
function sourceCoordinate(o: number, n: number, m: number, s: number, attrs: Attrs, axis: number, rank: number): number | undefined {
  const width = s * n;
  switch (attrs['coordinate_transformation_mode'] as string) {
    case 'asymmetric': return o / s;
    case 'tf_half_pixel_for_nn': return (o + 0.5) / s;
    case 'align_corners': return width === 1 ? 0 : (o * (n - 1)) / (width - 1);
    case 'pytorch_half_pixel': return width === 1 ? -0.5 : (o + 0.5) / s - 0.5;
    case 'half_pixel_symmetric': return (n / 2) * (1 - m / width) + (o + 0.5) / s - 0.5;
    case 'tf_crop_and_resize': {
      const roi = attrs['roi'] as readonly number[];
      const [r0, r1] = [roi[axis]!, roi[axis + rank]!];
      const x = (width === 1 ? ((r1 - r0) * (n - 1)) / 2 : (o * (r1 - r0) * (n - 1)) / (width - 1)) + r0 * (n - 1);
      return x < 0 || x > n - 1 ? undefined : x;
    }
    default: return (o + 0.5) / s - 0.5;
  }
}

function nearestOffset(frac: number, mode: string): number {
  if (mode === 'floor') return 0;
  if (mode === 'ceil') return 1;
  return frac > 0.5 || (frac === 0.5 && mode === 'round_prefer_ceil') ? 1 : 0;
}

/** Keys' cubic convolution kernel with parameter a. */
function keys(t: number, a: number): number {
  const x = Math.abs(t);
  if (x <= 1) return ((a + 2) * x - (a + 3)) * x * x + 1;
  if (x < 2) return ((a * x - 5 * a) * x + 8 * a) * x - 4 * a;
  return 0;
}

/** Interpolation weights for fraction r ∈ (0, 1] of the even-sized window starting at tap `first − floor`. */
function kernelWeights(r: number, s: number, attrs: Attrs): { first: number; w: number[] } {
  const cubic = attrs['mode'] === 'cubic';
  const a = numAttr(attrs, 'cubic_coeff_a');
  const scale = boolAttr(attrs, 'antialias') ? Math.min(s, 1) : 1;
  const start = cubic ? Math.floor(-2 / scale) + 1 : Math.floor(-1 / scale) + 1;
  const w: number[] = [];
  for (let i = start; i < 2 - start; i++) w.push(cubic ? keys(scale * (i - r), a) : Math.max(0, 1 - Math.abs(scale * (i - r))));
  const sum = scale === 1 ? 1 : w.reduce((p, q) => p + q, 0);
  return { first: start, w: w.map((v) => v / sum) };
}

/** The taps of every output index of one axis. */
function axisTaps(n: number, m: number, s: number, attrs: Attrs, axis: number, rank: number): Taps[] {
  const clampIndex = (i: number) => Math.min(n - 1, Math.max(0, i));
  return Array.from({ length: m }, (_, o) => {
    const x = sourceCoordinate(o, n, m, s, attrs, axis, rank);
    if (x === undefined) return { index: Int32Array.of(-1), weight: Float64Array.of(1) };
    const fl = Math.floor(x);
    const integer = x === fl;
    if (attrs['mode'] === 'nearest') {
      return { index: Int32Array.of(clampIndex(integer ? x : fl + nearestOffset(x - fl, attrs['nearest_mode'] as string))), weight: Float64Array.of(1) };
    }
    // An integer coordinate is fraction 1 of the window one to the left (ONNX's convention).
    const base = integer ? fl - 1 : fl;
    const { first, w } = kernelWeights(integer ? 1 : x - fl, s, attrs);
    const raw = w.map((_, k) => base + first + k);
    if (boolAttr(attrs, 'exclude_outside')) {
      const kept = w.map((v, k) => (raw[k]! < 0 || raw[k]! >= n ? 0 : v));
      const total = kept.reduce((p, q) => p + q, 0);
      w.splice(0, w.length, ...kept.map((v) => (total === 0 ? v : v / total)));
    }
    return { index: Int32Array.from(raw, clampIndex), weight: Float64Array.from(w) };
  });
}

/** Resamples one axis of a float64 tensor. */
function resampleAxis(src: Float64Array, shape: number[], axis: number, taps: Taps[], fill: number): Float64Array {
  const outer = numel(shape.slice(0, axis));
  const inner = numel(shape.slice(axis + 1));
  const n = shape[axis]!;
  const out = new Float64Array(outer * taps.length * inner);
  for (let p = 0; p < outer; p++) {
    for (let o = 0; o < taps.length; o++) {
      const t = taps[o]!;
      const dst = (p * taps.length + o) * inner;
      for (let k = 0; k < t.index.length; k++) {
        const i = t.index[k]!;
        const w = t.weight[k]!;
        for (let j = 0; j < inner; j++) out[dst + j] += i < 0 ? fill * w : w * src[(p * n + i) * inner + j]!;
      }
    }
  }
  return out;
}

/** Axes the resize changes (size or scale). */
function activeAxes(inShape: readonly number[], attrs: Attrs): number[] {
  const sizes = intsAttr(attrs, 'sizes');
  const scales = attrs['scales'] as readonly number[];
  const cropping = attrs['coordinate_transformation_mode'] === 'tf_crop_and_resize';
  return inShape.map((_, d) => d).filter((d) => cropping || sizes[d] !== inShape[d] || scales[d] !== 1);
}

/**
 * Per axis, the input index each output index of a nearest resize copies (−1: tf_crop_and_resize's
 * extrapolation value); the identity on axes the resize leaves alone. The reference's gather and the
 * lowering's copy (compiler/lower/spatial-copy.ts) both read these maps, so they cannot disagree.
 */
export function nearestSourceMaps(inShape: readonly number[], attrs: Attrs): number[][] {
  const scales = attrs['scales'] as readonly number[];
  const axes = activeAxes(inShape, attrs);
  return intsAttr(attrs, 'sizes').map((m, d) => (axes.includes(d) ? axisTaps(inShape[d]!, m, scales[d]!, attrs, d, inShape.length).map((t) => t.index[0]!) : Array.from({ length: m }, (_, o) => o)));
}

function evalResize(x: Tensor, attrs: Attrs, output: TensorType): Tensor {
  const inShape = x.type.shape;
  const scales = attrs['scales'] as readonly number[];
  const sizes = intsAttr(attrs, 'sizes');
  const axes = activeAxes(inShape, attrs);
  if (attrs['mode'] === 'nearest') {
    // A gather: per axis the source index of each output index, then one walk (any dtype).
    const strides = stridesOf(inShape);
    const maps = nearestSourceMaps(inShape, attrs);
    const out = allocate(output.dtype, numel(sizes));
    const fill = numAttr(attrs, 'extrapolation_value');
    const idx = new Array<number>(sizes.length).fill(0);
    for (let o = 0; o < out.length; o++) {
      let off = 0;
      for (let d = 0; d < sizes.length && off >= 0; d++) off = maps[d]![idx[d]!]! < 0 ? -1 : off + maps[d]![idx[d]!]! * strides[d]!;
      out[o] = off < 0 ? fill : (x.data[off] as number);
      for (let d = sizes.length - 1; d >= 0; d--) {
        if (++idx[d]! < sizes[d]!) break;
        idx[d] = 0;
      }
    }
    return { type: output, data: out };
  }
  let data: Float64Array = Float64Array.from(x.data as Float32Array);
  const shape = [...inShape];
  for (const d of axes) {
    const taps = axisTaps(inShape[d]!, sizes[d]!, scales[d]!, attrs, d, inShape.length);
    data = resampleAxis(data, shape, d, taps, numAttr(attrs, 'extrapolation_value'));
    shape[d] = sizes[d]!;
  }
  return { type: output, data: Float32Array.from(data) };
}

/** resize(x) {sizes, scales, mode, …}: x [d…] → sizes; see the file header for the semantics. */
export const resize: OpSpec = {
  name: 'resize',
  // Nearest without tf_crop_and_resize's extrapolation value only copies elements.
  movesCodes: (attrs) => attrs['mode'] === 'nearest' && attrs['coordinate_transformation_mode'] !== 'tf_crop_and_resize',
  summary: 'resample to `sizes` (nearest, linear or cubic; ONNX Resize semantics)',
  shapes: 'x → sizes',
  quantization: 'nearest moves the codes; linear and cubic: none (QMOD006)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: RESIZE_ATTRS,
  inferType([x], attrs, ctx) {
    const rank = x!.shape.length;
    const sizes = intsAttr(attrs, 'sizes');
    const scales = attrs['scales'] as readonly number[];
    const roi = attrs['roi'] as readonly number[];
    if (attrs['mode'] !== 'nearest') requireFloat(ctx, 'x', x!);
    if (sizes.length !== rank || sizes.some((d) => !Number.isInteger(d) || d < 0)) shapeError(ctx, `sizes ${formatShape(sizes)} must be ${rank} non-negative integers for x ${formatShape(x!.shape)}`);
    if (scales.length !== rank || scales.some((s) => !(s > 0) || !Number.isFinite(s))) shapeError(ctx, `scales [${scales.join(',')}] must be ${rank} positive numbers`);
    if (attrs['coordinate_transformation_mode'] === 'tf_crop_and_resize' && roi.length !== 2 * rank) shapeError(ctx, `tf_crop_and_resize needs roi with ${2 * rank} entries`);
    if (x!.shape.some((d, i) => d === 0 && sizes[i] !== 0)) shapeError(ctx, `cannot resize the empty x ${formatShape(x!.shape)} to ${formatShape(sizes)}`);
    return tensorType(x!.dtype, sizes);
  },
  macs: () => 0,
  evalFloat: ([x], attrs, output) => evalResize(x!, attrs, output),
};
