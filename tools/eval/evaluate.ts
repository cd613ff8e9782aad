// Top-1 accuracy of one model configuration over a labelled image set, with throughput.
import type { Graph } from '../../compiler/ir/graph.js';
import type { Tensor } from '../../compiler/ir/tensor.js';
import { numel } from '../../compiler/ir/tensor.js';
import type { Progress } from '../progress.js';
import { type Runner, classifierFor, toPayload } from './model-payload.js';
import { classifyParallel, workerCount, workersAvailable } from './eval-pool.js';

/** A configuration to evaluate: a graph (float or quantized) and the interpreter that runs it. */
export interface EvalConfig {
  readonly name: string;
  readonly description: string;
  readonly graph: Graph;
  readonly runner: Runner;
}

export interface EvalResult {
  config: string;
  description: string;
  images: number;
  correct: number;
  accuracyPct: number;
  imagesPerSecond: number;
  seconds: number;
  threads: number;
}

/** Index of the largest logit (first one on ties). */
export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

/** Predicted class of every image on this thread. */
export function classifySequential(graph: Graph, runner: Runner, images: Tensor, progress?: Progress): Int32Array {
  const classify = classifierFor(graph, runner);
  const n = images.type.shape[0]!;
  const sampleShape = [1, ...images.type.shape.slice(1)];
  const per = numel(sampleShape);
  const data = images.data as Float32Array;
  const predictions = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    predictions[i] = argmax(classify({ type: { dtype: 'f32', shape: sampleShape }, data: data.subarray(i * per, (i + 1) * per) }));
    if (progress && (i & 31) === 0) progress.update(i);
  }
  progress?.update(n);
  return predictions;
}

/**
 * Classifies every image of the batch [N, ...] and compares with the labels. Uses `threads` worker
 * threads when the compiled worker exists (the CLI), else this thread (in-process tests).
 */
export async function evaluate(config: EvalConfig, images: Tensor, labels: Uint8Array, options: { threads?: number; progress?: Progress } = {}): Promise<EvalResult> {
  const n = images.type.shape[0]!;
  const threads = workersAvailable() ? workerCount(n, options.threads) : 1;
  const started = performance.now();
  const predictions = threads > 1
    ? await classifyParallel(toPayload(config.graph, config.runner), images, threads, options.progress)
    : classifySequential(config.graph, config.runner, images, options.progress);
  const seconds = (performance.now() - started) / 1000;
  let correct = 0;
  for (let i = 0; i < n; i++) if (predictions[i] === labels[i]) correct++;
  return { config: config.name, description: config.description, images: n, correct, accuracyPct: (100 * correct) / n, imagesPerSecond: n / seconds, seconds, threads };
}
