// One design point of a sweep (what to evaluate) and the registry of the function that evaluates it.
// The sweep engine (grid, pool, CSV, resume, signals) only ever calls `currentPointEvaluator()`, so the
// real evaluation (quantize → lower → simulate → compare) plugs in here without the engine knowing it.
import type { SweepPoint } from '../report/sweep-types.js';
import { fakePointEvaluator } from './fake-evaluator.js';

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

/**
 * The production evaluator (tools/sweep/evaluate-point.ts), loaded lazily so the engine's tests need none
 * of the compiler. It lives here, not in a setPointEvaluator call in the command, because every worker
 * thread loads this module afresh and only sees what the module itself sets up.
 */
export const defaultPointEvaluator: EvaluatePoint = async (spec, onProgress) => (await import('./evaluate-point.js')).evaluatePoint(spec, onProgress);

/** Environment switch for tests ONLY: a deterministic fake evaluator (see fake-evaluator.ts, docs/SWEEP.md). */
export const FAKE_EVALUATOR_ENV = 'ACCSIM_SWEEP_FAKE_EVALUATOR';

let override: EvaluatePoint | undefined;

/** Replaces the evaluator for this thread (tests, in-process runs); `undefined` restores the default. */
export function setPointEvaluator(e: EvaluatePoint | undefined): void {
  override = e;
}

/** The evaluator in force in this thread: an explicit override, else the fake when the test switch is on, else the default. */
export function currentPointEvaluator(): EvaluatePoint {
  if (override !== undefined) return override;
  if (process.env[FAKE_EVALUATOR_ENV] === '1') return fakePointEvaluator;
  return defaultPointEvaluator;
}

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
