// BatchNorm for float training (the QAT pipeline folds it before training instead). Train mode
// normalizes with the shard's batch statistics over n·h·w and reports them for the running averages;
// eval mode uses the running statistics, as the graph's inference-time batchnorm does.
//   train: y = γ·(x − μ_B)/√(σ²_B + ε) + β;   dx = (γ/√(σ²_B + ε))/m · (m·dy − Σdy − x̂·Σ(dy·x̂))
import { type Act, makeAct } from '../act.js';
import { SpecLayer, type LayerSpecBase, type RunContext, type Slot } from '../layer.js';

/** γ/β are parameters, the running mean/variance buffers; `stats` receives [batch mean (C), biased batch variance (C)]. */
export interface BatchnormSpec extends LayerSpecBase {
  readonly kind: 'batchnorm';
  readonly gamma: Slot;
  readonly beta: Slot;
  readonly mean: Slot;
  readonly var: Slot;
  readonly stats: Slot;
  readonly eps: number;
  /** Weight of a new batch in the running averages (PyTorch's momentum, 0.1). */
  readonly momentum: number;
}

export class BatchnormLayer extends SpecLayer<BatchnormSpec> {
  private xhat?: Float32Array;
  private invStd?: Float64Array;
  private train = false;

  forward(xs: readonly Act[], ctx: RunContext): Act {
    const x = xs[0]!;
    const s = this.spec;
    const c = x.c;
    const m = x.data.length / c;
    const gamma = ctx.params.subarray(s.gamma.offset, s.gamma.offset + c);
    const beta = ctx.params.subarray(s.beta.offset, s.beta.offset + c);
    const mean = new Float64Array(c);
    const variance = new Float64Array(c);
    this.train = ctx.train;
    const d = x.data;
    if (ctx.train) {
      for (let o = 0; o < d.length; o += c) for (let ch = 0; ch < c; ch++) mean[ch]! += d[o + ch]!;
      for (let ch = 0; ch < c; ch++) mean[ch]! /= m;
      for (let o = 0; o < d.length; o += c) for (let ch = 0; ch < c; ch++) variance[ch]! += (d[o + ch]! - mean[ch]!) ** 2;
      for (let ch = 0; ch < c; ch++) {
        variance[ch]! /= m;
        ctx.stats[s.stats.offset + ch] = mean[ch]!;
        ctx.stats[s.stats.offset + c + ch] = variance[ch]!;
      }
    } else {
      mean.set(ctx.buffers.subarray(s.mean.offset, s.mean.offset + c));
      variance.set(ctx.buffers.subarray(s.var.offset, s.var.offset + c));
    }
    const invStd = variance.map((v) => 1 / Math.sqrt(v + s.eps));
    const xhat = new Float32Array(d.length);
    const y = new Float32Array(d.length);
    for (let o = 0; o < d.length; o += c) {
      for (let ch = 0; ch < c; ch++) {
        const v = (d[o + ch]! - mean[ch]!) * invStd[ch]!;
        xhat[o + ch] = v;
        y[o + ch] = v * gamma[ch]! + beta[ch]!;
      }
    }
    this.xhat = xhat;
    this.invStd = invStd;
    return makeAct(x.rank, x.n, c, x.h, x.w, y);
  }

  backward(dy: Float32Array, ctx: RunContext): (Float32Array | undefined)[] {
    const s = this.spec;
    const xhat = this.xhat!;
    const c = s.gamma.length;
    const m = dy.length / c;
    const sumDy = new Float64Array(c);
    const sumDyXhat = new Float64Array(c);
    for (let o = 0; o < dy.length; o += c) {
      for (let ch = 0; ch < c; ch++) {
        sumDy[ch]! += dy[o + ch]!;
        sumDyXhat[ch]! += dy[o + ch]! * xhat[o + ch]!;
      }
    }
    for (let ch = 0; ch < c; ch++) {
      ctx.grads[s.gamma.offset + ch]! += sumDyXhat[ch]!;
      ctx.grads[s.beta.offset + ch]! += sumDy[ch]!;
    }
    if (!s.needGrad[0]) return [undefined];
    const gamma = ctx.params.subarray(s.gamma.offset, s.gamma.offset + c);
    const dx = new Float32Array(dy.length);
    const k = new Float64Array(c);
    for (let ch = 0; ch < c; ch++) k[ch] = gamma[ch]! * this.invStd![ch]!;
    for (let o = 0; o < dy.length; o += c) {
      for (let ch = 0; ch < c; ch++) {
        const i = o + ch;
        // Eval mode: the statistics are constants, so only the scale passes.
        dx[i] = this.train ? (k[ch]! / m) * (m * dy[i]! - sumDy[ch]! - xhat[i]! * sumDyXhat[ch]!) : k[ch]! * dy[i]!;
      }
    }
    return [dx];
  }
}

/**
 * The running statistics after one step, from each shard's batch mean and biased variance (equal shard
 * sizes `m`): pooled mean and variance over the whole batch, the variance made unbiased (·M/(M−1)) as
 * PyTorch does, then running = (1 − momentum)·running + momentum·batch.
 */
export function updateRunningStats(spec: BatchnormSpec, shardStats: readonly Float32Array[], m: number, buffers: Float32Array): void {
  const c = spec.gamma.length;
  const shards = shardStats.length;
  const total = m * shards;
  for (let ch = 0; ch < c; ch++) {
    let mean = 0;
    for (const st of shardStats) mean += st[spec.stats.offset + ch]!;
    mean /= shards;
    let v = 0;
    for (const st of shardStats) v += st[spec.stats.offset + c + ch]! + (st[spec.stats.offset + ch]! - mean) ** 2;
    v = (v / shards) * (total / Math.max(1, total - 1));
    const mo = spec.momentum;
    buffers[spec.mean.offset + ch] = (1 - mo) * buffers[spec.mean.offset + ch]! + mo * mean;
    buffers[spec.var.offset + ch] = (1 - mo) * buffers[spec.var.offset + ch]! + mo * v;
  }
}
