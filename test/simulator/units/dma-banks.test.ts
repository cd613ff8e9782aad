// walkBankCycles' closed forms (one arithmetic row sequence, steps tiling consecutive rows) against the greedy
// in-order packing over every row every step touches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inOrderBankCycles } from '../../../simulator/memory/banks.js';
import { walkBankCycles, type RowWalk } from '../../../simulator/units/dma-banks.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { arbitraryTransfer, transferRows } from './transfer-arbitrary.js';
import type { InstructionOf } from '../../../isa/instruction.js';

const walkOf = (t: InstructionOf<'LOAD'> | InstructionOf<'STORE'>): RowWalk => ({
  row: t.sramRow, byte: t.sramByte, bytes: t.bytesPerRow, rows: t.rows, inner: t.sramRowStride, repeat: t.repeat, outer: t.sramOuterStride,
});

describe('walkBankCycles', () => {
  it('equals inOrderBankCycles over the rows the transfer walks, every row of a multi-row step', () => {
    fc.assert(fc.property(arbitraryTransfer('input', 16), fc.constantFrom(1, 2, 3, 4, 8), (t, banks) => {
      const rows = transferRows(t, 16);
      expect(walkBankCycles(walkOf(t), 16, banks)).toEqual({ cycles: inOrderBankCycles(rows.length, banks, (i) => rows[i]!), accesses: rows.length });
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(500) });
  });

  it('a 40-byte step from byte 8 covers rows 0..2 of 16-byte rows; the next step shares row 2: 2 cycles on 8 banks (by hand)', () => {
    const w: RowWalk = { row: 0, byte: 8, bytes: 40, rows: 2, inner: 2, repeat: 1, outer: 0 };
    // rows 0, 1, 2 then 2, 3, 4: the second access of bank 2 opens a new cycle.
    expect(walkBankCycles(w, 16, 8)).toEqual({ cycles: 2, accesses: 6 });
    expect(walkBankCycles({ ...w, byte: 0, bytes: 32 }, 16, 8)).toEqual({ cycles: 1, accesses: 4 }); // rows 0..3: one run
  });

  it('a stride of 2 on 4 banks uses two banks: 8 rows take 4 cycles (by hand)', () => {
    const rows = { buffer: 'input', sramRow: 1, sramByte: 0, bytesPerRow: 4, rows: 8, sramRowStride: 2, dramAddr: 0, dramRowStride: 4 } as const;
    const t = { op: 'STORE', popPrev: 0, popNext: 0, pushPrev: 0, pushNext: 0, ...rows, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 } as const;
    expect(walkBankCycles(walkOf(t), 16, 4)).toEqual({ cycles: 4, accesses: 8 });
  });
});
