// The committed AdaRound kernel module against the assembly of its .wat (tools/gen-adaround-kernel.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAROUND_KERNEL_MODULE_URL, adaroundKernelModuleText } from '../../../tools/gen-adaround-kernel.js';

describe('compiler/quant/adaround-kernel-wasm.ts', () => {
  it('holds the current assembly of adaround-kernel.wat (UPDATE_GOLDEN=1 regenerates it)', async () => {
    const text = await adaroundKernelModuleText();
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(ADAROUND_KERNEL_MODULE_URL, text);
    else expect(readFileSync(ADAROUND_KERNEL_MODULE_URL, 'utf8')).toBe(text);
  });
});
