import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../../core/diagnostics.js';
import { MAX_GEMM_K } from '../../../simulator/functional/gemm.js';
import {
  createBinaryGemm,
  JsBinaryGemm,
  WasmBinaryGemm,
  type BinaryGemm,
} from '../../../simulator/fast/gemm-binary.js';
import { binaryGemmReference } from '../../../simulator/functional/gemm-reference.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const kernels = (): BinaryGemm[] => [new WasmBinaryGemm(), new JsBinaryGemm()];

describe('binary (XNOR-popcount) GEMM', () => {
  it('hand-computed: K = 5 and K = 10 with bias, padding bits ignored', () => {
    // Bits LSB-first: a = +1 -1 +1 +1 -1, w0 = +1 +1 +1 +1 +1, w1 = -1 +1 -1 -1 +1 (bits 0..4).
    // a.w0 = 1 - 1 + 1 + 1 - 1 = 1; a.w1 = -1 - 1 - 1 - 1 - 1 = -5. Garbage in bits 5..7 must not count.
    const a = Uint8Array.of(0b1110_1101);
    const w = Uint8Array.of(0b0001_1111, 0b1111_0010);
    expect([...binaryGemmReference(a, 1, w, 2, 5, Int32Array.of(100, -100))]).toEqual([101, -105]);
    // K = 10: elements 0..7 of a10 (+1 -1 +1 +1 -1 +1 +1 -1) against all +1 give 2; elements 8, 9
    // (a: +1 +1, w: -1 +1) add -1 + 1 = 0; bits 10..15 are garbage.
    const a10 = Uint8Array.of(0b0110_1101, 0b1111_0011);
    const w10 = Uint8Array.of(0b1111_1111, 0b0000_0010);
    for (const g of kernels()) {
      expect([...g.gemm(a, 1, g.packWeights(w, 2, 5), Int32Array.of(100, -100))], g.backend).toEqual([101, -105]);
      expect([...g.gemm(a10, 1, g.packWeights(w10, 1, 10))], g.backend).toEqual([2]);
    }
  });

  it('wasm == js == reference on random shapes and padding garbage', () => {
    const wasm = new WasmBinaryGemm();
    const js = new JsBinaryGemm();
    const anyCase = fc
      .record({ m: fc.integer({ min: 1, max: 20 }), n: fc.integer({ min: 1, max: 20 }), k: fc.integer({ min: 1, max: 200 }) })
      .chain(({ m, n, k }) => {
        const bytes = (rows: number): fc.Arbitrary<Uint8Array> =>
          fc.uint8Array({ minLength: rows * Math.ceil(k / 8), maxLength: rows * Math.ceil(k / 8) });
        const bias = fc.option(fc.int32Array({ minLength: n, maxLength: n }), { nil: undefined });
        return fc.tuple(fc.constant({ m, n, k }), bytes(m), bytes(n), bias);
      });
    fc.assert(
      fc.property(anyCase, ([{ m, n, k }, a, w, bias]) => {
        const expected = binaryGemmReference(a, m, w, n, k, bias);
        expect(wasm.gemm(a, m, wasm.packWeights(w, n, k), bias)).toEqual(expected);
        expect(js.gemm(a, m, js.packWeights(w, n, k), bias)).toEqual(expected);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(100) },
    );
  });

  it('extremes at the K limit: equal rows give +K, complementary rows -K', () => {
    const k = MAX_GEMM_K;
    const ones = new Uint8Array(k / 8).fill(0xff);
    const both = new Uint8Array(k / 4);
    both.fill(0xff, 0, k / 8); // row 0 all +1, row 1 all -1
    for (const g of kernels()) {
      expect([...g.gemm(ones, 1, g.packWeights(both, 2, k))], g.backend).toEqual([k, -k]);
    }
  });

  it('rejects bad lengths, K past the limit and foreign weights; ACCSIM_GEMM_BACKEND=js forces JavaScript', () => {
    for (const g of kernels()) {
      expect(() => g.packWeights(new Uint8Array(2), 2, 9)).toThrow(/expected 2\*ceil\(9\/8\) = 4/);
      expect(() => g.packWeights(new Uint8Array((MAX_GEMM_K + 8) / 8), 1, MAX_GEMM_K + 8)).toThrow(InternalError);
      const packed = g.packWeights(new Uint8Array(2), 2, 3);
      expect(() => g.gemm(new Uint8Array(1), 1, packed, new Int32Array(1))).toThrow(/expected N = 2/);
      for (const other of kernels()) expect(() => other.gemm(new Uint8Array(1), 1, packed)).toThrow(/another kernel/);
    }
    expect(createBinaryGemm().backend).toBe('wasm');
    expect(createBinaryGemm('js').backend).toBe('js');
    const saved = process.env['ACCSIM_GEMM_BACKEND'];
    process.env['ACCSIM_GEMM_BACKEND'] = 'js';
    try {
      expect(createBinaryGemm().backend).toBe('js');
    } finally {
      if (saved === undefined) delete process.env['ACCSIM_GEMM_BACKEND'];
      else process.env['ACCSIM_GEMM_BACKEND'] = saved;
    }
  });
});
