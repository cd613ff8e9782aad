import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../tools/report/style.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

describe('formatCount', () => {
  it("spells every number as Math.round(n).toLocaleString('en-US') does", () => {
    const same = (n: number) => {
      expect(formatCount(n)).toBe(Math.round(n).toLocaleString('en-US'));
    };
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: false }), fc.maxSafeInteger().map((x) => x * 1000)), same), { seed: PROPERTY_SEED, numRuns: propertyRuns(2000) });
    for (const n of [0, -0, -0.4, 999, 1000, -1000, 999_999, 1_000_000, 123_456_789.5, -2.5, 1e21, -1e21, 1e300, Infinity, -Infinity, NaN]) same(n);
    expect(formatCount(7_875_551)).toBe('7,875,551');
  });
});
