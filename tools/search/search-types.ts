// The result of `accsim search` as written to JSON and read by the HTML front (tools/report/mixed-precision-html.ts).
import type { ScoreSummary } from './sensitivity-run.js';
import type { PruningSummary } from './option-pruning.js';

/** A full simulation of a point's configuration: the machine against the integer reference. */
export interface PointVerification {
  /** Simulator output == integer reference output on every verified sample. */
  readonly bitExact: boolean;
  readonly samples: number;
  readonly mismatchedElements: number;
  /** Simulated energy and cycles of one inference (the first sample). */
  readonly energyPj: number;
  readonly cycles: number;
}

/** One configuration the search scored. */
export interface SearchPoint {
  readonly id: number;
  /** How the point arose: a uniform preset, step n of the descent from the base ('step n'), or of the descent from a preset ('w4a8 step n'). */
  readonly origin: string;
  /** Per weighted layer: its option ('w8a8', 'w4a4', 'pow2', ...). */
  readonly layers: Readonly<Record<string, string>>;
  /** The --config JSON of the point. */
  readonly config: Record<string, unknown>;
  /** From the per-layer cost cache: exact energy (sum of layers), estimated cycles (sum of layer spans). */
  readonly estimate: { readonly energyPj: number; readonly cycles: number };
  /** Held-out score (integer reference). */
  readonly score: ScoreSummary;
  /** Held-out accuracy drop from float plus one standard error (points; loss increase without labels): what the budget is checked against. */
  readonly dropBound: number;
  readonly onFront: boolean;
  readonly verified?: PointVerification;
}

/** Counts of the per-layer cost cache. */
export interface CostCacheStats {
  readonly entries: number;
  readonly hits: number;
  readonly misses: number;
  /** Whole-network simulations run to fill it. */
  readonly simulations: number;
}

export interface SearchReport {
  readonly model: string;
  readonly command: string;
  readonly array: string;
  readonly hw: Record<string, unknown>;
  readonly objective: 'energy' | 'cycles' | 'edp';
  readonly maxDrop: number;
  readonly choiceData: string;
  readonly lossKind: string;
  readonly samples: number;
  /** Held-out samples the sensitivity probes ran on (the first ones). */
  readonly probeSamples: number;
  readonly float: ScoreSummary;
  readonly points: readonly SearchPoint[];
  /** Index in `points` of the chosen configuration (lowest objective with dropBound ≤ maxDrop, verified bit-exact; on the front or not), null when none qualifies. */
  readonly chosen: number | null;
  /** The greedy descents in order: from the base, then from each uniform preset within the budget, cheaper than the base, with a per-layer form (descent.ts); `end` is the assignment it ended on, over its base. */
  readonly descents?: readonly { readonly from: string; readonly steps: number; readonly end: string }[];
  /** Uniform presets within the budget and cheaper than the base that no descent could start from (no per-layer form, e.g. w8a8-pow2). */
  readonly startsSkipped?: readonly string[];
  /** Options skipped per reason, probes run / skipped / cut short (option-pruning.ts). */
  readonly pruning?: PruningSummary;
  /**
   * Without --heuristic-pruning: per layer the kept options the heuristics would have dropped (label → reason), and
   * each scored move to one of them. No such move: the heuristics would have scored the same configurations.
   */
  readonly heuristicCheck?: { readonly drops: Readonly<Record<string, Readonly<Record<string, string>>>>; readonly scoredMoves: readonly string[] };
  /** Configurations whose cost the main thread estimated (structural quantization, lowering, cost cache), and the wall seconds it spent on them. */
  readonly estimates?: { readonly configurations: number; readonly seconds: number };
  /** Descent candidates a worker started scoring before their step asked (descent.ts: all of them are asked for). */
  readonly scoredAhead?: number;
  readonly cache: CostCacheStats;
  readonly seconds: number;
  /** Wall seconds of each phase (setup: data, float outputs, worker contexts' start; sensitivity; presets; descent; verify). */
  readonly phaseSeconds?: Readonly<Record<string, number>>;
  readonly threads: number;
}
