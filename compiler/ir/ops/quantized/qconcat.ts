// qconcat: concatenation along an axis with every branch requantized to the shared output scale:
//   y = clamp(MBQM(x_i − zeros[i], m0s[i], shifts[i]) + y_zero, qmin, qmax),  M_i = s_i / s_y
// (M_i = 1 is m0 = 2^30, shift = 1, which MBQM applies exactly: equal scales copy the values).
import { type OpSpec, intsAttr, numAttr, shapeError } from '../../op-spec.js';
import { allocate } from '../../dtype.js';
import { type Tensor, type TensorType, numel } from '../../tensor.js';
import { concat } from '../concat.js';
import { multiplyByQuantizedMultiplier } from '../../../../core/fixed-point.js';
import { clamp } from '../../../../core/rounding.js';
import { ACTIVATION_DTYPES, REQUANT_ATTRS, checkClamp, noFloatEval } from './requantize.js';

/** qconcat(x...) {axis, zeros, scales, m0s, shifts, y_zero, y_scale, qmin, qmax, out_dtype}. */
export const qconcat: OpSpec = {
  name: 'qconcat',
  summary: 'concatenate quantized tensors, each requantized to the shared output scale',
  shapes: 'int operands joined along axis → out_dtype',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: [{ name: 'x', kind: 'value', variadic: true }],
  attrs: {
    axis: { kind: 'int', default: 1, doc: 'concatenation axis' },
    zeros: { kind: 'ints', doc: 'zero point of each input' },
    scales: { kind: 'floats', doc: 'scale of each input (informational)' },
    m0s: { kind: 'ints', doc: 'Q31 multiplier of each input (s_i / s_y)' },
    shifts: { kind: 'ints', doc: 'shift of each input' },
    y_zero: REQUANT_ATTRS['y_zero']!,
    y_scale: REQUANT_ATTRS['y_scale']!,
    qmin: REQUANT_ATTRS['qmin']!,
    qmax: REQUANT_ATTRS['qmax']!,
    out_dtype: REQUANT_ATTRS['out_dtype']!,
  },
  inferType(inputs, attrs, ctx): TensorType {
    inputs.forEach((t, i) => {
      if (!ACTIVATION_DTYPES.includes(t.dtype) || t.dtype === 'b1') shapeError(ctx, `input ${i + 1} must be a multi-level quantized activation, got ${t.dtype}`);
    });
    for (const key of ['zeros', 'scales', 'm0s', 'shifts']) {
      if ((attrs[key] as readonly number[]).length !== inputs.length) shapeError(ctx, `${key} needs ${inputs.length} entries (one per input)`);
    }
    checkClamp(ctx, attrs);
    const float = concat.inferType(inputs.map((t) => ({ dtype: 'f32', shape: t.shape })), attrs, ctx);
    return { dtype: attrs['out_dtype'] as TensorType['dtype'], shape: float.shape };
  },
  macs: () => 0,
  evalFloat: noFloatEval('qconcat'),
  evalInt(inputs, attrs, output) {
    const rank = output.shape.length;
    const axisAttr = numAttr(attrs, 'axis');
    const axis = axisAttr < 0 ? axisAttr + rank : axisAttr;
    const outer = numel(output.shape.slice(0, axis));
    const inner = numel(output.shape.slice(axis + 1));
    const [zeros, m0s, shifts] = [intsAttr(attrs, 'zeros'), intsAttr(attrs, 'm0s'), intsAttr(attrs, 'shifts')];
    const [yZero, qmin, qmax] = [numAttr(attrs, 'y_zero'), numAttr(attrs, 'qmin'), numAttr(attrs, 'qmax')];
    const out = allocate(output.dtype, numel(output.shape));
    const rowOut = output.shape[axis]! * inner;
    let offset = 0;
    inputs.forEach((x: Tensor, i) => {
      const rowIn = x.type.shape[axis]! * inner;
      for (let o = 0; o < outer; o++) {
        for (let j = 0; j < rowIn; j++) {
          const v = multiplyByQuantizedMultiplier((x.data[o * rowIn + j] as number) - zeros[i]!, m0s[i]!, shifts[i]!);
          out[o * rowOut + offset + j] = clamp(v + yZero, qmin, qmax);
        }
      }
      offset += rowIn;
    });
    return { type: output, data: out };
  },
};
