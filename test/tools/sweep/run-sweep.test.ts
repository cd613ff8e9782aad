// A whole sweep in-process with injected evaluators: what is written, the HTML, skipping on --resume,
// refusing to clobber, and the verdict for failed points (SWP030).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../core/diagnostics.js';
import { jsonForScript } from '../../../tools/report/html.js';
import { CSV_HEADER, formatCsvRow } from '../../../tools/sweep/csv.js';
import type { DesignPointSpec, EvaluatePoint } from '../../../tools/sweep/point-spec.js';
import { fakePoint, makeFakeEvaluator } from './fake-evaluator.js';
import { buildGrid } from '../../../tools/sweep/grid.js';
import { runSweep, sweepVerdict, type SweepRun } from '../../../tools/sweep/run-sweep.js';
import { rowLabel } from '../../../tools/sweep/resume.js';

function setup(evaluator: EvaluatePoint, preset = 'w8a8,w4a8', array = '8x8,16x16'): SweepRun & { lines: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'accsim-run-sweep-'));
  const lines: string[] = [];
  return {
    specs: buildGrid({ model: 'net.qir', preset, array, dataflow: 'ws', seed: 2, data: 'dir', limit: 10 }),
    csv: join(dir, 'out.csv'), html: join(dir, 'r.html'), resume: false, overwrite: false, graceMs: 1000, evaluator,
    report: { title: 'T', command: 'accsim sweep', hwBase: { a: 1 }, energyTable: 'horowitz-45nm' },
    out: (l) => lines.push(l), err: (l) => lines.push(l), lines,
  };
}

const rowOf = (s: DesignPointSpec) => ({ point: fakePoint(s), data: s.data!, limit: s.limit!, seed: s.seed });

describe('runSweep', () => {
  it('writes one row per point in grid order (in-process) and an HTML report of all points', async () => {
    const run = setup(makeFakeEvaluator());
    const o = await runSweep(run);
    expect(o).toMatchObject({ skipped: 0, toRun: 4, written: 4, failures: [], interrupted: false });
    expect(readFileSync(run.csv, 'utf8')).toBe(CSV_HEADER + run.specs.map((s) => formatCsvRow(rowOf(s))).join(''));
    const html = readFileSync(run.html!, 'utf8');
    // The embedded report carries the points verbatim, per-layer details included.
    expect(html).toContain(jsonForScript(run.specs.map(fakePoint)).slice(1, -1));
    expect(sweepVerdict(run, o)).toEqual({ message: `4 of 4 points in ${run.csv}, ${run.csv}.points.jsonl, ${run.html}` });
  });

  it('refuses an existing CSV without --resume or --overwrite, and skips finished points with --resume', async () => {
    const run = setup(makeFakeEvaluator());
    writeFileSync(run.csv, CSV_HEADER + formatCsvRow(rowOf(run.specs[2]!)));
    await expect(runSweep(run)).rejects.toThrow(/SWP031.*--resume/);
    const seen: string[] = [];
    const o = await runSweep({ ...run, resume: true, evaluator: async (s) => (seen.push(`${s.preset}@${s.array}`), fakePoint(s)) });
    expect(seen).toEqual(['w8a8@8x8', 'w8a8@16x16', 'w4a8@16x16']);
    expect(o).toMatchObject({ skipped: 1, toRun: 3, written: 3 });
    // The resumed row was first in the file; the finished sweep lists every point in grid order.
    expect(o.rows.map(rowLabel)).toEqual(['w8a8@8x8/ws', 'w8a8@16x16/ws', 'w4a8@8x8/ws', 'w4a8@16x16/ws']);
    expect(readFileSync(run.csv, 'utf8')).toBe(CSV_HEADER + run.specs.map((s) => formatCsvRow(rowOf(s))).join(''));
    // The sidecar follows the same order; the resumed row had no sidecar line and still has none.
    const sidecar = readFileSync(`${run.csv}.points.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { point: { preset: string; array: string } });
    expect(sidecar.map((r) => `${r.point.preset}@${r.point.array}`)).toEqual(['w8a8@8x8', 'w8a8@16x16', 'w4a8@16x16']);
    expect(sweepVerdict(run, o).message).toContain('4 of 4 points in');
    expect(sweepVerdict(run, o).message).toContain('(1 resumed)');
    const o2 = await runSweep({ ...run, overwrite: true });
    expect(o2).toMatchObject({ skipped: 0, written: 4 });
  });

  it('keeps going past failed points, writes the others, and reports SWP030 naming them', async () => {
    const run = setup(makeFakeEvaluator({ failLabels: ['w8a8@16x16/ws', 'w4a8@8x8/ws'] }));
    const o = await runSweep(run);
    expect(o.written).toBe(2);
    expect(run.lines).toContain('point w8a8@16x16/ws failed: error SWP090: fake evaluator: w8a8@16x16/ws fails on purpose');
    const v = sweepVerdict(run, o);
    expect(v.error).toBeInstanceOf(UserError);
    expect((v.error as UserError).diagnostics[0]!.code).toBe('SWP030');
    expect(v.error!.message).toContain('2 of 4 points failed (w8a8@16x16/ws, w4a8@8x8/ws)');
    // The failed points are rows too (status failed, the one-line error), in grid order with the others.
    const failedRow = (s: DesignPointSpec) => formatCsvRow({ failed: { model: s.model, preset: s.preset, array: s.array, rows: Number(s.array.split('x')[0]), cols: Number(s.array.split('x')[1]), dataflow: s.dataflow }, error: `SWP090: fake evaluator: ${s.preset}@${s.array}/ws fails on purpose`, data: 'dir', limit: 10, seed: 2 });
    const [a, b, c, d] = run.specs as [DesignPointSpec, DesignPointSpec, DesignPointSpec, DesignPointSpec];
    expect(readFileSync(run.csv, 'utf8')).toBe(CSV_HEADER + formatCsvRow(rowOf(a)) + failedRow(b) + failedRow(c) + formatCsvRow(rowOf(d)));
    expect(readFileSync(run.html!, 'utf8')).toContain('2 point(s) failed and are not in the charts and tables:</strong> <code>w8a8@16x16/ws</code> (SWP090: fake evaluator: w8a8@16x16/ws fails on purpose); <code>w4a8@8x8/ws</code>');

    // --resume runs the failed points again; rows that now succeed replace the failed ones.
    const again = await runSweep({ ...run, resume: true, evaluator: makeFakeEvaluator() });
    expect(again).toMatchObject({ skipped: 2, toRun: 2, written: 2, failures: [] });
    expect(readFileSync(run.csv, 'utf8')).toBe(CSV_HEADER + run.specs.map((s) => formatCsvRow(rowOf(s))).join(''));
    expect(readFileSync(run.html!, 'utf8')).not.toContain('failed and are not in the charts');
  });

  it('an internal error in a point is the error reported (a bug, exit 70), not folded into SWP030', async () => {
    const run = setup(async (s) => {
      if (s.array === '8x8') throw new TypeError('boom');
      return fakePoint(s);
    });
    const v = sweepVerdict(run, await runSweep(run));
    expect(v.error).toBeInstanceOf(TypeError);
  });
});
