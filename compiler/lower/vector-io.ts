// Where a vector-unit layer (pool, add, concat) finds its operands and leaves its result. An operand is
// either resident in the output buffer (its OUT layout: nothing to load) or in DRAM (loaded into working
// rows: all channel groups of a band or block of pixels, pixel-major so the DRAM moves whole bursts). A result is written into its resident
// OUT rows, or into working rows and from there STOREd to DRAM; and MOVEd into its consumer's on-chip
// image when a conv reads it (after the padding ring of that image is filled once).
import type { LowerContext } from './context.js';
import { push, type Tile } from './emit.js';
import { moveToImg } from './img-io.js';
import type { ActTensor } from './layout.js';
import { groupChannels, imgByte, type ImgLayout, type OutLayout } from './onchip-layout.js';
import { MAX_TRANSFER_ROWS } from './field-limits.js';
import { mapFail } from './mapping-errors.js';

/** A tensor as a vector-unit layer sees it. */
export interface VectorTensor {
  readonly t: ActTensor;
  /** The resident OUT copy, when there is one. */
  readonly out: OutLayout | undefined;
  /** The resident IMG copy to MOVE results into (results only). */
  readonly img: ImgLayout | undefined;
  /** Whether it lives in DRAM (results: STORE them). */
  readonly dram: boolean;
}

/** Channels per group of a tensor on the vector unit. */
export function vectorGroup(t: ActTensor, ctx: LowerContext): number {
  return groupChannels(t.c, t.storageBits, ctx.d.rowBytes.output);
}

/** First output-buffer row of pixel p of group g in a resident OUT copy. */
export function outRow(out: OutLayout, g: number, p: number): number {
  return out.base + g * out.pixels + p;
}

/** Channel groups [g0, g1) of `c` channels of `gc`: uniform runs of `bytes` per group (the last may be narrower). */
function groupRuns(c: number, gc: number, bits: number, g0: number, g1: number): { g0: number; g1: number; bytes: number }[] {
  const full = Math.min(g1, Math.floor(c / gc));
  const runs = full > g0 ? [{ g0, g1: full, bytes: (gc * bits) / 8 }] : [];
  if (Math.max(g0, full) < g1) runs.push({ g0: Math.max(g0, full), g1, bytes: Math.ceil(((c - Math.max(g0, full) * gc) * bits) / 8) });
  return runs;
}

/** Which channels a transfer moves: groups [g0, g1) of a `c`-channel value, from DRAM channel `chan0` on. */
export interface GroupRange {
  readonly g0: number;
  readonly g1: number;
  readonly c: number;
  readonly chan0: number;
}

/**
 * Moves a rectangle of pixels between DRAM and working rows, all channel groups at once: image rows
 * [y0, y0 + rows) × columns [x0, x0 + cols), pixel (r, x) of group g at row base + g·groupStride +
 * r·cols + x. The walk is pixel-major (groups inner), so consecutive steps continue each other in DRAM
 * and the DRAM moves whole bursts even though every step is one group's bytes. `chan0` offsets the
 * DRAM channels (a concat branch).
 */
function transferRect(tile: Tile, ctx: LowerContext, t: ActTensor, load: boolean, base: number, groupStride: number, y0: number, rows: number, x0: number, cols: number, what: string, gr: GroupRange): void {
  const gc = vectorGroup(t, ctx);
  const chan0 = gr.chan0;
  const full = cols === t.w && x0 === 0;
  for (const run of groupRuns(gr.c, gc, t.storageBits, gr.g0, gr.g1)) {
    const groups = run.g1 - run.g0;
    // Full-width rows are one run of pixels; a column window is one transfer per image row.
    const segments: [number, number, number][] = full ? [[0, y0 * t.w, rows * cols]] : Array.from({ length: rows }, (_, r) => [r * cols, (y0 + r) * t.w + x0, cols] as [number, number, number]);
    for (const [sramPixel, dramPixel, count] of segments) {
      for (let q = 0; q < count; q += MAX_TRANSFER_ROWS) {
        const n = Math.min(MAX_TRANSFER_ROWS, count - q);
        const fields = {
          buffer: 'output' as const, sramRow: base + (run.g0 - gr.g0) * groupStride + sramPixel + q, sramByte: 0, bytesPerRow: run.bytes, rows: groups, sramRowStride: groupStride,
          dramAddr: t.dramAddr + (dramPixel + q) * t.pixBytes + ((chan0 + run.g0 * gc) * t.storageBits) / 8, dramRowStride: (gc * t.storageBits) / 8,
          repeat: n, sramOuterStride: n > 1 ? 1 : 0, dramOuterStride: n > 1 ? t.pixBytes : 0,
        };
        if (load) push(tile.loads, 'LOAD', { ...fields, fill: 0, fillByte: 0 }, what);
        else push(tile.stores, 'STORE', fields, what);
      }
    }
  }
}

/** All groups of a tensor's own channels. */
export function allGroups(t: ActTensor, ctx: LowerContext): GroupRange {
  return { g0: 0, g1: Math.ceil(t.c / vectorGroup(t, ctx)), c: t.c, chan0: 0 };
}

/** LOADs a rectangle of a DRAM tensor (groups `gr`) into working rows; see transferRect. */
export function loadRect(tile: Tile, ctx: LowerContext, t: ActTensor, base: number, groupStride: number, y0: number, rows: number, x0: number, cols: number, what: string, gr: GroupRange): void {
  transferRect(tile, ctx, t, true, base, groupStride, y0, rows, x0, cols, what, gr);
}

/** STOREs `pixels` results from `p0` (group g at rows base + (g − gr.g0)·groupStride + p) to DRAM. */
export function storePixels(tile: Tile, ctx: LowerContext, y: ActTensor, base: number, groupStride: number, p0: number, pixels: number, gr: GroupRange): void {
  transferRect(tile, ctx, y, false, base, groupStride, 0, 1, p0, pixels, `→ ${y.name}${gr.chan0 > 0 ? ` channels from ${gr.chan0}` : ''} @0x${y.dramAddr.toString(16)}`, gr);
}

/**
 * MOVEs result rows of groups [g0, g1) (group g at rows row0 + (g − g0)·groupStride, one per pixel from
 * p0) into the consumer's image. One pixel of whole groups (a global pool feeding a dense layer) is one
 * MOVE over the groups, unless the consumer computes group by group (LowerContext.groupedHandOff); otherwise
 * one per group (a group's pixels are a strided run).
 */
export function moveGroups(tile: Tile, ctx: LowerContext, y: ActTensor, img: ImgLayout, g0: number, g1: number, row0: number, groupStride: number, p0: number, pixels: number): void {
  const gc = vectorGroup(y, ctx);
  const gBytes = (gc * y.storageBits) / 8;
  const rowBytes = ctx.d.rowBytes.input;
  if (pixels === 1 && g1 * gc <= y.c && gBytes % rowBytes === 0 && g1 - g0 > 1 && ctx.groupedHandOff?.has(y.name) !== true) {
    const off = imgByte(img, Math.floor(p0 / y.w), p0 % y.w) + g0 * gBytes;
    push(tile.stores, 'MOVE', {
      srcBuffer: 'output', srcRow: row0, srcByte: 0, dstBuffer: 'input', dstRow: img.base + Math.floor(off / rowBytes), dstByte: off % rowBytes,
      bytesPerRow: gBytes, rows: g1 - g0, srcRowStride: groupStride, dstRowStride: gBytes / rowBytes, repeat: 1, srcOuterStride: 0, dstOuterStride: 0,
    }, `pixel ${p0}, channels ${g0 * gc}..${g1 * gc - 1} → the on-chip image of ${y.name}`);
    return;
  }
  for (let g = g0; g < g1; g++) moveToImg(ctx, y, tile, { row: row0 + (g - g0) * groupStride, byte: 0 }, g * gc, Math.min(gc, y.c - g * gc), p0, pixels, img);
}

/** How an elementwise vector layer walks its pixels through the output buffer's working rows. */
export interface PixelBlocks {
  /** Pixels per block. */
  readonly block: number;
  /** 2 when a block fits half of the working rows (the next block loads while this one computes), else 1. */
  readonly slots: number;
  readonly slotRows: number;
}

/**
 * Blocks for `pixels` pixels of `groups` channel groups when `regions` working regions (operands or results
 * not on chip) each hold every group of a block; MAP001 naming `layer` when one pixel does not fit.
 */
export function pixelBlocks(layer: string, pixels: number, regions: number, groups: number, workRows: number): PixelBlocks {
  const fits = (rows: number) => (regions === 0 ? pixels : Math.min(pixels, Math.floor(rows / (regions * groups)), MAX_TRANSFER_ROWS));
  const half = Math.floor(workRows / 2);
  const slots = fits(half) >= 1 ? 2 : 1;
  const block = fits(slots === 2 ? half : workRows);
  if (block < 1) mapFail('MAP001', layer, `one pixel needs ${regions * groups} output-buffer rows, the layer may use ${workRows}`);
  return { block, slots, slotRows: Math.floor(workRows / slots) };
}
