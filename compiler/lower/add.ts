// Residual add and concat on the vector unit (ADD reads two output-buffer regions). A qadd is TFLite's
// three-multiplier add; a concat branch is an ADD of the branch alone (bMultiplier = 0, leftShift = 0,
// outMultiplier = 2^30, outShift = 1, exact) stored at its channel offset through the STORE's address
// (NHWC keeps a pixel's channels together, so a channel offset is a byte offset). Operands resident in
// the output buffer are read in place, a resident result written in place (vector-io.ts).
import type { Attrs } from '../ir/graph.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import type { LowerContext } from './context.js';
import { newTile, push } from './emit.js';
import { storageSigned } from './layout.js';
import { pieceRows } from './interleave-vector.js';
import { mapFail } from './mapping-errors.js';
import { MAX_ADD_ROWS } from './field-limits.js';
import { fillImgPadding } from './img-io.js';
import { allGroups, loadRect, moveGroups, outRow, pixelBlocks, storePixels, vectorGroup, type VectorTensor } from './vector-io.js';

type AddFields = Omit<InstructionFields<'ADD'>, 'aRow' | 'bRow' | 'dstRow' | 'rows' | 'elems' | 'bits' | 'signed'>;

/** Which working half the next tile uses; shared by a layer's passes (concat branches). */
interface HalfState {
  half: number;
  first: boolean;
}

/** Elementwise tiles: blocks of pixels, every channel group at once; `b` absent for a concat branch. */
function elementwise(ctx: LowerContext, label: string, a: VectorTensor, b: VectorTensor | undefined, y: VectorTensor, yChannelOffset: number, f: AddFields, state: HalfState, workRows: number): void {
  const at = a.t;
  const bits = at.storageBits;
  const gc = vectorGroup(at, ctx);
  const groups = Math.ceil(at.c / gc);
  const resultInPlace = y.out !== undefined && yChannelOffset === 0;
  // Working regions: each operand not on chip, and the result when it is not; each holds every group.
  const regions = (a.out === undefined ? 1 : 0) + (b !== undefined && b.out === undefined ? 1 : 0) + (resultInPlace ? 0 : 1);
  const pixelsTotal = at.h * at.w;
  const blocks = pixelBlocks(label, pixelsTotal, regions, groups, workRows);
  const { slots, slotRows } = blocks;
  // Everything in place: VECTOR_PIECES blocks (none below MIN_PIECED_CYCLES) of whole image rows, each free to start once its operands'
  // rows are done (interleave-vector.ts).
  const block = regions === 0 ? Math.min(blocks.block, pieceRows(at.h, at.w * groups) * at.w) : blocks.block;
  for (let p0 = 0; p0 < pixelsTotal; p0 += block) {
    const rows = Math.min(block, pixelsTotal - p0);
    let next = (state.half % slots) * slotRows;
    const region = () => {
      const r = next;
      next += block * groups;
      return r;
    };
    const tile = newTile(`pixels ${p0}..${p0 + rows - 1}, ${groups} channel group(s)`);
    tile.inPlace = slots === 1;
    if (state.first && y.img !== undefined) fillImgPadding(tile, ctx, y.t, y.img);
    state.first = false;
    // Where group 0 of an operand starts and the rows between its groups.
    const operand = (v: VectorTensor, what: string): [number, number] => {
      if (v.out !== undefined) return [outRow(v.out, 0, p0), v.out.pixels];
      const row = region();
      loadRect(tile, ctx, v.t, row, block, 0, 1, p0, rows, `${what} ${v.t.name}`, allGroups(v.t, ctx));
      return [row, block];
    };
    const [aRow, aStride] = operand(a, 'a =');
    const [bRow, bStride] = b === undefined ? [aRow, aStride] : operand(b, 'b =');
    const [dst, dstStride] = resultInPlace ? [outRow(y.out!, 0, p0), y.out!.pixels] : [region(), block];
    for (let g = 0; g < groups; g++) {
      for (let r = 0; r < rows; r += MAX_ADD_ROWS) {
        push(tile.computes, 'ADD', {
          ...f, aRow: aRow + g * aStride + r, bRow: bRow + g * bStride + r, dstRow: dst + g * dstStride + r, rows: Math.min(MAX_ADD_ROWS, rows - r), elems: Math.min(gc, at.c - g * gc),
          bits, signed: storageSigned(at.dtype) ? 1 : 0,
        });
      }
    }
    if (y.dram) storePixels(tile, ctx, y.t, dst, dstStride, p0, rows, { g0: 0, g1: groups, c: at.c, chan0: yChannelOffset });
    if (y.img !== undefined) moveGroups(tile, ctx, y.t, y.img, 0, groups, dst, dstStride, p0, rows);
    state.half ^= 1;
    ctx.emitter.addTile(tile);
  }
}

/** Emits a qadd layer. */
export function lowerAdd(ctx: LowerContext, name: string, at: Attrs, a: VectorTensor, b: VectorTensor, y: VectorTensor, cfg: InstructionFields<'CONFIG'>, workRows: number): void {
  const n = (k: string) => at[k] as number;
  ctx.emitter.beginLayer(name, cfg, `qadd ${a.t.h}x${a.t.w}x${a.t.c} on the vector unit${a.out && b.out ? ', operands on chip' : ''}${y.out ? ', result on chip' : ''}`);
  elementwise(ctx, name, a, b, y, 0, {
    aMultiplier: n('a_m0'), aShift: n('a_shift'), bMultiplier: n('b_m0'), bShift: n('b_shift'), outMultiplier: n('y_m0'), outShift: n('y_shift'),
    leftShift: n('left_shift'), aZero: n('a_zero'), bZero: n('b_zero'), outZero: n('y_zero'), qmin: n('qmin'), qmax: n('qmax'),
  }, { half: 0, first: true }, workRows);
}

/** Emits a qconcat along channels: one elementwise pass per branch into its channel offset (DRAM result). */
export function lowerConcat(ctx: LowerContext, name: string, at: Attrs, xs: readonly VectorTensor[], y: VectorTensor, cfg: InstructionFields<'CONFIG'>, workRows: number): void {
  const axis = at['axis'] as number;
  if (axis !== 1 && axis !== -3) mapFail('MAP004', name, `concat along axis ${axis}: only the channel axis (1) maps onto NHWC`);
  ctx.emitter.beginLayer(name, cfg, `qconcat of ${xs.length} branches → ${y.t.c} channels on the vector unit`);
  const list = (k: string) => at[k] as readonly number[];
  let offset = 0;
  const state: HalfState = { half: 0, first: true };
  xs.forEach((x, i) => {
    elementwise(ctx, `${name} branch ${i}`, x, undefined, y, offset, {
      aMultiplier: list('m0s')[i]!, aShift: list('shifts')[i]!, bMultiplier: 0, bShift: 0, outMultiplier: 2 ** 30, outShift: 1,
      leftShift: 0, aZero: list('zeros')[i]!, bZero: 0, outZero: at['y_zero'] as number, qmin: at['qmin'] as number, qmax: at['qmax'] as number,
    }, state, workRows);
    offset += x.t.c;
  });
}
