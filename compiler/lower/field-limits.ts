// The instruction field maxima the lowering sizes its tiles and splits its instructions by, read from
// isa/spec.ts (never restated): a tile that fits these fits the encoding.
import { fieldLimits } from '../../isa/instruction.js';

/** Inner steps of one LOAD or STORE (`rows`). */
export const MAX_TRANSFER_ROWS = Math.min(fieldLimits('LOAD', 'rows').max, fieldLimits('STORE', 'rows').max);
/** SRAM rows between inner steps of a transfer and between COMPUTE input vectors (im2col row strides). */
export const MAX_ROW_STRIDE = Math.min(fieldLimits('LOAD', 'sramRowStride').max, fieldLimits('COMPUTE', 'inputRowStride').max);
/** Output rows of one COMPUTE and rows of one REQUANT (an accumulator block). */
export const MAX_BLOCK_ROWS = Math.min(fieldLimits('COMPUTE', 'm').max, fieldLimits('REQUANT', 'rows').max);
/** Reduction elements of one LOAD_WEIGHTS / COMPUTE (`k`). */
export const MAX_COMPUTE_K = Math.min(fieldLimits('LOAD_WEIGHTS', 'k').max, fieldLimits('COMPUTE', 'k').max);
/** Rows of one ADD. */
export const MAX_ADD_ROWS = fieldLimits('ADD', 'rows').max;
/** Elements per row the vector unit's POOL (channels) and ADD (elems) fields can name. */
export const MAX_VECTOR_CHANNELS = Math.min(fieldLimits('POOL', 'channels').max, fieldLimits('ADD', 'elems').max);

/** The window fields POOL and DEPTHWISE both have (input size, kernel, stride): their maxima in `op`'s encoding. */
function windowFieldMax(op: 'POOL' | 'DEPTHWISE') {
  const max = (f: 'inH' | 'inW' | 'kernelH' | 'kernelW' | 'strideH' | 'strideW'): number => fieldLimits(op, f).max;
  return { inH: max('inH'), inW: max('inW'), kernelH: max('kernelH'), kernelW: max('kernelW'), strideH: max('strideH'), strideW: max('strideW') } as const;
}

/** The POOL fields a layer's window must fit; every padding field has the same width. */
export const POOL_FIELD_MAX = {
  ...windowFieldMax('POOL'),
  pad: Math.min(...(['padTop', 'padLeft', 'padBottom', 'padRight'] as const).map((f) => fieldLimits('POOL', f).max)),
} as const;

/** The DEPTHWISE fields a band must fit. */
export const DEPTHWISE_FIELD_MAX = windowFieldMax('DEPTHWISE');

/** Bytes of one transfer step (a multi-row step continues into the following rows). */
export const MAX_TRANSFER_BYTES = Math.min(fieldLimits('LOAD', 'bytesPerRow').max, fieldLimits('STORE', 'bytesPerRow').max);
