// The window (im2col) walk of COMPUTE window=1 (docs/ISA.md): where each output pixel's reduction elements
// lie in the input buffer. Shared by the value gather (operands.ts) and the input path's timing
// (units/window-input.ts), so the two cannot disagree about which bytes a step reads.
import type { InstructionOf } from '../../isa/instruction.js';

/** The COMPUTE fields the walk reads. */
export type WindowCompute = Pick<InstructionOf<'COMPUTE'>, 'inputRow' | 'inputByte' | 'firstPixel' | 'kOffset' | 'k'>;
/** The window state. */
export type Window = InstructionOf<'WINDOW'>;

/** Buffer byte of output pixel `pixel` of the walk (its element (0, 0) before the channel offset). */
export function windowPixelByte(i: WindowCompute, w: Window, rowBytes: number, pixel: number): number {
  const p = i.firstPixel + pixel;
  return i.inputRow * rowBytes + i.inputByte + Math.floor(p / w.outW) * w.strideH * w.pitch + (p % w.outW) * w.strideW * w.pixelBytes;
}

/**
 * Calls `run(byte, first, count, kk)` for each run of the step's reduction elements that lie in one tap:
 * `count` elements from element index `first` of the stream at buffer byte `byte`, reduction index `kk`.
 */
export function forEachWindowRun(i: WindowCompute, w: Window, pixelByte: number, run: (byte: number, first: number, count: number, kk: number) => void): void {
  for (let kk = 0; kk < i.k;) {
    const e = i.kOffset + kk;
    const tap = Math.floor(e / w.cinTap);
    const c = e % w.cinTap;
    const count = Math.min(w.cinTap - c, i.k - kk);
    const byte = pixelByte + Math.floor(tap / w.kernelW) * w.dilationH * w.pitch + (tap % w.kernelW) * w.dilationW * w.pixelBytes;
    run(byte, w.chanOffset + c, count, kk);
    kk += count;
  }
}
