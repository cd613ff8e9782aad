// The 8-bit ADD table against TFLite's add computed with the shared exact primitive, entry by entry (each
// computed on its first use and kept), and its cache: equal parameters share one table, a changed parameter gets its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyByQuantizedMultiplier } from '../../../core/fixed-point.js';
import { wrapToBits } from '../../../core/rounding.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { addTable8 } from '../../../simulator/fast/add-table.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const q31 = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const shift = fc.integer({ min: -31, max: 31 });
const act = fc.integer({ min: -128, max: 127 });
const params = fc.record({
  aMultiplier: q31, aShift: shift, bMultiplier: q31, bShift: shift, outMultiplier: q31, outShift: shift,
  leftShift: fc.integer({ min: 0, max: 30 }), aZero: act, bZero: act, outZero: act, signed: fc.constantFrom(0, 1),
  qmin: act, qmax: act,
});

describe('addTable8', () => {
  it('holds TFLite add of every pair of codes, for random parameters (multipliers, shifts and zero points over their whole fields)', () => {
    fc.assert(fc.property(params, (p) => {
      const signed = p.signed === 1;
      const [lo, hi] = signed ? [-128, 127] : [0, 255];
      const [qmin, qmax] = [Math.max(lo, Math.min(p.qmin, p.qmax) + (signed ? 0 : 128)), Math.min(hi, Math.max(p.qmin, p.qmax) + (signed ? 0 : 128))];
      const i = makeInstruction('ADD', { aRow: 0, bRow: 1, dstRow: 2, rows: 1, elems: 1, ...p, qmin, qmax, bits: 8 });
      const table = addTable8(i);
      const rescale = (v: number, zero: number, m: number, sh: number) => multiplyByQuantizedMultiplier(wrapToBits((v - zero) * 2 ** p.leftShift, 32), m, sh);
      for (let a = lo; a <= hi; a++) {
        const ra = rescale(a, p.aZero, p.aMultiplier, p.aShift);
        for (let b = lo; b <= hi; b++) {
          const sum = wrapToBits(ra + rescale(b, p.bZero, p.bMultiplier, p.bShift), 32);
          const want = Math.min(qmax, Math.max(qmin, multiplyByQuantizedMultiplier(sum, p.outMultiplier, p.outShift) + p.outZero));
          const flip = signed ? 128 : 0;
          const index = (((a & 255) ^ flip) << 8) | ((b & 255) ^ flip);
          const before = table.codes[index]; // −1: not met before
          const got = table.entry(index);
          if (before !== -1 || got !== (want & 255) || table.codes[index] !== got) {
            expect({ a, b, before, got, kept: table.codes[index] }).toEqual({ a, b, before: -1, got: want & 255, kept: want & 255 });
          }
        }
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(8) });
  });

  it('shares a table between equal parameter sets and not across a changed one', () => {
    const p = { aRow: 0, bRow: 1, dstRow: 2, rows: 1, elems: 1, aMultiplier: 2 ** 30, aShift: 0, bMultiplier: 2 ** 30, bShift: 0,
      outMultiplier: 2 ** 30, outShift: 1, leftShift: 20, aZero: 0, bZero: 0, outZero: 0, qmin: -128, qmax: 127, bits: 8, signed: 1 };
    const t = addTable8(makeInstruction('ADD', p));
    expect(addTable8(makeInstruction('ADD', { ...p, aRow: 5, rows: 3 }))).toBe(t);
    expect(addTable8(makeInstruction('ADD', { ...p, bZero: 1 }))).not.toBe(t);
  });
});
