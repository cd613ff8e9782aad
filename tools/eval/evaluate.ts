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

/** Images [from, to) of a batch, as a batch. */
function sliceBatch(images: Tensor, from: number, to: number): Tensor {
  const per = numel(images.type.shape.slice(1));
  return { type: { dtype: 'f32', shape: [to - from, ...images.type.shape.slice(1)] }, data: (images.data as Float32Array).subarray(from * per, to * per) };
}

/** Images classified on this thread first, to estimate whether worker threads pay for their start-up. */
const PROBE_IMAGES = 64;
/** Starting workers (loading the modules, rebuilding the graph) costs about a second: worth it only beyond this. */
const MIN_PARALLEL_SECONDS = 3;

/**
 * Classifies every image of the batch [N, ...] and compares with the labels. The first images run on this
 * thread; when the rest would take long enough, they go to `threads` worker threads (which exist when the
 * compiled worker does: the CLI, not the in-process tests).
 */
export async function evaluate(config: EvalConfig, images: Tensor, labels: ArrayLike<number>, options: { threads?: number; progress?: Progress } = {}): Promise<EvalResult> {
  const n = images.type.shape[0]!;
  const started = performance.now();
  const probe = Math.min(n, PROBE_IMAGES);
  const predictions = new Int32Array(n);
  predictions.set(classifySequential(config.graph, config.runner, sliceBatch(images, 0, probe)));
  options.progress?.update(probe);
  const perImage = (performance.now() - started) / 1000 / probe;
  const workers = workersAvailable() ? workerCount(n - probe, options.threads) : 1;
  let threads = 1;
  if (probe < n) {
    const rest = sliceBatch(images, probe, n);
    const offset = options.progress ? { update: (done: number) => options.progress!.update(probe + done), stop: () => options.progress!.stop() } : undefined;
    if (workers > 1 && perImage * (n - probe) > MIN_PARALLEL_SECONDS) {
      threads = workers;
      predictions.set(await classifyParallel(toPayload(config.graph, config.runner), rest, workers, offset), probe);
    } else {
      predictions.set(classifySequential(config.graph, config.runner, rest, offset), probe);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  let correct = 0;
  for (let i = 0; i < n; i++) if (predictions[i] === labels[i]) correct++;
  return { config: config.name, description: config.description, images: n, correct, accuracyPct: (100 * correct) / n, imagesPerSecond: n / seconds, seconds, threads };
}
