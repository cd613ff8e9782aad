// 8-bit max POOL in the WebAssembly SIMD kernel (pool_max8 in gemm-kernel.wat): 16 channels per
// step, every output pixel in one call. The vector unit calls it first and keeps its exact JavaScript
// loop for what the kernel does not take (no WebAssembly SIMD, source and destination rows overlapping).
import type { InstructionOf } from '../../isa/instruction.js';
import { ensureMemory, lazyKernel, roundUp, type KernelExports } from './gemm-wasm.js';

interface PoolKernel extends KernelExports {
  pool_max8(
    src: number, rb: number, inH: number, inW: number, outH: number, outW: number, strideH: number, strideW: number,
    padTop: number, padLeft: number, kernelH: number, kernelW: number, vecs: number, flip: number, dst: number,
  ): void;
}

/** One instance per thread, with its own memory (made on first use; null without WebAssembly SIMD). */
const kernel = lazyKernel<PoolKernel>();

/** A POOL's output codes: pixel p's channels at `codes[p * stride ...]` (bytes past the channels are garbage). */
export interface PooledCodes {
  readonly codes: Uint8Array;
  readonly stride: number;
}

/**
 * The outputs of 8-bit max POOL `i` over the output buffer `bytes` (rows of `rb` bytes), codes XORed
 * with `flip` (128 for signed codes) compared as bytes, 0 for an all-padding window — a view into the
 * kernel's memory, valid until the next call — or undefined without WebAssembly SIMD.
 */
export function poolMax8Wasm(i: InstructionOf<'POOL'>, bytes: Uint8Array, rb: number, outH: number, outW: number, flip: number): PooledCodes | undefined {
  const k = kernel();
  if (k === null) return undefined;
  const vecs = Math.ceil(i.channels / 16);
  const srcBytes = i.inH * i.inW * rb;
  // A pixel's last vector may read past its row: 16 bytes per vector of slack after the last pixel.
  const slack = vecs * 16;
  const dst = roundUp(srcBytes + slack, 16);
  const stride = vecs * 16;
  ensureMemory(k.memory, dst + outH * outW * stride);
  const memory = new Uint8Array(k.memory.buffer);
  memory.set(bytes.subarray(i.srcRow * rb, i.srcRow * rb + srcBytes));
  memory.fill(0, srcBytes, srcBytes + slack);
  k.pool_max8(0, rb, i.inH, i.inW, outH, outW, i.strideH, i.strideW, i.padTop, i.padLeft, i.kernelH, i.kernelW, vecs, flip, dst);
  return { codes: memory.subarray(dst, dst + outH * outW * stride), stride };
}
