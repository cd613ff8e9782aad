// insert-quantizers: float graph + activation ranges + per-layer config → quantized graph. One pass does
// the insertion, the int32 bias fold and the requantization multipliers, because the fold needs the
// integer weights and both scales that only exist while a layer is being quantized: split into passes,
// the intermediate graph would have to carry float biases next to integer weights, a state no op has.
import { type Graph, type Node, cloneGraph, constRef, valueRef } from '../ir/graph.js';
import type { Tensor } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { fail } from '../../core/diagnostics.js';
import { quantizeMultiplier } from '../quant/multiplier.js';
import { roundHalfEven } from '../../core/rounding.js';
import { type ActQuant, type ValueRange, activationParams, foldBias, quantizeWeights, requantMultipliers } from '../quant/layer-quantization.js';
import { requestedLayerConfigs, resolveLayerConfigs } from '../quant/layer-config.js';
import { type ExplicitQuantParams, actQuantFromGrid, binarizeThreshold, explicitActQuant, quantizeWeightsWithScales } from '../quant/explicit-params.js';
import { type LayerQuantConfig, type QuantConfig, presetConfig } from '../quant/presets.js';
import type { Pass, PassOptions } from './pass.js';
import { freshName } from './rewrite.js';

const PASS_THROUGH: Readonly<Record<string, string>> = { maxpool: 'qmaxpool', avgpool: 'qavgpool', global_avgpool: 'qglobal_avgpool', flatten: 'flatten', reshape: 'reshape' };

/** Mutable state of one run: the graph being built and the quantization of every integer value. */
interface Ctx {
  readonly src: Graph;
  readonly out: Graph;
  readonly ranges: ReadonlyMap<string, ValueRange>;
  readonly configs: ReadonlyMap<string, LayerQuantConfig>;
  /** Layers whose config asked for binary outputs (before resolveLayerConfigs made some 8-bit). */
  readonly wantBinary: ReadonlySet<string>;
  readonly explicit: ExplicitQuantParams | undefined;
  readonly quant: Map<string, ActQuant>;
  readonly biasSaturated: string[];
  readonly notes: string[];
}

function rangeOf(c: Ctx, name: string): ValueRange {
  const r = c.ranges.get(name);
  if (r === undefined) fail('QMOD001', `no activation range for %${name}: calibrate (or give bn_min/bn_max for data-free mode) before insert-quantizers`, { node: name });
  return r;
}

function quantOf(c: Ctx, node: Node, i: number): ActQuant {
  const o = node.operands[i]!;
  const q = o.ref === 'value' ? c.quant.get(o.name) : undefined;
  if (q === undefined) fail('QMOD002', `${node.op} %${node.name}: operand ${i + 1} (${o.ref === 'value' ? '%' : '@'}${o.name}) is not a quantized activation; only values can be quantized inputs`, { node: node.name });
  return q;
}

function addConstant(c: Ctx, base: string, t: Tensor): string {
  const name = freshName(c.out, base);
  c.out.constants.set(name, t);
  return name;
}

const i32 = (data: Int32Array): Tensor => ({ type: { dtype: 'i32', shape: [data.length] }, data });
const num = (node: Node, key: string, dflt: number): number => (typeof node.attrs[key] === 'number' ? (node.attrs[key] as number) : dflt);

/** The output grid of a layer: its explicit parameters when given, else from its range (with the fused clamp unless `clamped` is false). */
function outputParams(c: Ctx, node: Node, cfg: LayerQuantConfig, clamped = true): ActQuant {
  const lo = clamped ? num(node, 'act_min', -Infinity) : -Infinity;
  const hi = clamped ? num(node, 'act_max', Infinity) : Infinity;
  const g = c.explicit?.activations.get(node.name);
  if (g !== undefined) return explicitActQuant(g, cfg, lo, hi, node.name);
  return activationParams(rangeOf(c, node.name), lo, hi, cfg, cfg.pow2, node.name);
}

const MEANING_PRESERVING = new Set(['maxpool', 'avgpool', 'global_avgpool', 'flatten', 'reshape', 'relu', 'relu6', 'clip']);

/** Whether value `name` comes (through pools, layout and clamps) from a layer whose config asked for binary outputs. */
function meantBinary(c: Ctx, name: string): boolean {
  const producer = c.src.nodes.find((n) => n.name === name);
  if (producer === undefined) return false;
  if (c.wantBinary.has(producer.name)) return true;
  return MEANING_PRESERVING.has(producer.op) && producer.operands[0]?.ref === 'value' && meantBinary(c, producer.operands[0].name);
}

/**
 * A binary-weight layer reads binary activations: when its input is a multi-bit value that was meant to be
 * binary (a residual add, a pool or a layer feeding both), the input is binarized first (qbinarize,
 * memoized per value) at the threshold t and scale β of the explicit parameters, or of the value's
 * calibration statistics (t = mean, β = std·√(2/π), as a binary layer output gets them).
 */
function binarizeInput(c: Ctx, node: Node, made: Map<string, string>): Node {
  const input = node.operands[0]!;
  const x = input.ref === 'value' ? c.quant.get(input.name) : undefined;
  if (c.configs.get(node.name)!.weightBits !== 1 || x === undefined || x.dtype === 'b1' || !meantBinary(c, input.name)) return node;
  let sign = made.get(input.name);
  if (sign === undefined) {
    const e = c.explicit?.binarize.get(input.name);
    let t: number, beta: number;
    if (e !== undefined) [t, beta] = [e.offset, e.scale];
    else {
      const r = rangeOf(c, input.name);
      t = r.mean ?? (r.min + r.max) / 2;
      beta = r.std !== undefined ? r.std * Math.sqrt(2 / Math.PI) : (r.max - r.min) / 2;
      if (!(beta > 0)) beta = 1;
    }
    const { threshold, quant } = binarizeThreshold(x, t, beta, input.name);
    sign = freshName(c.out, `${input.name}_sign`);
    c.out.nodes.push({ name: sign, op: 'qbinarize', operands: [valueRef(input.name)], attrs: { threshold, y_scale: quant.scale, y_offset: quant.offset } });
    c.out.values.set(sign, { name: sign, type: { dtype: 'b1', shape: [] } });
    c.quant.set(sign, quant);
    made.set(input.name, sign);
  }
  return { ...node, operands: [valueRef(sign), ...node.operands.slice(1)] };
}

/** conv2d/dense → qconv2d/qdense with quantized weights, folded bias and multipliers. */
function quantizeWeighted(c: Ctx, node: Node): Node {
  const cfg = c.configs.get(node.name)!;
  const x = quantOf(c, node, 0);
  const wOp = node.operands[1]!;
  if (wOp.ref !== 'const') fail('QMOD002', `${node.op} %${node.name}: the weight must be a constant to be quantized`, { node: node.name });
  const w = c.src.constants.get(wOp.name)!;
  const b = node.operands[2] ? c.src.constants.get(node.operands[2].name) : undefined;
  const scales = c.explicit?.weightScales.get(node.name);
  const wq = scales ? quantizeWeightsWithScales(w, cfg, scales, node.name) : quantizeWeights(w, cfg, node.name);
  const y = outputParams(c, node, cfg);
  const { bias, saturated } = foldBias(b?.data as Float32Array | undefined, wq, x, y, cfg.accBits);
  if (saturated > 0) c.biasSaturated.push(`${node.name}: ${saturated} bias value(s) saturated to ${bias instanceof BigInt64Array ? `the ${cfg.accBits}-bit accumulator` : 'int32'}`);
  const { m0, shift } = requantMultipliers(x.scale, wq.scale, y, cfg.pow2, node.name);
  c.quant.set(node.name, y);
  const cout = wq.scale.length;
  // Derived constants print inline when the float weight did (small hand-written graphs), else go to the sidecar.
  const inline = c.src.inlineConstants.has(wOp.name);
  const addConst = (base: string, t: Tensor): string => {
    const name = addConstant(c, base, t);
    if (inline) c.out.inlineConstants.add(name);
    return name;
  };
  const operands = [
    constRef(addConst(`${node.name}.wq`, { type: { dtype: wq.dtype, shape: w.type.shape }, data: wq.data })),
    constRef(addConst(`${node.name}.bias`, bias instanceof BigInt64Array ? { type: { dtype: 'i64', shape: [bias.length] }, data: bias } : i32(bias))),
    constRef(addConst(`${node.name}.m0`, i32(m0))),
    constRef(addConst(`${node.name}.shift`, i32(shift))),
    constRef(addConst(`${node.name}.w_scale`, { type: { dtype: 'f32', shape: [cout] }, data: Float32Array.from(wq.scale) })),
  ];
  const geometry: Record<string, number | readonly number[]> = {};
  for (const k of ['stride', 'dilation', 'pad', 'groups']) if (node.attrs[k] !== undefined) geometry[k] = node.attrs[k] as number | readonly number[];
  const attrs = {
    ...geometry,
    x_zero: x.zero, x_scale: x.scale, y_zero: y.zero, y_scale: y.scale, ...(y.dtype === 'b1' ? { y_offset: y.offset } : {}),
    qmin: y.qmin, qmax: y.qmax, out_dtype: y.dtype, requant: cfg.pow2 ? 'pow2' : 'm0shift', acc_bits: cfg.accBits, acc_overflow: cfg.accOverflow,
  };
  return { name: node.name, op: node.op === 'conv2d' ? 'qconv2d' : 'qdense', operands: [valueRef(node.operands[0]!.name), ...operands], attrs };
}

/** add(a, b) → qadd with TFLite's multipliers (see qadd.ts). */
function quantizeAdd(c: Ctx, node: Node): Node {
  const cfg = c.configs.get(node.name)!;
  const [a, b] = [quantOf(c, node, 0), quantOf(c, node, 1)];
  const y = outputParams(c, node, cfg);
  if (y.dtype === 'b1') fail('QCFG004', `layer ${node.name}: an add cannot produce binary activations`, { node: node.name });
  // (a − a_zero)·2^left_shift must fit int32: 20 leaves room for 9-bit differences, 15 for 16-bit ones (TFLite's choices).
  const leftShift = [a, b, y].some((q) => q.dtype === 'i16') ? 15 : 20;
  const twiceMax = 2 * Math.max(a.scale, b.scale);
  const qa = quantizeMultiplier(a.scale / twiceMax);
  const qb = quantizeMultiplier(b.scale / twiceMax);
  const qy = quantizeMultiplier(twiceMax / (2 ** leftShift * y.scale));
  c.quant.set(node.name, y);
  return {
    name: node.name, op: 'qadd', operands: node.operands,
    attrs: {
      a_zero: a.zero, a_scale: a.scale, a_m0: qa.m0, a_shift: qa.shift, b_zero: b.zero, b_scale: b.scale, b_m0: qb.m0, b_shift: qb.shift,
      y_zero: y.zero, y_scale: y.scale, y_m0: qy.m0, y_shift: qy.shift, left_shift: leftShift, qmin: y.qmin, qmax: y.qmax, out_dtype: y.dtype,
    },
  };
}

/** concat → qconcat: one output scale from the concat's range, each input requantized to it. */
function quantizeConcat(c: Ctx, node: Node): Node {
  const cfg = c.configs.get(node.name)!;
  const xs = node.operands.map((_, i) => quantOf(c, node, i));
  // pow2 layers keep a power-of-two output scale, so the layers reading the concat requantize by shifts.
  const y = outputParams(c, node, cfg, false);
  if (y.dtype === 'b1' || xs.some((x) => x.dtype === 'b1')) fail('QCFG004', `layer ${node.name}: concat of binary activations is not supported`, { node: node.name });
  const ms = xs.map((x) => quantizeMultiplier(x.scale / y.scale));
  c.quant.set(node.name, y);
  return {
    name: node.name, op: 'qconcat', operands: node.operands,
    attrs: {
      axis: num(node, 'axis', 1), zeros: xs.map((x) => x.zero), scales: xs.map((x) => x.scale), m0s: ms.map((m) => m.m0), shifts: ms.map((m) => m.shift),
      y_zero: y.zero, y_scale: y.scale, qmin: y.qmin, qmax: y.qmax, out_dtype: y.dtype,
    },
  };
}

/**
 * A relu/relu6/clip that could not be fused (it follows a pool, say) clamps the integer codes on its input's
 * own grid: a one-branch qconcat with the identity multiplier (M = 1 is exact, qconcat.ts) and the clamp
 * [z + round(lo/s), z + round(hi/s)] ∩ [qmin, qmax]. Scale and zero point stay the input's.
 */
function quantizeClamp(c: Ctx, node: Node): Node {
  const x = quantOf(c, node, 0);
  if (x.dtype === 'b1') fail('QCFG004', `${node.op} %${node.name}: a clamp of binary activations is not supported`, { node: node.name });
  const [lo, hi] = node.op === 'relu' ? [0, Infinity] : node.op === 'relu6' ? [0, 6] : [num(node, 'min', -Infinity), num(node, 'max', Infinity)];
  const qmin = Number.isFinite(lo) ? Math.min(x.qmax, Math.max(x.qmin, x.zero + roundHalfEven(lo / x.scale))) : x.qmin;
  const qmax = Number.isFinite(hi) ? Math.max(qmin, Math.min(x.qmax, x.zero + roundHalfEven(hi / x.scale))) : x.qmax;
  c.quant.set(node.name, { ...x, qmin, qmax });
  const identity = quantizeMultiplier(1);
  return {
    name: node.name, op: 'qconcat', operands: node.operands,
    attrs: { axis: 1, zeros: [x.zero], scales: [x.scale], m0s: [identity.m0], shifts: [identity.shift], y_zero: x.zero, y_scale: x.scale, qmin, qmax, out_dtype: x.dtype },
  };
}

/** A `dequantize` of integer value `name` (memoized), for float consumers and graph outputs. */
function dequantized(c: Ctx, name: string, made: Map<string, string>): string {
  const known = made.get(name);
  if (known !== undefined) return known;
  const q = c.quant.get(name)!;
  if (q.dtype === 'b1') fail('QMOD003', `%${name} is binary and feeds a float op or the graph output; make its layer multi-level (actBits ≥ 4)`, { node: name });
  const dq = freshName(c.out, `${name}_dq`);
  c.out.nodes.push({ name: dq, op: 'dequantize', operands: [valueRef(name)], attrs: { scale: q.scale, zero: q.zero } });
  c.out.values.set(dq, { name: dq, type: { dtype: 'f32', shape: [] } });
  made.set(name, dq);
  return dq;
}

/** Quantizes the network inputs (8-bit, or `inputBits`), min-max asymmetric unsigned unless 16-bit (signed). */
function quantizeInputs(c: Ctx, base: LayerQuantConfig, inputBits: number): void {
  const cfg: LayerQuantConfig = { ...base, actBits: inputBits as 8 | 16, actSigned: inputBits === 16 };
  for (const input of c.src.inputs) {
    const g = c.explicit?.activations.get(input.name);
    const q = g !== undefined && 'zero' in g
      ? actQuantFromGrid(g.scale, g.zero, -Infinity, Infinity, inputBits, inputBits === 16, input.name)
      : activationParams(rangeOf(c, input.name), -Infinity, Infinity, cfg, base.pow2, input.name);
    const name = freshName(c.out, `${input.name}_q`);
    c.out.nodes.push({ name, op: 'quantize', operands: [valueRef(input.name)], attrs: { scale: q.scale, zero: q.zero, dtype: q.dtype } });
    c.out.values.set(name, { name, type: { dtype: q.dtype, shape: input.type.shape } });
    c.quant.set(name, q);
  }
}

/**
 * Runs the quantization over a float graph (fold-batchnorm and fuse-activations already applied).
 * Options: `quantConfig` (QuantConfig) or `preset` (name), `ranges` (Map value → ValueRange), `inputBits`.
 */
export function insertQuantizers(graph: Graph, options: PassOptions) {
  const config = (options['quantConfig'] as QuantConfig | undefined) ?? presetConfig((options['preset'] as string | undefined) ?? 'w8a8');
  // A Map from calibration, or a plain object {value: {min, max}} (how a golden test spells it).
  const raw = options['ranges'] as ReadonlyMap<string, ValueRange> | Readonly<Record<string, ValueRange>> | undefined;
  const ranges = raw === undefined || raw instanceof Map ? (raw as ReadonlyMap<string, ValueRange> | undefined) : new Map(Object.entries(raw));
  const explicit = options['explicit'] as ExplicitQuantParams | undefined;
  if (ranges === undefined && explicit === undefined) fail('QMOD001', 'insert-quantizers needs activation ranges (option ranges) or explicit parameters: use quantizeModel, which calibrates');
  const configs = resolveLayerConfigs(graph, config);
  const requested = requestedLayerConfigs(graph, config);
  const wantBinary = new Set([...requested].filter(([name, r]) => r.actBits === 1 && configs.get(name)!.actBits !== 1).map(([name]) => name));
  if (configs.size === 0) fail('QMOD005', `graph ${graph.name} has no conv2d/dense/add/concat layer to quantize`);
  const out = cloneGraph(graph);
  out.nodes = [];
  out.constants = new Map();
  out.inlineConstants = new Set();
  const c: Ctx = { src: graph, out, ranges: ranges ?? new Map(), configs, wantBinary, explicit, quant: new Map(), biasSaturated: [], notes: [] };
  // The input is 8-bit whatever the layers use (4-bit or binary inputs lose too much); 16-bit in w16a16.
  const inputBits = (options['inputBits'] as number | undefined) ?? (config.default.actBits === 16 ? 16 : 8);
  if (inputBits !== 8 && inputBits !== 16) fail('PASS003', `inputBits must be 8 or 16, got ${inputBits}`);
  quantizeInputs(c, config.default, inputBits);
  const renamed = new Map(graph.inputs.map((v) => [v.name, [...c.out.nodes].find((n) => n.operands[0]!.name === v.name)!.name]));
  const made = new Map<string, string>();
  const signs = new Map<string, string>();
  for (const src of graph.nodes) {
    const node: Node = { ...src, operands: src.operands.map((o) => (o.ref === 'value' && renamed.has(o.name) ? valueRef(renamed.get(o.name)!) : o)) };
    const intInputs = node.operands.filter((o) => o.ref === 'value' && c.quant.has(o.name));
    let q: Node;
    if (node.op === 'conv2d' || node.op === 'dense') q = quantizeWeighted(c, binarizeInput(c, node, signs));
    else if (node.op === 'add' && intInputs.length > 0) q = quantizeAdd(c, node);
    else if (node.op === 'concat' && intInputs.length > 0) q = quantizeConcat(c, node);
    else if (PASS_THROUGH[node.op] !== undefined && intInputs.length === 1) {
      if (node.op === 'avgpool' && node.attrs['count_include_pad'] === true) fail('QMOD006', `avgpool %${node.name}: count_include_pad=true has no integer form; the integer pool divides by the real elements`, { node: node.name });
      const { count_include_pad: _unused, ...attrs } = node.attrs;
      q = { ...node, op: PASS_THROUGH[node.op]!, attrs };
      c.quant.set(node.name, c.quant.get(node.operands[0]!.name)!);
    } else if (['relu', 'relu6', 'clip'].includes(node.op) && intInputs.length === 1) {
      q = quantizeClamp(c, node);
    } else if (['batchnorm', 'sub', 'mul', 'div', 'matmul'].includes(node.op) && intInputs.length > 0) {
      fail('QMOD007', `${node.op} %${node.name} cannot be quantized on its own: fold-batchnorm and fold-constant-affine fold these only into an adjacent conv2d/dense`, { node: node.name });
    } else {
      // A float op (softmax): its integer operands are dequantized first.
      q = { ...node, operands: node.operands.map((o) => (o.ref === 'value' && c.quant.has(o.name) ? valueRef(dequantized(c, o.name, made)) : o)) };
      for (const o of q.operands) if (o.ref === 'const') c.out.constants.set(o.name, graph.constants.get(o.name)!);
    }
    c.out.nodes.push(q);
  }
  out.outputs = graph.outputs.map((name) => (c.quant.has(name) ? dequantized(c, name, made) : name));
  inferTypes(out);
  return { graph: out, stats: { layers: configs.size, biasSaturated: c.biasSaturated, notes: c.notes } };
}

/** The pass object (registered in compiler/passes/index.ts). */
export const insertQuantizersPass: Pass = {
  name: 'insert-quantizers',
  summary: 'quantize weights and activations per layer, fold zero points into int32 biases, compute requantization multipliers',
  options: {
    preset: { kind: 'string', default: 'w8a8', doc: 'quantization preset (w8a8, w8a8-pc, w4a8, w4a4, w8a8-pow2, binary, w16a16)' },
    quantConfig: { kind: 'data', doc: 'a QuantConfig (presets.ts); overrides preset' },
    ranges: { kind: 'data', doc: 'Map (or object) value name → {min, max, mean?, std?} from calibration' },
    inputBits: { kind: 'number', doc: 'bits of the network input quantizer (8, or 16 for w16a16)' },
    explicit: { kind: 'data', doc: 'ExplicitQuantParams (explicit-params.ts): given grids and weight scales instead of ranges (QAT export)' },
  },
  run: insertQuantizers,
};
