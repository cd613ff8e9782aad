// How the sweep engine is told which point evaluator to run. It is always handed one explicitly: the
// command passes the simulating evaluator, tests pass a fake. A function works in-process only; worker
// threads (and `accsim worker` processes) need a module they can import themselves, because a function
// cannot cross a thread boundary, so the evaluator is named by the URL of a module and JSON options.
import { assert } from '../../core/diagnostics.js';
import type { DesignPointSpec, EvaluatePoint } from './point-spec.js';

/** A module exporting `createPointEvaluator(options)`; `options` must survive JSON (they are posted to threads). */
export interface EvaluatorModule {
  readonly url: string;
  readonly options?: unknown;
}

/** What an evaluator module exports. */
export interface EvaluatorModuleExports {
  createPointEvaluator(options?: unknown): EvaluatePoint;
  /** Optional: checks every point before any runs (throws a UserError naming the bad point). */
  checkPoints?(specs: readonly DesignPointSpec[]): void;
}

/** An evaluator handed to the engine: a module (in-process and on workers) or a function (in-process only). */
export type PointEvaluator = EvaluatorModule | EvaluatePoint;

/** The real evaluation: quantize, lower, simulate, compare (tools/sweep/evaluate-point.ts). */
export const SIMULATING_EVALUATOR: EvaluatorModule = { url: new URL('./evaluate-point.js', import.meta.url).href };

/** The evaluate function behind `e` (imports the module the first time). */
export async function loadEvaluator(e: PointEvaluator): Promise<EvaluatePoint> {
  if (typeof e === 'function') return e;
  const m = (await import(e.url)) as Partial<EvaluatorModuleExports>;
  assert(typeof m.createPointEvaluator === 'function', `evaluator module ${e.url} exports no createPointEvaluator`);
  return m.createPointEvaluator(e.options);
}

/**
 * Runs the evaluator module's `checkPoints`, if it has one, in this thread: the sweep validates all its
 * points (model, every point's hardware) before it runs any, instead of failing at point 37 of 40.
 */
export async function checkPointsWith(e: PointEvaluator, specs: readonly DesignPointSpec[]): Promise<void> {
  if (typeof e === 'function') return;
  const m = (await import(e.url)) as Partial<EvaluatorModuleExports>;
  m.checkPoints?.(specs);
}
