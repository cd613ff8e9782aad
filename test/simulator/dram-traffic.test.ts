// The DRAM traffic split: transfers classified by the region their bytes lie in (hand-computed cases,
// the tensor-descriptor fallback, a transfer crossing regions step by step), and on random transfers
// over random regions the kinds never count more than the DRAM moved, and exactly that when the regions
// cover every byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InstructionOf } from '../../isa/instruction.js';
import { makeInstruction } from '../../isa/make-instruction.js';
import type { DramRegion } from '../../isa/program-tables.js';
import { countTraffic, DramRegions, DRAM_TRAFFIC_KINDS } from '../../simulator/dram-traffic.js';
import { Counters } from '../../simulator/stats.js';
import { countBursts } from '../../simulator/units/dma-bursts.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';

const transfer = (op: 'LOAD' | 'STORE', dramAddr: number, bytesPerRow: number, rows = 1, dramRowStride = 0) => {
  const f = { buffer: 'input' as const, sramRow: 0, sramByte: 0, bytesPerRow, rows, sramRowStride: 1, dramAddr, dramRowStride, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 };
  return op === 'LOAD' ? makeInstruction('LOAD', { ...f, fill: 0, fillByte: 0 }) : makeInstruction('STORE', f);
};
const count = (t: InstructionOf<'LOAD'> | InstructionOf<'STORE'>, regions: DramRegions, k = new Counters()) => {
  countTraffic(t, countBursts(t, 64), 64, regions, k);
  return k;
};

const REGIONS: DramRegion[] = [
  { addr: 0, bytes: 1000, kind: 'weights' }, { addr: 1000, bytes: 200, kind: 'params' },
  { addr: 2048, bytes: 4096, kind: 'activation' }, { addr: 8192, bytes: 1024, kind: 'partialSums' },
];

describe('DRAM traffic by kind', () => {
  it('classifies each transfer by its region (by hand)', () => {
    const r = new DramRegions(REGIONS);
    const k = new Counters();
    count(transfer('LOAD', 64, 256), r, k); // weights: bursts 1..4
    count(transfer('LOAD', 2048, 100, 3, 128), r, k); // activations in: 3 rows of 100 B, bursts 32,33 / 34,35 / 36,37
    count(transfer('STORE', 3000, 64), r, k); // activations out: bytes 3000..3063, bursts 46, 47
    count(transfer('STORE', 8192, 128), r, k); // partial sums: 2 bursts
    count(transfer('LOAD', 7000, 10), r, k); // no region: unclassified
    expect(k.dramBytesByKind).toEqual({ weights: 256, params: 0, activationsIn: 6 * 64, activationsOut: 128, partialSums: 128 });
    expect(k.dramRequestedBytesByKind).toEqual({ weights: 256, params: 0, activationsIn: 300, activationsOut: 64, partialSums: 128 });
  });

  it('splits a transfer that crosses regions step by step, each step by its first byte', () => {
    // Steps of 64 B at 992, 1056, 1120: the first starts in the weights (bursts 15, 16), the others in the params
    // (bursts 16, 17 and 17, 18, each the previous step's last burst not fetched again: 17, then 18).
    const k = count(transfer('LOAD', 992, 64, 3, 64), new DramRegions(REGIONS));
    expect(k.dramBytesByKind.weights).toBe(128);
    expect(k.dramBytesByKind.params).toBe(128);
    expect(k.dramRequestedBytesByKind).toMatchObject({ weights: 64, params: 128 });
  });

  it('falls back to the tensor descriptors when the program has no regions', () => {
    const r = new DramRegions(undefined, [
      { name: 'x', role: 'input', dramAddr: 0, dtype: 'u8', shape: [64], layout: 'NC' },
      { name: 'w', role: 'weight', dramAddr: 64, dtype: 'i4', shape: [128], layout: 'NC' },
      { name: 'b', role: 'bias', dramAddr: 128, dtype: 'i32', shape: [16], layout: 'C' },
    ]);
    const k = count(transfer('LOAD', 64, 64), r); // the i4 weights: 64 bytes
    count(transfer('LOAD', 128, 64), r, k);
    count(transfer('STORE', 0, 64), r, k);
    expect(k.dramBytesByKind).toEqual({ weights: 64, params: 64, activationsIn: 0, activationsOut: 64, partialSums: 0 });
  });

  it('counts at most the bursts moved, and exactly them when the regions cover every byte', () => {
    const arb = fc.record({
      store: fc.boolean(), dramAddr: fc.integer({ min: 0, max: 3000 }), bytesPerRow: fc.integer({ min: 1, max: 300 }), rows: fc.integer({ min: 1, max: 6 }),
      stride: fc.integer({ min: 0, max: 400 }), cuts: fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 6 }), covered: fc.boolean(),
    });
    fc.assert(fc.property(arb, (a) => {
      const t = transfer(a.store ? 'STORE' : 'LOAD', a.dramAddr, a.bytesPerRow, a.rows, a.stride);
      const bounds = [...new Set([0, ...a.cuts, 6000])].sort((x, y) => x - y);
      const kinds = ['weights', 'params', 'activation', 'partialSums'] as const;
      const regions = bounds.slice(1).map((end, j) => ({ addr: bounds[j]!, bytes: end - bounds[j]!, kind: kinds[j % 4]! }))
        .filter((_, j) => a.covered || j % 2 === 0);
      const k = count(t, new DramRegions(regions));
      const moved = countBursts(t, 64) * 64;
      const sum = DRAM_TRAFFIC_KINDS.reduce((s, kind) => s + k.dramBytesByKind[kind], 0);
      if (a.covered) expect(sum).toBe(moved);
      else expect(sum).toBeLessThanOrEqual(moved);
      const requested = DRAM_TRAFFIC_KINDS.reduce((s, kind) => s + k.dramRequestedBytesByKind[kind], 0);
      if (a.covered) expect(requested).toBe(a.rows * a.bytesPerRow);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});
