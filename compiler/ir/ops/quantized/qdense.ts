// qdense: integer fully connected layer, w [out, K] (PyTorch Linear layout). Integer semantics:
//   acc[i, n] = bias[n] + Σ_k x[i, k] · w[n, k]     (bias holds −x_zero·Σ_k w[n, k]: equal to Σ (x − x_zero)·w)
//   y[i, n]   = requantize(reduce_to_acc_bits(acc), m0[n], shift[n])     (see requantize.ts)
import type { Attrs } from '../../graph.js';
import { type IntCounters, type OpSpec, shapeError } from '../../op-spec.js';
import { allocate } from '../../dtype.js';
import { type Tensor, type TensorType, formatShape, numel, tensorType } from '../../tensor.js';
import { REQUANT_ATTRS, checkRequantOperands, noFloatEval, readRequant, reduceAccumulator, requantize, WEIGHTED_OPERANDS, accumulatorWeightsOf } from './requantize.js';

function evalQdense(inputs: readonly Tensor[], attrs: Attrs, output: TensorType, counters: IntCounters): Tensor {
  const [x, w, bias, m0, shift] = inputs as [Tensor, Tensor, Tensor, Tensor, Tensor];
  const [n, k] = x.type.shape as [number, number];
  const outF = w.type.shape[0]!;
  const wdt = accumulatorWeightsOf(inputs, attrs); // m·w with group-wise scales (exact integers)
  const r = readRequant(attrs);
  const out = allocate(r.outDtype, numel(output.shape));
  // One input row as doubles, read by every output feature (the products are exact small integers).
  const row = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) row[j] = x.data[i * k + j] as number;
    for (let o = 0; o < outF; o++) {
      const wRow = o * k;
      let sum = Number(bias.data[o]);
      for (let j = 0; j < k; j++) sum += row[j]! * wdt[wRow + j]!;
      const acc = reduceAccumulator(sum, r, counters);
      out[i * outF + o] = requantize(acc, m0.data[o] as number, shift.data[o] as number, r);
    }
  }
  return { type: output, data: out };
}

/**
 * qdense(x, w, bias, m0, shift, [w_scale]) {x_zero, x_scale, y_zero, y_scale, y_offset, qmin, qmax,
 * out_dtype, requant, acc_bits, acc_overflow}: x int [N,K], w int [out,K] → out_dtype [N,out].
 */
export const qdense: OpSpec = {
  name: 'qdense',
  summary: 'integer fully connected layer: int32 accumulate (zero point folded in the bias), requantize, clamp',
  shapes: 'x int [N,K], w int [out,K], bias i32 [out], m0/shift i32 [out], w_scale f32 [out] → out_dtype [N,out]',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: WEIGHTED_OPERANDS,
  attrs: REQUANT_ATTRS,
  inferType(inputs, attrs, ctx) {
    const [x, w] = inputs as [TensorType, TensorType];
    if (x.shape.length !== 2) shapeError(ctx, `x must be 2-D [N,K], got ${formatShape(x.shape)} (flatten it first)`);
    if (w.shape.length !== 2 || w.shape[1] !== x.shape[1]) shapeError(ctx, `weight ${formatShape(w.shape)} must be [out, ${x.shape[1]}] for x ${formatShape(x.shape)}`);
    checkRequantOperands(ctx, inputs, attrs, w.shape[0]!);
    return tensorType(attrs['out_dtype'] as TensorType['dtype'], [x.shape[0]!, w.shape[0]!]);
  },
  macs: (inputs) => inputs[0]!.shape[0]! * inputs[1]!.shape[0]! * inputs[1]!.shape[1]!,
  evalFloat: noFloatEval('qdense'),
  evalInt: evalQdense,
};
