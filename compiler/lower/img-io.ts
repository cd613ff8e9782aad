// The producer's side of an on-chip image (IMG, onchip-layout.ts): the padding ring filled once with the
// tensor's pad byte, and the results MOVEd from output-buffer rows (one row per pixel, a channel tile or
// group per row) into their pixels — the hand-off from one layer to the conv that reads it, without DRAM.
import type { LowerContext } from './context.js';
import { push, type Tile } from './emit.js';
import { MAX_TRANSFER_ROWS } from './field-limits.js';
import { padByte, type ActTensor } from './layout.js';
import { imgByte, type ImgLayout } from './onchip-layout.js';

/**
 * MOVEs `pixels` output pixels from `pixel0` (row-major over the output grid) of one channel tile into
 * the consumer's image: a head segment, whole rows (outer steps), a tail segment.
 */
export function moveToImg(ctx: LowerContext, y: ActTensor, tile: Tile, src: { row: number; byte: number }, n0: number, n: number, pixel0: number, pixels: number, img: ImgLayout): void {
  const rowBytes = ctx.d.rowBytes.input;
  const bits = y.storageBits;
  const bytes = Math.ceil((n * bits) / 8);
  const chan = (n0 * bits) / 8;
  const pixelRows = img.pixelBytes / rowBytes;
  const segment = (p: number, count: number, rows: number) => {
    const yy = Math.floor(p / y.w);
    const xx = p % y.w;
    const off = imgByte(img, yy, xx) + chan;
    push(tile.stores, 'MOVE', {
      srcBuffer: 'output', srcRow: src.row + (p - pixel0), srcByte: src.byte, dstBuffer: 'input', dstRow: img.base + Math.floor(off / rowBytes), dstByte: off % rowBytes,
      bytesPerRow: bytes, rows: count, srcRowStride: 1, dstRowStride: pixelRows, repeat: rows, srcOuterStride: rows > 1 ? y.w : 0, dstOuterStride: rows > 1 ? img.pitch / rowBytes : 0,
    }, `${count * rows} pixels of channels ${n0}..${n0 + n - 1} → the on-chip image of ${y.name}`);
  };
  let p = pixel0;
  const end = pixel0 + pixels;
  if (p % y.w !== 0) {
    const count = Math.min(end - p, y.w - (p % y.w));
    segment(p, count, 1);
    p += count;
  }
  const full = Math.floor((end - p) / y.w);
  for (let r = 0; r < full; r += MAX_TRANSFER_ROWS) {
    const rows = Math.min(MAX_TRANSFER_ROWS, full - r);
    segment(p, y.w, rows);
    p += rows * y.w;
  }
  if (p < end) segment(p, end - p, 1);
}

/**
 * Fill LOADs writing the pad byte into the padding ring of a resident image (before its producer's
 * MOVEs fill the interior): whole padded rows above and below, the left and right columns between.
 */
export function fillImgPadding(tile: Tile, ctx: LowerContext, t: ActTensor, img: ImgLayout): void {
  const rowBytes = ctx.d.rowBytes.input;
  const pitchRows = img.pitch / rowBytes;
  const fillByte = padByte(t);
  const { top, left, bottom, right } = img.pads;
  const rows = (first: number, count: number, byte: number, bytes: number, what: string) => {
    if (count <= 0 || bytes <= 0) return;
    const off = first * img.pitch + byte;
    push(tile.loads, 'LOAD', {
      buffer: 'input', sramRow: img.base + Math.floor(off / rowBytes), sramByte: off % rowBytes, bytesPerRow: bytes, rows: count, sramRowStride: pitchRows,
      dramAddr: 0, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 1, fillByte,
    }, `padding of the on-chip image of ${t.name}: ${what}`);
  };
  rows(0, top, 0, img.pitch, 'top rows');
  rows(top + img.h, bottom, 0, img.pitch, 'bottom rows');
  rows(top, img.h, 0, left * img.pixelBytes, 'left columns');
  rows(top, img.h, imgByte(img, 0, img.w) - top * img.pitch, right * img.pixelBytes, 'right columns');
}
