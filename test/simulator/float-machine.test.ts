// The fp8-e4m3 array mode and the float vector instructions on the machine (issue 18), with hand-built
// programs: a dense layer whose FP32 input is LOADed, converted by CVT_IN, multiplied by window COMPUTEs cut
// at 32-element chunks (chunkEnd, bias start from biasRow) and converted out by CVT_OUT equals the format
// reference (formatDense) bit for bit, ws and os, fast and PE-level engines, 16x16 and 8x8; CVT_OUT's int
// kind restates §14's INT8 GEMM conversion; FPOOL and FADD equal the functional FP32 ops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDense } from '../../compiler/reference/format-gemm.js';
import { activationMultiplier, formatOf, quantizeActivations, quantizeWeights, tensorScale } from '../../compiler/quant/format-quantize.js';
import { k32ChunkStarts, cutFormatTiles } from '../../compiler/lower/format-tiles.js';
import { encodeElement } from '../../core/element-codec.js';
import { CHUNK_MAX } from '../../core/format-dot.js';
import { ELEMENT_TYPES } from '../../core/number-formats.js';
import { FLOAT_MODE_ELEMENTS } from '../../isa/float-opcodes.js';
import { deriveHw, type HwConfig } from '../../isa/hw-config.js';
import type { Instruction } from '../../isa/instruction.js';
import { makeInstruction } from '../../isa/make-instruction.js';
import type { Program } from '../../isa/program-file.js';
import { placeTokens } from '../../compiler/lower/sync.js';
import { simulateProgram } from '../../simulator/simulate-program.js';
import { fp32AverageExact } from '../../core/fp32-average.js';
import { fp32Add, fp32MaxPool } from '../../simulator/functional/format-vector.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';
import { energyCosts } from '../../simulator/energy/scaling.js';
import { formatEnergy } from '../../simulator/energy/format-scaling.js';
import { bankedHw } from './helpers.js';

const E4M3 = ELEMENT_TYPES.e4m3;
const f32Bits = (x: number): number => new Uint32Array(Float32Array.of(x).buffer)[0]!;
const bitsOf = (a: ArrayLike<number>): number[] => Array.from(Float32Array.from(a), f32Bits);

/** Little-endian FP32 bytes. */
function fp32Bytes(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const v = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) v.setFloat32(4 * i, values[i]!, true);
  return out;
}

/** Tokens placed by the lowering's generic pass (the program is written sequentially), then HALT. */
function program(hw: HwConfig, body: Instruction[], image: Uint8Array, tensors: Program['tensors']): Program {
  const { stream } = placeTokens([...body, makeInstruction('HALT', {})].map((instr) => ({ instr, comments: [] })), hw);
  return { hwConfig: hw, instructions: stream.map((s) => s.instr), dramImage: image, tensors, layers: [] };
}

interface DenseCase { n: number; k: number; o: number; x: number[]; w: number[]; b: number[]; relu: boolean }
/** An MX dense layer's mode and its weights' block exponents (per [o, k] element, as quantizeWeights gives them). */
interface MxWeights { mode: 'mxint8' | 'mxfp8' | 'mxfp4'; wExps: Int16Array }

/**
 * A dense layer x [n, k] (FP32) · w [o, k]ᵀ + b in fp8-e4m3, hand-built: x LOADed into the output buffer,
 * CVT_IN into the input buffer (one pixel per row of k bytes), weights as K-major vectors per channel tile,
 * the FP32 bias (accumulator units) and output scale per tile in param rows, window COMPUTEs per K tile
 * (ws: ≤ rows elements with LOAD_WEIGHTS; os: one chunk, ≤ rows output rows each), CVT_OUT, STORE.
 */
function denseProgram(hw: HwConfig, c: DenseCase, sA: number, sW: number, wBytes: Uint8Array, mx?: MxWeights): Program {
  const d = deriveHw(hw);
  const { rows: R, cols: C, dataflow } = hw.array;
  const rbIn = d.rowBytes.input;
  const rbOut = d.rowBytes.output;
  const rbW = d.rowBytes.weight;
  const rbP = d.rowBytes.param;
  const tilesO = Math.ceil(c.o / C);
  const kTiles = cutFormatTiles(k32ChunkStarts(c.k), dataflow === 'ws' ? R : CHUNK_MAX);
  // MX: an exponent vector after each K tile's rows (row of K element kk: kk + its tile's index).
  const tileRows = c.k + (mx === undefined ? 0 : kTiles.length);
  const rowOf = (kk: number) => kk + (mx === undefined ? 0 : kTiles.findIndex((tl) => kk < tl.k1));
  // DRAM: x (FP32) | y (FP32) | weights (per channel tile: tileRows rows of rbW bytes) | params (per tile: bias row, scale row).
  const xAt = 0;
  const yAt = xAt + 4 * c.n * c.k;
  const wAt = yAt + 4 * c.n * c.o;
  const pAt = wAt + tilesO * tileRows * rbW;
  const image = new Uint8Array(pAt + tilesO * 2 * rbP);
  for (let t = 0; t < tilesO; t++) {
    for (let kk = 0; kk < c.k; kk++) for (let j = 0; j < C && t * C + j < c.o; j++) image[wAt + (t * tileRows + rowOf(kk)) * rbW + j] = wBytes[(t * C + j) * c.k + kk]!;
    if (mx !== undefined) kTiles.forEach((tl) => { for (let j = 0; j < C && t * C + j < c.o; j++) image[wAt + (t * tileRows + rowOf(tl.k1 - 1) + 1) * rbW + j] = mx.wExps[(t * C + j) * c.k + tl.k0]! + 127; });
    const bias = Array.from({ length: C }, (_, j) => (t * C + j < c.o ? c.b[t * C + j]! / (sA * sW) : 0));
    image.set(fp32Bytes(bias), pAt + 2 * t * rbP);
    image.set(fp32Bytes(Array.from({ length: C }, () => sA * sW)), pAt + (2 * t + 1) * rbP);
  }
  const xSpan = Math.ceil((4 * c.k) / rbOut);
  // MX: the n pixels are contiguous (k bytes each: the side buffer's pixel index is byte / pixelBytes), one CVT_IN row of n·k elements.
  const pixelBytes = mx === undefined ? Math.ceil(c.k / rbIn) * rbIn : c.k;
  const body: Instruction[] = [
    makeInstruction('CONFIG', { mode: mx?.mode ?? 'fp8-e4m3', dataflow, accBits: 32, overflow: 'saturate', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 }),
    mx === undefined
      ? makeInstruction('LOAD', { buffer: 'output', sramRow: 0, sramByte: 0, bytesPerRow: 4 * c.k, rows: c.n, sramRowStride: xSpan, dramAddr: xAt, dramRowStride: 4 * c.k, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 })
      : makeInstruction('LOAD', { buffer: 'output', sramRow: 0, sramByte: 0, bytesPerRow: 4 * c.n * c.k, rows: 1, sramRowStride: 0, dramAddr: xAt, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 }),
    mx === undefined
      ? makeInstruction('CVT_IN', { srcRow: 0, dstRow: 0, dstByte: 0, dstRowStride: pixelBytes / rbIn, rows: c.n, elems: c.k, element: 'e4m3', multiplier: f32Bits(activationMultiplier(sA)) })
      : makeInstruction('CVT_IN', { srcRow: 0, dstRow: 0, dstByte: 0, dstRowStride: 0, rows: 1, elems: c.n * c.k, element: FLOAT_MODE_ELEMENTS[mx.mode].element, multiplier: 0, pixelElems: c.k }),
    makeInstruction('LOAD', { buffer: 'param', sramRow: 0, sramByte: 0, bytesPerRow: 2 * tilesO * rbP, rows: 1, sramRowStride: 0, dramAddr: pAt, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 }),
    makeInstruction('LOAD', { buffer: 'weight', sramRow: 0, sramByte: 0, bytesPerRow: tilesO * tileRows * rbW, rows: 1, sramRowStride: 0, dramAddr: wAt, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 }),
    // A dense layer is a 1×1 window over n pixels of k channels (pixelBytes: the pixel's bytes).
    makeInstruction('WINDOW', { pitch: c.n * pixelBytes, pixelBytes, cinTap: c.k, chanOffset: 0, kernelW: 1, strideH: 1, strideW: 1, dilationH: 1, dilationW: 1, outW: c.n }),
  ];
  const yRow = xSpan * c.n;
  for (let t = 0; t < tilesO; t++) {
    const nt = Math.min(C, c.o - t * C);
    const outSpan = Math.ceil((4 * nt) / rbOut);
    for (let i0 = 0; i0 < c.n; i0 += dataflow === 'ws' ? c.n : R) {
      const m = dataflow === 'ws' ? c.n : Math.min(R, c.n - i0);
      kTiles.forEach((tile, j) => {
        const kt = tile.k1 - tile.k0;
        const weightRow = t * tileRows + rowOf(tile.k0);
        if (dataflow === 'ws') body.push(makeInstruction('LOAD_WEIGHTS', { weightRow, k: kt, n: nt }));
        body.push(makeInstruction('COMPUTE', {
          inputRow: 0, inputRowStride: 0, weightRow: dataflow === 'os' ? weightRow : 0, accRow: i0, m, k: kt, n: nt, accumulate: j === 0 ? 0 : 1,
          window: 1, kOffset: tile.k0, firstPixel: i0, chunkEnd: tile.chunkEnd ? 1 : 0, biasRow: 2 * t,
        }));
      });
    }
    body.push(makeInstruction('CVT_OUT', { accRow: 0, outRow: yRow, rows: c.n, n: nt, paramRow: 2 * t + 1, kind: 'float', addBias: 0, clamp: c.relu ? 'relu' : 'none' }));
    body.push(makeInstruction('STORE', { buffer: 'output', sramRow: yRow, sramByte: 0, bytesPerRow: 4 * nt, rows: c.n, sramRowStride: outSpan, dramAddr: yAt + 4 * t * C, dramRowStride: 4 * c.o, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 }));
  }
  return program(hw, body, image, [
    { name: 'x', role: 'input', dramAddr: xAt, dtype: 'f32', shape: [c.n, c.k], layout: 'NC' },
    { name: 'y', role: 'output', dramAddr: yAt, dtype: 'f32', shape: [c.n, c.o], layout: 'NC' },
  ]);
}

// Values over 2^±16 binades: one chunk's products then span more than FP32's 24 bits (a datapath folding per
// tile rather than per chunk, or at other edges, gives other bits).
const value = fc.tuple(fc.integer({ min: -(2 ** 20), max: 2 ** 20 }), fc.integer({ min: -16, max: 16 })).map(([m, e]) => Math.fround(m * 2 ** (e - 20)));
const denseCase: fc.Arbitrary<DenseCase> = fc.record({ n: fc.integer({ min: 1, max: 20 }), k: fc.integer({ min: 1, max: 90 }), o: fc.integer({ min: 1, max: 20 }), relu: fc.boolean() })
  .chain((s) => fc.record({
    n: fc.constant(s.n), k: fc.constant(s.k), o: fc.constant(s.o), relu: fc.constant(s.relu),
    x: fc.array(value, { minLength: s.n * s.k, maxLength: s.n * s.k }), w: fc.array(value, { minLength: s.o * s.k, maxLength: s.o * s.k }),
    b: fc.array(value, { minLength: s.o, maxLength: s.o }),
  }));

describe('fp8-e4m3 array mode: hand-built dense programs == format reference', () => {
  for (const [rows, dataflow] of [[16, 'ws'], [16, 'os'], [8, 'ws'], [8, 'os']] as const) {
    it(`${rows}x${rows} ${dataflow}, fast and PE engines, bit for bit`, () => {
      const hw = bankedHw(rows, rows, 2, 2, (h) => { h.array.dataflow = dataflow; });
      fc.assert(fc.property(denseCase, (c) => {
        const f = formatOf('fp8-e4m3');
        const sA = tensorScale(Math.max(1e-30, ...c.x.map(Math.abs)), E4M3);
        const xq = quantizeActivations(c.x, [c.n, c.k], f, sA);
        const wq = quantizeWeights(c.w, [c.o, c.k], f);
        const want = formatDense(xq, wq, c.b, 'per-tensor').map((y) => (c.relu && y < 0 ? 0 : y));
        const wBytes = Uint8Array.from(wq.vals, (v) => encodeElement(v, E4M3) & 0xff);
        const p = denseProgram(hw, c, sA, wq.realScale, wBytes);
        for (const fidelity of ['fast', 'pe'] as const) {
          if (fidelity === 'pe' && c.n * c.k * c.o > 6000) continue; // the PE model steps every register: small cases only
          const got = simulateProgram(p, new Map([['x', c.x]]), { fidelity }).outputs.get('y')!;
          expect(bitsOf(got), fidelity).toEqual(bitsOf(want));
        }
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(12) });
    }, 120_000);
  }
});

describe('MX array modes: hand-built dense programs == format reference (block exponents from the side buffer and the exponent vectors)', () => {
  for (const [rows, dataflow] of [[16, 'ws'], [8, 'os'], [8, 'ws']] as const) {
    for (const mode of ['mxint8', 'mxfp8', 'mxfp4'] as const) {
      it(`${mode} ${rows}x${rows} ${dataflow}, fast and PE engines, bit for bit`, () => {
        const hw = bankedHw(rows, rows, 2, 2, (h) => { h.array.dataflow = dataflow; });
        const f = formatOf(mode);
        const el = ELEMENT_TYPES[f.element];
        fc.assert(fc.property(denseCase, (c) => {
          const xq = quantizeActivations(c.x, [c.n, c.k], f, 1);
          const wq = quantizeWeights(c.w, [c.o, c.k], f);
          const want = formatDense(xq, wq, c.b, 'mx').map((y) => (c.relu && y < 0 ? 0 : y));
          const p = denseProgram(hw, c, 1, 1, Uint8Array.from(wq.vals, (v) => encodeElement(v, el) & 0xff), { mode, wExps: wq.exps });
          for (const fidelity of ['fast', 'pe'] as const) {
            if (fidelity === 'pe' && c.n * c.k * c.o > 6000) continue; // the PE model steps every register: small cases only
            const r = simulateProgram(p, new Map([['x', c.x]]), { fidelity });
            expect(bitsOf(r.outputs.get('y')!), fidelity).toEqual(bitsOf(want));
            // One side-buffer read per row and COMPUTE; one scale byte written per pixel and 32-element block.
            expect(r.stats.totals.formatOps.get('mx-scale-write')).toBe(c.n * Math.ceil(c.k / 32));
          }
        }), { seed: PROPERTY_SEED, numRuns: propertyRuns(8) });
      }, 120_000);
    }
  }

  it('charges an MX fold with the exponent add, its entries at the mode\'s width and the side buffer\'s accesses', () => {
    const hw = bankedHw(16, 16, 2, 2);
    const c: DenseCase = { n: 3, k: 40, o: 5, relu: false, x: Array.from({ length: 120 }, (_, i) => (i % 7) - 3), w: Array.from({ length: 200 }, (_, i) => (i % 5) - 2), b: [1, 2, 3, 4, 5] };
    const f = formatOf('mxint8');
    const el = ELEMENT_TYPES[f.element];
    const wq = quantizeWeights(c.w, [c.o, c.k], f);
    const r = simulateProgram(denseProgram(hw, c, 1, 1, Uint8Array.from(wq.vals, (v) => encodeElement(v, el) & 0xff), { mode: 'mxint8', wExps: wq.exps }), new Map([['x', c.x]]));
    const t = r.stats.totals;
    expect(t.formatOps.get('fold|mxint8')).toBe(2 * 3 * 5);
    expect(t.formatOps.get('cvt-in-mx|mxint8-elem')).toBe(120);
    // Three COMPUTEs of 3 rows read a scale byte each; 3 pixels of two blocks wrote 6.
    expect(t.formatOps.get('mx-scale-read')).toBe(9);
    expect(t.formatOps.get('mx-scale-write')).toBe(6);
    const costs = energyCosts();
    const dot = formatEnergy(costs, el, el, true);
    expect(dot.chunkFoldPj).toBeGreaterThan(formatEnergy(costs, el, el, false).chunkFoldPj);
    expect(r.energy.total.components.mac).toBeCloseTo(600 * dot.macPj + 30 * dot.chunkFoldPj, 6);
    const size = hw.memories.accumulator.sizeBytes;
    // An mxint8 entry: FP32 sum + 20-bit partial = 7 bytes, 56 bits.
    expect(r.energy.total.components.accumulator).toBeCloseTo((t.accReads + t.accWrites) * costs.accReadPj(32, size) + 90 * (costs.accReadPj(56, size) - costs.accReadPj(32, size)), 6);
  });
});

describe('fp8-e4m3 events and energy', () => {
  it('charges the MACs at the E4M3 MAC energy, one fold per output and chunk, wider accumulator entries', () => {
    // n = 3 rows, K = 40 (chunks of 32 and 8: two folds per output), o = 5 columns, 16x16 ws: three K tiles (16, 16, 8).
    const hw = bankedHw(16, 16, 2, 2);
    const c: DenseCase = { n: 3, k: 40, o: 5, relu: false, x: Array.from({ length: 120 }, (_, i) => (i % 7) - 3), w: Array.from({ length: 200 }, (_, i) => (i % 5) - 2), b: [1, 2, 3, 4, 5] };
    const wq = quantizeWeights(c.w, [c.o, c.k], formatOf('fp8-e4m3'));
    const p = denseProgram(hw, c, 1, wq.realScale, Uint8Array.from(wq.vals, (v) => encodeElement(v, E4M3) & 0xff));
    const r = simulateProgram(p, new Map([['x', c.x]]));
    const t = r.stats.totals;
    expect(t.formatOps.get('fold')).toBe(2 * 3 * 5);
    // Three COMPUTEs write 15 entries each, two of them read first; CVT_OUT reads the 15.
    expect(t.formatOps.get('acc-entry')).toBe(15 * 3 + 15 * 2 + 15);
    expect(t.formatOps.get('cvt-in')).toBe(120);
    expect(t.formatOps.get('cvt-out')).toBe(15);
    const costs = energyCosts();
    const dot = formatEnergy(costs, E4M3, E4M3, false);
    expect(r.energy.total.components.mac).toBeCloseTo(600 * dot.macPj + 30 * dot.chunkFoldPj, 6);
    const size = hw.memories.accumulator.sizeBytes;
    const entries = t.accReads + t.accWrites;
    expect(r.energy.total.components.accumulator).toBeCloseTo(entries * costs.accReadPj(32, size) + 90 * (costs.accReadPj(80, size) - costs.accReadPj(32, size)), 6);
  });
});

describe('float vector instructions', () => {
  const hw = bankedHw(4, 4, 2, 2);
  const rb = deriveHw(hw).rowBytes.output; // 4 B: one FP32 element per row

  it('CVT_OUT int: fp32(fp32(acc_fit(acc + bias)) · scale), then the clamp (INT8 GEMM inside a float model, §14)', () => {
    // The int32 sums are LOADed into the accumulator directly (an int8 COMPUTE would have made them).
    const acc = [2 ** 24 + 1, -7, 2 ** 31 - 1, 3];
    const image = new Uint8Array(64);
    const v = new DataView(image.buffer);
    acc.forEach((a, j) => v.setInt32(4 * j, a, true));
    [0.5, 1.5, 1, 0.25].forEach((s, j) => v.setFloat32(16 + 4 * j, s, true));
    [2, 0, 5, -3].forEach((bb, j) => v.setInt32(32 + 4 * j, bb, true));
    const body = [
      makeInstruction('CONFIG', { mode: 'int8', dataflow: 'ws', accBits: 32, overflow: 'saturate', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 }),
      makeInstruction('LOAD', { buffer: 'accumulator', sramRow: 0, sramByte: 0, bytesPerRow: 16, rows: 1, sramRowStride: 0, dramAddr: 0, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 }),
      makeInstruction('LOAD', { buffer: 'param', sramRow: 0, sramByte: 0, bytesPerRow: 32, rows: 1, sramRowStride: 0, dramAddr: 16, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 }),
      makeInstruction('CVT_OUT', { accRow: 0, outRow: 0, rows: 1, n: 4, paramRow: 0, kind: 'int', addBias: 1, clamp: 'relu' }),
      makeInstruction('STORE', { buffer: 'output', sramRow: 0, sramByte: 0, bytesPerRow: 16, rows: 1, sramRowStride: 0, dramAddr: 48, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 }),
    ];
    const p = program(hw, body, image, [{ name: 'y', role: 'output', dramAddr: 48, dtype: 'f32', shape: [4], layout: 'C' }]);
    const r = simulateProgram(p, new Map());
    // 2^24 + 3 → fp32 2^24 + 4 (nearest even), · 0.5 = 2^23 + 2; −7 · 1.5 = −10.5 → ReLU 0;
    // 2^31 − 1 + 5 saturates to 2^31 − 1 → fp32 2^31; 3 − 3 = 0.
    expect(Array.from(r.outputs.get('y')!)).toEqual([2 ** 23 + 2, 0, 2 ** 31, 0]);
    expect(r.stats.totals.overflows).toBe(1);
  });

  it('FPOOL max and avg, FADD: the functional FP32 ops over span-aligned pixel rows', () => {
    const pixels = fc.integer({ min: 1, max: 5 });
    fc.assert(fc.property(pixels, pixels, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 ** 30 }), (h, w, c, kern, stride, seed) => {
      const kh = Math.min(kern, h), kw = Math.min(kern, w);
      let s = seed;
      const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31), Math.fround(((s % 20001) - 10000) * 2 ** ((s % 41) - 20)));
      const x = Float32Array.from({ length: h * w * c }, rnd);
      const y = Float32Array.from({ length: h * w * c }, rnd);
      const span = Math.ceil((4 * c) / rb);
      const rowsIn = h * w * span;
      const outH = Math.floor((h - kh) / stride) + 1, outW = Math.floor((w - kw) / stride) + 1;
      const image = new Uint8Array(4 * 4 * h * w * c + 64);
      image.set(fp32Bytes(x), 0);
      image.set(fp32Bytes(y), 4 * h * w * c);
      const load = (at: number, row: number) => makeInstruction('LOAD', { buffer: 'output', sramRow: row, sramByte: 0, bytesPerRow: 4 * c, rows: h * w, sramRowStride: span, dramAddr: at, dramRowStride: 4 * c, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 });
      const store = (row: number, count: number, at: number) => makeInstruction('STORE', { buffer: 'output', sramRow: row, sramByte: 0, bytesPerRow: 4 * c, rows: count, sramRowStride: span, dramAddr: at, dramRowStride: 4 * c, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 });
      const pool = (kind: 'max' | 'avg', dst: number) => makeInstruction('FPOOL', { kind, srcRow: 0, dstRow: dst, channels: c, inH: h, inW: w, kernelH: kh, kernelW: kw, strideH: stride, strideW: stride, padTop: 0, padLeft: 0, padBottom: 0, padRight: 0 });
      const outs = outH * outW;
      const [maxAt, avgAt, addAt] = [8 * h * w * c, 8 * h * w * c + 4 * outs * c, 8 * h * w * c + 8 * outs * c];
      const body = [
        makeInstruction('CONFIG', { mode: 'fp8-e4m3', dataflow: 'ws', accBits: 32, overflow: 'saturate', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 }),
        load(0, 0), load(4 * h * w * c, rowsIn),
        pool('max', 2 * rowsIn), pool('avg', 2 * rowsIn + outs * span),
        makeInstruction('FADD', { aRow: 0, bRow: rowsIn, dstRow: 2 * rowsIn + 2 * outs * span, rows: h * w, elems: c, clamp: 'relu6' }),
        store(2 * rowsIn, outs, maxAt), store(2 * rowsIn + outs * span, outs, avgAt), store(2 * rowsIn + 2 * outs * span, h * w, addAt),
      ];
      const dram = new Uint8Array(addAt + 4 * h * w * c);
      dram.set(image.subarray(0, 8 * h * w * c));
      const p = program(hw, body, dram, [
        { name: 'max', role: 'output', dramAddr: maxAt, dtype: 'f32', shape: [outs * c], layout: 'C' },
        { name: 'avg', role: 'output', dramAddr: avgAt, dtype: 'f32', shape: [outs * c], layout: 'C' },
        { name: 'add', role: 'output', dramAddr: addAt, dtype: 'f32', shape: [h * w * c], layout: 'C' },
      ]);
      const r = simulateProgram(p, new Map());
      const win = { kernelH: kh, kernelW: kw, strideH: stride, strideW: stride, padTop: 0, padLeft: 0, outH, outW };
      expect(bitsOf(r.outputs.get('max')!)).toEqual(bitsOf(fp32MaxPool(x, h, w, c, win)));
      const avg = Array.from({ length: outs * c }, (_, e) => {
        const o = Math.floor(e / c), ch = e % c, oy = Math.floor(o / outW), ox = o % outW;
        const vals: number[] = [];
        for (let ky = 0; ky < kh; ky++) for (let kx = 0; kx < kw; kx++) vals.push(x[((oy * stride + ky) * w + ox * stride + kx) * c + ch]!);
        return fp32AverageExact(vals, vals.length);
      });
      expect(bitsOf(r.outputs.get('avg')!)).toEqual(bitsOf(avg));
      expect(bitsOf(r.outputs.get('add')!)).toEqual(bitsOf(fp32Add(x, y, 0, 6)));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(30) });
  });
});
