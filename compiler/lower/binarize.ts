// qbinarize on the vector unit: PACK turns the codes of an output-buffer region into packed bits
// (bit = code ≥ threshold). Tiles: channel groups that fit one output-buffer row and start on a byte of
// the packed result, blocks of pixels that fit half of the output buffer (source and result regions).
// When the result cannot be written packed by PACK (it is stored as ±1 bytes, or the channel groups are
// not whole bytes), the same function runs as a 1x1 depthwise layer with unit weights and the bias
// −threshold: acc = x − threshold, and REQUANT's binary output is +1 exactly when acc ≥ 0.
import type { Attrs } from '../ir/graph.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import type { LowerContext } from './context.js';
import { lowerDepthwise } from './depthwise.js';
import { newTile, push } from './emit.js';
import { storageSigned, type ActTensor } from './layout.js';
import { mapFail } from './mapping-errors.js';
import { vectorChannels } from './pool.js';
import { bufferHalves } from './tiling.js';

/** Channels per PACK (a source row's elements), or undefined when PACK cannot write y packed. */
function packChannels(ctx: LowerContext, x: ActTensor, y: ActTensor): number | undefined {
  if (y.storageBits !== 1) return undefined;
  const cg = Math.min(vectorChannels(x.c, x.storageBits, ctx.d.rowBytes.output), 1023);
  return cg === x.c || cg % 8 === 0 ? cg : cg >= 8 ? cg - (cg % 8) : undefined;
}

/** Emits a qbinarize layer (x multi-bit, y binary). */
export function lowerBinarize(ctx: LowerContext, name: string, a: Attrs, x: ActTensor, y: ActTensor, cfg: InstructionFields<'CONFIG'>): void {
  const threshold = a['threshold'] as number;
  const cg = packChannels(ctx, x, y);
  if (cg === undefined) {
    ctx.emitter.beginLayer(name, cfg, `qbinarize ${x.h}x${x.w}x${x.c} as a 1x1 depthwise layer (result stored as ${y.storageBits === 1 ? 'bits' : '±1 bytes'})`);
    const s = { h: x.h, w: x.w, cin: x.c, cout: x.c, kh: 1, kw: 1, sh: 1, sw: 1, dh: 1, dw: 1, pt: 0, pl: 0, oh: x.h, ow: x.w };
    const zeros = new Array<number>(x.c).fill(0);
    lowerDepthwise(ctx, name, s, 'int8', x, y, new Array<number>(x.c).fill(1), { bias: new Array<number>(x.c).fill(-threshold), m0: zeros, shift: zeros, yZero: 0, qmin: -1, qmax: 1 });
    return;
  }
  ctx.emitter.beginLayer(name, cfg, `qbinarize ${x.h}x${x.w}x${x.c} → packed bits on the vector unit (PACK at code ${threshold})`);
  const half = bufferHalves(ctx.d).output;
  const block = Math.min(x.h * x.w, Math.floor(half / 2), 65535);
  if (block < 1) mapFail('MAP001', name, `one pixel needs 2 output-buffer rows, half of the buffer has ${half}`);
  const pixels = x.h * x.w;
  let outHalf = 0;
  for (let c0 = 0; c0 < x.c; c0 += cg) {
    const n = Math.min(cg, x.c - c0);
    for (let p0 = 0; p0 < pixels; p0 += block) {
      const rows = Math.min(block, pixels - p0);
      const base = outHalf * half;
      const tile = newTile(`channels ${c0}..${c0 + n - 1} pixels ${p0}..${p0 + rows - 1}`);
      push(tile.loads, 'LOAD', {
        buffer: 'output', sramRow: base, sramByte: 0, bytesPerRow: Math.ceil((n * x.storageBits) / 8), rows, sramRowStride: 1,
        dramAddr: x.dramAddr + p0 * x.pixBytes + (c0 * x.storageBits) / 8, dramRowStride: x.pixBytes, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
      }, `codes of ${x.name}`);
      push(tile.computes, 'PACK', { srcRow: base, dstRow: base + block, rows, elems: n, threshold, srcBits: x.storageBits, srcSigned: storageSigned(x.dtype) ? 1 : 0 });
      push(tile.stores, 'STORE', {
        buffer: 'output', sramRow: base + block, sramByte: 0, bytesPerRow: Math.ceil(n / 8), rows, sramRowStride: 1,
        dramAddr: y.dramAddr + p0 * y.pixBytes + c0 / 8, dramRowStride: y.pixBytes, repeat: 1, sramOuterStride: 0, dramOuterStride: 0,
      }, `→ ${y.name} channels ${c0}..${c0 + n - 1}`);
      outHalf ^= 1;
      ctx.emitter.addTile(tile);
    }
  }
}
