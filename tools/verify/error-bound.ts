// verify's default tolerance: for one input, a bound on |dequantized quantized output − float output| per
// output element that holds for every correct compile (docs/VERIFY.md derives it). The float network (the
// graph the quantizer rounded) runs on the input, and a bound e on |dequantized integer value − float
// value| is carried through the quantized graph element by element:
//   input      e = |x − s·(q(x) − z)|, exactly (rounding, and clipping when x is out of range)
//   conv/dense e = conv(e_in, |w_d|) + conv(|x_f|, |w_d − w_f|) + |b_d − b_f| + s_y + m + dist(y_f, Q) + over(Q, A)
//              (w_d, b_d: the dequantized weights and the effective bias, zero-point fold undone; one output
//              step s_y for the requantization's roundings; m: the fixed-point multiplier's relative 2^-29;
//              dist(y_f, Q): how far the float output lies outside the quantized range Q; over(Q, A): how
//              far Q reaches past the fused activation's range A)
//   max pool   e = max of e over the window; average pool: mean of e + s; add: e_a + e_b + s_y + …;
//   concat     e (+ s_y where a branch is rescaled) + dist; reshape/flatten/dequantize move nothing;
//   softmax    e = max(e_in) (its ∞-norm Lipschitz constant is 1/2);
//   qlut       e = max over the input codes q with |s_x·(q − z_x) − x_f| ≤ e_in of |s_y·(table[q] − z_y) − f(x_f)|
//              (the quantized input is one of those codes, so the table's own entries give the worst case);
//   resize     (nearest) moves the bounds with the elements.
// Every term is an upper bound of the corresponding difference (triangle inequality), so the result is a
// bound, not an estimate; it is tight where the network is (the weight-rounding terms use the input's own
// activations, not a worst case over all inputs).
import type { Attrs, Graph, Node } from '../../compiler/ir/graph.js';
import { type Tensor, makeTensor } from '../../compiler/ir/tensor.js';
import { DTYPES, type DType } from '../../compiler/ir/dtype.js';
import { lookupOp } from '../../compiler/ir/op-registry.js';
import { inferTypes } from '../../compiler/ir/verify.js';
import { bindInputs, operandsOf } from '../../compiler/reference/environment.js';

/** The float output of one sample and the bound on each output element's error. */
export interface SampleBound {
  readonly floatOutput: Float32Array;
  readonly bound: Float32Array;
}

/** The error state of one quantized value: the bound per element and the value's quantization step. */
interface ErrorState {
  readonly e: Float32Array;
  readonly scale: number;
}

/** The fixed-point multiplier M0·2^shift approximates the real one within a relative 2^-30 (Q31, rounded). */
const MULTIPLIER_RELATIVE_ERROR = 2 ** -29;

const num = (a: Attrs, k: string): number => a[k] as number;
const isBinary = (dtype: string | undefined): boolean => dtype !== undefined && (dtype as DType) in DTYPES && DTYPES[dtype as DType].bits === 1;

/**
 * Why no bound exists for this pair of graphs (an op without a rule, binary activations, a weighted layer
 * without a float counterpart), or undefined when sampleErrorBound applies.
 */
export function errorBoundUnsupported(floatGraph: Graph, quantGraph: Graph): string | undefined {
  const floatNodes = new Map(floatGraph.nodes.map((n) => [n.name, n]));
  for (const n of quantGraph.nodes) {
    const types = [n.name, ...n.operands.filter((o) => o.ref === 'value').map((o) => o.name)].map((v) => quantGraph.values.get(v)?.type.dtype);
    if (types.some(isBinary)) return `%${n.name} has binary activations, whose float counterpart is a different function`;
    if (n.op === 'quantize' && !quantGraph.inputs.some((i) => i.name === n.operands[0]!.name)) return `quantize %${n.name} inside the graph`;
    if ((n.op === 'qconv2d' || n.op === 'qdense') && !['conv2d', 'dense'].includes(floatNodes.get(n.name)?.op ?? '')) return `${n.op} %${n.name} has no float ${n.op.slice(1)} to compare with`;
    if ((n.op === 'qconv2d' || n.op === 'qdense') && n.operands[5]?.ref !== 'const') return `%${n.name} records no weight scale`;
    if (n.op === 'qavgpool' && n.attrs['count_include_pad'] === true && (n.attrs['pad'] as number[] | undefined)?.some((p) => p !== 0)) return `average pool %${n.name} divides by its padding`;
    if ((n.op === 'qadd' || n.op === 'qconcat' || n.op === 'qlut') && !floatNodes.has(n.name)) return `${n.op} %${n.name} has no float counterpart`;
    if (!RULES.has(n.op)) return `op ${n.op} (%${n.name}) has no error rule`;
  }
  return undefined;
}

const RULES = new Set(['quantize', 'qconv2d', 'qdense', 'qmaxpool', 'qavgpool', 'qglobal_avgpool', 'qadd', 'qconcat', 'qlut', 'resize', 'flatten', 'reshape', 'dequantize', 'softmax', 'relu']);

/** qlut: the worst table entry over the input codes the bound allows (file header). */
function tableBound(c: Context, n: Node, x: ErrorState, f: Node, yf: Tensor): ErrorState {
  const a = n.attrs;
  const table = c.q.constants.get(n.operands[1]!.name)!.data as ArrayLike<number>;
  const { min, max } = DTYPES[c.q.values.get(n.operands[0]!.name)!.type.dtype];
  const [sx, zx, sy, zy] = [num(a, 'x_scale'), num(a, 'x_zero'), num(a, 'y_scale'), num(a, 'y_zero')];
  const xf = c.env.get(f.operands[0]!.name)!.data as ArrayLike<number>;
  const y = yf.data as ArrayLike<number>;
  const e = new Float32Array(y.length);
  for (let i = 0; i < e.length; i++) {
    // One code more on each side than the real interval holds: float rounding of the ends only widens it.
    const lo = Math.max(min!, Math.floor((xf[i]! - x.e[i]!) / sx + zx) - 1);
    const hi = Math.min(max!, Math.ceil((xf[i]! + x.e[i]!) / sx + zx) + 1);
    let worst = 0;
    // An interval holding no code cannot happen for a true bound; fall back to every code rather than 0.
    const [from, to] = lo <= hi ? [lo, hi] : [min!, max!];
    for (let q = from; q <= to; q++) worst = Math.max(worst, Math.abs(sy * (table[q - min!]! - zy) - y[i]!));
    e[i] = worst;
  }
  return { e, scale: sy };
}

/** Every value of the float graph for one sample (the float reference, keeping the intermediate values). */
function floatValues(g: Graph, sample: Tensor): Map<string, Tensor> {
  const attrs = inferTypes(g);
  const env = bindInputs(g, new Map([[g.inputs[0]!.name, sample]]));
  for (const n of g.nodes) env.set(n.name, lookupOp(n.op)!.evalFloat(operandsOf(g, env, n), attrs.get(n.name)!, g.values.get(n.name)!.type));
  return env;
}

/** Runs a float op on stand-in operands (error bounds in place of values), with the node's attributes. */
function apply(g: Graph, n: Node, operands: readonly Tensor[], attrs: Attrs): Float32Array {
  return lookupOp(n.op)!.evalFloat(operands, attrs, { dtype: 'f32', shape: g.values.get(n.name)!.type.shape }).data as Float32Array;
}

/**
 * How far the quantized output can be from the float activation because of the clamps alone, for each float
 * output y_f: dist(y_f, Q) + how far Q reaches past A (both clamp the same pre-activation value).
 */
function clampTerm(yf: ArrayLike<number>, q: readonly [number, number], a: readonly [number, number]): Float32Array {
  const over = Math.max(0, q[1] - a[1], a[0] - q[0]);
  return Float32Array.from(yf, (v) => Math.max(0, q[0] - v, v - q[1]) + over);
}

function activationOf(f: Node | undefined): [number, number] {
  const lo = f?.attrs['act_min'];
  const hi = f?.attrs['act_max'];
  return [typeof lo === 'number' ? lo : -Infinity, typeof hi === 'number' ? hi : Infinity];
}

function outputRange(a: Attrs): [number, number] {
  return [num(a, 'y_scale') * (num(a, 'qmin') - num(a, 'y_zero')), num(a, 'y_scale') * (num(a, 'qmax') - num(a, 'y_zero'))];
}

/** conv/dense: see the file header. The two convolutions run the float op itself on |w_d| and |w_d − w_f|. */
function weighted(q: Graph, n: Node, fg: Graph, f: Node, x: ErrorState, xf: Tensor, yf: Tensor, fAttrs: Attrs): ErrorState {
  const a = n.attrs;
  const wq = q.constants.get(n.operands[1]!.name)!;
  const bias = q.constants.get(n.operands[2]!.name)!.data as ArrayLike<number | bigint>;
  const ws = q.constants.get(n.operands[5]!.name)!.data as ArrayLike<number>;
  const wf = fg.constants.get(f.operands[1]!.name)!;
  const bf = f.operands[2] ? (fg.constants.get(f.operands[2].name)!.data as ArrayLike<number>) : undefined;
  const cout = bias.length;
  const k = wq.data.length / cout;
  const wAbs = new Float32Array(wq.data.length);
  const dAbs = new Float32Array(wq.data.length);
  const constTerm = new Float64Array(cout);
  for (let c = 0; c < cout; c++) {
    const s = ws[ws.length === 1 ? 0 : c]!;
    let sumWq = 0;
    let l1 = 0;
    for (let i = c * k; i < (c + 1) * k; i++) {
      const wd = (wq.data[i] as number) * s;
      sumWq += wq.data[i] as number;
      wAbs[i] = Math.abs(wd);
      dAbs[i] = Math.abs(wd - (wf.data[i] as number));
      l1 += Math.abs(wd);
    }
    const bd = (Number(bias[c]!) + num(a, 'x_zero') * sumWq) * num(a, 'x_scale') * s;
    // |b_d − b_f|, one output step, and the multiplier's error on |z| ≤ ‖w_d‖₁·max|x_d| + |b_d|.
    const xMax = maxAbsPlus(xf.data as ArrayLike<number>, x.e);
    constTerm[c] = Math.abs(bd - (bf?.[c] ?? 0)) + num(a, 'y_scale') + (l1 * xMax + Math.abs(bd)) * MULTIPLIER_RELATIVE_ERROR;
  }
  // The float op without bias and fused clamp: plain sums of absolute values.
  const { act_min: _min, act_max: _max, ...plain } = fAttrs;
  const operands = (w: Float32Array, input: Float32Array): Tensor[] => [makeTensor('f32', xf.type.shape, input), makeTensor('f32', wf.type.shape, w)];
  const propagated = apply(fg, f, operands(wAbs, x.e), plain);
  const rounding = apply(fg, f, operands(dAbs, Float32Array.from(xf.data as ArrayLike<number>, Math.abs)), plain);
  const clamp = clampTerm(yf.data as ArrayLike<number>, outputRange(a), activationOf(f));
  const perChannel = yf.data.length / cout;
  const e = new Float32Array(yf.data.length);
  for (let i = 0; i < e.length; i++) e[i] = propagated[i]! + rounding[i]! + constTerm[Math.floor(i / perChannel) % cout]! + clamp[i]!;
  return { e, scale: num(a, 'y_scale') };
}

function maxAbsPlus(v: ArrayLike<number>, e: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!) + e[i]!);
  return m;
}

/** What the rules read: both graphs, their resolved attributes, the float values of the sample. */
interface Context {
  readonly q: Graph;
  readonly fg: Graph;
  readonly qAttrs: Map<string, Attrs>;
  readonly fAttrs: Map<string, Attrs>;
  readonly env: Map<string, Tensor>;
  readonly sample: Tensor;
}

/** The float pool a quantized pool's windows and divisor match (qmaxpool → maxpool, …), run on the bounds. */
function poolOfBounds(c: Context, n: Node, e: Float32Array): Float32Array {
  const shape = c.q.values.get(n.operands[0]!.name)!.type.shape;
  return apply(c.q, { ...n, op: n.op.slice(1) }, [makeTensor('f32', shape, e)], c.qAttrs.get(n.name)!);
}

/** The error state after node `n` (see the file header for each rule). */
function next(c: Context, n: Node, states: Map<string, ErrorState>): ErrorState {
  const { q, fg, env, sample } = c;
  const ins = n.operands.filter((o) => o.ref === 'value').map((o) => states.get(o.name)!);
  const f = fg.nodes.find((m) => m.name === n.name);
  const yf = f === undefined ? undefined : env.get(f.name);
  const same = (e: Float32Array, scale = ins[0]!.scale): ErrorState => ({ e, scale });
  switch (n.op) {
    case 'quantize': {
      const codes = lookupOp('quantize')!.evalInt!([sample], n.attrs, q.values.get(n.name)!.type, { accOverflows: 0 }).data as ArrayLike<number>;
      const s = num(n.attrs, 'scale');
      const z = num(n.attrs, 'zero');
      const x = sample.data as ArrayLike<number>;
      return { e: Float32Array.from(x, (v, i) => Math.abs(v - s * (codes[i]! - z))), scale: s };
    }
    case 'qconv2d':
    case 'qdense': {
      const xf = env.get(f!.operands[0]!.name)!;
      return weighted(q, n, fg, f!, ins[0]!, xf, yf!, c.fAttrs.get(f!.name)!);
    }
    case 'qmaxpool':
      return same(poolOfBounds(c, n, ins[0]!.e));
    case 'qavgpool':
    case 'qglobal_avgpool':
      // The mean of the bounds (same windows and divisor), plus the integer mean's rounding.
      return same(poolOfBounds(c, n, ins[0]!.e).map((v) => v + ins[0]!.scale));
    case 'qadd': {
      const [ea, eb] = [ins[0]!.e, ins[1]!.e];
      const clamp = clampTerm(yf!.data as ArrayLike<number>, outputRange(n.attrs), activationOf(f));
      return { e: ea.map((v, i) => v + eb[i]! + num(n.attrs, 'y_scale') + clamp[i]!), scale: num(n.attrs, 'y_scale') };
    }
    case 'qconcat': {
      const s = num(n.attrs, 'y_scale');
      const parts = ins.map((st, k) => makeTensor('f32', q.values.get(n.operands[k]!.name)!.type.shape, st.scale === s ? st.e : st.e.map((v) => v + s)));
      const joined = lookupOp('concat')!.evalFloat(parts, c.qAttrs.get(n.name)!, { dtype: 'f32', shape: q.values.get(n.name)!.type.shape }).data as Float32Array;
      const clamp = clampTerm(yf!.data as ArrayLike<number>, outputRange(n.attrs), [-Infinity, Infinity]);
      return { e: joined.map((v, i) => v + clamp[i]!), scale: s };
    }
    case 'flatten':
    case 'reshape':
    case 'dequantize':
      return same(ins[0]!.e);
    case 'softmax': {
      let m = 0;
      for (const v of ins[0]!.e) m = Math.max(m, v);
      return same(new Float32Array(ins[0]!.e.length).fill(m), 0);
    }
    case 'relu':
      return same(ins[0]!.e);
    case 'qlut':
      return tableBound(c, n, ins[0]!, f!, yf!);
    case 'resize':
      return same(apply(q, n, [makeTensor('f32', q.values.get(n.operands[0]!.name)!.type.shape, ins[0]!.e)], c.qAttrs.get(n.name)!));
    default:
      throw new Error(`no error rule for ${n.op}; call errorBoundUnsupported first`);
  }
}

/**
 * The float output of `floatGraph` (the graph quantizeModel rounded) on one sample [1, ...] and, per output
 * element, the bound on its distance to `quantGraph`'s dequantized output. Call errorBoundUnsupported first.
 */
export function sampleErrorBound(floatGraph: Graph, quantGraph: Graph, sample: Tensor): SampleBound {
  const env = floatValues(floatGraph, sample);
  const c: Context = { q: quantGraph, fg: floatGraph, qAttrs: inferTypes(quantGraph), fAttrs: inferTypes(floatGraph), env, sample };
  const states = new Map<string, ErrorState>();
  for (const n of quantGraph.nodes) states.set(n.name, next(c, n, states));
  const floatOutput = env.get(floatGraph.outputs[0]!)!.data as Float32Array;
  const e = states.get(quantGraph.outputs[0]!)!.e;
  // Float32 rounding of the float reference, of this computation and of the final dequantization.
  const bound = Float32Array.from(e, (v, i) => v * (1 + 1e-5) + Math.abs(floatOutput[i]!) * 1e-5 + 1e-30);
  return { floatOutput, bound };
}
