// The generated doc tables from fixed figures: what each cell says and when a layer is flagged.
import { describe, expect, it } from 'vitest';
import type { PointFigures } from '../../../tools/doc-tables/measure-point.js';
import { beforeAfterTable } from '../../../tools/doc-tables/lowering-before-after.js';
import { modelTable, predictionTable, scaleSimColumn } from '../../../tools/doc-tables/scale-sim-table.js';
import { predictions } from '../../../tools/doc-tables/measure-point.js';

function figures(over: Partial<PointFigures>): PointFigures {
  return {
    model: 'fmnist_cnn', preset: 'w8a8', array: '16x16', dataflow: 'ws', instructions: 10, accbinBytes: 2000, cycles: 1000, macs: 5000,
    dramReadBytes: 3000, dramWriteBytes: 1000, dramRequestedBytes: 3500, energyPj: 2e6, dramEnergyPj: 1e6, bitExact: true, layers: [], ...over,
  };
}

describe('beforeAfterTable', () => {
  it('prints before → after with the after/before ratio, and the bit-exact flag', () => {
    const before = [figures({})];
    const after = [figures({ dramReadBytes: 1000, dramWriteBytes: 0, energyPj: 1e6, cycles: 750, accbinBytes: 1000 }), figures({ preset: 'w4a8', bitExact: false })];
    const t = beforeAfterTable(after, before, 'b727f30fb58814c7');
    expect(t).toContain('"before" = main at b727f30fb5');
    expect(t).toContain('| fmnist_cnn | ws | w8a8 | 4.0 kB → 1.0 kB (0.25×) | 2.0 µJ → 1.0 µJ (0.50×) | 1,000 → 750 (0.75×) | 2.0 kB → 1.0 kB (0.50×) | yes |');
    // A point without a "before" figure prints the after figure alone.
    expect(t).toContain('| fmnist_cnn | ws | w4a8 | 4.0 kB | 2.0 µJ | 1,000 | 2.0 kB | NO |');
  });
});

describe('modelTable', () => {
  const shapes = new Map([['conv', { m: 784, k: 9, n: 16 }], ['fc', { m: 1, k: 64, n: 10 }]]);
  it('shows after the layers before it / array span / full span / SCALE-Sim per layer, flags the first against SCALE-Sim and counts both', () => {
    // SCALE-Sim at 16x16 ws: conv 829, fc 187 (issue 13); Σ 1016.
    const point = figures({ cycles: 1100, layers: [
      { name: 'conv', macs: 1, cycles: 900, addedCycles: 900, arrayCycles: 830, arrayAfterCycles: 800, dramBytes: 0, energyPj: 0 },
      { name: 'fc', macs: 1, cycles: 150, addedCycles: 150, arrayCycles: 200, arrayAfterCycles: 190, dramBytes: 0, energyPj: 0 },
    ] });
    const t = modelTable('fmnist_cnn', shapes, [scaleSimColumn(shapes, point, '16x16', 'ws')]);
    expect(t).toContain('| conv | 784×9×16 | 800 / 830 / 900 / 829 ✓ |');
    expect(t).toContain('| fc | 1×64×10 | 190 / 200 / 150 / 187 ✗ |');
    expect(t).toContain('| whole program vs Σ SCALE-Sim conv + dense | | — / — / 1,100 / 1,016 ✗ |');
    expect(t).toContain('| for reference: array spans above SCALE-Sim (array span / SCALE-Sim) | | 2 of 2 (highest 1.070×, fc) |');
    expect(t).toContain('| layers above SCALE-Sim (array cycles after the layers before it / SCALE-Sim) | | 1 of 2 (highest 1.016×, fc) |');
    expect(t).not.toContain('NOT bit-exact');
  });

  it('counts no layer above when every array span is at or below SCALE-Sim, and flags a run that is not bit-exact', () => {
    const point = figures({ cycles: 1016, bitExact: false, layers: [
      { name: 'conv', macs: 1, cycles: 900, addedCycles: 900, arrayCycles: 829, dramBytes: 0, energyPj: 0 },
      { name: 'fc', macs: 1, cycles: 150, addedCycles: 150, arrayCycles: 170, dramBytes: 0, energyPj: 0 },
    ] });
    const t = modelTable('m', shapes, [scaleSimColumn(shapes, point, '16x16', 'ws')]);
    expect(t).toContain('| — / — / 1,016 / 1,016 ✓ |');
    // Without the second figure (older figures), the array span stands for it.
    expect(t).toContain('| conv | 784×9×16 | 829 / 829 / 900 / 829 ✓ |');
    expect(t).toContain('| 0 of 2 (highest 1.000×, conv) |');
    expect(t).toContain('NOT bit-exact');
  });
});

describe('predictionTable', () => {
  it('reads the predictions from the layer header comments and prints predicted / simulated cycles added (ratio) with the largest deviation', () => {
    const p = predictions(new Map([[0, ['layer conv: qconv2d 28x28x1 → 28x28x16; input on chip; predicted 880 cycles']], [7, ['tile 3']], [9, ['layer pool: qmaxpool on the vector unit']]]));
    expect([...p]).toEqual([['conv', 880]]);
    const shapes = new Map([['conv', { m: 784, k: 9, n: 16 }]]);
    const point = figures({ layers: [
      { name: 'conv', macs: 1, cycles: 950, addedCycles: 800, arrayCycles: 700, dramBytes: 0, energyPj: 0, predictedCycles: p.get('conv')! },
      { name: 'pool', macs: 0, cycles: 90, addedCycles: 90, arrayCycles: 0, dramBytes: 0, energyPj: 0 },
    ] });
    const t = predictionTable('m', [scaleSimColumn(shapes, point, '16x16', 'ws')]);
    expect(t).toContain('| conv | 880 / 800 (1.10) |');
    expect(t).not.toContain('| pool');
    expect(t).toContain('| largest deviation | 10.0% (conv) |');
  });
});
