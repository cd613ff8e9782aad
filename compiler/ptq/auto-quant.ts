// AutoQuant for post-training quantization (the idea of AIMET's AutoQuant, on the user's own calibration
// data): the recipe steps and range settings a preset leaves open are chosen per model, and per layer
// where it matters, by the held-out loss (choice-score.ts) of the quantized model. Stages, each a greedy
// step from the configuration so far (a candidate must LOWER the loss to replace it; ties keep it):
//
//   1. cle              equalize-cross-layer off / on                         (model)
//   2. weight-range     min-max / MSE clipping of the weights                 (model)
//   3. act-range        min-max / percentile / MSE range of each layer output (per layer, where the
//                       candidate ranges differ from min-max by more than ACT_RANGE_MATTERS; else skipped)
//   4. adaround         off / on, when a layer has weights of at most 4 bits  (model)
//   5. bias-correction  off / on                                              (model)
//
// Every candidate is quantized on the CALIBRATION part and scored on the HELD-OUT part of the choice data
// (compiler/data/choice-data.ts), so nothing here can see the test split. Deterministic: same graph,
// preset and data → same decisions → same bytes. An explicit option (cle, biasCorrection, adaround) pins
// its stage. The result is a QuantConfig that quantizeModel (and a --config file) reproduces.
import type { Graph } from '../ir/graph.js';
import type { Tensor } from '../ir/tensor.js';
import { type LayerQuantConfig, type QuantConfig, type QuantRecipe, presetConfig } from '../quant/presets.js';
import { resolveLayerConfigs } from '../quant/layer-config.js';
import { activationRanges, collectActivationStats } from './calibration.js';
import { type ChoiceScore, type HeldOutSet, floatScore, scoreQuantized } from './choice-score.js';
import { type QuantizeReport, calibrationCache, floatPassNames, quantizeModel } from './quantize-model.js';
import { runPipeline } from '../passes/index.js';

/** The stages, in the order they run. */
export const AUTOQUANT_STAGES = ['cle', 'weight-range', 'act-range', 'adaround', 'bias-correction'] as const;
export type AutoQuantStage = (typeof AUTOQUANT_STAGES)[number];

/**
 * A layer's activation-range choice is searched only when some candidate range is narrower than min-max by
 * more than this fraction of its width: otherwise the candidates quantize alike and the stage says so.
 */
export const ACT_RANGE_MATTERS = 0.02;

/** One candidate of a stage and its held-out score. */
export interface AutoQuantCandidate {
  readonly label: string;
  readonly loss: number;
  readonly accuracyPct?: number;
}

/** What one stage decided, for which scope, between which candidates, and why. */
export interface AutoQuantDecision {
  readonly stage: AutoQuantStage;
  /** 'model' or a layer name. */
  readonly scope: string;
  readonly candidates: readonly AutoQuantCandidate[];
  readonly chosen: string;
  readonly why: string;
}

export interface AutoQuantOptions {
  readonly preset?: string;
  readonly config?: QuantConfig;
  /** The calibration part of the choice data (ranges, AdaRound, bias correction). */
  readonly calib: Tensor;
  /** The held-out part with the float outputs (choice-score.ts heldOutSet). */
  readonly heldOut: HeldOutSet;
  /** Pinned recipe steps (their stages are not searched). */
  readonly cle?: boolean;
  readonly biasCorrection?: boolean;
  readonly adaround?: boolean;
  /** Stages to run (default all). */
  readonly stages?: readonly AutoQuantStage[];
  /** Called after every scored candidate: evaluations done so far and a label. */
  readonly onEvaluation?: (done: number, label: string) => void;
}

export interface AutoQuantResult {
  /** The chosen configuration (name `auto(<base>)`): quantizeModel with it and `calib` gives `graph`. */
  readonly config: QuantConfig;
  /** The calibration part it quantized with. */
  readonly calib: Tensor;
  readonly graph: Graph;
  readonly report: QuantizeReport;
  readonly decisions: readonly AutoQuantDecision[];
  readonly score: ChoiceScore;
  readonly floatScore: ChoiceScore;
  readonly evaluations: number;
}

/** A configuration under construction: the base with a recipe and per-layer overrides. */
function withChanges(base: QuantConfig, recipe: QuantRecipe, def: Partial<LayerQuantConfig>, layers: Record<string, Partial<LayerQuantConfig>>): QuantConfig {
  const merged: Record<string, Partial<LayerQuantConfig>> = { ...base.layers };
  for (const [name, o] of Object.entries(layers)) merged[name] = { ...merged[name], ...o };
  return { ...base, name: `auto(${base.name})`, recipe, default: { ...base.default, ...def }, layers: merged };
}

const fmt = (s: ChoiceScore): string => `loss ${s.loss.toFixed(4)}${s.accuracyPct === undefined ? '' : `, ${s.accuracyPct.toFixed(2)} %`}`;

/** Chooses the recipe and ranges of `opts.preset`/`opts.config` for `graph` on the choice data. */
export function autoQuant(graph: Graph, opts: AutoQuantOptions): AutoQuantResult {
  const base = opts.config ?? presetConfig(opts.preset ?? 'w8a8');
  const stages = new Set(opts.stages ?? AUTOQUANT_STAGES);
  const cache = calibrationCache(graph, opts.calib);
  const recipe: { cle?: boolean; biasCorrection?: boolean; adaround?: boolean } = {
    cle: opts.cle ?? base.recipe?.cle ?? false,
    biasCorrection: opts.biasCorrection ?? base.recipe?.biasCorrection ?? false,
    adaround: opts.adaround ?? base.recipe?.adaround ?? false,
  };
  const def: { -readonly [K in keyof LayerQuantConfig]?: LayerQuantConfig[K] } = {};
  const layers: Record<string, Partial<LayerQuantConfig>> = {};
  const decisions: AutoQuantDecision[] = [];
  let evaluations = 0;
  const run = (config: QuantConfig) => quantizeModel(graph, { config, calib: opts.calib, cache, cle: config.recipe!.cle!, biasCorrection: config.recipe!.biasCorrection!, adaround: config.recipe!.adaround! });
  const evaluate = (config: QuantConfig, label: string) => {
    const q = run(config);
    const score = scoreQuantized(q.graph, opts.heldOut);
    opts.onEvaluation?.(++evaluations, label);
    return { q, score };
  };
  let current = evaluate(withChanges(base, recipe, def, layers), 'base');

  /** Scores the alternatives of one decision against the current configuration and keeps the best. */
  const decide = (stage: AutoQuantStage, scope: string, currentLabel: string, alternatives: { label: string; apply: () => void; undo: () => void }[]): void => {
    const candidates: AutoQuantCandidate[] = [{ label: currentLabel, loss: current.score.loss, ...(current.score.accuracyPct === undefined ? {} : { accuracyPct: current.score.accuracyPct }) }];
    let best = { label: currentLabel, result: current, apply: (): void => {} };
    for (const alt of alternatives) {
      alt.apply();
      const r = evaluate(withChanges(base, recipe, def, layers), `${stage} ${scope}: ${alt.label}`);
      alt.undo();
      candidates.push({ label: alt.label, loss: r.score.loss, ...(r.score.accuracyPct === undefined ? {} : { accuracyPct: r.score.accuracyPct }) });
      if (r.score.loss < best.result.score.loss) best = { label: alt.label, result: r, apply: alt.apply };
    }
    best.apply();
    const why = best.label === currentLabel
      ? `kept ${currentLabel}: no candidate lowered the held-out ${current.score.lossKind} (${fmt(current.score)})`
      : `${best.label} lowered the held-out ${current.score.lossKind} from ${current.score.loss.toFixed(4)} to ${best.result.score.loss.toFixed(4)} (${fmt(best.result.score)})`;
    current = best.result;
    decisions.push({ stage, scope, candidates, chosen: best.label, why });
  };
  const flip = (stage: AutoQuantStage, key: 'cle' | 'biasCorrection' | 'adaround', pinned: boolean | undefined): void => {
    if (!stages.has(stage)) return;
    const now = recipe[key]!;
    if (pinned !== undefined) {
      decisions.push({ stage, scope: 'model', candidates: [], chosen: now ? 'on' : 'off', why: 'pinned by an explicit option' });
      return;
    }
    decide(stage, 'model', now ? 'on' : 'off', [{ label: now ? 'off' : 'on', apply: () => (recipe[key] = !now), undo: () => (recipe[key] = now) }]);
  };

  flip('cle', 'cle', opts.cle);
  if (stages.has('weight-range')) {
    const now = base.default.weightRange;
    const other = now === 'mse' ? 'minmax' : 'mse';
    decide('weight-range', 'model', now, [{ label: other, apply: () => (def.weightRange = other), undo: () => delete def.weightRange }]);
  }
  if (stages.has('act-range')) actRangeStage();
  const resolved = resolveLayerConfigs(runPipeline(graph, floatPassNames(false)).graph, withChanges(base, recipe, def, layers));
  if ([...resolved.values()].some((c) => c.weightBits > 1 && c.weightBits <= 4)) flip('adaround', 'adaround', opts.adaround);
  flip('bias-correction', 'biasCorrection', opts.biasCorrection);

  const config = withChanges(base, recipe, def, layers);
  return { config, calib: opts.calib, graph: current.q.graph, report: current.q.report, decisions, score: current.score, floatScore: floatScore(opts.heldOut), evaluations };

  /** Stage 3: per layer whose candidate ranges differ from min-max, min-max / percentile / MSE. */
  function actRangeStage(): void {
    const names = floatPassNames(recipe.cle ?? false);
    // The current configuration was quantized through the cache, so its float pipeline and statistics are there.
    const entry = cache.entries.get(names.join(','))!;
    const configs = resolveLayerConfigs(entry.float.graph, withChanges(base, recipe, def, layers));
    const stats = entry.stats ?? collectActivationStats(entry.float.graph, opts.calib, ['minmax', 'percentile', 'mse']);
    for (const [name, c] of configs) {
      if (c.actBits === 1 || c.actRange === 'bn') continue;
      const s = stats.values.get(name)!;
      const width = (r: { min: number; max: number }): number => Math.max(0, r.max) - Math.min(0, r.min);
      const methods = { minmax: { method: 'minmax' as const }, percentile: { method: 'percentile' as const, percentile: c.percentile }, mse: { method: 'mse' as const, mse: { bits: c.actBits, signed: c.actSigned, symmetric: c.actSigned, pow2: c.pow2 } } };
      const one = new Map([[name, s]]);
      const widths = Object.fromEntries(Object.entries(methods).map(([k, m]) => [k, width(activationRanges({ samples: stats.samples, values: one, preActivationMean: new Map() }, m).get(name)!)]));
      const full = widths['minmax']!;
      const now = c.actRange;
      const alts = (['minmax', 'percentile', 'mse'] as const).filter((m) => m !== now);
      if (full === 0 || alts.every((m) => Math.abs(widths[m]! - widths[now]!) <= ACT_RANGE_MATTERS * full)) continue;
      const before = layers[name];
      decide('act-range', name, now, alts.map((m) => ({
        label: m,
        apply: () => (layers[name] = { ...before, actRange: m }),
        undo: () => (before === undefined ? delete layers[name] : (layers[name] = before)),
      })));
    }
  }
}
