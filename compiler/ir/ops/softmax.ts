// softmax along one axis, numerically stable (the row maximum is subtracted before exp).
// Float semantics: max, exp, sum and division in float64, each result rounded once to f32.
import { type OpSpec, numAttr } from '../op-spec.js';
import { numel } from '../tensor.js';
import { normalizeAxis } from './axis.js';

/** softmax(x) {axis=-1}: y = exp(x − max) / Σ exp(x − max) along `axis` (ONNX opset ≥ 13 semantics). */
export const softmax: OpSpec = {
  name: 'softmax',
  summary: 'normalized exponential along one axis',
  shapes: 'x → same shape',
  quantization: "stays float after a dequantize (the network's float tail)",
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {
    axis: { kind: 'int', default: -1, doc: 'axis to normalize over (negative counts from the end)' },
  },
  inferType([x], attrs, ctx) {
    normalizeAxis(ctx, numAttr(attrs, 'axis'), x!.shape);
    return x!;
  },
  macs: () => 0,
  evalFloat([x], attrs, output) {
    const shape = output.shape;
    const raw = numAttr(attrs, 'axis');
    const axis = raw < 0 ? raw + shape.length : raw;
    const len = shape[axis]!;
    const inner = numel(shape.slice(axis + 1));
    const outer = numel(shape.slice(0, axis));
    const xd = x!.data as Float32Array;
    const out = new Float32Array(xd.length);
    // exp values are kept in float64 between the sum and the division, so the only rounding is the last one.
    const exps = new Float64Array(len);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * len * inner + i;
        let max = -Infinity;
        for (let k = 0; k < len; k++) max = Math.max(max, xd[base + k * inner]!);
        let sum = 0;
        for (let k = 0; k < len; k++) {
          exps[k] = Math.exp(xd[base + k * inner]! - max);
          sum += exps[k]!;
        }
        for (let k = 0; k < len; k++) out[base + k * inner] = exps[k]! / sum;
      }
    }
    return { type: output, data: out };
  },
};
