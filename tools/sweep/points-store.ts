// Durable output of finished points: each point is appended to the `<csv>.points.jsonl` sidecar (the full
// point, per-layer details included) and then to the CSV, each write followed by fsync. A Ctrl-C, a kill
// or a power cut therefore loses at most the point being written, and the CSV row is the commit record:
// a point counts as done only once its CSV row is on disk (resume.ts).
import { closeSync, fsyncSync, ftruncateSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { syncDirectory, writeAllSynced, writeFileAtomic, writeFilesAtomic } from '../../compiler/io/atomic-write.js';
import { assert } from '../../core/diagnostics.js';
import { CSV_HEADER, formatCsvRow, isFailedRow, type CsvRow, type SweepRow } from './csv.js';

/** The sidecar next to a CSV: one JSON SweepRow (point with layers, data, limit, seed) per line. */
export function sidecarPath(csvPath: string): string {
  return `${csvPath}.points.jsonl`;
}

/** One sidecar line (with its newline). */
export function formatSidecarLine(row: SweepRow): string {
  return `${JSON.stringify(row)}\n`;
}

/** Where a resumed sweep continues: the CSV's length in bytes up to its last complete row, and the sidecar rows to keep. */
export interface ResumePoint {
  csvValidBytes: number;
  sidecarRows: readonly SweepRow[];
}

/** Appends finished points to a CSV and its sidecar, durably, one point at a time. */
export class PointsWriter {
  private closed = false;

  private constructor(
    private readonly csvFd: number,
    private readonly sidecarFd: number,
  ) {}

  /**
   * Starts a new sweep (`from` undefined: both files created or truncated, CSV header written) or
   * continues one: the CSV is cut back to its last complete row (dropping a torn append) and the
   * sidecar is rewritten atomically with exactly the rows to keep (dropping duplicates and orphans).
   */
  static open(csvPath: string, from?: ResumePoint): PointsWriter {
    const sidecar = sidecarPath(csvPath);
    if (from === undefined) {
      const csvFd = openSync(csvPath, 'w');
      writeAllSynced(csvFd, CSV_HEADER);
      const sidecarFd = openSync(sidecar, 'w');
      fsyncSync(sidecarFd);
      syncDirectory(dirname(csvPath));
      return new PointsWriter(csvFd, sidecarFd);
    }
    writeFileAtomic(sidecar, from.sidecarRows.map(formatSidecarLine).join(''));
    const csvFd = openSync(csvPath, 'r+');
    ftruncateSync(csvFd, from.csvValidBytes);
    fsyncSync(csvFd);
    closeSync(csvFd);
    return new PointsWriter(openSync(csvPath, 'a'), openSync(sidecar, 'a'));
  }

  /** Writes one finished point: sidecar line first, then the CSV row that commits it (a failed point: its CSV row only). */
  append(row: CsvRow): void {
    assert(!this.closed, 'PointsWriter.append after close');
    if (!isFailedRow(row)) writeAllSynced(this.sidecarFd, formatSidecarLine(row));
    writeAllSynced(this.csvFd, formatCsvRow(row));
  }

  /** Closes both files (idempotent). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.csvFd);
    closeSync(this.sidecarFd);
  }
}

/**
 * Replaces a finished sweep's CSV and sidecar with `rows` in this order (the same set of points, sorted),
 * atomically: the sidecar first, then the CSV, so a crash in between leaves two files that still agree.
 * Rows for which `hasDetails` is false had no sidecar line and get none.
 */
export function rewritePoints(csvPath: string, rows: readonly CsvRow[], hasDetails: (row: SweepRow) => boolean): void {
  writeFilesAtomic([
    { path: sidecarPath(csvPath), data: rows.filter((r): r is SweepRow => !isFailedRow(r) && hasDetails(r)).map(formatSidecarLine).join('') },
    { path: csvPath, data: CSV_HEADER + rows.map(formatCsvRow).join('') },
  ]);
}
