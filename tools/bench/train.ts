// Benchmark: QAT training throughput, images/s of forward + backward with fake quantization (and the
// optimizer step) for fmnist_cnn at W4A4, on one core (this thread) and on worker threads (every core).
// BENCH_TRAIN_STEPS sets the timed steps (default 40, batch 128, after 3 warm-up steps).
import { availableParallelism } from 'node:os';
import { loadQir } from '../../compiler/qir/load.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';
import type { LabelledData } from '../../compiler/train/dataset.js';
import { qatPreset } from '../../compiler/qat/qat-presets.js';
import { prepareQat, runQat } from '../../compiler/qat/run-qat.js';
import { trainWorkersAvailable } from '../../compiler/train/worker-pool.js';

export interface TrainFigure {
  readonly model: string;
  readonly preset: string;
  readonly threads: number;
  /** Wall-clock throughput. */
  readonly imagesPerSecond: number;
  /** Images per second of CPU time used by the process (all threads): the per-core speed, whatever else runs on the machine. */
  readonly imagesPerCpuSecond: number;
}

const WARM_UP = 3;
const BATCH = 128;

/** Images/s of QAT steps for `model` at `preset` with `threads` workers (0: this thread). */
async function measure(model: string, preset: string, threads: number, steps: number, data: LabelledData): Promise<{ wall: number; cpu: number }> {
  const p = qatPreset(preset);
  const calib = { type: { dtype: 'f32' as const, shape: [200, 1, 28, 28] }, data: data.images.subarray(0, 200 * 784) };
  const setup = prepareQat(loadQir(`models/${model}.qir`), p, calib);
  const n = (steps + WARM_UP) * BATCH;
  const per = 784;
  // The images repeat: the speed does not depend on which images a batch holds.
  const images = new Float32Array(n * per);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    images.set(data.images.subarray((i % data.count) * per, (i % data.count + 1) * per), i * per);
    labels[i] = data.labels[i % data.count]!;
  }
  const train: LabelledData = { images, labels, count: n, sample: [1, 28, 28], source: 'bench' };
  const heldOut: LabelledData = { ...train, images: images.subarray(0, 2 * per), labels: labels.subarray(0, 2), count: 2 };
  let start = 0;
  let end = 0;
  let cpu0 = process.cpuUsage();
  let cpu = 0;
  const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
  await runQat(setup, { train, heldOut }, {
    recipe: { ...p.recipe, epochs: 1, batch: BATCH }, seed: 1, threads,
    hooks: {
      onTick: (t) => {
        if (t.step === WARM_UP) [start, cpu0] = [performance.now(), process.cpuUsage()];
        if (t.step === t.steps && end === 0) [end, cpu] = [performance.now(), cpuSeconds(process.cpuUsage(cpu0))];
      },
    },
  });
  return { wall: (steps * BATCH) / ((end - start) / 1000), cpu: (steps * BATCH) / cpu };
}

/** Prints and returns the training throughput on one core and on every core. */
export async function benchTrain(steps = Number(process.env['BENCH_TRAIN_STEPS'] ?? '40')): Promise<TrainFigure[]> {
  const data = loadFashionMnist('models/data/fashion-mnist', 'calib');
  const set: LabelledData = { images: data.images.data as Float32Array, labels: data.labels, count: data.count, sample: [1, 28, 28], source: 'calib' };
  const figures: TrainFigure[] = [];
  const cores = availableParallelism();
  const runs: [string, number][] = [['1 core (this thread)', 0]];
  if (trainWorkersAvailable()) runs.push([`${cores} worker threads`, cores]);
  for (const [label, threads] of runs) {
    const r = await measure('fmnist_cnn', 'w4a4', threads, steps, set);
    figures.push({ model: 'fmnist_cnn', preset: 'w4a4', threads: Math.max(1, threads), imagesPerSecond: r.wall, imagesPerCpuSecond: r.cpu });
    process.stdout.write(`qat train   fmnist_cnn w4a4  ${label.padEnd(22)} ${r.wall.toFixed(0).padStart(6)} images/s wall, ${r.cpu.toFixed(0).padStart(5)} images per CPU-second  (forward + backward + Adam, batch ${BATCH})\n`);
  }
  if (figures.length > 1) process.stdout.write(`            per core with ${cores} workers: ${(figures[1]!.imagesPerSecond / cores).toFixed(0)} images/s wall\n`);
  return figures;
}
