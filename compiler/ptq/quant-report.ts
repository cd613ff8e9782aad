// The quantization debugging report (Nagel et al. 2021, "A White Paper on Neural Network Quantization",
// §4 debugging flow): per quantized layer, the weight SQNR, the output SQNR against float, the chosen
// ranges, the fraction clipped at the activation quantizer, and the split "only weights quantized" vs
// "only activations quantized", each from float runs built with the quantized graph's own parameters.
//
// Mapping rule (quantized value ↔ float value): insert-quantizers keeps the node name of every conv2d,
// dense, add and concat it turns into qconv2d, qdense, qadd, qconcat, so such a layer is compared with
// the value of the same name in the float graph after the float passes the quantizer ran
// (fold-batchnorm and fuse-activations by default: the conv's name then stands for conv+BN+ReLU). The
// network input's `quantize` node is compared with the input it reads. A layer without its float
// counterpart (other float passes, another model) is QREP001.
import { FLOAT_PASSES } from './quantize-model.js';
import type { Graph, Node } from '../ir/graph.js';
import { type Tensor, formatShape, numel, sameShape } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { fail } from '../../core/diagnostics.js';
import { runPipeline } from '../passes/index.js';
import { runIntGraph } from '../reference/int-interpreter.js';
import { type ValueTransform, dequantizeCode, dequantizedWeights, fakeQuantizeOnGrid, gridOf, representableRange, runFloatValues, withWeights } from './fake-quant-runs.js';
import { SqnrAccumulator } from '../quant/sqnr.js';
import type { ActQuant } from '../quant/layer-quantization.js';

/** Options of `quantReport`. */
export interface QuantReportOptions {
  /**
   * The float passes the quantizer ran before insert-quantizers (default quantizeModel's FLOAT_PASSES).
   * With CLE pass quantizeModel's `report.floatPasses.map((s) => s.pass)`: the
   * equalized layers' values differ from the unequalized ones channel by channel.
   */
  readonly floatPasses?: readonly string[];
  /** Use at most this many samples of the batch (default: all). */
  readonly maxSamples?: number;
}

/** The activation quantizer of a layer: its grid and the real range it covers, next to what float produced. */
export interface ActivationRangeReport extends ActQuant {
  /** Real value of qmin and of qmax (after the fused clamp): the representable range. */
  readonly min: number;
  readonly max: number;
  /** Smallest and largest float value of the layer on the batch. */
  readonly observedMin: number;
  readonly observedMax: number;
}

/** The weights of a qconv2d/qdense. */
export interface WeightReport {
  readonly dtype: string;
  /** SQNR of w_scale[n]·W_int vs the folded float weights, dB. */
  readonly sqnrDb: number;
  readonly channels: number;
  /** Smallest and largest per-channel weight scale (equal for per-tensor quantization). */
  readonly scaleMin: number;
  readonly scaleMax: number;
}

/** One row of the report: a quantized layer (or the network input's quantizer). */
export interface LayerQuantReport {
  /** The node name, shared by the float and the quantized graph (the input's name for the input quantizer). */
  readonly name: string;
  readonly op: string;
  readonly weight?: WeightReport;
  readonly activation: ActivationRangeReport;
  /** Quantized graph: the layer's dequantized output vs the float value, dB over the batch. */
  readonly outputSqnrDb: number;
  /** Float graph with every weight replaced by its dequantized integer weights. */
  readonly weightsOnlySqnrDb: number;
  /** Float graph with every activation quantizer applied as fake quantization (weights float). */
  readonly activationsOnlySqnrDb: number;
  /**
   * Fraction of outputs clipped by the activation quantizer: code qmin (qmax) while the float value lies
   * more than half a step below (above) the representable range, i.e. where rounding alone would have
   * left the range. Undefined for b1 outputs.
   */
  readonly clippedFraction: number | undefined;
}

/** The report: one row per quantizer in graph order, and the same three SQNRs at the graph output. */
export interface QuantReport {
  readonly samples: number;
  readonly floatPasses: readonly string[];
  readonly layers: readonly LayerQuantReport[];
  readonly output: { readonly name: string; readonly sqnrDb: number; readonly weightsOnlySqnrDb: number; readonly activationsOnlySqnrDb: number };
}

const LAYER_OPS = new Set(['qconv2d', 'qdense', 'qadd', 'qconcat']);
const WEIGHTED_OPS = new Set(['qconv2d', 'qdense']);

/** What one report row is built from, collected over the batch. */
interface Probe {
  readonly node: Node;
  /** Name of the value in the float graph. */
  readonly floatName: string;
  readonly grid: ActQuant;
  readonly full: SqnrAccumulator;
  readonly weightsOnly: SqnrAccumulator;
  readonly activationsOnly: SqnrAccumulator;
  clipped: number;
  count: number;
  observedMin: number;
  observedMax: number;
}

function weightReport(q: Graph, node: Node, float: Graph, floatNode: Node): { report: WeightReport; dequantized: Float32Array } {
  const dequantized = dequantizedWeights(q, node);
  const ref = float.constants.get(floatNode.operands[1]!.name)!;
  if (ref.data.length !== dequantized.length) fail('QREP001', `layer ${node.name}: float weight ${formatShape(ref.type.shape)} does not match the quantized one (${dequantized.length} elements)`, { node: node.name });
  const acc = new SqnrAccumulator();
  acc.add(ref.data as Float32Array, dequantized);
  const scales = Array.from(q.constants.get(node.operands[5]!.name)!.data as Float32Array);
  return {
    dequantized,
    report: { dtype: q.constants.get(node.operands[1]!.name)!.type.dtype, sqnrDb: acc.db(), channels: scales.length, scaleMin: Math.min(...scales), scaleMax: Math.max(...scales) },
  };
}

/** The quantizers of the quantized graph, each paired with its float value (the mapping rule above). */
function probesOf(q: Graph, float: Graph, floatPasses: readonly string[]): Probe[] {
  const probes: Probe[] = [];
  for (const node of q.nodes) {
    const isInput = node.op === 'quantize' && float.inputs.some((v) => v.name === node.operands[0]!.name);
    if (!isInput && !LAYER_OPS.has(node.op)) continue;
    const floatName = isInput ? node.operands[0]!.name : node.name;
    const fv = float.values.get(floatName);
    const qv = q.values.get(node.name)!;
    if (fv === undefined || !sameShape(fv.type.shape, qv.type.shape)) {
      fail('QREP001', `quantized ${node.op} %${node.name} has no float value %${floatName} of shape ${formatShape(qv.type.shape)} after ${floatPasses.join(', ') || 'no float passes'}: `
        + 'give quantReport the float model the quantized one came from, and the float passes the quantizer ran (floatPasses)', { node: node.name });
    }
    const s = (): SqnrAccumulator => new SqnrAccumulator();
    probes.push({ node, floatName, grid: gridOf(node), full: s(), weightsOnly: s(), activationsOnly: s(), clipped: 0, count: 0, observedMin: Infinity, observedMax: -Infinity });
  }
  return probes;
}

/** Adds one sample's values of one quantizer: the three SQNRs, the clipping count, the float range. */
function observe(p: Probe, ref: Tensor, codes: Tensor, weightsOnly: Tensor, activationsOnly: Tensor): void {
  const f = ref.data as Float32Array;
  const q = codes.data as ArrayLike<number>;
  const real = new Float64Array(q.length);
  for (let i = 0; i < q.length; i++) real[i] = dequantizeCode(q[i]!, p.grid);
  p.full.add(f, real);
  p.weightsOnly.add(f, weightsOnly.data as Float32Array);
  p.activationsOnly.add(f, activationsOnly.data as Float32Array);
  // Within half a step of the range the code is the end code, clamp or not: only beyond it does the clamp cut.
  const [lo, hi] = representableRange(p.grid);
  const halfStep = p.grid.scale / 2;
  for (let i = 0; i < f.length; i++) {
    const v = f[i]!;
    if (v < p.observedMin) p.observedMin = v;
    if (v > p.observedMax) p.observedMax = v;
    if ((q[i] === p.grid.qmin && v < lo - halfStep) || (q[i] === p.grid.qmax && v > hi + halfStep)) p.clipped++;
  }
  p.count += f.length;
}

/**
 * The debugging report of `quantGraph` (from quantizeModel) against `floatGraph` (the model it was
 * quantized from, before any pass) on `batch` (f32 [N, ...input shape without batch], calibration or
 * test images). Per sample it runs the integer reference, the float graph, the float graph with
 * dequantized weights and the float graph with fake-quantized activations.
 */
export function quantReport(floatGraph: Graph, quantGraph: Graph, batch: Tensor, options: QuantReportOptions = {}): QuantReport {
  const floatPasses = options.floatPasses ?? FLOAT_PASSES;
  const float = runPipeline(floatGraph, floatPasses).graph;
  const fAttrs = inferTypes(float);
  const qAttrs = inferTypes(quantGraph);
  if (float.inputs.length !== 1 || float.outputs.length !== 1 || quantGraph.outputs.length !== 1) fail('QREP002', 'quantReport needs graphs with one input and one output');
  const decl = float.inputs[0]!;
  const sampleShape = decl.type.shape.slice(1);
  if (decl.type.shape[0] !== 1 || !sameShape(batch.type.shape.slice(1), sampleShape) || batch.type.shape[0]! < 1) {
    fail('QREP002', `batch has shape ${formatShape(batch.type.shape)}; the graph expects ${formatShape(decl.type.shape)} (any batch size ≥ 1 in the first dimension)`);
  }
  const probes = probesOf(quantGraph, float, floatPasses);
  const weights = new Map<string, WeightReport>();
  const dequantized = new Map<string, Float32Array>();
  for (const p of probes) {
    if (!WEIGHTED_OPS.has(p.node.op)) continue;
    const { report, dequantized: w } = weightReport(quantGraph, p.node, float, float.nodes.find((n) => n.name === p.floatName)!);
    weights.set(p.node.name, report);
    dequantized.set(p.floatName, w);
  }
  const weightsOnlyGraph = withWeights(float, dequantized);
  const woAttrs = inferTypes(weightsOnlyGraph);
  const fakeQuant = new Map<string, ValueTransform>(probes.map((p) => [p.floatName, (t: Tensor) => fakeQuantizeOnGrid(t, p.grid)]));
  const outputs = { full: new SqnrAccumulator(), weightsOnly: new SqnrAccumulator(), activationsOnly: new SqnrAccumulator() };
  const n = Math.min(batch.type.shape[0]!, options.maxSamples ?? Infinity);
  const per = numel(sampleShape);
  const src = batch.data instanceof Float32Array ? batch.data : Float32Array.from(batch.data as ArrayLike<number>);
  for (let b = 0; b < n; b++) {
    const inputs = new Map([[decl.name, { type: decl.type, data: src.subarray(b * per, (b + 1) * per) } as Tensor]]);
    const f = runFloatValues(float, fAttrs, inputs);
    const wo = runFloatValues(weightsOnlyGraph, woAttrs, inputs);
    const ao = runFloatValues(float, fAttrs, inputs, fakeQuant);
    const q = runIntGraph(quantGraph, inputs, qAttrs).values;
    for (const p of probes) observe(p, f.get(p.floatName)!, q.get(p.node.name)!, wo.get(p.floatName)!, ao.get(p.floatName)!);
    const out = float.outputs[0]!;
    const ref = f.get(out)!.data as Float32Array;
    outputs.full.add(ref, q.get(quantGraph.outputs[0]!)!.data as Float32Array);
    outputs.weightsOnly.add(ref, wo.get(out)!.data as Float32Array);
    outputs.activationsOnly.add(ref, ao.get(out)!.data as Float32Array);
  }
  const layers = probes.map((p): LayerQuantReport => {
    const [min, max] = representableRange(p.grid);
    const weight = weights.get(p.node.name);
    return {
      name: p.floatName,
      op: p.node.op,
      ...(weight === undefined ? {} : { weight }),
      activation: { ...p.grid, min, max, observedMin: p.observedMin, observedMax: p.observedMax },
      outputSqnrDb: p.full.db(),
      weightsOnlySqnrDb: p.weightsOnly.db(),
      activationsOnlySqnrDb: p.activationsOnly.db(),
      clippedFraction: p.grid.dtype === 'b1' ? undefined : p.clipped / p.count,
    };
  });
  return {
    samples: n,
    floatPasses,
    layers,
    output: { name: float.outputs[0]!, sqnrDb: outputs.full.db(), weightsOnlySqnrDb: outputs.weightsOnly.db(), activationsOnlySqnrDb: outputs.activationsOnly.db() },
  };
}

/** A dB figure with one decimal ("inf" for an exact match). */
function formatDb(db: number | undefined): string {
  if (db === undefined) return '-';
  if (db === Infinity) return 'inf';
  if (db === -Infinity) return '-inf';
  return db.toFixed(1);
}

const g4 = (v: number): string => (v === 0 ? '0' : Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4 ? Number(v.toPrecision(4)).toString() : v.toExponential(3));

/** Column names of `formatQuantReportRows`. */
export const QUANT_REPORT_HEAD: readonly string[] = [
  'layer', 'op', 'weights', 'act', 'weight SQNR dB', 'output SQNR dB', 'weights-only dB', 'acts-only dB', 'clipped %', 'act range', 'act scale / zero', 'w scale min..max',
];

/**
 * The report as table rows of strings for the CLI (cli-table3): row 0 is the header
 * (QUANT_REPORT_HEAD), then one row per quantizer, then the graph output's three SQNRs.
 */
export function formatQuantReportRows(report: QuantReport): string[][] {
  const rows: string[][] = [[...QUANT_REPORT_HEAD]];
  for (const l of report.layers) {
    const a = l.activation;
    rows.push([
      l.name, l.op, l.weight?.dtype ?? '-', a.dtype,
      formatDb(l.weight?.sqnrDb), formatDb(l.outputSqnrDb), formatDb(l.weightsOnlySqnrDb), formatDb(l.activationsOnlySqnrDb),
      l.clippedFraction === undefined ? '-' : (100 * l.clippedFraction).toFixed(2),
      `[${g4(a.min)}, ${g4(a.max)}]`,
      `${g4(a.scale)} / ${a.zero}`,
      l.weight === undefined ? '-' : l.weight.scaleMin === l.weight.scaleMax ? g4(l.weight.scaleMin) : `${g4(l.weight.scaleMin)}..${g4(l.weight.scaleMax)}`,
    ]);
  }
  const o = report.output;
  rows.push([`output ${o.name}`, '', '', '', '', formatDb(o.sqnrDb), formatDb(o.weightsOnlySqnrDb), formatDb(o.activationsOnlySqnrDb), '', '', '', '']);
  return rows;
}
