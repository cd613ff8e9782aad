// A real sweep point carries what the report's roofline needs: the DRAM bandwidth and each layer's array peak.
import { describe, expect, it } from 'vitest';
import { evaluatePoint } from '../../../tools/sweep/evaluate-point.js';

describe('evaluatePoint', () => {
  it('records the DRAM bandwidth and the peak MACs/cycle of each layer with array MACs', async () => {
    for (const [array, peak] of [['16x16', 256], ['8x4', 32]] as const) {
      const p = await evaluatePoint({ model: 'models/fmnist_cnn.qir', preset: 'w8a8', array, dataflow: 'ws', seed: 1 });
      expect(p.dramBytesPerCycle).toBe(16);
      // int8 mode: rows × cols × 1 for conv and dense; pools and the global average pool have no array peak.
      expect(p.layers.map((l) => [l.name, l.peakMacsPerCycle])).toEqual([
        ['conv1/Conv', peak], ['pool1/MaxPool', undefined], ['conv2/Conv', peak], ['pool2/MaxPool', undefined],
        ['conv3/Conv', peak], ['gap/GlobalAveragePool', undefined], ['logits', peak],
      ]);
    }
  }, 120_000);
});
