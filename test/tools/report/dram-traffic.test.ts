import { describe, expect, it } from 'vitest';
import { dramEfficiency, dramTrafficJson, renderDramTable, sumTraffic, unclassifiedBytes, type DramTraffic } from '../../../tools/report/dram-traffic.js';

const t = (weights: number, actIn: number, actOut: number, total: number, compulsory: number): DramTraffic => ({
  bytes: { weights, params: 64, activationsIn: actIn, activationsOut: actOut, partialSums: 0 }, total, compulsory,
});

describe('DRAM traffic', () => {
  it('efficiency is compulsory / actual, undefined when nothing crossed DRAM', () => {
    expect(dramEfficiency(t(1000, 500, 400, 2000, 1500))).toBe(0.75);
    expect(dramEfficiency({ ...t(0, 0, 0, 0, 900), bytes: { weights: 0, params: 0, activationsIn: 0, activationsOut: 0, partialSums: 0 } })).toBeUndefined();
  });

  it('sums kinds, totals and compulsory bytes, and finds bytes of no known kind', () => {
    const s = sumTraffic([t(1000, 500, 400, 2000, 1500), t(10, 20, 30, 124, 100)]);
    expect(s).toEqual({ bytes: { weights: 1010, params: 128, activationsIn: 520, activationsOut: 430, partialSums: 0 }, total: 2124, compulsory: 1600 });
    expect(unclassifiedBytes(t(1000, 500, 400, 2000, 1500))).toBe(36);
    expect(dramTrafficJson(t(10, 20, 30, 124, 62))).toEqual({ weights: 10, params: 64, activationsIn: 20, activationsOut: 30, partialSums: 0, unclassified: 0, total: 124, compulsory: 62, efficiency: 0.5 });
  });

  it('renders one row per layer and a total, "other" only when some bytes are of no kind', () => {
    const plain = renderDramTable(['a', 'b'], [t(10, 20, 30, 124, 62), t(0, 0, 0, 64, 640)]);
    expect(plain).not.toContain('other');
    const rows = plain.split('\n').filter((l) => /^\W*(a|b|total)\b/.test(l.replace(/\u001b\[[0-9;]*m/g, '')));
    expect(rows.map((r) => r.replace(/\u001b\[[0-9;]*m/g, '').split(/\s+/).filter((c) => c && c !== '│'))).toEqual([
      ['a', '10', '64', '20', '30', '0', '124', '62', '50%'],
      ['b', '0', '64', '0', '0', '0', '64', '640', '1000%'],
      ['total', '10', '128', '20', '30', '0', '188', '702', '373%'],
    ]);
    expect(renderDramTable(['a'], [t(10, 20, 30, 200, 62)])).toContain('other');
  });
});
