// The float/MX datapath's energies from the scaling rules, by hand from the Horowitz 45 nm table
// (adder 0.03 pJ at 8 bits, 0.05 at 16, 0.1 at 32, ∝ width past 32; multiplier 0.2 pJ at 8×8, ∝ aBits·bBits;
// FP32 add 0.9 pJ).
import { describe, expect, it } from 'vitest';
import { ELEMENT_TYPES } from '../../../core/number-formats.js';
import { chunkPartialBits, formatEnergy, formatVectorEnergy } from '../../../simulator/energy/format-scaling.js';
import { energyCosts } from '../../../simulator/energy/scaling.js';

const costs = energyCosts();
const { e4m3, e2m1, e3m2 } = ELEMENT_TYPES;
const mxint8 = ELEMENT_TYPES['mxint8-elem'];

describe('float/MX energy rules', () => {
  it('partial widths: sign + log2(32 · range_a · range_w) in product steps', () => {
    // E4M3: 448 / 2^-9 = 229376 steps; 32 · 229376² = 2^40.6 → 41 + 1
    expect(chunkPartialBits(e4m3, e4m3)).toBe(42);
    // MXINT8: 32 · 128 · 128 = 2^19 → 19 + 1
    expect(chunkPartialBits(mxint8, mxint8)).toBe(20);
    // E2M1: 6 / 0.5 = 12 steps; 32 · 144 = 4608 → 13 + 1
    expect(chunkPartialBits(e2m1, e2m1)).toBe(14);
  });

  it('an E4M3 MAC is a 4×4 mantissa product, a 5-bit exponent add, and a 42-bit shift and add', () => {
    const e = formatEnergy(costs, e4m3, e4m3, false);
    const mult = 0.2 * 16 / 64;
    const expAdd = 0.03 * 5 / 8;
    const add42 = 0.1 * 42 / 32;
    expect(e.macPj).toBeCloseTo(mult + expAdd + 2 * add42, 12);
    // per chunk: normalize (42-bit shifter), round (24-bit add: 0.05 + 0.05·8/16), FP32 add; no E8M0 add
    expect(e.chunkFoldPj).toBeCloseTo(add42 + (0.05 + 0.05 * 8 / 16) + 0.9, 12);
  });

  it('MX adds the two E8M0 exponents per chunk (a 9-bit add); MXINT8 multiplies 8×8 integers', () => {
    const fp = formatEnergy(costs, e4m3, e4m3, false);
    const mx = formatEnergy(costs, e4m3, e4m3, true);
    expect(mx.chunkFoldPj - fp.chunkFoldPj).toBeCloseTo(0.03 + 0.02 / 8, 12);
    const i8 = formatEnergy(costs, mxint8, mxint8, true);
    expect(i8.macPj).toBeCloseTo(0.2 + 0.05 * 20 / 16, 12);
    // narrower elements cost less per MAC
    expect(formatEnergy(costs, e2m1, e2m1, true).macPj).toBeLessThan(formatEnergy(costs, e3m2, e3m2, true).macPj);
    expect(formatEnergy(costs, e3m2, e3m2, true).macPj).toBeLessThan(mx.macPj);
  });

  it('vector-unit events: E4M3 input = FP32 multiply + 5-bit rounder; int32 → FP32 output = 32-bit shift, 24-bit round, FP32 multiply', () => {
    const v = formatVectorEnergy(costs, e4m3);
    const add5 = 0.03 * 5 / 8;
    expect(v.inputPerTensorPj).toBeCloseTo(3.7 + add5, 12);
    expect(v.inputMxPj).toBeCloseTo(0.03 + add5, 12);
    expect(v.outputPj).toBe(3.7);
    expect(v.intOutputPj).toBeCloseTo(0.1 + (0.05 + 0.05 * 8 / 16) + 3.7, 12);
    expect(v.addPj).toBe(0.9);
    expect(v.maxTapPj).toBeCloseTo(0.1, 12);
    // MXINT8's rounder is 10 bits wide: between the 8- and 16-bit adders, 0.03 + 0.02 · 2/8
    expect(formatVectorEnergy(costs, mxint8).inputMxPj).toBeCloseTo(0.03 + 0.03 + 0.02 * 2 / 8, 12);
  });

  it('mixed float elements: the product of both significands, the exponent add one bit wider than the wider field', () => {
    // E4M3 × E2M1: 4×2-bit product; 5-bit exponent add; partial 32 · 229376 · 12 = 2^26.4 → 27 + 1 = 28 bits.
    expect(chunkPartialBits(e4m3, e2m1)).toBe(28);
    expect(formatEnergy(costs, e4m3, e2m1, false).macPj).toBeCloseTo(0.2 * 8 / 64 + 0.03 * 5 / 8 + 2 * (0.05 + 0.05 * 12 / 16), 12);
    // E3M2 × E3M2 (where the integer rule, a 6×6 product and one 24-bit add, would give 0.1875): 3×3 product, 4-bit
    // exponent add, partial 32 · 448² = 2^22.6 → 23 + 1 = 24 bits.
    expect(chunkPartialBits(e3m2, e3m2)).toBe(24);
    expect(formatEnergy(costs, e3m2, e3m2, false).macPj).toBeCloseTo(0.2 * 9 / 64 + 0.03 * 4 / 8 + 2 * (0.05 + 0.05 * 8 / 16), 12);
  });

  it('refuses element pairs with no float/MX datapath, and tables without the FP32 units', () => {
    expect(() => formatEnergy(costs, e4m3, mxint8, true)).toThrow('no float/MX datapath for e4m3 × mxint8-elem');
    expect(() => formatEnergy(costs, ELEMENT_TYPES.log4, ELEMENT_TYPES.log4, false)).toThrow('no float/MX datapath for log4 × log4');
    const noAdd = { ...costs, table: { ...costs.table, name: 'no-add', fpAddPj: {} } };
    const noMult = { ...costs, table: { ...costs.table, name: 'no-mult', fpMultPj: {} } };
    expect(() => formatEnergy(noAdd, e4m3, e4m3, false)).toThrow('energy table no-add lists no FP32 adder');
    expect(() => formatVectorEnergy(noAdd, e4m3)).toThrow('energy table no-add lists no FP32 multiplier or adder');
    expect(() => formatVectorEnergy(noMult, e4m3)).toThrow('energy table no-mult lists no FP32 multiplier or adder');
  });
});
