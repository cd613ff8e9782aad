// Data-parallel training state and the work of one shard. A batch is split into a FIXED number of
// shards (not one per thread): every shard's gradient is computed by the same code on the same images
// whichever thread runs it, and the trainer sums the shards in shard order, so results are byte-identical
// for any thread count and any timing.
import type { LabelledData } from './dataset.js';
import type { RunContext } from './layer.js';
import type { Net, NetSpec } from './net.js';
import type { Distillation } from './ops/loss.js';
import type { TrainKernels } from './kernels.js';

/** Everything the shards share, in SharedArrayBuffers so worker threads read and write it in place. */
export interface SharedState {
  readonly params: Float32Array;
  readonly buffers: Float32Array;
  /** shards × paramCount: each shard's gradient. */
  readonly grads: Float32Array;
  /** shards × statsCount: each shard's batch statistics. */
  readonly stats: Float32Array;
  readonly trainImages: Float32Array;
  readonly trainLabels: Uint8Array;
  readonly evalImages: Float32Array;
  readonly evalLabels: Uint8Array;
  /** The current batch: indices into the training images. */
  readonly batch: Int32Array;
  /** Predictions of the last evaluation (one per eval image). */
  readonly predictions: Int32Array;
  readonly shardLoss: Float64Array;
  readonly shardCorrect: Int32Array;
  /** Distillation: the teacher's logits of every training image (empty without a teacher) and its settings. */
  readonly teacherLogits: Float32Array;
  readonly distill?: Distillation;
}

function shared<T>(Ctor: new (b: SharedArrayBuffer) => T, bytesPer: number, n: number): T {
  return new Ctor(new SharedArrayBuffer(Math.max(1, n) * bytesPer));
}

/** Allocates the shared state for `spec` and copies the data sets and initial values in. */
export function createSharedState(spec: NetSpec, shards: number, batch: number, train: LabelledData, evalSet: LabelledData, params: Float32Array, buffers: Float32Array, teacher?: { logits: Float32Array; d: Distillation }): SharedState {
  const f32 = (n: number) => shared(Float32Array, 4, n);
  const s: SharedState = {
    params: f32(spec.paramCount), buffers: f32(spec.bufferCount), grads: f32(shards * spec.paramCount), stats: f32(shards * spec.statsCount),
    trainImages: f32(train.images.length), trainLabels: shared(Uint8Array, 1, train.count), evalImages: f32(evalSet.images.length),
    evalLabels: shared(Uint8Array, 1, evalSet.count), batch: shared(Int32Array, 4, batch), predictions: shared(Int32Array, 4, evalSet.count),
    shardLoss: shared(Float64Array, 8, shards), shardCorrect: shared(Int32Array, 4, shards),
    teacherLogits: f32(teacher ? teacher.logits.length : 0), ...(teacher ? { distill: teacher.d } : {}),
  };
  if (teacher) s.teacherLogits.set(teacher.logits);
  s.params.set(params);
  s.buffers.set(buffers);
  s.trainImages.set(train.images);
  s.trainLabels.set(train.labels);
  s.evalImages.set(evalSet.images);
  s.evalLabels.set(evalSet.labels);
  return s;
}

/** Forward and backward of shard `s` of the current batch (batch/shards images) into its gradient and statistics slots. */
export function trainShard(net: Net, state: SharedState, kernels: TrainKernels, s: number, shards: number, batchSize: number): void {
  const per = batchSize / shards;
  const sampleSize = net.spec.sample.reduce((a, b) => a * b, 1);
  const images = new Float32Array(per * sampleSize);
  const labels = new Uint8Array(per);
  const k = net.spec.classes;
  const teacher = state.distill ? new Float32Array(per * k) : undefined;
  for (let i = 0; i < per; i++) {
    const idx = state.batch[s * per + i]!;
    images.set(state.trainImages.subarray(idx * sampleSize, (idx + 1) * sampleSize), i * sampleSize);
    labels[i] = state.trainLabels[idx]!;
    teacher?.set(state.teacherLogits.subarray(idx * k, (idx + 1) * k), i * k);
  }
  const p = net.spec.paramCount;
  const st = net.spec.statsCount;
  const grads = state.grads.subarray(s * p, (s + 1) * p);
  grads.fill(0);
  const ctx: RunContext = { kernels, params: state.params, grads, buffers: state.buffers, stats: state.stats.subarray(s * st, (s + 1) * st), train: true };
  const r = net.trainShard(images, labels, per, batchSize, ctx, teacher && state.distill ? { logits: teacher, d: state.distill } : undefined);
  state.shardLoss[s] = r.loss;
  state.shardCorrect[s] = r.correct;
}

/** Evaluation images per forward pass (bounds the memory of one pass). */
export const EVAL_CHUNK = 250;

/** Predictions (eval mode) of evaluation images [begin, end) into state.predictions. */
export function predictRange(net: Net, state: SharedState, kernels: TrainKernels, begin: number, end: number): void {
  const sampleSize = net.spec.sample.reduce((a, b) => a * b, 1);
  const ctx: RunContext = { kernels, params: state.params, grads: new Float32Array(0), buffers: state.buffers, stats: new Float32Array(0), train: false };
  for (let i = begin; i < end; i += EVAL_CHUNK) {
    const n = Math.min(EVAL_CHUNK, end - i);
    state.predictions.set(net.predict(state.evalImages.subarray(i * sampleSize, (i + n) * sampleSize), n, ctx), i);
  }
}

/** Runs shard work somewhere (this thread or workers). */
export interface ShardRunner {
  /** All `shards` shards of the current batch. */
  train(shards: number, batchSize: number): Promise<void>;
  /** Predictions of eval images [0, count). */
  predict(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Runs every shard on this thread, in shard order. */
export class InlineRunner implements ShardRunner {
  constructor(private readonly net: Net, private readonly state: SharedState, private readonly kernels: TrainKernels) {}

  async train(shards: number, batchSize: number): Promise<void> {
    for (let s = 0; s < shards; s++) trainShard(this.net, this.state, this.kernels, s, shards, batchSize);
  }

  async predict(count: number): Promise<void> {
    predictRange(this.net, this.state, this.kernels, 0, count);
  }

  async close(): Promise<void> {}
}
