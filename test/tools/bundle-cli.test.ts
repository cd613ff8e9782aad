// The bundled `accsim sim` (dist/bundle/, what bin/accsim.js runs for it) behaves as the compiled CLI: the same
// report, outputs and statistics on several samples with a batch worker (the worker is bundled too), and the
// same user errors and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveNpy } from '../../compiler/io/npy.js';
import { makeTensor } from '../../compiler/ir/tensor.js';
import { REPO_ROOT } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'accsim-bundle-'));

/** `node entry sim ...args` from the repository root: exit code, stdout, stderr. */
function sim(entry: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, entry), 'sim', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled accsim sim', () => {
  it('prints and writes what the compiled CLI does, with a batch worker', () => {
    const x = join(dir, 'x.npy');
    saveNpy(x, makeTensor('u8', [4, 28, 28, 1], Uint8Array.from({ length: 4 * 784 }, (_, j) => (j * 13 + (j >> 7)) & 255)));
    const run = (entry: string, tag: string) => {
      const out = join(dir, `${tag}.npy`);
      const json = join(dir, `${tag}.json`);
      const r = sim(entry, ['test/golden/sim/fmnist_cnn-w8a8-16x16-ws.accbin', '--input', x, '--threads', '2', '-o', out, '--json', json]);
      return { ...r, out: readFileSync(out), json: readFileSync(json, 'utf8') };
    };
    const bundled = run('bin/accsim.js', 'bundled');
    const compiled = run('dist/tools/accsim.js', 'compiled');
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toContain('4 sample(s)');
    expect(bundled).toEqual(compiled);
  });

  it('reports a user error as the compiled CLI does', () => {
    const args = ['test/golden/sim/fmnist_cnn-w8a8-16x16-ws.accbin', '--input', join(dir, 'missing.npy')];
    const bundled = sim('bin/accsim.js', args);
    expect(bundled.code).toBe(2);
    expect(bundled.stderr).toMatch(/^accsim: .*IO001.*missing\.npy/);
    expect(bundled).toEqual(sim('dist/tools/accsim.js', args));
  });
});
