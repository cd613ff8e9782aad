// A whole sweep: the grid minus the points already in the CSV (--resume), evaluated on the pool, each
// finished point written durably, a progress bar, Ctrl-C handling, and the HTML report of every point.
import { existsSync, statSync } from 'node:fs';
import { UserError, fail } from '../../core/diagnostics.js';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { renderSweepHtml } from '../report/html.js';
import type { SweepReport } from '../report/sweep-types.js';
import { startProgress } from '../progress.js';
import { isFailedRow, type CsvRow, type SweepRow } from './csv.js';
import { pointKey, specLabel, type DesignPointSpec } from './point-spec.js';
import { PointsWriter, rewritePoints, sidecarPath } from './points-store.js';
import { jobCount, runPoints, type PointOutcome, type PointPool, type PoolOptions } from './pool.js';
import { readExistingSweep, rowKey, rowLabel } from './resume.js';
import { inGridOrder } from './row-order.js';
import type { PointEvaluator } from './evaluator-ref.js';
import { handleInterrupts } from './signals.js';
import { reportTimestamp } from '../report/report-time.js';

/** What to run and where to write it. */
export interface SweepRun {
  /** The full grid (buildGrid); points already in the CSV are skipped with `resume`. */
  specs: readonly DesignPointSpec[];
  csv: string;
  html?: string;
  resume: boolean;
  /** Replace an existing CSV instead of refusing (without `resume`). */
  overwrite: boolean;
  jobs?: number;
  /** The point evaluator (the command passes SIMULATING_EVALUATOR; tests pass fakes). */
  evaluator: PointEvaluator;
  graceMs: number;
  /** For the HTML report: title, the command line, the base hardware and the energy table name. */
  report: Pick<SweepReport, 'title' | 'command' | 'hwBase' | 'energyTable'>;
  /** Test hooks: the worker script to use, or in-process evaluation. */
  pool?: Pick<PoolOptions, 'worker' | 'inProcess'>;
  /** Another way to run the points than local threads (a queue: queue/queue-pool.ts); default runPoints. */
  startPool?: (specs: readonly DesignPointSpec[], options: PoolOptions) => PointPool;
  /** Called once the output is open (a shard writes its stamp here, after --resume accepted the file). */
  beforeRun?: () => void;
  /** Line printers (default stdout / stderr). */
  out?: (line: string) => void;
  err?: (line: string) => void;
}

/** How the sweep ended. */
export interface SweepOutcome {
  /** Points of the grid found in the CSV and not run again. */
  skipped: number;
  /** Points to run this time. */
  toRun: number;
  /** Points evaluated and written this time. */
  written: number;
  /** Points whose evaluation failed (not written; --resume retries them). */
  failures: { spec: DesignPointSpec; error: Error }[];
  interrupted: boolean;
  /** Every row of the CSV now (the HTML shows them): in grid order, or after an interruption resumed ones first, then in completion order. */
  rows: CsvRow[];
}

function fmt(n: number | undefined, digits: number): string {
  return n === undefined ? '-' : n.toFixed(digits);
}

/** A short line about a finished point for the log. */
function describePoint(row: SweepRow): string {
  const p = row.point;
  const acc = p.accuracyPct === undefined ? '' : `  top-1 ${fmt(p.accuracyPct, 2)}%`;
  return `${specLabel({ ...p, seed: row.seed })}  ${p.cycles} cycles  ${fmt(p.energyPj / 1e6, 3)} µJ  util ${fmt(p.utilization * 100, 1)}%${acc}  bit-exact ${p.bitExact ? 'yes' : 'NO'}`;
}

/** Opens the output for this run: continues the existing CSV with `resume`, refuses to clobber one without. */
function openOutput(run: SweepRun, say: (line: string) => void): { writer: PointsWriter; previous: CsvRow[]; done: Set<string>; detailed: Set<string> } {
  if (run.resume) {
    const existing = readExistingSweep(run.csv);
    if (existing === undefined) say(`--resume: ${run.csv} does not exist yet; starting a new sweep`);
    for (const note of existing?.notes ?? []) say(`--resume: ${note}`);
    const detailed = new Set((existing?.resume?.sidecarRows ?? []).map(rowKey));
    return { writer: PointsWriter.open(run.csv, existing?.resume), previous: existing?.rows ?? [], done: existing?.keys ?? new Set(), detailed };
  }
  if (!run.overwrite && existsSync(run.csv) && statSync(run.csv).size > 0) {
    fail('SWP031', `${run.csv} already exists: add --resume to continue that sweep, or --overwrite to start over`);
  }
  return { writer: PointsWriter.open(run.csv), previous: [], done: new Set(), detailed: new Set() };
}

/** Runs the sweep; returns how it ended (the caller maps that to messages and the exit code). */
export async function runSweep(run: SweepRun): Promise<SweepOutcome> {
  const out = run.out ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const err = run.err ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const { writer, previous, done, detailed } = openOutput(run, err);
  run.beforeRun?.();
  const todo = run.specs.filter((s) => !done.has(pointKey(s)));
  const skipped = run.specs.length - todo.length;
  if (skipped > 0) err(`--resume: ${skipped} of ${run.specs.length} points already in ${run.csv}; running the other ${todo.length}`);
  let rows = [...previous];
  let written = 0;
  // A point's new row replaces its failed row from an earlier run (the file keeps both until the final rewrite).
  const keep = (row: CsvRow) => {
    const key = rowKey(row);
    rows = rows.filter((r) => !(isFailedRow(r) && rowKey(r) === key));
    rows.push(row);
    writer.append(row);
  };
  const failures: SweepOutcome['failures'] = [];
  // Progress lines go to stdout only without a bar: the bar (stderr, TTY) redraws its line and would tangle with them.
  const showLines = process.stderr.isTTY !== true;
  const progress = startProgress('sweep', todo.length, 'points');
  let pool: PointPool | undefined;
  const onOutcome = (o: PointOutcome) => {
    const settings = { seed: o.spec.seed, ...(o.spec.data === undefined ? {} : { data: o.spec.data }), ...(o.spec.limit === undefined ? {} : { limit: o.spec.limit }) };
    if ('error' in o) {
      failures.push(o);
      err(`point ${specLabel(o.spec)} failed: ${o.error.message}`);
      const [r, c] = o.spec.array.split('x').map(Number) as [number, number];
      keep({ failed: { model: o.spec.model, preset: o.spec.preset, array: o.spec.array, rows: r, cols: c, dataflow: o.spec.dataflow }, error: oneLineError(o.error), ...settings });
      return;
    }
    const row: SweepRow = { point: { ...o.point, model: o.spec.model, preset: o.spec.preset, array: o.spec.array, dataflow: o.spec.dataflow }, ...settings };
    keep(row);
    written++;
    detailed.add(rowKey(row));
    if (showLines) out(`[${written}/${todo.length}] ${describePoint(row)}`);
  };
  pool = (run.startPool ?? runPoints)(todo, {
    jobs: jobCount(todo.length, run.jobs),
    evaluator: run.evaluator,
    onOutcome,
    onProgress: (n) => progress.update(Math.round(n * 10) / 10),
    ...run.pool,
  });
  const interrupts = handleInterrupts(pool, { graceMs: run.graceMs, say: err });
  try {
    await pool.done;
  } finally {
    interrupts.dispose();
    progress.stop();
    writer.close();
  }
  // Points were appended in completion order; a run that was not cut short leaves them in the one
  // documented order (row-order.ts), so that any two runs of the same sweep write the same bytes.
  // The rewrite also drops failed rows that a later row of the same point replaced.
  if (!interrupts.interrupted()) {
    rows = inGridOrder(run.specs, rows);
    rewritePoints(run.csv, rows, (r) => detailed.has(rowKey(r)));
  }
  if (run.html !== undefined) writeFileAtomic(run.html, renderSweepHtml(sweepReport(run.report, rows)));
  return { skipped, toRun: todo.length, written, failures, interrupted: interrupts.interrupted(), rows };
}

/** The report of `rows`: the finished points, and the failed ones named with their errors. */
export function sweepReport(header: SweepRun['report'], rows: readonly CsvRow[]): SweepReport {
  const failed = rows.filter(isFailedRow).map((r) => ({ label: rowLabel(r), error: r.error }));
  return { ...header, generatedAt: reportTimestamp(), points: rows.filter((r): r is SweepRow => !isFailedRow(r)).map((r) => r.point), ...(failed.length > 0 ? { failed } : {}) };
}

/** A point's error as one CSV field: "CODE: message" for a user error, the first line of anything else. */
function oneLineError(e: Error): string {
  const text = e instanceof UserError && e.diagnostics[0] !== undefined ? `${e.diagnostics[0].code}: ${e.diagnostics[0].message}` : `internal error: ${e.message}`;
  return text.split('\n')[0]!;
}

/** The closing message of a sweep and the error to throw, if any (interruption is reported by the caller). */
export function sweepVerdict(run: SweepRun, o: SweepOutcome): { message: string; error?: Error } {
  const total = o.skipped + o.toRun;
  const files = [run.csv, sidecarPath(run.csv), ...(run.html === undefined ? [] : [run.html])].join(', ');
  if (o.interrupted) return { message: `interrupted: ${o.skipped + o.written} of ${total} points written to ${run.csv}; rerun with --resume` };
  const message = `${o.skipped + o.written} of ${total} points in ${files}${o.skipped > 0 ? ` (${o.skipped} resumed)` : ''}`;
  if (o.failures.length === 0) return { message };
  const first = o.failures[0]!.error;
  if (!(first instanceof UserError) || o.failures.some((f) => !(f.error instanceof UserError))) {
    return { message, error: o.failures.map((f) => f.error).find((e) => !(e instanceof UserError))! };
  }
  const names = o.failures.map((f) => specLabel(f.spec)).join(', ');
  return { message, error: new UserError({ code: 'SWP030', message: `${o.failures.length} of ${total} points failed (${names}); first: ${first.diagnostics[0]?.message ?? first.message}; the others are in ${run.csv}, rerun with --resume after fixing` }) };
}
