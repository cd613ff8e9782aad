import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsKernels, WasmKernels, createKernels, wasmKernelsAvailable, type BLayout } from '../../../compiler/train/kernels.js';
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
    expect(wasmKernelsAvailable()).toBe(true);
    expect(createKernels().backend).toBe('wasm');
    expect(createKernels('js').backend).toBe('js');
  });

  for (const make of [() => new JsKernels(), () => createKernels('wasm')]) {
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
    const w = createKernels('wasm') as WasmKernels;
    const j = new JsKernels();
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

describe('fake-quantization kernels', () => {
  const cases = fc.record({
    channels: fc.integer({ min: 1, max: 9 }), pixels: fc.integer({ min: 1, max: 40 }), bits: fc.constantFrom(4, 8), z: fc.integer({ min: 0, max: 15 }),
    seed: fc.integer({ min: 1, max: 1e6 }),
  });

  for (const backend of ['wasm', 'js'] as const) {
    it(`${backend}: requantCodes equals the integer reference's requantize of the accumulator floor(x·inv + add), element for element`, async () => {
      const { requantize } = await import('../../../compiler/ir/ops/quantized/requantize.js');
      const { quantizeMultiplier } = await import('../../../compiler/quant/multiplier.js');
      const k = createKernels(backend);
      fc.assert(fc.property(cases, ({ channels, pixels, bits, z, seed }) => {
        const n = channels * pixels;
        const x = fill(n, seed).map((v) => v * 3);
        const acc = fill(channels, seed + 1).map((v) => 1e-4 + Math.abs(v) * 1e-3);
        const s = 0.05 + Math.abs(fill(1, seed + 2)[0]!) * 0.1;
        const qhi = 2 ** bits - 1;
        const m = Array.from(acc, (a) => quantizeMultiplier(a / s));
        // The per-channel addend: 1/2 plus an integer bias minus a float constant (accumulator-emulation.ts).
        const add = Float64Array.from(fill(channels, seed + 4), (v, c) => 0.5 + (c % 3) * 7 - v);
        const out = new Float32Array(n);
        const codes = new Float32Array(n);
        const ok = k.requantCodes({ x, channels, inv: Float64Array.from(acc, (a) => 1 / a), add, m0: Float64Array.from(m, (q) => q.m0), right: Int32Array.from(m, (q) => -q.shift), s, z, qlo: z, qhi, out, codes });
        expect(ok).toBe(true);
        const r = { yZero: z, qmin: z, qmax: qhi, outDtype: 'u8' as const, pow2: false, accBits: 32, saturate: false, accLo: -(2 ** 31), accHi: 2 ** 31 - 1 };
        for (let i = 0; i < n; i++) {
          const c = i % channels;
          const q = requantize(Math.floor(x[i]! * (1 / acc[c]!) + add[c]!), m[c]!.m0, m[c]!.shift, r);
          expect(codes[i], `element ${i}`).toBe(q);
          expect(out[i]).toBe(Math.fround(s * (q - z)));
        }
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(40) });
    });

    it(`${backend}: fakeQuantGrads is the STE/LSQ/LSQ+ rule`, () => {
      const k = createKernels(backend);
      fc.assert(fc.property(cases, ({ channels, pixels, bits, z, seed }) => {
        const n = channels * pixels;
        const s = 0.1;
        const x = fill(n, seed).map((v) => v * 2);
        const qhi = 2 ** bits - 1;
        const codes = Float32Array.from(x, (v) => Math.min(qhi, Math.max(0, Math.round(v / s) + z)));
        const dy = fill(n, seed + 3);
        const d = dy.slice();
        const r = k.fakeQuantGrads(x, d, codes, 1 / s, z, 0, qhi);
        let ds = 0;
        let db = 0;
        for (let i = 0; i < n; i++) {
          const u = x[i]! * (1 / s);
          const inside = u + z >= 0 && u + z <= qhi;
          expect(d[i]).toBe(inside ? dy[i] : 0);
          ds += dy[i]! * (codes[i]! - z - (inside ? u : 0));
          if (!inside) db += dy[i]!;
        }
        expect(r.ds).toBeCloseTo(ds, 8);
        expect(r.dbeta).toBeCloseTo(db, 8);
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(40) });
    });
  }

  it('requantCodes declines accumulators of 2^21 or more (the caller runs the exact path)', () => {
    const k = createKernels('wasm');
    const x = Float32Array.from([1, 2 ** 22]);
    const args = { x, channels: 2, inv: Float64Array.from([1, 1]), add: Float64Array.from([0.5, 0.5]), m0: Float64Array.from([2 ** 30, 2 ** 30]), right: Int32Array.from([10, 10]), s: 1, z: 0, qlo: 0, qhi: 255, out: new Float32Array(2), codes: new Float32Array(2) };
    expect(k.requantCodes(args)).toBe(false);
    expect(createKernels('js').requantCodes(args)).toBe(false);
  });
});
