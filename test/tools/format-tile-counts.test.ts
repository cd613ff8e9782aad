// The tile-count figures of the float/MX datapath on fmnist_cnn, by hand from its layer shapes: conv1
// (Cin 1, 3×3, 16 out, 28×28) has 9 one-element chunks, so 9 K tiles instead of 1; conv2 (Cin 16) and
// conv3 (Cin 32) cut at every tap, which 16-row tiles cut anyway; the dense logits (K 64) chunks at 32.
import { describe, expect, it } from 'vitest';
import { layerCounts } from '../../tools/format-tile-counts.js';

describe('format-tile-counts', () => {
  it('fmnist_cnn at 16x16: COMPUTEs, chunk folds and GEMM input elements per layer', () => {
    const rows = layerCounts('fmnist_cnn', 16);
    expect(rows.map((r) => [r.name, r.m, r.k, r.o, r.intComputes, r.fmtComputes, r.folds])).toEqual([
      ['conv1/Conv', 784, 9, 16, 1, 9, 784 * 16 * 9],
      ['conv2/Conv', 196, 144, 32, 9 * 2, 9 * 2, 196 * 32 * 9],
      ['conv3/Conv', 49, 288, 64, 18 * 4, 18 * 4, 49 * 64 * 9],
      ['logits', 1, 64, 10, 4, 4, 10 * 2],
    ]);
    // inputs: 1×28×28, 16×14×14, 32×7×7, 64
    expect(rows.map((r) => r.inElems)).toEqual([784, 3136, 1568, 64]);
  });

  it('fmnist_cnn at 16x16 under per-tensor FP8\'s rule (chunks of 32 K): the integer mode\'s COMPUTEs, ceil(K/32) folds per output', () => {
    const rows = layerCounts('fmnist_cnn', 16, 'k32');
    expect(rows.map((r) => [r.name, r.intComputes, r.fmtComputes, r.folds])).toEqual([
      ['conv1/Conv', 1, 1, 784 * 16 * 1],
      ['conv2/Conv', 18, 18, 196 * 32 * 5],
      ['conv3/Conv', 72, 72, 49 * 64 * 9],
      ['logits', 4, 4, 10 * 2],
    ]);
  });
});
