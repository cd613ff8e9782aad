// Where a vector-unit layer (pool, add, concat) finds its operands and leaves its result. An operand is
// either resident in the output buffer (its OUT layout: nothing to load) or in DRAM (loaded into working
// rows, one channel group of a band or block of pixels per LOAD). A result is written into its resident
// OUT rows, or into working rows and from there STOREd to DRAM; and MOVEd into its consumer's on-chip
// image when a conv reads it (after the padding ring of that image is filled once).
import type { LowerContext } from './context.js';
import { push, type Tile } from './emit.js';
import { moveToImg } from './img-io.js';
import type { ActTensor } from './layout.js';
import { groupChannels, type ImgLayout, type OutLayout } from './onchip-layout.js';
import { MAX_TRANSFER_ROWS } from './field-limits.js';

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

/**
 * LOADs `pixels` consecutive pixels (from `p0`) of channel group g of a DRAM tensor into rows from `row`
 * (one row per pixel); `cols` pixels per image row with `skip` pixels between rows (a band's columns).
 */
export function loadGroup(tile: Tile, ctx: LowerContext, t: ActTensor, g: number, row: number, p0: number, rows: number, cols: number, what: string): void {
  const gc = vectorGroup(t, ctx);
  const n = Math.min(gc, t.c - g * gc);
  const bytes = Math.ceil((n * t.storageBits) / 8);
  const outer = cols < t.w ? rows : 1;
  const inner = cols < t.w ? cols : rows * cols;
  for (let o = 0; o < outer; o += MAX_TRANSFER_ROWS) {
    const reps = Math.min(MAX_TRANSFER_ROWS, outer - o);
    for (let i = 0; i < inner; i += MAX_TRANSFER_ROWS) {
      const count = Math.min(MAX_TRANSFER_ROWS, inner - i);
      push(tile.loads, 'LOAD', {
        buffer: 'output', sramRow: row + o * cols + i, sramByte: 0, bytesPerRow: bytes, rows: count, sramRowStride: 1,
        dramAddr: t.dramAddr + (p0 + o * t.w + i) * t.pixBytes + (g * gc * t.storageBits) / 8, dramRowStride: t.pixBytes,
        repeat: reps, sramOuterStride: reps > 1 ? cols : 0, dramOuterStride: reps > 1 ? t.w * t.pixBytes : 0, fill: 0, fillByte: 0,
      }, what);
    }
  }
}

/** STOREs `pixels` result rows (one per pixel, from `row`) of group g to DRAM at channel offset `chan0`. */
export function storeGroup(tile: Tile, ctx: LowerContext, y: ActTensor, g: number, row: number, p0: number, pixels: number, chan0 = 0): void {
  const gc = vectorGroup(y, ctx);
  const n = Math.min(gc, y.c - chan0 - g * gc);
  const bytes = Math.ceil((n * y.storageBits) / 8);
  for (let i = 0; i < pixels; i += MAX_TRANSFER_ROWS) {
    const count = Math.min(MAX_TRANSFER_ROWS, pixels - i);
    push(tile.stores, 'STORE', {
      buffer: 'output', sramRow: row + i, sramByte: 0, bytesPerRow: bytes, rows: count, sramRowStride: 1,
      dramAddr: y.dramAddr + (p0 + i) * y.pixBytes + ((chan0 + g * gc) * y.storageBits) / 8, dramRowStride: y.pixBytes,
      repeat: 1, sramOuterStride: 0, dramOuterStride: 0,
    }, `→ ${y.name} channels ${chan0 + g * gc}..${chan0 + g * gc + n - 1} @0x${y.dramAddr.toString(16)}`);
  }
}

/** MOVEs result rows of group g (one per pixel from `row`) into the consumer's image. */
export function moveGroup(tile: Tile, ctx: LowerContext, y: ActTensor, img: ImgLayout, g: number, row: number, p0: number, pixels: number): void {
  const gc = vectorGroup(y, ctx);
  moveToImg(ctx, y, tile, { row, byte: 0 }, g * gc, Math.min(gc, y.c - g * gc), p0, pixels, img);
}
