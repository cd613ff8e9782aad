// Tile sizes for a GEMM-shaped layer (conv as implicit im2col, dense as a conv whose kernel covers the
// whole input): K is cut into chunks of one array pass (R·P elements = one input vector), chunks into
// k-groups that fit half of the weight buffer, output channels into tiles of C and groups of tiles,
// output pixels into blocks that fit half of the input buffer, the accumulator and half of the
// output buffer. Halves, because each of those buffers is double-buffered (docs/LOWERING.md).
import type { DerivedHw, HwConfig } from '../../simulator/hw-config.js';
import type { ArrayMode } from '../../isa/spec.js';
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
  readonly halves: { readonly input: number; readonly weight: number; readonly param: number; readonly output: number };
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
  return { input: half(d.bufferRows.input), weight: half(d.bufferRows.weight), param: half(d.bufferRows.param), output: half(d.bufferRows.output) };
}

/** Plans the tiles of one conv/dense layer; MAP001 when even the smallest tile does not fit. */
export function planGemm(layer: string, s: ConvShape, mode: ArrayMode, pixBytes: number, hw: HwConfig, d: DerivedHw): GemmPlan {
  const R = hw.array.rows;
  const C = hw.array.cols;
  const os = hw.array.dataflow === 'os';
  const P = hw.array.macsPerPePerCycle[mode];
  const bits = d.elementBits[mode];
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
  const kcpg = Math.min(kChunks, Math.floor(halves.weight / chunkRowsW), Math.floor(halves.input / (pixelsPerUnit * rpvIn)));
  if (kcpg < 1) {
    mapFail('MAP001', layer, `one ${mode} reduction chunk needs ${chunkRowsW} weight rows and ${pixelsPerUnit * rpvIn} input rows, but half of the weight buffer has ${halves.weight} rows and half of the input buffer ${halves.input}`);
  }
  if (halves.param < 3) mapFail('MAP001', layer, `a requantization block needs 3 param rows, half of the param buffer has ${halves.param}`);
  const kGroups = Math.ceil(kChunks / kcpg);
  const nTiles = Math.ceil(s.cout / C);
  const npg = Math.max(1, Math.min(nTiles, Math.floor(halves.weight / (kcpg * chunkRowsW)), Math.floor(halves.param / 3)));
  const nGroups = Math.ceil(nTiles / npg);
  const rowsPerPixel = kcpg * rpvIn;
  const pixels = s.oh * s.ow;
  let mBlock = Math.min(pixels, Math.floor(d.bufferRows.accumulator / npg), Math.floor(halves.output / npg), 65535);
  mBlock = Math.min(mBlock, os ? Math.floor(halves.input / (R * rowsPerPixel)) * R : Math.floor(halves.input / rowsPerPixel));
  if (mBlock < 1) {
    mapFail('MAP001', layer, `one output pixel × ${npg * C} channels needs ${npg} accumulator rows, ${npg} output rows and ${rowsPerPixel} input rows; the machine has ${d.bufferRows.accumulator}, ${halves.output} and ${halves.input} (per half)`);
  }
  const blocks = pixelBlocks(s.oh, s.ow, mBlock);
  return {
    mode, P, bits, kTile, kTileBytes, rpvIn, rpvW, pixBytes, kel, kBytes, kChunks, kcpg, kGroups,
    nTiles, npg, nGroups, mBlock, blocks, rowsPerPixel, halves,
  };
}
