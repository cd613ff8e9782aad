// The (model, preset) pairs of models/ that the quantizer refuses, with the code it must refuse them with.
// Tests that walk every model × preset skip exactly these: a new refusal, or a listed one that starts to
// quantize, fails them (a skip is a stated exception, never a silent one).
import { PRESETS } from '../../../compiler/quant/presets.js';

/** `model preset` → the error code quantizeModel raises for it. */
// Empty since QAT's binary recipe keeps concats at 8 bits (binary layers after them read a qbinarize).
export const UNQUANTIZABLE: Readonly<Record<string, string>> = {};

/** The refusal code expected for `model` at `preset`, or undefined when it must quantize. */
export function expectedRefusal(model: string, preset: string): string | undefined {
  return UNQUANTIZABLE[`${model} ${preset}`];
}

/**
 * The mapping error the lowering must raise for every model quantized with `preset`, or undefined when the
 * machine runs it: w16a16's 16-bit activations (MAP002). Derived from the preset's config, so a new preset of
 * that kind is covered. (The group-wise presets run since the w4a8-group / int8-group modes; MAP007 is left for
 * group-scaled layers on activations other than 8-bit and on grouped convs, which no preset makes.)
 */
export function machineRefusal(preset: string): string | undefined {
  const c = PRESETS[preset]!;
  if (c.default.actBits > 8) return 'MAP002';
  return undefined;
}
