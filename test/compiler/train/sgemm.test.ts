import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsSgemm, WasmSgemm, createSgemm, wasmSgemmAvailable, type BLayout } from '../../../compiler/train/sgemm.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

/** Exact-enough float64 product with B in either layout, and Σ|a·b| per output (the rounding scale). */
function oracle(a: Float32Array, b: Float32Array, m: number, n: number, k: number, layout: BLayout): { c: Float64Array; mag: Float64Array } {
  const c = new Float64Array(m * n);
  const mag = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    for (let t = 0; t < k; t++) {
      const p = a[i * k + t]! * b[layout === 'kn' ? t * n + j : j * k + t]!;
      c[i * n + j]! += p;
      mag[i * n + j]! += Math.abs(p);
    }
  }
  return { c, mag };
}

const matrices = fc.record({
  m: fc.integer({ min: 1, max: 13 }), n: fc.integer({ min: 1, max: 21 }), k: fc.integer({ min: 0, max: 600 }),
  layout: fc.constantFrom<BLayout>('kn', 'nk'), seed: fc.integer({ min: 1, max: 2 ** 30 }),
});

function fill(len: number, seed: number): Float32Array {
  const out = new Float32Array(len);
  let s = seed >>> 0;
  for (let i = 0; i < len; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s / 2 ** 32) * 4 - 2;
  }
  return out;
}

describe('sgemm', () => {
  it('the WebAssembly SIMD kernel is available on Node 20', () => {
    expect(wasmSgemmAvailable()).toBe(true);
    expect(createSgemm().backend).toBe('wasm');
    expect(createSgemm('js').backend).toBe('js');
  });

  for (const make of [() => new JsSgemm(), () => createSgemm('wasm')]) {
    const name = make().backend;
    it(`${name}: equals the float64 product within f32 rounding (both layouts, ragged edges, k across blocks)`, () => {
      const g = make();
      fc.assert(fc.property(matrices, ({ m, n, k, layout, seed }) => {
        const a = fill(m * k, seed);
        const b = fill(k * n, seed + 1);
        const c = new Float32Array(m * n).fill(NaN);
        g.matmul(c, a, b, m, n, k, layout);
        const want = oracle(a, b, m, n, k, layout);
        for (let i = 0; i < m * n; i++) expect(Math.abs(c[i]! - want.c[i]!)).toBeLessThanOrEqual(want.mag[i]! * k * 2 ** -23 + 1e-30);
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(60) });
    });
  }

  it('wasm and js agree within float tolerance, and wasm is deterministic call to call', () => {
    const w = createSgemm('wasm') as WasmSgemm;
    const j = new JsSgemm();
    const [m, n, k] = [37, 70, 1000];
    const a = fill(m * k, 5);
    const b = fill(n * k, 6);
    const cw = new Float32Array(m * n);
    const cw2 = new Float32Array(m * n);
    const cj = new Float32Array(m * n);
    w.matmul(cw, a, b, m, n, k, 'nk');
    w.matmul(new Float32Array(5), a, b, 1, 5, 3, 'kn'); // another shape in between
    w.matmul(cw2, a, b, m, n, k, 'nk');
    j.matmul(cj, a, b, m, n, k, 'nk');
    expect(Buffer.from(cw2.buffer)).toEqual(Buffer.from(cw.buffer));
    for (let i = 0; i < m * n; i++) expect(cw[i]).toBeCloseTo(cj[i]!, 2);
  });
});
