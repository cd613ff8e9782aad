// GemmKernels: packings go into the current kernel until PACKED_BYTES_PER_KERNEL bytes of weights have been
// packed, then a fresh kernel is taken (a new epoch, which empties the packed-weight cache); and the kernel
// it hands out multiplies exactly like the reference GEMM.
import { describe, expect, it } from 'vitest';
import { createInt8Gemm } from '../../../simulator/fast/gemm-wasm.js';
import { GemmKernels } from '../../../simulator/fast/gemm-kernels.js';
import { gemmReference } from '../../../simulator/functional/gemm-reference.js';
import type { Int8Gemm, PackedWeights } from '../../../simulator/functional/gemm.js';

/** A kernel that only records its packings (the replacement policy is what is tested). */
function recordingKernel(made: { n: number; k: number }[][]): () => Int8Gemm {
  return () => {
    const packs: { n: number; k: number }[] = [];
    made.push(packs);
    return { packWeights: (_w: Int8Array, n: number, k: number) => (packs.push({ n, k }), {} as PackedWeights) } as unknown as Int8Gemm;
  };
}

describe('GemmKernels', () => {
  it('replaces the kernel once 32 MiB of packed weights (2 bytes per weight) would pass, and starts a new epoch', () => {
    const made: { n: number; k: number }[][] = [];
    const kernels = new GemmKernels(recordingKernel(made));
    const w = new Int8Array(0);
    // 4 MiB per packing (1024 × 2048 weights): eight fit, the ninth goes into a fresh kernel.
    for (let j = 0; j < 8; j++) kernels.pack(w, 1024, 2048);
    expect([made.length, kernels.epoch]).toEqual([1, 0]);
    const first = kernels.current();
    kernels.pack(w, 1024, 2048);
    expect([made.length, kernels.epoch, made[1]!.length]).toEqual([2, 1, 1]);
    expect(kernels.current()).not.toBe(first);
    // The cache forgets the old kernel's packings.
    const key = Int32Array.of(1, 2, 3);
    kernels.cache.add({ key, packed: {} as PackedWeights, source: new Uint8Array(0), checkedBy: 0, checkedGeneration: 0 }, kernels.epoch);
    expect(kernels.cache.find(key, kernels.epoch)).toBeDefined();
    expect(kernels.cache.find(key, kernels.epoch + 1)).toBeUndefined();
  });

  it('hands out the kernel its packings went into, which multiplies like the reference', () => {
    const kernels = new GemmKernels(() => createInt8Gemm());
    const [m, n, k] = [3, 5, 7];
    const w = Int8Array.from({ length: n * k }, (_, j) => ((j * 37) % 255) - 127);
    const a = Int8Array.from({ length: m * k }, (_, j) => ((j * 53) % 255) - 127);
    const packed = kernels.pack(w, n, k);
    expect(Array.from(kernels.current().gemm(a, m, packed))).toEqual(Array.from(gemmReference(a, m, w, n, k)));
  });
});
