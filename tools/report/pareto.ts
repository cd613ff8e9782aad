// The energy–accuracy trade-off of a sweep: which accuracy figure to plot, and the Pareto front
// (minimise energy per inference, maximise accuracy).
import type { SweepPoint } from './sweep-types.js';

/** The SweepPoint field used as "accuracy" on the trade-off chart. */
export type AccuracyMetric = 'accuracyPct' | 'top1Agreement';

/** Which accuracy figure a report plots, and which points had to be left out for lack of it. */
export interface AccuracyChoice {
  /** undefined when no point carries any accuracy figure (the trade-off chart is then empty). */
  metric: AccuracyMetric | undefined;
  /** Axis title for the chosen metric. */
  axisTitle: string;
  /** Indices (into the points array) of points without the chosen metric. */
  excluded: number[];
}

const AXIS_TITLES: Record<AccuracyMetric, string> = {
  accuracyPct: 'Top-1 accuracy (%)',
  top1Agreement: 'Top-1 agreement with float (%)',
};

/**
 * One metric for the whole report: measured accuracy if any point has it, else top-1 agreement
 * with the float model, else none. Points are never mixed across metrics (an agreement of 95% is
 * not an accuracy of 95%), so a point lacking the chosen metric is excluded, not substituted.
 */
export function chooseAccuracyMetric(points: readonly SweepPoint[]): AccuracyChoice {
  const has = (p: SweepPoint, m: AccuracyMetric): boolean => Number.isFinite(p[m]);
  const metric: AccuracyMetric | undefined = points.some((p) => has(p, 'accuracyPct'))
    ? 'accuracyPct'
    : points.some((p) => has(p, 'top1Agreement'))
      ? 'top1Agreement'
      : undefined;
  if (metric === undefined) {
    return { metric, axisTitle: 'no accuracy figure', excluded: points.map((_, i) => i) };
  }
  const excluded = points.flatMap((p, i) => (has(p, metric) ? [] : [i]));
  return { metric, axisTitle: AXIS_TITLES[metric], excluded };
}

/** One candidate of the trade-off: energy per inference (any unit) and accuracy (higher is better). */
export interface TradeOff {
  energy: number;
  accuracy: number;
}

/** a dominates b: no worse in both objectives and strictly better in at least one. */
export function dominates(a: TradeOff, b: TradeOff): boolean {
  return a.energy <= b.energy && a.accuracy >= b.accuracy && (a.energy < b.energy || a.accuracy > b.accuracy);
}

/**
 * Indices of the non-dominated items, ordered by energy ascending (so accuracy ascends too).
 * Identical items are all kept (neither dominates the other); items with a non-finite
 * coordinate are never on the front. O(n log n): after sorting by energy ascending and
 * accuracy descending, an item is on the front iff it beats every cheaper item's accuracy.
 */
export function paretoFront(items: readonly TradeOff[]): number[] {
  const order = items
    .map((_, i) => i)
    .filter((i) => Number.isFinite(items[i]!.energy) && Number.isFinite(items[i]!.accuracy))
    .sort((i, j) => items[i]!.energy - items[j]!.energy || items[j]!.accuracy - items[i]!.accuracy || i - j);
  const front: number[] = [];
  let best: TradeOff | undefined;
  for (const i of order) {
    const it = items[i]!;
    const duplicateOfBest = best !== undefined && it.energy === best.energy && it.accuracy === best.accuracy;
    if (best === undefined || it.accuracy > best.accuracy || duplicateOfBest) {
      front.push(i);
      best = it;
    }
  }
  return front;
}

/**
 * The Pareto front of sweep points under the chosen metric, per model (points of different
 * models do not compete). Returns point indices, each model's front in energy order.
 */
export function sweepParetoFront(points: readonly SweepPoint[], metric: AccuracyMetric): Map<string, number[]> {
  const byModel = new Map<string, number[]>();
  points.forEach((p, i) => {
    if (!Number.isFinite(p[metric])) return;
    const list = byModel.get(p.model) ?? [];
    list.push(i);
    byModel.set(p.model, list);
  });
  const fronts = new Map<string, number[]>();
  for (const [model, idx] of byModel) {
    const items = idx.map((i) => ({ energy: points[i]!.energyPj, accuracy: points[i]![metric]! }));
    fronts.set(model, paretoFront(items).map((k) => idx[k]!));
  }
  return fronts;
}
