// The per-opcode footprint on hand-computed cases: output grids, DEPTHWISE row spans, transfer extents,
// and the rows/bytes the hazard checker sees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessesOf, depthwiseOutputGrid, depthwiseOutputs, depthwiseRowSpans, digitSumRange, loadByteRange, poolOutputGrid, stepRows, storeDramRange,
  touchesAccumulatorOutsideArray, transferDramEnd, windowByteRange,
} from '../../../isa/check/footprint.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
import { makeInstruction } from '../../../isa/make-instruction.js';

const window = { strideH: 1, strideW: 1, padTop: 0, padLeft: 0, padBottom: 0, padRight: 0 };
const pool = (patch: object) => makeInstruction('POOL', {
  kind: 'max', srcRow: 0, dstRow: 0, channels: 16, inH: 28, inW: 28, kernelH: 2, kernelW: 2, ...window, bits: 8, signed: 0, ...patch,
});
const dw = (patch: object) => makeInstruction('DEPTHWISE', {
  srcRow: 0, weightRow: 0, accRow: 0, channels: 16, inH: 9, inW: 9, kernelH: 3, kernelW: 3, strideH: 1, strideW: 1, accumulate: 0, ...patch,
});
const transfer = { buffer: 'output', sramRow: 10, sramByte: 4, bytesPerRow: 8, rows: 3, sramRowStride: 2, dramAddr: 100, dramRowStride: 16, repeat: 2, sramOuterStride: 20, dramOuterStride: 1000 } as const;

describe('footprint', () => {
  it('computes POOL and DEPTHWISE output grids', () => {
    expect(poolOutputGrid(pool({ strideH: 2, strideW: 2 }))).toEqual({ outH: 14, outW: 14 });
    // 5x5 input, 3x3 window, padding 1 all round, stride 1: "same" output
    expect(poolOutputGrid(pool({ inH: 5, inW: 5, kernelH: 3, kernelW: 3, padTop: 1, padLeft: 1, padBottom: 1, padRight: 1 }))).toEqual({ outH: 5, outW: 5 });
    // 9x7 padded input, 3x3 kernel, stride 2x1: (9-3)/2+1 = 4 rows, (7-3)/1+1 = 5 columns
    const i = dw({ inW: 7, strideH: 2 });
    expect(depthwiseOutputGrid(i)).toEqual({ outH: 4, outW: 5 });
    expect(depthwiseOutputs(i)).toBe(20);
  });

  it('spans DEPTHWISE pixels and taps over whole buffer rows', () => {
    expect(depthwiseRowSpans(64, 8, 8, 16, 16)).toEqual({ pixelRows: 4, tapRows: 4 });
    expect(depthwiseRowSpans(20, 4, 4, 16, 8)).toEqual({ pixelRows: 1, tapRows: 2 }); // 10 bytes
    expect(depthwiseRowSpans(20, 8, 4, 16, 8)).toEqual({ pixelRows: 2, tapRows: 2 }); // w4a8: 20 and 10 bytes
  });

  it('bounds transfers', () => {
    const load = makeInstruction('LOAD', { ...transfer, fill: 0, fillByte: 0 });
    const store = makeInstruction('STORE', transfer);
    expect(transferDramEnd(load)).toBe(100 + 1000 + 2 * 16 + 8);
    expect(storeDramRange(store)).toEqual([100, 1140]);
    // rows 10 .. 10 + 20 + 2·2 = 34, bytes 4..11 of each 16-byte row
    expect(loadByteRange(load, 16)).toEqual([10 * 16 + 4, 34 * 16 + 12]);
    expect(touchesAccumulatorOutsideArray(load)).toBe(false);
    expect(touchesAccumulatorOutsideArray(makeInstruction('STORE', { ...transfer, buffer: 'accumulator' }))).toBe(true);
    expect(touchesAccumulatorOutsideArray(dw({}))).toBe(true);
  });

  it('lists the rows and DRAM bytes the hazard checker compares', () => {
    const hw = defaultHwConfig();
    const d = deriveHw(hw);
    const { rows, dram } = accessesOf(dw({ channels: 32 }), 'int8', hw, d);
    expect(rows).toEqual([
      { buffer: 'input', first: 0, count: 81 * 2, write: false },
      { buffer: 'weight', first: 0, count: 9 * 2, write: false },
      { buffer: 'accumulator', first: 0, count: 49, write: true },
    ]);
    expect(dram).toEqual([]);
    const store = accessesOf(makeInstruction('STORE', { ...transfer, repeat: 1, rows: 2 }), 'int8', hw, d);
    expect(store.rows).toEqual([
      { buffer: 'output', first: 10, count: 1, write: false },
      { buffer: 'output', first: 12, count: 1, write: false },
    ]);
    expect(store.dram).toEqual([{ addr: 100, bytes: 8, write: true }, { addr: 116, bytes: 8, write: true }]);
  });

  it('spans multi-row steps and MOVE over every row they touch', () => {
    expect(stepRows(10, 4, 8, 16)).toEqual([10, 10]);
    expect(stepRows(10, 12, 8, 16)).toEqual([10, 11]); // bytes 172..179
    expect(stepRows(10, 20, 40, 16)).toEqual([11, 13]); // bytes 180..219
    const hw = defaultHwConfig();
    const d = deriveHw(hw);
    const load = accessesOf(makeInstruction('LOAD', { ...transfer, buffer: 'input', sramByte: 12, repeat: 1, rows: 1, fill: 0, fillByte: 0 }), 'int8', hw, d);
    expect(load.rows).toEqual([{ buffer: 'input', first: 10, count: 2, write: true }]);
    const move = accessesOf(makeInstruction('MOVE', {
      srcBuffer: 'output', srcRow: 4, srcByte: 0, dstBuffer: 'input', dstRow: 100, dstByte: 8, bytesPerRow: 24, rows: 2,
      srcRowStride: 3, dstRowStride: 2, repeat: 1, srcOuterStride: 0, dstOuterStride: 0,
    }), 'int8', hw, d);
    expect(move.rows).toEqual([
      { buffer: 'output', first: 4, count: 2, write: false }, { buffer: 'input', first: 100, count: 2, write: true },
      { buffer: 'output', first: 7, count: 2, write: false }, { buffer: 'input', first: 102, count: 2, write: true },
    ]);
    expect(move.dram).toEqual([]);
  });

  it('bounds a window COMPUTE by the exact least and greatest bytes it reads (brute force agrees)', () => {
    const arb = fc.record({
      outW: fc.integer({ min: 1, max: 5 }), cinTap: fc.integer({ min: 1, max: 5 }), kernelW: fc.integer({ min: 1, max: 3 }),
      strideH: fc.integer({ min: 1, max: 3 }), strideW: fc.integer({ min: 1, max: 3 }), dilationH: fc.integer({ min: 1, max: 2 }), dilationW: fc.integer({ min: 1, max: 2 }),
      chanOffset: fc.integer({ min: 0, max: 3 }), pixelBytes: fc.integer({ min: 1, max: 9 }), pitch: fc.integer({ min: 1, max: 60 }),
      firstPixel: fc.integer({ min: 0, max: 12 }), pixels: fc.integer({ min: 1, max: 12 }), kOffset: fc.integer({ min: 0, max: 20 }), k: fc.integer({ min: 1, max: 20 }),
      bits: fc.constantFrom(1, 4, 8), inputRow: fc.integer({ min: 0, max: 3 }), inputByte: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(fc.property(arb, (a) => {
      const w = makeInstruction('WINDOW', { ...a });
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < a.pixels; i++) for (let kk = 0; kk < a.k; kk++) {
        const p = a.firstPixel + i;
        const e = a.kOffset + kk;
        const t = Math.floor(e / a.cinTap);
        const byte = a.inputRow * 16 + a.inputByte + (Math.floor(p / a.outW) * a.strideH + Math.floor(t / a.kernelW) * a.dilationH) * a.pitch
          + ((p % a.outW) * a.strideW + (t % a.kernelW) * a.dilationW) * a.pixelBytes;
        const bit = byte * 8 + (a.chanOffset + (e % a.cinTap)) * a.bits;
        lo = Math.min(lo, Math.floor(bit / 8));
        hi = Math.max(hi, Math.floor((bit + a.bits - 1) / 8) + 1);
      }
      expect(windowByteRange(a, a.pixels, w, a.bits, 16)).toEqual([lo, hi]);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
    // By hand: digits of 7 in radix (3, 2): 7 = 1·(3·2) + 0·3 + 1 → weights (1, 10, 100): 101.
    expect(digitSumRange(7, 7, [3, 2], [1, 10, 100])).toEqual([101, 101]);
    expect(digitSumRange(2, 4, [3], [1, 10])).toEqual([2, 11]); // 2 → 2, 3 → 10, 4 → 11
  });
});
