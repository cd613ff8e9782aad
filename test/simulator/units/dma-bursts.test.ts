// countBursts' closed forms (a run of rows, rows a whole number of bursts apart) against BurstCounter over every step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BurstCounter } from '../../../simulator/memory/dram.js';
import { countBursts } from '../../../simulator/units/dma-bursts.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { arbitraryTransfer, transferSteps } from './transfer-arbitrary.js';
import { makeInstruction } from '../../../isa/make-instruction.js';

describe('countBursts', () => {
  it('equals BurstCounter over every step (0 for a fill), for random strides and burst sizes', () => {
    fc.assert(fc.property(arbitraryTransfer('input', 64), fc.constantFrom(4, 16, 64), (t, burst) => {
      const want = new BurstCounter(burst);
      if (!(t.op === 'LOAD' && t.fill === 1)) for (const { d } of transferSteps(t)) want.add(d, t.bytesPerRow);
      expect(countBursts(t, burst)).toBe(want.bursts);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(500) });
  });
});

describe('countBursts closed forms, drawn on purpose', () => {
  /** BurstCounter over every step of `t`: the definition. */
  const counted = (t: ReturnType<typeof makeInstruction<'LOAD'>> | ReturnType<typeof makeInstruction<'STORE'>>, burst: number): number => {
    const want = new BurstCounter(burst);
    for (const { d } of transferSteps(t)) want.add(d, t.bytesPerRow);
    return want.bursts;
  };
  const fields = (c: { rows: number; repeat: number; len: number; d0: number; stride: number; outer: number }) => ({
    buffer: 'input' as const, sramRow: 0, sramByte: 0, bytesPerRow: c.len, rows: c.rows, sramRowStride: 1, dramAddr: c.d0,
    dramRowStride: c.stride, repeat: c.repeat, sramOuterStride: c.rows, dramOuterStride: c.outer,
  });

  it('rows inside one burst, a whole number of bursts apart (0 too), over repeats that meet or skip a burst', () => {
    fc.assert(fc.property(
      fc.constantFrom(4, 16, 64), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 200 }), fc.nat(), fc.nat(), fc.integer({ min: -1, max: 2 }), fc.boolean(),
      (burst, rows, repeat, m, base, lenSeed, outerSeed, outerBursts, store) => {
        const d0 = base;
        const room = burst - (d0 % burst);
        const len = 1 + (lenSeed % room);
        const stride = m * burst;
        // The next repeat starts in the last row's burst (outerBursts 0), the one after it, or further on.
        const outer = Math.max(0, (rows - 1) * stride + outerBursts * burst + (outerSeed % burst));
        const f = fields({ rows, repeat, len, d0, stride, outer });
        const t = store ? makeInstruction('STORE', f) : makeInstruction('LOAD', { ...f, fill: 0, fillByte: 0 });
        expect(countBursts(t, burst)).toBe(counted(t, burst));
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(400) });
  });

  it('runs of rows (a row apart, or gaps shorter than a burst) over repeats that continue in the same burst', () => {
    fc.assert(fc.property(
      fc.constantFrom(4, 16, 64), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 63 }), fc.integer({ min: -8, max: 8 }),
      (burst, rows, repeat, len, d0, gap, back) => {
        const stride = Math.min(len + (gap % burst), Math.max(len, burst));
        const outer = Math.max(0, (rows - 1) * stride + len + back);
        const t = makeInstruction('LOAD', { ...fields({ rows, repeat, len, d0, stride, outer }), fill: 0, fillByte: 0 });
        expect(countBursts(t, burst)).toBe(counted(t, burst));
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(400) });
  });
});
