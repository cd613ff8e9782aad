// Max / average / global average pooling on the vector unit (POOL reads and writes the output buffer).
// Tiles: bands of output rows, every channel group at once (one output-buffer row each; the DRAM moves
// whole pixels). A resident source (OUT layout)
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
import { pieceRows } from './interleave-vector.js';
import { loadRect, moveGroups, outRow, storePixels, vectorGroup, type VectorTensor } from './vector-io.js';

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
  const gc = vectorGroup(xt, ctx);
  const groups = Math.ceil(xt.c / gc);
  // A resident source is read with its own width; a loaded band only with the columns the windows reach.
  const cols = x.out !== undefined ? xt.w : Math.min(xt.w, (yt.w - 1) * sw + kw - pl);
  const padRight = Math.max(0, (yt.w - 1) * sw + kw - pl - cols);
  const rowsFor = (oy0: number, oy1: number) => {
    const lo = oy0 * sh - pt;
    const hi = (oy1 - 1) * sh - pt + kh;
    return { lo: Math.max(0, lo), hi: Math.min(xt.h, hi), padTop: Math.max(0, -lo), padBottom: Math.max(0, hi - xt.h) };
  };
  // Working rows per band (every channel group of its input rows and results): the source region is
  // sized for the tallest band, so a band's results never overlap the next band's LOAD in the same slot.
  const maxInRows = (b: number) => Math.min(xt.h, (b - 1) * sh + kh);
  // Every group of a band at once (whole pixels cross DRAM), two slots (the next band loads while this
  // one pools); fewer slots, then fewer groups per tile, only when one output row does not fit.
  const srcRows = (b: number, gt: number) => (x.out === undefined ? gt * maxInRows(b) * cols : 0);
  const need = (b: number, gt: number) => srcRows(b, gt) + (y.out === undefined ? gt * b * yt.w : 0);
  // A pool reading its source in place runs in VECTOR_PIECES bands (none below MIN_PIECED_CYCLES), so each can start as soon as its
  // producer's rows are done (interleave-vector.ts).
  const cap = x.out !== undefined ? pieceRows(yt.h, yt.w * kh * kw * groups) : yt.h;
  const tallest = (gt: number, rows: number) => {
    let b = cap;
    while (b > 0 && !(need(b, gt) <= rows && maxInRows(b) <= max.inH && b * yt.w <= MAX_TRANSFER_ROWS)) b--;
    return b;
  };
  const choice = [groups, 1].flatMap((gt) => [2, 1].map((slots) => ({ gt, slots, band: tallest(gt, Math.floor(workRows / slots)) }))).find((c) => c.band >= 1);
  if (choice === undefined) mapFail('MAP001', name, `one output row of one channel group needs ${need(1, 1)} output-buffer rows, the layer may use ${workRows}`);
  const { gt, slots, band } = choice;
  const slotRows = Math.floor(workRows / slots);
  let slot = 0;
  let first = true;
  for (let ga = 0; ga < groups; ga += gt) {
  const gb = Math.min(groups, ga + gt);
  const gr = { g0: ga, g1: gb, c: xt.c, chan0: 0 };
  for (let oy0 = 0; oy0 < yt.h; oy0 += band) {
    const oy1 = Math.min(yt.h, oy0 + band);
    const rr = rowsFor(oy0, oy1);
    const inRows = rr.hi - rr.lo;
    const base = slot * slotRows;
    const tile = newTile(`output rows ${oy0}..${oy1 - 1}, channel groups ${ga}..${gb - 1}`);
    tile.inPlace = slots === 1;
    if (first && y.img !== undefined) fillImgPadding(tile, ctx, yt, y.img);
    first = false;
    const srcStride = x.out !== undefined ? x.out.pixels : maxInRows(band) * cols;
    const srcBase = x.out !== undefined ? outRow(x.out, ga, rr.lo * xt.w) : base;
    if (x.out === undefined) loadRect(tile, ctx, xt, base, srcStride, rr.lo, inRows, 0, cols, `input rows ${rr.lo}..${rr.hi - 1} of ${xt.name}`, gr);
    const pixels = (oy1 - oy0) * yt.w;
    const dstStride = y.out !== undefined ? y.out.pixels : band * yt.w;
    const dstBase = y.out !== undefined ? outRow(y.out, ga, oy0 * yt.w) : base + srcRows(band, gt);
    for (let g = ga; g < gb; g++) {
      push(tile.computes, 'POOL', {
        kind: op === 'qmaxpool' ? 'max' : 'avg', srcRow: srcBase + (g - ga) * srcStride, dstRow: dstBase + (g - ga) * dstStride, channels: Math.min(gc, xt.c - g * gc), inH: inRows, inW: cols,
        kernelH: kh, kernelW: kw, strideH: sh, strideW: sw, padTop: rr.padTop, padLeft: pl, padBottom: rr.padBottom, padRight,
        // Packed binary elements are bits with 1 ↔ +1: unsigned, so max is an OR.
        bits, signed: bits > 1 && storageSigned(xt.dtype) ? 1 : 0,
      });
    }
    if (y.dram) storePixels(tile, ctx, yt, dstBase, dstStride, oy0 * yt.w, pixels, gr);
    if (y.img !== undefined) moveGroups(tile, ctx, yt, y.img, ga, gb, dstBase, dstStride, oy0 * yt.w, pixels);
    slot = (slot + 1) % slots;
    ctx.emitter.addTile(tile);
  }
  }
}
