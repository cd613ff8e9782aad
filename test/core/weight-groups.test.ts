// Where groups fall (core/weight-groups.ts): dense in runs of G along K, the last short; conv within a tap
// (tap-major K), ⌈cinG/G⌉ groups per tap, never crossing a tap; effective weights m·q.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { effectiveGroupWeights, weightGroupLayout } from '../../core/weight-groups.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';

describe('weightGroupLayout', () => {
  it('dense: groups of G consecutive inputs, the last one short', () => {
    const l = weightGroupLayout([3, 70], 32);
    expect(l.count).toBe(3);
    expect([l.groupOf[0], l.groupOf[31], l.groupOf[32], l.groupOf[63], l.groupOf[64], l.groupOf[69]]).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('conv: Cin < G is one group per tap; Cin = 40, G = 32 is two per tap (32 + 8)', () => {
    expect(weightGroupLayout([4, 1, 3, 3], 32)).toMatchObject({ count: 9 });
    expect([...weightGroupLayout([4, 1, 3, 3], 32).groupOf]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const l = weightGroupLayout([2, 40, 2, 2], 32);
    expect(l.count).toBe(8);
    // Row order (c, ky, kx): channel 0 tap 0 → group 0; channel 39 tap 3 → tap 3's second group = 7.
    expect(l.groupOf[0]).toBe(0);
    expect(l.groupOf[39 * 4 + 3]).toBe(7);
    expect(l.groupOf[32 * 4 + 1]).toBe(3);
  });

  it('every group holds at most G elements of one tap, and the groups of a tap cover its channels in order', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(32, 64, 128), (cin, kh, kw, G) => {
      const l = weightGroupLayout([1, cin, kh, kw], G);
      const members = new Map<number, { tap: Set<number>; c: number[] }>();
      for (let c = 0; c < cin; c++) {
        for (let t = 0; t < kh * kw; t++) {
          const g = l.groupOf[c * kh * kw + t]!;
          const e = members.get(g) ?? { tap: new Set(), c: [] };
          e.tap.add(t);
          e.c.push(c);
          members.set(g, e);
        }
      }
      expect(members.size).toBe(l.count);
      for (const e of members.values()) {
        expect(e.tap.size).toBe(1);
        expect(e.c.length).toBeLessThanOrEqual(G);
        expect(e.c.every((c, i) => c === e.c[0]! + i && Math.floor(c / G) === Math.floor(e.c[0]! / G))).toBe(true);
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });

  it('effectiveGroupWeights multiplies each weight by its row and group multiplier', () => {
    const l = weightGroupLayout([2, 40], 32);
    const q = Array.from({ length: 80 }, (_, i) => (i % 7) - 3);
    const m = [2, 3, 5, 7];
    const e = effectiveGroupWeights(q, m, l);
    expect(e[0]).toBe(2 * q[0]!);
    expect(e[35]).toBe(3 * q[35]!);
    expect(e[40]).toBe(5 * q[40]!);
    expect(e[79]).toBe(7 * q[79]!);
  });
});
