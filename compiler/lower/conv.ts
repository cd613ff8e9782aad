// Lowers a conv or dense layer (GEMM-shaped) onto the array, ws or os. Tiles are (pixel block, output-
// channel group, k-group); k-groups are innermost so partial sums stay in the accumulator, and the
// outer order (blocks outer or channel groups outer) is the one with less DRAM traffic (schedule.ts).
// Each operand block goes to the buffer half its predecessor did not use, and is loaded only when it
// changes; requantization and the store happen at the last k-group.
import { INT32_MAX } from '../quant/rounding.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import { HalfSwitch, type LowerContext } from './context.js';
import { newTile, push } from './emit.js';
import { packGemmWeights } from './gemm-weights.js';
import { wsInputLoads, osInputLoads } from './im2col.js';
import { packParams, storageSigned, type ActTensor } from './layout.js';
import { chooseLoopOrder } from './schedule.js';
import type { ConvShape, GemmPlan } from './tiling.js';

/** The requantization side of a weighted layer (from the q-op's attributes and constants). */
export interface RequantSpec {
  readonly bias: ArrayLike<number>;
  readonly m0: ArrayLike<number>;
  readonly shift: ArrayLike<number>;
  readonly yZero: number;
  readonly qmin: number;
  readonly qmax: number;
}

/** REQUANT output fields for `y`: packed bits/nibbles, bytes, or ±1 bytes for a binary value stored as bytes. */
export function requantOutput(y: ActTensor, r: RequantSpec): Pick<InstructionFields<'REQUANT'>, 'outZero' | 'qmin' | 'qmax' | 'outBits' | 'outSigned'> {
  if (y.dtype === 'b1' && y.storageBits === 1) return { outZero: 0, qmin: 0, qmax: 0, outBits: 1, outSigned: 0 };
  // A b1 value kept as bytes: y = clamp(2v + 1, −1, 1) is +1 exactly when v ≥ 0 (M0 = 2^31−1, shift 1 gives 2v rounded).
  if (y.dtype === 'b1') return { outZero: 1, qmin: -1, qmax: 1, outBits: 8, outSigned: 1 };
  return { outZero: r.yZero, qmin: r.qmin, qmax: r.qmax, outBits: y.storageBits, outSigned: storageSigned(y.dtype) ? 1 : 0 };
}

/** The param blocks of a layer in DRAM (M0/shift replaced by the ±1 rule when a binary output is stored as bytes). */
export function paramBytes(y: ActTensor, r: RequantSpec, cols: number): Uint8Array {
  if (y.dtype === 'b1' && y.storageBits === 8) {
    const n = r.bias.length;
    return packParams(r.bias, new Array<number>(n).fill(INT32_MAX), new Array<number>(n).fill(1), cols);
  }
  return packParams(r.bias, r.m0, r.shift, cols);
}

/** Emits every tile of one conv/dense layer. `weights` are OIHW (dense: [out, K] in NCHW flatten order). */
export function lowerGemm(ctx: LowerContext, s: ConvShape, p: GemmPlan, x: ActTensor, y: ActTensor, weights: ArrayLike<number>, r: RequantSpec): void {
  const { hw, d, emitter } = ctx;
  const R = hw.array.rows;
  const C = hw.array.cols;
  const os = hw.array.dataflow === 'os';
  const vecBytesW = d.vectorBytes.weight[p.mode];
  const chunkRowsW = R * p.rpvW;
  const wAddr = ctx.dram.add(packGemmWeights(weights, s, p, R, C, vecBytesW));
  const pAddr = ctx.dram.add(paramBytes(y, r, C));
  const ntileRowsW = p.kcpg * chunkRowsW;
  const inputHalf = new HalfSwitch<string>(0, p.halves.input);
  const weightHalf = new HalfSwitch<string>(0, p.halves.weight);
  const paramHalf = new HalfSwitch<number>(0, p.halves.param);
  let outHalf = 0;
  const out = requantOutput(y, r);
  const outChunkBytes = (C * y.storageBits) / 8;
  const order = chooseLoopOrder(p, s, vecBytesW * R * p.kChunks * p.nTiles);
  const tiles: [number, number][] = [];
  if (order === 'blocks-outer') for (let b = 0; b < p.blocks.length; b++) for (let g = 0; g < p.nGroups; g++) tiles.push([b, g]);
  else for (let g = 0; g < p.nGroups; g++) for (let b = 0; b < p.blocks.length; b++) tiles.push([b, g]);
  for (const [b, g] of tiles) {
    const rect = p.blocks[b]!;
    const pixels = (rect.y1 - rect.y0) * (rect.x1 - rect.x0);
    const j0 = g * p.npg;
    const j1 = Math.min(p.nTiles, j0 + p.npg);
    for (let kg = 0; kg < p.kGroups; kg++) {
      const c0 = kg * p.kcpg;
      const c1 = Math.min(p.kChunks, c0 + p.kcpg);
      const w0 = c0 * p.kTileBytes;
      const w1 = Math.min(p.kBytes, c1 * p.kTileBytes);
      const last = kg === p.kGroups - 1;
      const tile = newTile(`block ${b} (out rows ${rect.y0}..${rect.y1 - 1}, cols ${rect.x0}..${rect.x1 - 1}) channels ${j0 * C}..${Math.min(s.cout, j1 * C) - 1} k-group ${kg + 1} of ${p.kGroups}`);
      const inp = inputHalf.use(`${b}/${kg}`);
      if (inp.load) {
        const loads = os ? osInputLoads(s, p, x, rect, w0, w1, inp.row, d.rowBytes.input, R) : wsInputLoads(s, p, x, rect, w0, w1, inp.row, d.rowBytes.input);
        loads.forEach((l) => push(tile.loads, 'LOAD', l.fields, `im2col ${l.note}`));
      }
      const wt = weightHalf.use(`${g}/${kg}`);
      if (wt.load) {
        const rows = (c1 - c0) * chunkRowsW;
        for (let r0 = 0; r0 < rows; r0 += 65535) {
          const n = Math.min(65535, rows - r0);
          push(tile.loads, 'LOAD', {
            buffer: 'weight', sramRow: wt.row + r0, sramByte: 0, bytesPerRow: d.rowBytes.weight, rows: n, sramRowStride: 1,
            dramAddr: wAddr + ((j0 * p.kChunks + c0) * chunkRowsW + r0) * d.rowBytes.weight, dramRowStride: d.rowBytes.weight,
            repeat: j1 - j0, sramOuterStride: j1 - j0 > 1 ? ntileRowsW : 0, dramOuterStride: j1 - j0 > 1 ? p.kChunks * chunkRowsW * d.rowBytes.weight : 0, fill: 0, fillByte: 0,
          }, `weights: ${j1 - j0} channel tile(s) × chunks ${c0}..${c1 - 1} @0x${wAddr.toString(16)}`);
        }
      }
      const pr = last ? paramHalf.use(g) : undefined;
      if (pr?.load) {
        push(tile.loads, 'LOAD', {
          buffer: 'param', sramRow: pr.row, sramByte: 0, bytesPerRow: d.rowBytes.param, rows: 3 * (j1 - j0), sramRowStride: 1,
          dramAddr: pAddr + 3 * j0 * d.rowBytes.param, dramRowStride: d.rowBytes.param, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
        }, `requant params (bias, M0, shift) of channel tiles ${j0}..${j1 - 1}`);
      }
      for (let j = j0; j < j1; j++) {
        const n = Math.min(C, s.cout - j * C);
        const accRow = outHalf * p.accStride + (j - j0) * p.mBlock;
        const wRow = wt.row + (j - j0) * ntileRowsW;
        for (let c = c0; c < c1; c++) {
          const k = Math.min(p.kTile, p.kel - c * p.kTile);
          const accumulate = c > 0 ? 1 : 0;
          if (!os) {
            push(tile.computes, 'LOAD_WEIGHTS', { weightRow: wRow + (c - c0) * chunkRowsW, k, n }, `latch chunk ${c} of channel tile ${j}`);
            push(tile.computes, 'COMPUTE', {
              inputRow: inp.row + (c - c0) * p.rpvIn, inputRowStride: p.rowsPerPixel, weightRow: 0, accRow, m: pixels, k, n, accumulate,
            });
          }
        }
        if (os) emitOsComputes(tile.computes, p, R, inp.row, wRow, accRow, pixels, c0, c1, n);
      }
      if (last) {
        for (let j = j0; j < j1; j++) {
          const n = Math.min(C, s.cout - j * C);
          push(tile.computes, 'REQUANT', {
            accRow: outHalf * p.accStride + (j - j0) * p.mBlock, outRow: outHalf * p.halves.output + (j - j0) * p.mBlock, outByte: 0, rows: pixels, n,
            paramRow: pr!.row + 3 * (j - j0), addBias: 1, ...out,
          }, `requantize channel tile ${j}`);
        }
        const firstPixel = rect.y0 * s.ow + rect.x0;
        for (let j = j0; j < j1;) {
          const n = Math.min(C, s.cout - j * C);
          let same = 1;
          while (j + same < j1 && Math.min(C, s.cout - (j + same) * C) === n) same++;
          push(tile.stores, 'STORE', {
            buffer: 'output', sramRow: outHalf * p.halves.output + (j - j0) * p.mBlock, sramByte: 0, bytesPerRow: Math.ceil((n * y.storageBits) / 8),
            rows: pixels, sramRowStride: 1, dramAddr: y.dramAddr + firstPixel * y.pixBytes + j * outChunkBytes, dramRowStride: y.pixBytes,
            repeat: same, sramOuterStride: same > 1 ? p.mBlock : 0, dramOuterStride: same > 1 ? outChunkBytes : 0,
          }, `${pixels} pixels × channels ${j * C}..${Math.min(s.cout, (j + same) * C) - 1} → ${y.name} @0x${y.dramAddr.toString(16)}`);
          j += same;
        }
        outHalf ^= 1;
      }
      emitter.addTile(tile);
    }
  }
}

/** os: one COMPUTE per sub-block of ≤ R pixels and span of chunks whose k fits the 13-bit field. */
function emitOsComputes(list: Parameters<typeof push>[0], p: GemmPlan, R: number, inRow: number, wRow: number, accRow: number, pixels: number, c0: number, c1: number, n: number): void {
  const maxChunks = Math.max(1, Math.floor(8191 / p.kTile));
  const subRows = p.kcpg * R * p.rpvIn;
  for (let sb = 0; sb * R < pixels; sb++) {
    const m = Math.min(R, pixels - sb * R);
    for (let a = c0; a < c1; a += maxChunks) {
      const b = Math.min(c1, a + maxChunks);
      const k = Math.min(p.kel, b * p.kTile) - a * p.kTile;
      push(list, 'COMPUTE', {
        inputRow: inRow + sb * subRows + (a - c0) * R * p.rpvIn, inputRowStride: p.rpvIn, weightRow: wRow + (a - c0) * R * p.rpvW,
        accRow: accRow + sb * R, m, k, n, accumulate: a > 0 ? 1 : 0,
      }, sb === 0 && a === c0 ? `os: ${Math.ceil(pixels / R)} sub-block(s) of ${R} pixels` : undefined);
    }
  }
}
