// The quantized ops, in one list for the op registry.
import type { OpSpec } from '../../op-spec.js';
import { qadd } from './qadd.js';
import { qbinarize } from './qbinarize.js';
import { qconcat } from './qconcat.js';
import { qconv2d } from './qconv2d.js';
import { qdense } from './qdense.js';
import { qavgpool, qglobal_avgpool, qmaxpool } from './qpool.js';
import { dequantize, quantize } from './quantize.js';

export { qadd, qbinarize, qconcat, qconv2d, qdense, qavgpool, qglobal_avgpool, qmaxpool, dequantize, quantize };

/** Every quantized op (each has `evalInt`). */
export const QUANTIZED_OPS: readonly OpSpec[] = [quantize, dequantize, qconv2d, qdense, qadd, qconcat, qmaxpool, qavgpool, qglobal_avgpool, qbinarize];
