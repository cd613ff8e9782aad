// Elementwise functions of one tensor (sigmoid, hard_swish, leaky_relu, gelu, tanh, exp, ...), all from one
// table: each is a scalar float64 function with float attributes. Float semantics: y = f32(f(x)) with x the
// f32 input widened to float64 and f evaluated in float64 as written below (one rounding, at the end).
// Quantized (8- or 4-bit activations), each becomes a lookup table over the input codes (qlut).
import type { Attrs } from '../graph.js';
import { type AttrSpec, type OpSpec, numAttr, shapeError } from '../op-spec.js';
import { DTYPES } from '../dtype.js';
import type { Tensor, TensorType } from '../tensor.js';
import { erf } from './special-functions.js';

/** One scalar function: f(x, attrs) in float64, its attributes and a one-line definition. */
export interface UnaryFunction {
  readonly name: string;
  readonly summary: string;
  readonly attrs: Readonly<Record<string, AttrSpec>>;
  readonly f: (x: number, attrs: Attrs) => number;
}

const float = (dflt: number, doc: string): AttrSpec => ({ kind: 'float', default: dflt, doc });
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
/** ln(1 + e^x) without overflow: x + ln(1 + e^−x) for x > 0. */
const softplus = (x: number): number => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));
/** Round half to even (ONNX Round, numpy.round). */
function roundHalfEvenFloat(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
const a = (attrs: Attrs, k: string): number => numAttr(attrs, k);
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/** Every elementwise function op, in the order docs/QIR.md lists them. */
export const UNARY_FUNCTIONS: readonly UnaryFunction[] = [
  { name: 'sigmoid', summary: '1 / (1 + exp(−x))', attrs: {}, f: sigmoid },
  {
    name: 'hard_sigmoid', summary: 'max(0, min(1, alpha·x + beta))',
    attrs: { alpha: float(0.2, 'slope'), beta: float(0.5, 'offset') },
    f: (x, t) => Math.max(0, Math.min(1, a(t, 'alpha') * x + a(t, 'beta'))),
  },
  { name: 'hard_swish', summary: 'x · max(0, min(1, x/6 + 1/2)) (PyTorch Hardswish: x·relu6(x + 3)/6)', attrs: {}, f: (x) => x * Math.max(0, Math.min(1, x / 6 + 0.5)) },
  { name: 'leaky_relu', summary: 'x if x ≥ 0, else alpha·x', attrs: { alpha: float(0.01, 'slope for x < 0') }, f: (x, t) => (x >= 0 ? x : a(t, 'alpha') * x) },
  {
    name: 'gelu', summary: 'x·Φ(x) = x/2·(1 + erf(x/√2)); approximate="tanh": x/2·(1 + tanh(√(2/π)·(x + 0.044715·x³)))',
    attrs: { approximate: { kind: 'string', default: 'none', doc: 'none (erf) or tanh', check: (v) => (v === 'none' || v === 'tanh' ? undefined : 'none or tanh') } },
    f: (x, t) => (t['approximate'] === 'tanh' ? 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x))) : 0.5 * x * (1 + erf(x / Math.SQRT2))),
  },
  { name: 'silu', summary: 'x · sigmoid(alpha·x) (SiLU when alpha = 1; ONNX Swish)', attrs: { alpha: float(1, 'scale inside the sigmoid') }, f: (x, t) => x * sigmoid(a(t, 'alpha') * x) },
  { name: 'tanh', summary: 'tanh(x)', attrs: {}, f: Math.tanh },
  { name: 'elu', summary: 'x if x > 0, else alpha·(exp(x) − 1)', attrs: { alpha: float(1, 'scale for x ≤ 0') }, f: (x, t) => (x > 0 ? x : a(t, 'alpha') * Math.expm1(x)) },
  {
    name: 'selu', summary: 'gamma·x if x > 0, else gamma·alpha·(exp(x) − 1)',
    attrs: { alpha: float(1.6732632, 'scale for x ≤ 0'), gamma: float(1.050701, 'overall scale') },
    f: (x, t) => a(t, 'gamma') * (x > 0 ? x : a(t, 'alpha') * Math.expm1(x)),
  },
  { name: 'celu', summary: 'max(0, x) + min(0, alpha·(exp(x/alpha) − 1))', attrs: { alpha: float(1, 'scale') }, f: (x, t) => Math.max(0, x) + Math.min(0, a(t, 'alpha') * Math.expm1(x / a(t, 'alpha'))) },
  { name: 'softplus', summary: 'ln(1 + exp(x))', attrs: {}, f: softplus },
  { name: 'softsign', summary: 'x / (1 + |x|)', attrs: {}, f: (x) => x / (1 + Math.abs(x)) },
  { name: 'mish', summary: 'x · tanh(ln(1 + exp(x)))', attrs: {}, f: (x) => x * Math.tanh(softplus(x)) },
  { name: 'thresholded_relu', summary: 'x if x > alpha, else 0', attrs: { alpha: float(1, 'threshold') }, f: (x, t) => (x > a(t, 'alpha') ? x : 0) },
  {
    name: 'shrink', summary: 'x + bias if x < −lambd, x − bias if x > lambd, else 0',
    attrs: { bias: float(0, 'shift towards 0'), lambd: float(0.5, 'half width of the zero band') },
    f: (x, t) => (x < -a(t, 'lambd') ? x + a(t, 'bias') : x > a(t, 'lambd') ? x - a(t, 'bias') : 0),
  },
  { name: 'erf', summary: 'the error function', attrs: {}, f: erf },
  { name: 'exp', summary: 'e^x', attrs: {}, f: Math.exp },
  { name: 'log', summary: 'ln x (−inf at 0, nan below)', attrs: {}, f: Math.log },
  { name: 'sqrt', summary: '√x (nan below 0)', attrs: {}, f: Math.sqrt },
  { name: 'reciprocal', summary: '1 / x', attrs: {}, f: (x) => 1 / x },
  { name: 'abs', summary: '|x|', attrs: {}, f: Math.abs },
  { name: 'neg', summary: '−x', attrs: {}, f: (x) => -x },
  { name: 'sign', summary: '−1, 0 or 1 (nan stays nan)', attrs: {}, f: (x) => (Number.isNaN(x) ? NaN : x > 0 ? 1 : x < 0 ? -1 : 0) },
  { name: 'floor', summary: 'largest integer ≤ x', attrs: {}, f: Math.floor },
  { name: 'ceil', summary: 'smallest integer ≥ x', attrs: {}, f: Math.ceil },
  { name: 'round', summary: 'nearest integer, ties to even', attrs: {}, f: roundHalfEvenFloat },
];

/** The function of op `name`, or undefined when it is not an elementwise function op. */
export function unaryFunction(name: string): UnaryFunction | undefined {
  return UNARY_BY_NAME.get(name);
}

const UNARY_BY_NAME = new Map(UNARY_FUNCTIONS.map((u) => [u.name, u]));

/** Applies `u` to every element: f32 in, float64 f, one rounding to f32. */
export function applyUnary(u: UnaryFunction, x: Tensor, attrs: Attrs, output: TensorType): Tensor {
  const src = x.data as Float32Array;
  const out = new Float32Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = u.f(src[i]!, attrs);
  return { type: output, data: out };
}

function opOf(u: UnaryFunction): OpSpec {
  return {
    name: u.name,
    summary: u.summary,
    shapes: 'x (float) → same shape',
    quantization: 'qlut: a table over the input codes (8- or 4-bit activations)',
    operands: [{ name: 'x', kind: 'value' }],
    attrs: u.attrs,
    inferType([x], _attrs, ctx) {
      if (!DTYPES[x!.dtype].isFloat) shapeError(ctx, `x must be a float tensor, got ${x!.dtype} (quantized graphs use qlut)`);
      return x!;
    },
    macs: () => 0,
    evalFloat: ([x], attrs, output) => applyUnary(u, x!, attrs, output),
  };
}

/** The op specs of every elementwise function, for the registry. */
export const UNARY_FUNCTION_OPS: readonly OpSpec[] = UNARY_FUNCTIONS.map(opOf);
