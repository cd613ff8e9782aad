// qadd: elementwise add of two quantized tensors of the same shape (residual connections), TFLite's
// reference add. Integer semantics (every product through MultiplyByQuantizedMultiplier, MBQM):
//   a' = MBQM(wrap32((a − a_zero) · 2^left_shift), a_m0, a_shift)     b' likewise
//   y  = clamp(MBQM(a' + b', y_m0, y_shift) + y_zero, qmin, qmax)      (a fused ReLU is qmin = y_zero)
// with real multipliers a_M = s_a / (2·max(s_a, s_b)), b_M = s_b / (2·max(s_a, s_b)),
// y_M = 2·max(s_a, s_b) / (2^left_shift · s_y): the left shift keeps the rescaled inputs' fraction bits.
import { type OpSpec, numAttr, shapeError } from '../../op-spec.js';
import { DTYPES, allocate } from '../../dtype.js';
import { type Tensor, type TensorType, formatShape, sameShape } from '../../tensor.js';
import { multiplyByQuantizedMultiplier } from '../../../../core/fixed-point.js';
import { clamp, wrapToBits } from '../../../../core/rounding.js';
import { ACTIVATION_DTYPES, REQUANT_ATTRS, checkClamp, noFloatEval } from './requantize.js';

/**
 * a' (or b') of every element: MBQM(wrap32((x − zero)·2^left_shift), m0, shift). It depends on the element's
 * code alone, so for inputs of at most 8 bits it is computed once per code (a table; the same integers).
 */
function rescaled(x: Tensor, zero: number, m0: number, shift: number, ls: number): Float64Array {
  const f = (v: number): number => multiplyByQuantizedMultiplier(wrapToBits((v - zero) * ls, 32), m0, shift);
  const { min = 0, max = Infinity } = DTYPES[x.type.dtype];
  const table = max - min < 256 ? Float64Array.from({ length: max - min + 1 }, (_, i) => f(min + i)) : undefined;
  return Float64Array.from(x.data as ArrayLike<number>, (v) => table?.[v - min] ?? f(v)); // wider codes (or outside the dtype): computed
}

const leftShiftCheck = (v: unknown): string | undefined => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 30 ? undefined : 'an integer in [0, 30]');

/** qadd(a, b) {a_zero, a_scale, a_m0, a_shift, b_zero, b_scale, b_m0, b_shift, y_zero, y_scale, y_m0, y_shift, left_shift, qmin, qmax, out_dtype}. */
export const qadd: OpSpec = {
  name: 'qadd',
  summary: 'integer add with both inputs rescaled to a common scale (TFLite reference add)',
  shapes: 'a, b int of one shape → out_dtype, same shape',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: [
    { name: 'a', kind: 'value' },
    { name: 'b', kind: 'value' },
  ],
  attrs: {
    a_zero: { kind: 'int', doc: 'zero point of a' },
    a_scale: { kind: 'float', doc: 'scale of a (informational)' },
    a_m0: { kind: 'int', doc: 'Q31 multiplier of a' },
    a_shift: { kind: 'int', doc: 'shift of a' },
    b_zero: { kind: 'int', doc: 'zero point of b' },
    b_scale: { kind: 'float', doc: 'scale of b (informational)' },
    b_m0: { kind: 'int', doc: 'Q31 multiplier of b' },
    b_shift: { kind: 'int', doc: 'shift of b' },
    y_zero: REQUANT_ATTRS['y_zero']!,
    y_scale: REQUANT_ATTRS['y_scale']!,
    y_m0: { kind: 'int', doc: 'Q31 multiplier of the sum' },
    y_shift: { kind: 'int', doc: 'shift of the sum' },
    left_shift: { kind: 'int', default: 20, doc: 'fraction bits kept before rescaling (20 for 8-bit inputs, 15 for 16-bit)', check: leftShiftCheck },
    qmin: REQUANT_ATTRS['qmin']!,
    qmax: REQUANT_ATTRS['qmax']!,
    out_dtype: REQUANT_ATTRS['out_dtype']!,
  },
  inferType([a, b], attrs, ctx): TensorType {
    for (const [name, t] of [['a', a!], ['b', b!]] as const) {
      if (!ACTIVATION_DTYPES.includes(t.dtype) || t.dtype === 'b1') shapeError(ctx, `${name} must be a multi-level quantized activation, got ${t.dtype}`);
    }
    if (!sameShape(a!.shape, b!.shape)) shapeError(ctx, `a ${formatShape(a!.shape)} and b ${formatShape(b!.shape)} must have the same shape`);
    checkClamp(ctx, attrs);
    if (attrs['out_dtype'] === 'b1') shapeError(ctx, 'out_dtype b1 is not supported for qadd');
    return { dtype: attrs['out_dtype'] as TensorType['dtype'], shape: a!.shape };
  },
  macs: () => 0,
  evalFloat: noFloatEval('qadd'),
  evalInt([a, b], attrs, output) {
    const n = (k: string) => numAttr(attrs, k);
    const ls = 2 ** n('left_shift');
    const [yM0, yShift, yZero, qmin, qmax] = ['y_m0', 'y_shift', 'y_zero', 'qmin', 'qmax'].map(n) as [number, number, number, number, number];
    const ra = rescaled(a!, n('a_zero'), n('a_m0'), n('a_shift'), ls);
    const rb = rescaled(b!, n('b_zero'), n('b_m0'), n('b_shift'), ls);
    const out = allocate(output.dtype, a!.data.length);
    for (let i = 0; i < out.length; i++) out[i] = clamp(multiplyByQuantizedMultiplier(wrapToBits(ra[i]! + rb[i]!, 32), yM0, yShift) + yZero, qmin, qmax);
    return { type: output, data: out };
  },
};
