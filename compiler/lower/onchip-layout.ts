// The two on-chip layouts of an activation tensor (docs/LOWERING.md §Residency):
//   OUT  (output buffer): what REQUANT, POOL and ADD read and write. Channel group g (G channels, one
//        output-buffer row wide) of pixel p at row base + g·pixels + p; a group's channels are packed
//        like the DRAM pixel (bytes, nibbles or bits, LSB first).
//   IMG  (input buffer): what the array's window path reads. The padded image, row-major: padded pixel
//        (y, x) at byte base·rowBytes + y·pitch + x·pixelBytes, its channels contiguous; the padding
//        ring holds the tensor's pad byte (its zero point), so the window never reads outside.
import type { DerivedHw } from '../../isa/hw-config.js';
import { MAX_VECTOR_CHANNELS } from './field-limits.js';
import type { ActTensor } from './layout.js';

/** Channels one output-buffer row holds: a vector-unit group (at most what POOL/ADD fields name). */
export function groupChannels(c: number, bits: number, outRowBytes: number): number {
  return Math.min(c, Math.floor((outRowBytes * 8) / bits), MAX_VECTOR_CHANNELS);
}

/** A tensor in the output buffer (OUT). */
export interface OutLayout {
  readonly base: number;
  /** Channels per group (row) and the number of groups. */
  readonly groupChannels: number;
  readonly groups: number;
  readonly pixels: number;
}

/** Rows of an OUT layout. */
export function outRows(l: Pick<OutLayout, 'groups' | 'pixels'>): number {
  return l.groups * l.pixels;
}

/** The OUT layout of `t` at row `base`. */
export function outLayout(t: ActTensor, outRowBytes: number, base = 0): OutLayout {
  const g = groupChannels(t.c, t.storageBits, outRowBytes);
  return { base, groupChannels: g, groups: Math.ceil(t.c / g), pixels: t.h * t.w };
}

/** Padding on each side of an IMG (the largest any consumer needs). */
export interface Pads {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A tensor (or a band of it) in the input buffer (IMG). */
export interface ImgLayout {
  readonly base: number;
  /** Bytes between padded rows (whole buffer rows) and between pixels. */
  readonly pitch: number;
  readonly pixelBytes: number;
  readonly pads: Pads;
  /** Interior size (the tensor's own rows and columns in this layout). */
  readonly h: number;
  readonly w: number;
  /** Buffer rows the layout spans. */
  readonly rows: number;
}

/**
 * Bytes between padded rows: whole buffer rows (LOAD and MOVE strides count rows), at least the
 * padded width.
 */
export function imgPitch(paddedWidth: number, pixelBytes: number, rowBytes: number): number {
  return Math.ceil((paddedWidth * pixelBytes) / rowBytes) * rowBytes;
}

/**
 * The IMG layout of `h`×`w` pixels of `pixBytes` with `pads`. A resident IMG is written by MOVEs of
 * output-buffer rows, one step per pixel, so its pixels are whole input-buffer rows (`wholeRows`); a
 * band loaded from DRAM keeps the dense NHWC pixel (one multi-row step per image row).
 */
export function imgLayout(h: number, w: number, pixBytes: number, pads: Pads, d: DerivedHw, wholeRows: boolean, base = 0): ImgLayout {
  const rowBytes = d.rowBytes.input;
  const pixelBytes = wholeRows ? Math.ceil(pixBytes / rowBytes) * rowBytes : pixBytes;
  const pitch = imgPitch(pads.left + w + pads.right, pixelBytes, rowBytes);
  const rows = ((pads.top + h + pads.bottom) * pitch) / rowBytes;
  return { base, pitch, pixelBytes, pads, h, w, rows };
}

/** Byte offset (from the layout's first byte) of interior pixel (y, x); y, x may reach into the padding. */
export function imgByte(l: ImgLayout, y: number, x: number): number {
  return (y + l.pads.top) * l.pitch + (x + l.pads.left) * l.pixelBytes;
}
