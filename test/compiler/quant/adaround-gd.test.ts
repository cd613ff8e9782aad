// AdaRound's G·d sums: the WebAssembly kernel against the one-row loop, bit for bit, on random G and D
// (1 to 20 rows, odd and even k, any blocks flagged); the loop against sums written out by hand.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type GdWorkspace, gdWorkspace, jsGdSums, wasmGdAvailable } from '../../../compiler/quant/adaround-gd.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

/** Fills a workspace: G and Dᵀ from `values` (cycled), the flags from `flag(i, b)`. */
function fill(ws: GdWorkspace, k: number, values: readonly number[], flag: (i: number, b: number) => boolean): void {
  ws.g.forEach((_, i) => (ws.g[i] = values[i % values.length]!));
  ws.dt.forEach((_, i) => (ws.dt[i] = values[(i * 7 + 3) % values.length]!));
  for (let i = 0; i < k; i++) for (let b = 0; b < ws.padded / 8; b++) ws.flags[i * (ws.padded / 8) + b] = flag(i, b) ? 1 : 0;
}

/** The sums of the flagged blocks, as bit patterns (−0 and NaN payloads included). */
function flaggedBits(ws: GdWorkspace, k: number): bigint[] {
  const view = new DataView(new ArrayBuffer(8));
  return Array.from(ws.out.subarray(0, k * ws.padded)).flatMap((v, t) => {
    if (ws.flags[Math.floor(t / 8)] === 0) return [];
    view.setFloat64(0, v);
    return [view.getBigUint64(0)];
  });
}

describe('AdaRound G·d sums', () => {
  it('the loop: out[i·padded + r] = Σ_j G[i][j]·D[r][j] in increasing j, only in the flagged blocks of eight rows', () => {
    const [padded, k] = [16, 2];
    const g = Float64Array.from([1, 2, 3, 4]);
    const dt = new Float64Array(k * padded);
    [dt[0], dt[padded], dt[9], dt[padded + 9]] = [5, 6, 7, 8]; // D[0] = (5, 6), D[9] = (7, 8)
    const out = new Float64Array(k * padded).fill(-1);
    // Column 0 flags rows 0–7, column 1 rows 8–15.
    jsGdSums(g, dt, out, k, padded, Int32Array.from([1, 0, 0, 1]));
    expect([out[0], out[9], out[padded], out[padded + 9]]).toEqual([1 * 5 + 2 * 6, -1, -1, 3 * 7 + 4 * 8]);
    expect(new Set(out.subarray(8, padded))).toEqual(new Set([-1]));
    // The order of the terms: 1 + 2^53 + (−2^53) is 0 left to right (1 is absorbed), 1 any other way.
    const ones = new Float64Array(3 * 8).fill(1);
    jsGdSums(Float64Array.from([1, 2 ** 53, -(2 ** 53), 0, 0, 0, 0, 0, 0]), ones, out, 3, 8, Int32Array.from([1, 0, 0]));
    expect(out[0]).toBe(0);
  });

  it('the workspace runs the WebAssembly kernel when the engine has SIMD, the loop when asked; rows padded to 8', () => {
    expect(gdWorkspace(2, 3).backend).toBe(wasmGdAvailable() ? 'wasm' : 'js');
    expect(gdWorkspace(2, 3, 'js').backend).toBe('js');
    expect(wasmGdAvailable()).toBe(true); // Node has WebAssembly SIMD: the kernel must not silently fall back
    for (const backend of ['wasm', 'js'] as const) expect([1, 8, 9, 17].map((rows) => gdWorkspace(rows, 3, backend).padded)).toEqual([8, 8, 16, 24]);
  });

  it('property: the kernel gives the loop\'s sums bit for bit (1–20 rows, odd and even k, any flags)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 13 }),
        fc.array(fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constantFrom(0, -0, 1e-300, -1e300, 2 ** 53, 0.1)), { minLength: 1, maxLength: 40 }),
        fc.integer(),
        (rows, k, values, seed) => {
          const wasm = gdWorkspace(rows, k);
          const js = gdWorkspace(rows, k, 'js');
          for (const ws of [wasm, js]) {
            fill(ws, k, values, (i, b) => ((seed >> ((i + b) % 30)) & 1) === 1);
            ws.sums();
          }
          expect(flaggedBits(wasm, k)).toEqual(flaggedBits(js, k));
        },
      ),
      { numRuns: propertyRuns(300), seed: PROPERTY_SEED },
    );
  });

  it('the kernel writes only the flagged blocks, and a new workspace starts with Dᵀ zeroed (a larger run, then a smaller)', () => {
    for (const [rows, k] of [[40, 300], [3, 5]] as const) {
      const ws = gdWorkspace(rows, k);
      expect(new Set(ws.dt)).toEqual(new Set([0]));
      fill(ws, k, [0.5, -1.25, 3], (i) => i % 2 === 0);
      ws.out.fill(7);
      ws.sums();
      const js = gdWorkspace(rows, k, 'js');
      fill(js, k, [0.5, -1.25, 3], (i) => i % 2 === 0);
      js.sums();
      expect(flaggedBits(ws, k)).toEqual(flaggedBits(js, k));
      expect(new Set(Array.from(ws.out).filter((_, t) => Math.floor(t / ws.padded) % 2 === 1))).toEqual(new Set([7]));
    }
  });
});
