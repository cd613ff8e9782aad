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
import { buildActivationTable } from '../quant/activation-table.js';
import { outputMajorWeights } from '../quant/output-major-weights.js';
import { unaryFunction } from '../ir/ops/unary-functions.js';
import { DTYPES } from '../ir/dtype.js';
import { requestedLayerConfigs, resolveLayerConfigs } from '../quant/layer-config.js';
import { type ExplicitQuantParams, actQuantFromGrid, explicitActQuant, quantizeWeightsWithScales } from '../quant/explicit-params.js';
import { type LayerQuantConfig, type QuantConfig, presetConfig } from '../quant/presets.js';
import type { Pass, PassOptions } from './pass.js';
import { freshName } from './rewrite.js';
import { type QuantizerContext as Ctx, rangeOf } from './quantizer-context.js';
import { binarizeInput } from './binarize-input.js';

const PASS_THROUGH: Readonly<Record<string, string>> = {
  maxpool: 'qmaxpool', avgpool: 'qavgpool', global_avgpool: 'qglobal_avgpool', flatten: 'flatten', reshape: 'reshape', transpose: 'transpose', resize: 'resize', slice: 'slice', expand: 'expand',
};

/** Float-only ops (no integer form yet): quantizing a graph where they read an integer value is QMOD010. */
const FLOAT_ONLY: Readonly<Record<string, string>> = {
  conv3d: '3-D convolution runs in float only', maxpool3d: '3-D pooling runs in float only', avgpool3d: '3-D pooling runs in float only',
  reduce: 'a reduction other than the mean or max over H and W runs in float only (those are global_avgpool and maxpool)',
  lrn: 'local response normalization runs in float only',
  prelu: 'a PReLU with more than one slope has no integer form (a one-slope PReLU imports as leaky_relu, a table)',
};

/** Mutable state of one run: the graph being built and the quantization of every integer value. */
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
    // Group-wise scales: the u8 multipliers m[n, g] as the seventh operand (w_scale is then s_n).
    ...(wq.group ? [constRef(addConst(`${node.name}.w_mult`, { type: { dtype: 'u8', shape: [cout, wq.group.layout.count] }, data: wq.group.mult }))] : []),
  ];
  const geometry: Record<string, number | readonly number[]> = {};
  for (const k of ['stride', 'dilation', 'pad', 'groups']) if (node.attrs[k] !== undefined) geometry[k] = node.attrs[k] as number | readonly number[];
  const attrs = {
    ...geometry,
    x_zero: x.zero, x_scale: x.scale, y_zero: y.zero, y_scale: y.scale, ...(y.dtype === 'b1' ? { y_offset: y.offset } : {}),
    qmin: y.qmin, qmax: y.qmax, out_dtype: y.dtype, requant: cfg.pow2 ? 'pow2' : 'm0shift', acc_bits: cfg.accBits, acc_overflow: cfg.accOverflow,
    // Only log layers carry w_format (int is the default): every other graph prints as before.
    ...(cfg.weightFormat === 'log' && !scales ? { w_format: 'log' } : {}),
    ...(wq.group ? { w_group: wq.group.layout.size } : {}),
  };
  return { name: node.name, op: node.op === 'conv2d' ? 'qconv2d' : 'qdense', operands: [valueRef(node.operands[0]!.name), ...operands], attrs };
}

/**
 * conv_transpose → qconv_transpose: the weight reordered output channel first (output-major-weights.ts) and
 * quantized per the layer's config; the bias is not folded with the zero point (the op subtracts it per
 * term, qconv-transpose.ts), only rounded to the accumulator's scale.
 */
function quantizeConvTranspose(c: Ctx, node: Node, attrs: Readonly<Record<string, unknown>>): Node {
  const cfg = c.configs.get(node.name)!;
  const x = quantOf(c, node, 0);
  if (x.dtype === 'b1' || cfg.weightBits === 1 || cfg.actBits === 1) fail('QCFG004', `conv_transpose %${node.name}: binary weights or activations are not supported`, { node: node.name });
  const w = outputMajorWeights(c.src.constants.get(node.operands[1]!.name)!, attrs['groups'] as number);
  const b = node.operands[2] ? (c.src.constants.get(node.operands[2].name)!.data as Float32Array) : undefined;
  const wq = quantizeWeights(w, cfg, node.name);
  const y = activationParams(rangeOf(c, node.name), -Infinity, Infinity, cfg, cfg.pow2, node.name);
  const { bias, saturated } = foldBias(b, wq, { ...x, zero: 0 }, y, cfg.accBits);
  if (saturated > 0) c.biasSaturated.push(`${node.name}: ${saturated} bias value(s) saturated`);
  const { m0, shift } = requantMultipliers(x.scale, wq.scale, y, cfg.pow2, node.name);
  c.quant.set(node.name, y);
  const constant = (role: string, t: Tensor) => constRef(addConstant(c, `${node.name}.${role}`, t));
  const operands = [
    node.operands[0]!, constant('wq', { type: { dtype: wq.dtype, shape: w.type.shape }, data: wq.data }),
    constant('bias', bias instanceof BigInt64Array ? { type: { dtype: 'i64', shape: [bias.length] }, data: bias } : i32(bias)),
    constant('m0', i32(m0)), constant('shift', i32(shift)), constant('w_scale', { type: { dtype: 'f32', shape: [wq.scale.length] }, data: Float32Array.from(wq.scale) }),
  ];
  const geometry = Object.fromEntries(['stride', 'dilation', 'pad', 'output_padding', 'groups'].map((k) => [k, attrs[k] as number | number[]]));
  return {
    name: node.name, op: 'qconv_transpose', operands,
    attrs: {
      ...geometry, x_zero: x.zero, x_scale: x.scale, y_zero: y.zero, y_scale: y.scale, qmin: y.qmin, qmax: y.qmax, out_dtype: y.dtype,
      requant: cfg.pow2 ? 'pow2' : 'm0shift', acc_bits: cfg.accBits, acc_overflow: cfg.accOverflow,
    },
  };
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

/**
 * An elementwise function (sigmoid, hard_swish, …) of an integer activation → qlut: the output keeps the
 * input's dtype (bits, signedness) with its own scale and zero point from the output's range, and the
 * table maps every input code (activation-table.ts).
 */
function quantizeFunction(c: Ctx, node: Node, attrs: Readonly<Record<string, unknown>>): Node {
  const x = quantOf(c, node, 0);
  if (!['u8', 'i8', 'u4', 'i4'].includes(x.dtype)) fail('QCFG004', `${node.op} %${node.name}: a table needs an input of at most 8 bits, got ${x.dtype}`, { node: node.name });
  const bits = DTYPES[x.dtype].bits as 8 | 4;
  const cfg: LayerQuantConfig = { ...c.base, actBits: bits, actSigned: DTYPES[x.dtype].signed };
  const y = activationParams(rangeOf(c, node.name), -Infinity, Infinity, cfg, c.base.pow2, node.name);
  const fn = unaryFunction(node.op)!;
  const table = addConstant(c, `${node.name}.table`, buildActivationTable(fn, attrs as never, x, y));
  if (c.src.inlineConstants.size > 0 && c.src.weightsFile === undefined) c.out.inlineConstants.add(table);
  c.quant.set(node.name, y);
  return {
    name: node.name, op: 'qlut', operands: [node.operands[0]!, constRef(table)],
    attrs: { fn: node.op, x_scale: x.scale, x_zero: x.zero, y_scale: y.scale, y_zero: y.zero, out_dtype: y.dtype },
  };
}

/** pad → qpad: the constant becomes the code of its value on the input's grid (0.0 → the zero point). */
function quantizePad(c: Ctx, node: Node, attrs: Readonly<Record<string, unknown>>): Node {
  const x = quantOf(c, node, 0);
  const value = attrs['value'] as number;
  const code = Math.min(x.qmax, Math.max(x.qmin, x.zero + roundHalfEven(value / x.scale)));
  c.quant.set(node.name, x);
  return { name: node.name, op: 'qpad', operands: node.operands, attrs: { pads: attrs['pads'] as number[], mode: attrs['mode'] as string, value: code } };
}

/** Why a pass-through op cannot carry integer codes as they are, or undefined. */
function passThroughProblem(node: Node, attrs: Readonly<Record<string, unknown>>): string | undefined {
  if (node.op === 'avgpool' && attrs['count_include_pad'] === true) return 'count_include_pad=true with ceil_mode or dilation has no integer form; the integer pool divides by the real elements (without them, fold-pad makes it a depthwise conv2d)';
  if (node.op === 'avgpool' && (attrs['dilation'] as number[]).some((d) => d !== 1)) return 'a dilated average pool has no integer form yet';
  if (node.op === 'resize' && (attrs['mode'] !== 'nearest' || attrs['coordinate_transformation_mode'] === 'tf_crop_and_resize')) {
    return `resize mode ${String(attrs['mode'])}${attrs['mode'] === 'nearest' ? ' with tf_crop_and_resize' : ''} computes new values; only nearest (a copy of codes) quantizes`;
  }
  return undefined;
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

/** QMOD007's reason for an arithmetic node the float passes could not turn into a layer. */
function whyNotQuantizable(node: Node, activations: number): string {
  if (activations > 1) return `it ${node.op === 'matmul' || node.op === 'mul' ? 'multiplies' : 'combines'} two activations, which has no integer form yet`;
  if (node.op === 'matmul') return 'a matmul with a constant becomes dense only for 2-D data (matmul-to-dense)';
  return 'only a scale/shift that is one constant or one constant per channel of [N,C,H,W] or [N,C] data is quantized '
    + '(fold-channel-affine folds it into the neighbouring conv2d/dense or makes it a depthwise 1x1 conv2d); this one is not';
}

/** Quantizes the network inputs (8-bit, or `inputBits`), min-max asymmetric unsigned unless 16-bit (signed). */
function quantizeInputs(c: Ctx, base: LayerQuantConfig, inputBits: number): void {
  const cfg: LayerQuantConfig = { ...base, actBits: inputBits as 8 | 16, actSigned: inputBits === 16 };
  for (const input of c.src.inputs) {
    if (input.type.dtype !== 'f32') fail('QMOD002', `graph input %${input.name} is ${input.type.dtype}: quantization starts from float32 inputs`, { node: input.name });
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
  const c: Ctx = { src: graph, out, ranges: ranges ?? new Map(), configs, wantBinary, explicit, quant: new Map(), biasSaturated: [], notes: [], base: config.default };
  // The input is 8-bit whatever the layers use (4-bit or binary inputs lose too much); 16-bit in w16a16.
  const inputBits = (options['inputBits'] as number | undefined) ?? (config.default.actBits === 16 ? 16 : 8);
  if (inputBits !== 8 && inputBits !== 16) fail('PASS003', `inputBits must be 8 or 16, got ${inputBits}`);
  quantizeInputs(c, config.default, inputBits);
  const renamed = new Map(graph.inputs.map((v) => [v.name, [...c.out.nodes].find((n) => n.operands[0]!.name === v.name)!.name]));
  const made = new Map<string, string>();
  const resolved = inferTypes(graph);
  const signs = new Map<string, string>();
  for (const src of graph.nodes) {
    const attrs = resolved.get(src.name)!;
    const node: Node = { ...src, operands: src.operands.map((o) => (o.ref === 'value' && renamed.has(o.name) ? valueRef(renamed.get(o.name)!) : o)) };
    const intInputs = node.operands.filter((o) => o.ref === 'value' && c.quant.has(o.name));
    let q: Node;
    if (node.op === 'conv2d' || node.op === 'dense') q = quantizeWeighted(c, binarizeInput(c, node, signs));
    else if (node.op === 'conv_transpose' && intInputs.length === 1) q = quantizeConvTranspose(c, node, attrs);
    else if (node.op === 'add' && intInputs.length > 0) {
      const [sa, sb] = node.operands.map((o) => graph.values.get(o.name)?.type.shape ?? graph.constants.get(o.name)!.type.shape);
      if (intInputs.length === 2 && sa!.join() !== sb!.join()) fail('QMOD007', `add %${node.name} cannot be quantized: it broadcasts [${sa}] with [${sb}]; the integer add (qadd) needs two inputs of one shape`, { node: node.name });
      q = quantizeAdd(c, node);
    }
    else if (node.op === 'concat' && intInputs.length > 0) q = quantizeConcat(c, node);
    else if (PASS_THROUGH[node.op] !== undefined && intInputs.length === 1) {
      const problem = passThroughProblem(node, attrs);
      if (problem !== undefined) fail('QMOD006', `${node.op} %${node.name}: ${problem}`, { node: node.name });
      // A dilated max pool is its own integer op: the lowering of qmaxpool has no dilated windows.
      const dilated = node.op === 'maxpool' && (attrs['dilation'] as number[]).some((d) => d !== 1);
      const { count_include_pad: _c, dilation: _d, ...window } = node.attrs;
      const qAttrs = node.op === 'maxpool' || node.op === 'avgpool' ? (dilated ? { ...window, dilation: attrs['dilation']! } : window) : node.attrs;
      q = { ...node, op: dilated ? 'qmaxpool_dilated' : PASS_THROUGH[node.op]!, attrs: qAttrs };
      c.quant.set(node.name, c.quant.get(node.operands[0]!.name)!);
    } else if (['relu', 'relu6', 'clip'].includes(node.op) && intInputs.length === 1) {
      q = quantizeClamp(c, node);
    } else if (unaryFunction(node.op) !== undefined && intInputs.length === 1) {
      q = quantizeFunction(c, node, attrs);
    } else if (node.op === 'pad' && intInputs.length === 1) {
      q = quantizePad(c, node, attrs);
    } else if (FLOAT_ONLY[node.op] !== undefined && intInputs.length > 0) {
      fail('QMOD010', `${node.op} %${node.name} cannot be quantized: ${FLOAT_ONLY[node.op]}`, { node: node.name });
    } else if (['batchnorm', 'sub', 'mul', 'div', 'matmul'].includes(node.op) && intInputs.length > 0) {
      fail('QMOD007', `${node.op} %${node.name} cannot be quantized: ${whyNotQuantizable(node, intInputs.length)}`, { node: node.name });
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
    preset: { kind: 'string', default: 'w8a8', doc: 'quantization preset (w8a8, w8a8-pc, w4a8, w4a4, w8a8-pow2, w4a8-log, binary, w16a16)' },
    quantConfig: { kind: 'data', doc: 'a QuantConfig (presets.ts); overrides preset' },
    ranges: { kind: 'data', doc: 'Map (or object) value name → {min, max, mean?, std?} from calibration' },
    inputBits: { kind: 'number', doc: 'bits of the network input quantizer (8, or 16 for w16a16)' },
    explicit: { kind: 'data', doc: 'ExplicitQuantParams (explicit-params.ts): given grids and weight scales instead of ranges (QAT export)' },
  },
  run: insertQuantizers,
};
