// --resume: reads what an earlier (possibly interrupted) run of the same sweep wrote, so that only the
// missing points run. The CSV decides which points are done (its rows are the commit records, see
// points-store.ts); the sidecar contributes the per-layer details of those points.
import { existsSync, readFileSync } from 'node:fs';
import { fail } from '../../core/diagnostics.js';
import { COLUMNS, CSV_HEADER, formatCsvRow, isFailedRow, parseCsv, rowFromRecord, type CsvRow, type SweepRow } from './csv.js';
import { pointKey } from './point-spec.js';
import { sidecarPath, type ResumePoint } from './points-store.js';

/** The finished points found on disk and where appending continues. */
export interface ExistingSweep {
  /**
   * Rows in CSV order: finished points, with per-layer details from the sidecar when it has them, and
   * failed points (only the last row of a point that failed, unless a later row finished it).
   */
  rows: CsvRow[];
  /** pointKey of every finished point (failed points are not: --resume runs them again). */
  keys: Set<string>;
  /** Where appending continues; undefined when the file holds no header yet (start it afresh). */
  resume?: ResumePoint;
  /** Human-readable remarks (a torn last row dropped, points without per-layer details). */
  notes: string[];
}

/** The key of a stored row (see point-spec.ts pointKey). */
export function rowKey(row: CsvRow): string {
  return pointKey({ ...(isFailedRow(row) ? row.failed : row.point), data: row.data, limit: row.limit });
}

/** "w8a8@16x16/ws" for a stored row. */
export function rowLabel(row: CsvRow): string {
  const p = isFailedRow(row) ? row.failed : row.point;
  return `${p.preset}@${p.array}/${p.dataflow}`;
}

function checkHeader(csvPath: string, fields: readonly string[]): void {
  const expected = COLUMNS.map((c) => c.name);
  const at = expected.findIndex((name, i) => fields[i] !== name);
  if (at === -1 && fields.length === expected.length) return;
  const column = at === -1 ? expected.length : at;
  const found = fields[column] === undefined ? 'nothing' : `"${fields[column]}"`;
  const wanted = expected[column] === undefined ? 'the end of the header' : `"${expected[column]}"`;
  fail('SWP020', `cannot resume: the header does not match this version's sweep CSV (column ${column + 1}: expected ${wanted}, found ${found}); write to a new --csv file or delete this one`, { file: csvPath, line: 1 });
}

/** The sidecar's rows by key, skipping a torn last line; a malformed complete line is SWP022. */
function readSidecar(path: string, notes: string[]): Map<string, SweepRow> {
  const byKey = new Map<string, SweepRow>();
  if (!existsSync(path)) return byKey;
  const lines = readFileSync(path, 'utf8').split('\n');
  const last = lines.pop()!;
  if (last !== '') notes.push(`${path}: dropped an incomplete last line (an interrupted write)`);
  lines.forEach((text, i) => {
    let row: SweepRow;
    try {
      row = JSON.parse(text) as SweepRow;
    } catch (e) {
      fail('SWP022', `cannot resume: line ${i + 1} is not valid JSON (${(e as Error).message}); delete this file to resume without per-layer details`, { file: path, line: i + 1 });
    }
    if (typeof row !== 'object' || row === null || typeof row.point !== 'object' || row.point === null) {
      fail('SWP022', `cannot resume: line ${i + 1} is not a sweep point; delete this file to resume without per-layer details`, { file: path, line: i + 1 });
    }
    // A point written to the sidecar but not yet committed to the CSV may be rerun and written again; the latest copy wins.
    byKey.set(rowKey(row), row);
  });
  return byKey;
}

/**
 * Reads a sweep CSV and its sidecar for --resume; undefined when the CSV does not exist. Errors
 * (SWP020 header, SWP021 corrupt row or duplicate point, SWP022/SWP023 sidecar) name the file and line.
 */
export function readExistingSweep(csvPath: string): ExistingSweep | undefined {
  if (!existsSync(csvPath)) return undefined;
  let text: string;
  try {
    text = readFileSync(csvPath, 'utf8');
  } catch (e) {
    fail('SWP021', `cannot read the sweep CSV to resume it: ${(e as Error).message}`, { file: csvPath });
  }
  const notes: string[] = [];
  const parsed = parseCsv(text);
  if (parsed.error !== undefined) fail('SWP021', `cannot resume: corrupt CSV (${parsed.error.message})`, { file: csvPath, line: parsed.error.line });
  const validChars = parsed.tornAt ?? text.length;
  if (parsed.tornAt !== undefined && parsed.records.length > 0) notes.push(`${csvPath}: dropped an incomplete last row (an interrupted write); that point runs again`);
  const [header, ...records] = parsed.records;
  if (header === undefined) {
    // Empty, or a header cut short by a crash right after the file was created: nothing finished yet.
    if (!CSV_HEADER.startsWith(text)) checkHeader(csvPath, parseCsv(`${text}\n`).records[0]?.fields ?? []);
    return { rows: [], keys: new Set(), notes };
  }
  checkHeader(csvPath, header.fields);
  const sidecar = readSidecar(sidecarPath(csvPath), notes);
  const rows: CsvRow[] = [];
  const keys = new Set<string>();
  let withoutLayers = 0;
  for (const record of records) {
    const row = rowFromRecord(record.fields);
    if (typeof row === 'string') fail('SWP021', `cannot resume: corrupt row: ${row}`, { file: csvPath, line: record.line });
    const key = rowKey(row);
    if (keys.has(key)) fail('SWP021', `cannot resume: point ${rowLabel(row)} appears twice`, { file: csvPath, line: record.line });
    // A failed point is not done: a later row of it (the rerun, failed again or finished) replaces it.
    const earlier = rows.findIndex((r) => isFailedRow(r) && rowKey(r) === key);
    if (earlier >= 0) rows.splice(earlier, 1);
    if (isFailedRow(row)) {
      rows.push(row);
      continue;
    }
    keys.add(key);
    const full = sidecar.get(key);
    if (full === undefined) {
      withoutLayers++;
      rows.push(row);
    } else {
      // The sidecar must describe the very same point the CSV row records, or the report would mix runs.
      if (formatCsvRow(full) !== formatCsvRow(row)) {
        fail('SWP023', `cannot resume: ${sidecarPath(csvPath)} disagrees with the CSV row of point ${rowLabel(row)}; delete the sidecar to resume without per-layer details`, { file: csvPath, line: record.line });
      }
      rows.push(full);
    }
  }
  if (withoutLayers > 0) notes.push(`${withoutLayers} finished point(s) have no entry in ${sidecarPath(csvPath)}; the report shows them without per-layer details`);
  const csvValidBytes = Buffer.byteLength(text.slice(0, validChars), 'utf8');
  return { rows, keys, resume: { csvValidBytes, sidecarRows: rows.filter((r): r is SweepRow => !isFailedRow(r) && sidecar.has(rowKey(r))) }, notes };
}
