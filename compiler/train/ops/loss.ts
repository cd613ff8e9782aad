// Softmax cross-entropy on logits [n][classes], the training loss. A shard's loss and gradient are
// divided by the WHOLE batch size, so the sum of the shards' gradients is the gradient of the batch mean.
//   loss = Σ_i −log softmax(z_i)[y_i] / B;   dz_i = (softmax(z_i) − onehot(y_i)) / B

/** The loss summed over the shard (divided by `batchSize`), the logits' gradient, and the correct predictions (argmax, first wins). */
export function softmaxCrossEntropy(logits: Float32Array, labels: ArrayLike<number>, classes: number, batchSize: number): { loss: number; grad: Float32Array; correct: number } {
  const n = logits.length / classes;
  const grad = new Float32Array(logits.length);
  let loss = 0;
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const row = i * classes;
    let max = -Infinity;
    let arg = 0;
    for (let j = 0; j < classes; j++) {
      if (logits[row + j]! > max) {
        max = logits[row + j]!;
        arg = j;
      }
    }
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += Math.exp(logits[row + j]! - max);
    const label = labels[i]!;
    loss += (Math.log(sum) - (logits[row + label]! - max)) / batchSize;
    for (let j = 0; j < classes; j++) grad[row + j] = (Math.exp(logits[row + j]! - max) / sum - (j === label ? 1 : 0)) / batchSize;
    if (arg === label) correct++;
  }
  return { loss, grad, correct };
}

/** Distillation from a teacher's logits (Hinton et al. 2015): its weight in the loss and the temperature T. */
export interface Distillation {
  readonly weight: number;
  readonly temperature: number;
}

/**
 * (1 − w)·cross-entropy with the labels + w·T²·KL(softmax(t/T) ‖ softmax(z/T)) with the teacher's logits t,
 * per sample, divided by the whole batch size (as softmaxCrossEntropy). Gradient per logit:
 *   ((1 − w)·(softmax(z) − onehot) + w·T·(softmax(z/T) − softmax(t/T))) / B
 */
export function distillationLoss(logits: Float32Array, teacher: Float32Array, labels: ArrayLike<number>, classes: number, batchSize: number, d: Distillation): { loss: number; grad: Float32Array; correct: number } {
  const hard = softmaxCrossEntropy(logits, labels, classes, batchSize);
  const n = logits.length / classes;
  const T = d.temperature;
  const w = d.weight;
  const grad = new Float32Array(logits.length);
  let kl = 0;
  const softmax = (v: Float32Array, row: number, out: Float64Array): void => {
    let max = -Infinity;
    for (let j = 0; j < classes; j++) max = Math.max(max, v[row + j]! / T);
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += (out[j] = Math.exp(v[row + j]! / T - max));
    for (let j = 0; j < classes; j++) out[j]! /= sum;
  };
  const ps = new Float64Array(classes);
  const pt = new Float64Array(classes);
  for (let i = 0; i < n; i++) {
    const row = i * classes;
    softmax(logits, row, ps);
    softmax(teacher, row, pt);
    for (let j = 0; j < classes; j++) {
      if (pt[j]! > 0) kl += (T * T * pt[j]! * (Math.log(pt[j]!) - Math.log(Math.max(ps[j]!, 1e-300)))) / batchSize;
      grad[row + j] = (1 - w) * hard.grad[row + j]! + (w * T * (ps[j]! - pt[j]!)) / batchSize;
    }
  }
  return { loss: (1 - w) * hard.loss + w * kl, grad, correct: hard.correct };
}
