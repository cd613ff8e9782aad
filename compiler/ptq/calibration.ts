// Calibration: runs the float graph over calibration samples one at a time and streams per-value
// statistics (min/max, mean/std, histogram, a bounded sample for MSE) plus the per-channel mean of each
// conv2d/dense pre-activation output, which empirical bias correction compares against the quantized model.
// Memory is bounded: one sample's activations at a time, fixed-size histograms and samples per value.
import { type Graph, type Node, cloneGraph } from '../ir/graph.js';
import { type Tensor, numel } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { runFloat } from '../reference/float-interpreter.js';
import { fail } from '../../core/diagnostics.js';
import { Histogram, MinMaxObserver, type MseSearchOptions, type Range, mseSearchRange } from '../quant/range-setting.js';
import { mulberry32 } from '../../core/seeded-random.js';
import { samplesOf } from '../quant/calibration-samples.js';

/** Range estimators whose data calibration collects ('bn' is data-free and needs nothing). */
export type ActivationEstimator = 'minmax' | 'percentile' | 'mse' | 'bn';

/** Sizes of the bounded statistics. */
export interface CalibrationOptions {
  /** Histogram bins per value (percentile). Default 2048. */
  readonly histogramBins?: number;
  /** Values kept per tensor by reservoir sampling (MSE search). Default 65536. */
  readonly sampleSize?: number;
  /** Seed of the reservoir sampler, so calibration is reproducible. Default 1. */
  readonly seed?: number;
}

/** What was observed of one value over all calibration samples. */
export interface ValueStats {
  readonly range: Range;
  /** Mean and standard deviation over every element of every sample (float64 sums). */
  readonly mean: number;
  readonly std: number;
  readonly count: number;
  /** Present when 'percentile' was requested. */
  readonly histogram?: Histogram;
  /** Present when 'mse' was requested: a uniform sample of at most `sampleSize` elements. */
  readonly sample?: Float32Array;
}

/** Per value name (graph inputs and node outputs): statistics; per conv2d/dense: mean pre-activation per output channel. */
export interface ActivationStats {
  readonly samples: number;
  readonly values: ReadonlyMap<string, ValueStats>;
  /** Channel means (axis 1) of each conv2d/dense output before its fused clamp (bias correction). */
  readonly preActivationMean: ReadonlyMap<string, Float64Array>;
}


/** Streaming statistics of one value. */
class ValueObserver {
  private readonly minMax: MinMaxObserver;
  private readonly histogram?: Histogram;
  private readonly sample?: Float32Array;
  // Moments of x − shift (shift = the first element seen) so the variance does not cancel for large means.
  private shift = NaN;
  private sum = 0;
  private sumSq = 0;
  private count = 0;
  constructor(name: string, estimators: ReadonlySet<ActivationEstimator>, o: Required<CalibrationOptions>, private readonly rand: () => number) {
    this.minMax = new MinMaxObserver(name);
    if (estimators.has('percentile')) this.histogram = new Histogram(o.histogramBins, name);
    if (estimators.has('mse')) this.sample = new Float32Array(o.sampleSize);
  }
  update(data: ArrayLike<number>): void {
    this.minMax.update(data);
    this.histogram?.update(data);
    if (Number.isNaN(this.shift) && data.length > 0) this.shift = data[0]!;
    for (let i = 0; i < data.length; i++) {
      const x = data[i]!;
      this.sum += x - this.shift;
      this.sumSq += (x - this.shift) * (x - this.shift);
      // Reservoir sampling (Vitter's algorithm R): every element seen has the same chance to be kept.
      if (this.sample !== undefined) {
        const k = this.count + i;
        if (k < this.sample.length) this.sample[k] = x;
        else {
          const j = Math.floor(this.rand() * (k + 1));
          if (j < this.sample.length) this.sample[j] = x;
        }
      }
    }
    this.count += data.length;
  }
  result(): ValueStats {
    const m = this.sum / this.count;
    const mean = this.shift + m;
    const std = Math.sqrt(Math.max(0, this.sumSq / this.count - m * m));
    const stats: ValueStats = { range: this.minMax.range(), mean, std, count: this.count };
    return {
      ...stats,
      ...(this.histogram ? { histogram: this.histogram } : {}),
      ...(this.sample ? { sample: this.sample.subarray(0, Math.min(this.count, this.sample.length)) } : {}),
    };
  }
}

/**
 * The graph evaluated for calibration: every conv2d/dense with a fused clamp is split into the op
 * without it (named `<name>.preact`) and a clip of the same bounds named like the original, so one run
 * yields both the pre-activation and the value the quantizer sees; every value becomes an output.
 */
function probeGraph(graph: Graph): { probe: Graph; preact: Map<string, string> } {
  const probe = cloneGraph(graph);
  const preact = new Map<string, string>();
  const taken = new Set([...graph.nodes.map((n) => n.name), ...graph.inputs.map((v) => v.name)]);
  probe.nodes = graph.nodes.flatMap((n): Node[] => {
    if (n.op !== 'conv2d' && n.op !== 'dense') return [n];
    const lo = (n.attrs['act_min'] as number | undefined) ?? -Infinity;
    const hi = (n.attrs['act_max'] as number | undefined) ?? Infinity;
    if (lo === -Infinity && hi === Infinity) {
      preact.set(n.name, n.name);
      return [n];
    }
    let pre = `${n.name}.preact`;
    for (let i = 1; taken.has(pre); i++) pre = `${n.name}.preact.${i}`;
    taken.add(pre);
    preact.set(n.name, pre);
    const { act_min: _lo, act_max: _hi, ...attrs } = n.attrs;
    return [
      { ...n, name: pre, attrs },
      { name: n.name, op: 'clip', operands: [{ ref: 'value', name: pre }], attrs: { min: lo, max: hi } },
    ];
  });
  probe.outputs = [...graph.inputs.map((v) => v.name), ...probe.nodes.map((n) => n.name)];
  return { probe, preact };
}

/** Adds the per-channel (axis 1) sums of `t` into `sums`. */
function addChannelSums(t: Tensor, sums: Float64Array): void {
  const channels = t.type.shape[1]!;
  const inner = numel(t.type.shape.slice(2));
  const d = t.data as Float32Array;
  for (let base = 0, c = 0; base < d.length; base += inner, c = (c + 1) % channels) {
    let s = 0;
    for (let i = base; i < base + inner; i++) s += d[i]!;
    sums[c]! += s;
  }
}

/**
 * Runs `graph` (float) over the calibration samples one at a time with runFloat and collects, for the
 * graph input and every node output, the statistics the requested estimators need; plus the mean
 * pre-activation per output channel of every conv2d/dense. `inputs`: tensors whose first dimension is
 * a multiple of the declared batch (a [N,1,28,28] batch for a [1,1,28,28] input, or a list of them).
 */
export function collectActivationStats(
  graph: Graph,
  inputs: readonly Tensor[] | Tensor,
  estimators: readonly ActivationEstimator[],
  options: CalibrationOptions = {},
): ActivationStats {
  const o: Required<CalibrationOptions> = { histogramBins: 2048, sampleSize: 65536, seed: 1, ...options };
  const samples = samplesOf(graph, inputs);
  const { probe, preact } = probeGraph(graph);
  const attrs = inferTypes(probe);
  const rand = mulberry32(o.seed);
  const wanted = new Set(estimators);
  const observed = [...graph.inputs.map((v) => v.name), ...graph.nodes.map((n) => n.name)];
  const observers = new Map(observed.map((name) => [name, new ValueObserver(name, wanted, o, rand)]));
  const sums = new Map([...preact.keys()].map((name) => [name, new Float64Array(probe.values.get(name)!.type.shape[1]!)]));
  const positions = new Map([...preact.keys()].map((name) => {
    const shape = probe.values.get(name)!.type.shape;
    return [name, numel(shape) / shape[1]!];
  }));
  for (const sample of samples) {
    const env = runFloat(probe, new Map([[graph.inputs[0]!.name, sample]]), attrs);
    for (const [name, obs] of observers) obs.update(env.get(name)!.data as Float32Array);
    for (const [name, pre] of preact) addChannelSums(env.get(pre)!, sums.get(name)!);
  }
  const preActivationMean = new Map([...sums].map(([name, s]) => [name, s.map((v) => v / (positions.get(name)! * samples.length))]));
  return { samples: samples.length, values: new Map([...observers].map(([n, obs]) => [n, obs.result()])), preActivationMean };
}

/** A value's activation range with its moments: the shape insert-quantizers reads. */
export interface CalibratedRange {
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly std: number;
}

/** How to turn statistics into a range: min-max, a central percentile, or the MSE-optimal clipping. */
export type RangeChoice = { method: 'minmax' } | { method: 'percentile'; percentile: number } | { method: 'mse'; mse: MseSearchOptions };

/**
 * The activation range of every observed value, in the form insert-quantizers reads ({min, max, mean, std}).
 * `choice` is one method for every value, or a function of the value name (per-layer configuration).
 */
export function activationRanges(stats: ActivationStats, choice: RangeChoice | ((name: string) => RangeChoice)): Map<string, CalibratedRange> {
  const out = new Map<string, CalibratedRange>();
  for (const [name, s] of stats.values) {
    const c = typeof choice === 'function' ? choice(name) : choice;
    let range: Range = s.range;
    if (c.method === 'percentile') {
      if (s.histogram === undefined) fail('CAL004', `%${name}: no histogram was collected; calibrate with the 'percentile' estimator`);
      range = s.histogram.percentileRange(c.percentile);
    } else if (c.method === 'mse') {
      if (s.sample === undefined) fail('CAL004', `%${name}: no sample was collected; calibrate with the 'mse' estimator`);
      range = mseSearchRange(s.sample, c.mse, name);
    }
    out.set(name, { min: range.min, max: range.max, mean: s.mean, std: s.std });
  }
  return out;
}
