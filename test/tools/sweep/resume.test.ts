// --resume: what counts as finished, how torn tails and the sidecar are handled, and the errors for
// files that are not (or no longer) a sweep CSV of this version.
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, formatCsvRow, type CsvRow, type SweepRow } from '../../../tools/sweep/csv.js';
import { fakePoint } from './fake-evaluator.js';
import { formatSidecarLine, PointsWriter, sidecarPath } from '../../../tools/sweep/points-store.js';
import { readExistingSweep, rowKey } from '../../../tools/sweep/resume.js';
import { firstDiagnostic as diagnostic } from '../../user-error.js';

function rowFor(preset: string, array: string, extra: Partial<SweepRow> = {}): SweepRow {
  const spec = { model: 'net.qir', preset, array, dataflow: 'ws' as const, seed: 1, data: 'd', limit: 5 };
  return { point: fakePoint(spec), data: 'd', limit: 5, seed: 1, ...extra };
}

function freshCsv(rows: SweepRow[]): string {
  const csv = join(mkdtempSync(join(tmpdir(), 'accsim-resume-')), 'out.csv');
  const w = PointsWriter.open(csv);
  for (const r of rows) w.append(r);
  w.close();
  return csv;
}

const A = rowFor('w8a8', '8x8');
const B = rowFor('w4a8', '8x8');
const C = rowFor('w4a4', '16x16');

describe('readExistingSweep', () => {
  it('returns undefined for a missing file, and no resume point for an empty or half-written header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-resume-'));
    expect(readExistingSweep(join(dir, 'none.csv'))).toBeUndefined();
    for (const text of ['', CSV_HEADER.slice(0, 20)]) {
      writeFileSync(join(dir, 'h.csv'), text);
      expect(readExistingSweep(join(dir, 'h.csv'))).toEqual({ rows: [], keys: new Set(), notes: [] });
    }
  });

  it('reads back every finished point with its per-layer details from the sidecar', () => {
    const csv = freshCsv([A, B, C]);
    const got = readExistingSweep(csv)!;
    expect(got.rows).toEqual([A, B, C]);
    expect((got.rows[0] as SweepRow).point.layers).toHaveLength(2);
    expect([...got.keys]).toEqual([A, B, C].map(rowKey));
    expect(got.resume!.csvValidBytes).toBe(readFileSync(csv).length);
    expect(got.notes).toEqual([]);
  });

  it('keys points by model, preset, array, dataflow, data and limit (not seed)', () => {
    expect(rowKey(rowFor('w8a8', '8x8', { seed: 99 }))).toBe(rowKey(A));
    expect(rowKey(rowFor('w8a8', '8x8', { limit: 6 }))).not.toBe(rowKey(A));
    const noData: SweepRow = { point: A.point, seed: 1 };
    expect(rowKey(noData)).not.toBe(rowKey(A));
  });

  it('drops a torn last row, and the resumed writer continues a valid file', () => {
    const csv = freshCsv([A, B]);
    const good = readFileSync(csv, 'utf8');
    appendFileSync(csv, formatCsvRow(C).slice(0, 30));
    const got = readExistingSweep(csv)!;
    expect(got.rows).toEqual([A, B]);
    expect(got.notes[0]).toContain('dropped an incomplete last row');
    expect(got.resume!.csvValidBytes).toBe(Buffer.byteLength(good));
    const w = PointsWriter.open(csv, got.resume);
    w.append(C);
    w.close();
    expect(readFileSync(csv, 'utf8')).toBe(good + formatCsvRow(C));
    expect(readExistingSweep(csv)!.rows).toEqual([A, B, C]);
  });

  it('compacts the sidecar: orphans (never committed to the CSV), repeats and a torn last line go', () => {
    const csv = freshCsv([A]);
    appendFileSync(sidecarPath(csv), formatSidecarLine(B) + formatSidecarLine(A) + formatSidecarLine(C).slice(0, 40));
    const got = readExistingSweep(csv)!;
    expect(got.rows).toEqual([A]);
    expect(got.notes.some((n) => n.includes('incomplete last line'))).toBe(true);
    PointsWriter.open(csv, got.resume).close();
    expect(readFileSync(sidecarPath(csv), 'utf8')).toBe(formatSidecarLine(A));
  });

  it('keeps points whose sidecar entry is missing, without layers, and says so', () => {
    const csv = freshCsv([A, B]);
    writeFileSync(sidecarPath(csv), formatSidecarLine(B));
    const got = readExistingSweep(csv)!;
    expect(got.rows).toEqual([{ ...A, point: { ...A.point, layers: [] } }, B]);
    expect(got.notes).toEqual([expect.stringContaining('1 finished point(s) have no entry')]);
  });

  it('treats a failed point as not done; a later row of it replaces the failed one', () => {
    const failedB: CsvRow = { failed: { model: 'net.qir', preset: 'w4a8', array: '8x8', rows: 8, cols: 8, dataflow: 'ws' }, error: 'SWP090: no', data: 'd', limit: 5, seed: 1 };
    const csv = freshCsv([A]);
    appendFileSync(csv, formatCsvRow(failedB));
    let got = readExistingSweep(csv)!;
    expect(got.rows).toEqual([A, failedB]);
    expect([...got.keys]).toEqual([rowKey(A)]);
    appendFileSync(csv, formatCsvRow(failedB) + formatCsvRow({ ...B, point: { ...B.point, layers: [] } }));
    got = readExistingSweep(csv)!;
    expect(got.rows).toEqual([A, { ...B, point: { ...B.point, layers: [] } }]);
    expect([...got.keys]).toEqual([rowKey(A), rowKey(B)]);
    // A finished point written twice is still corrupt.
    appendFileSync(csv, formatCsvRow(A));
    expect(diagnostic(() => readExistingSweep(csv))).toMatchObject({ code: 'SWP021', message: expect.stringContaining('w8a8@8x8/ws appears twice') });
  });

  it('refuses a header of another version, naming the first differing column', () => {
    const csv = freshCsv([A]);
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('latency_us', 'latency_ns'));
    const d = diagnostic(() => readExistingSweep(csv));
    expect(d).toMatchObject({ code: 'SWP020', line: 1 });
    expect(d.message).toContain('column 11: expected "latency_us", found "latency_ns"');
    writeFileSync(csv, 'a,b\n1,2\n');
    expect(diagnostic(() => readExistingSweep(csv)).code).toBe('SWP020');
    writeFileSync(csv, CSV_HEADER.replace('\n', ',extra\n'));
    expect(diagnostic(() => readExistingSweep(csv)).message).toContain('expected the end of the header, found "extra"');
  });

  it('refuses corrupt rows and repeated points with the line number', () => {
    const csv = freshCsv([A, B]);
    const lines = readFileSync(csv, 'utf8').split('\n');
    writeFileSync(csv, [lines[0], lines[1]!.replace(',ws,', ',xs,'), lines[2], ''].join('\n'));
    expect(diagnostic(() => readExistingSweep(csv))).toMatchObject({ code: 'SWP021', line: 2, message: expect.stringContaining('column dataflow must be ws or os') });
    writeFileSync(csv, [lines[0], lines[1], lines[2], lines[1], ''].join('\n'));
    expect(diagnostic(() => readExistingSweep(csv))).toMatchObject({ code: 'SWP021', line: 4, message: expect.stringContaining('w8a8@8x8/ws appears twice') });
    writeFileSync(csv, `${lines[0]}\n"unterminated,"x"y\n`);
    expect(diagnostic(() => readExistingSweep(csv)).code).toBe('SWP021');
  });

  it('refuses a sidecar that disagrees with the CSV or is not JSON lines', () => {
    const csv = freshCsv([A]);
    writeFileSync(sidecarPath(csv), formatSidecarLine({ ...A, point: { ...A.point, cycles: A.point.cycles + 1 } }));
    expect(diagnostic(() => readExistingSweep(csv)).code).toBe('SWP023');
    writeFileSync(sidecarPath(csv), 'not json\n');
    expect(diagnostic(() => readExistingSweep(csv))).toMatchObject({ code: 'SWP022', line: 1 });
  });
});
