// `npm run bench` part "sim", as a user sees it: `accsim sim resnet18.accbin --input x.npy` in a fresh Node
// process (cold: reading, decoding and indexing the program and packing its weights all count), timed from
// spawn to exit. One image (target ≤ 1 s) and eight images (target ≥ 5× the plain-JS GEMM rate measured in
// the same run, which the caller passes in), by default and on two threads. Figures only, nothing asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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

/** CPU seconds of this process's waited-for children (Linux /proc, 10 ms ticks); undefined elsewhere. */
function childrenCpu(): number | undefined {
  try {
    // Fields after the parenthesised command name: state is field 3, cutime and cstime are fields 16 and 17.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return undefined;
  }
}

/** Wall and CPU seconds (all its threads; undefined if unknown) of one `accsim sim` child process; undefined
 *  (and the error printed) if it failed. */
function timeCli(program: string, input: string, extra: readonly string[] = []): { wall: number; cpu: number | undefined } | undefined {
  const c0 = childrenCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [ACCSIM, 'sim', program, '--input', input, ...extra], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = (performance.now() - t0) / 1000;
  const c1 = childrenCpu();
  if (r.status === 0) return { wall, cpu: c0 === undefined || c1 === undefined ? undefined : c1 - c0 };
  process.stdout.write(`cli  accsim sim failed (exit ${r.status}): ${r.stderr.trim().split('\n')[0]}\n`);
  return undefined;
}

type Timing = NonNullable<ReturnType<typeof timeCli>>;
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]!;
/** "best b s, median m s (runs …)" of the wall times and, when known, of the CPU times. */
function summary(xs: readonly Timing[]): string {
  if (xs.length === 0) return 'n/a';
  const walls = xs.map((x) => x.wall);
  const cpus = xs.every((x) => x.cpu !== undefined) ? xs.map((x) => x.cpu!) : undefined;
  const list = (v: readonly number[]) => v.map((x) => x.toFixed(2)).join(', ');
  const wall = `wall best ${Math.min(...walls).toFixed(2)} s, median ${median(walls).toFixed(2)} s (runs ${list(walls)})`;
  return cpus === undefined ? `${wall}; CPU n/a` : `${wall}; CPU best ${Math.min(...cpus).toFixed(2)} s, median ${median(cpus).toFixed(2)} s (${list(cpus)})`;
}

/** Times the CLI on `program` (one image: 5 cold starts; eight images: 3, then 3 with --threads 2) and prints best and median wall and CPU
 *  (`jsGmacs`, `jsCpuGmacs`: the plain-JS GEMM rate by wall and by CPU time, measured by the caller). */
export function benchSimCli(program: Program, macsPerImage: number, jsGmacs: number, jsCpuGmacs: number): void {
  const say = (s: string) => process.stdout.write(`${s}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'accsim-bench-'));
  try {
    const accbin = join(dir, 'resnet18.accbin');
    saveProgram(accbin, program);
    const inputs = { 1: join(dir, 'x1.npy'), 8: join(dir, 'x8.npy') };
    saveNpy(inputs[1], images(1));
    saveNpy(inputs[8], images(8));
    const runs = (n: 1 | 8, times: number, extra: readonly string[] = []) => Array.from({ length: times }, () => timeCli(accbin, inputs[n], extra)).filter((s): s is Timing => s !== undefined);
    const load = () => `load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
    const one = runs(1, 5);
    say(`cli  accsim sim resnet18.accbin, 1 image, cold process: ${summary(one)} (target wall <= 1 s; ${load()})`);
    const eight = runs(8, 3);
    if (eight.length === 0) return;
    const rate = (seconds: number) => (8 * macsPerImage) / seconds / 1e9;
    const best = Math.min(...eight.map((x) => x.wall));
    const mid = median(eight.map((x) => x.wall));
    say(`cli  accsim sim resnet18.accbin, 8 images: ${summary(eight)} (${load()})`);
    say(`cli    ${rate(best).toFixed(2)} simulated GMAC/s at the best run = ${(rate(best) / jsGmacs).toFixed(2)}x the plain-JS GEMM (target >= 5x); at the median ${(rate(mid) / jsGmacs).toFixed(2)}x`);
    // On a shared machine the wall time measures the load as much as accsim: the CPU seconds (all threads,
    // start-up included) per simulated MAC, against the plain-JS GEMM's CPU-time rate, are the steadier figure
    // (per core: a lower bound of what several threads reach on an idle machine).
    if (eight.every((x) => x.cpu !== undefined)) {
      const cpu = Math.min(...eight.map((x) => x.cpu!));
      say(`cli    by CPU time: ${cpu.toFixed(2)} CPU s best, ${rate(cpu).toFixed(2)} simulated GMAC per CPU second = ${(rate(cpu) / jsCpuGmacs).toFixed(2)}x the plain-JS GEMM per CPU second`);
    }
    // The same eight on two threads: a worker isolate pays its own cold start (JIT, weight packing, window-cost
    // memo), so whether it pays off for eight images (run-batch.ts MIN_IMAGES_PER_THREAD) is measured beside the default.
    const two = runs(8, 3, ['--threads', '2']);
    if (two.length > 0) {
      const bestTwo = Math.min(...two.map((x) => x.wall));
      say(`cli  8 images, --threads 2: ${summary(two)}; ${(rate(bestTwo) / jsGmacs).toFixed(2)}x the plain-JS GEMM at the best run (${load()})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
