// The unit of work of sensitivity and search: a sensitivity probe or a configuration to quantize and score
// on the held-out part of the choice data. A ChoiceContext is built once per thread (worker or main) from
// plain JSON, so tasks can run in worker threads or in-process with the same result.
import type { Graph } from '../../compiler/ir/graph.js';
import { type HeldOutSource, loadChoiceData } from '../../compiler/data/choice-data.js';
import { type ChoiceScore, type HeldOutSet, firstSamples, scoreOutputs, quantizedOutputs } from '../../compiler/ptq/choice-score.js';
import { IntPrefixCache } from '../../compiler/ptq/int-prefix-cache.js';
import { type CalibrationCache, calibrationCache, quantizeModel } from '../../compiler/ptq/quantize-model.js';
import { type FloatCutCache, type SensitivityProbe, runSensitivityProbe } from '../../compiler/ptq/sensitivity.js';
import { parseQuantConfig } from '../../compiler/quant/presets.js';
import { loadModel } from '../load-model.js';
import { sliceSamples } from '../../compiler/data/choice-data.js';
import { loadHwConfigJson } from '../../isa/hw-config-json.js';
import { runDesignPoint } from '../pipeline/evaluate-design-point.js';
import type { PointVerification } from './search-types.js';
import { withFastConvs } from './fast-evaluation.js';

/** What every thread rebuilds its context from. */
export interface ChoiceContextSpec {
  readonly model: string;
  readonly choiceData: string;
  readonly calibLimit?: number;
  /** A held-out part from a training split (then all of `choiceData` calibrates). */
  readonly heldOut?: HeldOutSource;
  /** The float outputs on the held-out part, computed once by the main thread. */
  readonly floatOutputs: Float32Array;
  readonly classes: number;
}

/** A thread's model, calibration cache and held-out set. */
export interface ChoiceContext {
  readonly graph: Graph;
  readonly cache: CalibrationCache;
  readonly set: HeldOutSet;
  /** Node outputs over the held-out set, shared by the configurations this thread scores. */
  readonly intCache: IntPrefixCache;
  /** Plain float values the sensitivity probes of one layer share (sensitivity.ts). */
  readonly floatCut: FloatCutCache;
}

/** Loads the model and the choice data (compiler/data/choice-data.ts: never the test split). */
export function choiceContext(spec: ChoiceContextSpec): ChoiceContext {
  const graph = loadModel(spec.model);
  const data = loadChoiceData(spec.choiceData, spec.calibLimit, spec.heldOut);
  const set: HeldOutSet = { images: data.heldOut, ...(data.heldOutLabels ? { labels: data.heldOutLabels } : {}), floatOutputs: spec.floatOutputs, classes: spec.classes };
  return { graph, cache: calibrationCache(graph, data.calib), set, intCache: new IntPrefixCache(data.heldOut.type.shape[0]!), floatCut: new Map() };
}

/**
 * A task: a sensitivity probe of a base config (on the first `samples` held-out samples when given; cut short once
 * its drop is certain to exceed `stopAboveDrop` points); a config (JSON text) quantized and scored by the integer
 * reference; or a config quantized, compiled for `hw` and simulated on the first `samples` held-out samples
 * against the integer reference (the end-to-end check of a reported point).
 */
export type ChoiceTask =
  | { readonly kind: 'probe'; readonly base: string; readonly probe: SensitivityProbe; readonly samples?: number; readonly stopAboveDrop?: number }
  | { readonly kind: 'evaluate'; readonly config: string }
  | { readonly kind: 'verify'; readonly config: string; readonly hw: string; readonly samples: number };

/** What a task returns: a score (probe, evaluate) or a verification. */
export type ChoiceResult = ChoiceScore | PointVerification;

/** Runs one task in `ctx`. */
export async function runChoiceTask(ctx: ChoiceContext, task: ChoiceTask): Promise<ChoiceResult> {
  // Probes and scoring take the fast convolutions (bit-identical); the verification below compares with the reference.
  if (task.kind === 'probe') return withFastConvs(() => runSensitivityProbe(parseQuantConfig(task.base, 'base'), ctx.cache, task.samples === undefined ? ctx.set : firstSamples(ctx.set, task.samples), task.probe, ctx.floatCut, task.stopAboveDrop));
  const config = parseQuantConfig(task.config, 'candidate');
  const q = withFastConvs(() => quantizeModel(ctx.graph, { config, calib: ctx.cache.calib, cache: ctx.cache }));
  if (task.kind === 'evaluate') return withFastConvs(() => scoreOutputs(quantizedOutputs(q.graph, ctx.set, ctx.intCache), ctx.set));
  const hw = loadHwConfigJson(task.hw, 'search hardware');
  const batch = sliceSamples(ctx.set.images, 0, Math.min(task.samples, ctx.set.images.type.shape[0]!));
  const r = await runDesignPoint({ quantGraph: q.graph, hw, batch, threads: 1 });
  return { bitExact: r.fidelity.bitExact, samples: r.samples, mismatchedElements: r.fidelity.mismatchedElements, energyPj: r.first.energy.total.totalPj, cycles: r.first.stats.cycles };
}
