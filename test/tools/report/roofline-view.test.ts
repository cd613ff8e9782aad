import { describe, expect, it } from 'vitest';
import { buildRoofline } from '../../../tools/report/roofline-view.js';
import type { LayerResult, SweepPoint } from '../../../tools/report/sweep-types.js';
import { syntheticSweepReport } from '../../../tools/report/synthetic-sweep.js';

const layer = (name: string, macs: number, cycles: number, dramBytes: number, peak?: number): LayerResult => ({
  name, op: 'conv2d', shape: '', macs, cycles, utilization: 0, stallCycles: 0, dramBytes, energyPj: 0, ...(peak ? { peakMacsPerCycle: peak } : {}),
});

function point(layers: LayerResult[], dramBytesPerCycle?: number): SweepPoint {
  const base = syntheticSweepReport().points[0]!;
  const p: SweepPoint = { ...base, layers };
  if (dramBytesPerCycle === undefined) delete p.dramBytesPerCycle;
  else p.dramBytesPerCycle = dramBytesPerCycle;
  return p;
}

describe('buildRoofline', () => {
  it('places each layer with MACs at MACs/byte and MACs/cycle under its roofs', () => {
    const r = buildRoofline(point([
      layer('conv', 256_000, 2_000, 8_000, 256), // 32 MACs/byte, 128 MACs/cycle
      layer('pool', 0, 500, 4_000), // no MACs: not on a roofline
      layer('w4', 51_200, 400, 512, 512), // 100 MACs/byte, 128 MACs/cycle, int4 peak
      layer('kept', 1_000, 10, 0, 256), // no DRAM byte: right edge
    ], 16))!;
    expect(r.peaks).toEqual([256, 512]);
    expect(r.bandwidth).toBe(16);
    // Ridges at 16 and 32 MACs/byte; intensities 32 and 100: x spans 1 (10^floor(log10(16/2))) to 1000 (10^ceil(log10(400))).
    expect(r.x).toEqual({ min: 1, max: 1000 });
    expect(r.dots).toEqual([
      { layer: 0, x: 32, y: 128, onChip: false },
      { layer: 2, x: 100, y: 128, onChip: false },
      { layer: 3, x: 1000, y: 100, onChip: true },
    ]);
    // y from the bandwidth roof at x.min (16) down to 10, up to 10^ceil(log10(512·1.5)) = 1000.
    expect(r.y).toEqual({ min: 10, max: 1000 });
  });

  it('gives no roofline without a DRAM bandwidth or without a layer with MACs', () => {
    expect(buildRoofline(point([layer('conv', 100, 10, 10, 256)])))
      .toBeUndefined();
    expect(buildRoofline(point([layer('pool', 0, 10, 10)], 16))).toBeUndefined();
  });
});
