// What an instruction touches, as the machine's hazard and deferral rules need it: accumulator access
// outside the array, DEPTHWISE's output rows, the buffer bytes a LOAD writes and the DRAM bytes a STORE writes.
import type { Instruction, InstructionOf } from '../isa/instruction.js';

/** Instructions that read or write the accumulator other than through the array. */
export function touchesAccumulatorOutsideArray(i: Instruction): boolean {
  return i.op === 'REQUANT' || i.op === 'DEPTHWISE' || ((i.op === 'LOAD' || i.op === 'STORE') && i.buffer === 'accumulator');
}

/** Output pixels of a DEPTHWISE (one accumulator row each). */
export function depthwiseOutputs(i: InstructionOf<'DEPTHWISE'>): number {
  return (Math.floor((i.inH - i.kernelH) / i.strideH) + 1) * (Math.floor((i.inW - i.kernelW) / i.strideW) + 1);
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
