// The fp8 rule is chosen by tools/fp8-scale-choice.ts on the calibration split's held-out half: its data comes
// through the choice-data loader, so the run never opens the test split (every opened path is recorded by the
// fs spy preloaded into the built tool, dist/, which `npm test` builds first).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './run-cli.js';

const SPY = fileURLToPath(new URL('./fs-spy-preload.mjs', import.meta.url));
const TOOL = fileURLToPath(new URL('../../dist/tools/fp8-scale-choice.js', import.meta.url));

describe('fp8-scale-choice', () => {
  it('reads only the calibration split, halved: calibrates on the first half and judges the rules on the held-out half', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-fp8-choice-'));
    try {
      const log = join(dir, 'opened.log');
      const r = spawnSync(process.execPath, ['--import', SPY, TOOL, 'fmnist_mlp', 'mse/mse/i0,mse/mse/i0+arpw,mse/mse/i0+q1+arpw', '--limit', '20'],
        { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ACCSIM_FS_SPY_LOG: log }, timeout: 300_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      // FP32 and the three rules (the last gives GEMM 1 per-channel weights), each judged on the 10 held-out images of the first 20.
      expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[1])).toEqual(['fp32', 'mse/mse/i0', 'mse/mse/i0+arpw', 'mse/mse/i0+q1+arpw']);
      expect(r.stdout).toMatch(/held-out top-1 \d+\.\d loss \d\.\d{4}/);
      const data = readFileSync(log, 'utf8').split('\n').filter((p) => p.includes('fashion-mnist'));
      expect(data.some((p) => p.includes('calib-1000'))).toBe(true);
      // Only the part from the data folder on: the checkout's own path may contain 'test' (a worktree named test7 did).
      expect(data.filter((p) => /t10k|test/i.test(p.slice(p.indexOf('fashion-mnist'))))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
