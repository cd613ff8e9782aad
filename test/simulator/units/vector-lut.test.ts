// The vector unit's LUT: a hand-checked lookup with its cycles and counters, and a property on random
// tables and codes (every element width and signedness) against the table read directly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { deriveHw } from '../../../isa/hw-config.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { Counters } from '../../../simulator/stats.js';
import { readElement, writeElement } from '../../../simulator/functional/elements.js';
import { lut } from '../../../simulator/units/vector-unit.js';
import { smallHw } from '../helpers.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const hw = smallHw(4, 4);
const d = deriveHw(hw);
const fresh = () => makeBuffers(hw, d);

describe('LUT', () => {
  it('looks signed codes up by code + 128, in place; the table fill and the rows are its cycles', () => {
    const b = fresh();
    const rb = b.output.rowBytes;
    const pRows = Math.ceil(256 / b.param.rowBytes);
    // Table at param row 2: entry e = 255 − e (so value v ↦ 127 − v as a byte).
    for (let e = 0; e < 256; e++) b.param.bytes[2 * b.param.rowBytes + e] = 255 - e;
    b.output.bytes.set([0x80, 0xff, 0x00, 0x7f], 3 * rb); // −128, −1, 0, 127
    b.output.bytes.set([0x05, 0xfb, 0x10, 0x20], 4 * rb); // 5, −5, 16, 32
    const k = new Counters();
    const i = makeInstruction('LUT', { srcRow: 3, dstRow: 3, rows: 2, elems: 4, tableRow: 2, srcBits: 8, srcSigned: 1, dstBits: 8, dstSigned: 0 });
    const t = lut(i, b, 16, k);
    // code v → index v + 128 → 255 − (v + 128) = 127 − v.
    expect([...b.output.bytes.subarray(3 * rb, 3 * rb + 4)]).toEqual([255, 128, 127, 0]);
    expect([...b.output.bytes.subarray(4 * rb, 4 * rb + 4)]).toEqual([122, 132, 111, 95]);
    // ceil(256 / param row bytes) rows of table fill, then 2 rows × ceil(4 / 16 lanes).
    expect(t.duration).toBe(pRows + 2);
    expect(k.sramReads.param).toBe(pRows);
    expect(k.sramReads.output).toBe(2);
    expect(k.sramWrites.output).toBe(2);
  });

  it('a 4-bit unsigned table has 16 entries; a signed 4-bit result is sign-extended from its nibble', () => {
    const b = fresh();
    const rb = b.output.rowBytes;
    for (let e = 0; e < 16; e++) b.param.bytes[e] = (e * 3) & 0xf; // entry e = 3e mod 16
    b.output.bytes.set([0x21, 0xf0], 0); // u4 codes 1, 2, 0, 15
    const k = new Counters();
    const t = lut(makeInstruction('LUT', { srcRow: 0, dstRow: 1, rows: 1, elems: 4, tableRow: 0, srcBits: 4, srcSigned: 0, dstBits: 4, dstSigned: 1 }), b, 2, k);
    // 3, 6, 0, 45 mod 16 = 13 → as i4: 3, 6, 0, −3.
    expect([0, 1, 2, 3].map((j) => readElement(b.output.bytes, rb, j, 4, true))).toEqual([3, 6, 0, -3]);
    expect(t.duration).toBe(1 + 2); // one param row of table, 4 elements over 2 lanes
  });

  it('equals table[code − min] on random tables, codes and widths', () => {
    const widths = fc.constantFrom(4, 8);
    fc.assert(fc.property(widths, fc.boolean(), fc.boolean(), fc.uint8Array({ minLength: 256, maxLength: 256 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (bits, sSigned, dSigned, table, rows, elemsRaw, seed) => {
      const b = fresh();
      const rb = b.output.rowBytes;
      const elems = Math.min(elemsRaw * (8 / bits) * 2, (rb * 8) / bits);
      const tableRow = seed % 3;
      b.param.bytes.set(table.subarray(0, 2 ** bits), tableRow * b.param.rowBytes);
      let s = seed;
      const codes: number[][] = [];
      for (let r = 0; r < rows; r++) {
        codes.push([]);
        for (let j = 0; j < elems; j++) {
          s = (Math.imul(s, 1103515245) + 12345) >>> 0;
          const raw = s >>> 24 & (2 ** bits - 1);
          writeElement(b.output.bytes, r * rb, j, bits, raw);
          codes[r]!.push(readElement(b.output.bytes, r * rb, j, bits, sSigned));
        }
      }
      lut(makeInstruction('LUT', { srcRow: 0, dstRow: 4, rows, elems, tableRow, srcBits: bits, srcSigned: sSigned ? 1 : 0, dstBits: bits, dstSigned: dSigned ? 1 : 0 }), b, 4, new Counters());
      const lo = sSigned ? -(2 ** (bits - 1)) : 0;
      for (let r = 0; r < rows; r++) {
        for (let j = 0; j < elems; j++) {
          const entry = table[codes[r]![j]! - lo]! & (2 ** bits - 1);
          const want = dSigned && entry >= 2 ** (bits - 1) ? entry - 2 ** bits : entry;
          expect(readElement(b.output.bytes, (4 + r) * rb, j, bits, dSigned)).toBe(want);
        }
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });
});
