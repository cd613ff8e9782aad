// `accsim qat` end to end as a user runs it (the built CLI): a short QAT on a few hundred training images
// (.npy written from the shipped calibration split), byte-identical output for one and two worker threads,
// Ctrl-C writes a checkpoint and --resume finishes the same model, and eval/sweep take the result.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readIdx } from '../../compiler/data/idx.js';
import { saveNpy } from '../../compiler/io/npy.js';
import { makeTensor } from '../../compiler/ir/tensor.js';
import { REPO_ROOT, runCli } from './run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/accsim.js', import.meta.url));

/** images.npy (uint8 [300,28,28]) and labels.npy of the first 300 training images, in a fresh folder. */
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'accsim-qat-data-'));
  const images = readIdx(new Uint8Array(readFileSync(join(REPO_ROOT, 'models/data/fashion-mnist/calib-1000-images-idx3-ubyte.gz'))));
  const labels = readIdx(new Uint8Array(readFileSync(join(REPO_ROOT, 'models/data/fashion-mnist/calib-1000-labels-idx1-ubyte.gz'))));
  saveNpy(join(dir, 'images.npy'), makeTensor('u8', [300, 28, 28], images.data.slice(0, 300 * 784)));
  saveNpy(join(dir, 'labels.npy'), makeTensor('u8', [300], labels.data.slice(0, 300)));
  return dir;
}

const bytes = (dir: string) => ({ qir: readFileSync(join(dir, 'm.qir'), 'utf8'), weights: readFileSync(join(dir, 'm.safetensors')) });

describe('accsim qat', () => {
  const data = dataDir();
  const args = (out: string, extra: string[]) => ['qat', 'models/fmnist_cnn.qir', '--preset', 'w4a4', '--data', data, '--holdout', '60', '--batch', '32', '--calib-images', '50', '-o', join(out, 'm.qir'), ...extra];

  it('trains, writes an integer .qir that eval and sweep take, and gives the same bytes on one or two threads', () => {
    const one = mkdtempSync(join(tmpdir(), 'accsim-qat-1-'));
    const two = mkdtempSync(join(tmpdir(), 'accsim-qat-2-'));
    const r1 = runCli(args(one, ['--epochs', '1', '--threads', '1']));
    expect(r1.code, r1.stderr).toBe(0);
    expect(r1.stdout).toMatch(/held-out \(60 training images\): PTQ init [\d.]+%, QAT fake-quant ([\d.]+)% \(epoch 1\), integer reference \1%/);
    const r2 = runCli(args(two, ['--epochs', '1', '--threads', '2']));
    expect(r2.code, r2.stderr).toBe(0);
    expect(bytes(two)).toEqual(bytes(one));
    const e = runCli(['eval', join(one, 'm.qir'), '--split', 'calib', '--limit', '40']);
    expect(e.code, e.stderr).toBe(0);
    expect(e.stdout).toMatch(/integer reference \(quantized model as given\)/);
    const s = runCli(['sweep', join(one, 'm.qir'), '--array', '8x8', '--csv', join(one, 'sweep.csv'), '--jobs', '1']);
    expect(s.code, s.stderr + s.stdout).toBe(0);
    const csv = readFileSync(join(one, 'sweep.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('as-given');
  });

  it('Ctrl-C writes a checkpoint (exit 130) and --resume finishes the model an uninterrupted run writes', async () => {
    const full = mkdtempSync(join(tmpdir(), 'accsim-qat-full-'));
    const cut = mkdtempSync(join(tmpdir(), 'accsim-qat-cut-'));
    const r = runCli(args(full, ['--epochs', '3', '--threads', '2']));
    expect(r.code, r.stderr).toBe(0);
    const child = spawn(process.execPath, [BIN, ...args(cut, ['--epochs', '3', '--threads', '2'])], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let err = '';
    let sent = false;
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      // After the first epoch two remain: stop there (once: a second Ctrl-C after the checkpoint is the default kill).
      if (!sent && err.includes('epoch 1/3')) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, err).toBe(130);
    expect(err).toMatch(/checkpoint written to .*m\.qir\.ckpt; continue with --resume/);
    const ckpt = join(cut, 'm.qir.ckpt');
    expect(existsSync(ckpt)).toBe(true);
    expect(existsSync(join(cut, 'm.qir'))).toBe(false);
    // Another recipe cannot continue this run.
    const other = runCli(args(cut, ['--epochs', '2', '--resume', ckpt]));
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/TRN021/);
    const resumed = runCli(args(cut, ['--epochs', '3', '--threads', '1', '--resume', ckpt]));
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(bytes(cut)).toEqual(bytes(full));
    // The default checkpoint is removed once the model is written.
    expect(existsSync(ckpt)).toBe(false);
  });
});
