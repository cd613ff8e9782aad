// The float and microscaling quantization presets (issue 18) as data: each names its number format
// (core/number-formats.ts). They run in the format reference (compiler/reference/format-interpreter.ts)
// and are not yet on the machine: presetConfig refuses them (QCFG005) for quantize, compile, run and sweep.
import type { NumberFormatName } from '../../core/number-formats.js';

/** A format preset: the number format of every conv2d/dense layer's weights and input activations. */
export interface FormatPreset {
  readonly name: string;
  readonly format: NumberFormatName;
  readonly doc: string;
}

/** The format presets by name. */
export const FORMAT_PRESETS: Readonly<Record<string, FormatPreset>> = {
  mxint8: { name: 'mxint8', format: 'mxint8', doc: 'MXINT8: int8 elements, E8M0 scale per 32 along K' },
  mxfp8: { name: 'mxfp8', format: 'mxfp8', doc: 'MXFP8: E4M3 elements, E8M0 scale per 32 along K' },
  mxfp6: { name: 'mxfp6', format: 'mxfp6', doc: 'MXFP6: E3M2 elements, E8M0 scale per 32 along K' },
  mxfp4: { name: 'mxfp4', format: 'mxfp4', doc: 'MXFP4: E2M1 elements, E8M0 scale per 32 along K' },
  fp8: { name: 'fp8', format: 'fp8-e4m3', doc: 'FP8 E4M3, one real scale per tensor (weights: max |w|; activations: calibration max)' },
};
