import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SGEMM_KERNEL_WASM_BASE64 } from '../../../compiler/train/sgemm-kernel-wasm.js';
import { assembleTrainKernel, renderTrainKernelModule, TRAIN_KERNEL_MODULE_URL } from '../../../tools/gen-train-kernel.js';

describe('compiler/train/sgemm-kernel-wasm.ts', () => {
  it('holds the current assembly of sgemm-kernel.wat (UPDATE_GOLDEN=1 regenerates it)', async () => {
    const text = renderTrainKernelModule(await assembleTrainKernel());
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(TRAIN_KERNEL_MODULE_URL, text);
    else expect(readFileSync(TRAIN_KERNEL_MODULE_URL, 'utf8')).toBe(text);
  });

  it('is a wasm binary (version 1)', () => {
    const bytes = Buffer.from(SGEMM_KERNEL_WASM_BASE64, 'base64');
    expect([...bytes.subarray(0, 8)]).toEqual([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  });
});
