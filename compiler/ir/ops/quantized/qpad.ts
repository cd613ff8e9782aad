// qpad: pad of a quantized activation; the constant is an integer code (the zero point for a zero pad, so
// padding stands for the real 0). Integer semantics: those of pad (pad.ts) on the codes, scale and zero
// point unchanged.
import { type OpSpec, numAttr, shapeError } from '../../op-spec.js';
import { DTYPES } from '../../dtype.js';
import { PAD_ATTRS, inferPadType, padTensor } from '../pad.js';
import { ACTIVATION_DTYPES, noFloatEval } from './requantize.js';

/** qpad(x) {pads, mode, value}: x int → same dtype, padded. */
export const qpad: OpSpec = {
  name: 'qpad',
  summary: 'padded copy of a quantized activation; the constant is an integer code (the zero point for 0.0)',
  shapes: 'x int → same dtype, padded',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: { ...PAD_ATTRS, value: { kind: 'int', default: 0, doc: 'the code of mode constant (x_zero stands for 0.0)' } },
  inferType([x], attrs, ctx) {
    if (!ACTIVATION_DTYPES.includes(x!.dtype) || x!.dtype === 'b1') shapeError(ctx, `x must be a multi-level quantized activation, got ${x!.dtype}`);
    const v = numAttr(attrs, 'value');
    const { min, max } = DTYPES[x!.dtype];
    if (v < min! || v > max!) shapeError(ctx, `value ${v} is outside ${x!.dtype} [${min}, ${max}]`);
    return inferPadType(x!, attrs, ctx);
  },
  macs: () => 0,
  evalFloat: noFloatEval('qpad'),
  evalInt: ([x], attrs, output) => padTensor(x!, attrs, numAttr(attrs, 'value'), output),
};
