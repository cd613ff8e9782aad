// Where a layer's DRAM bytes go: weights / params / activations in / activations out / partial sums
// (whole bursts, as the DRAM moves them), the compulsory bytes beside them (weights and params once, each
// input activation read once, the output written once: the least any schedule could move), and the DRAM
// efficiency compulsory / actual. A layer whose activations stay on chip moves less than its compulsory
// bytes, so the efficiency can pass 100%.
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
  /** The bytes any schedule must move (activations kept on chip still count); undefined when the program does not carry the compiler's count. */
  readonly compulsory?: number;
}

/**
 * Each layer's traffic from a simulation: the simulator's per-layer split (by the .accbin's DRAM regions;
 * a program without regions is split by its tensor descriptors, so bytes of constants no descriptor
 * names stay unclassified) and the compiler's compulsory bytes from the layer table, when it has them.
 */
export function dramTrafficOf(r: SimulationResult): DramTraffic[] {
  return r.stats.layers.map((l) => {
    const c = l.counters;
    return {
      bytes: Object.fromEntries(DRAM_KINDS.map((k) => [k, c.dramBytesByKind[k]])) as Record<DramKind, number>,
      total: c.dramReadBytes + c.dramWriteBytes,
      ...(l.compulsoryBytes === undefined ? {} : { compulsory: l.compulsoryBytes }),
    };
  });
}

/** compulsory / actual; undefined when nothing crossed DRAM or the compulsory bytes are unknown. */
export function dramEfficiency(t: DramTraffic): number | undefined {
  return t.total > 0 && t.compulsory !== undefined ? t.compulsory / t.total : undefined;
}

/** Bytes that fell in no region of a known kind. */
export function unclassifiedBytes(t: DramTraffic): number {
  return t.total - DRAM_KINDS.reduce((s, k) => s + t.bytes[k], 0);
}

/** The sum of several layers' traffic (compulsory bytes only when every layer has them). */
export function sumTraffic(list: readonly DramTraffic[]): DramTraffic {
  const bytes = Object.fromEntries(DRAM_KINDS.map((k) => [k, list.reduce((s, t) => s + t.bytes[k], 0)])) as Record<DramKind, number>;
  const known = list.every((t) => t.compulsory !== undefined);
  return { bytes, total: list.reduce((s, t) => s + t.total, 0), ...(known ? { compulsory: list.reduce((s, t) => s + t.compulsory!, 0) } : {}) };
}

const efficiencyText = (t: DramTraffic): string => {
  if (t.compulsory === undefined) return '—';
  const e = dramEfficiency(t);
  return e === undefined ? 'on chip' : `${(100 * e).toFixed(0)}%`;
};

/** The per-layer traffic table of `sim` and `run`, with a total row. */
export function renderDramTable(names: readonly string[], layers: readonly DramTraffic[]): string {
  const other = layers.some((t) => unclassifiedBytes(t) !== 0);
  const row = (name: string, t: DramTraffic): string[] => [
    name, ...DRAM_KINDS.map((k) => formatCount(t.bytes[k])), ...(other ? [formatCount(unclassifiedBytes(t))] : []),
    formatCount(t.total), t.compulsory === undefined ? '—' : formatCount(t.compulsory), efficiencyText(t),
  ];
  const rows = layers.map((t, k) => row(names[k]!, t));
  rows.push(row('total', sumTraffic(layers)).map((c) => style.bold(c)));
  const head = ['layer', ...DRAM_KINDS.map((k) => HEADINGS[k]), ...(other ? ['other'] : []), 'DRAM B', 'compulsory', 'efficiency'];
  return renderTable(head, rows, head.map((_, i) => (i === 0 ? 'left' : 'right')));
}

/** The JSON form of one layer's traffic (--json). */
export function dramTrafficJson(t: DramTraffic): Record<string, unknown> {
  return { ...t.bytes, unclassified: unclassifiedBytes(t), total: t.total, compulsory: t.compulsory ?? null, efficiency: dramEfficiency(t) ?? null };
}
