// `npm run mutate`'s second half: reads each module group's Stryker report (its incremental file under
// reports/mutation/) and rewrites the generated block of docs/DEVELOPING.md's "Mutation testing" section:
// the score and last run time per critical module, the score per file, and every surviving (or uncovered)
// mutant with its line and replacement.
import { existsSync, readFileSync } from 'node:fs';
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
    mutate: ['compiler/quant/{range-setting,presets,layer-config,layer-walk,node-output-cache,calibration-samples,adaround,adaround-gd,adaround-kernel-wasm,adaround-memo,sqnr}.ts'],
  },
  {
    id: 'quant-formats', name: 'quant math: FP8/MX formats, log weights, group-wise scales, activation tables, explicit parameters',
    mutate: ['compiler/quant/{format-quantize,format-presets,format-bias-correction,format-adaround,log-weights,log-rounding,group-weights,int8-gemm,activation-table,explicit-params,output-major-weights}.ts'],
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
  /** Set when only part of the group was mutated (`--mutate` line ranges): the ranges run so far. */
  readonly subset?: readonly string[];
}

/**
 * A group with no report in this worktree (reports/mutation/ is git-ignored, so a fresh worktree has none)
 * whose rows the previous block holds: kept verbatim, so running some groups does not erase the others'
 * last measurement; the row's date says when that was.
 */
export interface CarriedGroup {
  readonly group: MutationGroup;
  readonly tally: Tally;
  /** The module-table row, the per-file rows and the survivor rows of the group's files, as they were. */
  readonly row: string;
  readonly files: readonly { readonly file: string; readonly line: string }[];
  readonly survivors: readonly { readonly file: string; readonly line: string }[];
}

/**
 * The generated block: module table in GROUPS order (a group run now, carried from the previous block, or
 * not run), file table, survivors.
 */
export function renderReport(results: readonly GroupResult[], notRun: readonly MutationGroup[] = [], carried: readonly CarriedGroup[] = []): string {
  const out: string[] = [BEGIN, '', '| module | killed | survived or uncovered | equivalent (ignored) | score | last run | wall time |', '|---|---:|---:|---:|---:|---|---:|'];
  const all: Tally = { detected: 0, undetected: 0, ignored: 0 };
  const add = (t: Tally) => { all.detected += t.detected; all.undetected += t.undetected; all.ignored += t.ignored; };
  for (const g of GROUPS) {
    const r = results.find((x) => x.group.id === g.id);
    const c = carried.find((x) => x.group.id === g.id);
    if (r !== undefined) {
      const t = tally(Object.values(r.report.files).flatMap((f) => f.mutants));
      add(t);
      // A subset's figure covers only its ranges: the row says so, next to the date (a later carry keeps it).
      const part = r.subset === undefined ? '' : ` (subset: ${r.subset.join(', ')})`;
      out.push(`| ${r.group.name} | ${t.detected} | ${t.undetected} | ${t.ignored} | ${score(t)} | ${r.date}${part} | ${Math.round(r.seconds / 60)} min |`);
    } else if (c !== undefined) {
      add(c.tally);
      out.push(c.row);
    } else if (notRun.some((x) => x.id === g.id)) out.push(`| ${g.name} | | | | not run (\`npm run mutate -- ${g.id}\`) | | |`);
  }
  out.push(`| **all** (run groups) | ${all.detected} | ${all.undetected} | ${all.ignored} | **${score(all)}** | | |`, '');
  if (carried.length > 0) out.push(`Rows of ${carried.map((c) => c.group.id).join(', ')} are kept from the previous report (no run of theirs in this worktree); their date says when they were measured.`, '');
  const fileRows: { file: string; line: string }[] = [];
  const survivorRows: { file: string; line: string }[] = [];
  for (const r of results) {
    for (const [f, { source, mutants }] of Object.entries(r.report.files)) {
      const ft = tally(mutants);
      fileRows.push({ file: f, line: `| ${f} | ${ft.detected} | ${ft.undetected} | ${ft.ignored} | ${score(ft)} |` });
      for (const m of [...mutants].sort((a, b) => a.location.start.line - b.location.start.line)) {
        if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
        survivorRows.push({ file: f, line: `| ${f}:${m.location.start.line} | ${m.mutatorName} | \`${original(source, m)}\` → \`${short(m.replacement ?? '')}\` | ${m.status} |` });
      }
    }
  }
  for (const c of carried) fileRows.push(...c.files), survivorRows.push(...c.survivors);
  // Stable sorts: a file's survivors stay in line order.
  const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
  out.push('<details><summary>Per file</summary>', '', '| file | killed | survived or uncovered | ignored | score |', '|---|---:|---:|---:|---:|');
  out.push(...fileRows.sort(byFile).map((r) => r.line));
  out.push('', '</details>', '', '<details><summary>Surviving and uncovered mutants</summary>', '', '| where | mutator | original → replacement | status |', '|---|---|---|---|');
  out.push(...survivorRows.sort(byFile).map((r) => r.line));
  out.push('', '</details>', '', END);
  return out.join('\n');
}

/** a/{b,c}/d.ts → a/b/d.ts, a/c/d.ts (one brace level, as the groups use). */
function expandBraces(glob: string): string[] {
  const m = /\{([^}]*)\}/.exec(glob);
  if (m === null) return [glob];
  return m[1]!.split(',').flatMap((alt) => expandBraces(glob.slice(0, m.index) + alt + glob.slice(m.index + m[0].length)));
}

/** Whether `file` is one of `group`'s modules (its mutate globs: braces, and `*` within a path segment). */
export function inGroup(file: string, group: MutationGroup): boolean {
  return group.mutate.flatMap(expandBraces).some((g) => new RegExp(`^${g.replace(/[.+?^$()[\]\\|]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(file));
}

/** The groups of `groups` that the previous block (`doc`'s) reports with figures, carried as they were. */
export function carriedGroups(doc: string, groups: readonly MutationGroup[]): CarriedGroup[] {
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) return [];
  const lines = doc.slice(a, b).split('\n');
  const cells = (line: string) => line.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, ''));
  const out: CarriedGroup[] = [];
  for (const group of groups) {
    const row = lines.find((l) => l.startsWith(`| ${group.name} | `) && /^\d+$/.test(cells(l)[1] ?? ''));
    if (row === undefined) continue;
    const [, k, u, i] = cells(row).map(Number);
    const fileOf = (l: string) => cells(l)[0]!.replace(/:\d+$/, '');
    const rowsOf = (re: RegExp) => lines.filter((l) => re.test(l) && inGroup(fileOf(l), group)).map((line) => ({ file: fileOf(line), line }));
    out.push({
      group, row, tally: { detected: k!, undetected: u!, ignored: i! },
      files: rowsOf(/^\| [^ |]+\.ts \| \d+ \|/), survivors: rowsOf(/^\| [^ |]+\.ts:\d+ \| /),
    });
  }
  return out;
}

/** `doc` with its generated block replaced by `block` (the markers must be there once). */
export function replaceBlock(doc: string, block: string): string {
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/DEVELOPING.md lacks the ${BEGIN} … ${END} markers`);
  return doc.slice(0, a) + block + doc.slice(b + END.length);
}

/** A group's last run as recorded beside its report. */
export interface RunMeta {
  readonly seconds: number;
  readonly date: string;
  readonly subset?: readonly string[];
}

/**
 * Records a group's run (wall seconds, date) beside its report. A subset run (`subset`: the `--mutate` line
 * ranges) adds its ranges and seconds to a previous subset run's, because Stryker's incremental file keeps
 * the results of mutants outside this run's ranges: the report then holds every range run so far. A full
 * run (no `subset`) replaces the record.
 */
export function writeRunMeta(id: string, seconds: number, date: string, subset?: readonly string[]): void {
  writeFileAtomic(metaPath(id), `${JSON.stringify(nextRunMeta(readRunMeta(id), seconds, date, subset))}\n`);
}

/** The record after a run: see writeRunMeta. */
export function nextRunMeta(previous: RunMeta | undefined, seconds: number, date: string, subset?: readonly string[]): RunMeta {
  if (subset === undefined) return { seconds, date };
  if (previous?.subset === undefined) return { seconds, date, subset };
  return { seconds: previous.seconds + seconds, date, subset: [...previous.subset, ...subset.filter((r) => !previous.subset!.includes(r))] };
}

function readRunMeta(id: string): RunMeta | undefined {
  return existsSync(metaPath(id)) ? JSON.parse(readFileSync(metaPath(id), 'utf8')) as RunMeta : undefined;
}

/** Rewrites the block of `docPath` from the reports of the groups `ids` (GROUPS order). */
export function writeMutationDoc(ids: readonly string[], docPath: string): void {
  const results = GROUPS.filter((g) => ids.includes(g.id)).map((group) => {
    const report = JSON.parse(readFileSync(reportPath(group.id), 'utf8')) as Report;
    const meta = readRunMeta(group.id)!;
    return { group, report, ...meta };
  });
  const doc = readFileSync(docPath, 'utf8');
  const carried = carriedGroups(doc, GROUPS.filter((g) => !ids.includes(g.id)));
  const notRun = GROUPS.filter((g) => !ids.includes(g.id) && !carried.some((c) => c.group.id === g.id));
  writeFileAtomic(docPath, replaceBlock(doc, renderReport(results, notRun, carried)));
}
