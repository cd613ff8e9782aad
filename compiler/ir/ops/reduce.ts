// reduce: a reduction over some axes (ONNX ReduceMean, ReduceSum, ReduceMax, …). Float semantics: the
// elements of each output position are combined in row-major order in float64 and the result is rounded
// once to f32:
//   mean Σx/n · sum Σx · max · min · prod Πx · l1 Σ|x| · l2 √Σx² · sum_square Σx² · log_sum ln Σx ·
//   log_sum_exp m + ln Σ exp(x − m) with m the max (so large inputs do not overflow)
// The mean over the spatial axes of NCHW data is global_avgpool and the max a whole-image maxpool, which the
// importer emits instead (those forms quantize).
import { type AttrValue } from '../graph.js';
import { type OpSpec, boolAttr, intsAttr, requireFloat, shapeError } from '../op-spec.js';
import { type Tensor, type TensorType, formatShape, numel, stridesOf, tensorType } from '../tensor.js';

export const REDUCE_KINDS = ['mean', 'sum', 'max', 'min', 'prod', 'l1', 'l2', 'sum_square', 'log_sum', 'log_sum_exp'] as const;
export type ReduceKind = (typeof REDUCE_KINDS)[number];

/** The reduced axes as a membership mask, after checking them against the rank. */
function axisMask(axes: readonly number[], rank: number): boolean[] | undefined {
  const mask = new Array<boolean>(rank).fill(false);
  for (const a of axes) {
    if (!Number.isInteger(a) || a < 0 || a >= rank || mask[a]) return undefined;
    mask[a] = true;
  }
  return mask;
}

/** The elements of each output position, gathered in row-major order (groups[o] lists input offsets). */
function groupsOf(shape: readonly number[], mask: readonly boolean[]): number[][] {
  const keptShape = shape.map((d, i) => (mask[i] ? 1 : d));
  const keptStrides = stridesOf(keptShape).map((s, i) => (mask[i] ? 0 : s));
  const groups = Array.from({ length: numel(keptShape) }, () => [] as number[]);
  const idx = new Array<number>(shape.length).fill(0);
  let o = 0;
  for (let i = 0; i < numel(shape); i++) {
    groups[o]!.push(i);
    for (let d = shape.length - 1; d >= 0; d--) {
      o += keptStrides[d]!;
      if (++idx[d]! < shape[d]!) break;
      o -= keptStrides[d]! * shape[d]!;
      idx[d] = 0;
    }
  }
  return groups;
}

/** One output value of kind `k` from the values `v` (float64). */
function combine(k: ReduceKind, v: readonly number[]): number {
  let acc: number;
  switch (k) {
    case 'max': return v.reduce((a, b) => (b > a || Number.isNaN(b) ? b : a), -Infinity);
    case 'min': return v.reduce((a, b) => (b < a || Number.isNaN(b) ? b : a), Infinity);
    case 'prod': return v.reduce((a, b) => a * b, 1);
    case 'log_sum_exp': {
      const m = v.reduce((a, b) => Math.max(a, b), -Infinity);
      if (!Number.isFinite(m)) return m;
      acc = 0;
      for (const x of v) acc += Math.exp(x - m);
      return m + Math.log(acc);
    }
    default:
      acc = 0;
      for (const x of v) acc += k === 'l1' ? Math.abs(x) : k === 'l2' || k === 'sum_square' ? x * x : x;
      return k === 'mean' ? acc / v.length : k === 'l2' ? Math.sqrt(acc) : k === 'log_sum' ? Math.log(acc) : acc;
  }
}

function evalReduce(x: Tensor, kind: ReduceKind, axes: readonly number[], output: TensorType): Tensor {
  const xd = x.data as Float32Array;
  const groups = groupsOf(x.type.shape, axisMask(axes, x.type.shape.length)!);
  return { type: output, data: Float32Array.from(groups, (g) => combine(kind, g.map((i) => xd[i]!))) };
}

const kindCheck = (v: AttrValue): string | undefined => (REDUCE_KINDS.includes(v as ReduceKind) ? undefined : REDUCE_KINDS.join(', '));

/** reduce(x) {kind, axes, keepdims}: `kind` over `axes` (non-negative, distinct; [] leaves x unchanged). */
export const reduce: OpSpec = {
  name: 'reduce',
  summary: 'a reduction (mean, sum, max, min, prod, l1, l2, sum_square, log_sum, log_sum_exp) over the given axes',
  shapes: 'x → x without the reduced axes (size 1 with keepdims)',
  quantization: 'none yet (QMOD010); the ONNX importer writes the mean and the max over H and W as global_avgpool and maxpool',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {
    kind: { kind: 'string', doc: REDUCE_KINDS.join(', '), check: kindCheck },
    axes: { kind: 'ints', doc: 'axes to reduce (non-negative, distinct)' },
    keepdims: { kind: 'bool', default: true, doc: 'keep the reduced axes as size 1' },
  },
  inferType([x], attrs, ctx) {
    requireFloat(ctx, 'x', x!);
    const axes = intsAttr(attrs, 'axes');
    const mask = axisMask(axes, x!.shape.length);
    if (mask === undefined) shapeError(ctx, `axes ${formatShape(axes)} must be distinct axes of x ${formatShape(x!.shape)}`);
    if (axes.some((a) => x!.shape[a] === 0)) shapeError(ctx, `cannot reduce over an empty axis of x ${formatShape(x!.shape)}`);
    const keep = boolAttr(attrs, 'keepdims');
    return tensorType(x!.dtype, x!.shape.flatMap((d, i) => (mask[i] ? (keep ? [1] : []) : [d])));
  },
  macs: () => 0,
  evalFloat: ([x], attrs, output) => evalReduce(x!, attrs['kind'] as ReduceKind, intsAttr(attrs, 'axes'), output),
};
