// The window (im2col) gather for 8-bit activations without a callback per run: the M × k matrix of a
// window COMPUTE slice (output pixels firstPixel …, reduction elements kOffset …), each tap's channel run
// copied at once. Property-tested equal to gatherWindowInputs (functional/operands.ts), the readable form.
import type { Window, WindowCompute } from '../functional/window.js';
import type { SegmentColumns } from './gathered-windows.js';

/** Runs at least this long whose ends are 4-byte aligned on both sides are copied a 32-bit word at a time. A
 *  subarray and a set per run (a tap's channels of one pixel) allocated ~24 MB per ResNet-18 image. */
const WORD_RUN = 16;
/** Aligned runs at least this long are copied natively (one subarray each: few enough not to load the collector). */
const NATIVE_RUN = 256;

/**
 * Writes element (pixel r, reduction element kk) of the slice into out[r·stride + col + kk], for r < pixels
 * and kk < i.k, reading 8-bit elements from `bytes` (an input buffer of `rowBytes`-byte rows).
 */
export function gatherWindow8(
  bytes: Uint8Array, rowBytes: number, i: WindowCompute, w: Window, pixels: number, out: Uint8Array, stride: number, col: number,
): void {
  // Word views when both arrays start 4-byte aligned (a word straddling an array's end is never used).
  const words = ((bytes.byteOffset | out.byteOffset) & 3) === 0;
  const in32 = words ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2) : undefined;
  const out32 = words ? new Int32Array(out.buffer, out.byteOffset, out.length >> 2) : undefined;
  const inEnd = (bytes.length >> 2) << 2;
  const outEnd = (out.length >> 2) << 2;
  const runs = pixelRuns(i, w);
  if (starts.length < pixels) starts = new Int32Array(2 * pixels);
  pixelStarts(rowBytes, i, w, pixels, starts, 0);
  for (let r = 0; r < pixels; r++) {
    const pixel = starts[r]!;
    let to = r * stride + col;
    for (let q = 0; q < runs; q++) {
      const count = runLength[q]!;
      copyRun(bytes, in32, inEnd, out, out32, outEnd, pixel + runOffset[q]!, to, count);
      to += count;
    }
  }
}

/** Pixel start bytes of one gatherWindow8 call (scratch, grown on demand). */
let starts = new Int32Array(64);

/** Writes the input byte where each of the slice's first `pixels` output pixels starts into out[at + r]. */
export function pixelStarts(rowBytes: number, i: WindowCompute, w: Window, pixels: number, out: Int32Array, at: number): void {
  const base = i.inputRow * rowBytes + i.inputByte + w.chanOffset;
  const stepW = w.strideW * w.pixelBytes;
  const stepH = w.strideH * w.pitch;
  const p = i.firstPixel;
  let oy = Math.floor(p / w.outW);
  let ox = p - oy * w.outW;
  for (let r = 0; r < pixels; r++) {
    out[at + r] = base + oy * stepH + ox * stepW;
    if (++ox === w.outW) {
      ox = 0;
      oy++;
    }
  }
}

/** The runs of one pixel's slice: offsets from the pixel's first byte, and lengths (scratch, grown on demand). */
let runOffset = new Int32Array(64);
let runLength = new Int32Array(64);

/** The tables pixelRuns filled (read them before its next call). */
export function pixelRunTables(): { readonly offset: Int32Array; readonly length: Int32Array } {
  return { offset: runOffset, length: runLength };
}

/**
 * Fills runOffset/runLength with the byte runs each pixel of the slice reads, in reduction order; returns their
 * count. They are the same for every pixel (only its first byte moves): walked once per call, not per pixel.
 * Taps whose channel runs continue each other (a dense kernel row: tapW = cinTap) form one run.
 */
export function pixelRuns(i: WindowCompute, w: Window): number {
  const tapW = w.dilationW * w.pixelBytes;
  const tapH = w.dilationH * w.pitch;
  if (runOffset.length < i.k) [runOffset, runLength] = [new Int32Array(2 * i.k), new Int32Array(2 * i.k)];
  let tap = Math.floor(i.kOffset / w.cinTap);
  let c = i.kOffset - tap * w.cinTap;
  let ky = Math.floor(tap / w.kernelW);
  let kx = tap - ky * w.kernelW;
  let runs = 0;
  for (let left = i.k; left > 0;) {
    const count = Math.min(w.cinTap - c, left);
    const from = ky * tapH + kx * tapW + c;
    if (runs > 0 && from === runOffset[runs - 1]! + runLength[runs - 1]!) runLength[runs - 1]! += count;
    else {
      runOffset[runs] = from;
      runLength[runs++] = count;
    }
    left -= count;
    c = 0;
    if (++kx === w.kernelW) {
      kx = 0;
      ky++;
    }
  }
  return runs;
}

/** Copies bytes[from, from + count) to out[to, …): a word at a time when both ends are aligned (views given). */
function copyRun(
  bytes: Uint8Array, in32: Int32Array | undefined, inEnd: number, out: Uint8Array, out32: Int32Array | undefined, outEnd: number,
  from: number, to: number, count: number,
): void {
  if (in32 !== undefined && count >= WORD_RUN && ((from | to | count) & 3) === 0 && from + count <= inEnd && to + count <= outEnd) {
    // Long runs (a kernel row of 128+ channels) by one native copy: the view costs less than the loop.
    if (count >= NATIVE_RUN) out32!.set(in32.subarray(from >> 2, (from + count) >> 2), to >> 2);
    else for (let a = from >> 2, b = to >> 2, end = (to + count) >> 2; b < end; a++, b++) out32![b] = in32[a]!;
  } else for (let j = 0; j < count; j++) out[to + j] = bytes[from + j]!;
}

/**
 * The end of the slice that starts at window segment t of a batch: the segments after it that continue its
 * reduction through the same WINDOW and walk (kOffset running on) are gathered with it as one slice.
 */
export function sliceEnd(c: SegmentColumns, T: number, t: number): number {
  const win = c.refWin[t];
  let end = t + 1;
  let kOff = c.refKOff[t]! + c.refK[t]!;
  while (end < T && c.refWin[end] === win && c.refRow[end] === c.refRow[t] && c.refByte[end] === c.refByte[t]
    && c.refPixel[end] === c.refPixel[t] && c.refKOff[end] === kOff) {
    kOff += c.refK[end]!;
    end++;
  }
  return end;
}
