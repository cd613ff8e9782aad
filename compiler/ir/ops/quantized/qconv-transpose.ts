// qconv_transpose: integer transposed convolution, its weight output channel first, w [Cout, Cin/groups, k...]
// (per-output-channel scales along axis 0, as qconv2d). Integer semantics:
//   acc[o] = bias[o] + Σ (x[in] − x_zero)·w[o, c, tap] over every (in, tap) with out = in·stride + tap·dilation − pad_begin
//   (the zero point is subtracted term by term: how many terms reach an output varies at the borders and
//   between stride phases, so it cannot be folded into the bias as qconv2d's is)
//   y = requantize(reduce_to_acc_bits(acc), m0[o], shift[o])           (requantize.ts)
import { type OpSpec, numAttr, shapeError } from '../../op-spec.js';
import { allocate } from '../../dtype.js';
import { type TensorType, formatShape, numel } from '../../tensor.js';
import { conv_transpose } from '../conv-transpose.js';
import { transposedConvSums } from '../window-nd.js';
import { REQUANT_ATTRS, checkRequantOperands, noFloatEval, readRequant, reduceAccumulator, requantize, WEIGHTED_OPERANDS } from './requantize.js';

const { groups: GROUPS, ...GEOMETRY } = conv_transpose.attrs;

/** The float op's view of the weight, [Cin, Cout/groups, k...], for the shape rules. */
const asFloatWeight = (x: TensorType, w: TensorType, groups: number): TensorType =>
  ({ dtype: 'f32', shape: [x.shape[1]!, w.shape[0]! / groups, ...w.shape.slice(2)] });

/** qconv_transpose(x, w, bias, m0, shift, [w_scale]) {stride, dilation, pad, output_padding, groups, x_zero, …}. */
export const qconv_transpose: OpSpec = {
  name: 'qconv_transpose',
  summary: 'integer transposed convolution: (x − x_zero)·w summed exactly, requantized per output channel',
  shapes: 'x int [N,Cin,s...], w int [Cout, Cin/groups, k...], bias/m0/shift i32 [Cout] → out_dtype [N,Cout,o...]',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: WEIGHTED_OPERANDS,
  attrs: { ...GEOMETRY, groups: GROUPS!, ...REQUANT_ATTRS },
  inferType(inputs, attrs, ctx) {
    const [x, w] = inputs as [TensorType, TensorType];
    const groups = numAttr(attrs, 'groups');
    if (w.shape.length !== x.shape.length || w.shape[0]! % groups !== 0 || w.shape[1]! * groups !== x.shape[1]) {
      shapeError(ctx, `weight ${formatShape(w.shape)} must be [Cout, Cin/groups, k...] for x ${formatShape(x.shape)} with groups=${groups}`);
    }
    checkRequantOperands(ctx, inputs, attrs, w.shape[0]!);
    if (attrs['out_dtype'] === 'b1' || x.dtype === 'b1') shapeError(ctx, 'binary activations are not supported');
    const float = conv_transpose.inferType([{ dtype: 'f32', shape: x.shape }, asFloatWeight(x, w, groups)], attrs, ctx);
    return { dtype: attrs['out_dtype'] as TensorType['dtype'], shape: float.shape };
  },
  macs: (inputs) => numel(inputs[0]!.shape) * numel(inputs[1]!.shape.slice(0, 1)) * numel(inputs[1]!.shape.slice(2)),
  evalFloat: noFloatEval('qconv_transpose'),
  evalInt([x, w, bias, m0, shift], attrs, output, counters) {
    const groups = numAttr(attrs, 'groups');
    const [cout, cinG, ...kernel] = w!.type.shape as [number, number, ...number[]];
    const k = numel(kernel);
    const coutG = cout / groups;
    const sp = kernel.length;
    const pad = attrs['pad'] as readonly number[];
    const win = { kernel, stride: attrs['stride'] as readonly number[], dilation: attrs['dilation'] as readonly number[], padBegin: pad.slice(0, sp), padEnd: pad.slice(sp) };
    const xZero = numAttr(attrs, 'x_zero');
    const centred = Float64Array.from(x!.data as ArrayLike<number>, (v) => v - xZero);
    const row = (ic: number, oc: number) => (oc * cinG + (ic - Math.floor(oc / coutG) * cinG)) * k;
    const sums = transposedConvSums(centred, x!.type.shape, w!.data as ArrayLike<number>, row, cout, groups, win, output.shape.slice(2), (oc) => Number(bias!.data[oc]));
    const r = readRequant(attrs);
    const plane = numel(output.shape.slice(2));
    const out = allocate(r.outDtype, sums.length);
    for (let i = 0; i < sums.length; i++) {
      const oc = Math.floor(i / plane) % cout;
      out[i] = requantize(reduceAccumulator(sums[i]!, r, counters), m0!.data[oc] as number, shift!.data[oc] as number, r);
    }
    return { type: output, data: out };
  },
};
