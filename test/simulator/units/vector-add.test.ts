// ADD at 1, 2, 4 bits (the general path: elements packed in a row, read and written one by one) and 8 (by table) against TFLite's
// reference add written out here: each input rescaled apart, (v − zero)·2^leftShift wrapped to 32 bits, then
// MBQM; the sum wrapped, MBQM, + zero point, clamp. Destination rows may alias a source row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyByQuantizedMultiplier } from '../../../core/fixed-point.js';
import { deriveHw } from '../../../isa/hw-config.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { Counters } from '../../../simulator/stats.js';
import { add } from '../../../simulator/units/vector-unit.js';
import { smallHw } from '../helpers.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

/** Element `index` of a `bits`-wide LSB-first stream from byte `base` (written here, not the simulator's reader). */
function elementAt(bytes: Uint8Array, base: number, index: number, bits: number, signed: boolean): number {
  const bit = index * bits;
  const word = bytes[base + Math.floor(bit / 8)]! | ((bytes[base + Math.floor(bit / 8) + 1] ?? 0) << 8);
  const raw = (word >> (bit % 8)) % 2 ** bits;
  return signed && raw >= 2 ** (bits - 1) ? raw - 2 ** bits : raw;
}

const wrap = (x: number) => ((x % 2 ** 32) + 2 ** 32 + 2 ** 31) % 2 ** 32 - 2 ** 31;

describe('ADD at every element width', () => {
  it('equals TFLite add on every element, 1-, 2-, 4- and 8-bit signed and unsigned codes, aliasing or apart; other rows untouched', () => {
    const q31 = fc.integer({ min: 2 ** 30, max: 2 ** 31 - 1 });
    const shift = fc.integer({ min: -12, max: 0 });
    const arb = fc.record({
      bits: fc.constantFrom(1, 2, 4, 8), signed: fc.integer({ min: 0, max: 1 }), rows: fc.integer({ min: 1, max: 3 }), elemsPart: fc.integer({ min: 1, max: 64 }),
      aMultiplier: q31, aShift: shift, bMultiplier: q31, bShift: shift, outMultiplier: q31, outShift: shift, leftShift: fc.integer({ min: 0, max: 20 }),
      zeros: fc.tuple(fc.integer({ min: -64, max: 127 }), fc.integer({ min: -64, max: 127 }), fc.integer({ min: -64, max: 127 })),
      dst: fc.constantFrom('apart', 'a', 'b'), clamp: fc.tuple(fc.nat(), fc.nat()), seed: fc.integer(),
    });
    fc.assert(fc.property(arb, (a) => {
      const hw = smallHw(4, 8);
      const b = makeBuffers(hw, deriveHw(hw));
      const rb = b.output.rowBytes;
      const elems = 1 + ((a.elemsPart - 1) % Math.floor((rb * 8) / a.bits));
      const [min, max] = a.signed === 1 ? [-(2 ** (a.bits - 1)), 2 ** (a.bits - 1) - 1] : [0, 2 ** a.bits - 1];
      const span = max - min + 1;
      const [qa, qb] = a.clamp.map((c) => min + (c % span)) as [number, number];
      const [aZero, bZero, outZero] = a.zeros.map((z) => min + (((z % span) + span) % span)) as [number, number, number];
      let x = a.seed >>> 0;
      for (let j = 0; j < 16 * rb; j++) b.output.bytes[j] = ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) & 0xff;
      const before = b.output.bytes.slice();
      const [aRow, bRow] = [0, a.rows];
      const dstRow = a.dst === 'a' ? aRow : a.dst === 'b' ? bRow : 2 * a.rows;
      const i = makeInstruction('ADD', {
        aRow, bRow, dstRow, rows: a.rows, elems, aMultiplier: a.aMultiplier, aShift: a.aShift, bMultiplier: a.bMultiplier, bShift: a.bShift,
        outMultiplier: a.outMultiplier, outShift: a.outShift, leftShift: a.leftShift, aZero, bZero, outZero,
        qmin: Math.min(qa, qb), qmax: Math.max(qa, qb), bits: a.bits, signed: a.signed as 0 | 1,
      });
      add(i, b, 4, new Counters());
      const rescale = (v: number, zero: number, m: number, sh: number) => multiplyByQuantizedMultiplier(wrap((v - zero) * 2 ** a.leftShift), m, sh);
      for (let r = 0; r < a.rows; r++) {
        for (let j = 0; j < elems; j++) {
          const av = elementAt(before, (aRow + r) * rb, j, a.bits, a.signed === 1);
          const bv = elementAt(before, (bRow + r) * rb, j, a.bits, a.signed === 1);
          const sum = wrap(rescale(av, aZero, a.aMultiplier, a.aShift) + rescale(bv, bZero, a.bMultiplier, a.bShift));
          const want = Math.min(i.qmax, Math.max(i.qmin, multiplyByQuantizedMultiplier(sum, a.outMultiplier, a.outShift) + outZero));
          expect(elementAt(b.output.bytes, (dstRow + r) * rb, j, a.bits, a.signed === 1)).toBe(want);
        }
        // The bits past the last element keep their value (and every row but the destination rows: below).
        for (let j = elems; j < Math.floor((rb * 8) / a.bits); j++) {
          expect(elementAt(b.output.bytes, (dstRow + r) * rb, j, a.bits, false)).toBe(elementAt(before, (dstRow + r) * rb, j, a.bits, false));
        }
      }
      const outside = (j: number) => j < dstRow * rb || j >= (dstRow + a.rows) * rb;
      expect(Array.from({ length: 16 * rb }, (_, j) => j).filter((j) => outside(j) && b.output.bytes[j] !== before[j])).toEqual([]);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });
});
