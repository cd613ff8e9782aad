// Lowers a conv or dense layer (GEMM-shaped) onto the array, ws or os. Tiles are (pixel block, output-
// channel group, k-group); k-groups are innermost so partial sums stay in the accumulator, and the
// outer order (blocks outer or channel groups outer) is the one with less DRAM traffic (schedule.ts).
// Each operand block goes to the buffer half its predecessor did not use, and is loaded only when it
// changes; requantization and the store happen at the last k-group.
import { INT32_MAX } from '../../core/rounding.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import { HalfSwitch, type LayerLowering, type LowerContext } from './context.js';
import { newTile, push, type Tile } from './emit.js';
import { MAX_COMPUTE_K, MAX_TRANSFER_ROWS } from './field-limits.js';
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

/** One tile's coordinates: pixel block, channel tiles [j0, j1), chunks [c0, c1) of k-group kg. */
interface TileAt {
  readonly b: number; readonly j0: number; readonly j1: number; readonly kg: number; readonly c0: number; readonly c1: number;
  readonly pixels: number; readonly last: boolean;
}

/** One conv/dense layer: its constants (packed weights, param blocks), then its tiles. `weights` are OIHW (dense: [out, K] in NCHW flatten order). */
export function lowerGemm(ctx: LowerContext, s: ConvShape, p: GemmPlan, x: ActTensor, y: ActTensor, weights: ArrayLike<number>, r: RequantSpec): LayerLowering {
  const layer = new GemmLayer(ctx, s, p, x, y, weights, r);
  return { constants: layer.constants, emit: (addrs) => layer.emit(addrs) };
}

/** The constants of one conv/dense layer and the emission of its tiles. */
class GemmLayer {
  private readonly R: number;
  private readonly C: number;
  private readonly chunkRowsW: number;
  /** Weight-buffer rows per channel tile (one k-group of chunks). */
  private readonly ntileRowsW: number;
  private wAddr = -1;
  private pAddr = -1;
  readonly constants: readonly Uint8Array[];
  private readonly inputHalf: HalfSwitch<string>;
  private readonly weightHalf: HalfSwitch<string>;
  private readonly paramHalf: HalfSwitch<number>;
  /** Output (and, when double-buffered, accumulator) half of the next storing tile. */
  private outHalf = 0;

  constructor(private readonly ctx: LowerContext, private readonly s: ConvShape, private readonly p: GemmPlan,
    private readonly x: ActTensor, private readonly y: ActTensor, weights: ArrayLike<number>, private readonly r: RequantSpec) {
    this.R = ctx.hw.array.rows;
    this.C = ctx.hw.array.cols;
    this.chunkRowsW = this.R * p.rpvW;
    this.ntileRowsW = p.kcpg * this.chunkRowsW;
    this.constants = [packGemmWeights(weights, s, p, this.R, this.C, ctx.d.vectorBytes.weight[p.mode]), paramBytes(y, r, this.C)];
    this.inputHalf = new HalfSwitch<string>(0, p.halves.input);
    this.weightHalf = new HalfSwitch<string>(0, p.halves.weight);
    this.paramHalf = new HalfSwitch<number>(0, p.halves.param);
  }

  /** Visits (block, channel group) in the cheaper loop order, k-groups innermost; `addrs` of the constants. */
  emit(addrs: readonly number[]): void {
    [this.wAddr, this.pAddr] = addrs as [number, number];
    const { p, s } = this;
    const order = chooseLoopOrder(p, s, this.ctx.d.vectorBytes.weight[p.mode] * this.R * p.kChunks * p.nTiles);
    const pairs: [number, number][] = [];
    if (order === 'blocks-outer') for (let b = 0; b < p.blocks.length; b++) for (let g = 0; g < p.nGroups; g++) pairs.push([b, g]);
    else for (let g = 0; g < p.nGroups; g++) for (let b = 0; b < p.blocks.length; b++) pairs.push([b, g]);
    for (const [b, g] of pairs) {
      const rect = p.blocks[b]!;
      const j0 = g * p.npg;
      const j1 = Math.min(p.nTiles, j0 + p.npg);
      for (let kg = 0; kg < p.kGroups; kg++) {
        const c0 = kg * p.kcpg;
        const at: TileAt = { b, j0, j1, kg, c0, c1: Math.min(p.kChunks, c0 + p.kcpg), pixels: (rect.y1 - rect.y0) * (rect.x1 - rect.x0), last: kg === p.kGroups - 1 };
        this.ctx.emitter.addTile(this.tile(at, g));
      }
    }
  }

  private tile(at: TileAt, g: number): Tile {
    const { p, s, C } = this;
    const rect = p.blocks[at.b]!;
    const tile = newTile(`block ${at.b} (out rows ${rect.y0}..${rect.y1 - 1}, cols ${rect.x0}..${rect.x1 - 1}) channels ${at.j0 * C}..${Math.min(s.cout, at.j1 * C) - 1} k-group ${at.kg + 1} of ${p.kGroups}`);
    const inp = this.inputHalf.use(`${at.b}/${at.kg}`);
    if (inp.load) this.inputLoads(tile, at, inp.row);
    const wt = this.weightHalf.use(`${g}/${at.kg}`);
    if (wt.load) this.weightLoads(tile, at, wt.row);
    const pr = at.last ? this.paramHalf.use(g) : undefined;
    if (pr?.load) this.paramLoad(tile, at, pr.row);
    for (let j = at.j0; j < at.j1; j++) this.computes(tile, at, j, inp.row, wt.row + (j - at.j0) * this.ntileRowsW);
    if (at.last) {
      this.requantAndStore(tile, at, pr!.row);
      this.outHalf ^= 1;
    }
    return tile;
  }

  private inputLoads(tile: Tile, at: TileAt, row: number): void {
    const { p, s, x, ctx } = this;
    const w0 = at.c0 * p.kTileBytes;
    const w1 = Math.min(p.kBytes, at.c1 * p.kTileBytes);
    const rect = p.blocks[at.b]!;
    const loads = ctx.hw.array.dataflow === 'os'
      ? osInputLoads(s, p, x, rect, w0, w1, row, ctx.d.rowBytes.input, this.R)
      : wsInputLoads(s, p, x, rect, w0, w1, row, ctx.d.rowBytes.input);
    loads.forEach((l) => push(tile.loads, 'LOAD', l.fields, `im2col ${l.note}`));
  }

  /** One LOAD per channel tile run of chunks (split at the 16-bit row count). */
  private weightLoads(tile: Tile, at: TileAt, row: number): void {
    const { p, chunkRowsW } = this;
    const rowBytes = this.ctx.d.rowBytes.weight;
    const tiles = at.j1 - at.j0;
    const rows = (at.c1 - at.c0) * chunkRowsW;
    for (let r0 = 0; r0 < rows; r0 += MAX_TRANSFER_ROWS) {
      push(tile.loads, 'LOAD', {
        buffer: 'weight', sramRow: row + r0, sramByte: 0, bytesPerRow: rowBytes, rows: Math.min(MAX_TRANSFER_ROWS, rows - r0), sramRowStride: 1,
        dramAddr: this.wAddr + ((at.j0 * p.kChunks + at.c0) * chunkRowsW + r0) * rowBytes, dramRowStride: rowBytes,
        repeat: tiles, sramOuterStride: tiles > 1 ? this.ntileRowsW : 0, dramOuterStride: tiles > 1 ? p.kChunks * chunkRowsW * rowBytes : 0, fill: 0, fillByte: 0,
      }, `weights: ${tiles} channel tile(s) × chunks ${at.c0}..${at.c1 - 1} @0x${this.wAddr.toString(16)}`);
    }
  }

  private paramLoad(tile: Tile, at: TileAt, row: number): void {
    const rowBytes = this.ctx.d.rowBytes.param;
    push(tile.loads, 'LOAD', {
      buffer: 'param', sramRow: row, sramByte: 0, bytesPerRow: rowBytes, rows: 3 * (at.j1 - at.j0), sramRowStride: 1,
      dramAddr: this.pAddr + 3 * at.j0 * rowBytes, dramRowStride: rowBytes, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
    }, `requant params (bias, M0, shift) of channel tiles ${at.j0}..${at.j1 - 1}`);
  }

  private accRow(at: TileAt, j: number): number {
    return this.outHalf * this.p.accStride + (j - at.j0) * this.p.mBlock;
  }

  private outRow(at: TileAt, j: number): number {
    return this.outHalf * this.p.halves.output + (j - at.j0) * this.p.mBlock;
  }

  /** ws: latch each chunk and stream the block; os: COMPUTEs over sub-blocks of R pixels. */
  private computes(tile: Tile, at: TileAt, j: number, inRow: number, wRow: number): void {
    const { p, s, C } = this;
    const n = Math.min(C, s.cout - j * C);
    if (this.ctx.hw.array.dataflow === 'os') {
      emitOsComputes(tile.computes, p, this.R, inRow, wRow, this.accRow(at, j), at.pixels, at.c0, at.c1, n);
      return;
    }
    for (let c = at.c0; c < at.c1; c++) {
      const k = Math.min(p.kTile, p.kel - c * p.kTile);
      push(tile.computes, 'LOAD_WEIGHTS', { weightRow: wRow + (c - at.c0) * this.chunkRowsW, k, n }, `latch chunk ${c} of channel tile ${j}`);
      push(tile.computes, 'COMPUTE', {
        inputRow: inRow + (c - at.c0) * p.rpvIn, inputRowStride: p.rowsPerPixel, weightRow: 0, accRow: this.accRow(at, j), m: at.pixels, k, n, accumulate: c > 0 ? 1 : 0,
      });
    }
  }

  /** REQUANT per channel tile; one STORE per run of equally wide channel tiles (repeat over tiles). */
  private requantAndStore(tile: Tile, at: TileAt, paramRow: number): void {
    const { p, s, y, C } = this;
    const out = requantOutput(y, this.r);
    const width = (j: number) => Math.min(C, s.cout - j * C);
    for (let j = at.j0; j < at.j1; j++) {
      push(tile.computes, 'REQUANT', {
        accRow: this.accRow(at, j), outRow: this.outRow(at, j), outByte: 0, rows: at.pixels, n: width(j), paramRow: paramRow + 3 * (j - at.j0), addBias: 1, ...out,
      }, `requantize channel tile ${j}`);
    }
    const rect = p.blocks[at.b]!;
    const firstPixel = rect.y0 * s.ow + rect.x0;
    const chunkBytes = (C * y.storageBits) / 8;
    for (let j = at.j0; j < at.j1;) {
      let same = 1;
      while (j + same < at.j1 && width(j + same) === width(j)) same++;
      push(tile.stores, 'STORE', {
        buffer: 'output', sramRow: this.outRow(at, j), sramByte: 0, bytesPerRow: Math.ceil((width(j) * y.storageBits) / 8),
        rows: at.pixels, sramRowStride: 1, dramAddr: y.dramAddr + firstPixel * y.pixBytes + j * chunkBytes, dramRowStride: y.pixBytes,
        repeat: same, sramOuterStride: same > 1 ? p.mBlock : 0, dramOuterStride: same > 1 ? chunkBytes : 0,
      }, `${at.pixels} pixels × channels ${j * C}..${Math.min(s.cout, (j + same) * C) - 1} → ${y.name} @0x${y.dramAddr.toString(16)}`);
      j += same;
    }
  }
}

/** os: one COMPUTE per sub-block of ≤ R pixels and span of chunks whose k fits the 13-bit field. */
function emitOsComputes(list: Parameters<typeof push>[0], p: GemmPlan, R: number, inRow: number, wRow: number, accRow: number, pixels: number, c0: number, c1: number, n: number): void {
  const maxChunks = Math.max(1, Math.floor(MAX_COMPUTE_K / p.kTile));
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
