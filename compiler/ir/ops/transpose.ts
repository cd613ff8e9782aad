// transpose: permutes the axes of a tensor (ONNX Transpose). Exact: a copy in the new order. The integer
// reference moves codes through it unchanged, as through reshape.
import { type OpSpec, intsAttr, shapeError } from '../op-spec.js';
import { type Tensor, type TensorType, formatShape, stridesOf, tensorType } from '../tensor.js';
import { gatherStrided } from './gather-strided.js';

/** out[i_0, …, i_{r−1}] = x[j] with j_{perm[k]} = i_k: output axis k is input axis perm[k]. */
export function transposeTensor(x: Tensor, perm: readonly number[], output: TensorType): Tensor {
  const inStrides = stridesOf(x.type.shape);
  return gatherStrided(x, perm.map(() => 0), perm.map((p) => inStrides[p]!), output);
}

/** transpose(x) {perm}: output axis k is input axis perm[k]; perm is a permutation of 0..rank−1. */
export const transpose: OpSpec = {
  name: 'transpose',
  movesCodes: () => true,
  summary: 'permute the axes: output axis k is input axis perm[k]',
  shapes: 'x → axes permuted',
  quantization: 'moves the codes',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: { perm: { kind: 'ints', doc: 'a permutation of 0..rank−1' } },
  inferType([x], attrs, ctx) {
    const perm = intsAttr(attrs, 'perm');
    const rank = x!.shape.length;
    const ok = perm.length === rank && [...perm].sort((a, b) => a - b).every((p, i) => p === i);
    if (!ok) shapeError(ctx, `perm ${formatShape(perm)} is not a permutation of the ${rank} axes of x ${formatShape(x!.shape)}`);
    return tensorType(x!.dtype, perm.map((p) => x!.shape[p]!));
  },
  macs: () => 0,
  evalFloat: ([x], attrs, output) => transposeTensor(x!, intsAttr(attrs, 'perm'), output),
};
