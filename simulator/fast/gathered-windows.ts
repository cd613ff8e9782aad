// The window (im2col) matrices an int8 ws batch gathered last (int8-ws-batch.ts), kept for the batches that
// read the same walk again. The lowering streams one band of input through the array once per group of
// output-channel tiles the accumulator holds (ResNet-18: up to 4 times), each pass over the band's K chunks
// (up to 5) a batch of its own; without this ResNet-18 gathered 32.9 MB per image for ~15 MB of distinct
// matrices. A matrix is valid until a LOAD or MOVE writes the input bytes its segments read. Entries are
// numbered 0 … ENTRIES − 1: the JavaScript path keeps the bytes here (`bytes`), the WebAssembly path keeps the
// widened matrix in the kernel's kept slot of the same number (int8-ws-batch.ts).
import type { Window } from '../functional/window.js';

/** A batch's reference segments (its columns; see Int8WsBatch). */
export interface SegmentColumns {
  readonly refRow: readonly number[];
  readonly refStride: readonly number[];
  readonly refK: readonly number[];
  readonly refWin: readonly (Window | undefined)[];
  readonly refByte: readonly number[];
  readonly refPixel: readonly number[];
  readonly refKOff: readonly number[];
}

/** One gathered M × K matrix, its segments and the input bytes [lo, hi) they read (T = −1: none). */
interface Entry {
  T: number;
  m: number;
  k: number;
  lo: number;
  hi: number;
  bytes: Uint8Array;
  readonly refs: number[];
  readonly wins: (Window | undefined)[];
}

/** Matrices kept: a band's K chunks (ResNet-18: up to 5; its largest matrix 226 KB). */
export const ENTRIES = 6;

/** The last ENTRIES gathered matrices of one batcher. */
export class GatheredWindows {
  private readonly entries: Entry[] = Array.from({ length: ENTRIES }, () => ({ T: -1, m: 0, k: 0, lo: 0, hi: 0, bytes: new Uint8Array(0), refs: [], wins: [] }));
  private next = 0;

  /** The entry holding the M × K matrix of segments [0, T) of `c`, or −1 (valid until the next `slot`). */
  find(c: SegmentColumns, T: number, M: number, K: number): number {
    for (let j = 0; j < ENTRIES; j++) {
      const e = this.entries[j]!;
      if (e.T === T && e.m === M && e.k === K && same(e, c, T)) return j;
    }
    return -1;
  }

  /** The entry that will hold the M × K matrix of segments [0, T) of `c`, which read input bytes [lo, hi): the
   *  caller gathers into it (`bytes`, or the kernel's slot of that number). */
  slot(c: SegmentColumns, T: number, M: number, K: number, lo: number, hi: number): number {
    const j = this.next;
    const e = this.entries[j]!;
    this.next = (this.next + 1) % ENTRIES;
    e.T = T;
    e.m = M;
    e.k = K;
    e.lo = lo;
    e.hi = hi;
    for (let t = 0; t < T; t++) {
      const j = 6 * t;
      e.refs[j] = c.refRow[t]!;
      e.refs[j + 1] = c.refStride[t]!;
      e.refs[j + 2] = c.refK[t]!;
      e.refs[j + 3] = c.refByte[t]!;
      e.refs[j + 4] = c.refPixel[t]!;
      e.refs[j + 5] = c.refKOff[t]!;
      e.wins[t] = c.refWin[t];
    }
    return j;
  }

  /** Entry j's byte storage for its M × K matrix (grown on demand). */
  bytes(j: number): Uint8Array {
    const e = this.entries[j]!;
    if (e.bytes.length < e.m * e.k) e.bytes = new Uint8Array(e.m * e.k);
    return e.bytes.subarray(0, e.m * e.k);
  }

  /** Input bytes [lo, hi) are about to be written: the matrices that read any of them are dropped. */
  written(lo: number, hi: number): void {
    for (const e of this.entries) if (lo < e.hi && e.lo < hi) e.T = -1;
  }
}

/** Whether segments [0, T) of `c` are entry e's. */
function same(e: Entry, c: SegmentColumns, T: number): boolean {
  for (let t = 0; t < T; t++) {
    const j = 6 * t;
    if (e.refs[j] !== c.refRow[t] || e.refs[j + 1] !== c.refStride[t] || e.refs[j + 2] !== c.refK[t] || e.refs[j + 3] !== c.refByte[t]
      || e.refs[j + 4] !== c.refPixel[t] || e.refs[j + 5] !== c.refKOff[t] || e.wins[t] !== c.refWin[t]) return false;
  }
  return true;
}
