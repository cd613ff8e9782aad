// The float and microscaling quantization presets (issue 18) as data: each names its number format
// (core/number-formats.ts). They run in the format reference (compiler/reference/format-interpreter.ts).
// The `onMachine` ones also run on the machine through `accsim run` (compiler/lower/format-lower.ts): per-tensor
// FP8 (fp8, fp8-rtn, fp8-pc) on the fp8-e4m3 mode, mxint8, mxfp8 and mxfp4 on their MX modes; the integer
// pipeline's presetConfig refuses those with QCFG006 and mxfp6 (E3M2: no array mode) with QCFG005.
import type { NumberFormatName } from '../../core/number-formats.js';
import type { ScaleRule } from './format-quantize.js';

/** A format preset: the number format of every conv2d/dense layer's weights and input activations. */
export interface FormatPreset {
  readonly name: string;
  readonly format: NumberFormatName;
  readonly doc: string;
  /**
   * Per-tensor formats: how the weight scale and the activation scales are set ('max' when absent):
   * amax / max normal, or the MSE search over scales below it (format-quantize.ts: mseTensorScale).
   */
  readonly weightScale?: ScaleRule;
  readonly actScale?: ScaleRule;
  /**
   * GEMMs run in INT8 instead of the format (uint8 inputs on the calibration min/max grid, int8 weights per
   * output channel: int8-gemm.ts): 'first' the first conv2d/dense in graph order, 'first-last' also the last.
   */
  readonly int8Gemms?: 'first' | 'first-last';
  /**
   * How per-tensor FP weights are rounded: to nearest (absent), or 'adaround': up or down between the two
   * neighbouring codes by AdaRound on calibration inputs (format-adaround.ts; presets with calibration only).
   */
  readonly weightRounding?: 'adaround';
  /** The machine runs it (`accsim run`): per-tensor FP8 on the fp8-e4m3 array mode, MX on the mxint8/mxfp8/mxfp4 modes. */
  readonly onMachine?: true;
}

/** The format presets by name. */
export const FORMAT_PRESETS: Readonly<Record<string, FormatPreset>> = {
  mxint8: { name: 'mxint8', format: 'mxint8', doc: 'MXINT8: int8 elements, E8M0 scale per 32 along K', onMachine: true },
  mxfp8: { name: 'mxfp8', format: 'mxfp8', doc: 'MXFP8: E4M3 elements, E8M0 scale per 32 along K', onMachine: true },
  mxfp6: { name: 'mxfp6', format: 'mxfp6', doc: 'MXFP6: E3M2 elements, E8M0 scale per 32 along K' },
  mxfp4: { name: 'mxfp4', format: 'mxfp4', doc: 'MXFP4: E2M1 elements, E8M0 scale per 32 along K', onMachine: true },
  'fp8-pc': { name: 'fp8-pc', format: 'fp8-e4m3-pc', doc: 'FP8 E4M3, one real scale per weight output channel, activations per tensor (calibration max)', onMachine: true },
  // fp8: MSE-chosen weight and activation scales, picked over max/max, mse/max and max/mse and a
  // percentile by the held-out half of the calibration split; the first GEMM in INT8 (uint8 image input,
  // int8 per-channel weights), picked by the same held-out half over FP8 throughout, a uint8 input with
  // FP8 weights and INT8 first and last GEMMs (QUANTIZATION.md, "FP8 scales"); its FP8 weights rounded by
  // AdaRound on the E4M3 grid, grouped (depthwise) convs excepted, which lowered the held-out loss on all
  // four models against round-to-nearest (fp8-rtn; QUANTIZATION.md, "FP8 weight rounding and bias correction").
  fp8: { name: 'fp8', format: 'fp8-e4m3', doc: 'FP8 E4M3, one real scale per tensor (weights and activations: MSE-chosen scale on the calibration data), weights rounded by AdaRound (but depthwise convs); the first GEMM in INT8', weightScale: 'mse', actScale: 'mse', int8Gemms: 'first', weightRounding: 'adaround', onMachine: true },
  // fp8 with its FP8 weights rounded to nearest: the rule fp8 had before the held-out half chose AdaRound.
  'fp8-rtn': { name: 'fp8-rtn', format: 'fp8-e4m3', doc: 'fp8 with its FP8 weights rounded to nearest (no AdaRound)', weightScale: 'mse', actScale: 'mse', int8Gemms: 'first', onMachine: true },
};

/** Whether `name` is a format preset the machine runs (`onMachine`: `accsim run` and `accsim sweep` take it). */
export function isMachineFormatPreset(name: string): boolean {
  return Object.hasOwn(FORMAT_PRESETS, name) && FORMAT_PRESETS[name]!.onMachine === true;
}

/** The format presets the machine runs, in table order. */
export const MACHINE_FORMAT_PRESETS: readonly string[] = Object.keys(FORMAT_PRESETS).filter(isMachineFormatPreset);
