// The window (im2col) matrices an int8 ws batch gathered last (int8-ws-batch.ts), kept for the batches that
// read the same walk again. The lowering streams one band of input through the array once per group of
// output-channel tiles the accumulator holds (ResNet-18: up to 4 times), each pass over the band's K chunks
// (up to 5) a batch of its own; without this ResNet-18 gathered 32.9 MB per image for ~15 MB of distinct
// matrices. A matrix is valid until a LOAD or MOVE writes the input bytes its segments read.
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
const ENTRIES = 6;

/** The last ENTRIES gathered matrices of one batcher. */
export class GatheredWindows {
  private readonly entries: Entry[] = Array.from({ length: ENTRIES }, () => ({ T: -1, m: 0, k: 0, lo: 0, hi: 0, bytes: new Uint8Array(0), refs: [], wins: [] }));
  private next = 0;

  /** The M × K matrix of segments [0, T) of `c` if one is kept (a view; valid until the next `slot`). */
  find(c: SegmentColumns, T: number, M: number, K: number): Uint8Array | undefined {
    for (const e of this.entries) if (e.T === T && e.m === M && e.k === K && same(e, c, T)) return e.bytes.subarray(0, M * K);
    return undefined;
  }

  /** Room for the M × K matrix of segments [0, T) of `c`, which read input bytes [lo, hi): the caller gathers into it. */
  slot(c: SegmentColumns, T: number, M: number, K: number, lo: number, hi: number): Uint8Array {
    const e = this.entries[this.next]!;
    this.next = (this.next + 1) % ENTRIES;
    if (e.bytes.length < M * K) e.bytes = new Uint8Array(M * K);
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
    return e.bytes.subarray(0, M * K);
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
