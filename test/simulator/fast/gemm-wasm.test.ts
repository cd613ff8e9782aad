import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { InternalError } from '../../../core/diagnostics.js';
import { MAX_GEMM_K, type GemmActivations, type Int8Gemm } from '../../../simulator/functional/gemm.js';
import { JsInt8Gemm } from '../../../simulator/fast/gemm-js.js';
import { gemmReference } from '../../../simulator/functional/gemm-reference.js';
import { chooseGemmBackend, createInt8Gemm, WasmInt8Gemm } from '../../../simulator/fast/gemm-wasm.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const kernels = (): Int8Gemm[] => [new WasmInt8Gemm(), new JsInt8Gemm()];

/** Fills with a fixed value (the extremes tests). */
const filled = <T extends Int8Array | Uint8Array | Int32Array>(make: new (n: number) => T, n: number, v: number): T => {
  const x = new make(n);
  x.fill(v);
  return x;
};

interface Case {
  m: number;
  n: number;
  k: number;
  a: GemmActivations;
  w: Int8Array;
  bias: Int32Array | undefined;
}

// Shapes from 1 to 70: every remainder of the 2-row, 4-channel and 8-k blocks, and 1 itself.
const anyCase: fc.Arbitrary<Case> = fc
  .record({ m: fc.integer({ min: 1, max: 70 }), n: fc.integer({ min: 1, max: 70 }), k: fc.integer({ min: 1, max: 70 }) })
  .chain(({ m, n, k }) =>
    fc.record({
      m: fc.constant(m),
      n: fc.constant(n),
      k: fc.constant(k),
      a: fc.oneof(fc.int8Array({ minLength: m * k, maxLength: m * k }), fc.uint8Array({ minLength: m * k, maxLength: m * k })),
      w: fc.int8Array({ minLength: n * k, maxLength: n * k }),
      bias: fc.option(fc.int32Array({ minLength: n, maxLength: n }), { nil: undefined }),
    }),
  );

describe('int8 GEMM kernels', () => {
  it('hand-computed 2x2x3 with bias (signed and unsigned activations)', () => {
    // A = [[1, -2, 3], [-128, 127, 0]], W = [[4, 5, -6], [-1, 0, 2]], bias = [10, -20]
    // C[0] = [10 + 4 - 10 - 18, -20 - 1 + 0 + 6] = [-14, -15]
    // C[1] = [10 - 512 + 635 + 0, -20 + 128 + 0 + 0] = [133, 108]
    const a = Int8Array.of(1, -2, 3, -128, 127, 0);
    const w = Int8Array.of(4, 5, -6, -1, 0, 2);
    const bias = Int32Array.of(10, -20);
    // As uint8, -2 reads 254 and -128 reads 128: C[0][0] = 10 + 4 + 1270 - 18 = 1266.
    const u = Uint8Array.of(1, 254, 3, 128, 127, 0);
    for (const g of kernels()) {
      expect([...g.gemm(a, 2, g.packWeights(w, 2, 3), bias)], g.backend).toEqual([-14, -15, 133, 108]);
      expect(g.gemm(u, 2, g.packWeights(w, 2, 3), bias)[0], g.backend).toBe(1266);
    }
    expect([...gemmReference(a, 2, w, 2, 3, bias)]).toEqual([-14, -15, 133, 108]);
  });

  it('wasm == js == reference exactly on random shapes, signedness and bias', () => {
    const wasm = new WasmInt8Gemm();
    const js = new JsInt8Gemm();
    fc.assert(
      fc.property(anyCase, ({ m, n, k, a, w, bias }) => {
        const expected = gemmReference(a, m, w, n, k, bias);
        expect(wasm.gemm(a, m, wasm.packWeights(w, n, k), bias)).toEqual(expected);
        expect(js.gemm(a, m, js.packWeights(w, n, k), bias)).toEqual(expected);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(150) },
    );
  });

  it('extremes at the K limit: all -128, all 127, u8 255 against -128', () => {
    const k = MAX_GEMM_K;
    const [m, n] = [3, 5];
    const cases: Array<[GemmActivations, number, number]> = [
      [filled(Int8Array, m * k, -128), -128, 128 * 128 * k], // 2^30
      [filled(Int8Array, m * k, 127), 127, 127 * 127 * k],
      [filled(Int8Array, m * k, -128), 127, -128 * 127 * k],
      [filled(Uint8Array, m * k, 255), -128, -255 * 128 * k], // -2139095040, the most negative sum
    ];
    for (const g of kernels()) {
      for (const [a, wv, sum] of cases) {
        const c = g.gemm(a, m, g.packWeights(filled(Int8Array, n * k, wv), n, k));
        expect(c, `${g.backend} ${wv}`).toEqual(filled(Int32Array, m * n, sum));
      }
    }
  });

  it('large K splits N into several cache panels (K = 4608, N = 301) without changing a value', () => {
    // 301 channels x 4608 k x 2 bytes = 2.8 MB of packed weights: six 512 kB panels, the last one partial.
    const [m, n, k] = [3, 301, 4608];
    const a = Int8Array.from({ length: m * k }, (_, i) => ((i * 7919) % 255) - 127);
    const w = Int8Array.from({ length: n * k }, (_, i) => ((i * 104729) % 256) - 128);
    const bias = Int32Array.from({ length: n }, (_, j) => j * 1001 - 150000);
    const expected = gemmReference(a, m, w, n, k, bias);
    for (const g of kernels()) expect(g.gemm(a, m, g.packWeights(w, n, k), bias), g.backend).toEqual(expected);
  });

  it('adding the bias wraps modulo 2^32 in every kernel and in the reference', () => {
    const a = Int8Array.of(1, 2);
    const w = Int8Array.of(1, 1, -1, -1);
    const bias = Int32Array.of(2 ** 31 - 1, -(2 ** 31));
    const expected = [-(2 ** 31) + 2, 2 ** 31 - 3]; // (2^31 - 1) + 3 and -2^31 - 3, wrapped
    expect([...gemmReference(a, 1, w, 2, 2, bias)]).toEqual(expected);
    for (const g of kernels()) expect([...g.gemm(a, 1, g.packWeights(w, 2, 2), bias)], g.backend).toEqual(expected);
  });

  it('packed weights are reused across calls, interleaved with other packings and memory growth', () => {
    const rand = fc.sample(fc.int8Array({ minLength: 4000, maxLength: 4000 }), { seed: PROPERTY_SEED, numRuns: 1 })[0]!;
    const w1 = rand.subarray(0, 9 * 37);
    const w2 = rand.subarray(400, 400 + 300 * 11);
    const a1 = rand.subarray(3000, 3000 + 13 * 37);
    const a2 = Int8Array.from({ length: 200 * 11 }, (_, i) => rand[i % 4000]! ^ i);
    for (const g of kernels()) {
      const p1 = g.packWeights(w1, 9, 37);
      const first = g.gemm(a1, 13, p1);
      const p2 = g.packWeights(w2, 300, 11); // grows the wasm memory (C alone is 240 kB)
      expect(g.gemm(a2, 200, p2)).toEqual(gemmReference(a2, 200, w2, 300, 11));
      expect(g.gemm(a1, 13, p1)).toEqual(first);
      expect(first).toEqual(gemmReference(a1, 13, w1, 9, 37));
    }
  });

  it('packStrided equals packWeights of the matrix its rectangles describe (zeros elsewhere)', () => {
    // A grid of rectangles (some left out: zeros) over an n × k matrix, each read from its own strided rows.
    const rect = fc.record({ used: fc.boolean(), step: fc.integer({ min: 1, max: 40 }), first: fc.nat({ max: 60 }) });
    const shape = fc.record({ cuts: fc.uniqueArray(fc.integer({ min: 1, max: 69 }), { maxLength: 3 }), kCuts: fc.uniqueArray(fc.integer({ min: 1, max: 69 }), { maxLength: 3 }) });
    fc.assert(fc.property(shape, fc.array(rect, { minLength: 16, maxLength: 16 }), fc.uint8Array({ minLength: 4000, maxLength: 4000 }), fc.integer({ min: 1, max: 9 }), ({ cuts, kCuts }, rects, bytes, m) => {
      const jEdges = [0, ...cuts.sort((a, b) => a - b), 70].filter((x, i, xs) => i === 0 || x > xs[i - 1]!);
      const pEdges = [0, ...kCuts.sort((a, b) => a - b), 70].filter((x, i, xs) => i === 0 || x > xs[i - 1]!);
      const n = jEdges[jEdges.length - 1]!;
      const k = pEdges[pEdges.length - 1]!;
      const dense = new Int8Array(n * k);
      const list: number[] = [];
      let r = 0;
      for (let a = 0; a + 1 < jEdges.length; a++) for (let b = 0; b + 1 < pEdges.length; b++, r++) {
        const { used, step, first } = rects[r % rects.length]!;
        if (!used) continue;
        const [j0, nr, p0, kr] = [jEdges[a]!, jEdges[a + 1]! - jEdges[a]!, pEdges[b]!, pEdges[b + 1]! - pEdges[b]!];
        list.push(j0, nr, p0, kr, first, step);
        for (let j = 0; j < nr; j++) for (let p = 0; p < kr; p++) dense[(j0 + j) * k + p0 + p] = (bytes[first + j + p * step]! << 24) >> 24;
      }
      const g = new WasmInt8Gemm();
      const a = Int8Array.from({ length: m * k }, (_, i) => ((i * 53) % 255) - 127);
      const strided = g.packStrided(n, k, bytes, Int32Array.from(list), list.length / 6);
      expect(g.gemm(a, m, strided)).toEqual(g.gemm(a, m, g.packWeights(dense, n, k)));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(60) });
  });

  it('activation views and result views give the same values, call after call', () => {
    const w = Int8Array.from({ length: 300 * 8 }, (_, i) => ((i * 37) % 256) - 128);
    const values = Uint8Array.from({ length: 100 * 8 }, (_, i) => (i * 101) % 256);
    const expected = gemmReference(values, 100, w, 300, 8);
    for (const g of kernels()) {
      const packed = g.packWeights(w, 300, 8);
      const view = g.activationView(100, packed, 'uint8'); // reserves the 120 kB output too
      view.set(values);
      expect(g.gemmView(view, 100, packed), g.backend).toEqual(expected);
      view[0] = 0; // row 0 loses its first term: C[0][j] -= values[0] * W[j][0]
      const again = g.gemmView(view, 100, packed);
      expect(again[0], g.backend).toBe(expected[0]! - values[0]! * w[0]!);
      expect(again.subarray(300), g.backend).toEqual(expected.subarray(300));
      const signed = g.activationView(2, packed, 'int8');
      signed.set(Int8Array.of(-128, 127, 1, 0, 0, 0, 0, -1, 5, 5, 5, 5, 5, 5, 5, 5));
      expect(g.gemm(signed, 2, packed), g.backend).toEqual(gemmReference(Int8Array.from(signed), 2, w, 300, 8));
    }
  });

  it('rejects a K past the exactness limit, wrong lengths and foreign packed weights', () => {
    for (const g of kernels()) {
      expect(() => g.packWeights(new Int8Array(MAX_GEMM_K + 1), 1, MAX_GEMM_K + 1)).toThrow(InternalError);
      expect(() => g.packWeights(new Int8Array(5), 2, 3)).toThrow(/expected N\*K = 2\*3/);
      const packed = g.packWeights(new Int8Array(6), 2, 3);
      expect(() => g.gemm(new Int8Array(5), 2, packed)).toThrow(/expected M\*K = 2\*3/);
      expect(() => g.gemm(new Int8Array(6), 2, packed, new Int32Array(3))).toThrow(/expected N = 2/);
      expect(() => g.gemm(new Int8Array(6), 2, packed, undefined, new Int32Array(3))).toThrow(/expected M\*N = 2\*2/);
      for (const other of kernels()) {
        expect(() => other.gemm(new Int8Array(6), 2, packed)).toThrow(/packed by another kernel/);
      }
    }
  });
});

describe('kernel selection', () => {
  const saved = process.env['ACCSIM_GEMM_BACKEND'];
  afterEach(() => {
    if (saved === undefined) delete process.env['ACCSIM_GEMM_BACKEND'];
    else process.env['ACCSIM_GEMM_BACKEND'] = saved;
  });

  it('takes WebAssembly SIMD when available (Node 20 has it) and falls back to JavaScript otherwise', () => {
    delete process.env['ACCSIM_GEMM_BACKEND'];
    expect(createInt8Gemm().backend).toBe('wasm-simd');
    expect(chooseGemmBackend('auto', true)).toBe('wasm-simd');
    expect(chooseGemmBackend('auto', false)).toBe('js');
    expect(chooseGemmBackend('js', true)).toBe('js');
  });

  it('uses the JavaScript kernel when SIMD is forced off, by argument or environment', () => {
    expect(createInt8Gemm('js')).toBeInstanceOf(JsInt8Gemm);
    process.env['ACCSIM_GEMM_BACKEND'] = 'js';
    const g = createInt8Gemm();
    expect(g.backend).toBe('js');
    expect([...g.gemm(Int8Array.of(2, 3), 1, g.packWeights(Int8Array.of(5, -7), 1, 2))]).toEqual([10 - 21]);
  });
});
