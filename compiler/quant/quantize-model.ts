// The quantization driver: float graph + config + calibration data (or none: data-free) → quantized graph.
// Pipeline: fold-batchnorm → fuse-activations → [equalize-cross-layer] → ranges → insert-quantizers.
import { type Graph, cloneGraph } from '../ir/graph.js';
import { type Tensor, numel } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { runFloat } from '../reference/float-interpreter.js';
import { fail } from '../diagnostics.js';
import { PASS_REGISTRY, type PipelineStep, runPipeline } from '../passes/index.js';
import { insertQuantizers } from '../passes/insert-quantizers.js';
import type { ValueRange } from './layer-quantization.js';
import { resolveLayerConfigs } from './layer-config.js';
import { type QuantConfig, presetConfig } from './presets.js';

/** What to quantize with. Give `preset` or `config` (config wins). */
export interface QuantizeModelOptions {
  preset?: string;
  config?: QuantConfig;
  /** Calibration batch, f32 [N, ...input shape without batch]. Absent: data-free (bn_min/bn_max ranges). */
  calib?: Tensor;
  /** Data-free mode: the real range of the network input (required without `calib`). */
  inputRange?: readonly [number, number];
  /** Run equalize-cross-layer before calibration. */
  cle?: boolean;
  biasCorrection?: boolean;
  adaround?: boolean;
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
  readonly layers: readonly LayerReport[];
  /** Layers whose int32 bias saturated (each entry names the layer and the count). */
  readonly biasSaturated: readonly string[];
}

/** min/max/mean/std of every value (inputs and node outputs) over a calibration batch, by running the float graph. */
export function collectRanges(graph: Graph, calib: Tensor): Map<string, ValueRange> {
  const probe = cloneGraph(graph);
  const attrs = inferTypes(probe);
  probe.outputs = [...graph.inputs.map((v) => v.name), ...graph.nodes.map((n) => n.name)];
  const decl = graph.inputs[0]!;
  const per = numel(decl.type.shape);
  const n = calib.type.shape[0]!;
  if (graph.inputs.length !== 1 || calib.data.length !== n * per) fail('QMOD010', `calibration data ${JSON.stringify(calib.type.shape)} does not match the input ${JSON.stringify(decl.type.shape)} of ${graph.name} (one input, any batch)`);
  const acc = new Map<string, { min: number; max: number; sum: number; sq: number; count: number }>();
  for (let b = 0; b < n; b++) {
    const sample: Tensor = { type: decl.type, data: (calib.data as Float32Array).subarray(b * per, (b + 1) * per) };
    for (const [name, t] of runFloat(probe, new Map([[decl.name, sample]]), attrs)) {
      const a = acc.get(name) ?? { min: Infinity, max: -Infinity, sum: 0, sq: 0, count: 0 };
      for (const v of t.data as Float32Array) {
        if (v < a.min) a.min = v;
        if (v > a.max) a.max = v;
        a.sum += v;
        a.sq += v * v;
      }
      a.count += t.data.length;
      acc.set(name, a);
    }
  }
  const out = new Map<string, ValueRange>();
  for (const [name, a] of acc) {
    const mean = a.sum / a.count;
    out.set(name, { min: a.min, max: a.max, mean, std: Math.sqrt(Math.max(0, a.sq / a.count - mean * mean)) });
  }
  return out;
}

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
export function dataFreeRanges(graph: Graph, inputRange: readonly [number, number]): Map<string, ValueRange> {
  const out = new Map<string, ValueRange>(graph.inputs.map((v) => [v.name, { min: inputRange[0], max: inputRange[1] }]));
  for (const node of graph.nodes) {
    const ins = node.operands.filter((o) => o.ref === 'value').map((o) => out.get(o.name)!);
    const clampAct = (r: ValueRange): ValueRange => ({ min: Math.max(r.min, num(node.attrs['act_min'], -Infinity)), max: Math.min(r.max, num(node.attrs['act_max'], Infinity)) });
    let r: ValueRange | undefined;
    if (node.op === 'conv2d' || node.op === 'dense') r = bnRange(node);
    else if (node.op === 'add') r = clampAct({ min: ins[0]!.min + ins[1]!.min, max: ins[0]!.max + ins[1]!.max });
    else if (node.op === 'concat') r = { min: Math.min(...ins.map((i) => i.min)), max: Math.max(...ins.map((i) => i.max)) };
    else if (node.op === 'softmax') r = { min: 0, max: 1 };
    else if (ins.length === 1) r = ins[0];
    if (r === undefined) fail('QMOD009', `${node.op} %${node.name}: no data-free range (no bn_min/bn_max from a folded BatchNorm); give calibration data`, { node: node.name });
    out.set(node.name, r);
  }
  return out;
}

function optionalPass(name: string, flag: string): string {
  if (!PASS_REGISTRY.has(name)) fail('QMOD008', `${flag} needs the ${name} pass, which this build does not have yet`);
  return name;
}

/**
 * Quantizes a float graph. Returns the quantized graph (verified) and a report. Errors: QCFG* (config),
 * QMOD* (missing ranges, unquantizable ops), QNT* (NaN/Inf weights, bad scales).
 */
export function quantizeModel(graph: Graph, opts: QuantizeModelOptions): { graph: Graph; report: QuantizeReport } {
  const config = opts.config ?? presetConfig(opts.preset ?? 'w8a8');
  const names = ['fold-batchnorm', 'fuse-activations'];
  if (opts.cle) names.push('equalize-cross-layer');
  if (opts.biasCorrection) names.push(optionalPass('correct-bias', '--bias-correction'));
  if (opts.adaround) names.push(optionalPass('adaround', '--adaround'));
  const float = runPipeline(graph, names);
  const configs = resolveLayerConfigs(float.graph, config);
  let ranges: Map<string, ValueRange>;
  if (opts.calib !== undefined) {
    ranges = collectRanges(float.graph, opts.calib);
    // Layers asking for BN-based ranges take them even with data.
    for (const node of float.graph.nodes) {
      const r = configs.get(node.name)?.actRange === 'bn' ? bnRange(node) : undefined;
      if (r !== undefined) ranges.set(node.name, { ...ranges.get(node.name), ...r });
    }
  } else {
    if (opts.inputRange === undefined) fail('QMOD009', 'data-free quantization needs the input range (inputRange) when no calibration data is given');
    ranges = dataFreeRanges(float.graph, opts.inputRange);
  }
  const q = insertQuantizers(float.graph, { quantConfig: config, ranges });
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
    report: {
      config: config.name,
      calibration: opts.calib ? 'data' : 'data-free',
      samples: opts.calib?.type.shape[0] ?? 0,
      floatPasses: float.steps,
      layers,
      biasSaturated: q.stats.biasSaturated,
    },
  };
}
