// Max / average / global average pooling on the vector unit (POOL reads and writes the output buffer).
// Tiles: channel groups that fit one output-buffer row, bands of output rows whose input rows and
// results fit half of the output buffer. The source band is loaded into the half with one LOAD, the
// result stored with one STORE; a band's padding is the part of the window outside the image (POOL
// ignores it, as the integer reference does), so only the first/last band carries top/bottom padding.
import type { Attrs } from '../ir/graph.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import type { LowerContext } from './context.js';
import { newTile, push } from './emit.js';
import { MAX_TRANSFER_ROWS, MAX_VECTOR_CHANNELS, POOL_FIELD_MAX } from './field-limits.js';
import { storageSigned, type ActTensor } from './layout.js';
import { mapFail } from './mapping-errors.js';
import { bufferHalves } from './tiling.js';

/** Channels per vector-unit row: a row of the output buffer, at most what the POOL/ADD fields hold. */
export function vectorChannels(c: number, bits: number, rowBytes: number): number {
  return Math.min(c, Math.floor((rowBytes * 8) / bits), MAX_VECTOR_CHANNELS);
}

/** Emits a qmaxpool / qavgpool / qglobal_avgpool layer. */
export function lowerPool(ctx: LowerContext, name: string, op: string, a: Attrs, x: ActTensor, y: ActTensor, cfg: InstructionFields<'CONFIG'>): void {
  const { d } = ctx;
  const global = op === 'qglobal_avgpool';
  const k = global ? [x.h, x.w] : (a['kernel'] as number[]);
  const st = global ? [1, 1] : (a['stride'] as number[]);
  const pad = global ? [0, 0, 0, 0] : (a['pad'] as number[]);
  const [kh, kw, sh, sw, pt, pl] = [k[0]!, k[1]!, st[0]!, st[1]!, pad[0]!, pad[1]!];
  const max = POOL_FIELD_MAX;
  if (kh > max.kernelH || kw > max.kernelW || sh > max.strideH || sw > max.strideW || Math.max(...pad) > max.pad || x.w > max.inW) {
    mapFail('MAP005', name, `POOL fields: kernel ${kh}x${kw} and stride ${sh}x${sw} must be ≤ ${Math.min(max.kernelH, max.strideH)}, padding ≤ ${max.pad}, input width ${x.w} ≤ ${max.inW}`);
  }
  ctx.emitter.beginLayer(name, cfg, `${op} ${x.h}x${x.w}x${x.c} → ${y.h}x${y.w}x${y.c}, kernel ${kh}x${kw} stride ${sh}x${sw} on the vector unit`);
  const bits = x.storageBits;
  const half = bufferHalves(d).output;
  const cg = vectorChannels(x.c, bits, d.rowBytes.output);
  const colsNeeded = Math.min(x.w, (y.w - 1) * sw + kw - pl);
  const padRight = Math.max(0, (y.w - 1) * sw + kw - pl - x.w);
  const rowsFor = (oy0: number, oy1: number) => {
    const lo = oy0 * sh - pt;
    const hi = (oy1 - 1) * sh - pt + kh;
    return { lo: Math.max(0, lo), hi: Math.min(x.h, hi), padTop: Math.max(0, -lo), padBottom: Math.max(0, hi - x.h) };
  };
  let band = y.h;
  // The source region is sized for the tallest band, so a band's results never overlap the rows the
  // next band's LOAD writes into the same half (the store of that earlier band may still be reading).
  const maxInRows = (b: number) => Math.min(x.h, (b - 1) * sh + kh);
  const fits = (b: number) => maxInRows(b) * colsNeeded + b * y.w <= half && maxInRows(b) <= POOL_FIELD_MAX.inH && b * y.w <= MAX_TRANSFER_ROWS;
  while (band > 0 && !fits(band)) band--;
  if (band < 1) mapFail('MAP001', name, `one output row needs ${kh * colsNeeded + y.w} output-buffer rows, half of the buffer has ${half}`);
  let outHalf = 0;
  for (let c0 = 0; c0 < x.c; c0 += cg) {
    const n = Math.min(cg, x.c - c0);
    const bytes = Math.ceil((n * bits) / 8);
    for (let oy0 = 0; oy0 < y.h; oy0 += band) {
      const oy1 = Math.min(y.h, oy0 + band);
      const rr = rowsFor(oy0, oy1);
      const inRows = rr.hi - rr.lo;
      const base = outHalf * half;
      const dst = base + maxInRows(band) * colsNeeded;
      const tile = newTile(`channels ${c0}..${c0 + n - 1} output rows ${oy0}..${oy1 - 1}`);
      push(tile.loads, 'LOAD', {
        buffer: 'output', sramRow: base, sramByte: 0, bytesPerRow: bytes, rows: colsNeeded, sramRowStride: 1,
        dramAddr: x.dramAddr + rr.lo * x.w * x.pixBytes + (c0 * bits) / 8, dramRowStride: x.pixBytes,
        repeat: inRows, sramOuterStride: inRows > 1 ? colsNeeded : 0, dramOuterStride: inRows > 1 ? x.w * x.pixBytes : 0, fill: 0, fillByte: 0,
      }, `input rows ${rr.lo}..${rr.hi - 1} of ${x.name}`);
      push(tile.computes, 'POOL', {
        kind: op === 'qmaxpool' ? 'max' : 'avg', srcRow: base, dstRow: dst, channels: n, inH: inRows, inW: colsNeeded,
        kernelH: kh, kernelW: kw, strideH: sh, strideW: sw, padTop: rr.padTop, padLeft: pl, padBottom: rr.padBottom, padRight,
        // Packed binary elements are bits with 1 ↔ +1: unsigned, so max is an OR.
        bits, signed: bits > 1 && storageSigned(x.dtype) ? 1 : 0,
      });
      const pixels = (oy1 - oy0) * y.w;
      push(tile.stores, 'STORE', {
        buffer: 'output', sramRow: dst, sramByte: 0, bytesPerRow: bytes, rows: pixels, sramRowStride: 1,
        dramAddr: y.dramAddr + oy0 * y.w * y.pixBytes + (c0 * bits) / 8, dramRowStride: y.pixBytes, repeat: 1, sramOuterStride: 0, dramOuterStride: 0,
      }, `→ ${y.name} @0x${y.dramAddr.toString(16)}`);
      outHalf ^= 1;
      ctx.emitter.addTile(tile);
    }
  }
}
