// AdaRound's G·d sums: the WebAssembly kernel against the one-row loop, bit for bit, on random G and D
// (every count of listed rows from 0 to past two blocks of eight, odd and even k, rows in any order);
// the loop against a sum written out by hand; the committed kernel bytes against the .wat.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type GdWorkspace, gdWorkspace, jsGdSums, wasmGdAvailable } from '../../../compiler/quant/adaround-gd.js';
import { ADAROUND_KERNEL_MODULE_URL, adaroundKernelModuleText } from '../../../tools/gen-adaround-kernel.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

/** Fills a workspace: G and D from `values` (cycled), column i listing rows `pick(i)`. */
function fill(ws: GdWorkspace, rows: number, k: number, values: readonly number[], pick: (i: number) => number[]): void {
  ws.g.forEach((_, i) => (ws.g[i] = values[i % values.length]!));
  ws.d.forEach((_, i) => (ws.d[i] = values[(i * 7 + 3) % values.length]!));
  for (let i = 0; i < k; i++) {
    const listed = pick(i);
    listed.forEach((r, a) => (ws.lists[i * rows + a] = r * k));
    ws.counts[i] = listed.length;
  }
}

/** The sums at the listed (r, i), as bit patterns (−0 and NaN payloads included). */
function listedBits(ws: GdWorkspace, rows: number, k: number): bigint[] {
  const bits: bigint[] = [];
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < k; i++) {
    for (let a = 0; a < ws.counts[i]!; a++) {
      view.setFloat64(0, ws.out[ws.lists[i * rows + a]! + i]!);
      bits.push(view.getBigUint64(0));
    }
  }
  return bits;
}

describe('AdaRound G·d sums', () => {
  it('the loop: out[r][i] = Σ_j G[i][j]·D[r][j] in increasing j, only at the listed (r, i)', () => {
    const [rows, k] = [3, 2];
    const g = Float64Array.from([1, 2, 3, 4]);
    const d = Float64Array.from([5, 6, 7, 8, 9, 10]);
    const out = new Float64Array(rows * k).fill(-1);
    // Column 0 lists rows 2 and 0; column 1 lists row 1.
    const lists = Int32Array.from([2 * k, 0, 0, 1 * k, 0, 0]);
    jsGdSums(g, d, out, k, rows, lists, Int32Array.from([2, 1]));
    expect(Array.from(out)).toEqual([1 * 5 + 2 * 6, -1, -1, 3 * 7 + 4 * 8, 1 * 9 + 2 * 10, -1]);
    // The order of the terms: 1 + 2^53 + (−2^53) is 0 left to right (1 is absorbed), 1 any other way.
    jsGdSums(Float64Array.from([1, 2 ** 53, -(2 ** 53)]), Float64Array.from([1, 1, 1]), out, 3, 1, Int32Array.from([0, 0, 0]), Int32Array.from([1, 0, 0]));
    expect(out[0]).toBe(0);
  });

  it('the workspace runs the WebAssembly kernel when the engine has SIMD, the loop when asked', () => {
    expect(gdWorkspace(2, 3).backend).toBe(wasmGdAvailable() ? 'wasm' : 'js');
    expect(gdWorkspace(2, 3, 'js').backend).toBe('js');
    expect(wasmGdAvailable()).toBe(true); // Node has WebAssembly SIMD: the kernel must not silently fall back
  });

  it('property: the kernel gives the loop\'s sums bit for bit (0–19 listed rows a column, any order, odd and even k)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 13 }),
        fc.array(fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constantFrom(0, -0, 1e-300, -1e300, 2 ** 53, 0.1)), { minLength: 1, maxLength: 40 }),
        fc.integer(),
        (rows, k, values, seed) => {
          const wasm = gdWorkspace(rows, k);
          const js = gdWorkspace(rows, k, 'js');
          // Column i lists a seeded subset of the rows in a seeded order; column 0 lists them all.
          const pick = (i: number) => Array.from({ length: rows }, (_, r) => r).filter((r) => i === 0 || ((seed ^ (r * 31 + i * 17)) & 3) !== 0).sort((x, y) => ((x * seed + i) & 7) - ((y * seed + i) & 7));
          for (const ws of [wasm, js]) {
            fill(ws, rows, k, values, pick);
            ws.sums();
          }
          expect(listedBits(wasm, rows, k)).toEqual(listedBits(js, rows, k));
        },
      ),
      { numRuns: propertyRuns(300), seed: PROPERTY_SEED },
    );
  });

  it('the kernel writes only the listed (r, i) and reuses its memory across sizes (a larger run, then a smaller)', () => {
    for (const [rows, k] of [[40, 300], [3, 5]] as const) {
      const ws = gdWorkspace(rows, k);
      fill(ws, rows, k, [0.5, -1.25, 3], (i) => (i % 2 === 0 ? [rows - 1, 0] : []));
      ws.out.fill(7);
      ws.sums();
      const js = gdWorkspace(rows, k, 'js');
      fill(js, rows, k, [0.5, -1.25, 3], (i) => (i % 2 === 0 ? [rows - 1, 0] : []));
      js.sums();
      expect(listedBits(ws, rows, k)).toEqual(listedBits(js, rows, k));
      const unlisted = Array.from(ws.out).filter((_, e) => !(e % k % 2 === 0 && (Math.floor(e / k) === 0 || Math.floor(e / k) === rows - 1)));
      expect(new Set(unlisted)).toEqual(new Set([7]));
    }
  });

  it('compiler/quant/adaround-kernel-wasm.ts holds the current assembly of adaround-kernel.wat (UPDATE_GOLDEN=1 regenerates it)', async () => {
    const text = await adaroundKernelModuleText();
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(ADAROUND_KERNEL_MODULE_URL, text);
    else expect(readFileSync(ADAROUND_KERNEL_MODULE_URL, 'utf8')).toBe(text);
  });
});
