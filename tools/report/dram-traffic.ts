// Where a layer's DRAM bytes go: weights / params / activations in / activations out / partial sums
// (whole bursts, as the DRAM moves them), the compulsory bytes beside them (weights and params once, each
// input activation read once, the output written once: the least any schedule could move), and the DRAM
// efficiency compulsory / actual. A layer whose activations stay on chip moves less than its compulsory
// bytes, so the efficiency can pass 100%.
import type { Program } from '../../isa/program-file.js';
import type { SimulationResult } from '../../simulator/simulate-program.js';
import { renderTable } from './table.js';
import { formatCount, style } from './style.js';

/** The kinds of DRAM traffic the simulator tells apart (issue 12). */
export const DRAM_KINDS = ['weights', 'params', 'activationsIn', 'activationsOut', 'partialSums'] as const;
export type DramKind = (typeof DRAM_KINDS)[number];

const HEADINGS: Record<DramKind, string> = {
  weights: 'weights', params: 'params', activationsIn: 'act in', activationsOut: 'act out', partialSums: 'psums',
};

/** One layer's (or the run's) DRAM traffic. */
export interface DramTraffic {
  /** Bytes per kind, whole bursts. */
  readonly bytes: Readonly<Record<DramKind, number>>;
  /** All DRAM bytes (read + written, whole bursts); `total − Σ bytes` belongs to no known region. */
  readonly total: number;
  /** The bytes any schedule must move (activations kept on chip still count). */
  readonly compulsory: number;
}

/**
 * Each layer's traffic from a simulation of `program`, or undefined when the run does not split DRAM
 * bytes by kind. Today's simulator does not yet (the issue-12 simulator, branch sim12, adds the split and
 * the compulsory bytes); until it lands no program has them and the reports print the totals only.
 */
export function dramTrafficOf(program: Program, r: SimulationResult): DramTraffic[] | undefined {
  void program;
  void r;
  return undefined;
}

/** compulsory / actual; undefined when nothing crossed DRAM. */
export function dramEfficiency(t: DramTraffic): number | undefined {
  return t.total > 0 ? t.compulsory / t.total : undefined;
}

/** Bytes that fell in no region of a known kind. */
export function unclassifiedBytes(t: DramTraffic): number {
  return t.total - DRAM_KINDS.reduce((s, k) => s + t.bytes[k], 0);
}

/** The sum of several layers' traffic. */
export function sumTraffic(list: readonly DramTraffic[]): DramTraffic {
  const bytes = Object.fromEntries(DRAM_KINDS.map((k) => [k, list.reduce((s, t) => s + t.bytes[k], 0)])) as Record<DramKind, number>;
  return { bytes, total: list.reduce((s, t) => s + t.total, 0), compulsory: list.reduce((s, t) => s + t.compulsory, 0) };
}

const efficiencyText = (t: DramTraffic): string => {
  const e = dramEfficiency(t);
  return e === undefined ? 'on chip' : `${(100 * e).toFixed(0)}%`;
};

/** The per-layer traffic table of `sim` and `run`, with a total row. */
export function renderDramTable(names: readonly string[], layers: readonly DramTraffic[]): string {
  const other = layers.some((t) => unclassifiedBytes(t) !== 0);
  const row = (name: string, t: DramTraffic): string[] => [
    name, ...DRAM_KINDS.map((k) => formatCount(t.bytes[k])), ...(other ? [formatCount(unclassifiedBytes(t))] : []),
    formatCount(t.total), formatCount(t.compulsory), efficiencyText(t),
  ];
  const rows = layers.map((t, k) => row(names[k]!, t));
  rows.push(row('total', sumTraffic(layers)).map((c) => style.bold(c)));
  const head = ['layer', ...DRAM_KINDS.map((k) => HEADINGS[k]), ...(other ? ['other'] : []), 'DRAM B', 'compulsory', 'efficiency'];
  return renderTable(head, rows, head.map((_, i) => (i === 0 ? 'left' : 'right')));
}

/** The JSON form of one layer's traffic (--json). */
export function dramTrafficJson(t: DramTraffic): Record<string, unknown> {
  return { ...t.bytes, unclassified: unclassifiedBytes(t), total: t.total, compulsory: t.compulsory, efficiency: dramEfficiency(t) ?? null };
}
