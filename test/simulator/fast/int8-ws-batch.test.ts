// The fast array defers int8 ws COMPUTEs and reads their operands when the batch is multiplied; these
// programs make LOADs overwrite, through the dependency tokens, (a) the weight rows of a latched tile
// before the COMPUTE that uses it and (b) the input rows of a COMPUTE whose batch is still pending. The
// accumulator must hold what the hardware computes: checked against a hand-written oracle and against
// the PE-level model (every register stepped), cycle stamps included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instruction } from '../../../isa/instruction.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { createInt8Gemm } from '../../../simulator/fast/gemm-wasm.js';
import { defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
import { windowByteRange } from '../../../isa/check/footprint.js';
import { GemmKernels } from '../../../simulator/fast/gemm-kernels.js';
import { Int8WsBatch } from '../../../simulator/fast/int8-ws-batch.js';
import { DramStorage } from '../../../simulator/memory/dram.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { Machine } from '../../../simulator/machine.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import type { Program } from '../../../isa/program-file.js';
import { peArrayEngine } from '../../../simulator/pe-model.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { bankedHw, firstDifference } from '../helpers.js';

const W1 = 0;
const W2 = 256;
const X1 = 512;
const X2 = 640;
const M = 8;

/** 16 rows of 16 bytes from DRAM `addr` into buffer rows from 0. */
function load(buffer: 'input' | 'weight', addr: number, rows: number, flags: Record<string, number> = {}): Instruction {
  return makeInstruction('LOAD', {
    buffer, sramRow: 0, sramByte: 0, bytesPerRow: 16, rows, sramRowStride: 1, dramAddr: addr, dramRowStride: 16,
    repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0, ...flags,
  });
}

function program(actSigned: number): Instruction[] {
  const compute = (accRow: number, accumulate: number, flags: Record<string, number> = {}) =>
    makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 1, weightRow: 0, accRow, m: M, k: 16, n: 16, accumulate, ...flags });
  return [
    makeInstruction('CONFIG', { mode: 'int8', dataflow: 'ws', accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: 8, actSigned, weightBits: 8 }),
    load('weight', W1, 16, { pushNext: 1 }),
    load('input', X1, M),
    makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 16, n: 16, popPrev: 1, pushPrev: 1 }),
    // (a) W2 replaces the rows of the latched W1 before the COMPUTE that multiplies by W1.
    load('weight', W2, 16, { popNext: 1, pushNext: 1 }),
    compute(0, 0, { popPrev: 1, pushPrev: 1 }),
    // (b) X2 replaces the rows that COMPUTE read, while its batch is still pending.
    load('input', X2, M, { popNext: 1, pushNext: 1 }),
    makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 16, n: 16, popPrev: 1 }),
    compute(0, 1),
    compute(16, 0),
    makeInstruction('HALT', {}),
  ];
}

/** acc[r][c] = Σ_kk x[r·16 + kk] · w[kk·16 + c] (vector kk of the tile holds channel c at byte c). */
function product(dram: Uint8Array, x: number, w: number, signed: boolean): number[][] {
  const a = (v: number) => (signed && v >= 128 ? v - 256 : v);
  return Array.from({ length: M }, (_, r) => Array.from({ length: 16 }, (_, c) => {
    let s = 0;
    for (let kk = 0; kk < 16; kk++) s += a(dram[x + r * 16 + kk]!) * (((dram[w + kk * 16 + c]! + 128) % 256) - 128);
    return s;
  }));
}

/** Weights reused by DRAM source must be re-read after a STORE rewrote that DRAM (W's first 8 rows become X). */
function storeOverWeights(): Instruction[] {
  return [
    makeInstruction('CONFIG', { mode: 'int8', dataflow: 'ws', accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 }),
    load('weight', W1, 16, { pushNext: 1 }),
    load('input', X1, M),
    makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 16, n: 16, popPrev: 1 }),
    makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 1, weightRow: 0, accRow: 0, m: M, k: 16, n: 16, accumulate: 0, pushPrev: 1, pushNext: 1 }),
    // Reloading the inputs multiplies the pending batch (its packed weights are kept, named by DRAM source).
    load('input', X1, M, { popNext: 1, pushNext: 1 }),
    makeInstruction('STORE', {
      buffer: 'input', sramRow: 0, sramByte: 0, bytesPerRow: 16, rows: M, sramRowStride: 1, dramAddr: W1, dramRowStride: 16,
      repeat: 1, sramOuterStride: 0, dramOuterStride: 0, popPrev: 1, pushPrev: 1,
    }),
    makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 16, n: 16, popPrev: 1, popNext: 1, pushPrev: 1 }),
    makeInstruction('LOAD', {
      buffer: 'weight', sramRow: 16, sramByte: 0, bytesPerRow: 16, rows: 16, sramRowStride: 1, dramAddr: W1, dramRowStride: 16,
      repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0, popNext: 1, pushNext: 1,
    }),
    makeInstruction('LOAD_WEIGHTS', { weightRow: 16, k: 16, n: 16, popPrev: 1 }),
    makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 1, weightRow: 0, accRow: 16, m: M, k: 16, n: 16, accumulate: 0 }),
    makeInstruction('HALT', {}),
  ];
}

/** Weights taken from the input tensor (so they differ per image), the product stored as int32. */
function weightsFromInput(): Program {
  const hw = defaultHwConfig();
  const I: Instruction[] = [
    makeInstruction('CONFIG', { mode: 'int8', dataflow: 'ws', accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 }),
    load('weight', 0, 16, { pushNext: 1 }),
    load('input', 256, M),
    makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 16, n: 16, popPrev: 1 }),
    makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 1, weightRow: 0, accRow: 0, m: M, k: 16, n: 16, accumulate: 0, pushNext: 1 }),
    makeInstruction('STORE', {
      buffer: 'accumulator', sramRow: 0, sramByte: 0, bytesPerRow: 64, rows: M, sramRowStride: 1, dramAddr: 1024, dramRowStride: 64,
      repeat: 1, sramOuterStride: 0, dramOuterStride: 0, popPrev: 1,
    }),
    makeInstruction('HALT', {}),
  ];
  const image = new Uint8Array(1024);
  for (let j = 256; j < 256 + M * 16; j++) image[j] = (j * 37) % 251;
  return {
    hwConfig: hw, instructions: I, dramImage: image, layers: [],
    tensors: [
      { name: 'w', role: 'input', dramAddr: 0, dtype: 'i8', shape: [256], layout: 'C' },
      { name: 'y', role: 'output', dramAddr: 1024, dtype: 'i32', shape: [M, 16], layout: 'NC' },
    ],
  };
}

/**
 * Three window COMPUTEs with the same input walk, each a batch of its own: a LOAD rewrites the input rows
 * between the first and the second (the second must read the new rows, not the matrix gathered for the
 * first), and a weight LOAD over the latched rows ends the second batch without touching the input (the
 * third may reuse the second's gathered matrix).
 */
function windowPasses(): Instruction[] {
  const compute = (accRow: number, flags: Record<string, number> = {}) => makeInstruction('COMPUTE', {
    window: 1, inputRow: 0, inputRowStride: 0, inputByte: 0, firstPixel: 0, kOffset: 0, weightRow: 0, accRow, m: M, k: 16, n: 16, accumulate: 0, ...flags,
  });
  return [
    makeInstruction('CONFIG', { mode: 'int8', dataflow: 'ws', accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 }),
    makeInstruction('WINDOW', { pitch: 64, pixelBytes: 16, cinTap: 8, chanOffset: 0, kernelW: 2, strideH: 1, strideW: 1, dilationH: 1, dilationW: 1, outW: 3 }),
    load('weight', W1, 16, { pushNext: 1 }),
    load('input', X1, 16),
    makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 16, n: 16, popPrev: 1 }),
    compute(0, { pushPrev: 1 }),
    load('input', X2, 16, { popNext: 1, pushNext: 1 }),
    compute(16, { popPrev: 1, pushPrev: 1 }),
    load('weight', W2, 16, { popNext: 1, pushNext: 1 }),
    compute(32, { popPrev: 1 }),
    makeInstruction('HALT', {}),
  ];
}

/** A conv-like int8 ws schedule on a 4x4 array: `chunks` K chunks, each walking `blocks` accumulator blocks of `m`
 *  rows (at `accRows`, which may overlap) with `tiles` LOAD_WEIGHTS + COMPUTE pairs over the chunk's input rows, and
 *  REQUANTs of random accumulator rows placed anywhere in it (the lowering puts one after the next block's first tile). */
interface RequantCase {
  m: number; chunks: number; blocks: number; tiles: number; accRows: number[];
  requants: { at: number; row: number; rows: number }[];
  seed: number;
}

function requantProgram(c: RequantCase): Instruction[] {
  const body: Instruction[] = [];
  for (let chunk = 0; chunk < c.chunks; chunk++) {
    for (let b = 0; b < c.blocks; b++) {
      for (let t = 0; t < c.tiles; t++) {
        const weightRow = 4 * (((chunk * c.blocks + b) * c.tiles + t) % 60);
        body.push(makeInstruction('LOAD_WEIGHTS', { weightRow, k: 4, n: 4 }));
        body.push(makeInstruction('COMPUTE', {
          inputRow: 64 * chunk + 4 * t, inputRowStride: 16, weightRow, accRow: c.accRows[b]!, m: c.m, k: 4, n: 4, accumulate: chunk === 0 && t === 0 ? 0 : 1,
        }));
      }
    }
  }
  // Later insertions first, so that each lands at its index of the unrequantized schedule; each writes rows of its own.
  const requants = c.requants.map((r, j) => ({ ...r, j })).sort((a, b) => b.at - a.at || b.j - a.j);
  for (const r of requants) {
    const at = 2 * Math.min(r.at, body.length / 2);
    body.splice(at, 0, makeInstruction('REQUANT', {
      accRow: r.row, outRow: 8 * r.j, outByte: 0, rows: r.rows, n: 4, paramRow: 0, addBias: 0, outZero: 0, qmin: -128, qmax: 127, outBits: 8, outSigned: 1,
    }));
  }
  return [
    makeInstruction('CONFIG', { mode: 'int8', dataflow: 'ws', accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 }),
    ...body,
    makeInstruction('HALT', {}),
  ];
}

const requantCase: fc.Arbitrary<RequantCase> = fc.record({
  m: fc.integer({ min: 1, max: 6 }), chunks: fc.integer({ min: 1, max: 3 }), blocks: fc.integer({ min: 1, max: 4 }), tiles: fc.integer({ min: 1, max: 3 }),
  accRows: fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 4, maxLength: 4 }),
  requants: fc.array(fc.record({ at: fc.integer({ min: 0, max: 40 }), row: fc.integer({ min: 0, max: 28 }), rows: fc.integer({ min: 1, max: 8 }) }), { maxLength: 6 }),
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
});

describe('deferred int8 ws batches', () => {
  it("take a window run's input byte range once: the union of its tiles' own ranges", () => {
    const hw = defaultHwConfig();
    const batch = new Int8WsBatch(makeBuffers(hw, deriveHw(hw)), new GemmKernels(() => createInt8Gemm()), new DramStorage(new Uint8Array(0), 0));
    const rb = makeBuffers(hw, deriveHw(hw)).input.rowBytes;
    const small = (max: number) => fc.integer({ min: 1, max });
    const arb = fc.record({
      pitch: small(300), pixelBytes: small(40), cinTap: small(40), chanOffset: fc.integer({ min: 0, max: 8 }), kernelW: small(7), strideH: small(3), strideW: small(3),
      dilationH: small(2), dilationW: small(2), outW: small(60), inputRow: fc.integer({ min: 0, max: 50 }), inputByte: fc.integer({ min: 0, max: 15 }),
      firstPixel: fc.integer({ min: 0, max: 400 }), kOffset: fc.integer({ min: 0, max: 300 }), k: small(16), tiles: small(20), m: small(300),
    });
    fc.assert(fc.property(arb, (c) => {
      const win = makeInstruction('WINDOW', { pitch: c.pitch, pixelBytes: c.pixelBytes, cinTap: c.cinTap, chanOffset: c.chanOffset, kernelW: c.kernelW, strideH: c.strideH, strideW: c.strideW, dilationH: c.dilationH, dilationW: c.dilationW, outW: c.outW });
      const run = makeInstruction('COMPUTE', {
        window: 1, inputRow: c.inputRow, inputRowStride: 0, inputByte: c.inputByte, firstPixel: c.firstPixel, kOffset: c.kOffset, k: c.k, m: c.m, n: 16, tiles: c.tiles,
        tileRowStride: 16, weightRow: 0, accRow: 0, accumulate: 0,
      });
      let lo = Infinity;
      let hi = -Infinity;
      for (let t = 0; t < c.tiles; t++) {
        const [a, b] = windowByteRange({ ...run, kOffset: c.kOffset + t * c.k }, c.m, win, 8, rb);
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
      }
      expect(Array.from(batch.runRange(new Float64Array(2), run, win))).toEqual([lo, hi]);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  it('land the work into the rows a REQUANT reads, and only keep the rest pending (PE model as the oracle)', () => {
    fc.assert(fc.property(requantCase, (c) => {
      const hw = bankedHw(4, 4, 2, 2);
      const p = { instructions: requantProgram(c), dramImage: new Uint8Array(0), layers: [] };
      const fast = new Machine(hw, p, 0, { gemm: () => createInt8Gemm() });
      const pe = new Machine(hw, p, 0, { array: peArrayEngine });
      let s = c.seed;
      for (const m of [fast, pe]) {
        s = c.seed;
        for (const b of ['input', 'weight'] as const) {
          const bytes = m.buffers[b].bytes;
          for (let j = 0; j < 256 * m.buffers[b].rowBytes; j++) bytes[j] = (s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 24;
        }
        // Every column: M0 = 2^30, shift −6 (outputs ≈ acc / 128, so a stale accumulator changes them).
        const pb = m.buffers.param.bytes;
        const param = new DataView(pb.buffer, pb.byteOffset, pb.byteLength);
        for (let col = 0; col < 4; col++) {
          param.setInt32(m.buffers.param.rowBytes + 4 * col, 2 ** 30, true);
          param.setInt32(2 * m.buffers.param.rowBytes + 4 * col, -6, true);
        }
      }
      fast.run();
      pe.run();
      expect(Array.from(fast.buffers.accumulator.values)).toEqual(Array.from(pe.buffers.accumulator.values));
      expect(firstDifference(fast.buffers.output.bytes, pe.buffers.output.bytes)).toBe(-1);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(150) });
  });

  it('gather a window matrix again after a LOAD rewrote its input rows, and only then (PE model as the oracle)', () => {
    const hw = defaultHwConfig();
    const dram = new Uint8Array(1024);
    let s = 11;
    for (let j = 0; j < dram.length; j++) dram[j] = (s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 24;
    const p = { instructions: windowPasses(), dramImage: dram, layers: [] };
    const fast = new Machine(hw, p, dram.length, { gemm: () => createInt8Gemm() });
    const pe = new Machine(hw, p, dram.length, { array: peArrayEngine });
    fast.run();
    pe.run();
    const rows = (m: Machine, from: number) => Array.from(m.buffers.accumulator.values.subarray(from * 16, (from + M) * 16));
    // The second and third passes read X2 through the same walk and weights: equal, and not the first's.
    expect(rows(fast, 16)).toEqual(rows(fast, 32));
    expect(rows(fast, 0)).not.toEqual(rows(fast, 16));
    expect(Array.from(fast.buffers.accumulator.values)).toEqual(Array.from(pe.buffers.accumulator.values));
  });

  it('reuse packed weights across images only where the DRAM bytes they came from are the same', () => {
    const p = weightsFromInput();
    const x = p.dramImage.subarray(256, 256 + M * 16);
    // Seed 3 is seed 1 with only its last weight changed: the check must compare every byte, not a prefix.
    for (const seed of [1, 2, 1, 3, 1]) {
      const w = Int8Array.from({ length: 256 }, (_, j) => ((j * (seed === 3 ? 1 : seed) * 29 + (seed === 3 ? 1 : seed)) % 255) - 127);
      if (seed === 3) w[255] = w[255]! ^ 1;
      const got = Array.from(simulateProgram(p, new Map([['w', w]])).outputs.get('y')!);
      const want: number[] = [];
      for (let r = 0; r < M; r++) for (let c = 0; c < 16; c++) {
        let sum = 0;
        for (let kk = 0; kk < 16; kk++) sum += x[r * 16 + kk]! * w[kk * 16 + c]!;
        want.push(sum);
      }
      expect(got, `weights of seed ${seed}`).toEqual(want);
    }
  });

  it('do not reuse packed weights whose DRAM source a STORE rewrote', () => {
    const hw = defaultHwConfig();
    const dram = new Uint8Array(1024);
    let s = 3;
    for (let j = 0; j < dram.length; j++) dram[j] = (s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 24;
    const p = { instructions: storeOverWeights(), dramImage: dram, layers: [] };
    const fast = new Machine(hw, p, dram.length, { gemm: () => createInt8Gemm() });
    const pe = new Machine(hw, p, dram.length, { array: peArrayEngine });
    fast.run();
    pe.run();
    const rewritten = dram.slice();
    rewritten.set(dram.subarray(X1, X1 + M * 16), W1);
    const before = product(dram, X1, W1, false);
    const after = product(rewritten, X1, W1, false);
    const acc = (m: Machine, row: number) => Array.from(m.buffers.accumulator.values.subarray(row * 16, row * 16 + 16));
    for (let r = 0; r < M; r++) {
      expect(acc(fast, r), `row ${r}`).toEqual(before[r]);
      expect(acc(fast, 16 + r), `row ${16 + r}`).toEqual(after[r]);
    }
    expect(before).not.toEqual(after);
    expect(Array.from(fast.buffers.accumulator.values)).toEqual(Array.from(pe.buffers.accumulator.values));
  });

  for (const actSigned of [0, 1]) {
    it(`see the operands as they were when each instruction ran (actSigned ${actSigned})`, () => {
      const hw = defaultHwConfig();
      const dram = new Uint8Array(1024);
      let s = 7 + actSigned;
      for (let j = 0; j < dram.length; j++) dram[j] = (s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 24;
      const p = { instructions: program(actSigned), dramImage: dram, layers: [] };
      const fast = new Machine(hw, p, dram.length, { gemm: () => createInt8Gemm() });
      const pe = new Machine(hw, p, dram.length, { array: peArrayEngine });
      const fastRun = fast.run();
      const peRun = pe.run();
      const signed = actSigned === 1;
      const first = product(dram, X1, W1, signed);
      const second = product(dram, X2, W2, signed);
      const acc = (m: Machine, row: number) => Array.from(m.buffers.accumulator.values.subarray(row * 16, row * 16 + 16));
      for (let r = 0; r < M; r++) {
        expect(acc(fast, r), `row ${r}`).toEqual(first[r]!.map((v, c) => v + second[r]![c]!));
        expect(acc(fast, 16 + r), `row ${16 + r}`).toEqual(second[r]);
      }
      expect(Array.from(fast.buffers.accumulator.values)).toEqual(Array.from(pe.buffers.accumulator.values));
      expect(Array.from(fastRun.start)).toEqual(Array.from(peRun.start));
      expect(Array.from(fastRun.end)).toEqual(Array.from(peRun.end));
    });
  }
});
