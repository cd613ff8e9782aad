// Shards end to end with the built CLI and real points (the simulating evaluator on the tiny
// models/examples/mlp.qir): three shards of an 8-point grid, one SIGKILLed after its first point and finished with
// --resume, merged into a CSV equal byte for byte to a single `accsim sweep` of the same grid; a merge
// missing a shard names it and exits 2.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../run-cli.js';
import { startCli } from './queue/cli-process.js';

const MODEL = join(REPO_ROOT, 'models/examples/mlp.qir');
// 8 points, 10 images each: a point's cost is mostly quantizing and lowering, not images.
const GRID = ['--preset', 'w8a8,w4a4', '--array', '8x8,16x16', '--dataflow', 'ws,os', '--data', join(REPO_ROOT, 'models/data/fashion-mnist'), '--limit', '10'];

async function waitForRows(csv: string, n: number): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (existsSync(csv) && readFileSync(csv, 'utf8').split('\n').length - 2 >= n) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${csv} never had ${n} rows`);
}

describe('sweep --shard and sweep merge', () => {
  it('3 shards, one killed and resumed, merge to the single-process CSV; a missing shard is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-shards-'));
    const local = runCli(['sweep', MODEL, ...GRID, '--csv', join(dir, 'local.csv'), '--jobs', '2'], { cwd: dir });
    expect(local.code).toBe(0);
    const shard = (i: number, extra: string[] = []) => ['sweep', MODEL, ...GRID, '--csv', join(dir, `shard-${i}.csv`), '--shard', `${i}/3`, '--jobs', '1', ...extra];
    for (const i of [0, 2]) expect(runCli(shard(i), { cwd: dir }).code).toBe(0);

    const killed = startCli(shard(1), dir);
    await waitForRows(join(dir, 'shard-1.csv'), 1);
    killed.kill('SIGKILL');
    await killed.exit;
    const partial = readFileSync(join(dir, 'shard-1.csv'), 'utf8').split('\n').length - 2;
    expect(partial).toBeLessThan(3);

    const merged = join(dir, 'all.csv');
    const early = runCli(['sweep', 'merge', join(dir, 'shard-0.csv'), join(dir, 'shard-1.csv'), join(dir, 'shard-2.csv'), '--csv', merged], { cwd: dir });
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/^accsim: error SWP056: \d+ of 8 points are missing, nothing written: shard 1\/3 \(.*shard-1\.csv lacks them; rerun it with --resume\): /);
    expect(existsSync(merged)).toBe(false);

    // Rerun with other flags is refused by the stamp; the same command with --resume finishes the shard.
    const wrong = runCli(['sweep', MODEL, ...GRID, '--seed', '9', '--csv', join(dir, 'shard-1.csv'), '--shard', '1/3', '--resume'], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('error SWP051');
    const resumed = runCli(shard(1, ['--resume']), { cwd: dir });
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`--resume: ${partial} of 3 points already in`);

    const ok = runCli(['sweep', 'merge', join(dir, 'shard-2.csv'), join(dir, 'shard-0.csv'), join(dir, 'shard-1.csv'), '--csv', merged, '--html', join(dir, 'all.html')], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(readFileSync(merged, 'utf8')).toBe(readFileSync(join(dir, 'local.csv'), 'utf8'));
    expect(readFileSync(`${merged}.points.jsonl`, 'utf8')).toBe(readFileSync(join(dir, 'local.csv.points.jsonl'), 'utf8'));
    expect(readFileSync(join(dir, 'all.html'), 'utf8')).toContain('<html');

    const missing = runCli(['sweep', 'merge', join(dir, 'shard-0.csv'), join(dir, 'shard-2.csv'), '--csv', join(dir, 'x.csv')], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^accsim: error SWP056: 3 of 8 points are missing, nothing written: shard 1\/3 \(no file given for it; run it\): w8a8@8x8\/os, w4a4@8x8\/ws, w4a4@16x16\/os\n$/);
  }, 120_000);
});
