// The GEMM kernel the fast array multiplies with, replaced when its packed weights grow too large: a
// kernel frees its packed weights only when dropped, so a fresh one is taken once PACKED_BYTES_PER_KERNEL
// bytes of weights have been packed into the current one.
import type { Int8Gemm, PackedWeights } from '../functional/gemm.js';
import { PackedCache } from './packed-cache.js';
import { WasmInt8Gemm } from './gemm-wasm.js';

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
    this.account(n, k);
    return this.gemm.packWeights(w, n, k);
  }

  /** Counts a packing of n × k weights, first replacing the kernel if they would overfill it. */
  private account(n: number, k: number): void {
    this.packedBytes += n * k * 2;
    if (this.packedBytes > PACKED_BYTES_PER_KERNEL) {
      this.gemm = this.newGemm();
      this.epoch++;
      this.packedBytes = n * k * 2;
    }
  }

  /** Packs the n × k weights of `count` strided rectangles of `bytes` (WasmInt8Gemm.packStrided) into the current
   *  kernel, replacing it first when it is full; undefined (nothing packed) when its backend has no such packing. */
  packStrided(n: number, k: number, bytes: Uint8Array, rects: Int32Array, count: number): PackedWeights | undefined {
    if (!(this.gemm instanceof WasmInt8Gemm)) return undefined;
    this.account(n, k);
    return (this.gemm as WasmInt8Gemm).packStrided(n, k, bytes, rects, count);
  }

  /** The kernel the last packing went into (take it after packing). */
  current(): Int8Gemm {
    return this.gemm;
  }
}
