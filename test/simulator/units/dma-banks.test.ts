// transferBankCycles' closed form (one arithmetic row sequence) against the greedy in-order packing over every row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inOrderBankCycles } from '../../../simulator/memory/banks.js';
import { transferBankCycles } from '../../../simulator/units/dma-banks.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { arbitraryTransfer, transferSteps } from './transfer-arbitrary.js';

describe('transferBankCycles', () => {
  it('equals inOrderBankCycles over the rows the transfer walks', () => {
    fc.assert(fc.property(arbitraryTransfer('input', 16), fc.constantFrom(1, 2, 3, 4, 8), (t, banks) => {
      const rows = transferSteps(t).map((x) => x.s);
      expect(transferBankCycles(t, banks)).toBe(inOrderBankCycles(rows.length, banks, (i) => rows[i]!));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(500) });
  });

  it('a stride of 2 on 4 banks uses two banks: 8 rows take 4 cycles (by hand)', () => {
    const rows = { buffer: 'input', sramRow: 1, sramByte: 0, bytesPerRow: 4, rows: 8, sramRowStride: 2, dramAddr: 0, dramRowStride: 4 } as const;
    const t = { op: 'STORE', popPrev: 0, popNext: 0, pushPrev: 0, pushNext: 0, ...rows, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 } as const;
    expect(transferBankCycles(t, 4)).toBe(4);
  });
});
