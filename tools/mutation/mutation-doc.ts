// `npm run mutate`'s second half: reads each module group's Stryker report (its incremental file under
// reports/mutation/) and rewrites the generated block of docs/DEVELOPING.md's "Mutation testing" section:
// the score and last run time per critical module, the score per file, and every surviving (or uncovered)
// mutant with its line and replacement.
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';

/** The mutant fields of Stryker's mutation-testing-report-schema that the table needs. */
interface Mutant {
  readonly mutatorName: string;
  readonly status: string;
  readonly replacement?: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number }; readonly end: { readonly line: number; readonly column: number } };
}
interface Report {
  readonly files: Record<string, { readonly source: string; readonly mutants: readonly Mutant[] }>;
}

/** One group of critical modules: Stryker runs each group apart (its own incremental file and report). */
export interface MutationGroup {
  readonly id: string;
  readonly name: string;
  /** Stryker `mutate` globs. */
  readonly mutate: readonly string[];
}

/** The critical modules (docs/DEVELOPING.md, "Mutation testing"). */
export const GROUPS: readonly MutationGroup[] = [
  // Quant math in three groups (each keeps its results when it finishes): the integer arithmetic, the
  // quantizers, then ranges, presets and AdaRound.
  { id: 'quant-core', name: 'quant math: rounding, fixed point', mutate: ['core/rounding.ts', 'core/fixed-point.ts'] },
  {
    id: 'quant-quantizers', name: 'quant math: multipliers, quantizers, binary, layer quantization',
    mutate: ['compiler/quant/{multiplier,quant-params,quantize-tensor,binary,layer-quantization}.ts'],
  },
  {
    id: 'quant-recipes', name: 'quant math: ranges, presets, AdaRound',
    mutate: ['compiler/quant/{range-setting,presets,layer-config,layer-walk,calibration-samples,adaround,adaround-memo,sqnr}.ts'],
  },
  {
    id: 'quant-formats', name: 'quant math: FP8/MX formats, log weights, group-wise scales, activation tables, explicit parameters',
    mutate: ['compiler/quant/{format-quantize,format-presets,log-weights,log-rounding,group-weights,activation-table,explicit-params,output-major-weights}.ts'],
  },
  { id: 'references', name: 'references', mutate: ['compiler/reference/*.ts'] },
  { id: 'units', name: 'simulator units', mutate: ['simulator/units/*.ts'] },
  { id: 'memories', name: 'simulator memories', mutate: ['simulator/memory/*.ts'] },
  { id: 'energy', name: 'energy', mutate: ['simulator/energy/*.ts'] },
  // im2col.ts left with the ISA v2 lowering (window convs): its successors are the window geometry and packing.
  { id: 'window-layout', name: 'layout, window geometry and weight packing', mutate: ['compiler/lower/{layout,conv-geometry,window-weights}.ts'] },
  { id: 'onnx-attributes', name: 'ONNX attributes', mutate: ['compiler/import/onnx/ops/{window-attrs,conv,pool,pad}.ts'] },
];

/**
 * A group's results: its incremental file, which is a complete mutation-testing report (every mutant of
 * the group with its status, and the sources), kept between runs.
 */
export const reportPath = (id: string): string => `reports/mutation/${id}.incremental.json`;
/** A group's last wall time and date. */
export const metaPath = (id: string): string => `reports/mutation/${id}.run.json`;

export const BEGIN = '<!-- mutation-report:begin (npm run mutate rewrites this block) -->';
export const END = '<!-- mutation-report:end -->';

/** Killed (or timed out: an endless loop is detected too) vs survived or not covered; ignored mutants are neither. */
export interface Tally {
  detected: number;
  undetected: number;
  ignored: number;
}

function tally(mutants: readonly Mutant[]): Tally {
  const t: Tally = { detected: 0, undetected: 0, ignored: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed' || m.status === 'Timeout') t.detected++;
    else if (m.status === 'Survived' || m.status === 'NoCoverage') t.undetected++;
    else if (m.status === 'Ignored') t.ignored++;
  }
  return t;
}

/** Mutation score in percent (detected / (detected + undetected)), one decimal; "n/a" without mutants. */
export function score(t: Tally): string {
  const n = t.detected + t.undetected;
  return n === 0 ? 'n/a' : `${((100 * t.detected) / n).toFixed(1)} %`;
}

/** The original text a mutant replaced (one line, shortened). */
function original(source: string, m: Mutant): string {
  const lines = source.split('\n');
  const { start, end } = m.location;
  const text = start.line === end.line
    ? lines[start.line - 1]!.slice(start.column - 1, end.column - 1)
    : `${lines[start.line - 1]!.slice(start.column - 1)} …`;
  return short(text);
}

const short = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return (one.length > 60 ? `${one.slice(0, 57)}…` : one).replace(/\|/g, '\\|').replace(/`/g, "'");
};

/** One group's report and its last run. */
export interface GroupResult {
  readonly group: MutationGroup;
  readonly report: Report;
  readonly seconds: number;
  readonly date: string;
}

/** The generated block: module table (groups in `notRun` listed as not run), file table, survivors. */
export function renderReport(results: readonly GroupResult[], notRun: readonly MutationGroup[] = []): string {
  const out: string[] = [BEGIN, '', '| module | killed | survived or uncovered | equivalent (ignored) | score | last run | wall time |', '|---|---:|---:|---:|---:|---|---:|'];
  const all: Mutant[] = [];
  for (const r of results) {
    const ms = Object.values(r.report.files).flatMap((f) => f.mutants);
    all.push(...ms);
    const t = tally(ms);
    out.push(`| ${r.group.name} | ${t.detected} | ${t.undetected} | ${t.ignored} | ${score(t)} | ${r.date} | ${Math.round(r.seconds / 60)} min |`);
  }
  for (const g of notRun) out.push(`| ${g.name} | | | | not run (\`npm run mutate -- ${g.id}\`) | | |`);
  const t = tally(all);
  out.push(`| **all** (run groups) | ${t.detected} | ${t.undetected} | ${t.ignored} | **${score(t)}** | | |`, '');
  const files = results.flatMap((r) => Object.entries(r.report.files)).sort(([a], [b]) => a.localeCompare(b));
  out.push('<details><summary>Per file</summary>', '', '| file | killed | survived or uncovered | ignored | score |', '|---|---:|---:|---:|---:|');
  for (const [f, { mutants }] of files) {
    const ft = tally(mutants);
    out.push(`| ${f} | ${ft.detected} | ${ft.undetected} | ${ft.ignored} | ${score(ft)} |`);
  }
  out.push('', '</details>', '', '<details><summary>Surviving and uncovered mutants</summary>', '', '| where | mutator | original → replacement | status |', '|---|---|---|---|');
  for (const [f, { source, mutants }] of files) {
    for (const m of [...mutants].sort((a, b) => a.location.start.line - b.location.start.line)) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      out.push(`| ${f}:${m.location.start.line} | ${m.mutatorName} | \`${original(source, m)}\` → \`${short(m.replacement ?? '')}\` | ${m.status} |`);
    }
  }
  out.push('', '</details>', '', END);
  return out.join('\n');
}

/** `doc` with its generated block replaced by `block` (the markers must be there once). */
export function replaceBlock(doc: string, block: string): string {
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/DEVELOPING.md lacks the ${BEGIN} … ${END} markers`);
  return doc.slice(0, a) + block + doc.slice(b + END.length);
}

/** Records a group's run (wall seconds, date) beside its report. */
export function writeRunMeta(id: string, seconds: number, date: string): void {
  writeFileAtomic(metaPath(id), `${JSON.stringify({ seconds, date })}\n`);
}

/** Rewrites the block of `docPath` from the reports of the groups `ids` (GROUPS order). */
export function writeMutationDoc(ids: readonly string[], docPath: string): void {
  const results = GROUPS.filter((g) => ids.includes(g.id)).map((group) => {
    const report = JSON.parse(readFileSync(reportPath(group.id), 'utf8')) as Report;
    const meta = JSON.parse(readFileSync(metaPath(group.id), 'utf8')) as { seconds: number; date: string };
    return { group, report, ...meta };
  });
  const notRun = GROUPS.filter((g) => !ids.includes(g.id));
  writeFileAtomic(docPath, replaceBlock(readFileSync(docPath, 'utf8'), renderReport(results, notRun)));
}
