// Depthwise convolution on the vector unit's MAC path (DEPTHWISE), not on the array: with one input
// channel per output channel, a weight-stationary tile would use one array row of R (utilization 1/R),
// and a block-diagonal COMPUTE tile wastes the same fraction on zeros. DEPTHWISE computes `channels`
// (≤ C) lanes per output pixel and tap; the padded input band is materialised by LOAD fill (the ISA's
// DEPTHWISE has no padding), so padded taps read the zero point exactly as the integer reference.
// Tiles: channel groups of C, bands of output rows that fit half of the input buffer.
import type { InstructionFields } from '../../isa/make-instruction.js';
import type { ArrayMode } from '../../isa/spec.js';
import { HalfSwitch, type LowerContext } from './context.js';
import { paramBytes, requantOutput, type RequantSpec } from './conv.js';
import { newTile, push } from './emit.js';
import { padByte, setElement, type ActTensor } from './layout.js';
import { mapFail } from './mapping-errors.js';
import { bufferHalves, type ConvShape } from './tiling.js';

/** Emits a depthwise layer (groups = channels, multiplier 1, no dilation). */
export function lowerDepthwise(ctx: LowerContext, name: string, s: ConvShape, mode: ArrayMode, x: ActTensor, y: ActTensor, weights: ArrayLike<number>, r: RequantSpec): void {
  const { hw, d } = ctx;
  const C = hw.array.cols;
  const bits = d.elementBits[mode];
  if (s.dh !== 1 || s.dw !== 1) mapFail('MAP004', name, `dilated depthwise convolution (${s.dh}x${s.dw}) is not supported`);
  if ((C * bits) % 8 !== 0 && s.cin > C) mapFail('MAP004', name, `channel groups of ${C} ${bits}-bit elements are not whole bytes`);
  const halves = bufferHalves(d);
  const inRowBytes = d.rowBytes.input;
  const wp = (s.ow - 1) * s.sw + s.kw;
  const taps = s.kh * s.kw;
  const groups = Math.ceil(s.cin / C);
  const maxGroupBytes = Math.ceil((Math.min(C, s.cin) * bits) / 8);
  const pixelRows = Math.ceil(maxGroupBytes / inRowBytes);
  const tapRows = Math.ceil(maxGroupBytes / d.rowBytes.weight);
  let band = Math.min(s.oh, Math.floor(halves.accumulator / s.ow), Math.floor(halves.output / s.ow), Math.floor(65535 / s.ow));
  while (band > 0 && ((band - 1) * s.sh + s.kh) * wp * pixelRows > halves.input) band--;
  if (band < 1 || taps * tapRows > halves.weight) {
    mapFail('MAP001', name, `one output row needs ${(s.kh * wp * pixelRows)} input rows, ${s.ow} accumulator and output rows and ${taps * tapRows} weight rows; per half the machine has ${halves.input} input, ${halves.output} output, ${halves.weight} weight rows (and ${halves.accumulator} accumulator rows)`);
  }
  if (wp > 1023 || (band - 1) * s.sh + s.kh > 1023 || s.kh > 63 || s.kw > 63 || s.sh > 63 || s.sw > 63) mapFail('MAP005', name, 'DEPTHWISE fields: padded band width/height ≤ 1023, kernel and stride ≤ 63');
  // Weights: per channel group, tap t at rows t·tapRows; params: one 3-row block per group.
  // DEPTHWISE derives its pixel and tap strides from its own `channels`, so the last group may be narrower.
  const groupBytes = (g: number) => Math.ceil((Math.min(C, s.cin - g * C) * bits) / 8);
  const tapRowsOf = (g: number) => Math.ceil(groupBytes(g) / d.rowBytes.weight);
  const groupWeightBytes = taps * tapRows * d.rowBytes.weight;
  const packed = new Uint8Array(groups * groupWeightBytes);
  for (let ch = 0; ch < s.cin; ch++) {
    const g = Math.floor(ch / C);
    for (let t = 0; t < taps; t++) setElement(packed, g * groupWeightBytes + t * tapRowsOf(g) * d.rowBytes.weight, ch % C, bits, weights[ch * taps + t]!);
  }
  const wAddr = ctx.dram.add(packed);
  const pAddr = ctx.dram.add(paramBytes(y, r, C));
  const out = requantOutput(y, r);
  const inHalf = new HalfSwitch<number>(0, halves.input);
  const wHalf = new HalfSwitch<number>(0, halves.weight);
  const pHalf = new HalfSwitch<number>(0, halves.param);
  const fillByte = padByte(x);
  let outHalf = 0;
  let bandIndex = 0;
  for (let g = 0; g < groups; g++) {
    const c0 = g * C;
    const cg = Math.min(C, s.cin - c0);
    const cgBytes = groupBytes(g);
    const pixelRows = Math.ceil(cgBytes / inRowBytes);
    for (let oy0 = 0; oy0 < s.oh; oy0 += band) {
      const oy1 = Math.min(s.oh, oy0 + band);
      const hb = (oy1 - oy0 - 1) * s.sh + s.kh;
      const tile = newTile(`channels ${c0}..${c0 + cg - 1} output rows ${oy0}..${oy1 - 1}`);
      const base = inHalf.use(bandIndex++).row;
      const top = oy0 * s.sh - s.pt; // input row of tile row 0
      const r0 = Math.max(0, -top);
      const r1 = Math.min(hb, s.h - top);
      const q1 = Math.min(wp, s.w + s.pl);
      for (let k = 0; k * inRowBytes < cgBytes; k++) {
        const len = Math.min(inRowBytes, cgBytes - k * inRowBytes);
        const load = (rr0: number, rr1: number, qq0: number, qq1: number, valid: boolean) => {
          if (rr1 <= rr0 || qq1 <= qq0) return;
          const fields: InstructionFields<'LOAD'> = {
            buffer: 'input', sramRow: base + (rr0 * wp + qq0) * pixelRows + k, sramByte: 0, bytesPerRow: len, rows: qq1 - qq0,
            sramRowStride: pixelRows, dramAddr: valid ? x.dramAddr + ((top + rr0) * s.w + qq0 - s.pl) * x.pixBytes + (c0 * bits) / 8 + k * inRowBytes : 0,
            dramRowStride: valid ? x.pixBytes : 0, repeat: rr1 - rr0, sramOuterStride: rr1 - rr0 > 1 ? wp * pixelRows : 0,
            dramOuterStride: valid && rr1 - rr0 > 1 ? s.w * x.pixBytes : 0, fill: valid ? 0 : 1, fillByte: valid ? 0 : fillByte,
          };
          push(tile.loads, 'LOAD', fields, `input band rows ${rr0}..${rr1 - 1} cols ${qq0}..${qq1 - 1} of the padded ${hb}x${wp} tile${valid ? '' : ' (padding)'}`);
        };
        load(r0, r1, s.pl, q1, true);
        load(0, r0, 0, wp, false);
        load(r1, hb, 0, wp, false);
        load(r0, r1, 0, s.pl, false);
        load(r0, r1, q1, wp, false);
      }
      const wt = wHalf.use(g);
      if (wt.load) {
        push(tile.loads, 'LOAD', {
          buffer: 'weight', sramRow: wt.row, sramByte: 0, bytesPerRow: d.rowBytes.weight, rows: taps * tapRowsOf(g), sramRowStride: 1,
          dramAddr: wAddr + g * groupWeightBytes, dramRowStride: d.rowBytes.weight, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
        }, `${taps} depthwise taps of channel group ${g}`);
      }
      const pr = pHalf.use(g);
      if (pr.load) {
        push(tile.loads, 'LOAD', {
          buffer: 'param', sramRow: pr.row, sramByte: 0, bytesPerRow: d.rowBytes.param, rows: 3, sramRowStride: 1,
          dramAddr: pAddr + 3 * g * d.rowBytes.param, dramRowStride: d.rowBytes.param, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
        }, `requant params of channel group ${g}`);
      }
      const pixels = (oy1 - oy0) * s.ow;
      push(tile.computes, 'DEPTHWISE', {
        srcRow: base, weightRow: wt.row, accRow: outHalf * halves.accumulator, channels: cg, inH: hb, inW: wp, kernelH: s.kh, kernelW: s.kw, strideH: s.sh, strideW: s.sw, accumulate: 0,
      }, `${pixels} output pixels × ${cg} channels on the vector unit`);
      const outRow = outHalf * halves.output;
      push(tile.computes, 'REQUANT', { accRow: outHalf * halves.accumulator, outRow, outByte: 0, rows: pixels, n: cg, paramRow: pr.row, addBias: 1, ...out });
      push(tile.stores, 'STORE', {
        buffer: 'output', sramRow: outRow, sramByte: 0, bytesPerRow: Math.ceil((cg * y.storageBits) / 8), rows: pixels, sramRowStride: 1,
        dramAddr: y.dramAddr + oy0 * s.ow * y.pixBytes + (c0 * y.storageBits) / 8, dramRowStride: y.pixBytes, repeat: 1, sramOuterStride: 0, dramOuterStride: 0,
      }, `→ ${y.name} @0x${y.dramAddr.toString(16)}`);
      outHalf ^= 1;
      ctx.emitter.addTile(tile);
    }
  }
}
