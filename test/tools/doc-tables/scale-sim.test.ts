import { describe, expect, it } from 'vitest';
import { loadQir } from '../../../compiler/qir/load.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { layerGemmShapes, scaleSimCycles } from '../../../tools/doc-tables/scale-sim.js';
import { seededBatch } from '../../../tools/pipeline/run-inputs.js';

describe('scaleSimCycles', () => {
  // fmnist_cnn's layers at 16x16: SCALE-Sim's figures as issue 13 quotes them (computed there by hand).
  const layers = [
    { s: { m: 784, k: 9, n: 16 }, ws: 829, os: 1910 },
    { s: { m: 196, k: 144, n: 32 }, ws: 4355, os: 4523 },
    { s: { m: 49, k: 288, n: 64 }, ws: 6839, os: 5087 },
    { s: { m: 1, k: 64, n: 10 }, ws: 187, os: 93 },
  ];
  it('gives the issue-13 figures for fmnist_cnn at 16x16', () => {
    for (const l of layers) {
      expect(scaleSimCycles(l.s, 16, 16, 'ws')).toBe(l.ws);
      expect(scaleSimCycles(l.s, 16, 16, 'os')).toBe(l.os);
    }
  });

  it('folds a non-square array by rows for the reduction (ws) and the pixels (os)', () => {
    // ws: ceil(100/8)=13 · ceil(40/32)=2 folds of 50 + 16 + 32 − 2 = 96 → 2495; os: ceil(50/8)=7 · 2 folds of 100 + 8 + 32 − 2 = 138 → 1931
    expect(scaleSimCycles({ m: 50, k: 100, n: 40 }, 8, 32, 'ws')).toBe(13 * 2 * 96 - 1);
    expect(scaleSimCycles({ m: 50, k: 100, n: 40 }, 8, 32, 'os')).toBe(7 * 2 * 138 - 1);
  });
});

describe('layerGemmShapes', () => {
  it('reads M×K×N of every conv and dense layer of fmnist_cnn and nothing else', () => {
    const graph = quantizeModel(loadQir('models/fmnist_cnn.qir'), { preset: 'w8a8', calib: seededBatch([1, 28, 28], 4, 1) }).graph;
    // conv1 1→16 3x3 at 28x28, conv2 16→32 at 14x14, conv3 32→64 at 7x7, logits 64→10 (the model's architecture).
    expect([...layerGemmShapes(graph)]).toEqual([
      ['conv1/Conv', { m: 784, k: 9, n: 16 }], ['conv2/Conv', { m: 196, k: 144, n: 32 }],
      ['conv3/Conv', { m: 49, k: 288, n: 64 }], ['logits', { m: 1, k: 64, n: 10 }],
    ]);
  });
});
