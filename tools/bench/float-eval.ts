// Benchmark: float-reference evaluation throughput (images/s) of each shipped model, one thread and all cores.
import { loadQir } from '../../compiler/qir/load.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';
import { evaluate } from '../eval/evaluate.js';
import { availableParallelism } from 'node:os';

const MODELS = ['fmnist_mlp', 'fmnist_cnn', 'fmnist_dwsep'];

export interface FloatEvalFigure {
  model: string;
  images: number;
  threads: number;
  imagesPerSecond: number;
  accuracyPct: number;
}

/** Evaluates `images` test images per model with 1 thread and with every core; prints and returns the figures. */
export async function benchFloatEval(images: number): Promise<FloatEvalFigure[]> {
  const data = loadFashionMnist('models/data/fashion-mnist', 'test', images);
  const figures: FloatEvalFigure[] = [];
  for (const model of MODELS) {
    const graph = loadQir(`models/${model}.qir`);
    for (const threads of [...new Set([1, availableParallelism()])]) {
      const r = await evaluate({ name: 'fp32', description: 'float', graph, runner: 'float' }, data.images, data.labels, { threads });
      figures.push({ model, images: r.images, threads: r.threads, imagesPerSecond: r.imagesPerSecond, accuracyPct: r.accuracyPct });
      process.stdout.write(`float eval  ${model.padEnd(13)} ${String(r.threads).padStart(2)} thread(s)  ${r.imagesPerSecond.toFixed(0).padStart(6)} images/s  (top-1 ${r.accuracyPct.toFixed(2)}% on ${r.images})\n`);
    }
  }
  return figures;
}
