// QMOD: quantizing a whole model (compiler/passes/insert-quantizers.ts, compiler/ptq/, compiler/quant/).
import type { ErrorArea } from './error-area.js';

/** A float model that cannot be turned into a quantized one as asked. */
export const QMOD_AREA = {
  prefix: 'QMOD',
  title: 'quantizing a model',
  source: 'compiler/passes/insert-quantizers.ts, compiler/ptq/quantize-model.ts, compiler/quant/',
  codes: {
    QMOD001: 'no activation range for a value: calibrate (or give ranges) before insert-quantizers',
    QMOD002: 'an operand that must be quantized is not: an input that is not a quantized activation, or a non-constant weight',
    QMOD003: 'a binary value feeds a float op or the graph output',
    QMOD004: 'an activation range that is not finite, or empty after the fused clamp',
    QMOD005: 'the graph has no layer to quantize',
    QMOD006: 'avgpool with count_include_pad=true (no integer form)',
    QMOD007: 'an op that can only be folded into an adjacent conv2d/dense stands alone',
    QMOD009: 'data-free quantization without a range: no folded BatchNorm statistics or no input range',
    QMOD011: 'a data-driven step (AdaRound, bias correction) has no calibration data or no float graph to compare with',
    QMOD012: 'a layer named to a data-driven step is not a conv2d/dense of the float graph',
    QMOD013: 'an explicit quantization parameter (QAT export) is invalid: a scale not finite and > 0, a zero point outside the dtype, a missing threshold or zero point, a count per channel that does not match',
  },
} as const satisfies ErrorArea;

/** A code of the QMOD area. */
export type QmodCode = keyof typeof QMOD_AREA.codes;
