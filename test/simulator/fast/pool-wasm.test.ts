// The WebAssembly max POOL kernel against POOL's definition (the max of the window's valid pixels per channel,
// 0 for a window of padding only), on 8-bit codes signed and unsigned, several 16-channel vectors per pixel.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poolOutputGrid } from '../../../isa/check/footprint.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { wasmSimdAvailable } from '../../../simulator/fast/gemm-wasm.js';
import { poolMax8Wasm } from '../../../simulator/fast/pool-wasm.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { poolWindowRows } from '../helpers.js';

const arb = fc.record({
  channels: fc.integer({ min: 1, max: 40 }), extraBytes: fc.integer({ min: 0, max: 20 }), inH: fc.integer({ min: 1, max: 5 }), inW: fc.integer({ min: 1, max: 5 }),
  kernelH: fc.integer({ min: 1, max: 3 }), kernelW: fc.integer({ min: 1, max: 3 }), strideH: fc.integer({ min: 1, max: 3 }), strideW: fc.integer({ min: 1, max: 3 }),
  padTop: fc.integer({ min: 0, max: 3 }), padLeft: fc.integer({ min: 0, max: 3 }), padBottom: fc.integer({ min: 0, max: 3 }), padRight: fc.integer({ min: 0, max: 3 }),
  signed: fc.integer({ min: 0, max: 1 }), srcRow: fc.integer({ min: 0, max: 3 }), seed: fc.integer(),
}).filter((a) => a.kernelH <= a.inH + a.padTop + a.padBottom && a.kernelW <= a.inW + a.padLeft + a.padRight);

describe('poolMax8Wasm', () => {
  it('equals the max over each window\'s valid pixels per channel (0 for an all-padding window)', () => {
    expect(wasmSimdAvailable(), 'Node 20 has WebAssembly SIMD').toBe(true);
    let emptyWindows = 0;
    fc.assert(fc.property(arb, (a) => {
      const rb = a.channels + a.extraBytes;
      const i = makeInstruction('POOL', { ...a, signed: a.signed as 0 | 1, dstRow: 0, kind: 'max', bits: 8 });
      const { outH, outW } = poolOutputGrid(i);
      let x = a.seed >>> 0;
      const bytes = Uint8Array.from({ length: (a.srcRow + a.inH * a.inW) * rb }, () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) & 0xff);
      const value = (byte: number) => (a.signed === 1 && byte >= 128 ? byte - 256 : byte);
      const got = poolMax8Wasm(i, bytes, rb, outH, outW, a.signed === 1 ? 128 : 0)!;
      for (let oy = 0; oy < outH; oy++) {
        for (let ox = 0; ox < outW; ox++) {
          const rows = poolWindowRows(a, oy, ox);
          if (rows.length === 0) emptyWindows++;
          const p = oy * outW + ox;
          for (let c = 0; c < a.channels; c++) {
            const want = rows.length === 0 ? 0 : Math.max(...rows.map((r) => value(bytes[r * rb + c]!)));
            expect(value(got.codes[p * got.stride + c]!)).toBe(want);
          }
        }
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
    expect(emptyWindows, 'some windows are padding only').toBeGreaterThan(0);
  });
});
