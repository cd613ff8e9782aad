// Ctrl-C during a sweep (the acceptance criterion): a real process gets SIGINT after its first points,
// must leave a valid CSV of exactly the finished points and exit 130, and --resume must complete the
// rest without duplicates. The child runs the TS sources through ts-register.mjs with the fake evaluator.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, parseCsv, rowFromRecord, type SweepRow } from '../../../tools/sweep/csv.js';
import { pointKey } from '../../../tools/sweep/point-spec.js';
import { buildGrid } from '../../../tools/sweep/grid.js';
import { sidecarPath } from '../../../tools/sweep/points-store.js';

const REGISTER = fileURLToPath(new URL('./ts-register.mjs', import.meta.url));
const CHILD = fileURLToPath(new URL('./sweep-child.ts', import.meta.url));

interface Child {
  code: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
  kill: () => void;
}

function startChild(args: string[], env: Record<string, string>): Child {
  const p = spawn(process.execPath, ['--import', REGISTER, CHILD, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  p.stdout.on('data', (d: Buffer) => (out += d.toString()));
  p.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { code: new Promise((resolve) => p.on('close', (c) => resolve(c))), stdout: () => out, stderr: () => err, kill: () => void p.kill('SIGINT') };
}

/** Every data row of a CSV that must be complete and valid (no torn tail, every row parses). */
function validRows(csv: string): { rows: SweepRow[]; text: string } {
  const text = readFileSync(csv, 'utf8');
  const parsed = parseCsv(text);
  expect(parsed.error).toBeUndefined();
  expect(parsed.tornAt).toBeUndefined();
  expect(`${parsed.records[0]!.fields.join(',')}\n`).toBe(CSV_HEADER);
  const rows = parsed.records.slice(1).map((r) => rowFromRecord(r.fields));
  for (const r of rows) expect(typeof r).toBe('object');
  return { rows: rows as SweepRow[], text };
}

const keyOf = (r: SweepRow) => pointKey({ ...r.point, data: r.data, limit: r.limit });

async function waitForRows(csv: string, n: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (existsSync(csv) && readFileSync(csv, 'utf8').split('\n').length - 2 >= n) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no ${n} rows in ${csv} after ${timeoutMs} ms`);
}

describe('Ctrl-C and --resume', () => {
  it('leaves a valid CSV of the finished points, exits 130, and --resume finishes the rest once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-sigint-'));
    // The command reads the model (a float model is quantized per point, a quantized one is not); the fake
    // evaluator then ignores it.
    const model = fileURLToPath(new URL('../../../models/examples/mlp.qir', import.meta.url));
    const csv = join(dir, 'out.csv');
    const html = join(dir, 'report.html');
    const grid = ['--preset', 'w8a8,w4a8,w4a4', '--array', '8x8,16x16', '--dataflow', 'ws,os', '--csv', csv, '--html', html];
    const total = 12;

    const first = startChild(['sweep', model, ...grid], { SWEEP_CHILD_FAKE_DELAY_MS: '300' });
    await waitForRows(csv, 2, 60_000);
    first.kill();
    expect(await first.code).toBe(130);
    const interrupted = validRows(csv);
    const n = interrupted.rows.length;
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThan(total);
    expect(first.stderr()).toContain(`interrupted: ${n} of ${total} points written to ${csv}; rerun with --resume`);
    expect(new Set(interrupted.rows.map(keyOf)).size).toBe(n);
    expect(readFileSync(sidecarPath(csv), 'utf8').trim().split('\n')).toHaveLength(n);
    expect(readFileSync(html, 'utf8')).toContain('<html');

    // Without --resume the finished points are not clobbered.
    const refused = startChild(['sweep', model, ...grid], {});
    expect(await refused.code).toBe(2);
    expect(refused.stderr()).toContain('error SWP031');
    expect(readFileSync(csv, 'utf8')).toBe(interrupted.text);

    const resumed = startChild(['sweep', model, ...grid, '--resume'], {});
    expect(await resumed.code).toBe(0);
    expect(resumed.stderr()).toContain(`--resume: ${n} of ${total} points already in ${csv}; running the other ${total - n}`);
    expect(resumed.stdout()).toContain(`${total} of ${total} points in ${csv}`);
    const done = validRows(csv);
    expect(done.text.startsWith(interrupted.text)).toBe(true);
    const specs = buildGrid({ model, preset: 'w8a8,w4a8,w4a4', array: '8x8,16x16', dataflow: 'ws,os', seed: 0 });
    expect(done.rows.map(keyOf).sort()).toEqual(specs.map((s) => pointKey(s)).sort());
    const sidecar = readFileSync(sidecarPath(csv), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as SweepRow);
    expect(sidecar.map(keyOf).sort()).toEqual(done.rows.map(keyOf).sort());
    const embedded = readFileSync(html, 'utf8').match(/"points":\[/g);
    expect(embedded).not.toBeNull();
    expect((readFileSync(html, 'utf8').match(/"layers":\[/g) ?? []).length).toBe(total);

    // A rerun of a finished sweep with --resume has nothing to do.
    const again = startChild(['sweep', model, ...grid, '--resume'], {});
    expect(await again.code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toBe(done.text);
  });

  it('on worker threads: running points get the grace period, then are abandoned; resume completes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-sigint-w-'));
    const csv = join(dir, 'out.csv');
    const args = ['net.qir', 'w8a8,w4a8,w4a4', '8x8,16x16', csv, '500'];
    // Points take 1 s on 2 workers: after the first rows, SIGINT lands while two points run; with a
    // 0.5 s grace they are abandoned (terminated) rather than written.
    const first = startChild(args, { SWEEP_CHILD_TS_WORKERS: '1', SWEEP_CHILD_FAKE_DELAY_MS: '1000' });
    await waitForRows(csv, 2, 60_000);
    first.kill();
    expect(await first.code).toBe(130);
    const n = validRows(csv).rows.length;
    expect(n).toBeLessThan(6);
    expect(first.stderr()).toMatch(/interrupt: starting no more points; waiting up to 1 s for [12] running point\(s\)/);
    expect(first.stderr()).toContain(`interrupted: ${n} of 6 points written to ${csv}; rerun with --resume`);

    const resumed = startChild([...args, '--resume'], { SWEEP_CHILD_TS_WORKERS: '1' });
    expect(await resumed.code).toBe(0);
    const rows = validRows(csv).rows;
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map(keyOf)).size).toBe(6);
  });
});
