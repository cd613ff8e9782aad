// The CLI in shell pipelines: a reader that closes early (head, less) ends accsim quietly with status 0,
// and a failing standard output (a full disk) is one line and exit 2, never a stack trace.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, runCli } from './run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/accsim.js', import.meta.url));

/** Runs accsim with its standard output's reading end closed before the first byte is written. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
}

let program: string;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'accsim-pipes-'));
  program = join(dir, 'tile.accbin');
  const r = runCli(['asm', 'test/isa/golden/matmul-tile.s', '-o', program]);
  expect(r.code, r.stderr).toBe(0);
});

describe('a closed pipe on standard output', () => {
  it.each([
    ['disasm', () => ['disasm', program]],
    ['check', () => ['check', 'models/fmnist_cnn.qir']],
    ['fmt', () => ['fmt', 'models/fmnist_mlp.qir']],
    ['--help', () => ['--help']],
  ])('%s ends with status 0 and nothing on stderr', async (_name, args) => {
    const r = await withClosedStdout(args());
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
  });

  it('`accsim disasm p.accbin | head -1` prints one line and the pipeline succeeds (pipefail)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" disasm "${program}" | head -1`], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stdout).toMatch(/^; tile\.accbin/);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('a failing standard output', () => {
  it.runIf(process.platform === 'linux')('is one line on stderr and exit 2 (/dev/full: ENOSPC)', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" disasm "${program}" > /dev/full`], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('accsim: error IO006: cannot write to standard output: ENOSPC\n');
    expect(r.status).toBe(2);
  });
});
