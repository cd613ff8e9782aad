// The quantization driver: float graph + config + calibration data (or none: data-free) → quantized graph.
// Pipeline: matmul-to-dense → fuse-activation-patterns → fold-pad → fold-constant-affine → fold-batchnorm
// → fold-channel-affine → fuse-activations → [equalize-cross-layer] → ranges → insert-quantizers
// → [adaround] → [correct-bias]. The bracketed steps follow the preset's recipe unless an option says otherwise.
import type { AdaroundMemo } from '../quant/adaround-memo.js';
import { NodeOutputCache } from '../quant/node-output-cache.js';
import type { Graph } from '../ir/graph.js';
import type { Tensor } from '../ir/tensor.js';
import { type PipelineStep, runPipeline } from '../passes/index.js';
import { type ActivationEstimator, type ActivationStats, type RangeChoice, activationRanges, collectActivationStats } from './calibration.js';
import { assert, fail } from '../../core/diagnostics.js';
import type { ValueRange } from '../quant/layer-quantization.js';
import { resolveLayerConfigs } from '../quant/layer-config.js';
import { functionRange } from '../quant/activation-table.js';
import { outputMajorWeights } from '../quant/output-major-weights.js';
import { unaryFunction } from '../ir/ops/unary-functions.js';
import { inferTypes } from '../ir/verify.js';
import { type LayerQuantConfig, type QuantConfig, type QuantRecipe, presetConfig } from '../quant/presets.js';

/** What to quantize with. Give `preset` or `config` (config wins). */
export interface QuantizeModelOptions {
  preset?: string;
  config?: QuantConfig;
  /** Calibration batch, f32 [N, ...input shape without batch]. Absent: data-free (bn_min/bn_max ranges). */
  calib?: Tensor;
  /** Data-free mode: the real range of the network input (required without `calib`). */
  inputRange?: readonly [number, number];
  /** Run equalize-cross-layer before calibration (undefined: the preset's recipe). */
  cle?: boolean;
  /** Run correct-bias after insertion (undefined: the preset's recipe). */
  biasCorrection?: boolean;
  /** Run adaround on 4- and 2-bit weights (undefined: the preset's recipe). */
  adaround?: boolean;
  /**
   * Reuse of the float passes and calibration statistics across calls on the SAME graph and calib
   * (AutoQuant, sensitivity and the search quantize one model many times). Results are identical
   * with and without it: statistics for every estimator are collected at once, and the reservoir
   * sample the MSE ranges read does not depend on which other estimators run.
   */
  cache?: CalibrationCache;
}

/** Float pipelines and their calibration statistics by pass list, for one (graph, calib) pair. */
export interface CalibrationCache {
  readonly graph: Graph;
  readonly calib: Tensor;
  readonly entries: Map<string, { readonly float: ReturnType<typeof runPipeline>; stats?: ActivationStats }>;
  /** AdaRound's optimizer results by their inputs: a layer that sees the same inputs in another configuration is not re-optimized. */
  readonly adaround: AdaroundMemo;
  /**
   * The integer node outputs over the calibration samples that adaround's and correct-bias's layer walks
   * compute, by what computed them: a configuration evaluates again only the nodes downstream of what it
   * changed (compiler/quant/node-output-cache.ts).
   */
  readonly walk: NodeOutputCache;
}

/** Bytes of calibration-walk node outputs a calibration cache keeps (per thread; 1000 fmnist_resnet samples take ~10 MB per 16-channel 28x28 node). */
export const WALK_CACHE_BYTES = 512 * 2 ** 20;

/** An empty cache bound to one float graph and one calibration batch. */
export function calibrationCache(graph: Graph, calib: Tensor): CalibrationCache {
  return { graph, calib, entries: new Map(), adaround: new Map(), walk: new NodeOutputCache(calib.type.shape[0]!, WALK_CACHE_BYTES) };
}

/** One quantized layer, for reports. */
export interface LayerReport {
  readonly name: string;
  readonly op: string;
  readonly weightDtype?: string;
  readonly outDtype: string;
  readonly scale: number;
  readonly zero: number;
  readonly qmin: number;
  readonly qmax: number;
}

export interface QuantizeReport {
  readonly config: string;
  readonly calibration: 'data' | 'data-free';
  readonly samples: number;
  readonly floatPasses: readonly PipelineStep[];
  /** insert-quantizers, then adaround and correct-bias when they ran. */
  readonly quantPasses: readonly PipelineStep[];
  readonly layers: readonly LayerReport[];
  /** Layers whose int32 bias saturated (each entry names the layer and the count). */
  readonly biasSaturated: readonly string[];
  /** Recipe steps skipped and why. */
  readonly notes: readonly string[];
}

/**
 * Calibrated ranges of every value: one float run over the calibration batch (collectActivationStats),
 * then per value the method of the layer producing it (actRange: minmax, mse for the layer's bits,
 * percentile); the network input and non-layer values (pools, reshapes) are min-max.
 */
export function calibratedRanges(graph: Graph, calib: Tensor, configs: ReadonlyMap<string, LayerQuantConfig>, collected?: ActivationStats): Map<string, ValueRange> {
  const estimators = new Set<ActivationEstimator>(['minmax']);
  for (const c of configs.values()) if (c.actRange === 'mse' || c.actRange === 'percentile') estimators.add(c.actRange);
  const stats = collected ?? collectActivationStats(graph, calib, [...estimators]);
  const choice = (name: string): RangeChoice => {
    const c = configs.get(name);
    if (c?.actRange === 'percentile') return { method: 'percentile', percentile: c.percentile };
    // The MSE of the grid the layer really uses; b1 outputs keep min-max (their threshold is the mean).
    if (c?.actRange === 'mse' && c.actBits !== 1) return { method: 'mse', mse: { bits: c.actBits, signed: c.actSigned, symmetric: c.actSigned, pow2: c.pow2 } };
    return { method: 'minmax' };
  };
  return activationRanges(stats, choice);
}

/** The float passes every quantization runs first (then equalize-cross-layer when the recipe asks). */
export const FLOAT_PASSES: readonly string[] = [
  'matmul-to-dense', 'fuse-activation-patterns', 'fold-pad', 'fold-constant-affine', 'fold-batchnorm', 'fold-channel-affine', 'fuse-activations',
];

const num = (v: unknown, d: number): number => (typeof v === 'number' ? v : d);

/** The bn_min/bn_max range of a folded conv2d/dense, clamped by its fused activation; undefined when absent. */
function bnRange(node: Graph['nodes'][number]): ValueRange | undefined {
  if (typeof node.attrs['bn_min'] !== 'number' || typeof node.attrs['bn_max'] !== 'number') return undefined;
  const lo = Math.max(node.attrs['bn_min'], num(node.attrs['act_min'], -Infinity));
  const hi = Math.min(node.attrs['bn_max'], num(node.attrs['act_max'], Infinity));
  return { min: Math.min(lo, hi), max: hi };
}

/**
 * Data-free ranges (Nagel et al. 2019): a folded BatchNorm's β ± 6γ (bn_min/bn_max) for conv2d/dense,
 * propagated through pools and reshapes, summed for add, unioned for concat; the input range is given.
 */
/**
 * A guaranteed (loose) output range of a conv2d/dense by interval arithmetic over its input range: channel n
 * lies in b[n] + Σ_k min/max(w[n,k]·lo, w[n,k]·hi) (padding contributes 0, so 0 joins the input range). The
 * data-free fallback for layers without a folded BatchNorm, e.g. a classifier head.
 */
function intervalRange(graph: Graph, node: Graph['nodes'][number], input: ValueRange): ValueRange {
  const w0 = graph.constants.get(node.operands[1]!.name)!;
  // A transposed convolution's weight is [Cin, Cout/groups, k...]: output channel first, every output sums a subset of its row.
  const w = node.op === 'conv_transpose' ? outputMajorWeights(w0, (node.attrs['groups'] as number | undefined) ?? 1) : w0;
  const b = node.operands[2] ? (graph.constants.get(node.operands[2].name)!.data as Float32Array) : undefined;
  const lo = Math.min(input.min, 0);
  const hi = Math.max(input.max, 0);
  const cout = w.type.shape[0]!;
  const k = w.data.length / cout;
  const wd = w.data as Float32Array;
  let min = Infinity;
  let max = -Infinity;
  for (let n = 0; n < cout; n++) {
    let a = b?.[n] ?? 0;
    let z = a;
    for (let i = n * k; i < (n + 1) * k; i++) {
      a += Math.min(wd[i]! * lo, wd[i]! * hi);
      z += Math.max(wd[i]! * lo, wd[i]! * hi);
    }
    min = Math.min(min, a);
    max = Math.max(max, z);
  }
  return { min, max };
}

/**
 * Interval bounds grow with every layer they pass (a 3x3x64 conv sums 576 worst cases), so after a few
 * layers the grid is so coarse that every output is the zero point (SQNR 0 dB). They are only accepted for
 * layers after the last BatchNorm: a layer without statistics that feeds another conv2d/dense is QMOD013.
 */
function feedsWeightedLayer(graph: Graph, name: string): string | undefined {
  const seen = new Set<string>([name]);
  const todo = [name];
  while (todo.length > 0) {
    const value = todo.pop()!;
    for (const user of graph.nodes.filter((n) => n.operands.some((o) => o.ref === 'value' && o.name === value))) {
      if (user.op === 'conv2d' || user.op === 'dense') return user.name;
      if (!seen.has(user.name)) {
        seen.add(user.name);
        todo.push(user.name);
      }
    }
  }
  return undefined;
}

export function dataFreeRanges(graph: Graph, inputRange: readonly [number, number]): Map<string, ValueRange> {
  const out = new Map<string, ValueRange>(graph.inputs.map((v) => [v.name, { min: inputRange[0], max: inputRange[1] }]));
  const resolved = inferTypes(graph);
  for (const node of graph.nodes) {
    const ins = node.operands.filter((o) => o.ref === 'value').map((o) => out.get(o.name)!);
    const clampAct = (r: ValueRange): ValueRange => ({ min: Math.max(r.min, num(node.attrs['act_min'], -Infinity)), max: Math.min(r.max, num(node.attrs['act_max'], Infinity)) });
    let r: ValueRange | undefined;
    if ((node.op === 'conv2d' || node.op === 'dense') && bnRange(node) === undefined) {
      const next = feedsWeightedLayer(graph, node.name);
      if (next !== undefined) {
        fail('QMOD013', `data-free quantization needs BatchNorm statistics: ${node.op} %${node.name} has none (no BatchNorm folded into it) and feeds %${next}; give calibration data (--calib DIR|x.npy)`, { node: node.name });
      }
    }
    if (node.op === 'conv2d' || node.op === 'dense' || node.op === 'conv_transpose') r = bnRange(node) ?? clampAct(intervalRange(graph, node, ins[0]!));
    else if (node.op === 'add') r = clampAct({ min: ins[0]!.min + ins[1]!.min, max: ins[0]!.max + ins[1]!.max });
    else if (node.op === 'concat') r = { min: Math.min(...ins.map((i) => i.min)), max: Math.max(...ins.map((i) => i.max)) };
    else if (node.op === 'softmax') r = { min: 0, max: 1 };
    else if (unaryFunction(node.op) !== undefined) r = functionRange(unaryFunction(node.op)!, resolved.get(node.name)!, ins[0]!.min, ins[0]!.max);
    else if (ins.length === 1) r = ins[0];
    if (r === undefined) fail('QMOD009', `${node.op} %${node.name}: no data-free range (no bn_min/bn_max from a folded BatchNorm); give calibration data`, { node: node.name });
    out.set(node.name, r);
  }
  return out;
}


/** The float passes quantizeModel runs before calibration (CLE last, when asked for). */
export function floatPassNames(cle: boolean): string[] {
  return [...FLOAT_PASSES, ...(cle ? ['equalize-cross-layer'] : [])];
}

/** The cache entry of this float pass list (made on first use), or undefined without a cache. */
function cachedFloat(graph: Graph, opts: QuantizeModelOptions, names: readonly string[]) {
  const cache = opts.cache;
  if (cache === undefined) return undefined;
  assert(cache.graph === graph && cache.calib === opts.calib, 'a calibration cache is used with the graph and calib it was made for');
  const key = names.join(',');
  let entry = cache.entries.get(key);
  if (entry === undefined) cache.entries.set(key, (entry = { float: runPipeline(graph, names) }));
  return entry;
}

/** The float graph after the passes quantizeModel runs (from the cache, computed on first use). */
export function cachedFloatGraph(cache: CalibrationCache, cle: boolean): Graph {
  return cachedFloat(cache.graph, { cache, calib: cache.calib }, floatPassNames(cle))!.float.graph;
}

/**
 * Quantizes a float graph. Returns the quantized graph (verified), the float graph after the float
 * passes (the network whose weights and activations were quantized) and a report. Errors: QCFG* (config),
 * QMOD* (missing ranges, unquantizable ops), QNT* (NaN/Inf weights, bad scales).
 */
export function quantizeModel(graph: Graph, opts: QuantizeModelOptions): { graph: Graph; report: QuantizeReport; floatGraph: Graph } {
  const config = opts.config ?? presetConfig(opts.preset ?? 'w8a8');
  const notes: string[] = [];
  // An explicit option wins over the preset's recipe; a data-hungry step of the recipe is skipped (with a
  // note) in data-free mode, while an explicit request without data is an error.
  const step = (key: keyof QuantRecipe, pass: string): boolean => {
    const want = opts[key] ?? config.recipe?.[key] ?? false;
    if (!want || key === 'cle' || opts.calib !== undefined) return want;
    if (opts[key] === true) fail('QMOD011', `${pass} needs calibration data (calib); it cannot run data-free`);
    notes.push(`${pass} skipped: no calibration data (data-free mode)`);
    return false;
  };
  const names = floatPassNames(step('cle', 'equalize-cross-layer'));
  const post = ['insert-quantizers'];
  if (step('adaround', 'adaround')) post.push('adaround');
  if (step('biasCorrection', 'correct-bias')) post.push('correct-bias');
  const cached = cachedFloat(graph, opts, names);
  const float = cached?.float ?? runPipeline(graph, names);
  const configs = resolveLayerConfigs(float.graph, config);
  let ranges: Map<string, ValueRange>;
  if (opts.calib !== undefined) {
    if (cached !== undefined) cached.stats ??= collectActivationStats(float.graph, opts.calib, ['minmax', 'percentile', 'mse']);
    ranges = calibratedRanges(float.graph, opts.calib, configs, cached?.stats);
    // Layers asking for BN-based ranges take them even with data.
    for (const node of float.graph.nodes) {
      const r = configs.get(node.name)?.actRange === 'bn' ? bnRange(node) : undefined;
      if (r !== undefined) ranges.set(node.name, { ...ranges.get(node.name), ...r });
    }
  } else {
    if (opts.inputRange === undefined) fail('QMOD009', 'data-free quantization needs the input range (inputRange) when no calibration data is given');
    ranges = dataFreeRanges(float.graph, opts.inputRange);
  }
  const data = post.length > 1 ? {
    floatGraph: float.graph, calib: opts.calib, ...(opts.cache !== undefined ? { 'walk-cache': opts.cache.walk } : {}),
    ...(opts.cache !== undefined && post.includes('adaround') ? { 'adaround-memo': opts.cache.adaround } : {}),
  } : {};
  const q = runPipeline(float.graph, post, { quantConfig: config, ranges, ...data });
  const layers: LayerReport[] = q.graph.nodes.filter((n) => typeof n.attrs['out_dtype'] === 'string').map((n) => ({
    name: n.name,
    op: n.op,
    ...(n.operands[1]?.ref === 'const' ? { weightDtype: q.graph.constants.get(n.operands[1].name)!.type.dtype } : {}),
    outDtype: n.attrs['out_dtype'] as string,
    scale: n.attrs['y_scale'] as number,
    zero: n.attrs['y_zero'] as number,
    qmin: n.attrs['qmin'] as number,
    qmax: n.attrs['qmax'] as number,
  }));
  return {
    graph: q.graph,
    // The float network the quantizer rounded (after folding, fusion and CLE): what verify compares with.
    floatGraph: float.graph,
    report: {
      config: config.name,
      calibration: opts.calib ? 'data' : 'data-free',
      samples: opts.calib?.type.shape[0] ?? 0,
      floatPasses: float.steps,
      quantPasses: q.steps,
      layers,
      biasSaturated: q.steps[0]!.stats['biasSaturated'] as readonly string[],
      notes,
    },
  };
}
