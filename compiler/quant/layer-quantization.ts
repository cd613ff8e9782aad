// The per-layer quantization math of the insert-quantizers pass: weight quantization (symmetric,
// per-tensor or per-channel, b1 with α), activation parameters from a range (fused clamp in qmin/qmax,
// b1 threshold), the int32 bias with the zero-point term folded in, and requantization multipliers.
import { type DType, allocate } from '../ir/dtype.js';
import type { Tensor } from '../ir/tensor.js';
import { fail } from '../../core/diagnostics.js';
import { powerOfTwoExponent, quantizeMultiplier } from './multiplier.js';
import { type QuantParams, qRange } from './quant-params.js';
import { fakeQuantizeTensor, paramsFromChannelRanges, paramsFromRange, quantizeTensor } from './quantize-tensor.js';
import { roundHalfEven } from '../../core/rounding.js';
import type { LayerQuantConfig } from './presets.js';
import { quantizeLogWeights } from './log-weights.js';
import { quantizeGroupWeights } from './group-weights.js';
import { type WeightGroupLayout, effectiveGroupWeights, weightGroupLayout } from '../../core/weight-groups.js';

/** Observed statistics of one float value (calibration or data-free). mean/std feed binary thresholds. */
export interface ValueRange {
  min: number;
  max: number;
  mean?: number;
  std?: number;
}

/** How an integer activation stands for a real one: x ≈ scale·(q − zero), or for b1 x ≈ offset + scale·q. */
export interface ActQuant {
  readonly dtype: DType;
  readonly scale: number;
  readonly zero: number;
  readonly qmin: number;
  readonly qmax: number;
  readonly offset: number;
}

/** Quantized weights: integers in storage of `dtype`, and one scale per output channel (repeated when per-tensor). */
export interface WeightQuant {
  readonly dtype: DType;
  readonly data: Int8Array | Int16Array;
  readonly scale: Float64Array;
  /**
   * Group-wise scales (weightGroup > 0): the integer multiplier of every group, [Cout · layout.count]; the
   * real weight is scale[n]·mult[n, g]·data[n, k] (group-weights.ts).
   */
  readonly group?: { readonly layout: WeightGroupLayout; readonly mult: Uint8Array };
}

/** The integers the accumulator multiplies x by: data, or mult·data with group-wise scales (exact). */
export function accumulatorWeights(w: WeightQuant): ArrayLike<number> {
  return w.group === undefined ? w.data : effectiveGroupWeights(w.data, w.group.mult, w.group.layout);
}

/** The storage dtype of weights of each bit width. */
export const WEIGHT_DTYPE: Readonly<Record<number, DType>> = { 16: 'i16', 8: 'i8', 4: 'i4', 2: 'i2', 1: 'b1' };

/** Per-channel max |w| over rows of length k. */
function rowMaxAbs(w: Float32Array, rows: number, k: number): Float64Array {
  const m = new Float64Array(rows);
  // Stryker disable next-line EqualityOperator: r <= rows writes m[rows], outside the array (dropped); the line's other equality forms are killed
  for (let r = 0; r < rows; r++) for (let i = r * k; i < (r + 1) * k; i++) m[r] = Math.max(m[r]!, Math.abs(w[i]!));
  return m;
}

/** 'mse': the clipping ratio in {1, 0.98, …, 0.3} of max |w| whose fake-quantized row has the least squared error. */
function mseClip(row: Float32Array, maxAbs: number, bits: number, narrow: boolean, pow2: boolean): number {
  let best = maxAbs;
  let bestErr = Infinity;
  // The tolerance keeps 0.3 itself: 35 steps of 0.02 accumulate to 0.2999…94 in binary.
  // Stryker disable next-line EqualityOperator: r never equals 0.3 − 1e-9 exactly, so > keeps the same candidates (< is killed)
  for (let r = 1; r >= 0.3 - 1e-9; r -= 0.02) {
    const lim = maxAbs * r;
    // Stryker disable next-line UnaryOperator: a symmetric grid's scale is max(|min|, |max|) / qmax, the same for +lim
    const p = paramsFromRange(-lim, lim, { bits, signed: true, symmetric: true, narrow, pow2 });
    const fq = fakeQuantizeTensor(row, [row.length], p);
    let err = 0;
    for (let i = 0; i < row.length; i++) err += (row[i]! - fq[i]!) ** 2;
    // Stryker disable next-line EqualityOperator: <= picks the last of equally good clips; equal errors come from one grid (pow2 rounds neighbouring clips to one scale), the same weights (>= is killed)
    if (err < bestErr) [best, bestErr] = [lim, err];
  }
  return best;
}

/** Quantizes a weight [Cout, ...] symmetrically (DESIGN §4). NaN/∞ → QNT006 naming the layer. */
export function quantizeWeights(w: Tensor, cfg: LayerQuantConfig, layer: string): WeightQuant {
  const data = w.data as Float32Array;
  const cout = w.type.shape[0]!;
  const k = data.length / cout;
  data.forEach((v, i) => {
    if (!Number.isFinite(v)) fail('QNT006', `layer ${layer}: weight element ${i} is ${v}; cannot quantize NaN or infinity`, { node: layer });
  });
  if (cfg.weightFormat === 'log') {
    // Levels up to ±64 are i8 integers; the 4-bit codes exist only in the hardware's weight buffer.
    const q = quantizeLogWeights(data, cout, cfg.perChannel, cfg.weightRange);
    return { dtype: 'i8', data: q.data, scale: q.scale };
  }
  if (cfg.weightGroup !== 0) {
    const layout = weightGroupLayout(w.type.shape, cfg.weightGroup);
    const g = quantizeGroupWeights(data, cout, layout, cfg.weightBits, cfg.narrowWeights && cfg.weightBits >= 8, cfg.weightRange);
    return { dtype: WEIGHT_DTYPE[cfg.weightBits]!, data: g.q, scale: g.scale, group: { layout, mult: g.mult } };
  }
  const dtype = WEIGHT_DTYPE[cfg.weightBits]!;
  const out = allocate(dtype, data.length) as Int8Array | Int16Array;
  const scale = new Float64Array(cout);
  if (cfg.weightBits === 1) {
    // α = mean |w| (XNOR-Net), per channel or over the whole tensor; an all-zero weight keeps α = 1.
    let total = 0;
    for (let n = 0; n < cout; n++) {
      let s = 0;
      for (let i = n * k; i < (n + 1) * k; i++) s += Math.abs(data[i]!);
      scale[n] = s / k;
      total += s;
    }
    scale.forEach((a, n) => (scale[n] = (cfg.perChannel ? a : total / data.length) || 1));
    data.forEach((v, i) => (out[i] = v >= 0 ? 1 : -1));
    return { dtype, data: out, scale };
  }
  const narrow = cfg.narrowWeights && cfg.weightBits >= 8;
  const maxAbs = rowMaxAbs(data, cfg.perChannel ? cout : 1, cfg.perChannel ? k : data.length);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an all-zero row's search returns 0 = m (every candidate clip is 0); the other forms of the line are killed
  const lim = maxAbs.map((m, r) => (cfg.weightRange === 'mse' && m > 0
    ? mseClip(cfg.perChannel ? data.subarray(r * k, (r + 1) * k) : data, m, cfg.weightBits, narrow, cfg.pow2)
    : m));
  const o = { bits: cfg.weightBits, signed: true, symmetric: true, narrow, pow2: cfg.pow2 };
  const p: QuantParams = cfg.perChannel
    ? paramsFromChannelRanges(
      // Stryker disable next-line UnaryOperator: symmetric grids take max(|min|, |max|): +x gives the same scale
      lim.map((x) => -x), lim, 0, o, layer)
    : paramsFromRange(
      // Stryker disable next-line UnaryOperator: symmetric grids take max(|min|, |max|): +lim gives the same scale
      -lim[0]!, lim[0]!, o, layer);
  const shape = cfg.perChannel ? [cout, k] : [data.length];
  out.set(quantizeTensor(data, shape, p, layer));
  // Stryker disable next-line EqualityOperator: n <= cout writes scale[cout], outside the array (dropped); >= is killed
  for (let n = 0; n < cout; n++) scale[n] = p.scale[cfg.perChannel ? n : 0]!;
  return { dtype, data: out, scale };
}

/**
 * Output activation parameters of a layer from its range, intersected with the fused clamp
 * [actMin, actMax]. Multi-level: min-max grid with 0 inside; then qmin = max(qmin, z + round(actMin/s)),
 * qmax = min(qmax, z + round(actMax/s)) (ReLU → qmin = z; ReLU6 → qmax = z + round(6/s)).
 * b1: threshold t = mean (clamped into the range), β = std·√(2/π) (E|x − mean| of a Gaussian).
 */
export function activationParams(range: ValueRange, actMin: number, actMax: number, cfg: LayerQuantConfig, pow2: boolean, layer: string): ActQuant {
  const lo = Math.max(range.min, actMin);
  const hi = Math.min(range.max, actMax);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) fail('QMOD004', `layer ${layer}: activation range [${range.min}, ${range.max}] is not finite or empty after the fused clamp`, { node: layer });
  if (cfg.actBits === 1) {
    const t = Math.min(hi, Math.max(lo, range.mean ?? (lo + hi) / 2));
    const beta = range.std !== undefined ? range.std * Math.sqrt(2 / Math.PI) : (hi - lo) / 2;
    return { dtype: 'b1', scale: beta > 0 ? beta : 1, zero: 0, qmin: -1, qmax: 1, offset: t };
  }
  const signed = cfg.actSigned;
  const p = paramsFromRange(lo, hi, { bits: cfg.actBits, signed, symmetric: signed, pow2 }, layer);
  return gridActQuant(p.scale[0]!, p.zeroPoint[0]!, actMin, actMax, cfg.actBits, signed);
}

/**
 * A multi-bit activation on the grid (s, z) of `bits` bits with the fused clamp [actMin, actMax] in
 * qmin/qmax: qmin = max(qmin, z + round(actMin/s)), qmax = min(qmax, z + round(actMax/s)). Shared by the
 * range-based path above and the explicit-parameter path (explicit-params.ts).
 */
export function gridActQuant(s: number, z: number, actMin: number, actMax: number, bits: number, signed: boolean): ActQuant {
  let { qmin, qmax } = qRange(bits, signed);
  // Stryker disable next-line ConditionalExpression: → true: a −∞ clamp rounds to −∞ (roundHalfEven keeps it) and the max gives qmin anyway (→ false is killed)
  if (Number.isFinite(actMin)) qmin = Math.min(qmax, Math.max(qmin, z + roundHalfEven(actMin / s)));
  // Stryker disable next-line ConditionalExpression: → true: a +∞ clamp rounds to +∞ and the min gives qmax anyway (→ false is killed)
  if (Number.isFinite(actMax)) qmax = Math.max(qmin, Math.min(qmax, z + roundHalfEven(actMax / s)));
  return { dtype: `${signed ? 'i' : 'u'}${bits}` as DType, scale: s, zero: z, qmin, qmax, offset: 0 };
}

/**
 * The bias of a weighted layer (DESIGN §4), per output channel n over its K weights:
 *   b_int[n] = roundHalfEven((b[n] + x.offset·s_w[n]·Σ_k W_int[n,k]) / (s_x·s_w[n])) − x_zero·Σ_k W_int[n,k]
 *   (W_int = m[n, g]·q[n, k] with group-wise scales: accumulatorWeights)
 *              − (b1 output: ceil(y.offset / (s_x·s_w[n])), so that "acc ≥ 0" means "real ≥ threshold")
 * int32, saturated; `saturated` counts the channels that did not fit. An accumulator wider than 32 bits
 * (w16a16: s_x·s_w is tiny, so biases are huge) gets an i64 bias saturated to the accumulator width.
 */
export function foldBias(b: Float32Array | undefined, w: WeightQuant, x: ActQuant, y: ActQuant, accBits = 32): { bias: Int32Array | BigInt64Array; saturated: number } {
  const cout = w.scale.length;
  const k = w.data.length / cout;
  const wide = accBits > 32;
  const limit = wide ? 2 ** (accBits - 1) : 2 ** 31;
  const values = new Float64Array(cout);
  // With group-wise scales the accumulator sees m·q, so the fold is −z_x·Σ_g m[n, g]·Σ_{k∈g} q[n, k].
  const wAcc = accumulatorWeights(w);
  let saturated = 0;
  // Stryker disable next-line EqualityOperator: n <= cout computes a NaN channel (weights past the end) stored outside the array, which no comparison counts; >= is killed
  for (let n = 0; n < cout; n++) {
    let sumW = 0;
    for (let i = n * k; i < (n + 1) * k; i++) sumW += wAcc[i]!;
    const accScale = x.scale * w.scale[n]!;
    let v = roundHalfEven(((b?.[n] ?? 0) + x.offset * w.scale[n]! * sumW) / accScale) - x.zero * sumW;
    // Stryker disable next-line ConditionalExpression: → true subtracts ceil(0 / s) = 0 (only a b1 output has an offset); → false is killed
    if (y.dtype === 'b1') v -= Math.ceil(y.offset / accScale);
    if (v > limit - 1 || v < -limit) saturated++;
    values[n] = Math.min(limit - 1, Math.max(-limit, v));
  }
  return { bias: wide ? BigInt64Array.from(values, (v) => BigInt(v)) : Int32Array.from(values), saturated };
}

/** m0/shift of M = s_in·s_w[n]/s_out per channel; pow2: shift = log2 M exactly, m0 = 2^30; b1 output: zeros (unused). */
export function requantMultipliers(sIn: number, sW: Float64Array, y: ActQuant, pow2: boolean, layer: string): { m0: Int32Array; shift: Int32Array } {
  const m0 = new Int32Array(sW.length);
  const shift = new Int32Array(sW.length);
  if (y.dtype === 'b1') return { m0, shift };
  sW.forEach((s, n) => {
    const M = (sIn * s) / y.scale;
    if (pow2) {
      const e = powerOfTwoExponent(M);
      if (e === undefined || e < -31 || e > 31) fail('QNT005', `layer ${layer}: pow2 requantization needs M = s_x·s_w/s_y to be 2^e with |e| ≤ 31, got ${M} (is the input scale a power of two?)`, { node: layer });
      m0[n] = 2 ** 30;
      shift[n] = e;
    } else {
      const q = quantizeMultiplier(M, `layer ${layer} multiplier`);
      m0[n] = q.m0;
      shift[n] = q.shift;
    }
  });
  return { m0, shift };
}
