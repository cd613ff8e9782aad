import { describe, expect, it } from 'vitest';
import { GEMM_KERNEL_WASM_BASE64 } from '../../../simulator/fast/gemm-kernel-wasm.js';
import { wasmSimdAvailable } from '../../../simulator/fast/gemm-wasm.js';
import { assembleGemmKernel, KERNEL_MODULE_URL, renderKernelModule } from '../../../tools/gen-gemm-kernel.js';
import { expectGolden } from '../../golden.js';

describe('simulator/fast/gemm-kernel-wasm.ts', () => {
  it('holds the current assembly of gemm-kernel.wat (`npm run golden` regenerates it)', async () => {
    expectGolden(KERNEL_MODULE_URL, renderKernelModule(await assembleGemmKernel()));
  });

  it('is a wasm binary (version 1) that this engine validates', () => {
    const bytes = Buffer.from(GEMM_KERNEL_WASM_BASE64, 'base64');
    expect([...bytes.subarray(0, 8)]).toEqual([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]); // "\0asm", version 1
    expect(wasmSimdAvailable()).toBe(true);
  });
});
