// Top-1 accuracy of one classifier configuration over a labelled image set, with throughput.
import type { Tensor } from '../../compiler/ir/tensor.js';
import { numel } from '../../compiler/ir/tensor.js';
import type { Progress } from '../progress.js';

/** A configuration to evaluate: a name and a function from one preprocessed image [1,...] to its logits. */
export interface EvalConfig {
  readonly name: string;
  readonly description: string;
  classify(image: Tensor): ArrayLike<number>;
}

export interface EvalResult {
  config: string;
  description: string;
  images: number;
  correct: number;
  accuracyPct: number;
  imagesPerSecond: number;
  seconds: number;
}

/** Index of the largest logit (first one on ties). */
export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

/** Runs `config` over every image of the batch tensor [N, ...] and compares argmax with the labels. */
export function evaluate(config: EvalConfig, images: Tensor, labels: Uint8Array, progress?: Progress): EvalResult {
  const n = images.type.shape[0]!;
  const sampleShape = [1, ...images.type.shape.slice(1)];
  const per = numel(sampleShape);
  const data = images.data as Float32Array;
  const started = performance.now();
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const image: Tensor = { type: { dtype: 'f32', shape: sampleShape }, data: data.subarray(i * per, (i + 1) * per) };
    if (argmax(config.classify(image)) === labels[i]) correct++;
    if (progress && (i & 63) === 0) progress.update(i);
  }
  progress?.update(n);
  const seconds = (performance.now() - started) / 1000;
  return { config: config.name, description: config.description, images: n, correct, accuracyPct: (100 * correct) / n, imagesPerSecond: n / seconds, seconds };
}
