// The training loop: seeded shuffling per epoch, fixed shards per batch (summed in shard order), the
// optimizer and schedule, BatchNorm running statistics, an evaluation on the held-out slice after every
// epoch and the best epoch's parameters kept. Stopping (Ctrl-C) returns the state to checkpoint, and a
// run resumed from it continues bit for bit.
import { mulberry32 } from '../../core/seeded-random.js';
import { assert } from '../../core/diagnostics.js';
import type { LabelledData } from './dataset.js';
import type { LayerFactories } from './layer.js';
import { Net } from './net.js';
import type { BuiltNet } from './net-builder.js';
import { type BatchnormSpec, updateRunningStats } from './ops/batchnorm.js';
import { type OptimizerConfig, type OptimizerState, newOptimizerState, optimizerStep } from './optimizer.js';
import { type Schedule, learningRate } from './schedule.js';
import { createKernels } from './kernels.js';
import type { Distillation } from './ops/loss.js';
import { InlineRunner, type ShardRunner, createSharedState, predictRange } from './shards.js';
import { WorkerRunner, trainWorkersAvailable } from './worker-pool.js';

/** How to train. `shards` divides `batch`; results depend on it, never on `threads`. */
export interface TrainConfig {
  readonly epochs: number;
  readonly batch: number;
  readonly shards: number;
  readonly optimizer: OptimizerConfig;
  readonly schedule: Schedule;
  readonly seed: number;
}

/** Where a run stands: enough to resume it exactly (checkpoint.ts writes it). */
export interface TrainProgressState {
  params: Float32Array;
  buffers: Float32Array;
  optimizer: OptimizerState;
  /** The next step to run: epoch and step within it. */
  epoch: number;
  step: number;
  best: { params: Float32Array; buffers: Float32Array; accuracy: number; epoch: number } | undefined;
  /** Held-out accuracy (%) after each finished epoch. */
  history: number[];
}

/** What the loop reports after every step and epoch. */
export interface TrainTick {
  /** 'step' after an optimizer step; 'epoch' after the held-out evaluation that ends an epoch. */
  readonly phase: 'step' | 'epoch';
  readonly epoch: number;
  readonly epochs: number;
  readonly step: number;
  readonly steps: number;
  readonly loss: number;
  readonly trainAccuracy: number;
  readonly heldOutAccuracy: number | undefined;
  readonly lr: number;
}

export interface TrainHooks {
  onTick?(t: TrainTick): void;
  /** Polled after every step: true stops the loop (the returned state resumes it). */
  shouldStop?(): boolean;
  /** Projection after every optimizer step (e.g. keep quantizer scales positive). */
  afterStep?(params: Float32Array): void;
  /** Called after each epoch with the state (e.g. to write a checkpoint). */
  onEpoch?(state: TrainProgressState): void;
}

export interface TrainJob {
  readonly net: BuiltNet;
  readonly train: LabelledData;
  readonly heldOut: LabelledData;
  readonly config: TrainConfig;
  readonly factories: LayerFactories;
  /** URL of the module exporting the same factories as FACTORIES, for worker threads. */
  readonly factoriesUrl: string;
  /** Worker threads (0: this thread; default: none when the compiled worker is absent). */
  readonly threads: number;
  /** Per-parameter weight-decay mask and learning-rate scale (optional). */
  readonly decay?: Uint8Array;
  readonly lrScale?: Float32Array;
  /** Distillation from a teacher: its logits of every training image (train.count × classes) and the loss settings. */
  readonly teacher?: { readonly logits: Float32Array; readonly d: Distillation };
}

/** A seeded permutation of 0..n−1 for `epoch` (Fisher–Yates over mulberry32). */
export function epochOrder(n: number, seed: number, epoch: number): Int32Array {
  const rnd = mulberry32((seed ^ Math.imul(epoch + 1, 0x9e3779b1)) >>> 0);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The state of a run that has not started. */
export function initialState(net: BuiltNet): TrainProgressState {
  return { params: net.params.slice(), buffers: net.buffers.slice(), optimizer: newOptimizerState(net.spec.paramCount), epoch: 0, step: 0, best: undefined, history: [] };
}

/** Steps per epoch: whole batches only (the last partial batch of each shuffled epoch is dropped). */
export function stepsPerEpoch(train: number, batch: number): number {
  return Math.floor(train / batch);
}

async function runnerFor(job: TrainJob, state: ReturnType<typeof createSharedState>): Promise<ShardRunner> {
  if (job.threads > 0 && trainWorkersAvailable()) return WorkerRunner.start(job.threads, job.net.spec, state, job.factoriesUrl);
  return new InlineRunner(new Net(job.net.spec, job.factories), state, createKernels());
}

/**
 * Trains from `from` (a fresh or resumed state) until the last epoch or a stop. Returns the state: after
 * a stop it resumes the run; after the last epoch `best` holds the chosen parameters.
 */
export async function train(job: TrainJob, from: TrainProgressState, hooks: TrainHooks = {}): Promise<{ state: TrainProgressState; stopped: boolean }> {
  const { config: c, net } = job;
  assert(c.batch % c.shards === 0 && c.batch <= job.train.count, `batch ${c.batch} must divide into ${c.shards} shards and fit ${job.train.count} images`);
  const shared = createSharedState(net.spec, c.shards, c.batch, job.train, job.heldOut, from.params, from.buffers, job.teacher);
  const runner = await runnerFor(job, shared);
  const bn = net.spec.layers.filter((l) => l.kind === 'batchnorm') as unknown as BatchnormSpec[];
  const steps = stepsPerEpoch(job.train.count, c.batch);
  const total = steps * c.epochs;
  const p = net.spec.paramCount;
  const grad = new Float32Array(p);
  const st = { ...from, history: [...from.history] };
  try {
    for (; st.epoch < c.epochs; st.epoch++, st.step = 0) {
      const order = epochOrder(job.train.count, c.seed, st.epoch);
      let lossSum = 0, correct = 0, seen = 0;
      for (; st.step < steps; st.step++) {
        shared.batch.set(order.subarray(st.step * c.batch, (st.step + 1) * c.batch));
        await runner.train(c.shards, c.batch);
        for (let i = 0; i < p; i++) {
          let g = 0;
          for (let s = 0; s < c.shards; s++) g += shared.grads[s * p + i]!;
          grad[i] = g;
        }
        const statsLen = net.spec.statsCount;
        const shardStats = Array.from({ length: c.shards }, (_, s) => shared.stats.subarray(s * statsLen, (s + 1) * statsLen));
        for (const spec of bn) updateRunningStats(spec, shardStats, c.batch / c.shards, shared.buffers);
        const lr = learningRate(c.schedule, st.epoch * steps + st.step, total);
        optimizerStep(c.optimizer, st.optimizer, shared.params, grad, lr, job.decay, job.lrScale);
        hooks.afterStep?.(shared.params);
        for (let s = 0; s < c.shards; s++) { lossSum += shared.shardLoss[s]!; correct += shared.shardCorrect[s]!; }
        seen += c.batch;
        hooks.onTick?.({ phase: 'step', epoch: st.epoch, epochs: c.epochs, step: st.step + 1, steps, loss: (lossSum * c.batch) / seen, trainAccuracy: (100 * correct) / seen, heldOutAccuracy: st.history.at(-1), lr });
        if (hooks.shouldStop?.() && st.step + 1 < steps) {
          st.step++;
          return { state: { ...st, params: shared.params.slice(), buffers: shared.buffers.slice() }, stopped: true };
        }
      }
      await runner.predict(job.heldOut.count);
      let right = 0;
      for (let i = 0; i < job.heldOut.count; i++) if (shared.predictions[i] === job.heldOut.labels[i]) right++;
      const acc = (100 * right) / job.heldOut.count;
      st.history.push(acc);
      // Ties keep the earlier epoch: the choice is made on the held-out slice only.
      if (st.best === undefined || acc > st.best.accuracy) st.best = { params: shared.params.slice(), buffers: shared.buffers.slice(), accuracy: acc, epoch: st.epoch };
      hooks.onTick?.({ phase: 'epoch', epoch: st.epoch, epochs: c.epochs, step: steps, steps, loss: (lossSum * c.batch) / Math.max(1, seen), trainAccuracy: (100 * correct) / Math.max(1, seen), heldOutAccuracy: acc, lr: learningRate(c.schedule, (st.epoch + 1) * steps, total) });
      const next = { ...st, epoch: st.epoch + 1, step: 0, params: shared.params.slice(), buffers: shared.buffers.slice() };
      hooks.onEpoch?.(next);
      if (hooks.shouldStop?.() && st.epoch + 1 < c.epochs) return { state: next, stopped: true };
    }
    return { state: { ...st, params: shared.params.slice(), buffers: shared.buffers.slice() }, stopped: false };
  } finally {
    await runner.close();
  }
}

/** The logits [count × classes] of every image of `data` (eval mode), on this thread: a teacher's soft targets. */
export function netLogits(net: BuiltNet, factories: LayerFactories, data: LabelledData, params = net.params, buffers = net.buffers): Float32Array {
  const n = new Net(net.spec, factories);
  const ctx = { kernels: createKernels(), params, grads: new Float32Array(0), buffers, stats: new Float32Array(0), train: false };
  const per = data.images.length / data.count;
  const k = net.spec.classes;
  const out = new Float32Array(data.count * k);
  for (let i = 0; i < data.count; i += 250) {
    const m = Math.min(250, data.count - i);
    out.set(n.forward(data.images.subarray(i * per, (i + m) * per), m, ctx).data, i * k);
  }
  return out;
}

/** Held-out (or any labelled set's) top-1 accuracy in % of the network with the given parameters, on this thread. */
export function evaluateNet(net: BuiltNet, factories: LayerFactories, params: Float32Array, buffers: Float32Array, data: LabelledData): number {
  const shared = createSharedState(net.spec, 1, 1, data, data, params, buffers);
  predictRange(new Net(net.spec, factories), shared, createKernels(), 0, data.count);
  let right = 0;
  for (let i = 0; i < data.count; i++) if (shared.predictions[i] === data.labels[i]) right++;
  return (100 * right) / data.count;
}
