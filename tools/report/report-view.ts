// What the HTML report's charts draw, derived once in TypeScript (tested) so the in-page script
// only maps ready-made series onto Chart.js: labels, the accuracy metric, Pareto fronts, the
// array-size axis and one series per (model, preset, dataflow).
import { chooseAccuracyMetric, sweepParetoFront, type AccuracyMetric } from './pareto.js';
import { buildRoofline, type RooflineView } from './roofline-view.js';
import { pointLabel, type Dataflow, type EnergyByComponent, type SweepPoint } from './sweep-types.js';

/** One line of the cycles / utilization charts: a (model, preset, dataflow) across array sizes. */
export interface ArraySeries {
  label: string;
  model: string;
  preset: string;
  dataflow: Dataflow;
  /** Index into ReportView.arrays → point index, or null where the sweep has no such point. */
  points: (number | null)[];
}

/** An energy component present in the report, with its display name. */
export interface ComponentView {
  key: keyof EnergyByComponent;
  label: string;
}

/** Everything the charts need besides the raw points. */
export interface ReportView {
  labels: string[];
  models: string[];
  presets: string[];
  /** Array sizes ordered by PE count, then rows ("8x8" < "8x16" < "16x16"). */
  arrays: string[];
  accuracy: { metric: AccuracyMetric | undefined; axisTitle: string; excluded: number[] };
  /** Per model, the Pareto-optimal point indices in energy order. */
  fronts: { model: string; points: number[] }[];
  /** Union of all fronts, for marking points in tables. */
  onFront: boolean[];
  series: ArraySeries[];
  components: ComponentView[];
  /** Per point, its roofline (null: the point lacks the DRAM bandwidth or has no layer with MACs). */
  rooflines: (RooflineView | null)[];
}

const COMPONENTS: ComponentView[] = [
  { key: 'mac', label: 'MAC' },
  { key: 'accumulator', label: 'Accumulator' },
  { key: 'register', label: 'Registers' },
  { key: 'inputSram', label: 'Input SRAM' },
  { key: 'weightSram', label: 'Weight SRAM' },
  { key: 'outputSram', label: 'Output SRAM' },
  { key: 'paramSram', label: 'Param SRAM' },
  { key: 'vector', label: 'Vector unit' },
  { key: 'dram', label: 'DRAM' },
];

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** Orders array-size strings by PE count, then rows, using the points' rows/cols. */
function orderArrays(points: readonly SweepPoint[]): string[] {
  const dims = new Map<string, { rows: number; cols: number }>();
  for (const p of points) if (!dims.has(p.array)) dims.set(p.array, { rows: p.rows, cols: p.cols });
  return [...dims.keys()].sort((a, b) => {
    const da = dims.get(a)!;
    const db = dims.get(b)!;
    return da.rows * da.cols - db.rows * db.cols || da.rows - db.rows || a.localeCompare(b);
  });
}

function buildSeries(points: readonly SweepPoint[], arrays: readonly string[], multiModel: boolean): ArraySeries[] {
  const byKey = new Map<string, ArraySeries>();
  points.forEach((p, i) => {
    const key = JSON.stringify([p.model, p.preset, p.dataflow]);
    let s = byKey.get(key);
    if (s === undefined) {
      const label = `${multiModel ? `${p.model}: ` : ''}${p.preset} ${p.dataflow.toUpperCase()}`;
      s = { label, model: p.model, preset: p.preset, dataflow: p.dataflow, points: arrays.map(() => null) };
      byKey.set(key, s);
    }
    // A sweep over other parameters could repeat a key; the later point wins, as in the CSV order.
    s.points[arrays.indexOf(p.array)] = i;
  });
  return [...byKey.values()];
}

/** Derives the chart view of a report (pure; points keep their indices). */
export function buildReportView(points: readonly SweepPoint[]): ReportView {
  const models = unique(points.map((p) => p.model));
  const multiModel = models.length > 1;
  const arrays = orderArrays(points);
  const choice = chooseAccuracyMetric(points);
  const fronts = choice.metric === undefined ? new Map<string, number[]>() : sweepParetoFront(points, choice.metric);
  const onFront = points.map(() => false);
  for (const idx of fronts.values()) for (const i of idx) onFront[i] = true;
  // A component is charted if the energy model filled it for some point (register is optional).
  const components = COMPONENTS.filter((c) => points.some((p) => (p.energy[c.key] ?? 0) > 0));
  return {
    labels: points.map((p) => pointLabel(p, multiModel)),
    models,
    presets: unique(points.map((p) => p.preset)),
    arrays,
    accuracy: choice,
    fronts: [...fronts].map(([model, idx]) => ({ model, points: idx })),
    onFront,
    series: buildSeries(points, arrays, multiModel),
    components,
    rooflines: points.map((p) => buildRoofline(p) ?? null),
  };
}
