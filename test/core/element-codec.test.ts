import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFp, encodeFp, encodeInt, floorLog2, fpNanCode, intCodeRange } from '../../core/element-codec.js';
import { ELEMENT_TYPES, type FpElement } from '../../core/number-formats.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';

const FP_TYPES = (['e4m3', 'e5m2', 'e3m2', 'e2m3', 'e2m1'] as const).map((n) => ELEMENT_TYPES[n] as FpElement);

/** The finite non-negative values of `el` with their codes (sign bit 0), ascending: the code table. */
function magnitudes(el: FpElement): { code: number; value: number }[] {
  const out: { code: number; value: number }[] = [];
  for (let c = 0; c < 2 ** (el.bits - 1); c++) {
    const v = decodeFp(c, el);
    if (Number.isFinite(v)) out.push({ code: c, value: v });
  }
  return out;
}

/** The direct re-statement: the nearest finite value of the table, ties to the even code; the sign is copied. */
function bruteEncode(x: number, el: FpElement, table: { code: number; value: number }[]): number {
  const a = Math.abs(x);
  let best = table[0]!;
  for (const t of table) {
    const d = Math.abs(t.value - a);
    const db = Math.abs(best.value - a);
    if (d < db || (d === db && t.code % 2 === 0 && best.code % 2 === 1)) best = t;
  }
  return (x < 0 || Object.is(x, -0) ? 2 ** (el.bits - 1) : 0) + best.code;
}

describe('fp element codec', () => {
  it.each(FP_TYPES.map((el) => [el.name, el] as const))('%s: encode(decode(c)) === c for every finite code, NaN codes decode NaN', (_, el) => {
    let finite = 0;
    for (let c = 0; c < 2 ** el.bits; c++) {
      const v = decodeFp(c, el);
      if (Number.isFinite(v)) {
        finite++;
        expect(encodeFp(v, el)).toBe(c);
      }
    }
    // E4M3: 256 codes minus the two NaNs; E5M2: minus 2 inf and 6 NaN; FP6/FP4: every code is finite.
    const expected = { e4m3: 254, e5m2: 248, e3m2: 64, e2m3: 64, e2m1: 16 }[el.name as 'e4m3'];
    expect(finite).toBe(expected);
    if (fpNanCode(el) !== undefined) expect(decodeFp(fpNanCode(el)!, el)).toBeNaN();
  });

  it('hand-checked codes: E4M3 448 = 0x7E, 0x7F NaN; E5M2 57344 = 0x7B, 0x7C inf; E2M1 6 = 0x7, 0.5 = 0x1', () => {
    const [e4m3, e5m2, , , e2m1] = FP_TYPES as [FpElement, FpElement, FpElement, FpElement, FpElement];
    expect(encodeFp(448, e4m3)).toBe(0x7e);
    expect(encodeFp(1e9, e4m3)).toBe(0x7e);
    expect(encodeFp(-Infinity, e4m3)).toBe(0xfe);
    expect(decodeFp(0x7f, e4m3)).toBeNaN();
    expect(decodeFp(0x01, e4m3)).toBe(2 ** -9);
    expect(encodeFp(57344, e5m2)).toBe(0x7b);
    expect(decodeFp(0x7c, e5m2)).toBe(Infinity);
    expect(encodeFp(6, e2m1)).toBe(0x7);
    expect(encodeFp(0.5, e2m1)).toBe(0x1);
    // Ties to even: 0.25 is halfway between 0 (code 0) and 0.5 (code 1) → 0; 2.5 between 2 (0x4) and 3 (0x5) → 2.
    expect(encodeFp(0.25, e2m1)).toBe(0x0);
    expect(encodeFp(2.5, e2m1)).toBe(0x4);
    expect(encodeFp(-0, e2m1)).toBe(0x8);
  });

  it.each(FP_TYPES.map((el) => [el.name, el] as const))('%s: encode is the nearest finite value, ties to even (brute force over the code table)', (_, el) => {
    const table = magnitudes(el);
    // Arbitrary doubles around the range, and the exact midpoints between neighbouring values (the ties).
    const anyX = fc.double({ min: -2 * el.maxNormal, max: 2 * el.maxNormal, noNaN: true });
    const tie = fc.tuple(fc.integer({ min: 0, max: table.length - 2 }), fc.boolean()).map(([i, neg]) => (neg ? -1 : 1) * (table[i]!.value + table[i + 1]!.value) / 2);
    fc.assert(fc.property(fc.oneof(anyX, tie), (x) => encodeFp(x, el) === bruteEncode(x, el, table)), { seed: PROPERTY_SEED, numRuns: propertyRuns(2000) });
  });
});

describe('int element codec and floorLog2', () => {
  it('mxint8 elements: 1.6 fixed point, narrow [−127, 127], half to even', () => {
    const el = ELEMENT_TYPES['mxint8-elem'];
    expect(intCodeRange(el)).toEqual({ min: -127, max: 127 });
    expect(encodeInt(1, el)).toBe(64);
    expect(encodeInt(5, el)).toBe(127);
    expect(encodeInt(-5, el)).toBe(-127);
    expect(encodeInt(2.5 / 64, el)).toBe(2);
    expect(encodeInt(3.5 / 64, el)).toBe(4);
  });

  it('floorLog2 is exact at and around powers of two', () => {
    fc.assert(fc.property(fc.integer({ min: -1070, max: 1020 }), (e) => {
      const p = 2 ** e;
      return floorLog2(p) === e && floorLog2(p * (1 + 2 ** -52)) === e && (e <= -1022 || floorLog2(p * (1 - 2 ** -53)) === e - 1);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(500) });
  });
});
