// Packed weight matrices kept for reuse: a conv's output bands multiply the same weight rows again and
// again, and packing (widening and reordering for the kernel) costs as much as a small GEMM. An entry is
// reused only while (a) the kernel that packed it is still the current one and (b) no LOAD has written
// any weight-buffer row it was built from since it was packed (a write number stamped on each row).
import type { PackedWeights } from '../functional/gemm.js';

interface Entry {
  /** What the matrix was built from (compared in full: the hash only picks the bucket). */
  readonly key: Int32Array;
  readonly packed: PackedWeights;
  /** Write number current when it was packed. */
  readonly stamp: number;
}

/** Packed weights by what they were built from, with per-row write stamps of the weight buffer. */
export class PackedCache {
  private readonly buckets = new Map<number, Entry[]>();
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

  /** The entry for `key` if packed by kernel `epoch` and its rows are unchanged since its packing. */
  get(key: Int32Array, epoch: number, unchangedSince: (stamp: number) => boolean): PackedWeights | undefined {
    this.sync(epoch);
    const e = this.buckets.get(hash(key))?.find((x) => sameKey(x.key, key));
    return e !== undefined && unchangedSince(e.stamp) ? e.packed : undefined;
  }

  /** Records a fresh packing of `key` by kernel `epoch` (replacing an outdated one). */
  set(key: Int32Array, packed: PackedWeights, epoch: number): void {
    this.sync(epoch);
    const h = hash(key);
    const bucket = (this.buckets.get(h) ?? []).filter((x) => !sameKey(x.key, key));
    bucket.push({ key: key.slice(), packed, stamp: this.writes });
    this.buckets.set(h, bucket);
  }

  /** A new kernel: every packing lived in the old one's memory. */
  private sync(epoch: number): void {
    if (epoch === this.epoch) return;
    this.buckets.clear();
    this.epoch = epoch;
  }
}

function hash(key: Int32Array): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < key.length; j++) h = Math.imul(h ^ key[j]!, 16777619);
  return h;
}

function sameKey(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}
