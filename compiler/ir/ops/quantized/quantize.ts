// quantize (f32 → int) and dequantize (int → f32): the two ends of a quantized region.
//   quantize:   q = clamp(roundHalfEven(x / scale) + zero, min(dtype), max(dtype));  b1: q = x ≥ 0 ? +1 : −1
//   dequantize: x = scale · (q − zero), computed in float64 and rounded once to f32
import type { AttrValue } from '../../graph.js';
import { type OpSpec, numAttr, shapeError } from '../../op-spec.js';
import { type DType, DTYPES, allocate } from '../../dtype.js';
import type { TensorType } from '../../tensor.js';
import { fail } from '../../../../core/diagnostics.js';
import { binarizeValue, quantizeValue } from '../../../quant/quantize-tensor.js';
import { ACTIVATION_DTYPES, noFloatEval } from './requantize.js';

const positiveFinite = (v: AttrValue): string | undefined => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? undefined : 'finite and > 0');
const activationDtype = (v: AttrValue): string | undefined =>
  typeof v === 'string' && ACTIVATION_DTYPES.includes(v as DType) ? undefined : `one of ${ACTIVATION_DTYPES.join(', ')}`;

/** quantize(x) {scale, zero, dtype}: x f32 → dtype, same shape. NaN/∞ inputs are a user error (RUN011). */
export const quantize: OpSpec = {
  name: 'quantize',
  summary: 'f32 → integer: clamp(roundHalfEven(x/scale) + zero) (b1: the sign)',
  shapes: 'x f32 → dtype, same shape',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {
    scale: { kind: 'float', doc: 'step size s of x ≈ s·(q − z)', check: positiveFinite },
    zero: { kind: 'int', doc: 'zero point z (0 for b1)' },
    dtype: { kind: 'string', doc: 'integer dtype of the result', check: activationDtype },
  },
  inferType([x], attrs, ctx) {
    if (x!.dtype !== 'f32') shapeError(ctx, `x must be f32, got ${x!.dtype}`);
    const dtype = attrs['dtype'] as DType;
    const info = DTYPES[dtype];
    const zero = numAttr(attrs, 'zero');
    if (zero < info.min! || zero > info.max! || (dtype === 'b1' && zero !== 0)) shapeError(ctx, `zero ${zero} is outside ${dtype} [${info.min}, ${info.max}]${dtype === 'b1' ? ' (b1 needs 0)' : ''}`);
    return { dtype, shape: x!.shape };
  },
  macs: () => 0,
  evalFloat: noFloatEval('quantize'),
  evalInt([x], attrs, output) {
    const dtype = output.dtype;
    const { min, max } = DTYPES[dtype];
    const scale = numAttr(attrs, 'scale');
    const zero = numAttr(attrs, 'zero');
    const out = allocate(dtype, x!.data.length);
    for (let i = 0; i < out.length; i++) {
      const v = x!.data[i] as number;
      if (!Number.isFinite(v)) fail('RUN011', `quantize: input element ${i} is ${v}; cannot quantize NaN or infinity`);
      out[i] = dtype === 'b1' ? binarizeValue(v) : quantizeValue(v, scale, zero, min!, max!);
    }
    return { type: output, data: out };
  },
};

/** dequantize(q) {scale, zero}: integer → f32, scale·(q − zero). */
export const dequantize: OpSpec = {
  name: 'dequantize',
  summary: 'integer → f32: scale·(q − zero)',
  shapes: 'x int → f32, same shape',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {
    scale: { kind: 'float', doc: 'step size s', check: positiveFinite },
    zero: { kind: 'int', doc: 'zero point z' },
  },
  inferType([x], _attrs, ctx): TensorType {
    if (DTYPES[x!.dtype].isFloat) shapeError(ctx, `x must be an integer tensor, got ${x!.dtype}`);
    return { dtype: 'f32', shape: x!.shape };
  },
  macs: () => 0,
  evalFloat: noFloatEval('dequantize'),
  evalInt([x], attrs, output) {
    const scale = numAttr(attrs, 'scale');
    const zero = numAttr(attrs, 'zero');
    const out = new Float32Array(x!.data.length);
    for (let i = 0; i < out.length; i++) out[i] = scale * ((x!.data[i] as number) - zero);
    return { type: output, data: out };
  },
};
