// Residual add and concat on the vector unit (ADD reads two output-buffer regions). A qadd is TFLite's
// three-multiplier add; a concat branch is an ADD of the branch alone (bMultiplier = 0, leftShift = 0,
// outMultiplier = 2^30, outShift = 1, exact) stored at its channel offset through the STORE's address
// (NHWC keeps a pixel's channels together, so a channel offset is a byte offset).
import type { Attrs } from '../ir/graph.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import type { LowerContext } from './context.js';
import { newTile, push } from './emit.js';
import { storageSigned, type ActTensor } from './layout.js';
import { mapFail } from './mapping-errors.js';
import { vectorChannels } from './pool.js';
import { MAX_ADD_ROWS, MAX_TRANSFER_ROWS } from './field-limits.js';
import { bufferHalves } from './tiling.js';

type AddFields = Omit<InstructionFields<'ADD'>, 'aRow' | 'bRow' | 'dstRow' | 'rows' | 'elems' | 'bits' | 'signed'>;

/** Which output-buffer half the next tile uses; shared by a layer's passes (concat branches) because halves alternate per tile of the layer. */
interface HalfState {
  half: number;
}

/** Elementwise tiles: channel groups × pixel blocks; `b` absent for a concat branch. */
function elementwise(ctx: LowerContext, label: string, a: ActTensor, b: ActTensor | undefined, y: ActTensor, yChannelOffset: number, f: AddFields, state: HalfState): void {
  const bits = a.storageBits;
  const half = bufferHalves(ctx.d).output;
  const cg = vectorChannels(a.c, bits, ctx.d.rowBytes.output);
  const regions = b === undefined ? 2 : 3;
  const block = Math.min(a.h * a.w, Math.floor(half / regions), MAX_TRANSFER_ROWS);
  if (block < 1) mapFail('MAP001', label, `one pixel needs ${regions} output-buffer rows, half of the buffer has ${half}`);
  const pixelsTotal = a.h * a.w;
  for (let c0 = 0; c0 < a.c; c0 += cg) {
    const n = Math.min(cg, a.c - c0);
    const bytes = Math.ceil((n * bits) / 8);
    for (let p0 = 0; p0 < pixelsTotal; p0 += block) {
      const rows = Math.min(block, pixelsTotal - p0);
      const base = state.half * half;
      const tile = newTile(`channels ${c0}..${c0 + n - 1} pixels ${p0}..${p0 + rows - 1}`);
      const load = (t: ActTensor, row: number, what: string) => push(tile.loads, 'LOAD', {
        buffer: 'output', sramRow: row, sramByte: 0, bytesPerRow: bytes, rows, sramRowStride: 1,
        dramAddr: t.dramAddr + p0 * t.pixBytes + (c0 * bits) / 8, dramRowStride: t.pixBytes, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
      }, `${what} ${t.name}`);
      load(a, base, 'a =');
      // Fixed region strides (block, not this block's rows): regions of consecutive tiles never overlap.
      if (b !== undefined) load(b, base + block, 'b =');
      const dst = base + (regions - 1) * block;
      for (let r = 0; r < rows; r += MAX_ADD_ROWS) {
        push(tile.computes, 'ADD', {
          ...f, aRow: base + r, bRow: (b === undefined ? base : base + block) + r, dstRow: dst + r, rows: Math.min(MAX_ADD_ROWS, rows - r), elems: n,
          bits, signed: storageSigned(a.dtype) ? 1 : 0,
        });
      }
      push(tile.stores, 'STORE', {
        buffer: 'output', sramRow: dst, sramByte: 0, bytesPerRow: bytes, rows, sramRowStride: 1,
        dramAddr: y.dramAddr + p0 * y.pixBytes + ((yChannelOffset + c0) * bits) / 8, dramRowStride: y.pixBytes, repeat: 1, sramOuterStride: 0, dramOuterStride: 0,
      }, `→ ${y.name} channels ${yChannelOffset + c0}..${yChannelOffset + c0 + n - 1}`);
      state.half ^= 1;
      ctx.emitter.addTile(tile);
    }
  }
}

/** Emits a qadd layer. */
export function lowerAdd(ctx: LowerContext, name: string, at: Attrs, a: ActTensor, b: ActTensor, y: ActTensor, cfg: InstructionFields<'CONFIG'>): void {
  const n = (k: string) => at[k] as number;
  ctx.emitter.beginLayer(name, cfg, `qadd ${a.h}x${a.w}x${a.c} on the vector unit`);
  elementwise(ctx, name, a, b, y, 0, {
    aMultiplier: n('a_m0'), aShift: n('a_shift'), bMultiplier: n('b_m0'), bShift: n('b_shift'), outMultiplier: n('y_m0'), outShift: n('y_shift'),
    leftShift: n('left_shift'), aZero: n('a_zero'), bZero: n('b_zero'), outZero: n('y_zero'), qmin: n('qmin'), qmax: n('qmax'),
  }, { half: 0 });
}

/** Emits a qconcat along channels: one elementwise pass per branch into its channel offset. */
export function lowerConcat(ctx: LowerContext, name: string, at: Attrs, xs: readonly ActTensor[], y: ActTensor, cfg: InstructionFields<'CONFIG'>): void {
  const axis = at['axis'] as number;
  if (axis !== 1 && axis !== -3) mapFail('MAP004', name, `concat along axis ${axis}: only the channel axis (1) maps onto NHWC`);
  ctx.emitter.beginLayer(name, cfg, `qconcat of ${xs.length} branches → ${y.c} channels on the vector unit`);
  const list = (k: string) => at[k] as readonly number[];
  let offset = 0;
  const state: HalfState = { half: 0 };
  xs.forEach((x, i) => {
    elementwise(ctx, `${name} branch ${i}`, x, undefined, y, offset, {
      aMultiplier: list('m0s')[i]!, aShift: list('shifts')[i]!, bMultiplier: 0, bShift: 0, outMultiplier: 2 ** 30, outShift: 1,
      leftShift: 0, aZero: list('zeros')[i]!, bZero: 0, outZero: at['y_zero'] as number, qmin: at['qmin'] as number, qmax: at['qmax'] as number,
    }, state);
    offset += x.c;
  });
}
