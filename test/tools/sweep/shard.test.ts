// Shards and merge on fake points: which points a shard owns, what merge checks (stamps, duplicates,
// conflicts) and how it names what is missing. The CLI round trip with real points is shards-cli.test.ts.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, formatCsvRow, type FailedRow, type SweepRow } from '../../../tools/sweep/csv.js';
import { readExistingSweep } from '../../../tools/sweep/resume.js';
import { buildGrid } from '../../../tools/sweep/grid.js';
import { mergeShards } from '../../../tools/sweep/merge.js';
import { PointsWriter } from '../../../tools/sweep/points-store.js';
import type { DesignPointSpec } from '../../../tools/sweep/point-spec.js';
import { makeStamp, parseShard, prepareStamp, shardSpecs, type Shard } from '../../../tools/sweep/shard.js';
import { firstDiagnostic as diagnostic } from '../../user-error.js';
import { fakePoint } from './fake-evaluator.js';

const specs = buildGrid({ model: 'net.qir', preset: 'w8a8,w4a8,w4a4', array: '8x8,16x16', dataflow: 'ws,os', seed: 4 });
const rowOf = (s: DesignPointSpec): SweepRow => ({ point: fakePoint(s), seed: s.seed });
const report = { title: 't', hwBase: {}, energyTable: 'e' };

/** Writes shard `index`/`count` of `specs` (all its points, or those `keep` accepts) with its stamp. */
function writeShard(dir: string, shard: Shard, keep: (s: DesignPointSpec) => boolean = () => true, sweep = 'abc'): string {
  const csv = join(dir, `s${shard.index}.csv`);
  const stamp = makeStamp({ sweep, build: 'b', shard, command: 'accsim sweep ...', specs, report });
  const w = PointsWriter.open(csv);
  prepareStamp(csv, stamp, false)();
  // Reverse order: merge must sort into grid order whatever order a shard wrote.
  for (const s of shardSpecs(specs, shard).filter(keep).reverse()) w.append(rowOf(s));
  w.close();
  return csv;
}

describe('shards', () => {
  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['3/3', '1/0', '-1/2', 'a/b', '1', '1/2/3']) expect(diagnostic(() => parseShard(bad)).code).toBe('SWP050');
  });

  it('n shards are disjoint, cover the grid and differ in size by at most one', () => {
    for (const n of [1, 2, 3, 5, 12, 13]) {
      const parts = Array.from({ length: n }, (_, i) => shardSpecs(specs, { index: i, count: n }));
      expect(parts.flat().map((s) => `${s.preset}@${s.array}/${s.dataflow}`).sort()).toEqual(specs.map((s) => `${s.preset}@${s.array}/${s.dataflow}`).sort());
      const sizes = parts.map((p) => p.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('merge writes the grid-order CSV of all shards, dropping identical duplicates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-merge-'));
    const files = [0, 1, 2].map((i) => writeShard(dir, { index: i, count: 3 }));
    // Shard 1 rerun into another file: its rows are duplicates, identical.
    const rerun = join(mkdtempSync(join(tmpdir(), 'accsim-merge-')), 's1.csv');
    const stamp = makeStamp({ sweep: 'abc', build: 'b', shard: { index: 1, count: 3 }, command: 'c', specs, report });
    const w = PointsWriter.open(rerun);
    prepareStamp(rerun, stamp, false)();
    for (const s of shardSpecs(specs, { index: 1, count: 3 })) w.append(rowOf(s));
    w.close();
    const out = join(dir, 'all.csv');
    const r = mergeShards({ files: [...files, rerun], csv: out, html: join(dir, 'all.html'), command: 'accsim sweep merge' });
    expect(r).toMatchObject({ points: 12, duplicates: 4 });
    expect(readFileSync(out, 'utf8')).toBe(CSV_HEADER + specs.map((s) => formatCsvRow(rowOf(s))).join(''));
    expect(readFileSync(`${out}.points.jsonl`, 'utf8').trim().split('\n')).toHaveLength(12);
    expect(readFileSync(join(dir, 'all.html'), 'utf8')).toContain('<html');
  });

  it('keeps failed points as failed rows; a finished row of the same point wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-merge-'));
    const files = [0, 1, 2].map((i) => writeShard(dir, { index: i, count: 3 }, (s) => s !== specs[0] && s !== specs[1]));
    const fail = (s: DesignPointSpec): FailedRow => ({ failed: { model: s.model, preset: s.preset, array: s.array, rows: 8, cols: 8, dataflow: s.dataflow }, error: 'SWP090: no', seed: s.seed });
    // Point 0 failed in its shard; point 1 failed in one file and finished in another (a rerun).
    for (const [f, rows] of [[files[0]!, [fail(specs[0]!)]], [files[1]!, [fail(specs[1]!), rowOf(specs[1]!)]]] as const) {
      const w = PointsWriter.open(f, readExistingSweep(f)!.resume);
      for (const r of rows) w.append(r);
      w.close();
    }
    const out = join(dir, 'all.csv');
    const r = mergeShards({ files, csv: out, command: 'c' });
    expect(r.failed).toEqual([fail(specs[0]!)]);
    expect(readFileSync(out, 'utf8')).toBe(CSV_HEADER + formatCsvRow(fail(specs[0]!)) + specs.slice(1).map((s) => formatCsvRow(rowOf(s))).join(''));
  });

  it('names the missing points with their shard, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-merge-'));
    const s0 = writeShard(dir, { index: 0, count: 3 });
    const s2 = writeShard(dir, { index: 2, count: 3 }, (s) => s.preset !== 'w4a4');
    const out = join(dir, 'all.csv');
    const d = diagnostic(() => mergeShards({ files: [s0, s2], csv: out, command: 'c' }));
    expect(d.code).toBe('SWP056');
    expect(d.message).toMatch(/^6 of 12 points are missing, nothing written: shard 1\/3 \(no file given for it; run it\): w8a8@8x8\/os, .*; shard 2\/3 \(.*s2\.csv lacks them; rerun it with --resume\): w4a4@8x8\/ws, w4a4@16x16\/os$/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses shards of different sweeps, files without a stamp, and disagreeing duplicates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-merge-'));
    const a = writeShard(dir, { index: 0, count: 3 });
    const other = writeShard(mkdtempSync(join(tmpdir(), 'accsim-merge-')), { index: 1, count: 3 }, () => true, 'def');
    expect(diagnostic(() => mergeShards({ files: [a, other], csv: join(dir, 'x.csv'), command: 'c' })).code).toBe('SWP053');
    const plain = join(dir, 'plain.csv');
    PointsWriter.open(plain).close();
    expect(diagnostic(() => mergeShards({ files: [plain], csv: join(dir, 'x.csv'), command: 'c' })).code).toBe('SWP052');
    // A second copy of shard 0 whose first point has other figures.
    const dir2 = mkdtempSync(join(tmpdir(), 'accsim-merge-'));
    const b = join(dir2, 's0.csv');
    const w = PointsWriter.open(b);
    prepareStamp(b, makeStamp({ sweep: 'abc', build: 'b', shard: { index: 0, count: 3 }, command: 'c', specs, report }), false)();
    const first = rowOf(specs[0]!);
    w.append({ ...first, point: { ...first.point, cycles: first.point.cycles + 1 } });
    w.close();
    expect(diagnostic(() => mergeShards({ files: [a, b], csv: join(dir, 'x.csv'), command: 'c' })).code).toBe('SWP055');
  });

  it('--resume refuses a shard file of another sweep or shard', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-merge-'));
    const csv = writeShard(dir, { index: 0, count: 3 });
    const same = makeStamp({ sweep: 'abc', build: 'b', shard: { index: 0, count: 3 }, command: 'c', specs, report });
    expect(() => prepareStamp(csv, same, true)).not.toThrow();
    expect(diagnostic(() => prepareStamp(csv, { ...same, sweep: 'zzz' }, true)).code).toBe('SWP051');
    expect(diagnostic(() => prepareStamp(csv, { ...same, shard: { index: 1, count: 3 } }, true)).code).toBe('SWP051');
  });
});
