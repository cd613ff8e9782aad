// The (model, preset) pairs of models/ that the quantizer refuses, with the code it must refuse them with.
// Tests that walk every model × preset skip exactly these: a new refusal, or a listed one that starts to
// quantize, fails them (a skip is a stated exception, never a silent one).

/** `model preset` → the error code quantizeModel raises for it. */
// Empty since QAT's binary recipe keeps concats at 8 bits (binary layers after them read a qbinarize).
export const UNQUANTIZABLE: Readonly<Record<string, string>> = {};

/** The refusal code expected for `model` at `preset`, or undefined when it must quantize. */
export function expectedRefusal(model: string, preset: string): string | undefined {
  return UNQUANTIZABLE[`${model} ${preset}`];
}
