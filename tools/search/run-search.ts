// `accsim search`: per-layer configurations on the front of simulated energy (or cycles, or EDP) against
// held-out accuracy. 1. sensitivity of every weighted layer at every width (prunes options that alone lose
// more than the budget, and predicts the loss of a move); 2. the uniform presets; 3. a greedy descent from
// the base: each step ranks every move by objective saved (per-layer cost cache) per predicted loss added,
// scores the best `threads` moves for real (quantize with AdaRound/bias correction, integer reference on
// the held-out part) and keeps the cheapest one within the budget; 4. the front of all scored points,
// each verified end to end (compiled, simulated bit-exactly against the integer reference).
import type { Graph } from '../../compiler/ir/graph.js';
import { type HeldOutSource, loadChoiceData } from '../../compiler/data/choice-data.js';
import { type ChoiceScore, firstSamples, floatScore, heldOutSet, pairedDropSe } from '../../compiler/ptq/choice-score.js';
import { cachedFloatGraph, calibrationCache, quantizeModel } from '../../compiler/ptq/quantize-model.js';
import { withFastConvs } from './fast-evaluation.js';
import { type Width, isPow2Width } from '../../compiler/ptq/sensitivity.js';
import { type QuantConfig, presetConfig, quantConfigToJson } from '../../compiler/quant/presets.js';
import type { HwConfig } from '../../isa/hw-config.js';
import { hwConfigToJson } from '../../isa/hw-config-json.js';
import type { EnergyTable } from '../../simulator/energy/energy-table.js';
import { startProgress } from '../progress.js';
import { startChoicePool } from './choice-pool.js';
import type { ChoiceTask } from './choice-tasks.js';
import { LayerCostCache } from './cost-cache.js';
import { frontAndBudget } from './front-selection.js';
import { type Assignment, BASE_OPTION, type LayerOption, assignmentConfig, assignmentLabels, nativeOption, optionLabel, optionsOf, structuralConfig, weightedConsumers } from './search-space.js';
import { heuristicDrops, probeWidthsOf, pruneAfterProbes, pruneBeforeProbes, pruningSummary } from './option-pruning.js';
import { type DescentContext, type DescentResult, greedyDescent, presetStarts, triedKey } from './descent.js';
import type { PointVerification, SearchPoint, SearchReport } from './search-types.js';
import { summary } from './sensitivity-run.js';

export interface SearchOptions {
  readonly model: string;
  readonly graph: Graph;
  readonly base: QuantConfig;
  readonly choiceData: string;
  readonly calibLimit?: number;
  /** Held-out images from a training split; all of `choiceData` then calibrates (as eval and quantize do). */
  readonly heldOut?: HeldOutSource;
  readonly hw: HwConfig;
  readonly array: string;
  readonly energyTable?: EnergyTable;
  readonly objective: 'energy' | 'cycles' | 'edp';
  readonly maxDrop: number;
  readonly widths: readonly Width[];
  readonly presets: readonly string[];
  readonly jobs?: number;
  readonly verifySamples: number;
  /** Held-out samples the sensitivity probes run on (the first ones; default all): probes only prune and rank, candidates are scored on all. */
  readonly probeSamples?: number;
  readonly maxSteps: number;
  /** Score a descent's next moves ahead on an idle worker (descent.ts; default on, off only to check it changes nothing). */
  readonly speculation?: boolean;
  /** Also drop options by the two heuristics of option-pruning.ts (dearer than 8-bit weights, dominated). */
  readonly heuristicPruning?: boolean;
  readonly command: string;
}

/** Lets pending messages and microtasks run (the pool's task hand-outs and results). */
const yieldToPool = (): Promise<void> => new Promise((r) => setImmediate(r));

/** A scored point before the front is known. */
interface Scored {
  origin: string;
  assignment?: Assignment;
  config: QuantConfig;
  estimate: { energyPj: number; cycles: number };
  score: ChoiceScore;
}

/** Runs the search; returns the report and the chosen configuration's --config JSON (null when none is within the budget). */
export async function runSearch(o: SearchOptions): Promise<{ report: SearchReport; chosenConfig: Record<string, unknown> | null }> {
  const started = performance.now();
  const phaseSeconds: Record<string, number> = {};
  let phaseStart = started;
  const phaseDone = (name: string): void => {
    const now = performance.now();
    phaseSeconds[name] = (now - phaseStart) / 1000;
    phaseStart = now;
  };
  const data = loadChoiceData(o.choiceData, o.calibLimit, o.heldOut);
  // The float outputs on the held-out part, with the fast (bit-identical) float conv.
  const set = withFastConvs(() => heldOutSet(o.graph, data.heldOut, data.heldOutLabels));
  const fScore = floatScore(set);
  const pool = startChoicePool({
    model: o.model, choiceData: o.choiceData, ...(o.calibLimit !== undefined ? { calibLimit: o.calibLimit } : {}), ...(o.heldOut !== undefined ? { heldOut: o.heldOut } : {}),
    floatOutputs: set.floatOutputs, classes: set.classes,
  }, o.jobs);
  try {
    const mainCache = calibrationCache(o.graph, data.calib);
    const float = cachedFloatGraph(mainCache, o.base.recipe?.cle ?? false);
    const layers = float.nodes.filter((n) => n.op === 'conv2d' || n.op === 'dense').map((n) => n.name);
    const consumers = weightedConsumers(float);
    const sample = { type: { dtype: 'f32' as const, shape: [1, ...set.images.type.shape.slice(1)] }, data: (set.images.data as Float32Array).subarray(0, set.images.data.length / set.images.type.shape[0]!) };
    const costs = new LayerCostCache(o.hw, o.energyTable);
    const objective = (e: { energyPj: number; cycles: number }): number => (o.objective === 'energy' ? e.energyPj : o.objective === 'cycles' ? e.cycles : e.energyPj * e.cycles);
    const acc = (s: ChoiceScore): number => s.accuracyPct ?? -s.loss;
    const drop = (s: ChoiceScore): number => (s.accuracyPct !== undefined ? fScore.accuracyPct! - s.accuracyPct : s.loss - fScore.loss);
    // The held-out drop is a paired difference over N samples (the same images through float and quantized):
    // its standard error comes from the discordant pairs (pairedDropSe). A configuration counts as within the
    // budget only when its drop plus one standard error is (the greedy picks the luckiest-looking
    // candidates, so the bare drop is optimistic).
    const bound = (s: ChoiceScore): number => drop(s) + (pairedDropSe(s) ?? 0);

    // The cost of a configuration: its structure (dtypes, scales' kinds) is what lowers, so it is quantized
    // without the steps that only move values (AdaRound, bias correction, MSE weight ranges: structuralConfig).
    const estimates = new Map<string, { energyPj: number; cycles: number }>();
    let estimateMs = 0;
    // `ahead` (the descent's look-ahead): no simulation on a cost-cache miss (cost-cache.ts), the estimate is left for when it is needed.
    function estimate(config: QuantConfig, key: string): { energyPj: number; cycles: number };
    function estimate(config: QuantConfig, key: string, ahead: true): { energyPj: number; cycles: number } | undefined;
    function estimate(config: QuantConfig, key: string, ahead = false) {
      let e = estimates.get(key);
      if (e === undefined) {
        const t0 = performance.now();
        const q = quantizeModel(o.graph, { config: structuralConfig(config), calib: data.calib, cache: mainCache });
        const r = costs.estimate(q.graph, sample, !ahead);
        if (r !== undefined) estimates.set(key, (e = { energyPj: r.energyPj, cycles: r.cycles }));
        estimateMs += performance.now() - t0;
      }
      return e;
    }

    const uniformOf = (o: LayerOption): Assignment => Object.fromEntries(layers.map((l) => [l, o]));
    // Descents over the base and over presets: an assignment's configuration and estimate key name its base.
    const BASE = 'base';
    const baseConfigs = new Map<string, { config: QuantConfig; native: LayerOption }>([[BASE, { config: o.base, native: BASE_OPTION }]]);
    const configOf = (baseName: string, a: Assignment): QuantConfig => {
      const b = baseConfigs.get(baseName)!;
      return assignmentConfig(b.config, a, b.native);
    };

    // 1. Sensitivity of each weighted layer alone at each width.
    const widths = [...new Set<Width>(['8', ...o.widths])];
    const base = JSON.stringify(quantConfigToJson(o.base));
    // Probes only prune options and rank moves, so they may run on the first probeSamples held-out
    // samples (their drops are measured from float on the same samples); every candidate is scored on all.
    const probeSamples = Math.min(o.probeSamples ?? fScore.samples, fScore.samples);
    const fProbe = floatScore(firstSamples(set, probeSamples));
    const probeDrop = (s: ChoiceScore): number => (s.accuracyPct !== undefined ? fProbe.accuracyPct! - s.accuracyPct : s.loss - fProbe.loss);
    // Options that cannot pay are pruned before their probes (option-pruning.ts): each option's objective in
    // the base context from the cost cache (no AdaRound, no scoring); pow2 options in the every-layer-pow2
    // context, as their probes are.
    const options = optionsOf(widths);
    const grouped = new Set(float.nodes.filter((n) => n.op === 'conv2d' && typeof n.attrs['groups'] === 'number' && n.attrs['groups'] > 1).map((n) => n.name));
    const start = uniformOf(BASE_OPTION);
    const pow2Context = options.find((x) => isPow2Width(x.weight) && x.act === 8);
    const contextOf = (x: LayerOption): Assignment => (isPow2Width(x.weight) ? uniformOf(pow2Context ?? x) : start);
    const layerCost = (l: string, x: LayerOption): number => {
      const a = { ...contextOf(x), [l]: x };
      return objective(estimate(configOf(BASE, a), triedKey(layers, BASE, a)));
    };
    const baseCost = objective(estimate(configOf(BASE, start), triedKey(layers, BASE, start)));
    const pruned = pruneBeforeProbes(layers, options, grouped, layerCost, baseCost, o.heuristicPruning === true);
    const probes = layers.flatMap((layer) => probeWidthsOf(widths, options, pruned.get(layer)!).map((width) => ({ layer, width })));
    phaseDone('setup');
    let bar = startProgress('search: sensitivity', probes.length, 'runs');
    let done = 0;
    // A probe other than the 8-bit one only has to tell whether its drop exceeds the budget once it does: it
    // stops as soon as that is certain (sensitivity.ts); such an option is pruned whatever the rest gave.
    const probeScores = await pool.run<ChoiceScore>(probes.map((probe): ChoiceTask => ({
      kind: 'probe', base, probe, ...(probeSamples < fScore.samples ? { samples: probeSamples } : {}), ...(probe.width !== '8' ? { stopAboveDrop: o.maxDrop } : {}),
    })), () => bar.update(++done)).finally(() => bar.stop());
    phaseDone('sensitivity');
    const solo = new Map(probes.map((p, i) => [`${p.layer}|${p.width}`, probeScores[i]!]));
    const stoppedEarly = probeScores.filter((s) => s.samples < probeSamples).length;
    const predictedLoss = (layer: string, opt: LayerOption): number => {
      const w = solo.get(`${layer}|${opt.weight}`)!.loss - solo.get(`${layer}|8`)!.loss;
      const a = opt.act === 4 ? solo.get(`${layer}|a4`)!.loss - fProbe.loss : 0;
      return Math.max(0, w) + Math.max(0, a);
    };
    // A probe cut short proved its drop above the budget (its partial score says nothing more).
    const dropOfProbe = (s: ChoiceScore): number => (s.samples < probeSamples ? Infinity : Math.max(0, probeDrop(s)));
    const predictedDrop = (layer: string, opt: LayerOption): number =>
      dropOfProbe(solo.get(`${layer}|${opt.weight}`)!) + (opt.act === 4 ? dropOfProbe(solo.get(`${layer}|a4`)!) : 0);
    const allowed = new Map(layers.map((l) => [l, pruneAfterProbes(options, pruned.get(l)!, o.maxDrop, (x) => layerCost(l, x), (x) => predictedDrop(l, x), (x) => predictedLoss(l, x), o.heuristicPruning === true)]));
    const pruning = pruningSummary(pruned, options.length, { run: probes.length, skipped: layers.length * widths.length - probes.length, stoppedEarly });
    // Without --heuristic-pruning: the options the heuristics would have dropped, and below every scored move
    // to one of them (none: the heuristics would have scored the same configurations; option-pruning.ts).
    const drops = o.heuristicPruning === true ? undefined : heuristicDrops(layers, options, grouped, allowed, layerCost, baseCost, o.maxDrop, predictedDrop, predictedLoss);
    const heuristicMoves: string[] = [];

    // 2. The uniform presets, and the start of the descent (the base, every layer w8a8).
    const scored: Scored[] = [];
    // Configurations with the same --config JSON (the base assignment and the uniform base preset; a preset
    // and the start of the descent over it) quantize alike: each distinct one is scored once.
    // A configuration's score as soon as it is asked for: a descent's speculation (descent.ts) may ask first.
    const scoreOf = new Map<string, Promise<ChoiceScore>>();
    let scoredAhead = 0;
    const scoreText = (config: string): Promise<ChoiceScore> => {
      let p = scoreOf.get(config);
      if (p === undefined) {
        scoreOf.set(config, (p = pool.run<ChoiceScore>([{ kind: 'evaluate', config }]).then((s) => s[0]!)));
        // A speculative score nobody asks for must not end the process when its task fails.
        p.catch(() => undefined);
      }
      return p;
    };
    const evaluate = async (items: { origin: string; config: QuantConfig; key: string; assignment?: Assignment }[], onScore?: (i: number, s: ChoiceScore) => void): Promise<Scored[]> => {
      const scoring = items.map((it, i) => scoreText(JSON.stringify(quantConfigToJson(it.config))).then((s) => (onScore?.(i, s), s)));
      // The estimates (main thread) while the workers score, not after: a preset's lowering and simulation
      // are then off the critical path. Yielding first lets the tasks reach the workers, and between
      // estimates lets the pool hand out the next task as a worker finishes.
      const estimated: { energyPj: number; cycles: number }[] = [];
      for (const it of items) {
        await yieldToPool();
        estimated.push(estimate(it.config, it.key));
      }
      const scores = await Promise.all(scoring);
      const out = items.map((it, i) => ({ origin: it.origin, config: it.config, estimate: estimated[i]!, score: scores[i]!, ...(it.assignment ? { assignment: it.assignment } : {}) }));
      scored.push(...out);
      return out;
    };
    bar = startProgress('search: presets', o.presets.length + 1, 'configs');
    const uniform = o.presets.map((p) => ({ origin: `uniform ${p}`, config: presetConfig(p), key: `preset ${p}` }));
    const [basePoint, ...presetPoints] = await evaluate([{ origin: 'base', config: configOf(BASE, start), key: triedKey(layers, BASE, start), assignment: start }, ...uniform]);
    bar.stop();
    phaseDone('presets');

    // 3. Greedy descents (descent.ts): from the base, then from each uniform preset within the budget that
    // is cheaper than the base and has a per-layer form, sharing the tried set, the scores and the caches.
    const tried = new Set<string>();
    const ctx: DescentContext = {
      layers, allowed, consumers, batch: pool.threads, maxSteps: o.maxSteps, maxDrop: o.maxDrop,
      objectiveOf: (b, a) => objective(estimate(configOf(b, a), triedKey(layers, b, a))),
      estimateAhead: (b, a) => void estimate(configOf(b, a), triedKey(layers, b, a), true),
      predictedLoss,
      ...(pool.threads > 1 ? { spareCore: () => pool.busy < pool.threads } : {}),
      ...(pool.threads > 1 && o.speculation !== false ? { speculate: (b: string, a: Assignment) => {
        const text = JSON.stringify(quantConfigToJson(configOf(b, a)));
        if (!scoreOf.has(text)) scoredAhead++;
        void scoreText(text);
      } } : {}),
      score: async (b, cands, origin, onBound) => {
        // An option other than the descent's native one entered its assignment through a scored move to it.
        const native = baseConfigs.get(b)!.native;
        for (const c of cands) for (const l of layers) if (optionLabel(c[l]!) !== optionLabel(native) && drops?.get(l)!.has(optionLabel(c[l]!))) heuristicMoves.push(`${origin}: ${l} ${optionLabel(c[l]!)}`);
        const items = cands.map((c) => ({ origin, config: configOf(b, c), key: triedKey(layers, b, c), assignment: c }));
        return (await evaluate(items, (i, s) => onBound?.(i, bound(s)))).map((r) => bound(r.score));
      },
    };
    const { starts, skipped } = presetStarts(o.presets.map((name, i) => ({
      name, objective: objective(presetPoints[i]!.estimate), bound: bound(presetPoints[i]!.score), native: nativeOption(presetConfig(name), options),
    })), objective(basePoint!.estimate), o.maxDrop);
    const descents: DescentResult[] = [];
    for (const [k, from] of [{ name: BASE, native: BASE_OPTION }, ...starts].entries()) {
      if (from.name !== BASE) baseConfigs.set(from.name, { config: presetConfig(from.name), native: from.native! });
      const first = uniformOf(from.native!);
      bar = startProgress(k === 0 ? 'search: descent' : `search: descent from ${from.name}`, o.maxSteps, 'steps');
      const result = await greedyDescent({ ...ctx, onStep: (s) => bar.update(s) }, { base: from.name, assignment: first, objective: ctx.objectiveOf(from.name, first) }, tried,
        (s) => (k === 0 ? `step ${s}` : `${from.name} step ${s}`)).finally(() => bar.stop());
      descents.push(result);
    }
    phaseDone('descent');

    // 4. The front (objective down, held-out accuracy up) and the cheapest point within the budget (the
    // chosen one, on the front or not: front-selection.ts), verified end to end.
    const { onFront, cheapestWithin } = frontAndBudget(scored.map((p) => ({ objective: objective(p.estimate), accuracy: acc(p.score), bound: bound(p.score) })), o.maxDrop);
    const frontIdx = scored.map((_, i) => i).filter((i) => onFront[i] || i === cheapestWithin);
    bar = startProgress('search: verify', frontIdx.length, 'points');
    done = 0;
    const hwJson = JSON.stringify(hwConfigToJson(o.hw));
    const verified = await pool.run<PointVerification>(frontIdx.map((i) => ({ kind: 'verify', config: JSON.stringify(quantConfigToJson(scored[i]!.config)), hw: hwJson, samples: o.verifySamples })), () => bar.update(++done)).finally(() => bar.stop());
    phaseDone('verify');
    const verifiedOf = new Map(frontIdx.map((i, k) => [i, verified[k]!]));
    const points: SearchPoint[] = scored.map((p, id) => ({
      id, origin: p.origin, layers: p.assignment ? assignmentLabels(p.assignment) : { all: p.origin.replace('uniform ', '') },
      config: quantConfigToJson(p.config), estimate: p.estimate, score: summary(p.score), dropBound: bound(p.score), onFront: onFront[id]!,
      ...(verifiedOf.has(id) ? { verified: verifiedOf.get(id)! } : {}),
    }));
    const final = (p: SearchPoint): number => objective(p.verified ?? p.estimate);
    const eligible = points.filter((p) => p.verified?.bitExact === true && p.dropBound <= o.maxDrop).sort((x, y) => final(x) - final(y));
    const chosen = eligible.length > 0 ? eligible[0]!.id : null;
    const report: SearchReport = {
      model: o.model, command: o.command, array: o.array, hw: hwConfigToJson(o.hw) as Record<string, unknown>, objective: o.objective, maxDrop: o.maxDrop,
      choiceData: data.description, lossKind: fScore.lossKind, samples: fScore.samples, probeSamples, float: summary(fScore), points, chosen,
      descents: descents.map((d) => ({ from: d.from, steps: d.steps, end: triedKey(layers, d.from, d.end) })), startsSkipped: skipped,
      pruning, ...(drops !== undefined ? { heuristicCheck: { drops: Object.fromEntries([...drops].map(([l, d]) => [l, Object.fromEntries(d)])), scoredMoves: [...new Set(heuristicMoves)] } } : {}),
      estimates: { configurations: estimates.size, seconds: estimateMs / 1000 }, scoredAhead, cache: costs.stats(), seconds: (performance.now() - started) / 1000, phaseSeconds, threads: pool.threads,
    };
    return { report, chosenConfig: chosen === null ? null : points[chosen]!.config };
  } finally {
    await pool.close();
  }
}
