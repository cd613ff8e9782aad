// `npm run bench` part "sim", as a user sees it: `accsim sim resnet18.accbin --input x.npy` in a fresh Node
// process (cold: reading, decoding and indexing the program and packing its weights all count), timed from
// spawn to exit. One image (target ≤ 1 s) and eight images (target ≥ 5× the plain-JS GEMM rate measured in
// the same run, which the caller passes in). Figures only, nothing asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveNpy } from '../../compiler/io/npy.js';
import { makeTensor } from '../../compiler/ir/tensor.js';
import type { Program } from '../../isa/program-file.js';
import { saveProgram } from '../program-io.js';
import { seededImage } from './resnet18.js';

const ACCSIM = fileURLToPath(new URL('../../../bin/accsim.js', import.meta.url));

/** Float NCHW images [n, 3, 224, 224], seeded (the CLI quantizes them with the program's input scale, as for a user's data). */
function images(n: number): ReturnType<typeof makeTensor> {
  const per = 3 * 224 * 224;
  const data = new Float32Array(n * per);
  for (let b = 0; b < n; b++) data.set(seededImage(224, 50 + b).data as Float32Array, b * per);
  return makeTensor('f32', [n, 3, 224, 224], data);
}

/** Wall seconds of one `accsim sim` child process; undefined (and the error printed) if it failed. */
function timeCli(program: string, input: string): number | undefined {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [ACCSIM, 'sim', program, '--input', input], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status === 0) return seconds;
  process.stdout.write(`cli  accsim sim failed (exit ${r.status}): ${r.stderr.trim().split('\n')[0]}\n`);
  return undefined;
}

const best = (xs: readonly number[]): string => (xs.length === 0 ? 'n/a' : `${Math.min(...xs).toFixed(2)} s`);

/** Times the CLI on `program` (one image: best of 3 cold starts; eight images: best of 2) and prints the figures. */
export function benchSimCli(program: Program, macsPerImage: number, jsGmacs: number): void {
  const say = (s: string) => process.stdout.write(`${s}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'accsim-bench-'));
  try {
    const accbin = join(dir, 'resnet18.accbin');
    saveProgram(accbin, program);
    const inputs = { 1: join(dir, 'x1.npy'), 8: join(dir, 'x8.npy') };
    saveNpy(inputs[1], images(1));
    saveNpy(inputs[8], images(8));
    const runs = (n: 1 | 8, times: number) => Array.from({ length: times }, () => timeCli(accbin, inputs[n])).filter((s): s is number => s !== undefined);
    const one = runs(1, 3);
    say(`cli  accsim sim resnet18.accbin, 1 image, cold process: ${best(one)} wall (runs ${one.map((s) => s.toFixed(2)).join(', ')}; target <= 1 s)`);
    const eight = runs(8, 2);
    if (eight.length === 0) return;
    const wall = Math.min(...eight);
    const gmacs = (8 * macsPerImage) / wall / 1e9;
    say(`cli  accsim sim resnet18.accbin, 8 images: ${best(eight)} wall (runs ${eight.map((s) => s.toFixed(2)).join(', ')}), ${gmacs.toFixed(2)} simulated GMAC/s = ${(gmacs / jsGmacs).toFixed(2)}x the plain-JS GEMM (target >= 5x)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
