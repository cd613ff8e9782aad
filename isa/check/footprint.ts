// What each opcode reads and writes, per the ISA's semantics (isa/spec.ts), in one place: the output
// grids of POOL and DEPTHWISE, DEPTHWISE's rows per pixel and per tap, the DRAM extent of a transfer, the
// SRAM rows and DRAM bytes the static hazard checker compares across queues, and the extents the
// machine's hazard and deferral rules need. The bounds checker, the hazard checker, the machine and the
// vector unit all read it, so the footprint of an opcode is written once.
import { InternalError } from '../../core/diagnostics.js';
import type { DerivedHw, HwConfig } from '../hw-config.js';
import { assertNever, handlerOf, type Instruction, type InstructionHandlers, type InstructionOf } from '../instruction.js';
import { MODE_OPERAND_BITS, tileWeightVectors, type ArrayMode, type BufferName } from '../spec.js';

/** Output grid of a POOL: (padded extent − window) / stride + 1 per axis. */
export function poolOutputGrid(i: InstructionOf<'POOL'> | InstructionOf<'FPOOL'>): { outH: number; outW: number } {
  return {
    outH: Math.floor((i.inH + i.padTop + i.padBottom - i.kernelH) / i.strideH) + 1,
    outW: Math.floor((i.inW + i.padLeft + i.padRight - i.kernelW) / i.strideW) + 1,
  };
}

/** Output grid of a DEPTHWISE (its input is already padded): (extent − kernel) / stride + 1 per axis. */
export function depthwiseOutputGrid(i: InstructionOf<'DEPTHWISE'>): { outH: number; outW: number } {
  return {
    outH: Math.floor((i.inH - i.kernelH) / i.strideH) + 1,
    outW: Math.floor((i.inW - i.kernelW) / i.strideW) + 1,
  };
}

/** Output pixels of a DEPTHWISE: one accumulator row each. */
export function depthwiseOutputs(i: InstructionOf<'DEPTHWISE'>): number {
  const { outH, outW } = depthwiseOutputGrid(i);
  return outH * outW;
}

/** Buffer rows one DEPTHWISE input pixel (input buffer, `inputBits` per element) and one kernel tap (weight buffer) span. */
export function depthwiseRowSpans(
  channels: number, inputBits: number, weightBits: number, inputRowBytes: number, weightRowBytes: number,
): { pixelRows: number; tapRows: number } {
  const bytes = (bits: number) => Math.ceil((channels * bits) / 8);
  return { pixelRows: Math.ceil(bytes(inputBits) / inputRowBytes), tapRows: Math.ceil(bytes(weightBits) / weightRowBytes) };
}

/** Param-buffer rows a LUT's table spans: 2^srcBits one-byte entries from the start of its row. */
export function lutTableRows(srcBits: number, paramRowBytes: number): number {
  return Math.ceil(2 ** srcBits / paramRowBytes);
}

/** Buffer rows a row of `elems` FP32 elements spans (the float datapath's rows: 4 bytes per element, isa/float-opcodes.ts). */
export function fp32Rows(elems: number, rowBytes: number): number {
  return Math.ceil((4 * elems) / rowBytes);
}

/** Input-buffer rows a CVT_IN writes: [first, last] of its `rows` destination runs of `elems` bytes. */
export function cvtInRows(i: InstructionOf<'CVT_IN'>, rowBytes: number): [number, number] {
  return [i.dstRow, i.dstRow + (i.rows - 1) * i.dstRowStride + Math.floor((i.dstByte + i.elems - 1) / rowBytes)];
}

/** One past the last DRAM byte a LOAD or STORE walks (strides are unsigned fields). */
export function transferDramEnd(i: InstructionOf<'LOAD'> | InstructionOf<'STORE'>): number {
  return i.dramAddr + (i.repeat - 1) * i.dramOuterStride + (i.rows - 1) * i.dramRowStride + i.bytesPerRow;
}

const yes = () => true;
const no = () => false;
const onAccumulator = (i: { readonly buffer: BufferName }) => i.buffer === 'accumulator';
/** Per opcode: does it read or write the accumulator other than through the array? */
const ACCUMULATOR_OUTSIDE_ARRAY: InstructionHandlers<boolean> = {
  CONFIG: no, HALT: no, WINDOW: no, LOAD_WEIGHTS: no, COMPUTE: no, POOL: no, ADD: no, PACK: no, LUT: no,
  MOVE: no, // the bounds checker refuses a MOVE on the accumulator
  LOAD: onAccumulator, STORE: onAccumulator,
  REQUANT: yes, DEPTHWISE: yes,
  CVT_IN: no, CVT_OUT: yes, FPOOL: no, FADD: no,
};

/** Instructions that read or write the accumulator other than through the array. */
export function touchesAccumulatorOutsideArray(i: Instruction): boolean {
  return handlerOf(ACCUMULATOR_OUTSIDE_ARRAY, i)(i);
}

/** The rows [first, last] of a buffer with `rowBytes`-byte rows that a step of `bytes` bytes from byte `byte` of row `row` touches. */
export function stepRows(row: number, byte: number, bytes: number, rowBytes: number): [number, number] {
  return [row + Math.floor(byte / rowBytes), row + Math.floor((byte + bytes - 1) / rowBytes)];
}

/** Bytes [lo, hi) of its buffer a LOAD writes: the bounding range of its steps (rows of `rowBytes`). */
export function loadByteRange(i: InstructionOf<'LOAD'>, rowBytes: number): [number, number] {
  const outer = (i.repeat - 1) * i.sramOuterStride;
  const inner = (i.rows - 1) * i.sramRowStride;
  const lo = i.sramRow + Math.min(0, outer) + Math.min(0, inner);
  const hi = i.sramRow + Math.max(0, outer) + Math.max(0, inner);
  return [lo * rowBytes + i.sramByte, hi * rowBytes + i.sramByte + i.bytesPerRow];
}

/** DRAM bytes [lo, hi) a STORE writes: the bounding range of its rows. */
export function storeDramRange(i: InstructionOf<'STORE'>): [number, number] {
  const outer = (i.repeat - 1) * i.dramOuterStride;
  const inner = (i.rows - 1) * i.dramRowStride;
  return [i.dramAddr + Math.min(0, outer) + Math.min(0, inner), i.dramAddr + Math.max(0, outer) + Math.max(0, inner) + i.bytesPerRow];
}

/**
 * Min and max over e in [lo, hi] of Σ_j digit_j(e)·weights[j], where the digits of e are taken in the mixed
 * radix `radices` (least significant first; the digit above the last radix is unbounded) and every weight is
 * non-negative. The maximum is at hi or at some "hi with digit j lowered by one and every digit below it at
 * its top", the minimum at lo or at some "lo with digit j raised by one and every digit below it 0": any other
 * e is digit-wise dominated by one of those inside the range.
 */
export function digitSumRange(lo: number, hi: number, radices: readonly number[], weights: readonly number[]): [number, number] {
  digitSumRangeInto(SCRATCH_RANGE, 0, lo, hi, radices, weights);
  return [SCRATCH_RANGE[0]!, SCRATCH_RANGE[1]!];
}

/** digitSumRange's min and max into out[at], out[at + 1] (no allocation: the simulator asks this for every
 *  window COMPUTE it batches). */
function digitSumRangeInto(out: Float64Array, at: number, lo: number, hi: number, radices: readonly number[], weights: readonly number[]): void {
  let min = digitSum(lo, radices, weights);
  let max = digitSum(hi, radices, weights);
  let base = 1;
  for (let j = 0; j < radices.length; j++) {
    base *= radices[j]!;
    const below = Math.floor(hi / base) * base - 1;
    if (below >= lo) max = Math.max(max, digitSum(below, radices, weights));
    const above = (Math.floor(lo / base) + 1) * base;
    if (above <= hi) min = Math.min(min, digitSum(above, radices, weights));
  }
  out[at] = min;
  out[at + 1] = max;
}

/** Σ_j digit_j(e)·weights[j] of e in the mixed radix `radices` (see digitSumRange). */
function digitSum(e: number, radices: readonly number[], weights: readonly number[]): number {
  let v = 0;
  let rest = e;
  for (let j = 0; j < radices.length; j++) {
    const r = radices[j]!;
    v += (rest % r) * weights[j]!;
    rest = Math.floor(rest / r);
  }
  return v + rest * weights[radices.length]!;
}

// Reused by the two functions above and below (synchronous, never re-entered).
const SCRATCH_RANGE = new Float64Array(4);
const PIXEL_RADICES = [0];
const PIXEL_WEIGHTS = [0, 0];
const ELEMENT_RADICES = [0, 0];
const ELEMENT_WEIGHTS = [0, 0, 0];

/**
 * Input-buffer bytes [lo, hi) a COMPUTE window=1 reads: the exact least and greatest bytes of its elements
 * (output pixels firstPixel … firstPixel + pixels − 1, reduction elements kOffset … kOffset + k − 1) under
 * the window `w` with `bits`-bit activations. Rows between them may not all be read: this is the bounding range.
 */
export function windowByteRange(
  i: Pick<InstructionOf<'COMPUTE'>, 'inputRow' | 'inputByte' | 'firstPixel' | 'kOffset' | 'k'>, pixels: number,
  w: InstructionOf<'WINDOW'>, bits: number, rowBytes: number,
): [number, number] {
  const out = new Float64Array(2);
  windowByteRangeInto(out, i, pixels, w, bits, rowBytes);
  return [out[0]!, out[1]!];
}

/** windowByteRange into out[0] (lo) and out[1] (hi), allocating nothing (the simulator's per-COMPUTE form);
 *  `k` reduction elements from i.kOffset (a run's whole reduction: tiles · i.k). */
export function windowByteRangeInto(
  out: Float64Array, i: Pick<InstructionOf<'COMPUTE'>, 'inputRow' | 'inputByte' | 'firstPixel' | 'kOffset' | 'k'>, pixels: number,
  w: InstructionOf<'WINDOW'>, bits: number, rowBytes: number, k = i.k,
): void {
  const r = SCRATCH_RANGE;
  PIXEL_RADICES[0] = w.outW;
  PIXEL_WEIGHTS[0] = w.strideW * w.pixelBytes * 8;
  PIXEL_WEIGHTS[1] = w.strideH * w.pitch * 8;
  digitSumRangeInto(r, 0, i.firstPixel, i.firstPixel + pixels - 1, PIXEL_RADICES, PIXEL_WEIGHTS);
  ELEMENT_RADICES[0] = w.cinTap;
  ELEMENT_RADICES[1] = w.kernelW;
  ELEMENT_WEIGHTS[0] = bits;
  ELEMENT_WEIGHTS[1] = w.dilationW * w.pixelBytes * 8;
  ELEMENT_WEIGHTS[2] = w.dilationH * w.pitch * 8;
  digitSumRangeInto(r, 2, i.kOffset, i.kOffset + k - 1, ELEMENT_RADICES, ELEMENT_WEIGHTS);
  const base = (i.inputRow * rowBytes + i.inputByte) * 8 + w.chanOffset * bits;
  out[0] = Math.floor((base + r[0]! + r[2]!) / 8);
  out[1] = Math.floor((base + r[1]! + r[3]! + bits - 1) / 8) + 1;
}

/**
 * The E8M0 scale-side-buffer index an MX COMPUTE window=1 reads for its row `r` (isa/spec.ts COMPUTE): the
 * pixel of the tile's tap (the byte of its channel 0) in pixels of W.pixelBytes, ceil(pixelBytes / 32) blocks
 * per pixel, the block of the tile's first channel (the chunk rule keeps a tile inside one block).
 */
export function mxScaleIndex(i: Pick<InstructionOf<'COMPUTE'>, 'inputRow' | 'inputByte' | 'firstPixel' | 'kOffset'>, w: InstructionOf<'WINDOW'>, rowBytes: number, r: number): number {
  const p = i.firstPixel + r;
  const tap = Math.floor(i.kOffset / w.cinTap);
  const pixel = i.inputRow * rowBytes + i.inputByte + (Math.floor(p / w.outW) * w.strideH + Math.floor(tap / w.kernelW) * w.dilationH) * w.pitch
    + ((p % w.outW) * w.strideW + (tap % w.kernelW) * w.dilationW) * w.pixelBytes;
  return Math.floor(pixel / w.pixelBytes) * Math.ceil(w.pixelBytes / 32) + Math.floor((w.chanOffset + (i.kOffset % w.cinTap)) / 32);
}

/** Pixels a COMPUTE walks: m output rows (os: at most the array rows, as the bounds checker requires). */
export function computePixels(i: Pick<InstructionOf<'COMPUTE'>, 'm'>, hw: HwConfig): number {
  return hw.array.dataflow === 'ws' ? i.m : Math.min(i.m, hw.array.rows);
}

/** A run of `count` rows from `first`, read or written. */
export interface RowAccess {
  readonly buffer: BufferName;
  readonly first: number;
  readonly count: number;
  readonly write: boolean;
}

/** A DRAM byte range [addr, addr + bytes) read (LOAD) or written (STORE). */
export interface DramAccess {
  readonly addr: number;
  readonly bytes: number;
  readonly write: boolean;
}

/**
 * SRAM and DRAM footprint of one instruction under the current array mode and window state (the last CONFIG
 * and WINDOW before it), on machine `hw` (derived values `d`): what the static hazard checker compares
 * across queues. A partial-row step counts as touching the whole row, and a window COMPUTE as reading every
 * row of its bounding byte range, which is conservative.
 */
export function accessesOf(
  i: Instruction, mode: ArrayMode, hw: HwConfig, d: DerivedHw, window?: InstructionOf<'WINDOW'>,
): { rows: RowAccess[]; dram: DramAccess[] } {
  const rows: RowAccess[] = [];
  const dram: DramAccess[] = [];
  const use = (buffer: BufferName, first: number, count: number, write: boolean) => rows.push({ buffer, first, count, write });
  const P = hw.array.macsPerPePerCycle[mode];
  const rpvIn = d.rowsPerVector.input[mode];
  const rpvW = d.rowsPerVector.weight[mode];
  switch (i.op) {
    case 'CONFIG':
    case 'HALT':
    case 'WINDOW':
      break;
    case 'MOVE': {
      const rbS = d.rowBytes[i.srcBuffer];
      const rbD = d.rowBytes[i.dstBuffer];
      for (let o = 0; o < i.repeat; o++) {
        for (let r = 0; r < i.rows; r++) {
          const [s0, s1] = stepRows(i.srcRow + o * i.srcOuterStride + r * i.srcRowStride, i.srcByte, i.bytesPerRow, rbS);
          use(i.srcBuffer, s0, s1 - s0 + 1, false);
          const [d0, d1] = stepRows(i.dstRow + o * i.dstOuterStride + r * i.dstRowStride, i.dstByte, i.bytesPerRow, rbD);
          use(i.dstBuffer, d0, d1 - d0 + 1, true);
        }
      }
      break;
    }
    case 'LOAD':
    case 'STORE': {
      const load = i.op === 'LOAD';
      const rb = d.rowBytes[i.buffer];
      for (let o = 0; o < i.repeat; o++) {
        for (let r = 0; r < i.rows; r++) {
          const [r0, r1] = stepRows(i.sramRow + o * i.sramOuterStride + r * i.sramRowStride, i.sramByte, i.bytesPerRow, rb);
          use(i.buffer, r0, r1 - r0 + 1, load);
          if (!(load && i.fill === 1)) dram.push({ addr: i.dramAddr + o * i.dramOuterStride + r * i.dramRowStride, bytes: i.bytesPerRow, write: !load });
        }
      }
      break;
    }
    case 'LOAD_WEIGHTS':
      use('weight', i.weightRow, tileWeightVectors(mode, i.k, P) * rpvW, false);
      break;
    case 'COMPUTE': {
      const vectors = Math.ceil(i.k / P);
      // A run (isa/compute-run.ts) latches its tiles from the weight buffer and reads all their reduction elements.
      if (i.tiles > 0) use('weight', i.weightRow, (i.tiles - 1) * i.tileRowStride + vectors * rpvW, false);
      if (i.window === 1) {
        if (window === undefined) throw new InternalError('a window COMPUTE before any WINDOW (the bounds checker refuses it)');
        const rb = d.rowBytes.input;
        const [lo, hi] = windowByteRange(i.tiles > 0 ? { ...i, k: i.tiles * i.k } : i, computePixels(i, hw), window, MODE_OPERAND_BITS[mode].input, rb);
        use('input', Math.floor(lo / rb), Math.floor((hi - 1) / rb) - Math.floor(lo / rb) + 1, false);
        if (hw.array.dataflow === 'os') use('weight', i.weightRow, tileWeightVectors(mode, i.k, P) * rpvW, false);
      } else if (hw.array.dataflow === 'ws') {
        for (let m = 0; m < i.m; m++) use('input', i.inputRow + m * i.inputRowStride, rpvIn, false);
      } else {
        for (let j = 0; j < vectors; j++) use('input', i.inputRow + j * i.inputRowStride, rpvIn, false);
        use('weight', i.weightRow, tileWeightVectors(mode, i.k, P) * rpvW, false);
      }
      use('accumulator', i.accRow, i.m, true);
      break;
    }
    case 'REQUANT':
      use('accumulator', i.accRow, i.rows, false);
      use('param', i.paramRow, 3, false);
      use('output', i.outRow, i.rows, true);
      break;
    case 'POOL': {
      const { outH, outW } = poolOutputGrid(i);
      use('output', i.srcRow, i.inH * i.inW, false);
      use('output', i.dstRow, outH * outW, true);
      break;
    }
    case 'ADD':
      use('output', i.aRow, i.rows, false);
      use('output', i.bRow, i.rows, false);
      use('output', i.dstRow, i.rows, true);
      break;
    case 'PACK':
      use('output', i.srcRow, i.rows, false);
      use('output', i.dstRow, i.rows, true);
      break;
    case 'LUT':
      use('param', i.tableRow, lutTableRows(i.srcBits, d.rowBytes.param), false);
      use('output', i.srcRow, i.rows, false);
      use('output', i.dstRow, i.rows, true);
      break;
    case 'CVT_IN': {
      const [lo, hi] = cvtInRows(i, d.rowBytes.input);
      use('output', i.srcRow, i.rows * fp32Rows(i.elems, d.rowBytes.output), false);
      use('input', lo, hi - lo + 1, true);
      break;
    }
    case 'CVT_OUT':
      use('accumulator', i.accRow, i.rows, false);
      use('param', i.paramRow, i.kind === 'int' ? 2 : 1, false);
      use('output', i.outRow, i.rows * fp32Rows(i.n, d.rowBytes.output), true);
      break;
    case 'FPOOL': {
      const span = fp32Rows(i.channels, d.rowBytes.output);
      const { outH, outW } = poolOutputGrid(i);
      use('output', i.srcRow, i.inH * i.inW * span, false);
      use('output', i.dstRow, outH * outW * span, true);
      break;
    }
    case 'FADD': {
      const span = fp32Rows(i.elems, d.rowBytes.output);
      use('output', i.aRow, i.rows * span, false);
      use('output', i.bRow, i.rows * span, false);
      use('output', i.dstRow, i.rows * span, true);
      break;
    }
    case 'DEPTHWISE': {
      const { pixelRows, tapRows } = depthwiseRowSpans(i.channels, MODE_OPERAND_BITS[mode].input, MODE_OPERAND_BITS[mode].weight, d.rowBytes.input, d.rowBytes.weight);
      use('input', i.srcRow, i.inH * i.inW * pixelRows, false);
      use('weight', i.weightRow, i.kernelH * i.kernelW * tapRows, false);
      use('accumulator', i.accRow, depthwiseOutputs(i), true);
      break;
    }
    default:
      assertNever(i);
  }
  return { rows, dram };
}
