// reduce_mean: the mean over some axes (ONNX ReduceMean). Float semantics: the sum in float64 in row-major
// order, divided once by the count, rounded once to f32. Over the spatial axes of NCHW data it is
// global_avgpool, which the importer emits instead (that form quantizes).
import { type OpSpec, boolAttr, intsAttr, shapeError } from '../op-spec.js';
import { type Tensor, type TensorType, formatShape, numel, stridesOf, tensorType } from '../tensor.js';

/** The reduced axes as a membership mask, after checking them against the rank. */
function axisMask(axes: readonly number[], rank: number): boolean[] | undefined {
  const mask = new Array<boolean>(rank).fill(false);
  for (const a of axes) {
    if (!Number.isInteger(a) || a < 0 || a >= rank || mask[a]) return undefined;
    mask[a] = true;
  }
  return mask;
}

function reduceMean(x: Tensor, axes: readonly number[], output: TensorType): Tensor {
  const shape = x.type.shape;
  const mask = axisMask(axes, shape.length)!;
  // The output index of every input element: keep the strides of the kept axes (keepdims or not, the
  // row-major offset over kept axes is the same).
  const keptShape = shape.map((d, i) => (mask[i] ? 1 : d));
  const keptStrides = stridesOf(keptShape).map((s, i) => (mask[i] ? 0 : s));
  const sums = new Float64Array(numel(keptShape));
  const idx = new Array<number>(shape.length).fill(0);
  let o = 0;
  const xd = x.data as Float32Array;
  for (let i = 0; i < xd.length; i++) {
    sums[o] += xd[i]!;
    for (let d = shape.length - 1; d >= 0; d--) {
      o += keptStrides[d]!;
      if (++idx[d]! < shape[d]!) break;
      o -= keptStrides[d]! * shape[d]!;
      idx[d] = 0;
    }
  }
  const count = numel(shape) / sums.length;
  return { type: output, data: Float32Array.from(sums, (s) => s / count) };
}

/** reduce_mean(x) {axes, keepdims}: the mean over `axes` (non-negative, distinct; [] keeps x unchanged). */
export const reduce_mean: OpSpec = {
  name: 'reduce_mean',
  summary: 'mean over the given axes',
  shapes: 'x → x without the reduced axes (size 1 with keepdims)',
  quantization: 'none yet (QMOD010); the ONNX importer writes the mean over H and W as global_avgpool',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {
    axes: { kind: 'ints', doc: 'axes to average over (non-negative, distinct)' },
    keepdims: { kind: 'bool', default: true, doc: 'keep the reduced axes as size 1' },
  },
  inferType([x], attrs, ctx) {
    const axes = intsAttr(attrs, 'axes');
    const mask = axisMask(axes, x!.shape.length);
    if (mask === undefined) shapeError(ctx, `axes ${formatShape(axes)} must be distinct axes of x ${formatShape(x!.shape)}`);
    if (axes.some((a) => x!.shape[a] === 0)) shapeError(ctx, `cannot average over an empty axis of x ${formatShape(x!.shape)}`);
    const keep = boolAttr(attrs, 'keepdims');
    return tensorType(x!.dtype, x!.shape.flatMap((d, i) => (mask[i] ? (keep ? [1] : []) : [d])));
  },
  macs: () => 0,
  evalFloat: ([x], attrs, output) => reduceMean(x!, intsAttr(attrs, 'axes'), output),
};
