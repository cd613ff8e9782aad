// Packed weight matrices kept for reuse: a conv multiplies the same weights for every band of its output,
// the lowering reloads them (into other rows) for each band, and packing (widening and reordering for the
// kernel) costs as much as a small GEMM. A matrix is therefore named by where its weight rows came from
// in DRAM (WeightSources): rows loaded from the same DRAM bytes hold the same values as long as no STORE
// has written those DRAM bytes since. Packings live only as long as the kernel that made them; machines
// that share the kernel (the images of one program) reuse them after checking the DRAM bytes once.
import type { InstructionOf } from '../../isa/instruction.js';
import type { PackedWeights } from '../functional/gemm.js';

/** One packing, what it was made from, and which machine last checked it against its DRAM. */
export interface PackedEntry {
  /** Shape and DRAM sources of the matrix (compared in full: the hash only picks the bucket). */
  readonly key: Int32Array;
  readonly packed: PackedWeights;
  /** The DRAM bytes its weight rows were loaded from, in segment order. */
  readonly source: Uint8Array;
  /** Machine (batcher id) and DRAM generation at which those bytes were last seen equal. */
  checkedBy: number;
  checkedGeneration: number;
}

/**
 * Packed weights by what they were built from. It lives with the kernel (packings are only valid there),
 * which the machines simulating one program share: the images of a batch pack each weight once.
 */
export class PackedCache {
  private readonly buckets = new Map<number, PackedEntry[]>();
  private epoch = -1;

  /** The entry for `key` made by kernel `epoch`, if any. */
  find(key: Int32Array, epoch: number): PackedEntry | undefined {
    this.sync(epoch);
    return this.buckets.get(hash(key))?.find((x) => sameInts(x.key, key));
  }

  /** Records a packing (replacing the entry of the same key). */
  add(entry: PackedEntry, epoch: number): void {
    this.sync(epoch);
    const h = hash(entry.key);
    const bucket = (this.buckets.get(h) ?? []).filter((x) => !sameInts(x.key, entry.key));
    bucket.push(entry);
    this.buckets.set(h, bucket);
  }

  /** A new kernel: every packing lived in the old one's memory. */
  private sync(epoch: number): void {
    if (epoch === this.epoch) return;
    this.buckets.clear();
    this.epoch = epoch;
  }
}

/**
 * For each weight-buffer row, the DRAM address its bytes were loaded from (−1: unknown, e.g. filled or
 * partly written) and the DRAM generation at that time. The generation moves on whenever a STORE writes
 * DRAM bytes some weight row was ever loaded from, so equal (address, generation) means equal bytes.
 */
export class WeightSources {
  private readonly source: Float64Array;
  private readonly generationOf: Float64Array;
  generation = 0;
  private dramLo = Infinity;
  private dramHi = -Infinity;

  constructor(private readonly rows: number, private readonly rowBytes: number) {
    this.source = new Float64Array(rows).fill(-1);
    this.generationOf = new Float64Array(rows);
  }

  /** A LOAD (or, `i` undefined, a MOVE) into the weight buffer is about to write bytes [lo, hi). */
  loading(i: InstructionOf<'LOAD'> | undefined, lo: number, hi: number): void {
    const rb = this.rowBytes;
    // Whole rows from DRAM: each step's rows hold DRAM bytes d, d + rb, … (a multi-row step several of them).
    const whole = i !== undefined && i.fill === 0 && i.sramByte % rb === 0 && i.bytesPerRow % rb === 0;
    if (!whole) {
      // Partial or filled rows: their bytes no longer match one DRAM row.
      const last = Math.min(this.rows, Math.ceil(hi / rb));
      for (let r = Math.max(0, Math.floor(lo / rb)); r < last; r++) this.source[r] = -1;
      return;
    }
    const source = this.source;
    const generationOf = this.generationOf;
    const generation = this.generation;
    const span = i.bytesPerRow / rb;
    const first = i.sramByte / rb;
    for (let o = 0; o < i.repeat; o++) {
      let row = i.sramRow + first + o * i.sramOuterStride;
      let d = i.dramAddr + o * i.dramOuterStride;
      for (let r = 0; r < i.rows; r++, row += i.sramRowStride, d += i.dramRowStride) {
        // The step's rows inside the buffer (a weight LOAD is one step of hundreds of rows: no test per row).
        const lo = Math.max(row, 0);
        const hi = Math.min(row + span, this.rows);
        for (let x = lo, at = d + (lo - row) * rb; x < hi; x++, at += rb) source[x] = at;
        if (lo < hi) generationOf.fill(generation, lo, hi);
      }
    }
    // The DRAM span the rows came from (bounding: its corners).
    const outer = (i.repeat - 1) * i.dramOuterStride;
    const inner = (i.rows - 1) * i.dramRowStride;
    this.dramLo = Math.min(this.dramLo, i.dramAddr + Math.min(0, outer) + Math.min(0, inner));
    this.dramHi = Math.max(this.dramHi, i.dramAddr + Math.max(0, outer) + Math.max(0, inner) + i.bytesPerRow);
  }

  /** A STORE is about to write DRAM bytes [lo, hi). */
  dramWriting(lo: number, hi: number): void {
    if (lo < this.dramHi && this.dramLo < hi) this.generation++;
  }

  /** DRAM address of rows [row, row + count) when they hold `count` consecutive DRAM rows of the current
   *  generation, else −1. */
  runSource(row: number, count: number): number {
    if (row < 0 || row + count > this.rows) return -1;
    const first = this.source[row]!;
    if (first < 0) return -1;
    for (let x = 0; x < count; x++) {
      if (this.source[row + x] !== first + x * this.rowBytes || this.generationOf[row + x] !== this.generation) return -1;
    }
    return first;
  }
}

function hash(key: Int32Array): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < key.length; j++) h = Math.imul(h ^ key[j]!, 16777619);
  return h;
}

/** Element-wise equality (byte arrays starting on a word boundary compare a word at a time). */
export function sameInts(a: Int32Array | Uint8Array, b: Int32Array | Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let j = 0;
  if (a instanceof Uint8Array && b instanceof Uint8Array && a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = a.length >> 2;
    const a32 = new Int32Array(a.buffer, a.byteOffset, words);
    const b32 = new Int32Array(b.buffer, b.byteOffset, words);
    for (let w = 0; w < words; w++) if (a32[w] !== b32[w]) return false;
    j = words << 2;
  }
  for (; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}
