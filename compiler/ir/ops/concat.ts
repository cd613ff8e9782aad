// concat: joins one or more tensors along an axis (channels by default). Exact: a copy.
import { type OpSpec, numAttr, shapeError } from '../op-spec.js';
import { formatShape, numel, tensorType } from '../tensor.js';
import { allocate } from '../dtype.js';
import { normalizeAxis } from './axis.js';

/** concat(x...) {axis=1}: all operands have the same rank and the same dims except `axis`. */
export const concat: OpSpec = {
  name: 'concat',
  summary: 'join tensors along an axis',
  shapes: 'operands of one rank, equal outside axis → joined along axis',
  quantization: "qconcat: each input requantized to the output's scale",
  operands: [{ name: 'x', kind: 'any', variadic: true }],
  attrs: {
    axis: { kind: 'int', default: 1, doc: 'axis to join along (negative counts from the end)' },
  },
  inferType(inputs, attrs, ctx) {
    const first = inputs[0]!;
    const axis = normalizeAxis(ctx, numAttr(attrs, 'axis'), first.shape);
    const shape = [...first.shape];
    for (let i = 1; i < inputs.length; i++) {
      const s = inputs[i]!.shape;
      const fits = s.length === first.shape.length && s.every((d, j) => j === axis || d === first.shape[j]);
      if (!fits) {
        shapeError(ctx, `operand ${i + 1} ${formatShape(s)} does not match operand 1 ${formatShape(first.shape)} outside axis ${axis}`);
      }
      shape[axis]! += s[axis]!;
    }
    return tensorType(first.dtype, shape);
  },
  macs: () => 0,
  evalFloat(inputs, attrs, output) {
    const rank = output.shape.length;
    const raw = numAttr(attrs, 'axis');
    const axis = raw < 0 ? raw + rank : raw;
    // The output is `outer` blocks; block k is the k-th chunk of every operand, one after the other.
    const outer = numel(output.shape.slice(0, axis));
    const inner = numel(output.shape.slice(axis + 1));
    const out = allocate(output.dtype, numel(output.shape)) as Float32Array;
    let o = 0;
    for (let k = 0; k < outer; k++) {
      for (const t of inputs) {
        const chunk = t.type.shape[axis]! * inner;
        out.set((t.data as Float32Array).subarray(k * chunk, (k + 1) * chunk), o);
        o += chunk;
      }
    }
    return { type: output, data: out };
  },
};
