import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRAIN_KERNELS_WASM_BASE64 } from '../../../compiler/train/kernels-wasm.js';
import { assembleTrainKernels, renderTrainKernelsModule, TRAIN_KERNELS_MODULE_URL } from '../../../tools/gen-train-kernels.js';

describe('compiler/train/kernels-wasm.ts', () => {
  it('holds the current assembly of kernels.wat (UPDATE_GOLDEN=1 regenerates it)', async () => {
    const text = renderTrainKernelsModule(await assembleTrainKernels());
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(TRAIN_KERNELS_MODULE_URL, text);
    else expect(readFileSync(TRAIN_KERNELS_MODULE_URL, 'utf8')).toBe(text);
  });

  it('is a wasm binary (version 1)', () => {
    const bytes = Buffer.from(TRAIN_KERNELS_WASM_BASE64, 'base64');
    expect([...bytes.subarray(0, 8)]).toEqual([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  });
});
