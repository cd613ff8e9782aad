// The window gather in the WebAssembly kernel (fast/window-gather-wasm.ts) against the readable gather
// (gatherWindowInputs, and plain rows) on random batches of window and plain segments, signed and unsigned;
// and the kept slots it fills: emptied by a packing, by slot growth, and never mistaken across kernels.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { gatherWindowInputs, type ArrayModeState } from '../../../simulator/functional/operands.js';
import { Sram } from '../../../simulator/memory/sram.js';
import { WasmInt8Gemm } from '../../../simulator/fast/gemm-wasm.js';
import { gatherKept } from '../../../simulator/fast/window-gather-wasm.js';
import type { SegmentColumns } from '../../../simulator/fast/gathered-windows.js';
import type { Window } from '../../../simulator/functional/window.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const ROW_BYTES = 16;

const windowArb = fc.record({
  pitch: fc.integer({ min: 1, max: 200 }), pixelBytes: fc.integer({ min: 1, max: 40 }), cinTap: fc.integer({ min: 1, max: 40 }), chanOffset: fc.integer({ min: 0, max: 9 }),
  kernelW: fc.integer({ min: 1, max: 4 }), strideH: fc.integer({ min: 1, max: 3 }), strideW: fc.integer({ min: 1, max: 3 }), dilationH: fc.integer({ min: 1, max: 2 }),
  dilationW: fc.integer({ min: 1, max: 2 }), outW: fc.integer({ min: 1, max: 9 }),
});
const segmentArb = fc.record({
  window: fc.boolean(), continues: fc.boolean(), inputRow: fc.integer({ min: 0, max: 300 }), stride: fc.integer({ min: 0, max: 3 }), inputByte: fc.integer({ min: 0, max: 40 }),
  firstPixel: fc.integer({ min: 0, max: 20 }), kOffset: fc.integer({ min: 0, max: 60 }), k: fc.integer({ min: 1, max: 40 }),
});

describe('gatherKept', () => {
  it('equals the readable gather on random window and plain segments (slices merged where they continue)', () => {
    const arb = fc.record({ win: windowArb, segs: fc.array(segmentArb, { minLength: 1, maxLength: 5 }), m: fc.integer({ min: 1, max: 13 }), unsigned: fc.boolean(), seed: fc.integer({ min: 1, max: 1000 }) });
    fc.assert(fc.property(arb, (a) => {
      const buf = new Sram('input', ROW_BYTES, 4096, 8, 2);
      buf.bytes.forEach((_, j) => (buf.bytes[j] = (j * 131 + a.seed) & 255));
      const win: Window = makeInstruction('WINDOW', a.win);
      const c = { refRow: [] as number[], refStride: [] as number[], refK: [] as number[], refWin: [] as (Window | undefined)[], refByte: [] as number[], refPixel: [] as number[], refKOff: [] as number[] };
      for (const s of a.segs) {
        const t = c.refK.length;
        // A window segment that continues the previous one's reduction (merged into one slice by the gather).
        const prev = t > 0 && s.window && s.continues && c.refWin[t - 1] !== undefined;
        c.refRow.push(prev ? c.refRow[t - 1]! : s.inputRow);
        c.refStride.push(s.window ? 0 : s.stride);
        c.refK.push(s.k);
        c.refWin.push(s.window ? win : undefined);
        c.refByte.push(s.window ? (prev ? c.refByte[t - 1]! : s.inputByte) : 0);
        c.refPixel.push(s.window ? (prev ? c.refPixel[t - 1]! : s.firstPixel) : 0);
        c.refKOff.push(s.window ? (prev ? c.refKOff[t - 1]! + c.refK[t - 1]! : s.kOffset) : 0);
      }
      const T = c.refK.length;
      const K = c.refK.reduce((x, y) => x + y, 0);
      const M = a.m;
      const state: ArrayModeState = { mode: 'int8', packing: 1, inputBits: 8, weightBits: 8, actSigned: !a.unsigned, rowsPerVectorIn: 1, rowsPerVectorW: 1 };
      const want = a.unsigned ? new Uint8Array(M * K) : new Int8Array(M * K);
      for (let t = 0, col = 0; t < T; col += c.refK[t]!, t++) {
        const w = c.refWin[t];
        if (w === undefined) {
          for (let r = 0; r < M; r++) for (let j = 0; j < c.refK[t]!; j++) want[r * K + col + j] = buf.bytes[(c.refRow[t]! + r * c.refStride[t]!) * ROW_BYTES + j] ?? 0;
          continue;
        }
        const i = makeInstruction('COMPUTE', {
          inputRow: c.refRow[t]!, inputRowStride: 0, weightRow: 0, accRow: 0, m: M, k: c.refK[t]!, n: 1, accumulate: 0, window: 1,
          inputByte: c.refByte[t]!, firstPixel: c.refPixel[t]!, kOffset: c.refKOff[t]!,
        });
        gatherWindowInputs(i, w, state, buf, M, { out: want, stride: K, col });
      }
      const kernel = new WasmInt8Gemm();
      const eye = new Int8Array(K * K);
      for (let j = 0; j < K; j++) eye[j * K + j] = 1;
      const identity = kernel.packWeights(eye, K, K);
      const slot = (a.seed % 6);
      const stamp = gatherKept(kernel, slot, c as SegmentColumns, T, M, K, buf.bytes, ROW_BYTES, a.unsigned);
      expect(kernel.kept(slot, stamp)).toBe(true);
      expect([...kernel.gemmKept(slot, stamp, M, identity)]).toEqual([...want]);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  it('kept slots are emptied by a packing and by slot growth, and a stamp names one kernel\'s slot only', () => {
    const buf = new Sram('input', ROW_BYTES, 64, 8, 2);
    buf.bytes.forEach((_, j) => (buf.bytes[j] = j & 255));
    const c: SegmentColumns = { refRow: [0], refStride: [1], refK: [16], refWin: [undefined], refByte: [0], refPixel: [0], refKOff: [0] };
    const kernel = new WasmInt8Gemm();
    const other = new WasmInt8Gemm();
    const a = gatherKept(kernel, 0, c, 1, 4, 16, buf.bytes, ROW_BYTES, true);
    const b = gatherKept(kernel, 1, c, 1, 4, 16, buf.bytes, ROW_BYTES, true);
    expect([kernel.kept(0, a), kernel.kept(1, b), kernel.kept(1, a), other.kept(0, a)]).toEqual([true, true, false, false]);
    gatherKept(other, 0, c, 1, 4, 16, buf.bytes, ROW_BYTES, true);
    expect([kernel.kept(0, a), other.kept(0, a)]).toEqual([true, false]);
    kernel.packWeights(new Int8Array(16), 1, 16);
    expect([kernel.kept(0, a), kernel.kept(1, b)]).toEqual([false, false]);
    const d = gatherKept(kernel, 0, c, 1, 4, 16, buf.bytes, ROW_BYTES, true);
    gatherKept(kernel, 1, c, 1, 40, 16, buf.bytes, ROW_BYTES, true); // a larger matrix: the slots grow and move
    expect(kernel.kept(0, d)).toBe(false);
    expect(kernel.kept(0, 0)).toBe(false);
  });
});
