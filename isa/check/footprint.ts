// What each opcode reads and writes, per the ISA's semantics (isa/spec.ts), in one place: the output
// grids of POOL and DEPTHWISE, DEPTHWISE's rows per pixel and per tap, the DRAM extent of a transfer, the
// SRAM rows and DRAM bytes the static hazard checker compares across queues, and the extents the
// machine's hazard and deferral rules need. The bounds checker, the hazard checker, the machine and the
// vector unit all read it, so the footprint of an opcode is written once.
import type { DerivedHw, HwConfig } from '../hw-config.js';
import { assertNever, handlerOf, type Instruction, type InstructionHandlers, type InstructionOf } from '../instruction.js';
import { MODE_ELEMENT_BITS, type ArrayMode, type BufferName } from '../spec.js';

/** Output grid of a POOL: (padded extent − window) / stride + 1 per axis. */
export function poolOutputGrid(i: InstructionOf<'POOL'>): { outH: number; outW: number } {
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

/** Buffer rows one DEPTHWISE input pixel (input buffer) and one kernel tap (weight buffer) span. */
export function depthwiseRowSpans(channels: number, elementBits: number, inputRowBytes: number, weightRowBytes: number): { pixelRows: number; tapRows: number } {
  const bytes = Math.ceil((channels * elementBits) / 8);
  return { pixelRows: Math.ceil(bytes / inputRowBytes), tapRows: Math.ceil(bytes / weightRowBytes) };
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
  CONFIG: no, HALT: no, LOAD_WEIGHTS: no, COMPUTE: no, POOL: no, ADD: no, PACK: no,
  LOAD: onAccumulator, STORE: onAccumulator,
  REQUANT: yes, DEPTHWISE: yes,
};

/** Instructions that read or write the accumulator other than through the array. */
export function touchesAccumulatorOutsideArray(i: Instruction): boolean {
  return handlerOf(ACCUMULATOR_OUTSIDE_ARRAY, i)(i);
}

/** Bytes [lo, hi) of its buffer a LOAD writes: the bounding range of its rows (rows of `rowBytes`). */
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
 * SRAM and DRAM footprint of one instruction under the current array mode, on machine `hw` (derived
 * values `d`): what the static hazard checker compares across queues. A partial-row LOAD counts as
 * touching the whole row, which is conservative.
 */
export function accessesOf(i: Instruction, mode: ArrayMode, hw: HwConfig, d: DerivedHw): { rows: RowAccess[]; dram: DramAccess[] } {
  const rows: RowAccess[] = [];
  const dram: DramAccess[] = [];
  const use = (buffer: BufferName, first: number, count: number, write: boolean) => rows.push({ buffer, first, count, write });
  const P = hw.array.macsPerPePerCycle[mode];
  const rpvIn = d.rowsPerVector.input[mode];
  const rpvW = d.rowsPerVector.weight[mode];
  switch (i.op) {
    case 'CONFIG':
    case 'HALT':
      break;
    case 'LOAD':
    case 'STORE': {
      const load = i.op === 'LOAD';
      for (let o = 0; o < i.repeat; o++) {
        for (let r = 0; r < i.rows; r++) {
          use(i.buffer, i.sramRow + o * i.sramOuterStride + r * i.sramRowStride, 1, load);
          if (!(load && i.fill === 1)) dram.push({ addr: i.dramAddr + o * i.dramOuterStride + r * i.dramRowStride, bytes: i.bytesPerRow, write: !load });
        }
      }
      break;
    }
    case 'LOAD_WEIGHTS':
      use('weight', i.weightRow, Math.ceil(i.k / P) * rpvW, false);
      break;
    case 'COMPUTE': {
      const vectors = Math.ceil(i.k / P);
      if (hw.array.dataflow === 'ws') {
        for (let m = 0; m < i.m; m++) use('input', i.inputRow + m * i.inputRowStride, rpvIn, false);
      } else {
        for (let j = 0; j < vectors; j++) use('input', i.inputRow + j * i.inputRowStride, rpvIn, false);
        use('weight', i.weightRow, vectors * rpvW, false);
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
    case 'DEPTHWISE': {
      const { pixelRows, tapRows } = depthwiseRowSpans(i.channels, MODE_ELEMENT_BITS[mode], d.rowBytes.input, d.rowBytes.weight);
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
