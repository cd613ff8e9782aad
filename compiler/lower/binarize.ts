// qbinarize (integer codes → sign bits, y = x ≥ threshold ? +1 : −1) on the vector unit. PACK turns
// one output-buffer row of codes (a channel group of the source's OUT layout) into the bits 0.. of a
// destination row, so the result of channel group g starts at channel g·G: its bytes are whole when G
// is a multiple of 8 (or there is one group). Tiles: blocks of pixels, every channel group at once; a
// resident source is read in place, the packed bits go to working rows and from there to DRAM (STORE),
// to the consumer's on-chip image, or into the result's own OUT copy (MOVE; its groups are wider).
// When PACK cannot write the result (it is kept as ±1 bytes, or the groups are not whole bytes), the
// same function runs as a 1x1 depthwise layer with unit weights and the bias −threshold:
// acc = x − threshold, and REQUANT's binary output is +1 exactly when acc ≥ 0 (requant.ts).
import type { Attrs } from '../ir/graph.js';
import { assert } from '../../core/diagnostics.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import type { LayerLowering, LowerContext } from './context.js';
import type { ConvSpace } from './conv-search.js';
import { lowerDepthwise } from './depthwise.js';
import { newTile, push, type Tile } from './emit.js';
import { MAX_TRANSFER_ROWS } from './field-limits.js';
import { fillImgPadding, moveToImg } from './img-io.js';
import { storageSigned, type ActTensor } from './layout.js';
import { mapFail } from './mapping-errors.js';
import { groupChannels } from './onchip-layout.js';
import { allGroups, loadRect, outRow, type VectorTensor } from './vector-io.js';

/** Whether PACK can write `y` = qbinarize(`x`): y packed, and each source channel group starts on a byte of y. */
export function binarizeByPack(x: ActTensor, y: ActTensor, outRowBytes: number): boolean {
  const gc = groupChannels(x.c, x.storageBits, outRowBytes);
  return y.storageBits === 1 && (gc === x.c || gc % 8 === 0);
}

/** Plans a qbinarize layer: PACK on the vector unit, or the exact 1x1 depthwise form (see the file comment). */
export function planBinarize(ctx: LowerContext, name: string, a: Attrs, x: VectorTensor, y: VectorTensor, cfg: InstructionFields<'CONFIG'>, space: ConvSpace): LayerLowering {
  const threshold = a['threshold'] as number;
  const xt = x.t;
  if (binarizeByPack(xt, y.t, ctx.d.rowBytes.output)) return { constants: [], emit: () => lowerPack(ctx, name, threshold, x, y, cfg, space.outputRows) };
  // The depthwise form reads its source from DRAM: layer-kinds.ts keeps such a source off chip.
  assert(x.out === undefined, `${name}: the depthwise form of qbinarize reads its source from DRAM`);
  const s = { h: xt.h, w: xt.w, cin: xt.c, cout: xt.c, kh: 1, kw: 1, sh: 1, sw: 1, dh: 1, dw: 1, pt: 0, pl: 0, oh: xt.h, ow: xt.w, groups: xt.c };
  const zeros = new Array<number>(xt.c).fill(0);
  const inner = lowerDepthwise(ctx, name, s, 'int8', xt, y, new Array<number>(xt.c).fill(1), { bias: new Array<number>(xt.c).fill(-threshold), m0: zeros, shift: zeros, yZero: 0, qmin: -1, qmax: 1 }, space);
  return {
    constants: inner.constants,
    emit: (addrs) => {
      ctx.emitter.beginLayer(name, cfg, `qbinarize ${xt.h}x${xt.w}x${xt.c} as a 1x1 depthwise layer on the vector unit (result stored as ${y.t.storageBits === 1 ? 'bits' : '±1 bytes'})`);
      inner.emit(addrs);
    },
  };
}

/** Emits the PACK form; `workRows` output-buffer rows are free for the layer. */
function lowerPack(ctx: LowerContext, name: string, threshold: number, x: VectorTensor, y: VectorTensor, cfg: InstructionFields<'CONFIG'>, workRows: number): void {
  const xt = x.t;
  const yt = y.t;
  ctx.emitter.beginLayer(name, cfg, `qbinarize ${xt.h}x${xt.w}x${xt.c} → packed bits on the vector unit (PACK at code ${threshold})${x.out ? ', input on chip' : ''}${y.out ? ', result on chip' : ''}`);
  const gc = groupChannels(xt.c, xt.storageBits, ctx.d.rowBytes.output);
  const groups = Math.ceil(xt.c / gc);
  const pixelsTotal = xt.h * xt.w;
  // Working regions, each holding every group of a block: the source when it is not on chip, the bits.
  const regions = (x.out === undefined ? 1 : 0) + 1;
  const fits = (rows: number) => Math.min(pixelsTotal, Math.floor(rows / (regions * groups)), MAX_TRANSFER_ROWS);
  // Two slots when a block fits half of the working rows (the next block loads while this one packs).
  const slots = fits(Math.floor(workRows / 2)) >= 1 ? 2 : 1;
  const slotRows = Math.floor(workRows / slots);
  const block = fits(slotRows);
  if (block < 1) mapFail('MAP001', name, `one pixel needs ${regions * groups} output-buffer rows, the layer may use ${workRows}`);
  let slot = 0;
  for (let p0 = 0; p0 < pixelsTotal; p0 += block) {
    const rows = Math.min(block, pixelsTotal - p0);
    const tile = newTile(`pixels ${p0}..${p0 + rows - 1}, ${groups} channel group(s)`);
    tile.inPlace = slots === 1;
    if (p0 === 0 && y.img !== undefined) fillImgPadding(tile, ctx, yt, y.img);
    const base = slot * slotRows;
    let src = base;
    let srcStride = block;
    if (x.out !== undefined) [src, srcStride] = [outRow(x.out, 0, p0), x.out.pixels];
    else loadRect(tile, ctx, xt, base, block, 0, 1, p0, rows, `codes of ${xt.name}`, allGroups(xt, ctx));
    const dst = base + (x.out === undefined ? block * groups : 0);
    for (let g = 0; g < groups; g++) {
      const n = Math.min(gc, xt.c - g * gc);
      push(tile.computes, 'PACK', { srcRow: src + g * srcStride, dstRow: dst + g * block, rows, elems: n, threshold, srcBits: xt.storageBits, srcSigned: storageSigned(xt.dtype) ? 1 : 0 });
      const bitRows = { row: dst + g * block, byte: 0 };
      if (y.dram) storeBits(tile, yt, bitRows.row, g * gc, n, p0, rows);
      if (y.img !== undefined) moveToImg(ctx, yt, tile, bitRows, g * gc, n, p0, rows, y.img);
      if (y.out !== undefined) moveToOut(tile, name, y, bitRows.row, g * gc, n, p0, rows);
    }
    slot = (slot + 1) % slots;
    ctx.emitter.addTile(tile);
  }
}

/** STOREs the bits of channels [c0, c0 + n) of `pixels` pixels from `p0` (one row per pixel) to DRAM. */
function storeBits(tile: Tile, y: ActTensor, row: number, c0: number, n: number, p0: number, pixels: number): void {
  push(tile.stores, 'STORE', {
    buffer: 'output', sramRow: row, sramByte: 0, bytesPerRow: Math.ceil(n / 8), rows: pixels, sramRowStride: 1,
    dramAddr: y.dramAddr + p0 * y.pixBytes + c0 / 8, dramRowStride: y.pixBytes, repeat: 1, sramOuterStride: 0, dramOuterStride: 0,
  }, `→ ${y.name} channels ${c0}..${c0 + n - 1} @0x${y.dramAddr.toString(16)}`);
}

/** MOVEs the bits of channels [c0, c0 + n) into the result's resident OUT copy (its group, at a byte offset). */
function moveToOut(tile: Tile, name: string, y: VectorTensor, row: number, c0: number, n: number, p0: number, pixels: number): void {
  const out = y.out!;
  const og = Math.floor(c0 / out.groupChannels);
  const first = c0 - og * out.groupChannels;
  if (first + n > out.groupChannels || first % 8 !== 0) mapFail('MAP004', name, `channels ${c0}..${c0 + n - 1} straddle the result's on-chip groups of ${out.groupChannels} bits`);
  push(tile.stores, 'MOVE', {
    srcBuffer: 'output', srcRow: row, srcByte: 0, dstBuffer: 'output', dstRow: outRow(out, og, p0), dstByte: first / 8,
    bytesPerRow: Math.ceil(n / 8), rows: pixels, srcRowStride: 1, dstRowStride: 1, repeat: 1, srcOuterStride: 0, dstOuterStride: 0,
  }, `channels ${c0}..${c0 + n - 1} → the on-chip copy of ${y.t.name}`);
}
