// A qlut layer (LeakyReLU, Sigmoid, HardSigmoid, HardSwish… as a table over the input codes) on the vector
// unit's LUT: the table is a DRAM constant of 2^storageBits bytes, LOADed once into the param buffer at
// row 0; then blocks of pixels (every channel group at once) are looked up. An operand resident in the
// output buffer is read in place; one from DRAM is loaded into working rows and looked up in place there
// (the source row is read whole before the destination row is written, so dstRow = srcRow is exact);
// a resident result is written into its OUT rows, else STOREd, and MOVEd into a consumer's image.
import { DTYPES } from '../ir/dtype.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import { fieldLimits } from '../../isa/instruction.js';
import type { LayerLowering, LowerContext } from './context.js';
import { newTile, push } from './emit.js';
import { storageSigned, type ActTensor } from './layout.js';
import { mapFail } from './mapping-errors.js';
import { fillImgPadding } from './img-io.js';
import { allGroups, loadRect, moveGroups, outRow, pixelBlocks, storePixels, vectorGroup, type VectorTensor } from './vector-io.js';

/** Rows of one LUT instruction. */
const MAX_LUT_ROWS = fieldLimits('LUT', 'rows').max;

/**
 * The hardware table of a qlut: one byte per stored input code (2^storageBits entries, indexed by the code
 * minus the smallest stored code), holding the output code's low byte. `table[v − min(x dtype)]` is the
 * IR table; stored codes outside the dtype's range (an i4 value kept in a byte) never occur and repeat
 * the nearest entry.
 */
export function lutTableBytes(table: ArrayLike<number>, x: Pick<ActTensor, 'dtype' | 'storageBits'>): Uint8Array {
  const { min, max } = DTYPES[x.dtype];
  const lo = storageSigned(x.dtype) ? -(2 ** (x.storageBits - 1)) : 0;
  const out = new Uint8Array(2 ** x.storageBits);
  for (let e = 0; e < out.length; e++) {
    const v = Math.min(Math.max(e + lo, min!), max!);
    out[e] = table[v - min!]! & 0xff;
  }
  return out;
}

/** Plans a qlut layer: its constants are [no weights, the table]; emitting needs the table's address. */
export function planLut(ctx: LowerContext, name: string, table: ArrayLike<number>, x: VectorTensor, y: VectorTensor, cfg: InstructionFields<'CONFIG'>, workRows: number): LayerLowering {
  const xt = x.t;
  if (xt.storageBits !== y.t.storageBits || xt.c !== y.t.c || xt.h * xt.w !== y.t.h * y.t.w) {
    mapFail('MAP004', name, `a lookup from ${xt.storageBits}-bit to ${y.t.storageBits}-bit storage: the lowering keeps the element width`);
  }
  const bytes = lutTableBytes(table, xt);
  if (bytes.length > ctx.d.bufferRows.param * ctx.d.rowBytes.param) mapFail('MAP001', name, `the ${bytes.length}-byte table does not fit the param buffer`);
  return {
    constants: [new Uint8Array(0), bytes],
    emit: (addrs) => {
      ctx.emitter.beginLayer(name, cfg, `qlut ${xt.h}x${xt.w}x${xt.c} on the vector unit (a ${bytes.length}-entry table)${x.out ? ', operand on chip' : ''}${y.out ? ', result on chip' : ''}`);
      emitLut(ctx, name, addrs[1]!, bytes.length, x, y, workRows);
    },
  };
}

function emitLut(ctx: LowerContext, name: string, tableAddr: number, tableBytes: number, x: VectorTensor, y: VectorTensor, workRows: number): void {
  const xt = x.t;
  const bits = xt.storageBits;
  const gc = vectorGroup(xt, ctx);
  const groups = Math.ceil(xt.c / gc);
  // Working regions: the operand when it is in DRAM (the result overwrites it unless it is resident), or
  // the result when only the operand is resident.
  const regions = x.out === undefined || y.out === undefined ? 1 : 0;
  const pixelsTotal = xt.h * xt.w;
  const { block, slots, slotRows } = pixelBlocks(name, pixelsTotal, regions, groups, workRows);
  const signed = storageSigned(xt.dtype) ? 1 : 0;
  const ySigned = storageSigned(y.t.dtype) ? 1 : 0;
  let slot = 0;
  for (let p0 = 0; p0 < pixelsTotal; p0 += block) {
    const rows = Math.min(block, pixelsTotal - p0);
    const region = (slot % slots) * slotRows;
    const tile = newTile(`pixels ${p0}..${p0 + rows - 1}, ${groups} channel group(s)`);
    tile.inPlace = slots === 1;
    if (p0 === 0) {
      // The table, once per layer (the param buffer is this layer's alone).
      push(tile.loads, 'LOAD', {
        buffer: 'param', sramRow: 0, sramByte: 0, bytesPerRow: tableBytes, rows: 1, sramRowStride: 0,
        dramAddr: tableAddr, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
      }, `the ${tableBytes}-entry table`);
      if (y.img !== undefined) fillImgPadding(tile, ctx, y.t, y.img);
    }
    let src: number;
    let srcStride: number;
    if (x.out !== undefined) {
      [src, srcStride] = [outRow(x.out, 0, p0), x.out.pixels];
    } else {
      [src, srcStride] = [region, block];
      loadRect(tile, ctx, xt, region, block, 0, 1, p0, rows, `x = ${xt.name}`, allGroups(xt, ctx));
    }
    const [dst, dstStride] = y.out !== undefined ? [outRow(y.out, 0, p0), y.out.pixels] : x.out === undefined ? [src, srcStride] : [region, block];
    for (let g = 0; g < groups; g++) {
      for (let r = 0; r < rows; r += MAX_LUT_ROWS) {
        push(tile.computes, 'LUT', {
          srcRow: src + g * srcStride + r, dstRow: dst + g * dstStride + r, rows: Math.min(MAX_LUT_ROWS, rows - r), elems: Math.min(gc, xt.c - g * gc),
          tableRow: 0, srcBits: bits, srcSigned: signed, dstBits: bits, dstSigned: ySigned,
        });
      }
    }
    if (y.dram) storePixels(tile, ctx, y.t, dst, dstStride, p0, rows, { g0: 0, g1: groups, c: xt.c, chan0: 0 });
    if (y.img !== undefined) moveGroups(tile, ctx, y.t, y.img, 0, groups, dst, dstStride, p0, rows);
    slot ^= 1;
    ctx.emitter.addTile(tile);
  }
}
