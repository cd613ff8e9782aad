// `accsim sweep merge shards/*.csv --csv all.csv --html report.html`: the shards of one sweep into the
// CSV a single process would have written (grid order, byte for byte) and its report. The stamps must
// name one sweep; a point written by two shards (a shard rerun into another file) is kept once and must
// be identical; missing points are listed with the shard that owns them, and then nothing is written.
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { fail } from '../../core/diagnostics.js';
import { renderSweepHtml } from '../report/html.js';
import { formatCsvRow, isFailedRow, type CsvRow, type FailedRow } from './csv.js';
import { rewritePoints } from './points-store.js';
import { readExistingSweep, rowKey, rowLabel } from './resume.js';
import { sweepReport } from './run-sweep.js';
import { readStamp, stampPath, type ShardStamp } from './shard.js';

/** What merge did. */
export interface MergeResult {
  points: number;
  duplicates: number;
  /** Rows of points that failed (status failed in the merged CSV too). */
  failed: FailedRow[];
  notes: string[];
}

interface Found {
  row: CsvRow;
  file: string;
  detailed: boolean;
}

function collectRows(files: readonly string[], stamp: ShardStamp, notes: string[]): { found: Map<string, Found>; duplicates: number } {
  let duplicates = 0;
  const grid = new Set(stamp.points.map((p) => p.key));
  const found = new Map<string, Found>();
  for (const file of files) {
    const existing = readExistingSweep(file);
    if (existing === undefined) fail('SWP052', `${file} does not exist`);
    for (const note of existing.notes) notes.push(note);
    const detailed = new Set((existing.resume?.sidecarRows ?? []).map(rowKey));
    for (const row of existing.rows) {
      const key = rowKey(row);
      if (!grid.has(key)) fail('SWP054', `${file} has a row for ${rowLabel(row)}, which is not a point of sweep ${stamp.sweep.slice(0, 12)}`, { file });
      const earlier = found.get(key);
      if (earlier === undefined) {
        found.set(key, { row, file, detailed: detailed.has(key) });
        continue;
      }
      duplicates++;
      // A finished row wins over a failed one (a shard rerun after a fix); two failed rows: the first stays.
      if (isFailedRow(row) || isFailedRow(earlier.row)) {
        if (isFailedRow(earlier.row) && !isFailedRow(row)) found.set(key, { row, file, detailed: detailed.has(key) });
        continue;
      }
      // Points are deterministic: two runs of one point must agree to the last digit, or something is wrong.
      if (formatCsvRow(earlier.row) !== formatCsvRow(row)) fail('SWP055', `${earlier.file} and ${file} disagree on point ${rowLabel(row)}; rerun its shard into a fresh file`);
      if (!earlier.detailed && detailed.has(key)) found.set(key, { row, file, detailed: true });
    }
  }
  return { found, duplicates };
}

/** The stamps of `files`, checked to name one sweep and one shard count (SWP052, SWP053). */
function commonStamp(files: readonly string[]): { stamp: ShardStamp; byShard: Map<number, string[]> } {
  let first: { stamp: ShardStamp; file: string } | undefined;
  const byShard = new Map<number, string[]>();
  for (const file of files) {
    const stamp = readStamp(file);
    if (stamp === undefined) fail('SWP052', `${file} has no shard stamp (${stampPath(file)}); merge takes the CSVs written with --shard i/n`);
    if (first === undefined) first = { stamp, file };
    else if (stamp.sweep !== first.stamp.sweep || stamp.shard.count !== first.stamp.shard.count) {
      fail('SWP053', `${file} is shard ${stamp.shard.index}/${stamp.shard.count} of sweep ${stamp.sweep.slice(0, 12)}, but ${first.file} is shard ${first.stamp.shard.index}/${first.stamp.shard.count} of sweep ${first.stamp.sweep.slice(0, 12)}: shards of different sweeps (inputs, flags or accsim build) cannot be merged`);
    }
    byShard.set(stamp.shard.index, [...(byShard.get(stamp.shard.index) ?? []), file]);
  }
  if (first === undefined) fail('SWP052', 'give the shard CSVs to merge');
  return { stamp: first.stamp, byShard };
}

/** The SWP056 message listing missing points by the shard that owns them. */
function missingMessage(stamp: ShardStamp, found: Map<string, Found>, byShard: Map<number, string[]>): string | undefined {
  const missing = stamp.points.filter((p) => !found.has(p.key));
  if (missing.length === 0) return undefined;
  const n = stamp.shard.count;
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const mine = missing.filter((p) => p.shard === i);
    if (mine.length === 0) continue;
    const files = byShard.get(i);
    const how = files === undefined ? 'no file given for it; run it' : `${files.join(', ')} lacks them; rerun it with --resume`;
    parts.push(`shard ${i}/${n} (${how}): ${mine.map((p) => p.label).join(', ')}`);
  }
  return `${missing.length} of ${stamp.points.length} points are missing, nothing written: ${parts.join('; ')}`;
}

/** Merges shard CSVs into `csv` (and its sidecar) and optionally `html`; SWP056 when points are missing. */
export function mergeShards(x: { files: readonly string[]; csv: string; html?: string; command: string }): MergeResult {
  const { stamp, byShard } = commonStamp(x.files);
  const notes: string[] = [];
  const { found, duplicates } = collectRows(x.files, stamp, notes);
  const missing = missingMessage(stamp, found, byShard);
  if (missing !== undefined) fail('SWP056', missing);
  const ordered = stamp.points.map((p) => found.get(p.key)!);
  const rows = ordered.map((f) => f.row);
  rewritePoints(x.csv, rows, (r) => found.get(rowKey(r))!.detailed);
  if (x.html !== undefined) writeFileAtomic(x.html, renderSweepHtml(sweepReport({ ...stamp.report, command: x.command }, rows)));
  return { points: ordered.length, duplicates, failed: rows.filter(isFailedRow), notes };
}
