// The limit flags, and the checks of a machine and a simulated program against them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { limitsFromFlags, parseByteSize, requireMachineWithinLimits, requireProgramWithinLimits, sramBytes } from '../../tools/resource-flags.js';
import { DEFAULT_RESOURCE_LIMITS } from '../../core/resource-limits.js';
import { defaultHwConfig } from '../../isa/hw-config.js';
import { assemble } from '../../isa/assembly.js';
import type { Program } from '../../isa/program-file.js';
import { firstDiagnostic } from '../user-error.js';
import { REPO_ROOT, runCli } from './run-cli.js';

describe('parseByteSize / limitsFromFlags', () => {
  it('reads bytes with binary suffixes', () => {
    expect(parseByteSize('1000')).toBe(1000);
    expect(parseByteSize('4G')).toBe(4 * 2 ** 30);
    expect(parseByteSize('512MiB')).toBe(512 * 2 ** 20);
    expect(parseByteSize('1.5k')).toBe(1536);
    for (const bad of ['', '0', '-1', '12X', 'G', '1e400']) expect(firstDiagnostic(() => parseByteSize(bad)).code).toBe('RES010');
  });

  it('defaults what is not given', () => {
    expect(limitsFromFlags({})).toEqual(DEFAULT_RESOURCE_LIMITS);
    expect(limitsFromFlags({ 'max-memory': '1M', 'max-macs': 5 })).toEqual({ maxMemoryBytes: 2 ** 20, maxMacs: 5 });
    expect(firstDiagnostic(() => limitsFromFlags({ 'max-macs': 0 })).code).toBe('RES010');
  });
});

describe('requireMachineWithinLimits', () => {
  it('counts the usable bytes of every buffer (the default machine: 232 KiB)', () => {
    expect(sramBytes(defaultHwConfig())).toBe((64 + 64 + 64 + 8 + 32) * 1024);
  });

  it('refuses 4 GiB buffers (2^20 rows of 4096 B) under the default limit', () => {
    const hw = defaultHwConfig();
    hw.array = { rows: 64, cols: 64, dataflow: 'ws', macsPerPePerCycle: { int8: 64, int4: 128, binary: 1024, w4a8: 128, 'w4a8-log': 128, 'w4a8-group': 128, 'int8-group': 64, 'fp8-e4m3': 64, mxint8: 64, mxfp8: 64, mxfp4: 64 } };
    hw.memories.input.sizeBytes = 2 ** 32;
    const d = firstDiagnostic(() => requireMachineWithinLimits(hw, DEFAULT_RESOURCE_LIMITS, 'hw.json'));
    expect(d.code).toBe('RES003');
    expect(d.message).toMatch(/^the machine's buffers hold 4\.\d GiB \(\d+ B\), more than the limit of 2\.0 GiB \(2147483648 B\) \(--max-memory\)$/);
  });
});

describe('requireProgramWithinLimits', () => {
  const text = readFileSync(join(REPO_ROOT, 'test/isa/golden/matmul-tile.s'), 'utf8');
  const program = (tensors: Program['tensors']): Program => ({ hwConfig: defaultHwConfig(), instructions: assemble(text, 't.s').instructions, dramImage: new Uint8Array(0x1100 + 192), tensors, layers: [] });

  it('counts the DRAM a tensor descriptor claims, before the simulator allocates it', () => {
    const huge = program([{ name: 'a', role: 'activation', dramAddr: 0, dtype: 'i32', shape: [1, 2 ** 30], layout: 'NC' }]);
    const d = firstDiagnostic(() => requireProgramWithinLimits(huge, DEFAULT_RESOURCE_LIMITS, 'p.accbin'));
    expect(d.code).toBe('RES004');
    expect(d.message).toContain('DRAM it touches 4.0 GiB (4294967296 B)');
    expect(() => requireProgramWithinLimits(program([]), DEFAULT_RESOURCE_LIMITS, 'p.accbin')).not.toThrow();
  });
});

describe('the CLI', () => {
  it('refuses the heap-exhausting conv (pad 2^32) at once, naming the number, the limit and the flag', () => {
    const r = runCli(['check', 'test/fixtures/qir/conv-pad-2pow32.qir']);
    expect(r.code).toBe(2);
    // 2 output channels × 28 rows × (28 + 1 + 2^32 − 3 + 1) columns × 4 B = 962,072,680,352 B, plus x.
    expect(r.stderr).toBe('accsim: test/fixtures/qir/conv-pad-2pow32.qir: error RES001: graph pad_bomb needs 896.0 GiB (962072683488 B) for the tensors of one sample (the largest, %c, 896.0 GiB (962072680352 B)), more than the limit of 2.0 GiB (2147483648 B) (--max-memory)\n');
  });
});
