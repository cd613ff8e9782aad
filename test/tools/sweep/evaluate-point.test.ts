// A real sweep point carries what the report's roofline needs: the DRAM bandwidth and each layer's array peak;
// a float format preset runs through the float lowering, checked against the format reference.
import { describe, expect, it } from 'vitest';
import { evaluatePoint } from '../../../tools/sweep/evaluate-point.js';
import { runFormatDesignPoint } from '../../../tools/pipeline/format-design-point.js';
import { chooseRunInputs } from '../../../tools/pipeline/run-inputs.js';
import { hwConfigFromFlags } from '../../../tools/hw-options.js';
import { loadModel } from '../../../tools/load-model.js';

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

  it('runs fp8 on the machine bit-exactly, with the cycles, energy and accuracy `run --preset fp8` reports', async () => {
    const spec = { model: 'models/fmnist_mlp.qir', preset: 'fp8', array: '8x8', dataflow: 'ws' as const, data: 'models/data/fashion-mnist', limit: 6, seed: 0 };
    const p = await evaluatePoint(spec);
    expect(p.bitExact).toBe(true);
    const graph = loadModel(spec.model);
    const inputs = chooseRunInputs(graph, { data: spec.data, count: spec.limit, seed: spec.seed });
    const run = await runFormatDesignPoint({ floatGraph: graph, preset: 'fp8', calib: inputs.calib, hw: hwConfigFromFlags({ array: '8x8', dataflow: 'ws' }), batch: inputs.batch, labels: inputs.labels!, threads: 1 });
    expect(run.fidelity.reference).toBe('format reference');
    expect(p.cycles).toBe(run.first.stats.cycles);
    expect(p.energyPj).toBe(run.first.energy.total.totalPj);
    expect(p.accuracyPct).toBe(run.fidelity.accuracyPct);
    expect(p.layers.map((l) => l.dramBytes).reduce((a, b) => a + b, 0)).toBe(run.first.stats.layers.reduce((a, l) => a + l.counters.dramReadBytes + l.counters.dramWriteBytes, 0));
  }, 300_000);
});
