// The WebAssembly REQUANT kernel against the ISA's REQUANT on the shared exact primitive: every code it
// returns equals clamp(MBQM(acc + bias) + zero), and it declines (undefined) every block with a sum
// outside the accumulator range, which the exact path must count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyByQuantizedMultiplier } from '../../../core/fixed-point.js';
import { wasmSimdAvailable } from '../../../simulator/fast/gemm-wasm.js';
import { requantBlock8Wasm } from '../../../simulator/fast/requant-wasm.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const block = fc.record({
  rows: fc.integer({ min: 1, max: 6 }), n: fc.integer({ min: 1, max: 9 }), extraCols: fc.integer({ min: 0, max: 3 }), firstRow: fc.integer({ min: 0, max: 2 }),
  accBits: fc.integer({ min: 16, max: 32 }), zero: fc.integer({ min: -128, max: 127 }), signed: fc.boolean(), seed: fc.integer(),
  big: fc.boolean(),
});

describe('requantBlock8Wasm', () => {
  it('equals the exact REQUANT on every code it returns, and declines every overflowing block', () => {
    expect(wasmSimdAvailable(), 'Node 20 has WebAssembly SIMD').toBe(true);
    let returned = 0;
    fc.assert(fc.property(block, (c) => {
      const cols = c.n + c.extraCols;
      let s = c.seed >>> 0;
      const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
      const range = c.big ? 2 ** (c.accBits - 1) * 1.2 : 2 ** 20;
      const acc = Float64Array.from({ length: (c.firstRow + c.rows) * cols }, () => Math.round((rand() * 2 - 1) * range));
      const bias = Float64Array.from({ length: c.n }, () => Math.round((rand() * 2 - 1) * 2 ** 16));
      const m0 = Int32Array.from({ length: c.n }, () => 2 ** 30 + Math.floor(rand() * 2 ** 30));
      const shift = Int32Array.from({ length: c.n }, () => -Math.floor(rand() * 31));
      const [qmin, qmax] = c.signed ? [-128, 127] : [0, 255];
      const lo = -(2 ** (c.accBits - 1));
      const hi = 2 ** (c.accBits - 1) - 1;
      const b = { acc, first: c.firstRow * cols, cols, rows: c.rows, bias, m0, shift, zero: c.zero, qmin, qmax, lo, hi };
      const codes = requantBlock8Wasm(b);
      let overflow = false;
      const want: number[][] = [];
      for (let r = 0; r < c.rows; r++) {
        want.push([]);
        for (let col = 0; col < c.n; col++) {
          const v = acc[b.first + r * cols + col]! + bias[col]!;
          if (v < lo || v > hi) overflow = true;
          want[r]!.push(Math.min(qmax, Math.max(qmin, multiplyByQuantizedMultiplier(v, m0[col]!, shift[col]!) + c.zero)) & 255);
        }
      }
      if (overflow) {
        expect(codes).toBeUndefined();
        return;
      }
      if (codes === undefined) return; // declined (an inexact product): the exact path runs instead
      returned++;
      const stride = codes.length / c.rows;
      expect(stride).toBe(2 * Math.ceil(c.n / 2));
      const got = want.map((row, r) => row.map((_, col) => codes[r * stride + col]!));
      expect(got).toEqual(want);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
    // Not vacuous: most in-range blocks are the kernel's.
    expect(returned).toBeGreaterThan(propertyRuns(300) / 4);
  });
});
