// countBursts' closed forms (a run of rows, rows a whole number of bursts apart) against BurstCounter over every step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BurstCounter } from '../../../simulator/memory/dram.js';
import { countBursts } from '../../../simulator/units/dma-bursts.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { arbitraryTransfer, transferSteps } from './transfer-arbitrary.js';

describe('countBursts', () => {
  it('equals BurstCounter over every step (0 for a fill), for random strides and burst sizes', () => {
    fc.assert(fc.property(arbitraryTransfer('input', 64), fc.constantFrom(4, 16, 64), (t, burst) => {
      const want = new BurstCounter(burst);
      if (!(t.op === 'LOAD' && t.fill === 1)) for (const { d } of transferSteps(t)) want.add(d, t.bytesPerRow);
      expect(countBursts(t, burst)).toBe(want.bursts);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(500) });
  });
});
