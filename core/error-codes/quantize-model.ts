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
    QMOD006: 'an op that moves codes cannot here: avgpool with count_include_pad or dilation, a resize that interpolates',
    QMOD007: 'arithmetic the float passes could not turn into a layer: two activations multiplied or broadcast-added, a scale/shift that is not one constant or one per channel',
    QMOD009: 'data-free quantization without a range: no folded BatchNorm statistics or no input range',
    QMOD010: 'a float-only op (3-D window, a reduction other than the mean/max over H and W, lrn, multi-slope prelu) reads an integer activation',
    QMOD011: 'a data-driven step (AdaRound, bias correction) has no calibration data or no float graph to compare with',
    QMOD012: 'a layer named to a data-driven step is not a conv2d/dense of the float graph',
    QMOD013: 'data-free quantization: a conv2d/dense without BatchNorm statistics feeds another conv2d/dense (interval bounds would collapse it); give calibration data',
    QMOD014: 'an explicit quantization parameter (QAT export) is invalid: a scale not finite and > 0, a zero point outside the dtype, a missing threshold or zero point, a count per channel that does not match',
    QMOD015: 'a per-tensor float format preset (fp8) has no calibration data for its activation scales',
    QMOD016: "a data-driven step's calibration option given as {shape, data} has no shape list, or not as many numbers as the shape holds",
  },
} as const satisfies ErrorArea;

/** A code of the QMOD area. */
export type QmodCode = keyof typeof QMOD_AREA.codes;
