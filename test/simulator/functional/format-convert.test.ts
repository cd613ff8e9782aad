// The vector unit's conversions of the float/MX datapath: inputs against the quantizer's conversion
// (quantizeActivations, §14) on random FP32 data, and the output conversion's rounding and clamp.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOf, quantizeActivations } from '../../../compiler/quant/format-quantize.js';
import { E8M0, ELEMENT_TYPES, type NumberFormatName } from '../../../core/number-formats.js';
import { elementValueTable } from '../../../simulator/functional/format-accumulator.js';
import { convertMx, convertOutput, convertPerTensor } from '../../../simulator/functional/format-convert.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const FORMATS: NumberFormatName[] = ['fp8-e4m3', 'mxint8', 'mxfp8', 'mxfp6', 'mxfp4'];
const value = fc.tuple(fc.integer({ min: -(2 ** 23), max: 2 ** 23 }), fc.integer({ min: -30, max: 10 })).map(([m, e]) => Math.fround(m * 2 ** (e - 23)));

describe('format conversions', () => {
  it('inputs: element bytes and E8M0 bytes decode to the quantizer\'s values and exponents ([N,F], blocks of 32)', () => {
    const data = fc.record({ n: fc.integer({ min: 1, max: 3 }), c: fc.integer({ min: 1, max: 80 }), f: fc.constantFrom(...FORMATS), s: fc.double({ min: 1e-3, max: 10, noNaN: true }) })
      .chain((sh) => fc.record({ sh: fc.constant(sh), x: fc.array(value, { minLength: sh.n * sh.c, maxLength: sh.n * sh.c }) }));
    fc.assert(fc.property(data, ({ sh, x }) => {
      const f = formatOf(sh.f);
      const el = ELEMENT_TYPES[f.element];
      const want = quantizeActivations(x, [sh.n, sh.c], f, sh.s);
      const table = elementValueTable(el);
      const xs = Float32Array.from(x);
      if (f.scale.kind === 'real') {
        const bytes = convertPerTensor(xs, sh.s, el);
        expect(Array.from(bytes, (b) => table[b])).toEqual(Array.from(want.vals));
        return;
      }
      const { bytes, scales } = convertMx(xs, sh.n, sh.c, el);
      const blocks = Math.ceil(sh.c / 32);
      expect(Array.from(bytes, (b) => table[b])).toEqual(Array.from(want.vals));
      expect(Array.from(x, (_, i) => scales[Math.floor(i / sh.c) * blocks + Math.floor((i % sh.c) / 32)]! - E8M0.bias)).toEqual(Array.from(want.exps));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });

  it('outputs: fp32(sum · scale) per channel, then the clamp; −0 stays −0 unless clamped', () => {
    const sums = Float32Array.of(1, -2, 7, -0, 3, 0.1);
    const scale = Float32Array.of(2, Math.fround(1 / 3));
    expect(Array.from(convertOutput(sums, scale, -Infinity, Infinity))).toEqual([2, Math.fround(-2 * Math.fround(1 / 3)), 14, -0, 6, Math.fround(0.1 * Math.fround(1 / 3))]);
    // ReLU6: [0, 6]
    expect(Array.from(convertOutput(sums, scale, 0, 6))).toEqual([2, 0, 6, -0, 6, Math.fround(0.1 * Math.fround(1 / 3))]);
    expect(Object.is(convertOutput(Float32Array.of(-0), Float32Array.of(1), 0, 6)[0], -0)).toBe(true);
  });
});
