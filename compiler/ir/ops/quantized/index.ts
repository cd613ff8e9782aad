// The quantized ops, in one list for the op registry.
import type { OpSpec } from '../../op-spec.js';
import { qadd } from './qadd.js';
import { qbinarize } from './qbinarize.js';
import { qconcat } from './qconcat.js';
import { qconv2d } from './qconv2d.js';
import { qdense } from './qdense.js';
import { qavgpool, qglobal_avgpool, qmaxpool, qmaxpool_dilated } from './qpool.js';
import { dequantize, quantize } from './quantize.js';
import { qlut } from './qlut.js';
import { qpad } from './qpad.js';
import { qconv_transpose } from './qconv-transpose.js';

export { qadd, qbinarize, qconcat, qconv2d, qdense, qavgpool, qglobal_avgpool, qmaxpool, qmaxpool_dilated, dequantize, quantize, qlut, qpad, qconv_transpose };

/** Every quantized op (each has `evalInt`). */
export const QUANTIZED_OPS: readonly OpSpec[] = [quantize, dequantize, qconv2d, qdense, qadd, qconcat, qmaxpool, qmaxpool_dilated, qavgpool, qglobal_avgpool, qlut, qpad, qconv_transpose, qbinarize];
