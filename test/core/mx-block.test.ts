import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeE8M0, decodeMxBlock, elementEmax, quantizeMxBlock, sharedScaleCode } from '../../core/mx-block.js';
import { decodeElement, encodeElement } from '../../core/element-codec.js';
import { ELEMENT_TYPES } from '../../core/number-formats.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';

const MX_ELEMENTS = (['e4m3', 'e5m2', 'e3m2', 'e2m3', 'e2m1', 'mxint8-elem'] as const).map((n) => ELEMENT_TYPES[n]);

describe('MX shared scale (E8M0) and block conversion', () => {
  it('emax_elem per MX v1.0 Table 1: E4M3 8, E5M2 15, E3M2 4, E2M3 2, E2M1 2, INT8 0', () => {
    expect(MX_ELEMENTS.map(elementEmax)).toEqual([8, 15, 4, 2, 2, 0]);
  });

  it('hand-checked blocks: E4M3 amax 500 → X = 0 and 500 saturates to 448; a zero block → X = −127; NaN/inf → NaN scale', () => {
    const e4m3 = ELEMENT_TYPES.e4m3;
    const b = quantizeMxBlock([500, 1, -0.3], e4m3);
    expect(b.scaleCode).toBe(127);
    expect(decodeMxBlock(b, e4m3)).toEqual([448, 1, -0.3125]);
    expect(sharedScaleCode([0, 0], e4m3)).toBe(0);
    expect(decodeE8M0(sharedScaleCode([1, NaN], e4m3))).toBeNaN();
    expect(decodeE8M0(sharedScaleCode([Infinity], e4m3))).toBeNaN();
    // MXFP4: amax 1 → X = 0 − 2 = −2, so 1 is element 4 (0b110) and 0.2 → 0.8 → 1 (nearest E2M1 value to 0.8) → 0.25.
    const f4 = quantizeMxBlock([1, 0.2], ELEMENT_TYPES.e2m1);
    expect(decodeMxBlock(f4, ELEMENT_TYPES.e2m1)).toEqual([1, 0.25]);
  });

  it.each(MX_ELEMENTS.map((el) => [el.name, el] as const))('%s: scale is floor(log2 amax) − emax and elements are the element rounding of V/2^X', (_, el) => {
    const value = fc.tuple(fc.double({ min: 1, max: 2, noNaN: true }), fc.integer({ min: -40, max: 40 }), fc.boolean())
      .map(([m, e, neg]) => (neg ? -1 : 1) * m * 2 ** e);
    const block = fc.array(fc.oneof(value, fc.constant(0)), { minLength: 1, maxLength: 32 });
    fc.assert(fc.property(block, (vs) => {
      const b = quantizeMxBlock(vs, el);
      const amax = Math.max(...vs.map(Math.abs));
      const x = b.scaleCode - 127;
      if (amax === 0) return x === -127;
      // The re-statement: 2^(X + emax) ≤ amax < 2^(X + emax + 1), by comparisons of powers of two.
      if (!(2 ** (x + elementEmax(el)) <= amax && amax < 2 ** (x + elementEmax(el) + 1))) return false;
      const decoded = decodeMxBlock(b, el);
      return vs.every((v, i) => decoded[i] === decodeElement(encodeElement(v / 2 ** x, el), el) * 2 ** x);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});
