// `accsim sensitivity`: every probe of compiler/ptq/sensitivity.ts for one model, on the choice pool's
// threads, assembled into a report (JSON-ready) and a terminal table.
import type { Graph } from '../../compiler/ir/graph.js';
import { loadChoiceData } from '../../compiler/data/choice-data.js';
import { type ChoiceScore, floatScore, heldOutSet } from '../../compiler/ptq/choice-score.js';
import { floatPassNames } from '../../compiler/ptq/quantize-model.js';
import { type Width, sensitivityLayers, sensitivityProbes } from '../../compiler/ptq/sensitivity.js';
import { type QuantConfig, quantConfigToJson } from '../../compiler/quant/presets.js';
import { runPipeline } from '../../compiler/passes/index.js';
import { startProgress } from '../progress.js';
import { startChoicePool } from './choice-pool.js';
import type { ChoiceTask } from './choice-tasks.js';

/** A score without the fields a reader of the table needs no more of. */
export interface ScoreSummary {
  readonly loss: number;
  readonly accuracyPct?: number;
  readonly agreementPct: number;
  readonly sqnrDb: number | null;
}

/** One layer: its score at each width when quantized alone, and when kept float in the quantized base. */
export interface SensitivityLayer {
  readonly name: string;
  readonly op: string;
  readonly alone: Partial<Record<Width, ScoreSummary>>;
  readonly keptFloat: ScoreSummary;
}

/** The whole analysis. Drops are measured from `float` (alone) and from `quantized` (kept float). */
export interface SensitivityReport {
  readonly model: string;
  readonly base: Record<string, unknown>;
  readonly choiceData: string;
  readonly lossKind: string;
  readonly samples: number;
  readonly widths: readonly Width[];
  readonly float: ScoreSummary;
  /** The base configuration, every layer quantized (integer reference). */
  readonly quantized: ScoreSummary;
  readonly layers: readonly SensitivityLayer[];
  readonly seconds: number;
  readonly threads: number;
}

/** JSON-safe score (an infinite SQNR becomes null). */
export function summary(s: ChoiceScore): ScoreSummary {
  return { loss: s.loss, ...(s.accuracyPct === undefined ? {} : { accuracyPct: s.accuracyPct }), agreementPct: s.agreementPct, sqnrDb: Number.isFinite(s.sqnrDb) ? s.sqnrDb : null };
}

export interface SensitivityOptions {
  readonly model: string;
  readonly graph: Graph;
  readonly base: QuantConfig;
  readonly choiceData: string;
  readonly calibLimit?: number;
  readonly widths: readonly Width[];
  readonly jobs?: number;
}

/** Runs the analysis with a progress bar over the probes. */
export async function runSensitivity(o: SensitivityOptions): Promise<SensitivityReport> {
  const started = performance.now();
  const data = loadChoiceData(o.choiceData, o.calibLimit);
  const set = heldOutSet(o.graph, data.heldOut, data.heldOutLabels);
  const float = runPipeline(o.graph, floatPassNames(o.base.recipe?.cle ?? false)).graph;
  const layers = sensitivityLayers(float);
  const base = JSON.stringify(quantConfigToJson(o.base));
  const probes = sensitivityProbes(layers, o.widths);
  const tasks: ChoiceTask[] = [{ kind: 'evaluate', config: base }, ...probes.map((probe) => ({ kind: 'probe' as const, base, probe }))];
  const pool = startChoicePool({ model: o.model, choiceData: o.choiceData, ...(o.calibLimit !== undefined ? { calibLimit: o.calibLimit } : {}), floatOutputs: set.floatOutputs, classes: set.classes }, o.jobs);
  const progress = startProgress('sensitivity', tasks.length, 'runs');
  let done = 0;
  let scores: ChoiceScore[];
  try {
    scores = await pool.run<ChoiceScore>(tasks, () => progress.update(++done));
  } finally {
    progress.stop();
    await pool.close();
  }
  const byLayer = new Map(layers.map((l) => [l.name, { name: l.name, op: l.op, alone: {} as Partial<Record<Width, ScoreSummary>>, keptFloat: undefined as ScoreSummary | undefined }]));
  probes.forEach((p, i) => {
    const row = byLayer.get(p.layer)!;
    if (p.width === 'float') row.keptFloat = summary(scores[i + 1]!);
    else row.alone[p.width] = summary(scores[i + 1]!);
  });
  return {
    model: o.model, base: quantConfigToJson(o.base), choiceData: data.description, lossKind: set.labels ? 'cross-entropy' : 'kl-to-float',
    samples: set.images.type.shape[0]!, widths: o.widths, float: summary(floatScore(set)), quantized: summary(scores[0]!),
    layers: [...byLayer.values()].map((r) => ({ ...r, keptFloat: r.keptFloat! })), seconds: (performance.now() - started) / 1000, threads: pool.threads,
  };
}

/** How much worse than `ref`: accuracy points lost when there are labels, else the loss increase. */
export function dropOf(s: ScoreSummary | undefined, ref: ScoreSummary): string {
  if (s === undefined) return '-';
  if (s.accuracyPct !== undefined && ref.accuracyPct !== undefined) return (ref.accuracyPct - s.accuracyPct).toFixed(2);
  return (s.loss - ref.loss).toExponential(2);
}

/** The table: per layer, the drop at each width alone, and the recovery when kept float. */
export function sensitivityRows(r: SensitivityReport): { head: string[]; rows: string[][] } {
  const unit = r.float.accuracyPct !== undefined ? 'pp' : 'Δloss';
  const head = ['layer', 'op', ...r.widths.map((w) => `${w} alone: drop ${unit}`), `kept float: gain ${unit}`, 'output SQNR dB at 4'];
  const rows = r.layers.map((l) => [
    l.name, l.op, ...r.widths.map((w) => dropOf(l.alone[w], r.float)),
    dropOf(r.quantized, l.keptFloat),
    l.alone['4'] ? (l.alone['4'].sqnrDb?.toFixed(1) ?? 'inf') : '-',
  ]);
  return { head, rows };
}
