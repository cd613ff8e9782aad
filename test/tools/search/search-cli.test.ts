// `accsim sensitivity` and `accsim search` end to end on a few calibration images, run as a user would
// (the built CLI, worker threads) with a preload that records every file any thread opens: no test-split
// file is ever opened. The search's front is verified bit-exact, and its config.json is a --config file
// `accsim quantize` takes.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, runCli } from '../run-cli.js';
import { parseQuantConfig } from '../../../compiler/quant/presets.js';
import type { SearchReport } from '../../../tools/search/search-types.js';
import type { SensitivityReport } from '../../../tools/search/sensitivity-run.js';

const SPY = fileURLToPath(new URL('../fs-spy-preload.mjs', import.meta.url));
const BIN = fileURLToPath(new URL('../../../bin/accsim.js', import.meta.url));

/** Runs the CLI with the fs spy; returns the exit code, output and every path opened. */
function spied(args: string[], dir: string): { code: number; stdout: string; stderr: string; opened: string[] } {
  const log = join(dir, `opened-${args[0]}.log`);
  const r = spawnSync(process.execPath, ['--import', SPY, BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ACCSIM_FS_SPY_LOG: log }, timeout: 900_000 });
  let opened: string[] = [];
  try {
    opened = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } catch {
    opened = [];
  }
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, opened };
}

describe('sensitivity and search on the CLI', () => {
  it('never open the test split, in any thread; the front is bit-exact and config.json quantizes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-search-'));
    try {
      const common = ['models/fmnist_cnn.qir', '--calib', 'models/data/fashion-mnist', '--calib-limit', '24', '--widths', '8,4,a4', '--jobs', '2'];
      const sens = spied(['sensitivity', ...common, '--json', join(dir, 'sens.json'), '--html', join(dir, 'sens.html')], dir);
      expect(sens.stderr).toBe('');
      expect(sens.code).toBe(0);
      const report = JSON.parse(readFileSync(join(dir, 'sens.json'), 'utf8')) as SensitivityReport;
      expect(report.layers.map((l) => l.name)).toEqual(['conv1/Conv', 'conv2/Conv', 'conv3/Conv', 'logits']);
      // The order asked for is kept in `widths`; a JSON object lists integer-like keys ('4', '8') first, ascending.
      expect(report.widths).toEqual(['8', '4', 'a4']);
      for (const l of report.layers) expect(Object.keys(l.alone).sort()).toEqual(['4', '8', 'a4']);
      expect(report.samples).toBe(12);
      expect(readFileSync(join(dir, 'sens.html'), 'utf8')).toContain('chart-sensitivity');

      const search = spied(['search', ...common, '--array', '8x8', '--presets', 'w8a8,w4a4', '--max-steps', '1', '--verify-samples', '2', '--probe-samples', '8',
        '-o', join(dir, 'config.json'), '--json', join(dir, 'search.json'), '--html', join(dir, 'front.html')], dir);
      expect(search.stderr).toBe('');
      const s = JSON.parse(readFileSync(join(dir, 'search.json'), 'utf8')) as SearchReport;
      expect([s.samples, s.probeSamples]).toEqual([12, 8]);
      // Every probe of every layer (--widths 8,4,a4) was either run or skipped by the pruning, and the terminal says so.
      expect(s.pruning!.probes.run + s.pruning!.probes.skipped).toBe(4 * 3);
      expect(search.stdout).toContain('options pruned:');
      const front = s.points.filter((p) => p.onFront);
      expect(front.length).toBeGreaterThan(0);
      for (const p of front) expect(p.verified).toMatchObject({ bitExact: true, samples: 2, mismatchedElements: 0 });
      // Energy from the cache is exact: the front's simulated energy equals its estimate (to the rounding of the sum).
      for (const p of front) expect(Math.abs(p.verified!.energyPj - p.estimate.energyPj) / p.estimate.energyPj).toBeLessThan(1e-9);
      expect(s.points.map((p) => p.origin).slice(0, 3)).toEqual(['base', 'uniform w8a8', 'uniform w4a4']);
      if (s.chosen !== null) {
        expect(search.code).toBe(0);
        const configText = readFileSync(join(dir, 'config.json'), 'utf8');
        expect(parseQuantConfig(configText, 'config.json').preset).toBe('w8a8');
        const q = runCli(['quantize', 'models/fmnist_cnn.qir', '--config', join(dir, 'config.json'), '--calib', 'models/data/fashion-mnist', '--calib-limit', '12', '-o', join(dir, 'q.qir')]);
        expect(q.code).toBe(0);
      }
      for (const r of [sens, search]) {
        expect(r.opened.filter((p) => /t10k/i.test(p))).toEqual([]);
        // Worker threads were spied on too: every thread read the calibration images.
        expect(r.opened.filter((p) => p.includes('calib-1000-images')).length).toBeGreaterThanOrEqual(3);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 1_800_000);
});
