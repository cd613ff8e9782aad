// The second half of verify's float check: every quantized layer's dequantized output must lie within one
// output step of the exact real-valued layer applied to its own dequantized inputs, weights and bias
// (clamped to the output's range). The end-to-end error bound (error-bound.ts) never fails a correct
// compile but is loose; this check is tight, layer by layer, and catches what breaks the quantized
// arithmetic itself: a requantization multiplier or shift that does not implement the scales it claims,
// a scale attribute that does not match the integers. (A bias is its own arithmetic: it is checked against
// float only through the end-to-end bound.)
import type { Attrs, Graph, Node } from '../../compiler/ir/graph.js';
import { type Tensor, makeTensor } from '../../compiler/ir/tensor.js';
import { DTYPES, type DType } from '../../compiler/ir/dtype.js';
import { lookupOp } from '../../compiler/ir/op-registry.js';

const num = (a: Attrs, k: string): number => a[k] as number;

/** Dequantized values of a quantized tensor (scale and zero point of its producer). */
function dequantized(t: Tensor, scale: number, zero: number): Tensor {
  return makeTensor('f32', t.type.shape, Float32Array.from(t.data as ArrayLike<number>, (q) => scale * (q - zero)));
}

/** Scale and zero point of every quantized value, from the node that produced it. */
function quantization(g: Graph, attrs: Map<string, Attrs>): Map<string, { scale: number; zero: number }> {
  const out = new Map<string, { scale: number; zero: number }>();
  for (const n of g.nodes) {
    const a = attrs.get(n.name)!;
    const first = n.operands[0]?.ref === 'value' ? out.get(n.operands[0].name) : undefined;
    if (n.op === 'quantize') out.set(n.name, { scale: num(a, 'scale'), zero: num(a, 'zero') });
    else if (typeof a['y_scale'] === 'number') out.set(n.name, { scale: num(a, 'y_scale'), zero: num(a, 'y_zero') });
    else if (first !== undefined && ['qmaxpool', 'qavgpool', 'qglobal_avgpool', 'flatten', 'reshape'].includes(n.op)) out.set(n.name, first);
  }
  return out;
}

/** The exact real-valued result of a weighted layer on dequantized operands (the float op, bias and weights dequantized). */
function exactWeighted(g: Graph, n: Node, a: Attrs, x: Tensor): Float32Array {
  const wq = g.constants.get(n.operands[1]!.name)!;
  const bias = g.constants.get(n.operands[2]!.name)!.data as ArrayLike<number | bigint>;
  const ws = g.constants.get(n.operands[5]!.name)!.data as ArrayLike<number>;
  const cout = bias.length;
  const k = wq.data.length / cout;
  const wd = new Float32Array(wq.data.length);
  const bd = new Float32Array(cout);
  for (let c = 0; c < cout; c++) {
    const s = ws[ws.length === 1 ? 0 : c]!;
    let sum = 0;
    for (let i = c * k; i < (c + 1) * k; i++) {
      wd[i] = (wq.data[i] as number) * s;
      sum += wq.data[i] as number;
    }
    // The bias fold −x_zero·Σw undone: what the layer adds in real units.
    bd[c] = (Number(bias[c]!) + num(a, 'x_zero') * sum) * num(a, 'x_scale') * s;
  }
  const op = lookupOp(n.op.slice(1))!;
  const { qmin: _a, qmax: _b, ...plain } = a;
  return op.evalFloat([x, makeTensor('f32', wq.type.shape, wd), makeTensor('f32', [cout], bd)], plain, { dtype: 'f32', shape: g.values.get(n.name)!.type.shape }).data as Float32Array;
}

/**
 * The first element of a layer whose dequantized output is further than one output step (plus the
 * multiplier's relative 2^-29 and float32 rounding) from its exact real-valued arithmetic, described for
 * a report; undefined when every layer is consistent. `values`: the integer reference's values of one input.
 * Layers with binary activations are not checked (their padding value and levels have no real-valued form here).
 */
export function layerArithmeticViolation(g: Graph, attrs: Map<string, Attrs>, values: ReadonlyMap<string, Tensor>): string | undefined {
  const quant = quantization(g, attrs);
  const isBinary = (v: string) => DTYPES[g.values.get(v)!.type.dtype as DType].bits === 1;
  for (const n of g.nodes) {
    if (!['qconv2d', 'qdense', 'qadd', 'qavgpool', 'qglobal_avgpool', 'qmaxpool'].includes(n.op)) continue;
    const inputs = n.operands.filter((o) => o.ref === 'value').map((o) => o.name);
    if ([n.name, ...inputs].some(isBinary) || inputs.some((v) => !quant.has(v))) continue;
    const a = attrs.get(n.name)!;
    const xs = inputs.map((v) => dequantized(values.get(v)!, quant.get(v)!.scale, quant.get(v)!.zero));
    const outQ = quant.get(n.name)!;
    let exact: Float32Array;
    if (n.op === 'qconv2d' || n.op === 'qdense') exact = exactWeighted(g, n, a, xs[0]!);
    else if (n.op === 'qadd') exact = (xs[0]!.data as Float32Array).map((v, i) => v + (xs[1]!.data as Float32Array)[i]!);
    else exact = lookupOp(n.op.slice(1))!.evalFloat(xs, a, { dtype: 'f32', shape: g.values.get(n.name)!.type.shape }).data as Float32Array;
    const info = DTYPES[g.values.get(n.name)!.type.dtype as DType];
    const lo = outQ.scale * ((typeof a['qmin'] === 'number' ? num(a, 'qmin') : info.min!) - outQ.zero);
    const hi = outQ.scale * ((typeof a['qmax'] === 'number' ? num(a, 'qmax') : info.max!) - outQ.zero);
    const got = dequantized(values.get(n.name)!, outQ.scale, outQ.zero).data as Float32Array;
    for (let i = 0; i < got.length; i++) {
      const want = Math.min(hi, Math.max(lo, exact[i]!));
      const allowed = outQ.scale + Math.abs(exact[i]!) * (2 ** -29 + 1e-5);
      if (Math.abs(got[i]! - want) > allowed) {
        return `layer %${n.name}: dequantized output element ${i} is ${got[i]!.toPrecision(6)}, its own arithmetic gives ${want.toPrecision(6)} (more than one output step ${outQ.scale.toPrecision(4)} apart): a requantization multiplier, shift or scale is wrong`;
      }
    }
  }
  return undefined;
}
