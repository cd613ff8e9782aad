// flatten and reshape: new shape, same row-major data (copied, so no two tensors share storage). Exact.
import type { AttrValue } from '../graph.js';
import { type OpSpec, intsAttr, numAttr, shapeError } from '../op-spec.js';
import { type Tensor, type TensorType, formatShape, numel, tensorType } from '../tensor.js';
import { normalizeAxis } from './axis.js';

function copyAs(x: Tensor, output: TensorType): Tensor {
  return { type: output, data: (x.data as Float32Array).slice() };
}

/** flatten(x) {axis=1}: x [d0..d(r-1)] → [d0·…·d(axis−1), d(axis)·…·d(r−1)]; axis in [−r, r] (ONNX Flatten). */
export const flatten: OpSpec = {
  name: 'flatten',
  movesCodes: () => true,
  summary: 'reshape to 2-D, splitting the dimensions at axis',
  shapes: 'x [d0, …] → [d0·…·d(axis−1), d(axis)·…]',
  quantization: 'moves the codes (scale and zero point unchanged)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {
    axis: { kind: 'int', default: 1, doc: 'first dimension of the second output dimension (negative counts from the end)' },
  },
  inferType([x], attrs, ctx) {
    const axis = normalizeAxis(ctx, numAttr(attrs, 'axis'), x!.shape, true);
    return tensorType(x!.dtype, [numel(x!.shape.slice(0, axis)), numel(x!.shape.slice(axis))]);
  },
  macs: () => 0,
  evalFloat: ([x], _attrs, output) => copyAs(x!, output),
};

const reshapeTarget = (v: AttrValue): string | undefined =>
  Array.isArray(v) && v.every((d) => Number.isInteger(d) && d >= -1) && v.filter((d) => d === -1).length <= 1
    ? undefined
    : 'integers ≥ −1 with at most one −1';

/**
 * reshape(x) {shape, allowzero}: ONNX Reshape. A 0 copies the input dimension at the same index (with
 * allowzero: it is a zero-sized dimension); one −1 is inferred so that the element count is kept.
 */
export const reshape: OpSpec = {
  name: 'reshape',
  movesCodes: () => true,
  summary: 'new shape with the same elements in row-major order',
  shapes: 'x → shape (same elements, row-major)',
  quantization: 'moves the codes',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {
    shape: { kind: 'ints', doc: 'target shape; 0 copies the input dim, one −1 is inferred', check: reshapeTarget },
    allowzero: { kind: 'bool', default: false, doc: 'a 0 in shape is a zero-sized dim instead of a copy (no −1 then)' },
  },
  inferType([x], attrs, ctx) {
    const target = intsAttr(attrs, 'shape');
    const allowZero = attrs['allowzero'] === true;
    const what = `${formatShape(x!.shape)} (${numel(x!.shape)} elements) to shape=${formatShape(target)}`;
    if (allowZero && target.includes(0) && target.includes(-1)) shapeError(ctx, `cannot reshape ${what}: with allowzero a −1 cannot be inferred next to a 0`);
    const shape = target.map((d, i) => {
      if (d !== 0 || allowZero) return d;
      if (i >= x!.shape.length) shapeError(ctx, `cannot reshape ${what}: 0 at index ${i} has no input dimension to copy`);
      return x!.shape[i]!;
    });
    const known = numel(shape.filter((d) => d !== -1));
    const total = numel(x!.shape);
    const inferred = shape.indexOf(-1);
    if (inferred >= 0) {
      if (known === 0 || total % known !== 0) shapeError(ctx, `cannot reshape ${what}: the −1 dimension cannot be inferred`);
      shape[inferred] = total / known;
    } else if (known !== total) {
      shapeError(ctx, `cannot reshape ${what}: the target has ${known} elements`);
    }
    return tensorType(x!.dtype, shape);
  },
  macs: () => 0,
  evalFloat: ([x], _attrs, output) => copyAs(x!, output),
};
