// A training network: layers in graph (topological) order over named values, run forward on a shard of
// a batch and backward from the loss, gradients summed where a value feeds several layers.
import { type Act, actFromNchw } from './act.js';
import type { Layer, LayerFactories, LayerSpecBase, RunContext } from './layer.js';
import { assert } from '../../core/diagnostics.js';
import { type Distillation, distillationLoss, softmaxCrossEntropy } from './ops/loss.js';

/**
 * Everything a worker needs to rebuild a network (JSON-serializable): the input value and its per-sample
 * shape, the logits value, the layers, and the sizes of the flat parameter, buffer and statistics arrays.
 */
export interface NetSpec {
  readonly input: string;
  /** [C, H, W] or [F]. */
  readonly sample: readonly number[];
  readonly output: string;
  readonly classes: number;
  readonly layers: readonly LayerSpecBase[];
  readonly paramCount: number;
  readonly bufferCount: number;
  readonly statsCount: number;
}

/** Loss and correct predictions of one shard. */
export interface ShardResult {
  readonly loss: number;
  readonly correct: number;
}

export class Net {
  readonly layers: readonly Layer[];

  constructor(readonly spec: NetSpec, factories: LayerFactories) {
    this.layers = spec.layers.map((s) => {
      const make = factories.layers[s.kind];
      assert(make !== undefined, `no factory for training layer kind '${s.kind}'`);
      return make(s);
    });
  }

  /** The logits [n][classes] of n samples (NCHW data, the graph's order). */
  forward(images: Float32Array, n: number, ctx: RunContext): Act {
    const env = new Map<string, Act>([[this.spec.input, actFromNchw(images, n, this.spec.sample)]]);
    for (const layer of this.layers) {
      const xs = layer.inputs.map((name) => {
        const a = env.get(name);
        assert(a !== undefined, `training layer ${layer.name} reads ${name} before it is computed`);
        return a;
      });
      env.set(layer.name, layer.forward(xs, ctx));
    }
    const out = env.get(this.spec.output);
    assert(out !== undefined, `the network never computes its output ${this.spec.output}`);
    return out;
  }

  /** Backward from the logits' gradient: every layer adds its parameter gradients to ctx.grads. */
  backward(dLogits: Float32Array, ctx: RunContext): void {
    const grads = new Map<string, Float32Array>([[this.spec.output, dLogits]]);
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i]!;
      const dy = grads.get(layer.name);
      if (dy === undefined) continue;
      grads.delete(layer.name);
      const dxs = layer.backward(dy, ctx);
      layer.inputs.forEach((name, k) => {
        const dx = dxs[k];
        if (dx === undefined) return;
        const have = grads.get(name);
        if (have === undefined) grads.set(name, dx);
        else for (let j = 0; j < have.length; j++) have[j]! += dx[j]!;
      });
    }
  }

  /**
   * One shard's forward and backward (train mode): the loss divided by the whole batch size `batchSize`;
   * with a teacher's logits of the same samples, the distillation loss instead of plain cross-entropy.
   */
  trainShard(images: Float32Array, labels: ArrayLike<number>, n: number, batchSize: number, ctx: RunContext, teacher?: { logits: Float32Array; d: Distillation }): ShardResult {
    const logits = this.forward(images, n, ctx);
    const { loss, grad, correct } = teacher
      ? distillationLoss(logits.data, teacher.logits, labels, this.spec.classes, batchSize, teacher.d)
      : softmaxCrossEntropy(logits.data, labels, this.spec.classes, batchSize);
    this.backward(grad, ctx);
    return { loss, correct };
  }

  /** Predicted class (argmax, first wins) of n samples, in eval mode. */
  predict(images: Float32Array, n: number, ctx: RunContext): Int32Array {
    const logits = this.forward(images, n, ctx).data;
    const k = this.spec.classes;
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let j = 1; j < k; j++) if (logits[i * k + j]! > logits[i * k + best]!) best = j;
      out[i] = best;
    }
    return out;
  }
}
