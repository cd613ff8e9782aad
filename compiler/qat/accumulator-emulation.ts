// How a QAT network's conv/dense output quantizer recovers the integer accumulator of the exported layer
// from the float pre-activation x. The float layer computes x = s_x·s_w[c]·Σ q_w·(q − z) + C_c with the
// float constant C_c = b_c (+ t·s_w[c]·Σ q_w for binary inputs x̂ = t + β·y), while the integer layer adds
// the bias roundHalfEven(C_c/(s_x·s_w[c])) (foldBias). Rounding x/(s_x·s_w[c]) as a whole would put the
// decision at the fraction of C_c/(s_x·s_w[c]): when that fraction is near 1/2, the float GEMM's rounding
// error decides it, and the fake-quant codes differ from the integer ones (a fmnist_dwsep W4A4 trial
// differed on one test image that way). So the emulation removes C_c in float, rounds what is then an
// integer up to the GEMM's float error (exact while that error is below 1/2 of an accumulator unit), and
// adds the integer bias computed exactly as foldBias does:
//   acc = floor(x·inv_c + add_c),  inv_c = 1/(s_x·s_w[c]),  add_c = 1/2 + roundHalfEven(C_c/(s_x·s_w[c])) − C_c·inv_c
import { roundHalfEven } from '../../core/rounding.js';
import type { Slot } from '../train/layer.js';
import { binarizeThreshold } from '../quant/explicit-params.js';
import { qRange } from '../quant/quant-params.js';
import { activationGrid } from './fake-quant.js';

/** Where a binary input's real offset t comes from (x̂ = t + β·y): a binary layer output, or a qbinarize of a grid. */
export type InputOffset =
  | { readonly kind: 'binact'; readonly t: Slot; readonly lo: number; readonly hi: number }
  | {
    readonly kind: 'binarize'; readonly t: Slot; readonly beta: Slot;
    readonly grid: { readonly s: Slot | number; readonly beta: Slot | number; readonly bits: number; readonly signed: boolean; readonly actMin: number; readonly actMax: number };
  };

/** The integer weight codes of a layer: signs (binary) or clamp(roundHalfEven(w/s_c)) on a signed grid. */
export type WeightCodes = { readonly kind: 'binary' } | { readonly kind: 'lsq'; readonly bits: number; readonly narrow: boolean };

/**
 * The integer requantization a conv/dense output quantizer reproduces: the accumulator's scale is
 * s_x·s_w[c] (s_x the input grid's scale, or β of binary inputs; s_w the weight scale of channel c).
 */
export interface RequantEmulation {
  readonly inScale: Slot | number;
  /** The weight scales (one, or one per output channel). */
  readonly w: Slot;
  readonly accBits: number;
  readonly saturate: boolean;
  /** The layer's float bias. */
  readonly bias?: Slot;
  /** Binary inputs: their offset t, with the latent weights and their codes for t·s_w·Σ q_w. */
  readonly inOffset?: { readonly source: InputOffset; readonly weights: Slot; readonly codes: WeightCodes };
}

const read = (v: Slot | number, params: Float32Array): number => (typeof v === 'number' ? v : params[v.offset]!);

/** s_x·s_w[c] per output channel (the order of foldBias and requantMultipliers). */
export function accScales(e: RequantEmulation, channels: number, params: Float32Array): Float64Array {
  const sx = read(e.inScale, params);
  return Float64Array.from({ length: channels }, (_, c) => sx * params[e.w.offset + (e.w.length === 1 ? 0 : c)]!);
}

/** The real offset t of a binary input (as insert-quantizers derives it from the same parameters). */
function offsetOf(src: InputOffset, params: Float32Array): number {
  if (src.kind === 'binact') return Math.min(src.hi, Math.max(src.lo, params[src.t.offset]!));
  const g = activationGrid(read(src.grid.s, params), read(src.grid.beta, params), src.grid.bits, src.grid.signed, src.grid.actMin, src.grid.actMax);
  const x = { dtype: 'u8' as const, scale: g.s, zero: g.z, qmin: g.qlo, qmax: g.qhi, offset: 0 };
  return binarizeThreshold(x, params[src.t.offset]!, params[src.beta.offset]!, 'binarize').quant.offset;
}

/** Σ q_w of output channel c's weight codes. */
function codeSum(o: NonNullable<RequantEmulation['inOffset']>, e: RequantEmulation, c: number, channels: number, params: Float32Array): number {
  const k = o.weights.length / channels;
  const w = params.subarray(o.weights.offset + c * k, o.weights.offset + (c + 1) * k);
  let sum = 0;
  if (o.codes.kind === 'binary') {
    for (const v of w) sum += v >= 0 ? 1 : -1;
    return sum;
  }
  const s = params[e.w.offset + (e.w.length === 1 ? 0 : c)]!;
  const { qmin, qmax } = qRange(o.codes.bits, true, o.codes.narrow);
  for (const v of w) sum += Math.min(qmax, Math.max(qmin, roundHalfEven(v / s)));
  return sum;
}

/** Per output channel: the accumulator scale, its inverse and the addend of the rounding (above). */
export function accumulatorRounding(e: RequantEmulation, channels: number, params: Float32Array): { acc: Float64Array; inv: Float64Array; add: Float64Array } {
  const acc = accScales(e, channels, params);
  const inv = acc.map((a) => 1 / a);
  const t = e.inOffset ? offsetOf(e.inOffset.source, params) : 0;
  const add = new Float64Array(channels);
  for (let c = 0; c < channels; c++) {
    const b = e.bias ? params[e.bias.offset + c]! : 0;
    const sw = params[e.w.offset + (e.w.length === 1 ? 0 : c)]!;
    // foldBias's expression, term for term, so the integer part is the one the export stores.
    const constant = e.inOffset ? b + t * sw * codeSum(e.inOffset, e, c, channels, params) : b;
    add[c] = 0.5 + roundHalfEven(constant / acc[c]!) - constant * inv[c]!;
  }
  return { acc, inv, add };
}
