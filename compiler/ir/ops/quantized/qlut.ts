// qlut: an elementwise function of a quantized activation as a lookup table over the input codes. Integer
// semantics: y[i] = table[x[i] − min(x dtype)], one table entry per input code (256 for 8-bit inputs, 16
// for 4-bit). The table is an operand (the hardware loads it like a weight); compiler/quant/activation-
// table.ts builds it from the float function, and docs/INTEGER-SEMANTICS.md states the construction.
import { type OpSpec, shapeError } from '../../op-spec.js';
import { DTYPES } from '../../dtype.js';
import { allocate } from '../../dtype.js';
import type { TensorType } from '../../tensor.js';
import { ACTIVATION_DTYPES, noFloatEval } from './requantize.js';
import { UNARY_FUNCTIONS } from '../unary-functions.js';

/** Input dtypes a table can index: multi-level activations of at most 8 bits. */
export const LUT_INPUT_DTYPES = ['u8', 'i8', 'u4', 'i4'] as const;

const fnNames = UNARY_FUNCTIONS.map((u) => u.name);

/** qlut(x, table) {fn, x_scale, x_zero, y_scale, y_zero, out_dtype}: x int → out_dtype, same shape. */
export const qlut: OpSpec = {
  name: 'qlut',
  summary: 'elementwise function of a quantized activation by table lookup: y = table[x − min(x dtype)]',
  shapes: 'x int (≤ 8 bits), table [2^bits] of out_dtype → out_dtype, same shape',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: [
    { name: 'x', kind: 'value' },
    { name: 'table', kind: 'const' },
  ],
  attrs: {
    fn: { kind: 'string', doc: 'the float function the table was built from (informational)', check: (v) => (fnNames.includes(v as string) ? undefined : `one of ${fnNames.join(', ')}`) },
    x_scale: { kind: 'float', doc: 'scale of x (informational: inside the table)' },
    x_zero: { kind: 'int', doc: 'zero point of x (informational)' },
    y_scale: { kind: 'float', doc: 'scale of y' },
    y_zero: { kind: 'int', doc: 'zero point of y' },
    out_dtype: { kind: 'string', doc: 'dtype of y (the table\'s dtype)', check: (v) => (ACTIVATION_DTYPES.includes(v as never) && v !== 'b1' ? undefined : 'a multi-level activation dtype') },
  },
  inferType([x, table], attrs, ctx): TensorType {
    if (!(LUT_INPUT_DTYPES as readonly string[]).includes(x!.dtype)) shapeError(ctx, `x must be a quantized activation of at most 8 bits (${LUT_INPUT_DTYPES.join('/')}), got ${x!.dtype}`);
    const entries = 2 ** DTYPES[x!.dtype].bits;
    if (table!.shape.length !== 1 || table!.shape[0] !== entries) shapeError(ctx, `table must have ${entries} entries (one per ${x!.dtype} code), got [${table!.shape.join(',')}]`);
    if (table!.dtype !== attrs['out_dtype']) shapeError(ctx, `table dtype ${table!.dtype} must be out_dtype ${String(attrs['out_dtype'])}`);
    return { dtype: attrs['out_dtype'] as TensorType['dtype'], shape: x!.shape };
  },
  macs: () => 0,
  evalFloat: noFloatEval('qlut'),
  evalInt([x, table], _attrs, output) {
    const lo = DTYPES[x!.type.dtype].min!;
    const t = table!.data;
    const out = allocate(output.dtype, x!.data.length);
    for (let i = 0; i < out.length; i++) out[i] = t[(x!.data[i] as number) - lo] as number;
    return { type: output, data: out };
  },
};
