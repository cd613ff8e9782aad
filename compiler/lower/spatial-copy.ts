// Layers that only move codes over H and W — a nearest resize (nn.Upsample) and a qpad that could not fold
// into its consumer — as DMA copies on chip: output pixel (oy, ox) is input pixel (mapH[oy], mapW[ox]), or
// the constant byte where a map says −1. The maps are the IR's own (nearestSourceMaps, padSourceMaps), so
// the copy equals the integer reference by construction. Per band of output rows: the input rows the band
// reads are LOADed into working rows (or read in place when the input is resident in the output buffer);
// each output row of each channel group is built by MOVEs output buffer → output buffer (one MOVE per run of
// the W map: a source pixel repeated `len` times for `count` consecutive sources is one 2-D MOVE, so a ×s
// upsample row is one MOVE) and fill LOADs for the constant; then STOREd and/or MOVEd into a consumer's image.
import type { Attrs } from '../ir/graph.js';
import { padSourceMaps } from '../ir/ops/pad.js';
import { nearestSourceMaps } from '../ir/ops/resize.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import { fieldLimits } from '../../isa/instruction.js';
import type { LayerLowering, LowerContext } from './context.js';
import { newTile, push, type Tile } from './emit.js';
import { mapFail } from './mapping-errors.js';
import { fillImgPadding } from './img-io.js';
import { allGroups, loadRect, moveGroups, outRow, storePixels, vectorGroup, type VectorTensor } from './vector-io.js';

/**
 * Output positions [o0, o0 + count·len): sources src0, src0 + 1, …, src0 + count − 1, each repeated `len`
 * times (src0 = −1: the constant, count 1, len positions).
 */
export interface CopyRun {
  readonly o0: number;
  readonly src0: number;
  readonly count: number;
  readonly len: number;
}

/** Most inner steps (count) and outer steps (len) one MOVE or fill LOAD takes. */
const MAX_STEPS = Math.min(fieldLimits('MOVE', 'rows').max, fieldLimits('MOVE', 'repeat').max, fieldLimits('LOAD', 'rows').max);

/** The fewest runs that cover `map` (output index → source index or −1), each within the field limits. */
export function copyRuns(map: readonly number[]): CopyRun[] {
  // Equal-source runs first, then consecutive sources with equal repeat lengths merged into one 2-D run.
  const same: { o0: number; src: number; len: number }[] = [];
  for (let o = 0; o < map.length; o++) {
    const last = same[same.length - 1];
    if (last !== undefined && last.src === map[o] && last.len < MAX_STEPS) last.len++;
    else same.push({ o0: o, src: map[o]!, len: 1 });
  }
  const runs: { o0: number; src0: number; count: number; len: number }[] = [];
  for (const s of same) {
    const cur = runs[runs.length - 1];
    if (cur !== undefined && cur.src0 >= 0 && s.src === cur.src0 + cur.count && s.len === cur.len && cur.count < MAX_STEPS) cur.count++;
    else runs.push({ o0: s.o0, src0: s.src, count: 1, len: s.len });
  }
  return runs;
}

/** The H and W maps of a resize or qpad of an NCHW value of shape `inShape`, and the constant's stored byte. */
export function spatialMaps(name: string, op: 'resize' | 'qpad', inShape: readonly number[], attrs: Attrs): { h: number[]; w: number[]; fillByte: number } {
  if (inShape.length !== 4) mapFail('MAP004', name, `a ${op} of a rank-${inShape.length} value: only NCHW images are copied on chip`);
  const maps = op === 'resize' ? nearestSourceMaps(inShape, attrs) : padSourceMaps(inShape, attrs);
  const identity = (d: number) => maps[d]!.length === inShape[d] && maps[d]!.every((s, o) => s === o);
  if (!identity(0) || !identity(1)) mapFail('MAP004', name, `a ${op} that changes the batch or channel axis: only H and W are copied on chip`);
  if (op === 'resize' && (maps[2]!.includes(-1) || maps[3]!.includes(-1))) mapFail('MAP004', name, 'a resize that extrapolates (tf_crop_and_resize)');
  // The code as a stored byte (two's complement for signed codes); only qpad's constant mode has −1 entries.
  return { h: maps[2]!, w: maps[3]!, fillByte: op === 'qpad' ? (attrs['value'] as number) & 0xff : 0 };
}

/** Plans a code-moving layer (no constants). `fillByte`: the stored byte of the constant (where a map has −1). */
export function planSpatialCopy(ctx: LowerContext, name: string, label: string, maps: { h: readonly number[]; w: readonly number[] }, fillByte: number, x: VectorTensor, y: VectorTensor, cfg: InstructionFields<'CONFIG'>, workRows: number): LayerLowering {
  const [xt, yt] = [x.t, y.t];
  if (xt.storageBits !== 8 || yt.storageBits !== 8) mapFail('MAP004', name, `a ${label} of packed ${xt.storageBits}-bit codes: the copy moves whole bytes`);
  if (xt.c !== yt.c || maps.h.length !== yt.h || maps.w.length !== yt.w) mapFail('MAP004', name, `a ${label} that changes the batch or channel axis: only H and W are copied on chip`);
  return {
    constants: [],
    emit: () => {
      ctx.emitter.beginLayer(name, cfg, `${label} ${xt.h}x${xt.w}x${xt.c} → ${yt.h}x${yt.w}x${yt.c} by on-chip MOVEs${x.out ? ', operand on chip' : ''}${y.out ? ', result on chip' : ''}`);
      emitCopy(ctx, name, maps, fillByte, x, y, workRows);
    },
  };
}

/** Input rows [lo, hi] the output rows [oy0, oy1) read (undefined: only constant rows). */
function inputSpan(mapH: readonly number[], oy0: number, oy1: number): [number, number] | undefined {
  const src = mapH.slice(oy0, oy1).filter((s) => s >= 0);
  return src.length === 0 ? undefined : [Math.min(...src), Math.max(...src)];
}

function emitCopy(ctx: LowerContext, name: string, maps: { h: readonly number[]; w: readonly number[] }, fillByte: number, x: VectorTensor, y: VectorTensor, workRows: number): void {
  const [xt, yt] = [x.t, y.t];
  const gc = vectorGroup(xt, ctx);
  const groups = Math.ceil(xt.c / gc);
  const runsW = copyRuns(maps.w);
  // Working rows of a band: its input rows (operand in DRAM) and its output rows (result not resident).
  const need = (oy0: number, oy1: number): number => {
    const span = inputSpan(maps.h, oy0, oy1);
    const inRows = x.out === undefined && span !== undefined ? (span[1] - span[0] + 1) * xt.w : 0;
    return groups * (inRows + (y.out === undefined ? (oy1 - oy0) * yt.w : 0));
  };
  const oneRow = Math.max(0, ...maps.h.map((_, oy) => need(oy, oy + 1)));
  if (oneRow > workRows) mapFail('MAP001', name, `one output row needs ${oneRow} output-buffer rows, the layer may use ${workRows}`);
  // Two slots when a row fits half the working rows: the next band loads while this one is copied.
  const slots = oneRow <= Math.floor(workRows / 2) ? 2 : 1;
  const slotRows = Math.floor(workRows / slots);
  const maxPixels = fieldLimits('STORE', 'repeat').max;
  let slot = 0;
  for (let oy0 = 0; oy0 < yt.h; ) {
    let oy1 = oy0 + 1;
    while (oy1 < yt.h && need(oy0, oy1 + 1) <= slotRows && (oy1 + 1 - oy0) * yt.w <= maxPixels) oy1++;
    const region = (slot % slots) * slotRows;
    const tile = newTile(`output rows ${oy0}..${oy1 - 1}, ${groups} channel group(s)`);
    tile.inPlace = slots === 1;
    if (oy0 === 0 && y.img !== undefined) fillImgPadding(tile, ctx, yt, y.img);
    // Where input pixel (sy, 0) of group g is, and where output pixel (oy, 0) goes.
    const span = inputSpan(maps.h, oy0, oy1);
    const inRows = x.out === undefined && span !== undefined ? span[1] - span[0] + 1 : 0;
    let src: (g: number, sy: number) => number;
    if (x.out !== undefined) {
      const xo = x.out;
      src = (g, sy) => outRow(xo, g, sy * xt.w);
    } else {
      const lo = span?.[0] ?? 0;
      src = (g, sy) => region + g * inRows * xt.w + (sy - lo) * xt.w;
      if (span !== undefined) loadRect(tile, ctx, xt, region, inRows * xt.w, lo, inRows, 0, xt.w, `x = ${xt.name} rows ${lo}..${span[1]}`, allGroups(xt, ctx));
    }
    // The band's output: its resident OUT rows, or working rows after the input's.
    const [dstBase, outStride] = y.out !== undefined ? [outRow(y.out, 0, oy0 * yt.w), y.out.pixels] : [region + groups * inRows * xt.w, (oy1 - oy0) * yt.w];
    for (let oy = oy0; oy < oy1; oy++) {
      for (let g = 0; g < groups; g++) {
        const bytes = Math.min(gc, xt.c - g * gc);
        const dst = dstBase + g * outStride + (oy - oy0) * yt.w;
        const sy = maps.h[oy]!;
        if (sy < 0) {
          fill(tile, dst, yt.w, bytes, fillByte);
          continue;
        }
        for (const r of runsW) {
          if (r.src0 < 0) fill(tile, dst + r.o0, r.len, bytes, fillByte);
          else {
            push(tile.computes, 'MOVE', {
              srcBuffer: 'output', srcRow: src(g, sy) + r.src0, srcByte: 0, dstBuffer: 'output', dstRow: dst + r.o0, dstByte: 0, bytesPerRow: bytes,
              rows: r.count, srcRowStride: 1, dstRowStride: r.len, repeat: r.len, srcOuterStride: 0, dstOuterStride: 1,
            });
          }
        }
      }
    }
    const p0 = oy0 * yt.w;
    const pixels = (oy1 - oy0) * yt.w;
    if (y.dram) storePixels(tile, ctx, yt, dstBase, outStride, p0, pixels, allGroups(yt, ctx));
    if (y.img !== undefined) moveGroups(tile, ctx, yt, y.img, 0, groups, dstBase, outStride, p0, pixels);
    slot ^= 1;
    oy0 = oy1;
    ctx.emitter.addTile(tile);
  }
}

/**
 * Writes the constant into `len` consecutive output-buffer rows (one group's bytes each). The copy's
 * writes — these fills and the MOVEs — all go in the tile's compute slot: the emitter places the next
 * band's input LOADs ahead of them, and the token pass orders every write by its footprint.
 */
function fill(tile: Tile, row: number, len: number, bytes: number, byte: number): void {
  for (let r = 0; r < len; r += MAX_STEPS) {
    push(tile.computes, 'LOAD', {
      buffer: 'output', sramRow: row + r, sramByte: 0, bytesPerRow: bytes, rows: Math.min(MAX_STEPS, len - r), sramRowStride: 1,
      dramAddr: 0, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 1, fillByte: byte,
    }, 'the pad constant');
  }
}
