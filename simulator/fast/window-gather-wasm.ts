// The window (im2col) matrix of an int8 ws batch gathered by the WebAssembly kernel straight into one of its
// kept slots, widened to i16 on the way (gather16 in gemm-kernel.wat): no JavaScript copy loop, no copy into
// the kernel and no widening pass before each GEMM, and a matrix the batch multiplies again (the next group
// of output-channel tiles over the same band: gathered-windows.ts) is multiplied from the slot as it is.
// The input bytes the slices read are copied into the kernel's scratch once (one native copy of the band).
// Property-tested equal to gatherWindow8 (window-gather.ts) and the readable gather.
import type { WasmInt8Gemm } from './gemm-wasm.js';
import type { SegmentColumns } from './gathered-windows.js';
import { pixelRuns, pixelRunTables, pixelStarts, sliceEnd } from './window-gather.js';

/** Per slice: first row-start index, first run index, run count, column, in the tables below (scratch). */
let sliceInfo: Int32Array = new Int32Array(64);
/** Row starts (M per slice) and runs (offset, length pairs), in input-buffer bytes (scratch). */
let rowTable: Int32Array = new Int32Array(1024);
let runTable: Int32Array = new Int32Array(256);

/**
 * Gathers the M × K matrix of segments [0, T) of `c` (8-bit elements of `bytes`, an input buffer of `rowBytes`
 * rows; bytes past its end read as 0) into the kernel's kept slot `slot`, widened (zero-extended when
 * `unsigned`); returns the stamp `gemmKept` takes. A segment without a WINDOW reads row inputRow + r·stride.
 */
export function gatherKept(
  kernel: WasmInt8Gemm, slot: number, c: SegmentColumns, T: number, M: number, K: number, bytes: Uint8Array, rowBytes: number, unsigned: boolean,
): number {
  let slices = 0;
  let rows = 0;
  let runs = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let t = 0, col = 0; t < T; slices++) {
    const win = c.refWin[t];
    const end = win === undefined ? t + 1 : sliceEnd(c, T, t);
    let k = 0;
    for (let j = t; j < end; j++) k += c.refK[j]!;
    if (sliceInfo.length < 4 * (slices + 1)) sliceInfo = grown(sliceInfo, 8 * (slices + 1));
    if (rowTable.length < rows + M) rowTable = grown(rowTable, 2 * (rows + M));
    let n = 1;
    if (win === undefined) {
      if (runTable.length < 2 * runs + 2) runTable = grown(runTable, 4 * runs + 4);
      for (let r = 0, s = c.refStride[t]! * rowBytes, from = c.refRow[t]! * rowBytes; r < M; r++, from += s) rowTable[rows + r] = from;
      runTable[2 * runs] = 0;
      runTable[2 * runs + 1] = k;
    } else {
      const slice = { inputRow: c.refRow[t]!, inputByte: c.refByte[t]!, firstPixel: c.refPixel[t]!, kOffset: c.refKOff[t]!, k };
      n = pixelRuns(slice, win);
      const { offset, length } = pixelRunTables();
      if (runTable.length < 2 * (runs + n)) runTable = grown(runTable, 4 * (runs + n));
      for (let q = 0; q < n; q++) {
        runTable[2 * (runs + q)] = offset[q]!;
        runTable[2 * (runs + q) + 1] = length[q]!;
      }
      pixelStarts(rowBytes, slice, win, M, rowTable, rows);
    }
    // The bytes this slice reads: its rows' starts plus its runs' extent.
    let first = Infinity;
    let last = -Infinity;
    for (let q = runs; q < runs + n; q++) {
      first = Math.min(first, runTable[2 * q]!);
      last = Math.max(last, runTable[2 * q]! + runTable[2 * q + 1]!);
    }
    for (let r = rows; r < rows + M; r++) {
      lo = Math.min(lo, rowTable[r]! + first);
      hi = Math.max(hi, rowTable[r]! + last);
    }
    sliceInfo[4 * slices] = rows;
    sliceInfo[4 * slices + 1] = runs;
    sliceInfo[4 * slices + 2] = n;
    sliceInfo[4 * slices + 3] = col;
    rows += M;
    runs += n;
    col += k;
    t = end;
  }
  const { offset: dst, stamp, kp } = kernel.keep(slot, M, K);
  const tableBytes = 4 * (rows + 2 * runs);
  const at = kernel.scratch(tableBytes + (hi - lo));
  const memory = kernel.memory(); // (after keep and scratch: they may grow it)
  new Int32Array(memory, at, rows).set(rowTable.subarray(0, rows));
  new Int32Array(memory, at + 4 * rows, 2 * runs).set(runTable.subarray(0, 2 * runs));
  // The band [lo, hi) of the input buffer, zero where it lies outside the buffer.
  const band = new Uint8Array(memory, at + tableBytes, hi - lo);
  const from = Math.max(lo, 0);
  const to = Math.min(hi, bytes.length);
  if (from > lo || to < hi) band.fill(0);
  if (to > from) band.set(bytes.subarray(from, to), from - lo);
  for (let s = 0; s < slices; s++) {
    const j = 4 * s;
    kernel.gather16(at + tableBytes - lo, at + 4 * sliceInfo[j]!, at + 4 * rows + 8 * sliceInfo[j + 1]!, sliceInfo[j + 2]!, M, dst, kp, sliceInfo[j + 3]!, s === slices - 1 ? K : kp, unsigned);
  }
  return stamp;
}

/** A copy of `a` with room for `length` values. */
function grown(a: Int32Array, length: number): Int32Array {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}
