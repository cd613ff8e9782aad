// qbinarize: multi-bit activations → binary (b1) activations for a binary layer, by a threshold on the
// integer codes (the vector unit's PACK):
//   y = x ≥ threshold ? +1 : −1
// With x ≈ s·(x − z), threshold = z + ⌈t/s⌉ makes y = +1 exactly where the real value is at least t. The
// result stands for t + β·y (y_offset = t, y_scale = β), which the binary layer reading it folds into its
// bias (QUANTIZATION.md, binary layers). Residual adds and pools stay multi-bit; the binary convolutions
// after them read a qbinarize of their output (Bi-Real-style real-valued shortcuts).
import type { AttrValue } from '../../graph.js';
import { type OpSpec, numAttr, shapeError } from '../../op-spec.js';
import { DTYPES } from '../../dtype.js';
import { ACTIVATION_DTYPES, noFloatEval } from './requantize.js';

const positiveFinite = (v: AttrValue): string | undefined => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? undefined : 'finite and > 0');
const finite = (v: AttrValue): string | undefined => (typeof v === 'number' && Number.isFinite(v) ? undefined : 'a finite number');
const integer = (v: AttrValue): string | undefined => (Number.isInteger(v) ? undefined : 'an integer');

/** qbinarize(x) {threshold, y_scale, y_offset}: x u8/i8/u4/i4 → b1 of the same shape. */
export const qbinarize: OpSpec = {
  name: 'qbinarize',
  summary: 'integer → binary: +1 where x ≥ threshold, else −1 (PACK)',
  operands: [{ name: 'x', kind: 'value' }],
  shapes: 'x u8/i8/u4/i4 → b1, same shape',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md, qbinarize)',
  attrs: {
    threshold: { kind: 'int', doc: 'the smallest code that becomes +1 (z + ceil(t/s))', check: integer },
    y_scale: { kind: 'float', doc: 'β of the result t + β·y (informational, folded by the reader)', check: positiveFinite },
    y_offset: { kind: 'float', doc: 't of the result t + β·y (informational, folded by the reader)', check: finite },
  },
  inferType([x], attrs, ctx) {
    if (!ACTIVATION_DTYPES.includes(x!.dtype) || x!.dtype === 'b1' || x!.dtype === 'i16') shapeError(ctx, `x must be an 8- or 4-bit activation, got ${x!.dtype}`);
    const info = DTYPES[x!.dtype];
    const t = numAttr(attrs, 'threshold');
    if (t < info.min! || t > info.max!) shapeError(ctx, `threshold ${t} is outside ${x!.dtype} [${info.min}, ${info.max}]`);
    return { dtype: 'b1', shape: x!.shape };
  },
  macs: () => 0,
  evalFloat: noFloatEval('qbinarize'),
  evalInt([x], attrs, output) {
    const t = numAttr(attrs, 'threshold');
    const out = new Int8Array(x!.data.length);
    for (let i = 0; i < out.length; i++) out[i] = (x!.data[i] as number) >= t ? 1 : -1;
    return { type: output, data: out };
  },
};
