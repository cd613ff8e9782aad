import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fp32AverageExact } from '../../core/fp32-average.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
const INF_BITS = 0x7f800000;

/** A finite double times 2^149 as a BigInt (every FP32 value is an integer multiple of 2^−149). */
function times2p149(x: number): bigint {
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) { m *= 2; e += 1; }
  return BigInt(m) * 2n ** BigInt(149 - e);
}

/** The value of the non-negative FP32 bit pattern `bits` times 2^149; +inf's pattern stands for 2^128. */
function patternValue(bits: number): bigint {
  if (bits === INF_BITS) return 2n ** (128n + 149n);
  U32[0] = bits;
  return times2p149(F32[0]!);
}

/**
 * The direct re-statement: the sum as an exact rational S / 2^149, and the FP32 nearest to S / (d · 2^149)
 * found by comparing exact distances among the FP32 patterns around a double estimate (ties: the even
 * pattern; 2^128, even, stands for +inf, so overflow follows IEEE's rounding).
 */
function restated(terms: readonly number[], d: number): number {
  if (terms.some((t) => !Number.isFinite(t))) return Math.fround(terms.reduce((a, b) => a + b, 0) / d);
  if (terms.length > 0 && terms.every((t) => Object.is(t, -0))) return -0;
  const s = terms.reduce((a, t) => a + times2p149(t), 0n);
  if (s === 0n) return 0;
  const neg = s < 0n;
  const abs = neg ? -s : s;
  const den = BigInt(d);
  // A double estimate of |v| picks the neighbourhood; the exact distances decide.
  F32[0] = Math.min(Number(abs) / d / 2 ** 149, 3.4028234663852886e38);
  const guess = U32[0]!;
  let best = -1;
  let bestDist = 0n;
  for (let b = Math.max(0, guess - 3); b <= Math.min(INF_BITS, guess + 3); b++) {
    const diff = patternValue(b) * den - abs;
    const dist = diff < 0n ? -diff : diff;
    if (best < 0 || dist < bestDist || (dist === bestDist && b % 2 === 0)) [best, bestDist] = [b, dist];
  }
  U32[0] = best;
  const v = best === INF_BITS ? Infinity : F32[0]!;
  return neg ? -v : v;
}

/** Any finite FP32 value, uniform over the bit patterns (huge dynamic ranges: the exact path). */
const anyF32 = fc.integer({ min: 0, max: 0xffffffff }).map((b) => { U32[0] = b; return F32[0]!; }).filter(Number.isFinite);
/** Activation-like FP32 values (the double sum is exact: the fast path). */
const activation = fc.float({ noNaN: true, noDefaultInfinity: true, min: -64, max: 64 });
/** Two adjacent FP32 values: their average is an FP32 midpoint. */
const adjacent = fc.integer({ min: 0, max: 0x7f7ffffe }).chain((b) => fc.boolean().map((neg) => {
  U32[0] = b; const lo = F32[0]!; U32[0] = b + 1; const hi = F32[0]!;
  return neg ? [-lo, -hi] : [lo, hi];
}));

describe('fp32AverageExact', () => {
  it('rounds the exact sum once: ties to even, −0 only from −0 terms, NaN and inf as IEEE', () => {
    expect(fp32AverageExact([1, 2, 2], 3)).toBe(Math.fround(5 / 3));
    expect(fp32AverageExact([1, 1 + 2 ** -23], 2)).toBe(1);
    expect(fp32AverageExact([1 + 2 ** -23, 1 + 2 ** -22], 2)).toBe(1 + 2 ** -22);
    // the double sum loses 2^−60 here (1 + 2^−60 − 1 = 0 in doubles); the exact sum keeps it
    expect(fp32AverageExact([1, 2 ** -60, -1], 3)).toBe(Math.fround(2 ** -60 / 3));
    expect(fp32AverageExact([2 ** -149], 2)).toBe(0);
    expect(fp32AverageExact([3 * 2 ** -149], 2)).toBe(2 * 2 ** -149);
    expect(fp32AverageExact([3.4028234663852886e38, 3.4028234663852886e38], 1)).toBe(Infinity);
    expect(Object.is(fp32AverageExact([-0, -0], 2), -0)).toBe(true);
    expect(Object.is(fp32AverageExact([-0, 0], 2), 0)).toBe(true);
    expect(Object.is(fp32AverageExact([1, -1], 2), 0)).toBe(true);
    expect(fp32AverageExact([], 4)).toBe(0);
    expect(fp32AverageExact([Infinity, 1], 2)).toBe(Infinity);
    expect(fp32AverageExact([Infinity, -Infinity], 2)).toBeNaN();
    expect(fp32AverageExact([NaN, 1], 2)).toBeNaN();
    expect(fp32AverageExact([9, 1, 2, 4, 9], 3, 1, 4)).toBe(Math.fround(7 / 3));
    expect(() => fp32AverageExact([1], 0)).toThrow(/divisor/);
    expect(() => fp32AverageExact([1], 1.5)).toThrow(/divisor/);
    expect(() => fp32AverageExact([1, 2 ** -60, 0.1], 3)).toThrow(/not an FP32 value/);
  });

  it('equals the nearest FP32 to the exact rational Σ/d (BigInt re-statement)', () => {
    const terms = fc.oneof(
      fc.array(anyF32, { maxLength: 12 }),
      fc.array(activation, { maxLength: 64 }),
      adjacent,
      fc.tuple(adjacent, fc.array(activation, { maxLength: 6 })).map(([a, r]) => [...a, ...r, ...r.map((x) => -x)]),
    );
    fc.assert(fc.property(terms, fc.integer({ min: 1, max: 100 }), (ts, d) => {
      const got = fp32AverageExact(ts, d);
      const want = restated(ts, d);
      expect(Object.is(got, want) || got === want).toBe(true);
      expect(Math.fround(got)).toBe(got);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(3000) });
  });

  it('agrees with the reference on a window of a larger array', () => {
    fc.assert(fc.property(fc.array(activation, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 50 }), (ts, a, b, d) => {
      const [lo, hi] = [a % (ts.length + 1), b % (ts.length + 1)].sort((x, y) => x - y) as [number, number];
      expect(fp32AverageExact(Float32Array.from(ts), d, lo, hi)).toBe(restated(ts.slice(lo, hi), d));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(500) });
  });
});
