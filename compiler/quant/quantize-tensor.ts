// Float ↔ integer tensors (quantize, dequantize, fake-quantize) and quantization parameters from a range.
import { fail } from '../../core/diagnostics.js';
import { ceilPowerOfTwo } from './multiplier.js';
import { makeQuantParams, qRange, checkParamsForShape, type QuantParams } from './quant-params.js';
import { clamp, roundHalfEven } from '../../core/rounding.js';

/** A diagnostic's subject ("tensor <name>", or `unnamed`) and node for tensor `name`. */
export function tensorSubject(name: string | undefined, unnamed = 'quantized tensor'): { subject: string; where: { node?: string } } {
  return name === undefined ? { subject: unnamed, where: {} } : { subject: `tensor ${name}`, where: { node: name } };
}

/** Float data as the graph stores it. */
export type FloatData = Float32Array | Float64Array | readonly number[];

/** One value on a uniform grid: `clamp(roundHalfEven(x / scale) + zeroPoint, qmin, qmax)` (ONNX QuantizeLinear). */
export function quantizeValue(x: number, scale: number, zeroPoint: number, qmin: number, qmax: number): number {
  return clamp(roundHalfEven(x / scale) + zeroPoint, qmin, qmax);
}

/** One binary value: x ≥ 0 → +1, x < 0 → −1 (0 is not a level; the sign of 0 is +1). */
export function binarizeValue(x: number): number {
  return x >= 0 ? 1 : -1;
}

/** `scale · (q − zeroPoint)`, computed in doubles. */
export function dequantizeValue(q: number, scale: number, zeroPoint: number): number {
  return scale * (q - zeroPoint);
}

/** `dequantizeValue(quantizeValue(x, …))`: the value the uniform integer grid gives back for x. */
export function fakeQuantizeValue(x: number, scale: number, zeroPoint: number, qmin: number, qmax: number): number {
  return scale * (quantizeValue(x, scale, zeroPoint, qmin, qmax) - zeroPoint);
}

/** Quantizes x with channel `c` of `p`: the sign for binary params (bits 1), the uniform grid otherwise. */
export function quantizeWithParams(x: number, p: QuantParams, c: number): number {
  return p.bits === 1 ? binarizeValue(x) : quantizeValue(x, p.scale[c]!, p.zeroPoint[c]!, p.qmin, p.qmax);
}

/**
 * Calls `fn(start, end, channel)` for each contiguous run of elements sharing one channel of a
 * row-major tensor (one run covering everything for per-tensor params).
 */
function forEachChannelRun(shape: readonly number[], axis: number | undefined, fn: (start: number, end: number, c: number) => void): void {
  const total = shape.reduce((a, d) => a * d, 1);
  if (axis === undefined) {
    fn(0, total, 0);
    return;
  }
  const channels = shape[axis]!;
  const inner = shape.slice(axis + 1).reduce((a, d) => a * d, 1);
  for (let start = 0, run = 0; start < total; start += inner, run++) fn(start, start + inner, run % channels);
}

function checkData(length: number, shape: readonly number[], p: QuantParams, name: string | undefined): void {
  const n = shape.reduce((a, d) => a * d, 1);
  const { subject, where } = tensorSubject(name);
  if (length !== n) fail('QNT004', `${subject}: data has ${length} elements, shape [${shape.join(',')}] needs ${n}`, where);
  checkParamsForShape(p, shape, name);
}

/**
 * Quantizes a float tensor with per-tensor or per-channel params (DESIGN §4, round half to even;
 * binary params take the sign).
 * NaN or ±∞ in the data → UserError QNT006 naming the tensor and the element.
 */
export function quantizeTensor(data: FloatData, shape: readonly number[], p: QuantParams, name?: string): Int32Array {
  return quantizeRuns(data, shape, p, name, new Int32Array(data.length));
}

/**
 * 1.5·2^52: for |t| < 2^51, t + ROUND_MAGIC lies in [2^52, 2^53), where doubles are the integers, so the
 * addition rounds t to an integer, ties to even (IEEE's default rounding; ROUND_MAGIC is even), and
 * subtracting it back is exact: roundHalfEven(t) without its floor and branches. For |t| ≥ 2^51 (or ∞) the
 * result keeps t's sign and a magnitude ≥ 2^51 − 1, past every integer range (≤ 32 bits, quant-params.ts),
 * so the clamp gives the same bound roundHalfEven's would; ±0 may differ, the same integer once z is added.
 */
const ROUND_MAGIC = 6755399441055744;

/** quantizeValue(x, scale, zeroPoint, qmin, qmax) for finite x: the same integer, computed faster. */
function quantizeFinite(x: number, scale: number, zeroPoint: number, qmin: number, qmax: number): number {
  return clamp(x / scale + ROUND_MAGIC - ROUND_MAGIC + zeroPoint, qmin, qmax);
}

/**
 * quantizeWithParams of every element into `out` — with Float32Array `out`, the fake-quantized value
 * dequantizeValue(q, scale, zeroPoint) — one loop per channel run with the run's params read once.
 */
function quantizeRuns<T extends Int32Array | Float32Array>(data: FloatData, shape: readonly number[], p: QuantParams, name: string | undefined, out: T): T {
  checkData(data.length, shape, p, name);
  const fake = out instanceof Float32Array;
  forEachChannelRun(shape, p.axis, (start, end, c) => {
    const [s, z, qmin, qmax, binary] = [p.scale[c]!, p.zeroPoint[c]!, p.qmin, p.qmax, p.bits === 1];
    for (let i = start; i < end; i++) {
      const x = data[i]!;
      if (!Number.isFinite(x)) fail('QNT006', `${tensorSubject(name, 'tensor').subject}: element ${i} is ${x}; cannot quantize NaN or infinity`, tensorSubject(name).where);
      const q = binary ? binarizeValue(x) : quantizeFinite(x, s, z, qmin, qmax);
      out[i] = fake ? dequantizeValue(q, s, z) : q;
    }
  });
  return out;
}

/** `scale[c] · (q − zeroPoint[c])` for every element, as float32. */
export function dequantizeTensor(q: Int32Array | Int8Array | Uint8Array | readonly number[], shape: readonly number[], p: QuantParams): Float32Array {
  checkData(q.length, shape, p, undefined);
  const out = new Float32Array(q.length);
  forEachChannelRun(shape, p.axis, (start, end, c) => {
    const s = p.scale[c]!;
    const z = p.zeroPoint[c]!;
    // Stryker disable next-line EqualityOperator: i <= end writes the next run's first slot, which that run rewrites (past the end for the last); the >= flip is killed
    for (let i = start; i < end; i++) out[i] = dequantizeValue(q[i]!, s, z);
  });
  return out;
}

/** Quantize then dequantize: the float tensor the integer grid represents (for error analysis and MSE search). */
export function fakeQuantizeTensor(data: FloatData, shape: readonly number[], p: QuantParams, name?: string): Float32Array {
  return quantizeRuns(data, shape, p, name, new Float32Array(data.length));
}

/** A fused activation as the requantization clamp sees it. */
export type FusedActivation = 'none' | 'relu' | 'relu6';

/**
 * The output clamp after a fused activation (DESIGN §4): ReLU raises qmin to z (real 0); ReLU6 also
 * lowers qmax to the code of 6.0, `z + roundHalfEven(6 / s)` (the code QuantizeLinear gives 6.0).
 */
export function activationRange(activation: FusedActivation, scale: number, zeroPoint: number, qmin: number, qmax: number): { qmin: number; qmax: number } {
  if (activation === 'none') return { qmin, qmax };
  const lo = Math.max(qmin, Math.min(zeroPoint, qmax));
  if (activation === 'relu') return { qmin: lo, qmax };
  return { qmin: lo, qmax: Math.max(lo, quantizeValue(6, scale, zeroPoint, qmin, qmax)) };
}

/** How to derive scale and zero point from an observed range. */
export interface RangeQuantOptions {
  bits: number;
  signed: boolean;
  /** Symmetric: zero point 0, scale from max |x|. Asymmetric: zero point chosen so [min, max] fits. */
  symmetric: boolean;
  /** Signed narrow range: [−2^(b−1) + 1, 2^(b−1) − 1] (INT8 restricted [−127, 127]). */
  narrow?: boolean;
  /**
   * Symmetric scale denominator: 'qmax' (default) gives scale = maxAbs / qmax (127 for INT8, never
   * clips the positive side); 'half-range' gives maxAbs / ((qmax − qmin) / 2) (127.5, PyTorch-like).
   */
  symmetricDenominator?: 'qmax' | 'half-range';
  /** Round every scale UP to the next power of two (the range only grows, DESIGN §4 pow2 mode). */
  pow2?: boolean;
}

/**
 * Scale and zero point for one range (the scalar core of `paramsFromRange`).
 * Asymmetric: the range is widened to include 0 (so real zero is exact):
 * `lo = min(0, min), hi = max(0, max), scale = (hi − lo) / (qmax − qmin),
 *  z = clamp(qmin − roundHalfEven(lo / scale), qmin, qmax)`.
 * Symmetric signed: `z = 0, scale = max(|min|, |max|) / denominator`. Symmetric unsigned: `z = 0,
 * scale = max(0, max) / qmax` (negative values clip to 0: the post-ReLU case).
 * A zero-width range (all zeros) yields scale 1: any positive scale represents 0 exactly, and 1 never
 * divides by zero or makes a NaN downstream. A tiny range's scale is raised to MIN_SCALE (2^-126); a
 * larger scale only widens the covered range. pow2 rounds the scale up, then z is computed from it.
 */
export function scaleAndZeroFromRange(min: number, max: number, qmin: number, qmax: number, o: RangeQuantOptions): { scale: number; zeroPoint: number } {
  if (o.symmetric) {
    const span = o.signed ? Math.max(Math.abs(min), Math.abs(max)) : Math.max(0, max);
    const denominator = o.signed && o.symmetricDenominator === 'half-range' ? (qmax - qmin) / 2 : qmax;
    return { scale: finishScale(span / denominator, o.pow2 ?? false), zeroPoint: 0 };
  }
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  const scale = finishScale((hi - lo) / (qmax - qmin), o.pow2 ?? false);
  return { scale, zeroPoint: clamp(qmin - roundHalfEven(lo / scale), qmin, qmax) };
}

/**
 * The smallest scale `scaleAndZeroFromRange` returns for a non-empty range: the smallest normal float32
 * (2^-126). Below it x / scale loses precision (subnormals) and the scale would not survive float32 storage.
 */
export const MIN_SCALE = 2 ** -126;

function finishScale(raw: number, pow2: boolean): number {
  // An all-zero range has raw 0: any scale represents it exactly, and 1 is the harmless choice.
  const scale = raw === 0 ? 1 : Math.max(raw, MIN_SCALE);
  return pow2 ? ceilPowerOfTwo(scale) : scale;
}

function checkRange(min: number, max: number, subject: string, where: { node?: string }): void {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    fail('QNT009', `${subject}: range [${min}, ${max}] must be finite with min <= max`, where);
  }
}

function checkOptions(o: RangeQuantOptions, subject: string, where: { node?: string }): void {
  if (o.bits === 1 && !o.symmetric) fail('QNT009', `${subject}: binary (1-bit) quantization is symmetric (zero point 0)`, where);
}

/** Per-tensor `QuantParams` from an observed range [min, max] (see `scaleAndZeroFromRange`). */
export function paramsFromRange(min: number, max: number, o: RangeQuantOptions, name?: string): QuantParams {
  const { subject, where } = tensorSubject(name);
  checkOptions(o, subject, where);
  checkRange(min, max, subject, where);
  const { qmin, qmax } = qRange(o.bits, o.signed, o.narrow ?? false);
  const { scale, zeroPoint } = scaleAndZeroFromRange(min, max, qmin, qmax, o);
  return makeQuantParams({ bits: o.bits, signed: o.signed, narrow: o.narrow ?? false, scale, zeroPoint, pow2: o.pow2 ?? false }, name);
}

/** Per-channel `QuantParams` along `axis` from one range per channel (weights: per output channel). */
export function paramsFromChannelRanges(
  mins: ArrayLike<number>,
  maxs: ArrayLike<number>,
  axis: number,
  o: RangeQuantOptions,
  name?: string,
): QuantParams {
  const { subject, where } = tensorSubject(name);
  checkOptions(o, subject, where);
  if (mins.length !== maxs.length || mins.length === 0) fail('QNT004', `${subject}: ${mins.length} channel minima but ${maxs.length} maxima`, where);
  const { qmin, qmax } = qRange(o.bits, o.signed, o.narrow ?? false);
  const scale = new Float64Array(mins.length);
  const zeroPoint = new Int32Array(mins.length);
  for (let c = 0; c < mins.length; c++) {
    checkRange(mins[c]!, maxs[c]!, `${subject} channel ${c}`, where);
    const sz = scaleAndZeroFromRange(mins[c]!, maxs[c]!, qmin, qmax, o);
    scale[c] = sz.scale;
    zeroPoint[c] = sz.zeroPoint;
  }
  return makeQuantParams({ bits: o.bits, signed: o.signed, narrow: o.narrow ?? false, scale, zeroPoint, axis, pow2: o.pow2 ?? false }, name);
}
