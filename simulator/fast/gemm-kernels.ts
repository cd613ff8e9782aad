// The GEMM kernel the fast array multiplies with, replaced when its packed weights grow too large: a
// kernel frees its packed weights only when dropped, so a fresh one is taken once PACKED_BYTES_PER_KERNEL
// bytes of weights have been packed into the current one.
import type { Int8Gemm, PackedWeights } from '../functional/gemm.js';
import { PackedCache } from './packed-cache.js';

/** Packed-weight bytes one GEMM kernel accumulates before it is replaced (bounds its memory). */
const PACKED_BYTES_PER_KERNEL = 32 * 1024 * 1024;

/** The current kernel and packing with replacement. */
export class GemmKernels {
  private gemm: Int8Gemm;
  private packedBytes = 0;
  /** Counts kernel replacements (packings of an older epoch are invalid). */
  epoch = 0;
  /** Packings of the current kernel, for reuse (packed-cache.ts). */
  readonly cache = new PackedCache();

  constructor(private readonly newGemm: () => Int8Gemm) {
    this.gemm = newGemm();
  }

  /** Packs `w` (n × k) into the current kernel, replacing it first when it is full. */
  pack(w: Int8Array, n: number, k: number): PackedWeights {
    this.packedBytes += n * k * 2;
    if (this.packedBytes > PACKED_BYTES_PER_KERNEL) {
      this.gemm = this.newGemm();
      this.epoch++;
      this.packedBytes = n * k * 2;
    }
    return this.gemm.packWeights(w, n, k);
  }

  /** The kernel the last packing went into (take it after packing). */
  current(): Int8Gemm {
    return this.gemm;
  }
}
