import { describe, expect, it } from 'vitest';
import { ELEMENT_TYPES, NUMBER_FORMATS, E8M0, elementOf } from '../../core/number-formats.js';

// Expected values are the specs' tables (OFP8 rev 1.0 Table 1; MX v1.0 Table 1 and §5.3), not the code.
describe('number formats table', () => {
  it.each([
    ['e4m3', 7, 8, 448, 2 ** -6],
    ['e5m2', 15, 15, 57344, 2 ** -14],
    ['e3m2', 3, 4, 28, 0.25],
    ['e2m3', 1, 2, 7.5, 1],
    ['e2m1', 1, 2, 6, 1],
  ] as const)('%s: bias %d, emax %d, max normal %d, min normal %d', (name, bias, emax, max, minNormal) => {
    const e = ELEMENT_TYPES[name];
    expect(e.kind).toBe('fp');
    expect([e.bias, e.emax, e.maxNormal, e.minNormal]).toEqual([bias, emax, max, minNormal]);
    expect(e.bits).toBe(1 + e.expBits + e.manBits);
  });

  it('the MX formats share 32-element blocks with an E8M0 scale (bias 127, 0xFF NaN)', () => {
    for (const name of ['mxint8', 'mxfp8', 'mxfp6', 'mxfp4'] as const) {
      expect(NUMBER_FORMATS[name].blocking).toEqual({ kind: 'block', size: 32 });
      expect(NUMBER_FORMATS[name].scale.kind).toBe('e8m0');
    }
    expect(E8M0).toMatchObject({ bias: 127, nanCode: 255 });
    expect(elementOf(NUMBER_FORMATS.mxfp4).bits).toBe(4);
    expect(ELEMENT_TYPES['mxint8-elem']).toMatchObject({ bits: 8, scaleExp: -6 });
  });

  it('every format names an element type of the table and its own key', () => {
    for (const [key, f] of Object.entries(NUMBER_FORMATS)) {
      expect(f.name).toBe(key);
      expect(Object.keys(ELEMENT_TYPES)).toContain(f.element);
    }
  });
});
