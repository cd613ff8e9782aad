// The window (im2col) gather for 8-bit activations without a callback per run: the M × k matrix of a
// window COMPUTE slice (output pixels firstPixel …, reduction elements kOffset …), each tap's channel run
// copied at once. Property-tested equal to gatherWindowInputs (functional/operands.ts), the readable form.
import type { Window, WindowCompute } from '../functional/window.js';

/** Runs at least this long are copied with set() (a subarray and a set cost more below it). */
const LONG_RUN = 48;

/**
 * Writes element (pixel r, reduction element kk) of the slice into out[r·stride + col + kk], for r < pixels
 * and kk < i.k, reading 8-bit elements from `bytes` (an input buffer of `rowBytes`-byte rows).
 */
export function gatherWindow8(
  bytes: Uint8Array, rowBytes: number, i: WindowCompute, w: Window, pixels: number, out: Uint8Array, stride: number, col: number,
): void {
  const base = i.inputRow * rowBytes + i.inputByte + w.chanOffset;
  const tapW = w.dilationW * w.pixelBytes;
  const tapH = w.dilationH * w.pitch;
  const stepW = w.strideW * w.pixelBytes;
  const stepH = w.strideH * w.pitch;
  const p = i.firstPixel;
  let oy = Math.floor(p / w.outW);
  let ox = p - oy * w.outW;
  for (let r = 0; r < pixels; r++) {
    const pixel = base + oy * stepH + ox * stepW;
    let to = r * stride + col;
    let e = i.kOffset;
    let tap = Math.floor(e / w.cinTap);
    let c = e - tap * w.cinTap;
    let ky = Math.floor(tap / w.kernelW);
    let kx = tap - ky * w.kernelW;
    for (let left = i.k; left > 0;) {
      const count = Math.min(w.cinTap - c, left);
      const from = pixel + ky * tapH + kx * tapW + c;
      if (count >= LONG_RUN) out.set(bytes.subarray(from, from + count), to);
      else for (let j = 0; j < count; j++) out[to + j] = bytes[from + j]!;
      to += count;
      left -= count;
      c = 0;
      if (++kx === w.kernelW) {
        kx = 0;
        ky++;
      }
    }
    if (++ox === w.outW) {
      ox = 0;
      oy++;
    }
  }
}
