import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { floatToHalfBits, halfBitsToFloat } from '../../../compiler/io/half-float.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const isNanBits = (h: number) => (h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0;

/**
 * Oracle for float -> half: binary search the finite halves (their bit patterns are ordered like their
 * values), then pick the nearer neighbour, ties to the even pattern. 0x7c00 stands for 2^16 while
 * rounding, which is exactly IEEE's "round as if the exponent were unbounded, then overflow to inf".
 */
function nearestHalfOracle(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  const value = (h: number) => (h === 0x7c00 ? 65536 : halfBitsToFloat(h));
  if (a >= 65536) return sign | 0x7c00;
  let lo = 0;
  let hi = 0x7c00;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (value(mid) <= a) lo = mid;
    else hi = mid;
  }
  const below = a - value(lo);
  const above = value(hi) - a;
  const pick = below < above ? lo : above < below ? hi : lo % 2 === 0 ? lo : hi;
  return sign | pick;
}

describe('halfBitsToFloat', () => {
  it.each([
    [0x0000, 0], [0x8000, -0], [0x3c00, 1], [0xc000, -2], [0x3555, 0.333251953125],
    [0x7bff, 65504], [0x0400, 2 ** -14], [0x0001, 2 ** -24], [0x03ff, 1023 * 2 ** -24],
    [0x7c00, Infinity], [0xfc00, -Infinity],
  ])('0x%s is %s', (h, v) => {
    expect(Object.is(halfBitsToFloat(h), v)).toBe(true);
  });

  it('maps the NaN patterns to NaN', () => {
    expect(halfBitsToFloat(0x7e00)).toBeNaN();
    expect(halfBitsToFloat(0xfc01)).toBeNaN();
  });
});

describe('floatToHalfBits', () => {
  it('inverts halfBitsToFloat on all 65536 patterns (NaNs stay NaN)', () => {
    for (let h = 0; h <= 0xffff; h++) {
      const back = floatToHalfBits(halfBitsToFloat(h));
      if (isNanBits(h)) expect(isNanBits(back)).toBe(true);
      else if (back !== h) expect(back.toString(16)).toBe(h.toString(16));
    }
  });

  it.each([
    ['1 + 2^-11 (tie) -> 1, even', 1 + 2 ** -11, 0x3c00],
    ['1 + 3·2^-11 (tie) -> 1 + 2^-9, even', 1 + 3 * 2 ** -11, 0x3c02],
    ['just above the tie rounds up', Math.fround(1 + 2 ** -11 + 2 ** -23), 0x3c01],
    ['65519 -> 65504', 65519, 0x7bff],
    ['65520 (tie with 2^16) -> inf', 65520, 0x7c00],
    ['-1e6 -> -inf', -1e6, 0xfc00],
    ['2^-25 (tie with 0) -> +0', 2 ** -25, 0x0000],
    ['-2^-25 -> -0', -(2 ** -25), 0x8000],
    ['3·2^-25 (tie) -> 2·2^-24, even', 3 * 2 ** -25, 0x0002],
    ['just above 2^-25 -> smallest subnormal', Math.fround(2 ** -25 * (1 + 2 ** -23)), 0x0001],
    ['1023.5·2^-24 (tie) -> smallest normal', 1023.5 * 2 ** -24, 0x0400],
    ['float32 subnormal -> 0', 2 ** -140, 0x0000],
  ])('%s', (_name, x, h) => {
    expect(floatToHalfBits(x).toString(16)).toBe(h.toString(16));
  });

  it('keeps NaN a NaN', () => {
    expect(isNanBits(floatToHalfBits(NaN))).toBe(true);
  });

  it('rounds every float32 to the nearest half, ties to even (oracle: search over all halves)', () => {
    const f32 = new Float32Array(1);
    const u32 = new Uint32Array(f32.buffer);
    // Bias to the half range: exponents 100..145 cover subnormal halves through overflow.
    const bits = fc.oneof(
      fc.integer({ min: 0, max: 0xffffffff }),
      fc.tuple(fc.boolean(), fc.integer({ min: 100, max: 145 }), fc.integer({ min: 0, max: 0x7fffff }))
        .map(([s, e, m]) => ((s ? 0x80000000 : 0) | (e << 23) | m) >>> 0),
      // Exact ties: the 13 dropped bits are 1000000000000.
      fc.tuple(fc.integer({ min: 103, max: 142 }), fc.integer({ min: 0, max: 0x3ff })).map(([e, m]) => ((e << 23) | (m << 13) | 0x1000) >>> 0),
    );
    const runs = propertyRuns(5000);
    let nans = 0;
    fc.assert(fc.property(bits, (b) => {
      u32[0] = b;
      const x = f32[0]!;
      if (Number.isNaN(x)) {
        nans++; // the oracle has no NaN; "keeps NaN a NaN" covers them
        return;
      }
      expect(floatToHalfBits(x)).toBe(nearestHalfOracle(x));
    }), { seed: PROPERTY_SEED, numRuns: runs });
    // Skipped NaN patterns stay few: 1 in 500 uniform words, more from fast-check's bias toward the range ends
    // (0xffffffff is a NaN); seed 20261123: 112 of 5000.
    expect(nans).toBeLessThanOrEqual(runs / 25);
  });
});
