// The report of `accsim run`: machine, per-layer table, totals, and numerical fidelity (terminal and JSON).
import type { DesignPointResult } from '../pipeline/evaluate-design-point.js';
import { renderDramSplit, renderLayerTable, renderMachine, renderTotals, simStatsJson } from './sim-report.js';
import { style } from './style.js';

/** What the report says about where its numbers came from. */
export interface RunContext {
  readonly model: string;
  readonly name: string;
  readonly preset: string;
  readonly inputs: string;
  readonly calibration: string;
  /** Printed before everything else, and listed in --json (e.g. calibration on random samples). */
  readonly warnings: readonly string[];
  readonly energyTable: string;
}

const pct = (v: number | undefined): string => (v === undefined ? 'n/a' : `${v.toFixed(2)}%`);

/** The fidelity block: bit-exactness first, then the quantization error against float. */
function renderFidelity(r: DesignPointResult): string {
  const f = r.fidelity;
  const exact = f.bitExact
    ? style.good(`yes (${r.samples} sample(s), every output element)`)
    : style.bad(`NO: ${f.mismatchedElements} element(s) differ; first at sample ${f.firstMismatch!.sample}, element ${f.firstMismatch!.index}: simulator ${f.firstMismatch!.simulator}, reference ${f.firstMismatch!.reference}`);
  const lines = [`simulator == ${f.reference ?? 'integer reference'}: ${exact}`];
  if (f.sqnrDb !== undefined) {
    lines.push(`quantized vs float: max |error| ${f.maxAbsError!.toPrecision(3)}, SQNR ${f.sqnrDb.toFixed(1)} dB, top-1 agreement ${pct(f.top1Agreement)}`);
  }
  if (f.accuracyPct !== undefined) lines.push(`accuracy on the batch: quantized ${pct(f.accuracyPct)}, float ${pct(f.floatAccuracyPct)}`);
  if (f.referenceOverflows > 0) lines.push(style.warn(`integer reference counted ${f.referenceOverflows} accumulator overflow(s)`));
  return lines.join('\n');
}


/** The whole terminal report. */
export function renderRunReport(c: RunContext, r: DesignPointResult): string {
  return [
    ...c.warnings.map((w) => `${style.warn('WARNING')}: ${w}`),
    `${style.bold(c.name)}  preset ${style.bold(c.preset)}  (${r.program.instructions.length} instructions)`,
    style.dim(`inputs: ${c.inputs}`),
    style.dim(`calibration: ${c.calibration}`),
    `${style.head('machine')}  ${renderMachine(r.program)}`,
    renderLayerTable(r.first, r.layerInfo),
    renderDramSplit(r.first),
    renderTotals(r.first, c.energyTable),
    `${style.head('fidelity')}`,
    renderFidelity(r),
    '',
  ].join('\n');
}

/** The report as plain JSON (--json). */
export function runReportJson(c: RunContext, r: DesignPointResult): Record<string, unknown> {
  return {
    model: c.model, preset: c.preset, inputs: c.inputs, calibration: c.calibration, warnings: c.warnings,
    instructions: r.program.instructions.length,
    simulation: simStatsJson(r.program, r.first, r.samples, c.energyTable),
    layerInfo: Object.fromEntries(r.layerInfo),
    fidelity: r.fidelity,
  };
}
