import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accumulateChunk, chunkSumIsExact, elementRangeInSteps, pow2 } from '../../core/format-dot.js';
import { ELEMENT_TYPES } from '../../core/number-formats.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';

/** Exact value of a finite double as (BigInt numerator, power-of-two exponent): x = num · 2^exp. */
function exact(x: number): { num: bigint; exp: number } {
  if (x === 0) return { num: 0n, exp: 0 };
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) { m *= 2; e -= 1; }
  return { num: BigInt(m), exp: e };
}

/**
 * The direct re-statement of "round to the nearest FP32, ties to even" on an exact rational num · 2^exp:
 * find the FP32 quantum at its binade, round the BigInt quotient by hand. (Normal FP32 range only.)
 */
function roundToF32(num: bigint, exp: number): number {
  if (num === 0n) return 0;
  const neg = num < 0n;
  let a = neg ? -num : num;
  let e = exp;
  // normalise a into [2^23, 2^24) · 2^e by shifting; remember whether bits were dropped
  let sticky = false;
  let half = false;
  while (a >= 1n << 24n) {
    if (half) sticky = true;
    half = (a & 1n) === 1n;
    a >>= 1n;
    e += 1;
  }
  while (a < 1n << 23n) { a <<= 1n; e -= 1; }
  if (half && (sticky || (a & 1n) === 1n)) a += 1n;
  const v = Number(a) * 2 ** e;
  return neg ? -v : v;
}

describe('format dot-product arithmetic', () => {
  it('chunk sums are exact in a double for every MX pairing but E5M2 × E5M2', () => {
    expect(elementRangeInSteps(ELEMENT_TYPES.e4m3)).toBe(229376);
    expect(elementRangeInSteps(ELEMENT_TYPES['mxint8-elem'])).toBe(128);
    expect(elementRangeInSteps(ELEMENT_TYPES.e2m1)).toBe(12);
    expect(chunkSumIsExact(ELEMENT_TYPES.e4m3, ELEMENT_TYPES.e4m3)).toBe(true);
    expect(chunkSumIsExact(ELEMENT_TYPES.e3m2, ELEMENT_TYPES.e2m1)).toBe(true);
    expect(chunkSumIsExact(ELEMENT_TYPES.e5m2, ELEMENT_TYPES.e5m2)).toBe(false);
    expect(pow2(-254)).toBe(2 ** -254);
    expect(() => pow2(255)).toThrow();
  });

  it('accumulateChunk = RNE_f32(acc + RNE_f32(sum · 2^X)), each rounding exact (BigInt re-statement)', () => {
    const f32 = fc.float({ noNaN: true, noDefaultInfinity: true, min: Math.fround(-1e30), max: Math.fround(1e30) }).filter((v) => v === 0 || Math.abs(v) > 1e-30);
    const sum = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
    fc.assert(fc.property(f32, sum, fc.integer({ min: -60, max: 40 }), (acc, s, x) => {
      const r = exact(s);
      const scaled = roundToF32(r.num, r.exp + x);
      const a = exact(acc);
      const b = exact(scaled);
      const e = Math.min(a.exp, b.exp);
      const total = (a.num << BigInt(a.exp - e)) + (b.num << BigInt(b.exp - e));
      return Object.is(accumulateChunk(acc, s, x) + 0, roundToF32(total, e) + 0);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(2000) });
  });
});
