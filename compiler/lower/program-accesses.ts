// Which SRAM rows and DRAM bytes each instruction reads and writes: the footprint the static hazard
// checker compares across queues. Rows follow the ISA's semantics (isa/spec.ts); a partial-row LOAD
// counts as touching the whole row, which is conservative.
import type { DerivedHw, HwConfig } from '../../isa/hw-config.js';
import { assertNever, type Instruction } from '../../isa/instruction.js';
import { MODE_ELEMENT_BITS, type ArrayMode, type BufferName } from '../../isa/spec.js';

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

/** SRAM and DRAM footprint of one instruction under the current array mode, on machine `hw` (derived values `d`). */
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
      const outH = Math.floor((i.inH + i.padTop + i.padBottom - i.kernelH) / i.strideH) + 1;
      const outW = Math.floor((i.inW + i.padLeft + i.padRight - i.kernelW) / i.strideW) + 1;
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
      const bytes = Math.ceil((i.channels * MODE_ELEMENT_BITS[mode]) / 8);
      const pixelRows = Math.ceil(bytes / d.rowBytes.input);
      const tapRows = Math.ceil(bytes / d.rowBytes.weight);
      const outPixels = (Math.floor((i.inH - i.kernelH) / i.strideH) + 1) * (Math.floor((i.inW - i.kernelW) / i.strideW) + 1);
      use('input', i.srcRow, i.inH * i.inW * pixelRows, false);
      use('weight', i.weightRow, i.kernelH * i.kernelW * tapRows, false);
      use('accumulator', i.accRow, outPixels, true);
      break;
    }
    default:
      assertNever(i);
  }
  return { rows, dram };
}
