// Max / average / global average pooling on the vector unit (POOL reads and writes the output buffer).
// Tiles: channel groups (one output-buffer row) × bands of output rows. A resident source (OUT layout)
// is read in place and a resident result written in place; otherwise the band's input rows are loaded
// into the working rows (alternating halves) and the results staged there for their STORE. POOL ignores
// padding, as the integer reference does, so only the first/last band carries top/bottom padding.
import type { Attrs } from '../ir/graph.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import type { LowerContext } from './context.js';
import { newTile, push } from './emit.js';
import { MAX_TRANSFER_ROWS, POOL_FIELD_MAX } from './field-limits.js';
import { storageSigned } from './layout.js';
import { mapFail } from './mapping-errors.js';
import { fillImgPadding } from './img-io.js';
import { loadGroup, moveGroup, outRow, storeGroup, vectorGroup, type VectorTensor } from './vector-io.js';

/** Emits a qmaxpool / qavgpool / qglobal_avgpool layer; `workRows` output-buffer rows are free for it. */
export function lowerPool(ctx: LowerContext, name: string, op: string, a: Attrs, x: VectorTensor, y: VectorTensor, cfg: InstructionFields<'CONFIG'>, workRows: number): void {
  const xt = x.t;
  const yt = y.t;
  const global = op === 'qglobal_avgpool';
  const k = global ? [xt.h, xt.w] : (a['kernel'] as number[]);
  const st = global ? [1, 1] : (a['stride'] as number[]);
  const pad = global ? [0, 0, 0, 0] : (a['pad'] as number[]);
  const [kh, kw, sh, sw, pt, pl] = [k[0]!, k[1]!, st[0]!, st[1]!, pad[0]!, pad[1]!];
  const max = POOL_FIELD_MAX;
  if (kh > max.kernelH || kw > max.kernelW || sh > max.strideH || sw > max.strideW || Math.max(...pad) > max.pad || xt.w > max.inW) {
    mapFail('MAP005', name, `POOL fields: kernel ${kh}x${kw} and stride ${sh}x${sw} must be ≤ ${Math.min(max.kernelH, max.strideH)}, padding ≤ ${max.pad}, input width ${xt.w} ≤ ${max.inW}`);
  }
  ctx.emitter.beginLayer(name, cfg, `${op} ${xt.h}x${xt.w}x${xt.c} → ${yt.h}x${yt.w}x${yt.c}, kernel ${kh}x${kw} stride ${sh}x${sw} on the vector unit${x.out ? ', input on chip' : ''}${y.out ? ', result on chip' : ''}`);
  const bits = xt.storageBits;
  const half = Math.floor(workRows / 2);
  const gc = vectorGroup(xt, ctx);
  // A resident source is read with its own width; a loaded band only with the columns the windows reach.
  const cols = x.out !== undefined ? xt.w : Math.min(xt.w, (yt.w - 1) * sw + kw - pl);
  const padRight = Math.max(0, (yt.w - 1) * sw + kw - pl - cols);
  const rowsFor = (oy0: number, oy1: number) => {
    const lo = oy0 * sh - pt;
    const hi = (oy1 - 1) * sh - pt + kh;
    return { lo: Math.max(0, lo), hi: Math.min(xt.h, hi), padTop: Math.max(0, -lo), padBottom: Math.max(0, hi - xt.h) };
  };
  // The source region is sized for the tallest band, so a band's results never overlap the rows the
  // next band's LOAD writes into the same half.
  const maxInRows = (b: number) => Math.min(xt.h, (b - 1) * sh + kh);
  const need = (b: number) => (x.out === undefined ? maxInRows(b) * cols : 0) + (y.out === undefined ? b * yt.w : 0);
  const fits = (b: number) => need(b) <= half && maxInRows(b) <= max.inH && b * yt.w <= MAX_TRANSFER_ROWS;
  let band = yt.h;
  while (band > 0 && !fits(band)) band--;
  if (band < 1) mapFail('MAP001', name, `one output row needs ${need(1)} output-buffer rows, half of the working rows is ${half}`);
  let outHalf = 0;
  let first = true;
  for (let g = 0; g * gc < xt.c; g++) {
    const n = Math.min(gc, xt.c - g * gc);
    for (let oy0 = 0; oy0 < yt.h; oy0 += band) {
      const oy1 = Math.min(yt.h, oy0 + band);
      const rr = rowsFor(oy0, oy1);
      const inRows = rr.hi - rr.lo;
      const base = outHalf * half;
      const tile = newTile(`channels ${g * gc}..${g * gc + n - 1} output rows ${oy0}..${oy1 - 1}`);
      if (first && y.img !== undefined) fillImgPadding(tile, ctx, yt, y.img);
      first = false;
      let src: number;
      if (x.out !== undefined) src = outRow(x.out, g, rr.lo * xt.w);
      else {
        src = base;
        loadGroup(tile, ctx, xt, g, base, rr.lo * xt.w, inRows, cols, `input rows ${rr.lo}..${rr.hi - 1} of ${xt.name}`);
      }
      const pixels = (oy1 - oy0) * yt.w;
      const dst = y.out !== undefined ? outRow(y.out, g, oy0 * yt.w) : base + (x.out === undefined ? maxInRows(band) * cols : 0);
      push(tile.computes, 'POOL', {
        kind: op === 'qmaxpool' ? 'max' : 'avg', srcRow: src, dstRow: dst, channels: n, inH: inRows, inW: cols,
        kernelH: kh, kernelW: kw, strideH: sh, strideW: sw, padTop: rr.padTop, padLeft: pl, padBottom: rr.padBottom, padRight,
        // Packed binary elements are bits with 1 ↔ +1: unsigned, so max is an OR.
        bits, signed: bits > 1 && storageSigned(xt.dtype) ? 1 : 0,
      });
      if (y.dram) storeGroup(tile, ctx, yt, g, dst, oy0 * yt.w, pixels);
      if (y.img !== undefined) moveGroup(tile, ctx, yt, y.img, g, dst, oy0 * yt.w, pixels);
      outHalf ^= 1;
      ctx.emitter.addTile(tile);
    }
  }
}
