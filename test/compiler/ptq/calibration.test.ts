import { describe, expect, it } from 'vitest';
import { activationRanges, collectActivationStats } from '../../../compiler/ptq/calibration.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { UserError } from '../../../core/diagnostics.js';
import { join } from 'node:path';
import { GraphBuilder, randomData, seededRandom } from '../passes/graph-builder.js';
import { loadQir } from '../../../compiler/qir/load.js';
import { loadFashionMnist } from '../../../compiler/data/fashion-mnist.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { runFloatBatched } from '../../../compiler/reference/float-interpreter.js';

/** x [1,2] → dense(w = diag(1, −1)) with a fused relu. */
function reluDense(): Graph {
  return new GraphBuilder('cal', { x: [1, 2] })
    .constant('w', [2, 2], [1, 0, 0, -1])
    .node('d', 'dense', ['%x', '@w'], { act_min: 0 })
    .build('d');
}

const BATCH = f32Tensor([3, 2], [1, 2, -1, 3, 2, -4]);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e.diagnostics[0]!.code;
    throw e;
  }
  return undefined;
}

describe('collectActivationStats', () => {
  it('streams min/max, mean/std per value and the pre-activation channel means (by hand)', () => {
    const g = reluDense();
    const stats = collectActivationStats(g, BATCH, ['minmax']);
    expect(stats.samples).toBe(3);
    const x = stats.values.get('x')!;
    expect(x.range).toEqual({ min: -4, max: 3 });
    expect(x.mean).toBeCloseTo(0.5, 12);
    // Σ(x − 0.5)² = 33.5 over 6 elements.
    expect(x.std).toBeCloseTo(Math.sqrt(33.5 / 6), 12);
    // Pre-activation rows [1,−2], [−1,−3], [2,4]; after the fused relu [1,0], [0,0], [2,4].
    const d = stats.values.get('d')!;
    expect(d.range).toEqual({ min: 0, max: 4 });
    expect(d.mean).toBeCloseTo(7 / 6, 12);
    expect(Array.from(stats.preActivationMean.get('d')!)).toEqual([2 / 3, -1 / 3]);
    expect(d.histogram).toBeUndefined();
    expect(d.sample).toBeUndefined();
    // The graph itself is not changed by the probe rewriting.
    expect(g.outputs).toEqual(['d']);
    expect(g.nodes.map((n) => n.op)).toEqual(['dense']);
  });

  it('accepts a list of tensors and gives the same statistics as one batch', () => {
    const list = [f32Tensor([1, 2], [1, 2]), f32Tensor([2, 2], [-1, 3, 2, -4])];
    const a = collectActivationStats(reluDense(), list, ['minmax']);
    const b = collectActivationStats(reluDense(), BATCH, ['minmax']);
    expect(a.samples).toBe(3);
    expect(a.values.get('d')).toEqual(b.values.get('d'));
    expect(a.preActivationMean).toEqual(b.preActivationMean);
  });

  it('averages conv pre-activations over batch and positions per output channel', () => {
    const g = new GraphBuilder('conv', { x: [1, 1, 2, 2] })
      .constant('w', [2, 1, 1, 1], [1, -2]).constant('b', [2], [0.5, 0])
      .node('c', 'conv2d', ['%x', '@w', '@b'], { act_min: 0, act_max: 1 })
      .build('c');
    const stats = collectActivationStats(g, f32Tensor([2, 1, 2, 2], [0, 1, 2, 3, -1, -1, -1, -1]), ['minmax']);
    // Channel 0: x + 0.5 → mean of [0.5,1.5,2.5,3.5,−0.5×4] = (8 − 2)/8; channel 1: −2x → mean (−12 + 8)/8.
    expect(Array.from(stats.preActivationMean.get('c')!)).toEqual([0.75, -0.5]);
    // The observed value is the clamped one.
    expect(stats.values.get('c')!.range).toEqual({ min: 0, max: 1 });
  });

  it('keeps a histogram for percentile ranges and a bounded uniform sample for MSE', () => {
    const rand = seededRandom(5);
    const data = randomData(rand, 2 * 50, -3, 3);
    const stats = collectActivationStats(reluDense(), f32Tensor([50, 2], data), ['percentile', 'mse'], { sampleSize: 40, histogramBins: 64 });
    const x = stats.values.get('x')!;
    expect(x.histogram!.total).toBe(100);
    expect(x.sample!.length).toBe(40);
    expect(Array.from(x.sample!).every((v) => data.includes(v))).toBe(true);
    const full = activationRanges(stats, { method: 'percentile', percentile: 100 }).get('x')!;
    expect(full).toMatchObject(x.range);
    const mse = activationRanges(stats, { method: 'mse', mse: { bits: 8, signed: false, symmetric: false } }).get('x')!;
    expect(mse.min).toBeGreaterThanOrEqual(x.range.min);
    expect(mse.max).toBeLessThanOrEqual(x.range.max);
  });

  it('keeps every element in the sample while fewer than sampleSize were seen', () => {
    const stats = collectActivationStats(reluDense(), BATCH, ['mse']);
    expect(Array.from(stats.values.get('x')!.sample!)).toEqual([1, 2, -1, 3, 2, -4]);
  });

  it('reports calibration errors with codes', () => {
    const two = new GraphBuilder('two', { a: [1, 2], b: [1, 2] }).node('s', 'add', ['%a', '%b']).build('s');
    expect(codeOf(() => collectActivationStats(two, BATCH, ['minmax']))).toBe('CAL001');
    expect(codeOf(() => collectActivationStats(reluDense(), f32Tensor([1, 3], [1, 2, 3]), ['minmax']))).toBe('CAL002');
    expect(codeOf(() => collectActivationStats(reluDense(), [], ['minmax']))).toBe('CAL003');
    const stats = collectActivationStats(reluDense(), BATCH, ['minmax']);
    expect(codeOf(() => activationRanges(stats, { method: 'percentile', percentile: 99 }))).toBe('CAL004');
  });

  it('on fmnist_cnn calibration images: the logits statistics equal those of a batched float run', () => {
    const models = join(import.meta.dirname, '../../../models');
    const { graph } = runPipeline(loadQir(join(models, 'fmnist_cnn.qir')), ['fold-batchnorm', 'fuse-activations']);
    const calib = loadFashionMnist(join(models, 'data/fashion-mnist'), 'calib', 8).images;
    const stats = collectActivationStats(graph, calib, ['minmax', 'percentile']);
    const logits = runFloatBatched(graph, calib).data as Float32Array;
    const l = stats.values.get('logits')!;
    expect(l.range).toEqual({ min: Math.min(...logits), max: Math.max(...logits) });
    expect(l.count).toBe(80);
    expect(l.mean).toBeCloseTo(logits.reduce((a, v) => a + v, 0) / 80, 9);
    // Fused relu outputs are non-negative; their pre-activation means are not all so.
    expect(stats.values.get('conv1/Conv')!.range.min).toBe(0);
    expect(Math.min(...stats.preActivationMean.get('conv1/Conv')!)).toBeLessThan(0);
    expect(stats.preActivationMean.get('logits')!.length).toBe(10);
  });
});
