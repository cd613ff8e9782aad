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
