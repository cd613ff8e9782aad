// Quantization of weights and activations into a float or microscaling format (core/number-formats.ts):
// MX formats cut the reduction axis into 32-element blocks with an E8M0 scale each (MX v1.0 §6.3); FP8
// per-tensor formats divide by one real scale (amax / max normal) and round each element. The result keeps
// the decoded element values (unscaled) and each element's power-of-two scale exponent: what the format
// reference multiplies (compiler/reference/format-gemm.ts).
import { assert } from '../../core/diagnostics.js';
import { floorLog2, roundToElement } from '../../core/element-codec.js';
import { roundHalfEven } from '../../core/rounding.js';
import { quantizeMxBlock, decodeMxBlock } from '../../core/mx-block.js';
import { CHUNK_MAX } from '../../core/format-dot.js';
import { E8M0, ELEMENT_TYPES, NUMBER_FORMATS, type ElementType, type FpElement, type NumberFormat, type NumberFormatName } from '../../core/number-formats.js';

/** A tensor in a format: element i is vals[i] · 2^exps[i] · realScale. */
export interface FormatTensor {
  readonly shape: readonly number[];
  /** The decoded element values, without their block scale. */
  readonly vals: Float64Array;
  /** The block scale exponent X of each element's block (0 for per-tensor formats). */
  readonly exps: Int16Array;
  /** The per-tensor real scale (1 for MX formats, whose scales are all in exps). */
  readonly realScale: number;
  /** Weights with one real scale per output channel (axis 0): these replace realScale. */
  readonly channelScales?: Float64Array;
}

/** The formats the format reference runs: MX blocks with E8M0 scales, or one real scale per tensor. */
export function formatOf(name: NumberFormatName): NumberFormat {
  const f: NumberFormat = NUMBER_FORMATS[name];
  assert((f.blocking.kind === 'block' && f.scale.kind === 'e8m0') || (f.blocking.kind !== 'block' && f.scale.kind === 'real'), `format ${name} is not an MX or per-tensor/per-channel float format`);
  return f;
}

/** Whether `f` is an MX format (E8M0 scale per block of 32). */
export function isMx(f: NumberFormat): boolean {
  return f.scale.kind === 'e8m0';
}

/** The per-tensor real scale mapping amax onto the element's largest value (1 for an all-zero tensor). */
export function tensorScale(amax: number, el: ElementType): number {
  assert(el.kind === 'fp', 'per-tensor float scales are for fp elements');
  return amax > 0 ? amax / el.maxNormal : 1;
}

/** How a per-tensor real scale is set: amax / max normal, or the least squared error over candidates below it. */
export type ScaleRule = 'max' | 'mse';

/** Candidate scales per octave of the MSE search (a sixteenth of an octave: finer than E4M3's 1/8 mantissa step). */
const MSE_STEPS_PER_OCTAVE = 16;

/**
 * The real scale s among amax/maxNormal · 2^(−j/16), j = 0 … 16·octaves − 1, whose conversion
 * s·element(v / s) has the least squared error over `values` (ties: the larger scale, found first). A
 * float element's error is relative, so the search mostly aligns the mantissa grid with the data and
 * clips a rare large value only when that pays (the 'mse' range setting of the integer presets, on the
 * float grid). An all-zero tensor gets 1.
 */
export function mseTensorScale(values: ArrayLike<number>, amax: number, el: ElementType, octaves: number): number {
  const top = tensorScale(amax, el);
  // Stryker disable next-line ConditionalExpression: speed only: amax = 0 means all values are 0, every candidate's error is 0 and the first (top) is kept (→ true is killed but ignored with it)
  if (amax === 0) return top;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: tensorScale above asserted an fp element, and roundToElement equals roundToFp on fp elements (tested): either arm gives the same
  const round = el.kind === 'fp' ? (v: number): number => roundToFp(v, el) : (
    // Stryker disable next-line ArrowFunction: unreachable: tensorScale above asserted an fp element
    (v: number): number => roundToElement(v, el));
  let best = top;
  let bestErr = Infinity;
  for (let j = 0; j < MSE_STEPS_PER_OCTAVE * octaves; j++) {
    const s = top * 2 ** (-j / MSE_STEPS_PER_OCTAVE);
    let err = 0;
    for (let i = 0; i < values.length; i++) err += (values[i]! - s * round(values[i]! / s)) ** 2;
    if (err < bestErr) [best, bestErr] = [s, err];
  }
  return best;
}

/**
 * roundToElement for a finite x and an fp element without the code round trip (the MSE search calls it
 * millions of times): the quantum of x's binade (subnormals share the smallest normal one), round half
 * to even, saturate at ±maxNormal. test/compiler/quant/format-quantize.test.ts checks it equals
 * roundToElement.
 */
export function roundToFp(x: number, el: FpElement): number {
  const a = Math.abs(x);
  // Stryker disable next-line EqualityOperator: a > maxNormal differs only at a = maxNormal, a grid point (2^emax·(1 + maxMan/2^manBits) is a whole number of quanta 2^(emax − manBits)), which the rounding below returns as ±maxNormal too (tested at ±maxNormal); the < flip is killed
  if (a >= el.maxNormal) return Math.sign(x) * el.maxNormal;
  if (a === 0) return x;
  const q = 2 ** (Math.max(floorLog2(a), 1 - el.bias) - el.manBits);
  // Rounding up may reach the next binade or maxNormal, both grid points (encodeFp says why).
  const r = roundHalfEven(a / q) * q;
  // Stryker disable next-line EqualityOperator: x = 0 (and −0) returned above, so x <= 0 is x < 0 here; the >= flip is killed
  return x < 0 ? -r : r;
}

/** Octaves below amax/maxNormal the weight MSE search tries (weights have no outliers worth clipping further). */
export const WEIGHT_MSE_OCTAVES = 2;

/** Quantizes the elements at `idx` (one block) of `src` into out.vals/out.exps. */
function quantizeBlock(src: ArrayLike<number>, idx: readonly number[], el: ElementType, vals: Float64Array, exps: Int16Array): void {
  const block = idx.map((i) => src[i]!);
  const q = quantizeMxBlock(block, el);
  assert(q.scaleCode !== E8M0.nanCode, 'NaN or infinity in a tensor quantized to an MX format');
  const x = q.scaleCode - E8M0.bias;
  const decoded = decodeMxBlock({ scaleCode: E8M0.bias, codes: q.codes }, el);
  idx.forEach((i, j) => { vals[i] = decoded[j]!; exps[i] = x; });
}

/** Element-wise per-tensor conversion of weights (offline, in doubles): vals = element(w / realScale). */
function perTensor(src: ArrayLike<number>, shape: readonly number[], el: ElementType, realScale: number): FormatTensor {
  const vals = new Float64Array(src.length);
  // Stryker disable next-line EqualityOperator: i <= length converts undefined (NaN) into vals[length], past its end (dropped); the >= flip is killed
  for (let i = 0; i < src.length; i++) vals[i] = roundToElement(src[i]! / realScale, el);
  return { shape, vals, exps: new Int16Array(src.length), realScale };
}

/**
 * Weights [O, …] with one real scale per output channel (axis 0): `scaleOf(max |w| of the channel, its index)`, each
 * element coded as `code(w / scale)`. Shared by the format weights and the INT8 first GEMM.
 */
export function perChannelWeights(w: ArrayLike<number>, shape: readonly number[], scaleOf: (amax: number, channel: number) => number, code: (v: number) => number): FormatTensor {
  const o = shape[0]!;
  const per = w.length / o;
  const vals = new Float64Array(w.length);
  const channelScales = new Float64Array(o);
  // Stryker disable next-line EqualityOperator: oc <= o adds a channel past the end: its reads are undefined (amax NaN: every scaleOf gives 1 for it), its writes land past vals' and channelScales' ends (dropped); the >= flip is killed
  for (let oc = 0; oc < o; oc++) {
    let amax = 0;
    for (let i = oc * per; i < (oc + 1) * per; i++) amax = Math.max(amax, Math.abs(w[i]!));
    const s = scaleOf(amax, oc);
    channelScales[oc] = s;
    // Stryker disable next-line EqualityOperator: i <= (oc + 1)·per codes the next channel's first weight, which that channel rewrites with its own scale (past the end for the last); the >= flip is killed
    for (let i = oc * per; i < (oc + 1) * per; i++) vals[i] = code(w[i]! / s);
  }
  return { shape, vals, exps: new Int16Array(w.length), realScale: 1, channelScales };
}

/** Format weights per output channel: max |w| of the channel / max normal. */
const perChannel = (w: ArrayLike<number>, shape: readonly number[], el: ElementType): FormatTensor =>
  perChannelWeights(w, shape, (amax) => tensorScale(amax, el), (v) => roundToElement(v, el));

/**
 * The FP32 multiplier r = fp32(1 / s) that converts an FP32 activation into a per-tensor format,
 * element(x · r) (INTEGER-SEMANTICS §14): the vector unit's one FP32 × FP32 product, exact in a double
 * (24 + 24 significant bits), then one rounding into the element.
 */
export function activationMultiplier(realScale: number): number {
  return Math.fround(1 / realScale);
}

/** Per-tensor activation conversion: vals = element(x · fp32(1 / realScale)), x FP32. */
function perTensorActivations(x: ArrayLike<number>, shape: readonly number[], el: ElementType, realScale: number): FormatTensor {
  const r = activationMultiplier(realScale);
  const vals = new Float64Array(x.length);
  // Stryker disable next-line EqualityOperator: i <= length converts undefined (NaN) into vals[length], past its end (dropped); the >= flip is killed
  for (let i = 0; i < x.length; i++) vals[i] = roundToElement(x[i]! * r, el);
  return { shape, vals, exps: new Int16Array(x.length), realScale };
}

/**
 * Activations of a GEMM input in format `f` (FP32 values): NCHW [N,C,H,W] in blocks of 32 channels at each
 * pixel, [N,F] in blocks of 32 features; per-tensor formats multiply by fp32(1 / realScale)
 * (activationMultiplier; realScale from calibration).
 */
export function quantizeActivations(x: ArrayLike<number>, shape: readonly number[], f: NumberFormat, realScale: number): FormatTensor {
  const el = ELEMENT_TYPES[f.actElement ?? f.element];
  if (!isMx(f)) return perTensorActivations(x, shape, el, realScale);
  const [n, c] = shape as [number, number];
  const plane = shape.length === 4 ? shape[2]! * shape[3]! : 1;
  const vals = new Float64Array(x.length);
  const exps = new Int16Array(x.length);
  // Stryker disable next-line ArrayDeclaration: each block empties the list (idx.length = 0) before filling it
  const idx: number[] = [];
  for (let ni = 0; ni < n; ni++) {
    for (let p = 0; p < plane; p++) {
      // Stryker disable next-line EqualityOperator: c0 <= c adds, when c is a whole number of blocks, one empty block (no index: nothing written); the >= flip is killed
      for (let c0 = 0; c0 < c; c0 += CHUNK_MAX) {
        idx.length = 0;
        for (let ci = c0; ci < Math.min(c, c0 + CHUNK_MAX); ci++) idx.push((ni * c + ci) * plane + p);
        quantizeBlock(x, idx, el, vals, exps);
      }
    }
  }
  return { shape, vals, exps, realScale: 1 };
}

/**
 * The K index of weight element (c, ky, kx) of a conv output channel: K runs over the taps (ky, kx) and,
 * within a tap, over the input channels: the im2col order in which one activation block (32 channels
 * of one pixel) is contiguous.
 */
export function convK(c: number, ky: number, kx: number, cinG: number, kw: number): number {
  return (ky * kw + kx) * cinG + c;
}

/**
 * Weights in format `f`: conv OIHW [O, Cin/g, kh, kw] and dense [O, K] in blocks of 32 consecutive K
 * indices (convK order for conv) of each output channel; per-tensor formats scale by amax / max normal
 * (`rule` 'max') or by the MSE search (mseTensorScale, 'mse'), or by a known `scale` (weights already on
 * its grid: format-rounding.ts); per-channel formats by each channel's max.
 */
// Stryker disable next-line StringLiteral: only rule === 'mse' is tested below, so any other default means 'max'
export function quantizeWeights(w: ArrayLike<number>, shape: readonly number[], f: NumberFormat, rule: ScaleRule = 'max', scale?: number): FormatTensor {
  const el = ELEMENT_TYPES[f.element];
  if (f.blocking.kind === 'per-channel') return perChannel(w, shape, el);
  if (!isMx(f)) {
    if (scale !== undefined) return perTensor(w, shape, el, scale);
    let amax = 0;
    for (let i = 0; i < w.length; i++) amax = Math.max(amax, Math.abs(w[i]!));
    return perTensor(w, shape, el, rule === 'mse' ? mseTensorScale(w, amax, el, WEIGHT_MSE_OCTAVES) : tensorScale(amax, el));
  }
  const [o, cinG] = shape as [number, number];
  const kh = shape.length === 4 ? shape[2]! : 1;
  const kw = shape.length === 4 ? shape[3]! : 1;
  const kLen = cinG * kh * kw;
  // flat index (OIHW) of each K index of one output channel
  const flatOfK = new Int32Array(kLen);
  for (let c = 0; c < cinG; c++) {
    // Stryker disable next-line EqualityOperator: ky <= kh writes at convK ≥ kLen (past the end, dropped); kx <= kw writes slot convK(c, ky + 1, 0) the value (c·kh + ky + 1)·kw it holds anyway (past the end when ky + 1 = kh); the >= flips are killed
    for (let ky = 0; ky < kh; ky++) for (let kx = 0; kx < kw; kx++) flatOfK[convK(c, ky, kx, cinG, kw)] = (c * kh + ky) * kw + kx;
  }
  const vals = new Float64Array(w.length);
  const exps = new Int16Array(w.length);
  for (let oc = 0; oc < o; oc++) {
    // Stryker disable next-line EqualityOperator: k0 <= kLen adds, when kLen is a whole number of blocks, one empty block (no index: nothing written); the >= flip is killed
    for (let k0 = 0; k0 < kLen; k0 += CHUNK_MAX) {
      const idx: number[] = [];
      for (let k = k0; k < Math.min(kLen, k0 + CHUNK_MAX); k++) idx.push(oc * kLen + flatOfK[k]!);
      quantizeBlock(w, idx, el, vals, exps);
    }
  }
  return { shape, vals, exps, realScale: 1 };
}
