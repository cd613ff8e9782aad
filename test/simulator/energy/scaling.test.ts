import { describe, expect, it } from 'vitest';
import { HOROWITZ_45NM } from '../../../simulator/energy/horowitz-45nm.js';
import {
  energyCosts, intAddPj, intMultPj, popcountAdderBitsPerInput, sramPer64BitPj, VECTOR_OP_KINDS,
} from '../../../simulator/energy/scaling.js';

const T = HOROWITZ_45NM;

describe('scaling rules (hand-computed from the Horowitz table)', () => {
  it('multiplier ∝ product of widths, the table where it lists the width', () => {
    expect(intMultPj(T, 8, 8)).toBe(0.2);
    expect(intMultPj(T, 32, 32)).toBe(3.1); // the rule would say 3.2
    expect(intMultPj(T, 4, 4)).toBeCloseTo(0.2 * (16 / 64), 12);
    expect(intMultPj(T, 8, 4)).toBeCloseTo(0.1, 12);
    expect(intMultPj(T, 16, 16)).toBeCloseTo(0.8, 12);
    expect(intMultPj(T, 2, 4)).toBeCloseTo(0.025, 12);
  });

  it('adder linear in width between and beyond the listed widths', () => {
    expect(intAddPj(T, 8)).toBe(0.03);
    expect(intAddPj(T, 16)).toBe(0.05);
    expect(intAddPj(T, 24)).toBeCloseTo(0.075, 12);
    expect(intAddPj(T, 12)).toBeCloseTo(0.04, 12);
    expect(intAddPj(T, 4)).toBeCloseTo(0.015, 12);
    expect(intAddPj(T, 1)).toBeCloseTo(0.00375, 12);
    expect(intAddPj(T, 64)).toBeCloseTo(0.2, 12);
  });

  it('SRAM by capacity on a log scale, sqrt outside the table', () => {
    expect(sramPer64BitPj(T, 8192)).toBe(10);
    expect(sramPer64BitPj(T, 16384)).toBeCloseTo(15, 12);
    expect(sramPer64BitPj(T, 65536)).toBeCloseTo(20 + 80 / 5, 12);
    expect(sramPer64BitPj(T, 1 << 20)).toBe(100);
    expect(sramPer64BitPj(T, 2048)).toBeCloseTo(5, 12);
    expect(sramPer64BitPj(T, 4 << 20)).toBeCloseTo(200, 12);
  });

  it('popcount adder tree: 64 inputs use 120 adder bits', () => {
    expect(popcountAdderBitsPerInput(64) * 64).toBe(32 * 1 + 16 * 2 + 8 * 3 + 4 * 4 + 2 * 5 + 6);
    expect(popcountAdderBitsPerInput(2)).toBe(0.5);
  });
});

describe('energyCosts (per-event)', () => {
  const e = energyCosts();
  it('MACs per mode', () => {
    expect(e.macPj('int8', 8, 8)).toBeCloseTo(0.2 + 0.1, 12);
    expect(e.macPj('int4', 4, 4)).toBeCloseTo(0.05 + 0.1, 12);
    expect(e.macPj('int4', 2, 4, { accBits: 16 })).toBeCloseTo(0.025 + 0.05, 12);
    // w4a8: a 4×8 multiplier (0.2 pJ × 32/64) and the 32-bit accumulate
    expect(e.macPj('w4a8', 4, 8)).toBeCloseTo(0.1 + 0.1, 12);
    // w4a8-log: no multiplier; a shifter of 8 + 6 output bits costed as a 14-bit adder (0.03 + 0.02·6/8, the
    // 8 → 16 bit segment of the table) and the 32-bit accumulate, whatever the weight width says
    expect(e.macPj('w4a8-log', 4, 8)).toBeCloseTo(0.045 + 0.1, 12);
    expect(e.macPj('w4a8-log', 4, 8)).toBeLessThan(e.macPj('w4a8', 4, 8));
    // XNOR (1-bit) + 1.875 adder bits of popcount + the 32-bit accumulate shared by 64 lanes
    expect(e.macPj('binary', 1, 1)).toBeCloseTo(0.00375 * 2.875 + 0.1 / 64, 12);
    expect(e.macPj('binary', 1, 1)).toBeLessThan(e.macPj('int4', 4, 4) / 10);
  });

  it('memories, DRAM, register file', () => {
    expect(e.sramAccessPj(32768, 16)).toBeCloseTo(40, 12);
    expect(e.accReadPj(32, 65536)).toBeCloseTo(36 / 2, 12);
    expect(e.accWritePj(16, 8192)).toBeCloseTo(2.5, 12);
    expect(e.dramPjPerByte).toBe(160);
    expect(e.registerPj()).toBe(1);
    expect(e.registerPj(8)).toBe(0.25);
    expect(e.accAddPj(32)).toBe(0.1);
  });

  it('vector ops: pow2 requant saves the 32-bit multiply', () => {
    expect(e.vectorOpPj('requant-pow2')).toBeCloseTo(0.1 + 0.1 + 0.1 + 2 * 0.03, 12);
    expect(e.vectorOpPj('requant-m0shift') - e.vectorOpPj('requant-pow2')).toBeCloseTo(3.1, 12);
    expect(e.vectorOpPj('pool-max', 4)).toBeCloseTo(0.015, 12);
    for (const k of VECTOR_OP_KINDS) expect(e.vectorOpPj(k)).toBeGreaterThan(0);
  });
});
