// Depthwise convolution on the vector unit's MAC path (DEPTHWISE), not on the array: with one input
// channel per output channel, a weight-stationary tile would use one array row of R (utilization 1/R),
// and a block-diagonal COMPUTE tile wastes the same fraction on zeros. DEPTHWISE computes `channels`
// (≤ C) lanes per output pixel and tap; the padded input band is materialised by LOAD fill (the ISA's
// DEPTHWISE has no padding), so padded taps read the zero point exactly as the integer reference.
// Tiles: channel groups of C, bands of output rows that fit half of the input buffer.
import type { ArrayMode } from '../../isa/spec.js';
import { HalfSwitch, type LayerLowering, type LowerContext } from './context.js';
import { paramBytes, requantOutput, type RequantSpec } from './requant.js';
import { newTile, push, type Tile } from './emit.js';
import { DEPTHWISE_FIELD_MAX, MAX_BLOCK_ROWS, MAX_TRANSFER_ROWS } from './field-limits.js';
import { padByte, setElement, type ActTensor } from './layout.js';
import { mapFail } from './mapping-errors.js';
import type { ConvShape } from './conv-geometry.js';
import type { ConvSpace } from './conv-search.js';
import type { DerivedHw, HwConfig } from '../../isa/hw-config.js';
import { fillImgPadding, moveToImg } from './img-io.js';
import type { VectorTensor } from './vector-io.js';

/** Sizes shared by the tiles of one depthwise layer. */
interface DwGeometry {
  readonly s: ConvShape;
  readonly C: number;
  readonly bits: number;
  /** Weight storage bits (w4a8: 4, else as the activations). */
  readonly wBits: number;
  /** Padded band width: the columns the output row's windows span. */
  readonly wp: number;
  readonly taps: number;
  /** Output rows per band. */
  readonly band: number;
  /** Bytes of channel group g's elements (the last group may be narrower: DEPTHWISE derives its strides from `channels`). */
  readonly groupBytes: (g: number) => number;
}

/** A depthwise layer (groups = channels, multiplier 1, no dilation): constants, then its tiles, in the working rows `space`. */
export function lowerDepthwise(ctx: LowerContext, name: string, s: ConvShape, mode: ArrayMode, x: ActTensor, yv: VectorTensor, weights: ArrayLike<number>, r: RequantSpec, space: ConvSpace): LayerLowering {
  const { d } = ctx;
  const y = yv.t;
  const C = ctx.hw.array.cols;
  const bits = d.elementBits.input[mode];
  const wBits = d.elementBits.weight[mode];
  if (s.dh !== 1 || s.dw !== 1) mapFail('MAP004', name, `dilated depthwise convolution (${s.dh}x${s.dw}) is not supported`);
  if ((C * bits) % 8 !== 0 && s.cin > C) mapFail('MAP004', name, `channel groups of ${C} ${bits}-bit elements are not whole bytes`);
  const sizes: Omit<DwGeometry, 'band'> = {
    s, C, bits, wBits, wp: (s.ow - 1) * s.sw + s.kw, taps: s.kh * s.kw,
    groupBytes: (g) => Math.ceil((Math.min(C, s.cin - g * C) * bits) / 8),
  };
  const halves = workHalves(d, space);
  const g0: DwGeometry = { ...sizes, band: bandRows(ctx, name, sizes, halves) };
  const tapRowsOf = (g: number) => Math.ceil(Math.ceil((Math.min(C, s.cin - g * C) * wBits) / 8) / d.rowBytes.weight);
  const groupWeightBytes = g0.taps * tapRowsOf(0) * d.rowBytes.weight;
  const constants = [packDepthwiseWeights(weights, g0, tapRowsOf, groupWeightBytes, d.rowBytes.weight), paramBytes(y, r, C)];
  return { constants, emit: ([wAddr, pAddr]) => emitDepthwise(ctx, g0, x, yv, r, tapRowsOf, groupWeightBytes, wAddr!, pAddr!, halves) };
}

/** Rows of one half of each double-buffered memory the layer uses. */
interface Halves {
  readonly input: number;
  readonly weight: number;
  readonly param: number;
  readonly output: number;
  readonly accumulator: number;
}

/** Halves of the working rows (input and output buffers) and of the weight, param and accumulator buffers. */
function workHalves(d: DerivedHw, space: ConvSpace): Halves {
  const half = (rows: number) => Math.floor(rows / 2);
  return { input: half(space.inputRows), weight: half(d.bufferRows.weight), param: half(d.bufferRows.param), output: half(space.outputRows), accumulator: half(d.bufferRows.accumulator) };
}

/** Predicted cycles of the vector-unit lowering: DEPTHWISE and REQUANT share the vector unit; loads overlap. */
export function depthwiseVectorCycles(s: ConvShape, hw: HwConfig): number {
  const C = hw.array.cols;
  const lanes = hw.vector.lanes;
  let cycles = 0;
  for (let c0 = 0; c0 < s.cin; c0 += C) cycles += s.oh * s.ow * (s.kh * s.kw + 1) * Math.ceil(Math.min(C, s.cin - c0) / lanes);
  return cycles;
}

function emitDepthwise(ctx: LowerContext, g0: DwGeometry, x: ActTensor, yv: VectorTensor, r: RequantSpec, tapRowsOf: (g: number) => number, groupWeightBytes: number, wAddr: number, pAddr: number, halves: Halves): void {
  const { d } = ctx;
  const { s, C } = g0;
  const y = yv.t;
  const out = requantOutput(y, r);
  const inHalf = new HalfSwitch<number>(0, halves.input);
  const wHalf = new HalfSwitch<number>(0, halves.weight);
  const pHalf = new HalfSwitch<number>(0, halves.param);
  let outHalf = 0;
  let bandIndex = 0;
  let first = true;
  for (let g = 0; g * C < s.cin; g++) {
    const c0 = g * C;
    const cg = Math.min(C, s.cin - c0);
    for (let oy0 = 0; oy0 < s.oh; oy0 += g0.band) {
      const oy1 = Math.min(s.oh, oy0 + g0.band);
      const hb = (oy1 - oy0 - 1) * s.sh + s.kh;
      const tile = newTile(`channels ${c0}..${c0 + cg - 1} output rows ${oy0}..${oy1 - 1}`);
      if (first && yv.img !== undefined) fillImgPadding(tile, ctx, y, yv.img);
      first = false;
      const base = inHalf.use(bandIndex++).row;
      bandLoads(tile, ctx, g0, x, g, oy0, hb, base);
      const wt = wHalf.use(g);
      const rowBytesW = d.rowBytes.weight;
      if (wt.load) {
        push(tile.loads, 'LOAD', {
          buffer: 'weight', sramRow: wt.row, sramByte: 0, bytesPerRow: rowBytesW, rows: g0.taps * tapRowsOf(g), sramRowStride: 1,
          dramAddr: wAddr + g * groupWeightBytes, dramRowStride: rowBytesW, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
        }, `${g0.taps} depthwise taps of channel group ${g}`);
      }
      const pr = pHalf.use(g);
      if (pr.load) {
        push(tile.loads, 'LOAD', {
          buffer: 'param', sramRow: pr.row, sramByte: 0, bytesPerRow: d.rowBytes.param, rows: 3, sramRowStride: 1,
          dramAddr: pAddr + 3 * g * d.rowBytes.param, dramRowStride: d.rowBytes.param, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
        }, `requant params of channel group ${g}`);
      }
      const pixels = (oy1 - oy0) * s.ow;
      const accRow = outHalf * halves.accumulator;
      // The result goes into its resident output-buffer copy (its group, at a byte offset), or working rows.
      const og = yv.out === undefined ? 0 : Math.floor(c0 / yv.out.groupChannels);
      const outRow = yv.out === undefined ? outHalf * halves.output : yv.out.base + og * yv.out.pixels + oy0 * s.ow;
      const outByte = yv.out === undefined ? 0 : ((c0 - og * yv.out.groupChannels) * y.storageBits) / 8;
      push(tile.computes, 'DEPTHWISE', {
        srcRow: base, weightRow: wt.row, accRow, channels: cg, inH: hb, inW: g0.wp, kernelH: s.kh, kernelW: s.kw, strideH: s.sh, strideW: s.sw, accumulate: 0,
      }, `${pixels} output pixels × ${cg} channels on the vector unit`);
      push(tile.computes, 'REQUANT', { accRow, outRow, outByte, rows: pixels, n: cg, paramRow: pr.row, addBias: 1, ...out });
      if (yv.dram) {
        push(tile.stores, 'STORE', {
          buffer: 'output', sramRow: outRow, sramByte: outByte, bytesPerRow: Math.ceil((cg * y.storageBits) / 8), rows: pixels, sramRowStride: 1,
          dramAddr: y.dramAddr + oy0 * s.ow * y.pixBytes + (c0 * y.storageBits) / 8, dramRowStride: y.pixBytes, repeat: 1, sramOuterStride: 0, dramOuterStride: 0,
        }, `→ ${y.name} @0x${y.dramAddr.toString(16)}`);
      }
      if (yv.img !== undefined) moveToImg(ctx, y, tile, { row: outRow, byte: outByte }, c0, cg, oy0 * s.ow, pixels, yv.img);
      outHalf ^= 1;
      ctx.emitter.addTile(tile);
    }
  }
}

/** Output rows per band: the padded input band, the accumulator and output halves must hold it (MAP001/MAP005). */
function bandRows(ctx: LowerContext, name: string, g: Omit<DwGeometry, 'band'>, halves: Halves): number {
  const { d } = ctx;
  const { s, wp, taps } = g;
  const pixelRows = Math.ceil(g.groupBytes(0) / d.rowBytes.input);
  const tapRows = Math.ceil(Math.ceil((Math.min(g.C, s.cin) * g.wBits) / 8) / d.rowBytes.weight);
  let band = Math.min(s.oh, Math.floor(halves.accumulator / s.ow), Math.floor(halves.output / s.ow), Math.floor(Math.min(MAX_BLOCK_ROWS, MAX_TRANSFER_ROWS) / s.ow));
  while (band > 0 && ((band - 1) * s.sh + s.kh) * wp * pixelRows > halves.input) band--;
  if (band < 1 || taps * tapRows > halves.weight) {
    mapFail('MAP001', name, `one output row needs ${s.kh * wp * pixelRows} input rows, ${s.ow} accumulator and output rows and ${taps * tapRows} weight rows; per half the machine has ${halves.input} input, ${halves.output} output, ${halves.weight} weight rows (and ${halves.accumulator} accumulator rows)`);
  }
  const max = DEPTHWISE_FIELD_MAX;
  if (wp > max.inW || (band - 1) * s.sh + s.kh > max.inH || s.kh > max.kernelH || s.kw > max.kernelW || s.sh > max.strideH || s.sw > max.strideW) {
    mapFail('MAP005', name, `DEPTHWISE fields: padded band width/height ≤ ${Math.min(max.inW, max.inH)}, kernel and stride ≤ ${Math.min(max.kernelH, max.strideH)}`);
  }
  return band;
}

/** Per channel group, tap t at rows t·tapRows (weights [C, 1, kh, kw]), `wBits` per element. */
function packDepthwiseWeights(weights: ArrayLike<number>, g: DwGeometry, tapRowsOf: (g: number) => number, groupBytes: number, rowBytes: number): Uint8Array {
  const { s, C, taps, wBits } = g;
  const packed = new Uint8Array(Math.ceil(s.cin / C) * groupBytes);
  for (let ch = 0; ch < s.cin; ch++) {
    const grp = Math.floor(ch / C);
    for (let t = 0; t < taps; t++) setElement(packed, grp * groupBytes + t * tapRowsOf(grp) * rowBytes, ch % C, wBits, weights[ch * taps + t]!);
  }
  return packed;
}

/** The padded input band of channel group `g`: the image part from DRAM, the border rectangles as fill. */
function bandLoads(tile: Tile, ctx: LowerContext, geo: DwGeometry, x: ActTensor, g: number, oy0: number, hb: number, base: number): void {
  const { s, wp, C, bits } = geo;
  const rowBytes = ctx.d.rowBytes.input;
  const bytes = geo.groupBytes(g);
  const pixelRows = Math.ceil(bytes / rowBytes);
  const top = oy0 * s.sh - s.pt; // input row of band row 0
  // Valid band rows [r0, r1) and columns [q0, q1), clamped into the tile (a band may lie wholly in the
  // padding, and a conv's padding may exceed its kernel).
  const r0 = Math.min(hb, Math.max(0, -top));
  const r1 = Math.max(r0, Math.min(hb, s.h - top));
  const q0 = Math.min(wp, s.pl);
  const q1 = Math.max(q0, Math.min(wp, s.w + s.pl));
  for (let k = 0; k * rowBytes < bytes; k++) {
    const len = Math.min(rowBytes, bytes - k * rowBytes);
    const load = (rr0: number, rr1: number, qq0: number, qq1: number, valid: boolean) => {
      if (rr1 <= rr0 || qq1 <= qq0) return;
      push(tile.loads, 'LOAD', {
        buffer: 'input', sramRow: base + (rr0 * wp + qq0) * pixelRows + k, sramByte: 0, bytesPerRow: len, rows: qq1 - qq0,
        sramRowStride: pixelRows, dramAddr: valid ? x.dramAddr + ((top + rr0) * s.w + qq0 - s.pl) * x.pixBytes + (g * C * bits) / 8 + k * rowBytes : 0,
        dramRowStride: valid ? x.pixBytes : 0, repeat: rr1 - rr0, sramOuterStride: rr1 - rr0 > 1 ? wp * pixelRows : 0,
        dramOuterStride: valid && rr1 - rr0 > 1 ? s.w * x.pixBytes : 0, fill: valid ? 0 : 1, fillByte: valid ? 0 : padByte(x),
      }, `input band rows ${rr0}..${rr1 - 1} cols ${qq0}..${qq1 - 1} of the padded ${hb}x${wp} tile${valid ? '' : ' (padding)'}`);
    };
    load(r0, r1, q0, q1, true);
    load(0, r0, 0, wp, false);
    load(r1, hb, 0, wp, false);
    load(r0, r1, 0, q0, false);
    load(r0, r1, q1, wp, false);
  }
}
