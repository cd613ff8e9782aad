// Range estimators for calibration: min-max, histogram percentile, MSE grid search and the BatchNorm prior.
// Each accepts data batch by batch where the method allows, so calibration can stream over a data set.
import { fail } from '../../core/diagnostics.js';
import { ceilPowerOfTwo } from './multiplier.js';
import { qRange } from './quant-params.js';
import { scaleAndZeroFromRange, quantizeValue, tensorSubject, type RangeQuantOptions } from './quantize-tensor.js';

/** A closed real interval [min, max]. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

const subjectOf = (name: string | undefined) => tensorSubject(name, 'tensor');

/** Smallest and largest element of `data`; NaN or ±∞ → UserError QNT006 naming the tensor. Empty → undefined. */
export function finiteMinMax(data: ArrayLike<number>, name?: string): Range | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < data.length; i++) {
    const x = data[i]!;
    if (!Number.isFinite(x)) {
      const { subject, where } = subjectOf(name);
      fail('QNT006', `${subject}: calibration element ${i} is ${x}; ranges need finite data`, where);
    }
    // Stryker disable next-line EqualityOperator: an equal x leaves the same min (or −0 for 0, which no scale tells apart); the >= flip is killed
    if (x < min) min = x;
    // Stryker disable next-line EqualityOperator: an equal x leaves the same max (or −0 for 0, which no scale tells apart); the <= flip is killed
    if (x > max) max = x;
  }
  return data.length === 0 ? undefined : { min, max };
}

/** Running min/max over calibration batches (the range the white paper calls "min-max"). */
export class MinMaxObserver {
  private min = Infinity;
  private max = -Infinity;
  constructor(private readonly name?: string) {}

  /** Folds one batch into the running range. */
  update(data: ArrayLike<number>): void {
    const r = finiteMinMax(data, this.name);
    if (r === undefined) return;
    this.min = Math.min(this.min, r.min);
    this.max = Math.max(this.max, r.max);
  }

  /** The range seen so far; QNT009 when no data was seen. */
  range(): Range {
    if (this.min > this.max) fail('QNT009', `${subjectOf(this.name).subject}: no calibration data was observed`, subjectOf(this.name).where);
    return { min: this.min, max: this.max };
  }
}

/** Per-channel min/max along `axis` of a row-major tensor (weights: per output channel). */
export function channelMinMax(data: ArrayLike<number>, shape: readonly number[], axis: number, name?: string): { min: Float64Array; max: Float64Array } {
  const channels = shape[axis]!;
  const min = new Float64Array(channels).fill(Infinity);
  const max = new Float64Array(channels).fill(-Infinity);
  forEachChannelValue(data, shape, axis, name, (x, c) => {
    // Stryker disable next-line EqualityOperator: an equal x leaves the same min (or −0 for 0, which no scale tells apart); the >= flip is killed
    if (x < min[c]!) min[c] = x;
    // Stryker disable next-line EqualityOperator: an equal x leaves the same max (or −0 for 0, which no scale tells apart); the <= flip is killed
    if (x > max[c]!) max[c] = x;
  });
  return { min, max };
}

function forEachChannelValue(data: ArrayLike<number>, shape: readonly number[], axis: number, name: string | undefined, fn: (x: number, c: number) => void): void {
  const { subject, where } = subjectOf(name);
  const total = shape.reduce((a, d) => a * d, 1);
  if (!Number.isInteger(axis) || axis < 0 || axis >= shape.length || total !== data.length) {
    fail('QNT004', `${subject}: axis ${axis} and shape [${shape.join(',')}] do not fit ${data.length} elements`, where);
  }
  const channels = shape[axis]!;
  const inner = shape.slice(axis + 1).reduce((a, d) => a * d, 1);
  for (let i = 0; i < total; i++) {
    const x = data[i]!;
    if (!Number.isFinite(x)) fail('QNT006', `${subject}: element ${i} is ${x}; ranges need finite data`, where);
    fn(x, Math.floor(i / inner) % channels);
  }
}

/**
 * A streaming histogram with a fixed number of equal bins. The first batch sets the range (a power-of-two
 * bin width, the origin on its grid, so edges are exact); when a later batch falls outside it, the bin
 * width doubles (adjacent pairs merge, so counts stay exact) and the range grows on the side that needs
 * it, until the batch fits. The exact min and max are kept too.
 */
export class Histogram {
  /** Count per bin; bin i covers [origin + i·binWidth, origin + (i+1)·binWidth). */
  counts: Float64Array;
  /** Lower edge of bin 0 (a multiple of binWidth). */
  origin = 0;
  /** Width of every bin, a power of two (0 until the first value). */
  binWidth = 0;
  /** Number of values added. */
  total = 0;
  /** Exact smallest and largest values added. */
  min = Infinity;
  max = -Infinity;

  constructor(readonly binCount = 2048, private readonly name?: string) {
    // A non-integer (or NaN, ±∞) leaves a remainder too.
    if (binCount < 2 || binCount % 2 !== 0) fail('QNT009', `histogram bin count ${binCount} must be an even integer >= 2`);
    this.counts = new Float64Array(binCount);
  }

  /** Adds one batch. */
  update(data: ArrayLike<number>): void {
    const r = finiteMinMax(data, this.name);
    if (r === undefined) return;
    if (this.total === 0) {
      // A constant first batch still needs a positive width; its magnitude (or 1) sets the scale.
      const span = r.max - r.min || Math.max(Math.abs(r.min), 1);
      // A power-of-two width and an origin on its grid make every edge k·width exact in doubles.
      this.binWidth = ceilPowerOfTwo(Math.max(span / this.binCount, Number.MIN_VALUE));
      this.origin = Math.floor(r.min / this.binWidth) * this.binWidth;
    }
    while (r.min < this.origin) this.grow(true);
    while (r.max > this.origin + this.binCount * this.binWidth) this.grow(false);
    // Stryker disable next-line EqualityOperator: i <= length bins undefined as NaN, and a typed array drops the write to counts[NaN]; the >= flip is killed
    for (let i = 0; i < data.length; i++) this.counts[this.binOf(data[i]!)]! += 1;
    this.total += data.length;
    this.min = Math.min(this.min, r.min);
    this.max = Math.max(this.max, r.max);
  }

  private binOf(x: number): number {
    // Agree with the edges as percentileRange computes them (origin + i·width, rounded), so a value is never
    // reported outside its own bin's edges: up as many bins as rounded edges meet at x (bins narrower than x's
    // ulp round several onto one double). i ≥ 0 as x ≥ origin; the top edge (the max) goes to the last bin.
    let i = Math.floor((x - this.origin) / this.binWidth);
    if (this.edge(i) > x) i--;
    else while (this.edge(i + 1) <= x) i++;
    return Math.min(i, this.binCount - 1);
  }

  private edge(i: number): number {
    return this.origin + i * this.binWidth;
  }

  /**
   * Doubles the bin width, keeping the origin a multiple of the new width (so edges stay exact).
   * `downward` puts the old range in the upper half (the range grows below), else in the lower half.
   */
  private grow(downward: boolean): void {
    const n = this.binCount;
    const w2 = 2 * this.binWidth;
    const origin = downward ? Math.ceil((this.origin - n * this.binWidth) / w2) * w2 : Math.floor(this.origin / w2) * w2;
    const offset = (this.origin - origin) / this.binWidth; // an integer: both are multiples of the old width
    const merged = new Float64Array(n);
    for (let i = 0; i < n; i++) merged[Math.floor((i + offset) / 2)]! += this.counts[i]!;
    this.origin = origin;
    this.binWidth = w2;
    this.counts = merged;
  }

  /**
   * The central range holding p percent of each tail's complement: max = the upper edge of the bin
   * where the cumulative count reaches ⌈p/100·N⌉ from below, min the same from above (so p = 99.99
   * drops 0.01 % at each end). Clamped to the exact min/max, and p = 100 gives them exactly.
   */
  percentileRange(p: number): Range {
    const { subject, where } = subjectOf(this.name);
    if (!(p > 0 && p <= 100)) fail('QNT009', `${subject}: percentile ${p} must be in (0, 100]`, where);
    if (this.total === 0) fail('QNT009', `${subject}: no calibration data was observed`, where);
    const target = Math.ceil((p / 100) * this.total);
    // Every value lies within its bin's edges (binOf), so the clamps give the exact min and max at p = 100.
    const max = Math.min(this.edge(this.walk(target, 0, 1) + 1), this.max);
    const min = Math.max(this.edge(this.walk(target, this.binCount - 1, -1)), this.min);
    return { min, max };
  }

  /** First bin, walking from `start` in direction `step`, where the cumulative count reaches `target` (1 ≤ target ≤ total). */
  private walk(target: number, start: number, step: 1 | -1): number {
    let cumulative = 0;
    for (let i = start; ; i += step) {
      cumulative += this.counts[i]!;
      if (cumulative >= target) return i;
    }
  }
}

/** Options of the MSE grid search: the quantization setting plus the number of clipping candidates. */
export interface MseSearchOptions extends RangeQuantOptions {
  /** Candidates α = i/n, i = 1..n, each clipping the observed range to α·[min, max]. Default 100. */
  candidates?: number;
}

/** Mean squared error ||x − fakequant(x)||² / N of quantizing `data` with the params derived from `range`. */
export function quantizationMse(data: ArrayLike<number>, range: Range, o: RangeQuantOptions): number {
  const { qmin, qmax } = qRange(o.bits, o.signed, o.narrow ?? false);
  const { scale, zeroPoint } = scaleAndZeroFromRange(range.min, range.max, qmin, qmax, o);
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    const x = data[i]!;
    // Stryker disable next-line EqualityOperator: x = 0 errs by the scale on either side (x > 0); the other forms are killed
    const q = o.bits === 1 ? (x >= 0 ? 1 : -1) : quantizeValue(x, scale, zeroPoint, qmin, qmax);
    const e = x - scale * (q - zeroPoint);
    sum += e * e;
  }
  return data.length === 0 ? 0 : sum / data.length;
}

/**
 * MSE grid search (Nagel et al. 2021 §3.5): among α·[min, max] for α = 1/n … 1, the range whose
 * fake-quantization error is smallest. α = 1 is min-max, so the result is never worse than min-max;
 * ties keep the widest range. The data is one array (concatenate samples for activations).
 */
export function mseSearchRange(data: ArrayLike<number>, o: MseSearchOptions, name?: string): Range & { mse: number } {
  const { subject, where } = subjectOf(name);
  const n = o.candidates ?? 100;
  if (!Number.isInteger(n) || n < 1) fail('QNT009', `${subject}: MSE search needs a positive integer candidate count, got ${n}`, where);
  const full = finiteMinMax(data, name);
  if (full === undefined) fail('QNT009', `${subject}: MSE search needs at least one value`, where);
  let best = { min: full.min, max: full.max, mse: quantizationMse(data, full, o) };
  for (let i = n - 1; i >= 1; i--) {
    const alpha = i / n;
    const candidate = { min: alpha * full.min, max: alpha * full.max };
    const mse = quantizationMse(data, candidate, o);
    if (mse < best.mse) best = { ...candidate, mse };
  }
  return best;
}

/** `mseSearchRange` per channel along `axis` (weights, per output channel). */
export function mseSearchChannelRanges(
  data: ArrayLike<number>,
  shape: readonly number[],
  axis: number,
  o: MseSearchOptions,
  name?: string,
): { min: Float64Array; max: Float64Array; mse: Float64Array } {
  const channels = shape[axis] ?? 0;
  const perChannel: number[][] = Array.from({ length: channels }, () => []);
  forEachChannelValue(data, shape, axis, name, (x, c) => perChannel[c]!.push(x));
  const min = new Float64Array(channels);
  const max = new Float64Array(channels);
  const mse = new Float64Array(channels);
  perChannel.forEach((values, c) => {
    const r = mseSearchRange(values, o, name === undefined ? undefined : `${name}[${c}]`);
    [min[c], max[c], mse[c]] = [r.min, r.max, r.mse];
  });
  return { min, max, mse };
}

/**
 * The BatchNorm prior for the range of a BN output (Nagel et al. 2021 §4.4): per channel β ± k·|γ|
 * (k = 6 by default); the tensor range is the min of β − k|γ| and the max of β + k|γ| over channels.
 */
export function bnRange(beta: ArrayLike<number>, gamma: ArrayLike<number>, k = 6, name?: string): Range & { channelMin: Float64Array; channelMax: Float64Array } {
  const { subject, where } = subjectOf(name);
  if (beta.length !== gamma.length || beta.length === 0) fail('QNT004', `${subject}: BatchNorm beta has ${beta.length} channels, gamma ${gamma.length}`, where);
  if (!(k > 0 && Number.isFinite(k))) fail('QNT009', `${subject}: BatchNorm range multiplier ${k} must be finite and > 0`, where);
  finiteMinMax(beta, name);
  finiteMinMax(gamma, name);
  const channelMin = new Float64Array(beta.length);
  const channelMax = new Float64Array(beta.length);
  // Stryker disable next-line EqualityOperator: c <= length writes past both arrays' ends (dropped); the >= flip is killed
  for (let c = 0; c < beta.length; c++) {
    channelMin[c] = beta[c]! - k * Math.abs(gamma[c]!);
    channelMax[c] = beta[c]! + k * Math.abs(gamma[c]!);
  }
  return { min: Math.min(...channelMin), max: Math.max(...channelMax), channelMin, channelMax };
}
