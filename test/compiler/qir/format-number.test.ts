// Shortest round-tripping decimals for f32, float attributes that always look like floats.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatElement, formatF32, formatF64, formatFloatAttr } from '../../../compiler/qir/format-number.js';
import { propertyRuns, PROPERTY_SEED } from '../../property-runs.js';

describe('formatF32', () => {
  test.each([
    [Math.fround(0.1), '0.1'],
    [Math.fround(1 / 3), '0.33333334'],
    [16777216, '16777216'],
    [Math.fround(1e-45), '1e-45'], // the smallest subnormal
    [Math.fround(3.4028234663852886e38), '3.4028235e+38'], // the largest finite f32
    [-2, '-2'],
    [-0, '-0'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
    [NaN, 'nan'],
    [Math.fround(1.1), '1.1'],
    [Math.fround(123456.789), '123456.79'],
  ])('%d → %s', (v, s) => expect(formatF32(v)).toBe(s));

  test('every f32 reads back to the same bits with the fewest significant digits (at most 9)', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true }), (v) => {
        const s = formatF32(v);
        const back = s === 'inf' ? Infinity : s === '-inf' ? -Infinity : Number(s);
        expect(Object.is(Math.fround(back), v)).toBe(true);
        const digits = s.replace(/^-|e.*$|\./g, '').replace(/^0+|0+$/g, '');
        expect(digits.length).toBeLessThanOrEqual(9);
        // Shortest: one significant digit fewer no longer reads back to v.
        if (digits.length > 1 && Number.isFinite(v)) expect(Math.fround(Number(v.toPrecision(digits.length - 1)))).not.toBe(v);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(2000) },
    );
  });
});

describe('formatF64 / formatFloatAttr / formatElement', () => {
  test('f64 uses the shortest double decimal; words for non-finite values', () => {
    expect(formatF64(0.1)).toBe('0.1');
    expect(formatF64(1e21)).toBe('1e+21');
    expect(formatF64(-Infinity)).toBe('-inf');
  });
  test('float attributes always show that they are floats', () => {
    expect(formatFloatAttr(6)).toBe('6.0');
    expect(formatFloatAttr(0)).toBe('0.0');
    expect(formatFloatAttr(-0)).toBe('-0.0');
    expect(formatFloatAttr(1e-5)).toBe('0.00001');
    expect(formatFloatAttr(1e-7)).toBe('1e-7');
    expect(formatFloatAttr(Infinity)).toBe('inf');
    expect(formatFloatAttr(NaN)).toBe('nan');
  });
  test('elements print per dtype', () => {
    expect(formatElement('f32', Math.fround(0.2))).toBe('0.2');
    expect(formatElement('f64', Math.fround(0.2))).toBe('0.20000000298023224');
    expect(formatElement('i8', -3)).toBe('-3');
    expect(formatElement('i64', -(2n ** 63n))).toBe('-9223372036854775808');
  });
});
