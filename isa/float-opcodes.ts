// The vector-unit instructions of the float datapath (issue 18; docs/HARDWARE.md §3 "Float and MX datapath",
// INTEGER-SEMANTICS §14), as data in the ISA table (isa/spec.ts spreads them in). Between layers a float
// model's activations are FP32: 4-byte little-endian elements in the output buffer, a row of `n` of them
// spanning fp32Rows(n) = ceil(4n / output row bytes) buffer rows (isa/check/footprint.ts). CVT_IN converts a
// GEMM's FP32 input into element bytes in the input buffer, CVT_OUT turns accumulator rows (an FP32 sum, or
// an int8 layer's exact sum) into FP32 outputs with the fused clamp, FPOOL and FADD are the FP32 pools and
// residual add.
import type { ElementTypeName } from '../core/number-formats.js';
import type { OpcodeSpec } from './spec-types.js';
import { POOL_WINDOW_FIELDS, ROW_BYTE, count, flag, row } from './spec-fields.js';

/** The fused activation of a float output: none, ReLU [0, ∞) or ReLU6 [0, 6], applied in FP32. */
export const FLOAT_CLAMPS = ['none', 'relu', 'relu6'] as const;
export type FloatClamp = (typeof FLOAT_CLAMPS)[number];
/** The element types CVT_IN converts into (core/number-formats.ts names: e4m3 = OFP8 E4M3; the MX elements). */
export const CVT_ELEMENTS = ['e4m3', 'mxint8-elem', 'e2m1'] as const;
/** The element type each float array mode multiplies, and whether its folds take the MX block exponents. */
export const FLOAT_MODE_ELEMENTS = {
  'fp8-e4m3': { element: 'e4m3', mx: false },
  mxint8: { element: 'mxint8-elem', mx: true },
  mxfp8: { element: 'e4m3', mx: true },
  mxfp4: { element: 'e2m1', mx: true },
} as const satisfies Readonly<Record<string, { element: ElementTypeName & (typeof CVT_ELEMENTS)[number]; mx: boolean }>>;
export type FloatMode = keyof typeof FLOAT_MODE_ELEMENTS;
/**
 * Whether `mode` is an MX mode: its folds take the block exponents, and its tiles carry one E8M0 weight-block
 * exponent per column, like a group mode's multipliers the weight vector after the tile's ceil(k/P) vectors.
 */
export const isMxMode = (mode: string): boolean => mode in FLOAT_MODE_ELEMENTS && FLOAT_MODE_ELEMENTS[mode as FloatMode].mx;
/** What CVT_OUT reads: a float mode's FP32 sum, or an integer mode's exact sum (converted int32 → FP32). */
export const CVT_OUT_KINDS = ['float', 'int'] as const;
/** Pooling kinds of FPOOL (as POOL's). */
const FPOOL_KINDS = ['max', 'avg'] as const;

const clampField = { name: 'clamp', bits: 2, enum: FLOAT_CLAMPS, unit: 'enum', doc: 'fused activation in FP32: none, relu [0, inf), relu6 [0, 6]' } as const;
const SPAN = 'span(e) = ceil(4*e / output row bytes)          // rows of e FP32 elements (4 B little-endian each)\n';

/** CVT_IN, CVT_OUT, FPOOL, FADD (codes after LUT's). */
export const FLOAT_OPCODES = {
  CVT_IN: {
    code: 0x0f, queue: 'compute', unit: 'vector', summary: 'vector unit: FP32 output-buffer rows → element bytes in the input buffer (a float GEMM\'s input)',
    fields: [
      row('srcRow', 'first output-buffer row: FP32 row i at srcRow + i*span(elems)'),
      row('dstRow', 'first input-buffer row'),
      { name: 'dstByte', bits: ROW_BYTE, unit: 'bytes', doc: 'byte offset of each destination row (elements continue past the row end)' },
      { name: 'dstRowStride', bits: 16, unit: 'rows', doc: 'input-buffer rows between destination rows' },
      count('rows', 16, 'rows to convert'),
      count('elems', 12, 'elements per row'),
      { name: 'element', bits: 3, enum: CVT_ELEMENTS, unit: 'enum', doc: 'element type written (one byte each)' },
      { name: 'multiplier', bits: 32, unit: 'value', doc: 'bits of the FP32 r = fp32(1 / s_a) each element is multiplied by (per tensor)' },
      { name: 'pixelElems', bits: 12, unit: 'count', optional: true, doc: 'MX: elements per pixel (rows are whole pixels); 0 = per tensor' },
    ],
    semantics:
      SPAN +
      'MX (pixelElems = C > 0): each pixel of C elements in 32-element blocks, block b = elements [32b, min(C, 32b + 32)):\n' +
      '  X = E8M0 of the block max (OCP MX v1.0 §6.3), elements = element(x / 2^X) nearest even, saturate; multiplier unused\n' +
      '  D = byte of the pixel\'s first element in the input buffer;  mxscale[floor(D / C) * ceil(C / 32) + b] = X + 127\n' +
      'else:\n' +
      'r = the FP32 value of the multiplier bits\n' +
      'for i < rows, j < elems:\n' +
      '  x = FP32 element j from output row srcRow + i*span(elems)\n' +
      '  input byte (dstRow + i*dstRowStride)*rb + dstByte + j = element(x * r)   // exact product, one rounding: nearest even, saturate to +-max',
  },
  CVT_OUT: {
    code: 0x10, queue: 'compute', unit: 'vector', summary: 'vector unit: accumulator rows → FP32 outputs (scale, fused clamp)',
    fields: [
      row('accRow', 'first accumulator row'),
      row('outRow', 'first output-buffer row: FP32 row i at outRow + i*span(n)'),
      count('rows', 16, 'rows to convert'),
      count('n', 7, 'channels per row (<= array cols)', 64),
      row('paramRow', 'param-buffer block: FP32 scale s_a*s_w at +0, int kind: int32 bias at +1 (one word per channel)'),
      { name: 'kind', bits: 1, enum: CVT_OUT_KINDS, unit: 'enum', doc: 'float: the entries\' FP32 sums; int: an integer mode\'s exact sums' },
      flag('addBias', 'int kind: add the int32 bias word before the width'),
      clampField,
    ],
    semantics:
      SPAN +
      'for i < rows, c < n:\n' +
      '  float: s = acc[accRow+i][c].sum                                       // the open chunk\'s partial is not read\n' +
      '  int:   s = fp32(acc_fit(acc[accRow+i][c] + (addBias ? int32 word c of param[paramRow+1] : 0)))   // nearest even\n' +
      '  y = clamp(fp32(s * FP32 word c of param[paramRow]))\n' +
      '  FP32 element c of output row outRow + i*span(n) = y',
  },
  FPOOL: {
    code: 0x11, queue: 'compute', unit: 'vector', summary: 'vector unit: FP32 max or average pooling over output-buffer pixels',
    fields: [
      { name: 'kind', bits: 1, enum: FPOOL_KINDS, unit: 'enum', doc: 'max or avg' },
      row('srcRow', 'first source pixel: pixel (y,x) at srcRow + (y*inW + x)*span(channels)'),
      row('dstRow', 'first destination pixel (row-major over the output grid, span(channels) rows each)'),
      count('channels', 8, 'FP32 elements per pixel'),
      ...POOL_WINDOW_FIELDS,
    ],
    semantics:
      SPAN +
      'outH = (inH + padTop + padBottom - kernelH)/strideH + 1   (same for W)\n' +
      'for oy, ox, c: window = valid (non-pad) input pixels under the kernel\n' +
      '  max: out = max(window)                                   // -inf for a window wholly in padding\n' +
      '  avg: out = fp32(exact(sum(window)) / |window|)           // the exact sum, one rounding to nearest even',
  },
  FADD: {
    code: 0x12, queue: 'compute', unit: 'vector', summary: 'vector unit: FP32 elementwise add of two output-buffer regions',
    fields: [
      row('aRow', 'first row of input a'), row('bRow', 'first row of input b'), row('dstRow', 'first result row'),
      count('rows', 12, 'rows (row i at base + i*span(elems))'),
      count('elems', 12, 'FP32 elements per row'),
      clampField,
    ],
    semantics:
      SPAN +
      'for i < rows, j < elems: dst.elem(i, j) = clamp(fp32(a.elem(i, j) + b.elem(i, j)))   // nearest even',
  },
} as const satisfies Readonly<Record<string, OpcodeSpec>>;

