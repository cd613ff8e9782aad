// Constant evaluation at import: the shape arithmetic exporters leave in graphs (Shape → Gather → Unsqueeze →
// Concat → Reshape for x.view(x.size(0), -1); ConstantOfShape → Concat → Slice → Cast for F.pad's pads) runs
// once on constants, because accsim's shapes are static. A node is evaluated here when it is one of the ops
// below and all its inputs are constants (for Shape and Size: the input's shape is known, which it always
// is). Numbers follow numpy on int64 (as JS numbers, exact below 2^53) and on float32 (computed in float64,
// rounded once to f32).
import type { OnnxNode } from './decode.js';
import type { ImportContext } from './context.js';
import { dtypeOfOnnx } from './tensor-data.js';
import { type DType, DTYPES, allocate } from '../../ir/dtype.js';
import { type Tensor, makeTensor, numel, stridesOf } from '../../ir/tensor.js';
import { broadcastShape, broadcastStrides } from '../../ir/ops/broadcast.js';
import { transposeTensor } from '../../ir/ops/transpose.js';

/** A constant as plain numbers (int64 as Number). */
interface Arr { readonly dtype: DType; readonly shape: readonly number[]; readonly data: readonly number[] }

const toArr = (t: Tensor): Arr => ({ dtype: t.type.dtype, shape: t.type.shape, data: Array.from(t.data as ArrayLike<number | bigint>, Number) });

function toTensor(a: Arr): Tensor {
  if (a.dtype === 'i64') return makeTensor('i64', a.shape, BigInt64Array.from(a.data, (v) => BigInt(v)));
  const dtype: DType = DTYPES[a.dtype].isFloat ? 'f32' : a.dtype;
  const data = allocate(dtype, a.data.length);
  a.data.forEach((v, i) => (data[i] = v));
  return makeTensor(dtype, a.shape, data);
}

const intList = (a: Arr): number[] => [...a.data];
const norm = (axis: number, rank: number): number => (axis < 0 ? axis + rank : axis);

/** numpy.take along `axis`. */
function gather(data: Arr, idx: Arr, axis: number): Arr {
  const a = norm(axis, data.shape.length);
  const outer = numel(data.shape.slice(0, a));
  const inner = numel(data.shape.slice(a + 1));
  const n = data.shape[a]!;
  const out: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (const i of idx.data) for (let j = 0; j < inner; j++) out.push(data.data[(o * n + norm(i, n)) * inner + j]!);
  }
  return { dtype: data.dtype, shape: [...data.shape.slice(0, a), ...idx.shape, ...data.shape.slice(a + 1)], data: out };
}

/** ONNX Slice (starts, ends, axes, steps), clamped as the spec says, negative steps included. */
function slice(x: Arr, starts: number[], ends: number[], axes: number[], steps: number[]): Arr {
  const rank = x.shape.length;
  const ranges = x.shape.map((n) => ({ start: 0, step: 1, count: n }));
  axes.forEach((ax, k) => {
    const a = norm(ax, rank);
    const n = x.shape[a]!;
    const step = steps[k] ?? 1;
    const clampTo = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v < 0 ? v + n : v));
    const s = step > 0 ? clampTo(starts[k]!, 0, n) : clampTo(starts[k]!, -1, n - 1);
    const e = step > 0 ? clampTo(ends[k]!, 0, n) : clampTo(ends[k]!, -1, n - 1);
    ranges[a] = { start: s, step, count: Math.max(0, Math.ceil((e - s) / step)) };
  });
  const strides = stridesOf(x.shape);
  const shape = ranges.map((r) => r.count);
  const out: number[] = [];
  const idx = new Array<number>(rank).fill(0);
  for (let o = 0; o < numel(shape); o++) {
    out.push(x.data[idx.reduce((off, i, d) => off + (ranges[d]!.start + i * ranges[d]!.step) * strides[d]!, 0)]!);
    for (let d = rank - 1; d >= 0; d--) {
      if (++idx[d]! < shape[d]!) break;
      idx[d] = 0;
    }
  }
  return { dtype: x.dtype, shape, data: out };
}

/** Elementwise binary op with numpy broadcasting (integer division truncates, as in C). */
function binary(a: Arr, b: Arr, f: (x: number, y: number) => number): Arr {
  const shape = broadcastShape(a.shape, b.shape)!;
  const sa = broadcastStrides(a.shape, shape);
  const sb = broadcastStrides(b.shape, shape);
  const strides = stridesOf(shape);
  const out = Array.from({ length: numel(shape) }, (_, o) => {
    let ia = 0, ib = 0;
    for (let d = 0; d < shape.length; d++) {
      const i = Math.floor(o / strides[d]!) % shape[d]!;
      ia += i * sa[d]!;
      ib += i * sb[d]!;
    }
    return f(a.data[ia]!, b.data[ib]!);
  });
  return { dtype: a.dtype, shape, data: DTYPES[a.dtype].isFloat ? out.map(Math.fround) : out.map(Math.trunc) };
}

/** Reshape target with 0 (copy, unless allowzero) and one −1. */
function reshapeShape(input: readonly number[], target: readonly number[], allowZero: boolean): number[] {
  const shape = target.map((d, i) => (d === 0 && !allowZero ? input[i]! : d));
  const known = numel(shape.filter((d) => d !== -1));
  return shape.map((d) => (d === -1 ? numel(input) / known : d));
}

type Evaluator = (node: OnnxNode, ctx: ImportContext, inputs: Arr[]) => Arr;

const axesOf = (node: OnnxNode, ctx: ImportContext, inputs: Arr[], since: number): number[] =>
  (ctx.version(node) < since ? [...(ctx.attrInts(node, 'axes') ?? [])] : inputs[1] ? intList(inputs[1]) : []);

const EVALUATORS: Readonly<Record<string, Evaluator>> = {
  Shape(node, ctx) {
    const s = ctx.inputType(node, 0).shape;
    const r = s.length;
    const start = norm(Math.min(r, Math.max(-r, ctx.attrInt(node, 'start', 0))), r);
    const end = norm(Math.min(r, Math.max(-r, ctx.attrInt(node, 'end', r))), r);
    return { dtype: 'i64', shape: [Math.max(0, end - start)], data: s.slice(start, end) };
  },
  Size: (node, ctx) => ({ dtype: 'i64', shape: [], data: [numel(ctx.inputType(node, 0).shape)] }),
  Identity: (_n, _c, [x]) => x!,
  Gather: (node, ctx, [d, i]) => gather(d!, i!, ctx.attrInt(node, 'axis', 0)),
  Unsqueeze(node, ctx, inputs) {
    const x = inputs[0]!;
    const axes = axesOf(node, ctx, inputs, 13).map((a) => norm(a, x.shape.length + axesOf(node, ctx, inputs, 13).length));
    const shape: number[] = [];
    let k = 0;
    for (let i = 0; i < x.shape.length + axes.length; i++) shape.push(axes.includes(i) ? 1 : x.shape[k++]!);
    return { ...x, shape };
  },
  Squeeze(node, ctx, inputs) {
    const x = inputs[0]!;
    const given = axesOf(node, ctx, inputs, 13).map((a) => norm(a, x.shape.length));
    return { ...x, shape: x.shape.filter((d, i) => (given.length === 0 ? d !== 1 : !given.includes(i))) };
  },
  Concat(node, ctx, inputs) {
    const axis = norm(ctx.attrInt(node, 'axis', 0), inputs[0]!.shape.length);
    const outer = numel(inputs[0]!.shape.slice(0, axis));
    const data: number[] = [];
    for (let o = 0; o < outer; o++) {
      for (const t of inputs) {
        const chunk = numel(t.shape.slice(axis));
        data.push(...t.data.slice(o * chunk, (o + 1) * chunk));
      }
    }
    const shape = [...inputs[0]!.shape];
    shape[axis] = inputs.reduce((s, t) => s + t.shape[axis]!, 0);
    return { dtype: inputs[0]!.dtype, shape, data };
  },
  Reshape: (node, ctx, [x, s]) => ({ ...x!, shape: reshapeShape(x!.shape, ctx.version(node) < 5 ? [...(ctx.attrInts(node, 'shape') ?? [])] : intList(s!), ctx.attrInt(node, 'allowzero', 0) === 1) }),
  Flatten(node, ctx, [x]) {
    const axis = norm(ctx.attrInt(node, 'axis', 1), x!.shape.length);
    return { ...x!, shape: [numel(x!.shape.slice(0, axis)), numel(x!.shape.slice(axis))] };
  },
  Slice(node, ctx, inputs) {
    const x = inputs[0]!;
    if (ctx.version(node) < 10) {
      const starts = [...(ctx.attrInts(node, 'starts') ?? [])];
      return slice(x, starts, [...(ctx.attrInts(node, 'ends') ?? [])], [...(ctx.attrInts(node, 'axes') ?? starts.map((_, i) => i))], []);
    }
    const starts = intList(inputs[1]!);
    return slice(x, starts, intList(inputs[2]!), inputs[3] ? intList(inputs[3]) : starts.map((_, i) => i), inputs[4] ? intList(inputs[4]) : []);
  },
  Transpose(node, ctx, [x]) {
    const perm = [...(ctx.attrInts(node, 'perm') ?? x!.shape.map((_, i) => x!.shape.length - 1 - i))];
    const t = transposeTensor({ type: { dtype: 'f64', shape: x!.shape }, data: Float64Array.from(x!.data) }, perm, { dtype: 'f64', shape: perm.map((p) => x!.shape[p]!) });
    return { dtype: x!.dtype, shape: t.type.shape, data: Array.from(t.data as Float64Array) };
  },
  Cast(node, ctx, [x]) {
    const to = dtypeOfOnnx(ctx.attrInt(node, 'to', 1)) ?? ctx.fail(node, 'ONNX011', `attribute to=${ctx.attrInt(node, 'to', 1)} names a type accsim does not read`);
    const data = DTYPES[to].isFloat ? x!.data.map((v) => (to === 'f64' ? v : Math.fround(v))) : x!.data.map(Math.trunc);
    return { dtype: to, shape: x!.shape, data };
  },
  ConstantOfShape(node, _ctx, [s]) {
    const shape = intList(s!);
    const a = node.attrs.get('value');
    const v = a?.kind === 'tensor' ? toArr(a.value) : { dtype: 'f32' as DType, shape: [1], data: [0] };
    return { dtype: v.dtype, shape, data: new Array<number>(numel(shape)).fill(v.data[0]!) };
  },
  Range: (_n, _c, [start, limit, delta]) => {
    const [s, l, d] = [start!.data[0]!, limit!.data[0]!, delta!.data[0]!];
    const n = Math.max(0, Math.ceil((l - s) / d));
    return { dtype: start!.dtype, shape: [n], data: Array.from({ length: n }, (_, i) => s + i * d) };
  },
  Expand(_n, _c, [x, s]) {
    const shape = broadcastShape(x!.shape, intList(s!))!;
    return binary(x!, { dtype: x!.dtype, shape, data: new Array<number>(numel(shape)).fill(0) }, (a) => a);
  },
  Add: (_n, _c, [a, b]) => binary(a!, b!, (x, y) => x + y),
  Sub: (_n, _c, [a, b]) => binary(a!, b!, (x, y) => x - y),
  Mul: (_n, _c, [a, b]) => binary(a!, b!, (x, y) => x * y),
  Div: (_n, _c, [a, b]) => binary(a!, b!, (x, y) => x / y),
};

/** Ops that are evaluated here when their inputs are constant (docs/ONNX.md lists them). */
export const CONST_EVAL_OPS: readonly string[] = Object.keys(EVALUATORS).sort();

/**
 * Evaluates `node` when it is a shape-arithmetic op on constants and defines its output as a constant;
 * returns false (nothing done) otherwise, and the regular importer runs.
 */
export function tryEvaluateConstant(node: OnnxNode, ctx: ImportContext): boolean {
  const evaluate = EVALUATORS[node.opType];
  if (evaluate === undefined || (node.domain !== '' && node.domain !== 'ai.onnx') || node.outputs.length !== 1) return false;
  const statics = node.opType === 'Shape' || node.opType === 'Size';
  const present = node.inputs.map((name, i) => ({ name, i })).filter((x) => x.name !== '');
  if (!statics && present.some(({ i }) => ctx.constData(node, i) === undefined)) return false;
  if (statics) ctx.inputName(node, 0);
  const inputs = node.inputs.map((name, i) => (name === '' || statics ? undefined : toArr(ctx.constData(node, i)!))) as Arr[];
  ctx.defineConst(node.outputs[0]!, toTensor(evaluate(node, ctx, inputs)));
  return true;
}
