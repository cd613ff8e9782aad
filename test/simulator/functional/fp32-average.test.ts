// The FP32 pools' average (simulator/functional/fp32-average.ts): the exact sum, one correctly rounded
// division. Checked against a re-statement by exact rationals: the result is an FP32 value y whose rounding
// interval (the midpoints to its FP32 neighbours, ties to the even one) holds Σ/n; and by hand where an FP32
// adder chain gives another value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fp32AverageExact } from '../../../simulator/functional/fp32-average.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
/** The FP32 value after a non-negative FP32 y (by bit pattern). */
function nextUp(y: number): number {
  f32[0] = y;
  u32[0] = u32[0]! + 1;
  return f32[0]!;
}
/** v · 2^150 as an exact integer: v is FP32 (a multiple of 2^−149) and the product is a double power-of-two shift. */
const exact = (v: number): bigint => BigInt(v * 2 ** 150);

/** The FP32 value before a positive FP32 y (by bit pattern). */
function nextDown(y: number): number {
  f32[0] = y;
  u32[0] = u32[0]! - 1;
  return f32[0]!;
}

/** Whether y ≥ 0 is fp32(s / n) for the exact sum s > 0 (in units of 2^−150) under round to nearest, ties to even. */
function roundsTo(y: number, s: bigint, n: number): boolean {
  f32[0] = y;
  const even = (u32[0]! & 1) === 0;
  // s/n against the midpoints (y + neighbour)/2, all in units of 2^−150: 2s against (y + neighbour)·n.
  const q = 2n * s;
  const nb = BigInt(n);
  const lowMid = y === 0 ? undefined : (exact(y) + exact(nextDown(y))) * nb;
  const highMid = (exact(y) + exact(nextUp(y))) * nb;
  const low = lowMid === undefined || (even ? q >= lowMid : q > lowMid);
  const high = even ? q <= highMid : q < highMid;
  return low && high;
}

describe('fp32AverageExact', () => {
  it('is the correctly rounded quotient of the exact sum (rational re-statement)', () => {
    const v = fc.tuple(fc.integer({ min: -(2 ** 24), max: 2 ** 24 }), fc.integer({ min: -160, max: 100 })).map(([m, e]) => Math.fround(m * 2 ** e));
    fc.assert(fc.property(fc.array(v, { minLength: 1, maxLength: 60 }), (xs) => {
      const y = fp32AverageExact(xs);
      expect(Math.fround(y)).toBe(y);
      const s = xs.reduce((a, x) => a + exact(x), 0n);
      if (s === 0n) {
        expect(Object.is(y, 0)).toBe(true);
        return;
      }
      expect(y < 0).toBe(s < 0n);
      expect(roundsTo(Math.abs(y), s < 0n ? -s : s, xs.length)).toBe(true);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(2000) });
  });

  it('differs from an FP32 adder chain where the chain loses bits (hand-computed)', () => {
    // Exact: (2^24 + 2) / 4 = 2^22 + 0.5, an FP32 value. The chain: fp32(2^24 + 1) = 2^24 (ties to even), + 1 → 2^24, / 4 = 2^22.
    expect(fp32AverageExact([2 ** 24, 1, 1, 0])).toBe(2 ** 22 + 0.5);
    // A tie between FP32 neighbours goes to the even one: (2^24 + 1 + 0 + 0 + 0 + 0 + 0 + 2^24 + 1) / 2 … kept small:
    // (2^25 + 2) / 2 = 2^24 + 1, halfway between 2^24 and 2^24 + 2 → 2^24 (even significand).
    expect(fp32AverageExact([2 ** 24 + 2, 2 ** 24])).toBe(2 ** 24);
    // Subnormal results: (2^−149 + 0) / 2 = 2^−150, a tie between 0 and 2^−149 → +0; three of them / 2 → 2^−149 · 1.5 → 2^−148.
    expect(Object.is(fp32AverageExact([2 ** -149, 0]), 0)).toBe(true);
    expect(fp32AverageExact([2 ** -149, 2 ** -148])).toBe(2 ** -148);
    expect(fp32AverageExact([-3, -3, -2])).toBe(Math.fround(-8 / 3));
  });
});
