// slice and expand: copies of elements to new places (exact; the integer reference moves codes through them).
//   slice(x) {starts, steps, sizes}: per axis d, out[… o_d …] = x[… starts[d] + o_d·steps[d] …] for
//     o_d < sizes[d] (the importer resolves ONNX's clamped, possibly negative starts/ends to these)
//   expand(x) {shape}: x broadcast to `shape` (numpy rules; ONNX Expand with the broadcast of both shapes)
import { type OpSpec, intsAttr, shapeError } from '../op-spec.js';
import { formatShape, stridesOf, tensorType } from '../tensor.js';
import { broadcastShape, broadcastStrides } from './broadcast.js';
import { gatherStrided } from './gather-strided.js';

/** slice(x) {starts, steps, sizes}: one start, step (non-zero) and output size per axis, all in range. */
export const slice: OpSpec = {
  name: 'slice',
  summary: 'a strided window of x: per axis, sizes[d] elements from starts[d], steps[d] apart (negative: backwards)',
  shapes: 'x → sizes',
  quantization: 'moves the codes',
  movesCodes: () => true,
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {
    starts: { kind: 'ints', doc: 'first index per axis' },
    steps: { kind: 'ints', doc: 'index step per axis (non-zero)' },
    sizes: { kind: 'ints', doc: 'output size per axis' },
  },
  inferType([x], attrs, ctx) {
    const [starts, steps, sizes] = ['starts', 'steps', 'sizes'].map((k) => intsAttr(attrs, k));
    const rank = x!.shape.length;
    if ([starts, steps, sizes].some((l) => l!.length !== rank)) shapeError(ctx, `starts, steps and sizes need ${rank} entries for x ${formatShape(x!.shape)}`);
    x!.shape.forEach((n, d) => {
      const last = starts![d]! + (sizes![d]! - 1) * steps![d]!;
      const ok = steps![d] !== 0 && sizes![d]! >= 0 && (sizes![d] === 0 || (starts![d]! >= 0 && starts![d]! < n && last >= 0 && last < n));
      if (!ok) shapeError(ctx, `axis ${d}: ${sizes![d]} elements from ${starts![d]} step ${steps![d]} leave x ${formatShape(x!.shape)}`);
    });
    return tensorType(x!.dtype, sizes!);
  },
  macs: () => 0,
  evalFloat([x], attrs, output) {
    const strides = stridesOf(x!.type.shape);
    return gatherStrided(x!, intsAttr(attrs, 'starts').map((s, d) => s * strides[d]!), intsAttr(attrs, 'steps').map((s, d) => s * strides[d]!), output);
  },
};

/** expand(x) {shape}: x broadcast with `shape` (numpy rules); the output is the broadcast shape. */
export const expand: OpSpec = {
  name: 'expand',
  summary: 'x repeated to the broadcast of its shape and `shape`',
  shapes: 'x → broadcast(x, shape)',
  quantization: 'moves the codes',
  movesCodes: () => true,
  operands: [{ name: 'x', kind: 'value' }],
  attrs: { shape: { kind: 'ints', doc: 'the shape to broadcast with' } },
  inferType([x], attrs, ctx) {
    const shape = broadcastShape(x!.shape, intsAttr(attrs, 'shape'));
    if (shape === undefined) shapeError(ctx, `x ${formatShape(x!.shape)} does not broadcast with ${formatShape(intsAttr(attrs, 'shape'))}`);
    return tensorType(x!.dtype, shape);
  },
  macs: () => 0,
  evalFloat: ([x], _attrs, output) => gatherStrided(x!, output.shape.map(() => 0), broadcastStrides(x!.type.shape, output.shape), output),
};
