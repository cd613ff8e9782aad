// A GEMM program generator for the timing tests: Y = requant(A·W), A M×K, W K×N, on a ws array, every
// operand loaded once, one LOAD_WEIGHTS + COMPUTE per (n tile, k tile), REQUANT + STORE per n tile with
// accumulator and output rows reused modulo what fits (the machine's hazard rules and tokens order it).
import type { Instruction } from '../../isa/instruction.js';
import { makeInstruction } from '../../isa/make-instruction.js';
import type { Program } from '../../isa/program-file.js';
import { MODE_OPERAND_BITS, type ArrayMode } from '../../isa/spec.js';
import { deriveHw, type HwConfig } from '../../isa/hw-config.js';
import { int32Bytes } from './helpers.js';

/** The program and where its pieces sit in DRAM. */
export interface GemmProgram {
  readonly program: Program;
  readonly aAddr: number;
  readonly outAddr: number;
}

/**
 * A (M × K elements, row-major, packed) at aAddr, W pre-tiled in LOAD_WEIGHTS order, params (bias 0,
 * M0 = 2^30, shift −7: y ≈ acc/256), output M × N int8 at outAddr (row-major).
 */
export function gemmProgram(hw: HwConfig, mode: ArrayMode, M: number, K: number, N: number, w: Int8Array): GemmProgram {
  const d = deriveHw(hw);
  const R = hw.array.rows;
  const C = hw.array.cols;
  const P = hw.array.macsPerPePerCycle[mode];
  const bits = MODE_OPERAND_BITS[mode].input;
  const wBits = MODE_OPERAND_BITS[mode].weight;
  const kTile = R * P;
  const kTiles = Math.ceil(K / kTile);
  const nTiles = Math.ceil(N / C);
  const rpvIn = d.rowsPerVector.input[mode];
  const rpvW = d.rowsPerVector.weight[mode];
  const inRow = d.rowBytes.input;
  const wRow = d.rowBytes.weight;
  const aRowBytes = (K * bits) / 8;
  const wTileBytes = R * rpvW * wRow;
  const wAddr = M * aRowBytes;
  const paramAddr = wAddr + nTiles * kTiles * wTileBytes;
  const outAddr = paramAddr + 3 * d.rowBytes.param;
  const image = new Uint8Array(outAddr);
  // Weights: tile (nt, kt), vector r, column c, element p = W[kt·kTile + r·P + p][nt·C + c].
  for (let nt = 0; nt < nTiles; nt++) {
    for (let kt = 0; kt < kTiles; kt++) {
      const base = wAddr + (nt * kTiles + kt) * wTileBytes;
      for (let r = 0; r < R; r++) {
        for (let c = 0; c < C; c++) {
          for (let p = 0; p < P; p++) {
            const kk = kt * kTile + r * P + p;
            const n = nt * C + c;
            if (kk >= K || n >= N) continue;
            const v = w[kk * N + n]!;
            const bit = (r * rpvW * wRow * 8) + (c * P + p) * wBits;
            const at = base + (bit >> 3);
            const enc = wBits === 1 ? (v > 0 ? 1 : 0) : v & ((1 << wBits) - 1);
            image[at] = image[at]! | (enc << (bit & 7));
          }
        }
      }
    }
  }
  image.set(int32Bytes([...new Array<number>(C).fill(0), ...new Array<number>(C).fill(2 ** 30), ...new Array<number>(C).fill(-7)]), paramAddr);
  const I: Instruction[] = [];
  const vecBytes = rpvIn * inRow;
  // A tile kt: vector i at input row (kt·M + i)·rpvIn, loaded row piece by row piece.
  for (let kt = 0; kt < kTiles; kt++) {
    const bytes = Math.min(vecBytes, aRowBytes - kt * vecBytes);
    const rows = Math.ceil(bytes / inRow);
    I.push(makeInstruction('LOAD', {
      buffer: 'input', sramRow: kt * M * rpvIn, sramByte: 0, bytesPerRow: Math.min(inRow, bytes), rows, sramRowStride: 1,
      dramAddr: kt * vecBytes, dramRowStride: inRow, repeat: M, sramOuterStride: rpvIn, dramOuterStride: aRowBytes, fill: 0, fillByte: 0,
    }));
  }
  I.push(makeInstruction('LOAD', {
    buffer: 'weight', sramRow: 0, sramByte: 0, bytesPerRow: wRow, rows: (nTiles * kTiles * wTileBytes) / wRow, sramRowStride: 1,
    dramAddr: wAddr, dramRowStride: wRow, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
  }));
  I.push(makeInstruction('LOAD', {
    buffer: 'param', sramRow: 0, sramByte: 0, bytesPerRow: d.rowBytes.param, rows: 3, sramRowStride: 1,
    dramAddr: paramAddr, dramRowStride: d.rowBytes.param, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0, pushNext: 1,
  }));
  I.push(makeInstruction('CONFIG', {
    mode, dataflow: 'ws', accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: bits, actSigned: 1, weightBits: wBits, popPrev: 1,
  }));
  const accTiles = Math.floor(d.bufferRows.accumulator / M);
  const outTiles = Math.floor(d.bufferRows.output / M);
  for (let nt = 0; nt < nTiles; nt++) {
    const n = Math.min(C, N - nt * C);
    for (let kt = 0; kt < kTiles; kt++) {
      const k = Math.min(kTile, K - kt * kTile);
      I.push(makeInstruction('LOAD_WEIGHTS', { weightRow: (nt * kTiles + kt) * R * rpvW, k, n }));
      I.push(makeInstruction('COMPUTE', {
        inputRow: kt * M * rpvIn, inputRowStride: rpvIn, weightRow: 0, accRow: (nt % accTiles) * M, m: M, k, n, accumulate: kt > 0 ? 1 : 0,
      }));
    }
    I.push(makeInstruction('REQUANT', {
      accRow: (nt % accTiles) * M, outRow: (nt % outTiles) * M, outByte: 0, rows: M, n, paramRow: 0, addBias: 1,
      outZero: 0, qmin: -128, qmax: 127, outBits: 8, outSigned: 1, pushNext: 1, popNext: nt >= outTiles ? 1 : 0,
    }));
    I.push(makeInstruction('STORE', {
      buffer: 'output', sramRow: (nt % outTiles) * M, sramByte: 0, bytesPerRow: n, rows: M, sramRowStride: 1,
      dramAddr: outAddr + nt * C, dramRowStride: N, repeat: 1, sramOuterStride: 0, dramOuterStride: 0,
      popPrev: 1, pushPrev: nt + outTiles < nTiles ? 1 : 0,
    }));
  }
  I.push(makeInstruction('HALT', {}));
  const program: Program = {
    hwConfig: hw, instructions: I, dramImage: image,
    tensors: [
      { name: 'a', role: 'input', dramAddr: 0, dtype: mode === 'int8' ? 'i8' : mode === 'int4' ? 'i4' : 'b1', shape: [M, K], layout: 'NC' },
      { name: 'y', role: 'output', dramAddr: outAddr, dtype: 'i8', shape: [M, N], layout: 'NC' },
    ],
    layers: [{ name: 'gemm', firstInstruction: 0, instructionCount: I.length }],
  };
  return { program, aAddr: 0, outAddr };
}
