import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../../tools/report/report-view.js';
import { syntheticSweepReport } from '../../../tools/report/synthetic-sweep.js';

describe('buildReportView', () => {
  it('orders arrays by PE count whatever the point order, and maps series onto them', () => {
    const pts = syntheticSweepReport().points.filter((p) => p.preset === 'w8a8').reverse();
    const wide = { ...pts[0]!, array: '8x64', rows: 8, cols: 64 };
    const view = buildReportView([...pts, wide]);
    expect(view.arrays).toEqual(['8x8', '16x16', '8x64', '32x32']);
    const ws = view.series.find((s) => s.dataflow === 'ws')!;
    // reversed order: 32x32/os, 32x32/ws, 16x16/os, 16x16/ws, 8x8/os, 8x8/ws, then the 8x64 copy of 32x32/os
    expect(ws.points).toEqual([5, 3, null, 1]);
    expect(view.series.find((s) => s.dataflow === 'os')!.points).toEqual([4, 2, 6, 0]);
    expect(view.labels[6]).toBe('w8a8@8x64/os');
  });

  it('charts only the energy components some point filled, register included when present', () => {
    const pts = syntheticSweepReport().points.slice(0, 2);
    expect(buildReportView(pts).components.map((c) => c.key)).not.toContain('register');
    pts[1]!.energy.register = 5;
    expect(buildReportView(pts).components.map((c) => c.key)).toContain('register');
  });

  it('prefixes labels and series with the model only when there are several', () => {
    const pts = syntheticSweepReport().points.slice(0, 2);
    pts[1] = { ...pts[1]!, model: 'mlp' };
    const view = buildReportView(pts);
    expect(view.labels).toEqual(['cnn_bn:w8a8@8x8/ws', 'mlp:w8a8@8x8/os']);
    expect(view.series.map((s) => s.label)).toEqual(['cnn_bn: w8a8 WS', 'mlp: w8a8 OS']);
    expect(view.fronts.map((f) => f.model)).toEqual(['cnn_bn', 'mlp']);
  });
});

describe('syntheticSweepReport', () => {
  it('is deterministic, labelled synthetic and internally consistent', () => {
    const r = syntheticSweepReport();
    expect(syntheticSweepReport()).toEqual(r);
    expect(syntheticSweepReport(8)).not.toEqual(r);
    expect(r.title).toMatch(/SYNTHETIC/);
    expect(r.points).toHaveLength(4 * 3 * 2);
    for (const p of r.points) {
      const parts = Object.values(p.energy).reduce((s, e) => s + e, 0);
      expect(p.energyPj).toBeCloseTo(parts, 6);
      expect(p.cycles).toBe(p.layers.reduce((s, l) => s + l.cycles, 0));
      expect(p.macs).toBe(1_117_056); // conv1 112,896 + conv2 903,168 + fc1 100,352 + fc2 640
      expect(p.utilization).toBeGreaterThan(0);
      expect(p.utilization).toBeLessThanOrEqual(1);
    }
  });
});
