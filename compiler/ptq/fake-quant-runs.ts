// Float runs that simulate one half of the quantization, built from a quantized graph's own parameters
// (the white paper's "weights only vs activations only" split): the activation grid of a quantized
// value, fake quantization and dequantization on it, the float graph with its weights replaced by the
// dequantized integer weights, and a float interpreter loop that can replace values as they are made.
import { type Attrs, type Graph, type Node, cloneGraph, constRef } from '../ir/graph.js';
import { lookupOp } from '../ir/op-registry.js';
import { DTYPES, type DType } from '../ir/dtype.js';
import { type Tensor, numel } from '../ir/tensor.js';
import { assert } from '../../core/diagnostics.js';
import { fakeQuantizeValue } from '../quant/quantize-tensor.js';
import type { ActQuant } from '../quant/layer-quantization.js';
import { accumulatorWeightsOf } from '../ir/ops/quantized/requantize.js';

const num = (attrs: Attrs, key: string, dflt?: number): number => {
  const v = attrs[key];
  assert(typeof v === 'number' || dflt !== undefined, `quantized node lacks attribute ${key}`);
  return typeof v === 'number' ? v : dflt!;
};

/**
 * The output grid of a quantizing node: `quantize` (scale, zero, the dtype's full range) or a layer
 * with `y_scale`/`y_zero`/`qmin`/`qmax`/`out_dtype` (qconv2d, qdense, qadd, qconcat).
 */
export function gridOf(node: Node): ActQuant {
  const a = node.attrs;
  if (node.op === 'quantize') {
    const dtype = a['dtype'] as DType;
    return { dtype, scale: num(a, 'scale'), zero: num(a, 'zero'), qmin: DTYPES[dtype].min!, qmax: DTYPES[dtype].max!, offset: 0 };
  }
  return { dtype: a['out_dtype'] as DType, scale: num(a, 'y_scale'), zero: num(a, 'y_zero'), qmin: num(a, 'qmin'), qmax: num(a, 'qmax'), offset: num(a, 'y_offset', 0) };
}

/** The real value of code q. */
export function dequantizeCode(q: number, g: ActQuant): number {
  return g.dtype === 'b1' ? g.offset + g.scale * q : g.scale * (q - g.zero);
}

/** The real range the codes [qmin, qmax] cover (b1: t ± scale). */
export function representableRange(g: ActQuant): [number, number] {
  return [dequantizeCode(g.dtype === 'b1' ? -1 : g.qmin, g), dequantizeCode(g.dtype === 'b1' ? 1 : g.qmax, g)];
}

/**
 * Fake quantization on the grid, as the integer path rounds a real value: `quantizeValue` (x/s, ties to
 * even, + zero, clamp to the fused [qmin, qmax]) then dequantization; b1: x ≥ t → t + s, else t − s.
 */
export function fakeQuantizeOnGrid(t: Tensor, g: ActQuant): Tensor {
  const src = t.data as ArrayLike<number>;
  const out = new Float32Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const x = src[i]!;
    out[i] = g.dtype === 'b1' ? g.offset + (x >= g.offset ? g.scale : -g.scale) : fakeQuantizeValue(x, g.scale, g.zero, g.qmin, g.qmax);
  }
  return { type: t.type, data: out };
}

/**
 * The weights a quantized qconv2d/qdense really multiplies by, in real units: w_scale[n]·W_int[n, k]
 * per output channel n (per-tensor layers repeat one scale; b1 weights carry α[n]). w_scale is the
 * f32 copy the graph stores, so the result is within 2^-24 relative of s_w·W_int.
 */
export function dequantizedWeights(q: Graph, node: Node): Float32Array {
  const w = q.constants.get(node.operands[1]!.name);
  const scaleOp = node.operands[5];
  const scale = scaleOp === undefined ? undefined : q.constants.get(scaleOp.name);
  assert(w !== undefined && scale !== undefined, `${node.op} %${node.name} lacks its weight or w_scale constant`);
  const rows = w.type.shape[0]!;
  const k = numel(w.type.shape) / rows;
  const out = new Float32Array(rows * k);
  // Group-wise scales: s_n·(m[n, g]·q[n, k]), the integer product first (exact).
  const wAcc = accumulatorWeightsOf(node.operands.map((o) => (o.ref === 'const' ? q.constants.get(o.name) : undefined)), node.attrs);
  for (let n = 0; n < rows; n++) {
    const s = scale.data[n] as number;
    for (let j = 0; j < k; j++) out[n * k + j] = s * wAcc[n * k + j]!;
  }
  return out;
}

/**
 * A copy of the float graph whose weighted nodes named in `weights` read the given tensors (same
 * shape as their float weights) through fresh constants; everything else, biases included, is shared.
 */
export function withWeights(float: Graph, weights: ReadonlyMap<string, Float32Array>): Graph {
  const g = cloneGraph(float);
  g.nodes = g.nodes.map((node) => {
    const data = weights.get(node.name);
    if (data === undefined) return node;
    const old = g.constants.get(node.operands[1]!.name)!;
    let name = `${node.name}.w_fake_quant`;
    while (g.constants.has(name)) name += '_';
    g.constants.set(name, { type: old.type, data });
    return { ...node, operands: node.operands.map((o, i) => (i === 1 ? constRef(name) : o)) };
  });
  return g;
}

/** Replaces a value right after it is computed, before any consumer reads it. */
export type ValueTransform = (t: Tensor) => Tensor;

/**
 * One float run keeping every value (inputs included), with `transform` applied by value name as the
 * value is produced: the float reference's loop (evalFloat node by node) with a hook. `only`: evaluate just
 * these nodes, their other operands taken from `inputs` (values an earlier run of the same graph computed:
 * a sensitivity probe reruns only what its layer changes).
 */
export function runFloatValues(graph: Graph, attrs: Map<string, Attrs>, inputs: ReadonlyMap<string, Tensor>, transform?: ReadonlyMap<string, ValueTransform>, only?: ReadonlySet<string>): Map<string, Tensor> {
  const env = new Map<string, Tensor>();
  const put = (name: string, t: Tensor): void => {
    const f = transform?.get(name);
    env.set(name, f === undefined ? t : f(t));
  };
  if (only !== undefined) for (const [name, t] of inputs) env.set(name, t);
  else {
    for (const v of graph.inputs) {
      const t = inputs.get(v.name);
      assert(t !== undefined, `missing input ${v.name}`);
      put(v.name, t);
    }
  }
  for (const node of graph.nodes) {
    if (only !== undefined && !only.has(node.name)) continue;
    const spec = lookupOp(node.op);
    assert(spec, `verified graph has unknown op ${node.op}`);
    const operands = node.operands.map((o) => {
      const t = o.ref === 'value' ? env.get(o.name) : graph.constants.get(o.name);
      assert(t, `operand ${o.name} of ${node.name} missing at run time`);
      return t;
    });
    put(node.name, spec.evalFloat(operands, attrs.get(node.name)!, graph.values.get(node.name)!.type));
  }
  return env;
}
