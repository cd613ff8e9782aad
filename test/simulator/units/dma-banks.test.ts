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

  it('one-row steps whose outer steps interleave the inner ones are packed as walked, not as one stride sequence', () => {
    // rows 0, 2 then 1, 3 (outer stride 1 < rows·inner): banks 0, 0, 1, 1 on 2 banks, 3 cycles by hand.
    const w: RowWalk = { row: 0, byte: 0, bytes: 4, rows: 2, inner: 2, repeat: 2, outer: 1 };
    expect(walkBankCycles(w, 16, 2)).toEqual({ cycles: 3, accesses: 4 });
    // Any strides: the greedy packing over the walked rows.
    const arb = fc.record({
      row: fc.integer({ min: 0, max: 20 }), rows: fc.integer({ min: 1, max: 8 }), inner: fc.integer({ min: 0, max: 6 }),
      repeat: fc.integer({ min: 1, max: 3 }), outer: fc.integer({ min: 0, max: 12 }), banks: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(fc.property(arb, ({ banks, ...a }) => {
      const walk: RowWalk = { ...a, byte: 0, bytes: 4 };
      const rows = Array.from({ length: a.repeat * a.rows }, (_, j) => a.row + Math.floor(j / a.rows) * a.outer + (j % a.rows) * a.inner);
      expect(walkBankCycles(walk, 16, banks)).toEqual({ cycles: inOrderBankCycles(rows.length, banks, (i) => rows[i]!), accesses: rows.length });
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  it('a step starting rows past its row counts from there: 33 bytes from byte 16 of row 0 are rows 1..3, 2 cycles on 2 banks (by hand)', () => {
    // Rows 1 and 3 share bank 1: a second cycle.
    expect(walkBankCycles({ row: 0, byte: 16, bytes: 33, rows: 1, inner: 0, repeat: 1, outer: 0 }, 16, 2)).toEqual({ cycles: 2, accesses: 3 });
  });

  it('the cycles do not depend on where the walk starts (banks are rows mod banks): shifting every row keeps them', () => {
    fc.assert(fc.property(arbitraryTransfer('input', 16), fc.constantFrom(2, 3, 4, 8), fc.integer({ min: 1, max: 50 }), (t, banks, shift) => {
      const w = walkOf(t);
      expect(walkBankCycles({ ...w, row: w.row + shift }, 16, banks)).toEqual(walkBankCycles(w, 16, banks));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });

  it('an empty walk takes no cycle', () => {
    const w: RowWalk = { row: 3, byte: 0, bytes: 40, rows: 0, inner: 1, repeat: 2, outer: 5 };
    expect(walkBankCycles(w, 16, 4)).toEqual({ cycles: 0, accesses: 0 });
    expect(walkBankCycles({ ...w, rows: 3, repeat: 0 }, 16, 4)).toEqual({ cycles: 0, accesses: 0 });
  });
});
