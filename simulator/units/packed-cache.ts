// Packed weight matrices kept for reuse: a conv's output bands multiply the same weight rows again and
// again, and packing (widening and reordering for the kernel) costs as much as a small GEMM. An entry is
// reused only while (a) the kernel that packed it is still the current one and (b) no LOAD has written
// any weight-buffer row it was built from since it was packed (a write number stamped on each row).
import type { PackedWeights } from '../functional/gemm.js';

interface Entry {
  readonly packed: PackedWeights;
  readonly epoch: number;
  /** Write number current when it was packed. */
  readonly stamp: number;
}

/** Packed weights by what they were built from, with per-row write stamps of the weight buffer. */
export class PackedCache {
  private readonly entries = new Map<string, Entry>();
  private readonly rowStamp: Float64Array;
  private writes = 0;
  private epoch = -1;

  constructor(weightRows: number) {
    this.rowStamp = new Float64Array(weightRows);
  }

  /** A LOAD is about to write bytes [lo, hi) of the weight buffer (rows of `rowBytes`). */
  written(lo: number, hi: number, rowBytes: number): void {
    this.writes++;
    const last = Math.min(this.rowStamp.length, Math.ceil(hi / rowBytes));
    for (let r = Math.max(0, Math.floor(lo / rowBytes)); r < last; r++) this.rowStamp[r] = this.writes;
  }

  /** Latest write number among rows [lo, hi). */
  lastWrite(lo: number, hi: number): number {
    let w = 0;
    for (let r = Math.max(0, lo); r < Math.min(hi, this.rowStamp.length); r++) if (this.rowStamp[r]! > w) w = this.rowStamp[r]!;
    return w;
  }

  /** The entry for `key` if still valid for kernel `epoch` and rows unchanged since its packing. */
  get(key: string, epoch: number, unchangedSince: (stamp: number) => boolean): PackedWeights | undefined {
    if (epoch !== this.epoch) {
      // A new kernel: every packing lived in the old one's memory.
      this.entries.clear();
      this.epoch = epoch;
      return undefined;
    }
    const e = this.entries.get(key);
    if (e === undefined || e.epoch !== epoch || !unchangedSince(e.stamp)) return undefined;
    return e.packed;
  }

  set(key: string, packed: PackedWeights, epoch: number): void {
    if (epoch !== this.epoch) {
      this.entries.clear();
      this.epoch = epoch;
    }
    this.entries.set(key, { packed, epoch, stamp: this.writes });
  }
}
