// softmax and log_softmax along one axis, numerically stable (the row maximum is subtracted before exp).
// Float semantics: max, exp, sum and division (log_softmax: x − max − ln Σ exp(x − max)) in float64, each
// result rounded once to f32.
import { type OpSpec, numAttr, requireFloat } from '../op-spec.js';
import { type Tensor, type TensorType, numel } from '../tensor.js';
import { normalizeAxis } from './axis.js';

/** Softmax (or, with `log`, log-softmax) of x along `axis`. */
function evalSoftmax(x: Tensor, rawAxis: number, log: boolean, output: TensorType): Tensor {
  const shape = output.shape;
  const axis = rawAxis < 0 ? rawAxis + shape.length : rawAxis;
  const len = shape[axis]!;
  const inner = numel(shape.slice(axis + 1));
  const outer = numel(shape.slice(0, axis));
  const xd = x.data as Float32Array;
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
      const logSum = Math.log(sum);
      for (let k = 0; k < len; k++) out[base + k * inner] = log ? xd[base + k * inner]! - max - logSum : exps[k]! / sum;
    }
  }
  return { type: output, data: out };
}

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
    requireFloat(ctx, 'x', x!);
    normalizeAxis(ctx, numAttr(attrs, 'axis'), x!.shape);
    return x!;
  },
  macs: () => 0,
  evalFloat: ([x], attrs, output) => evalSoftmax(x!, numAttr(attrs, 'axis'), false, output),
};

/** log_softmax(x) {axis=-1}: y = x − max − ln Σ exp(x − max) along `axis` (ONNX LogSoftmax, opset ≥ 13 semantics). */
export const log_softmax: OpSpec = {
  ...softmax,
  name: 'log_softmax',
  summary: 'logarithm of the softmax along one axis',
  evalFloat: ([x], attrs, output) => evalSoftmax(x!, numAttr(attrs, 'axis'), true, output),
};
