// Tile sizes for a GEMM-shaped layer (conv as implicit im2col, dense as a conv whose kernel covers the
// whole input): K is cut into chunks of one array pass (R·P elements = one input vector), chunks into
// k-groups that fit half of the weight buffer, output channels into tiles of C and groups of tiles,
// output pixels into blocks that fit half of the input buffer, the accumulator and half of the
// output buffer. Halves, because each of those buffers is double-buffered (docs/LOWERING.md).
import type { DerivedHw, HwConfig } from '../../isa/hw-config.js';
import type { ArrayMode } from '../../isa/spec.js';
import { MAX_BLOCK_ROWS, MAX_COMPUTE_K, MAX_ROW_STRIDE } from './field-limits.js';
import { mapFail } from './mapping-errors.js';

/** Convolution geometry (dense: kernel = input, one output pixel). */
export interface ConvShape {
  readonly h: number; readonly w: number; readonly cin: number; readonly cout: number;
  readonly kh: number; readonly kw: number; readonly sh: number; readonly sw: number;
  readonly dh: number; readonly dw: number; readonly pt: number; readonly pl: number;
  readonly oh: number; readonly ow: number;
}

/** A block of output pixels: rows [y0, y1) × columns [x0, x1) (full-width bands or single-row segments). */
export interface PixelRect {
  readonly y0: number; readonly y1: number; readonly x0: number; readonly x1: number;
}

/** Every size the conv/dense emitter needs. */
export interface GemmPlan {
  readonly mode: ArrayMode;
  /** Elements per PE per cycle, storage bits per element. */
  readonly P: number;
  readonly bits: number;
  /** One array pass of reduction: elements and bytes (= one input vector). */
  readonly kTile: number;
  readonly kTileBytes: number;
  readonly rpvIn: number;
  readonly rpvW: number;
  /** Input pixel bytes, reduction elements and im2col bytes per output pixel. */
  readonly pixBytes: number;
  readonly kel: number;
  readonly kBytes: number;
  readonly kChunks: number;
  /** Chunks per k-group (allocation stride) and number of k-groups. */
  readonly kcpg: number;
  readonly kGroups: number;
  readonly nTiles: number;
  /** Output-channel tiles per group and number of groups. */
  readonly npg: number;
  readonly nGroups: number;
  /** Output pixels per block (allocation stride of the accumulator and output tiles). */
  readonly mBlock: number;
  readonly blocks: readonly PixelRect[];
  /** Input-buffer rows per output pixel (ws) for one k-group. */
  readonly rowsPerPixel: number;
  /** Accumulator rows between consecutive storing tiles: half the buffer (double-buffered) or 0. */
  readonly accStride: number;
  readonly halves: { readonly input: number; readonly weight: number; readonly param: number; readonly output: number; readonly accumulator: number };
}

/** Cuts the output grid into blocks of at most `m` pixels: full-width bands when a row fits, else row segments. */
export function pixelBlocks(oh: number, ow: number, m: number): PixelRect[] {
  const out: PixelRect[] = [];
  if (m >= ow) {
    const band = Math.floor(m / ow);
    for (let y = 0; y < oh; y += band) out.push({ y0: y, y1: Math.min(oh, y + band), x0: 0, x1: ow });
  } else {
    for (let y = 0; y < oh; y++) for (let x = 0; x < ow; x += m) out.push({ y0: y, y1: y + 1, x0: x, x1: Math.min(ow, x + m) });
  }
  return out;
}

/** Half of each double-buffered memory, in rows. */
export function bufferHalves(d: DerivedHw): GemmPlan['halves'] {
  const half = (rows: number) => Math.floor(rows / 2);
  return { input: half(d.bufferRows.input), weight: half(d.bufferRows.weight), param: half(d.bufferRows.param), output: half(d.bufferRows.output), accumulator: half(d.bufferRows.accumulator) };
}

/** Plans the tiles of one conv/dense layer; MAP001 when even the smallest tile does not fit. */
export function planGemm(layer: string, s: ConvShape, mode: ArrayMode, pixBytes: number, hw: HwConfig, d: DerivedHw): GemmPlan {
  const R = hw.array.rows;
  const C = hw.array.cols;
  const os = hw.array.dataflow === 'os';
  const P = hw.array.macsPerPePerCycle[mode];
  const bits = d.elementBits.input[mode]; // int8, int4 and binary: weights as wide as activations
  const kTile = d.reductionPerPass[mode];
  const kTileBytes = d.vectorBytes.input[mode];
  const rpvIn = d.rowsPerVector.input[mode];
  const rpvW = d.rowsPerVector.weight[mode];
  const halves = bufferHalves(d);
  const taps = s.kh * s.kw;
  const kBytes = taps * pixBytes;
  const kel = (kBytes * 8) / bits;
  const kChunks = Math.ceil(kBytes / kTileBytes);
  const chunkRowsW = R * rpvW;
  // os keeps a whole sub-block of R pixels per k-group vector; ws one pixel per im2col row.
  const pixelsPerUnit = os ? R : 1;
  // Rows per pixel is an SRAM row stride of the im2col LOADs and COMPUTE (16-bit fields).
  const maxKcpg = Math.min(kChunks, Math.floor(halves.weight / chunkRowsW), Math.floor(halves.input / (pixelsPerUnit * rpvIn)), Math.floor(MAX_ROW_STRIDE / rpvIn));
  if (maxKcpg < 1) {
    mapFail('MAP001', layer, `one ${mode} reduction chunk needs ${chunkRowsW} weight rows and ${pixelsPerUnit * rpvIn} input rows, but half of the weight buffer has ${halves.weight} rows and half of the input buffer ${halves.input}`);
  }
  if (halves.param < 3) mapFail('MAP001', layer, `a requantization block needs 3 param rows, half of the param buffer has ${halves.param}`);
  const nTiles = Math.ceil(s.cout / C);
  const pixels = s.oh * s.ow;
  // A double-buffered accumulator lets the REQUANTs of one tile overlap the COMPUTEs of the next (their
  // rows differ, HARDWARE.md Clarifications 8) but halves the block; single-buffered, the vector work is
  // not hidden: it is charged as cycles × DRAM bytes per cycle, so the search weighs both.
  const accHalf = Math.floor(d.bufferRows.accumulator / 2);
  const vectorCyclesPerRow = Math.ceil(C / hw.vector.lanes);
  // Search the k-group size and the channel-group size: the plan with the least DRAM traffic plus
  // 64 bytes per instruction (fetch and issue overhead) wins. Larger pixel blocks amortise each
  // LOAD_WEIGHTS over more rows; larger k-groups avoid re-reading the input per channel group.
  let best: (Shape & { cost: number }) | undefined;
  for (let kGroupsTry = 1; kGroupsTry <= kChunks; kGroupsTry++) {
    const kcpg = Math.ceil(kChunks / kGroupsTry);
    if (kcpg > maxKcpg || (kGroupsTry > 1 && Math.ceil(kChunks / (kGroupsTry - 1)) === kcpg)) continue;
    const maxNpg = Math.max(1, Math.min(nTiles, Math.floor(halves.weight / (kcpg * chunkRowsW)), Math.floor(halves.param / 3)));
    for (const [npg, accDouble] of [1, Math.ceil(nTiles / Math.ceil(nTiles / maxNpg)), maxNpg].flatMap((n) => [[n, true], [n, false]] as const)) {
      const rowsPerPixel = kcpg * rpvIn;
      const accRows = accDouble ? accHalf : d.bufferRows.accumulator;
      let mBlock = Math.min(pixels, Math.floor(accRows / npg), Math.floor(halves.output / npg), MAX_BLOCK_ROWS);
      mBlock = Math.min(mBlock, os ? Math.floor(halves.input / (R * rowsPerPixel)) * R : Math.floor(halves.input / rowsPerPixel));
      if (mBlock < 1) continue;
      const shape: Shape = { kcpg, kGroups: Math.ceil(kChunks / kcpg), npg, nGroups: Math.ceil(nTiles / npg), mBlock, blocks: pixelBlocks(s.oh, s.ow, mBlock), rowsPerPixel, accStride: accDouble ? accHalf : 0 };
      const exposed = accDouble ? 0 : shape.blocks.length * shape.nGroups * mBlock * npg * vectorCyclesPerRow * hw.dram.bandwidthBytesPerCycle;
      const cost = exposed + shapeCost(shape, s, { os, R, kChunks, nTiles, kBytes, kTile, pixBytes, rowBytes: d.rowBytes.input, weightBytes: nTiles * kChunks * chunkRowsW * d.rowBytes.weight });
      if (best === undefined || cost < best.cost) best = { ...shape, cost };
    }
  }
  if (best === undefined) {
    mapFail('MAP001', layer, `one output pixel × ${C} channels needs 1 accumulator row, 1 output row and ${rpvIn} input rows; per half the machine has ${accHalf}, ${halves.output} and ${halves.input}`);
  }
  const { kcpg, kGroups, npg, nGroups, mBlock, blocks, rowsPerPixel, accStride } = best;
  return {
    mode, P, bits, kTile, kTileBytes, rpvIn, rpvW, pixBytes, kel, kBytes, kChunks, kcpg, kGroups,
    nTiles, npg, nGroups, mBlock, blocks, rowsPerPixel, accStride, halves,
  };
}

/** The tile shape a plan search compares. */
interface Shape {
  readonly kcpg: number;
  readonly kGroups: number;
  readonly npg: number;
  readonly nGroups: number;
  readonly mBlock: number;
  readonly blocks: PixelRect[];
  readonly rowsPerPixel: number;
  readonly accStride: number;
}

interface CostInputs {
  readonly os: boolean; readonly R: number; readonly kChunks: number; readonly nTiles: number; readonly kBytes: number;
  readonly kTile: number; readonly pixBytes: number; readonly rowBytes: number; readonly weightBytes: number;
}

/** Estimated DRAM bytes (the better loop order) + 64 × estimated instructions of a tile shape. */
function shapeCost(t: Shape, s: ConvShape, c: CostInputs): number {
  const blocks = t.blocks.length;
  const input = s.oh * s.ow * c.kBytes;
  const traffic = Math.min(
    input * (t.kGroups > 1 ? t.nGroups : 1) + c.weightBytes * (t.nGroups * t.kGroups > 1 ? blocks : 1),
    c.weightBytes * (t.kGroups > 1 ? blocks : 1) + input * (blocks * t.kGroups > 1 ? t.nGroups : 1),
  );
  const tiles = blocks * t.nGroups * t.kGroups;
  const rowsInBlock = Math.max(1, Math.ceil(t.mBlock / s.ow));
  const taps = s.kh * s.kw;
  const piecesPerTap = Math.ceil(c.pixBytes / c.rowBytes) + 1;
  const computes = c.os
    ? blocks * Math.ceil(t.mBlock / c.R) * c.nTiles * t.kGroups * Math.ceil(t.kcpg / Math.max(1, Math.floor(MAX_COMPUTE_K / c.kTile)))
    : blocks * c.nTiles * (c.kChunks * 2 + 1);
  const loadsPerTile = c.os ? t.mBlock * s.kh : taps * Math.min(piecesPerTap, rowsInBlock) * 2;
  return traffic + 64 * (computes + tiles * (loadsPerTile + 2));
}
