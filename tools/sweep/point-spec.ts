// One design point of a sweep: what to evaluate (DesignPointSpec), the signature of the function that
// evaluates it, and the point's label and identity. Which evaluator runs is chosen by the caller and
// handed to the engine explicitly (evaluator-ref.ts); nothing here selects one.
import type { SweepPoint } from '../report/sweep-types.js';

/** Everything needed to evaluate one point; plain JSON so it can be posted to a worker thread. */
export interface DesignPointSpec {
  /** Model path as given on the command line (.qir or .onnx). */
  model: string;
  /** Quantization preset name (a key of compiler/quant/presets.ts PRESETS). */
  preset: string;
  /** Array shape normalized to "RxC", e.g. "16x16". */
  array: string;
  dataflow: 'ws' | 'os';
  /** Hardware configuration JSON every point starts from (array and dataflow are overridden). */
  hwFile?: string;
  /** Labelled data directory for accuracy (absent: no accuracy, a seeded sample for fidelity). */
  data?: string;
  /** Evaluate only the first N images of `data`. */
  limit?: number;
  /** Calibration data (directory or .npy); absent: the evaluator's default. */
  calib?: string;
  /** Seed of every random choice the evaluation makes (sample inputs), so a point is reproducible. */
  seed: number;
}

/**
 * Evaluates one design point. `onProgress` receives the fraction done (0..1) now and then, for the
 * progress bar's ETA. Rejects with a UserError for problems with the inputs (unmappable layer, ...).
 */
export type EvaluatePoint = (spec: DesignPointSpec, onProgress?: (fraction: number) => void) => Promise<SweepPoint>;

/** The label of a point in messages: "w8a8@16x16/ws" (matches report/sweep-types.ts pointLabel). */
export function specLabel(spec: DesignPointSpec): string {
  return `${spec.preset}@${spec.array}/${spec.dataflow}`;
}

/**
 * The identity of a point for --resume: model, preset, array, dataflow, data and limit. Seed, calib
 * and hw are not part of it (see docs/SWEEP.md: resuming with other values of those mixes runs).
 */
export function pointKey(k: { model: string; preset: string; array: string; dataflow: string; data?: string | undefined; limit?: number | undefined }): string {
  return JSON.stringify([k.model, k.preset, k.array, k.dataflow, k.data ?? '', k.limit ?? '']);
}
