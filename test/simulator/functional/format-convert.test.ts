// The vector unit's conversions of the float/MX datapath: inputs against the quantizer's conversion
// (quantizeActivations, §14) on random FP32 data, and the output conversion's rounding and clamp.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activationMultiplier, formatOf, quantizeActivations } from '../../../compiler/quant/format-quantize.js';
import { E8M0, ELEMENT_TYPES, type NumberFormatName } from '../../../core/number-formats.js';
import { elementValueTable } from '../../../simulator/functional/format-accumulator.js';
import { convertMx, convertOutput, convertPerTensor } from '../../../simulator/functional/format-convert.js';
import { decodeFp } from '../../../core/element-codec.js';
import type { FpElement } from '../../../core/number-formats.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const FORMATS: NumberFormatName[] = ['fp8-e4m3', 'mxint8', 'mxfp8', 'mxfp6', 'mxfp4'];
const value = fc.tuple(fc.integer({ min: -(2 ** 23), max: 2 ** 23 }), fc.integer({ min: -30, max: 10 })).map(([m, e]) => Math.fround(m * 2 ** (e - 23)));

/** A finite double as m · 2^e with m an integer (BigInt): exact, by scaling with powers of two. */
function parts(v: number): [bigint, number] {
  let e = 0;
  while (!Number.isInteger(v * 2 ** e)) e++;
  return [BigInt(v * 2 ** e), -e];
}

/**
 * The direct re-statement of §14's per-tensor activation conversion: the exact rational product x · r in
 * BigInt (a common denominator 2^D), the nearest finite element (ties to the even code; values past the
 * largest saturate to it, as OFP8's saturating conversion does), sign copied.
 */
function exactConvert(x: number, r: number, el: FpElement): number {
  const D = 400;
  const [mx, ex] = parts(x);
  const [mr, er] = parts(r);
  const p = mx * mr * 2n ** BigInt(ex + er + D);
  const a = p < 0n ? -p : p;
  let best = { code: 0, dist: -1n };
  for (let c = 0; c < 2 ** (el.bits - 1); c++) {
    const v = decodeFp(c, el);
    if (!Number.isFinite(v)) continue;
    const [mv, ev] = parts(v);
    const d = mv * 2n ** BigInt(ev + D) - a;
    const dist = d < 0n ? -d : d;
    if (best.dist < 0n || dist < best.dist || (dist === best.dist && c % 2 === 0)) best = { code: c, dist };
  }
  return (x < 0 || Object.is(x, -0) ? 2 ** (el.bits - 1) : 0) + best.code;
}

describe('format conversions', () => {
  it('property: per-tensor inputs are element(x · fp32(1/s)), the exact product rounded once (BigInt re-statement)', () => {
    const el = ELEMENT_TYPES.e4m3 as FpElement;
    // Scales over 16 binades and FP32 inputs over 40, so products land on every E4M3 binade, the
    // subnormals, the saturation and (rarely but surely over many runs) near rounding midpoints.
    const scale = fc.tuple(fc.double({ min: 1, max: 2, noNaN: true }), fc.integer({ min: -12, max: 4 })).map(([m, e]) => m * 2 ** e);
    fc.assert(fc.property(scale, fc.array(value, { minLength: 1, maxLength: 40 }), (s, x) => {
      const r = activationMultiplier(s);
      expect(r).toBe(Math.fround(1 / s));
      const want = x.map((v) => exactConvert(v, r, el));
      expect(Array.from(convertPerTensor(Float32Array.from(x), r, el))).toEqual(want);
      expect(Array.from(quantizeActivations(x, [1, x.length], formatOf('fp8-e4m3'), s).vals)).toEqual(want.map((c) => decodeFp(c, el)));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });

  it('per-tensor inputs at exact E4M3 midpoints round to even (x · r exact ties)', () => {
    const el = ELEMENT_TYPES.e4m3 as FpElement;
    // r = 1: 1.0625 lies halfway between 1 (code 0x38) and 1.125 (0x39) → 0x38; 1.1875 between 1.125 and
    // 1.25 (0x3A) → 0x3A; 464 (past 448, halfway to the NaN code's 480) saturates to 0x7E.
    expect(Array.from(convertPerTensor(Float32Array.of(1.0625, 1.1875, 464, -1.0625), 1, el))).toEqual([0x38, 0x3a, 0x7e, 0xb8]);
    expect([1.0625, 1.1875, 464, -1.0625].map((v) => exactConvert(v, 1, el))).toEqual([0x38, 0x3a, 0x7e, 0xb8]);
  });

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
        const bytes = convertPerTensor(xs, activationMultiplier(sh.s), el);
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
