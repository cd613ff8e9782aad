// The ISA v2 semantics of the functional model (functional-model.ts), each on a hand-made program, against
// hand-computed bytes or a direct loop nest written here (not the model's formulas): multi-row transfer
// steps, MOVE, the window (im2col) input path in ws and os (kOffset splits, stride, dilation, channel
// offsets, firstPixel), the w4a8 mode, latched weights, and accumulator bytes in LOAD/STORE.
import { describe, expect, it } from 'vitest';
import { applyOverrides, defaultHwConfig, type HwConfig } from '../../../isa/hw-config.js';
import type { Instruction } from '../../../isa/instruction.js';
import { makeInstruction, type InstructionFields } from '../../../isa/make-instruction.js';
import type { Program } from '../../../isa/program-file.js';
import type { ArrayMode } from '../../../isa/spec.js';
import { runFunctional } from './functional-model.js';

const hw4 = (dataflow: 'ws' | 'os' = 'ws'): HwConfig => applyOverrides(defaultHwConfig(), { array: '4x4', dataflow });
const OUT = 0x8000; // where results are stored in DRAM

function run(hw: HwConfig, image: Uint8Array, instrs: Instruction[]): Uint8Array {
  const p: Program = { hwConfig: hw, instructions: [...instrs, makeInstruction('HALT', {})], dramImage: image, tensors: [], layers: [] };
  const dram = new Uint8Array(0x10000);
  dram.set(image);
  runFunctional(p, dram);
  return dram;
}
const load = (f: Partial<InstructionFields<'LOAD'>>) => makeInstruction('LOAD', {
  buffer: 'input', sramRow: 0, sramByte: 0, bytesPerRow: 1, rows: 1, sramRowStride: 0, dramAddr: 0, dramRowStride: 0,
  repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0, ...f,
});
const store = (f: Partial<InstructionFields<'STORE'>>) => makeInstruction('STORE', {
  buffer: 'output', sramRow: 0, sramByte: 0, bytesPerRow: 1, rows: 1, sramRowStride: 0, dramAddr: OUT, dramRowStride: 0,
  repeat: 1, sramOuterStride: 0, dramOuterStride: 0, ...f,
});
const config = (mode: ArrayMode, dataflow: 'ws' | 'os' = 'ws') => makeInstruction('CONFIG', {
  mode, dataflow, accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: mode === 'w4a8' ? 4 : 8,
});
const window = (f: Partial<InstructionFields<'WINDOW'>>) => makeInstruction('WINDOW', {
  pitch: 0, pixelBytes: 1, cinTap: 1, chanOffset: 0, kernelW: 1, strideH: 1, strideW: 1, dilationH: 1, dilationW: 1, outW: 1, ...f,
});
/** Stores accumulator rows [0, rows) (4 int32 each on a 4-wide array) at OUT and reads them back. */
const storeAcc = (rows: number) => store({ buffer: 'accumulator', bytesPerRow: 16 * rows });
const accOut = (dram: Uint8Array, rows: number, n: number) => {
  const v = new DataView(dram.buffer, OUT);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: n }, (_, c) => v.getInt32((r * 4 + c) * 4, true)));
};

/** A seeded byte generator (LCG): test data, not a model. */
function bytes(n: number, seed: number, lo = 0, hi = 255): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + (s % (hi - lo + 1));
  });
}

interface Conv { h: number; w: number; cin: number; kh: number; kw: number; sh: number; sw: number; dh: number; dw: number; c0: number; cinTap: number; n: number }
/** Direct convolution (no padding) of image x[y][x][c] (HWC, unsigned bytes) with weights w[(ky·kw + kx)·cinTap + c][n]. */
function directConv(s: Conv, x: number[], w: number[]): { outW: number; out: number[][] } {
  const outH = Math.floor((s.h - (s.kh - 1) * s.dh - 1) / s.sh) + 1;
  const outW = Math.floor((s.w - (s.kw - 1) * s.dw - 1) / s.sw) + 1;
  const out: number[][] = [];
  for (let oy = 0; oy < outH; oy++) for (let ox = 0; ox < outW; ox++) {
    const row: number[] = [];
    for (let n = 0; n < s.n; n++) {
      let sum = 0;
      for (let ky = 0; ky < s.kh; ky++) for (let kx = 0; kx < s.kw; kx++) for (let c = 0; c < s.cinTap; c++) {
        sum += x[((oy * s.sh + ky * s.dh) * s.w + ox * s.sw + kx * s.dw) * s.cin + s.c0 + c]! * w[((ky * s.kw + kx) * s.cinTap + c) * s.n + n]!;
      }
      row.push(sum);
    }
    out.push(row);
  }
  return { outW, out };
}

describe('functional model, ISA v2', () => {
  it('moves multi-row transfer steps row-major across SRAM rows, both ways', () => {
    const image = Uint8Array.from(bytes(64, 1));
    // Input rows are 4 B on a 4x4 array. 40 bytes from DRAM 3 into row 2, byte 4: buffer bytes 12..51 (rows 3..12);
    // then two steps of 20 bytes from row 2 + 5r, byte 8, to DRAM 32 bytes apart: buffer bytes 16..35 and 36..55.
    const dram = run(hw4(), image, [
      load({ sramRow: 2, sramByte: 4, bytesPerRow: 40, dramAddr: 3 }),
      store({ buffer: 'input', sramRow: 2, sramByte: 8, bytesPerRow: 20, rows: 2, sramRowStride: 5, dramRowStride: 32 }),
    ]);
    // Buffer byte 12 + j holds DRAM byte 3 + j; bytes 52..55 were never written.
    expect([...dram.subarray(OUT, OUT + 20)]).toEqual([...image.subarray(7, 27)]);
    expect([...dram.subarray(OUT + 32, OUT + 52)]).toEqual([...image.subarray(27, 43), 0, 0, 0, 0]);
  });

  it('MOVE copies a strided 3-D walk between buffers, steps in order', () => {
    const image = Uint8Array.from(bytes(96, 2));
    const dram = run(hw4(), image, [
      load({ buffer: 'output', bytesPerRow: 96 }), // output rows of 4 B (C = 4): rows 0..23
      // 2 outer × 2 inner steps of 6 bytes: source rows 1 + 5o + 2r (byte 1), destination rows 10 + 3o + r (byte 0)
      makeInstruction('MOVE', {
        srcBuffer: 'output', srcRow: 1, srcByte: 1, dstBuffer: 'weight', dstRow: 10, dstByte: 0, bytesPerRow: 6, rows: 2,
        srcRowStride: 2, dstRowStride: 1, repeat: 2, srcOuterStride: 5, dstOuterStride: 3,
      }),
      store({ buffer: 'weight', sramRow: 10, bytesPerRow: 24 }),
    ]);
    const src = (row: number) => [...image.subarray(row * 4 + 1, row * 4 + 7)];
    // Destination rows 10..15 = bytes 0..23 from row 10: step (0,0) at 0, (0,1) at 4 overwrites its last 2 bytes,
    // (1,0) at 12, (1,1) at 16.
    const want = new Array<number>(24).fill(0);
    const put = (at: number, v: number[]) => v.forEach((b, j) => (want[at + j] = b));
    put(0, src(1)); put(4, src(3)); put(12, src(6)); put(16, src(8));
    expect([...dram.subarray(OUT, OUT + 24)]).toEqual(want);
  });

  it('ws window: a 3x3 conv over a 4x4x2 image, reduction split by kOffset into latched tiles', () => {
    const s: Conv = { h: 4, w: 4, cin: 2, kh: 3, kw: 3, sh: 1, sw: 1, dh: 1, dw: 1, c0: 0, cinTap: 2, n: 3 };
    const x = bytes(32, 3);
    const w = bytes(18 * 3, 4, -128, 127);
    const { out } = directConv(s, x, w);
    // Weights for tile j, PE row r, column c: byte c of weight row 4j + r = w[4j + r][c] (int8, P = 1).
    const wImage = Array.from({ length: 20 * 4 }, (_, b) => {
      const kk = Math.floor(b / 4);
      const c = b % 4;
      return kk < 18 && c < 3 ? w[kk * 3 + c]! & 0xff : 0;
    });
    const image = Uint8Array.from([...x, ...wImage]);
    const instrs: Instruction[] = [
      config('int8'), load({ bytesPerRow: 32 }), load({ buffer: 'weight', bytesPerRow: 80, dramAddr: 32 }),
      window({ pitch: 8, pixelBytes: 2, cinTap: 2, kernelW: 3, outW: 2 }),
    ];
    for (let j = 0; j < 5; j++) {
      const k = Math.min(4, 18 - 4 * j);
      instrs.push(makeInstruction('LOAD_WEIGHTS', { weightRow: 4 * j, k, n: 3 }));
      instrs.push(makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 0, weightRow: 0, accRow: 0, m: 4, k, n: 3, accumulate: j > 0 ? 1 : 0, window: 1, kOffset: 4 * j }));
    }
    expect(accOut(run(hw4(), image, [...instrs, storeAcc(4)]), 4, 3)).toEqual(out);
  });

  it('os window: stride 2 and dilation over a channel sub-range (grouped), starting mid-walk', () => {
    // 7x7 image, 5 channels; the group reads channels 1..2 (chanOffset 1, cinTap 2); a 2x2 kernel dilated by 2
    // (3x3 extent) at stride 2: outW = floor((7 − 3)/2) + 1 = 3, 3x3 outputs.
    const s: Conv = { h: 7, w: 7, cin: 5, kh: 2, kw: 2, sh: 2, sw: 2, dh: 2, dw: 2, c0: 1, cinTap: 2, n: 4 };
    const x = bytes(7 * 7 * 5, 5);
    const w = bytes(8 * 4, 6, -128, 127);
    const { out, outW } = directConv(s, x, w);
    expect(outW).toBe(3);
    // os weights: weight vector j (one 4-byte row, P = 1) holds w[j][c] in byte c. The band starts at input byte 6
    // (inputRow 1, inputByte 2) to exercise both offsets.
    const wImage = w.map((v) => v & 0xff);
    const image = Uint8Array.from([...x, ...wImage]);
    const pre: Instruction[] = [
      config('int8', 'os'), load({ sramRow: 1, sramByte: 2, bytesPerRow: x.length }), load({ buffer: 'weight', bytesPerRow: 32, dramAddr: x.length }),
      window({ pitch: 35, pixelBytes: 5, cinTap: 2, chanOffset: 1, kernelW: 2, strideH: 2, strideW: 2, dilationH: 2, dilationW: 2, outW: 3 }),
    ];
    // Pixels 5..8 (m = 4 = the array rows), the whole K = 8 reduction in two halves (kOffset 0 and 4).
    const compute = (kOffset: number, accumulate: number) => makeInstruction('COMPUTE', {
      inputRow: 1, inputRowStride: 0, weightRow: kOffset, accRow: 0, m: 4, k: 4, n: 4, accumulate, window: 1, kOffset, inputByte: 2, firstPixel: 5,
    });
    const dram = run(hw4('os'), image, [...pre, compute(0, 0), compute(4, 1), storeAcc(4)]);
    expect(accOut(dram, 4, 4)).toEqual(out.slice(5, 9));
  });

  it('w4a8: packed 4-bit weights (two per byte) times 8-bit activations, 2 per PE', () => {
    // 4x4 array, P = 2: a latched tile covers 8 reduction elements; input vectors are 8 bytes (two 4-byte rows);
    // weight vector r = one 4-byte row, nibble c·2 + p = W[2r + p][c] (low nibble first).
    const K = 8;
    const a = [bytes(K, 7), bytes(K, 8)];
    const W = Array.from({ length: K }, (_, kk) => bytes(4, 9 + kk, -8, 7));
    const wImage: number[] = [];
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) wImage.push((W[2 * r]![c]! & 15) | ((W[2 * r + 1]![c]! & 15) << 4));
    const image = Uint8Array.from([...a[0]!, ...a[1]!, ...wImage]);
    const dram = run(hw4(), image, [
      config('w4a8'), load({ bytesPerRow: 16 }), load({ buffer: 'weight', bytesPerRow: 16, dramAddr: 16 }),
      makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: K, n: 4 }),
      makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 2, weightRow: 0, accRow: 0, m: 2, k: K, n: 4, accumulate: 0 }),
      storeAcc(2),
    ]);
    const want = a.map((row) => [0, 1, 2, 3].map((c) => row.reduce((s, v, kk) => s + v * W[kk]![c]!, 0)));
    expect(accOut(dram, 2, 4)).toEqual(want);
  });

  it('latches weights at LOAD_WEIGHTS: a later LOAD into the weight rows does not change the tile; masked rows add 0', () => {
    const image = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 2, 2, 2, 2, 9, 9, 9, 9]);
    const dram = run(hw4(), image, [
      config('int8'), load({ bytesPerRow: 4 }), load({ buffer: 'weight', bytesPerRow: 8, dramAddr: 4 }),
      makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 2, n: 2 }), // w[0] = [5,6,..], w[1] = [2,2,..]; rows 2, 3 and cols 2, 3 masked
      load({ buffer: 'weight', bytesPerRow: 4, dramAddr: 12 }), // overwrites weight row 0 after the latch
      makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 1, weightRow: 0, accRow: 0, m: 1, k: 4, n: 4, accumulate: 0 }),
      storeAcc(1),
    ]);
    // x = [1,2,3,4]: column 0 = 1·5 + 2·2 = 9, column 1 = 1·6 + 2·2 = 10, masked columns 0.
    expect(accOut(dram, 1, 4)).toEqual([[9, 10, 0, 0]]);
  });

  it('accumulator rows in LOAD/STORE: the low entry bytes of exact sums; a LOAD sign-extends what it writes', () => {
    // A 2-byte accumulator entry (16-bit accumulators): entries 0..3 of row 0 from DRAM bytes [0xff,0x7f, 0x00,0x80, ...].
    const hw = hw4();
    hw.accumulator.bits = 16;
    const image = Uint8Array.from([0xff, 0x7f, 0x00, 0x80, 0x01, 0x00, 0xfe, 0xff]);
    const dram = run(hw, image, [
      load({ buffer: 'accumulator', bytesPerRow: 8 }),
      load({ buffer: 'accumulator', sramByte: 1, bytesPerRow: 2, dramAddr: 6 }), // entry 0 high byte 0xfe, entry 1 low byte 0xff
      store({ buffer: 'accumulator', bytesPerRow: 8 }),
    ]);
    expect([...dram.subarray(OUT, OUT + 8)]).toEqual([0xff, 0xfe, 0xff, 0x80, 0x01, 0x00, 0xfe, 0xff]);
  });
});
