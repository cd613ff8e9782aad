import { describe, expect, it } from 'vitest';
import {
  applyOverrides, bufferRounding, DEFAULT_HW_CONFIG, defaultHwConfig, deriveHw, parseArrayShape, validateHwConfig,
  type HwConfig,
} from '../../isa/hw-config.js';
import { describeHwConfig, hwConfigFromJson, hwConfigToJson, loadHwConfigJson } from '../../isa/hw-config-json.js';
import { userErrorOf as errorOf } from '../user-error.js';

function messages(c: HwConfig): string[] {
  return validateHwConfig(c).map((d) => d.message);
}

describe('DEFAULT_HW_CONFIG', () => {
  it('is valid, deeply frozen and summarised for reports', () => {
    expect(validateHwConfig(defaultHwConfig())).toEqual([]);
    expect(Object.isFrozen(DEFAULT_HW_CONFIG.memories.input)).toBe(true);
    expect(describeHwConfig(defaultHwConfig())).toBe(
      '16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512 w4a8-log 512 w4a8-group 512 int8-group 256 fp8-e4m3 256 mxint8 256 mxfp8 256 mxfp4 256, acc 32b wrap, ' +
        'SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz',
    );
  });

  it('derives the hand-computed values of a 16x16 array', () => {
    const d = deriveHw(defaultHwConfig());
    expect(d.peakMacsPerCycle).toEqual({ int8: 256, int4: 512, binary: 16384, w4a8: 512, 'w4a8-log': 512, 'w4a8-group': 512, 'int8-group': 256, 'fp8-e4m3': 256, mxint8: 256, mxfp8: 256, mxfp4: 256 });
    expect(d.reductionPerPass).toEqual({ int8: 16, int4: 32, binary: 1024, w4a8: 32, 'w4a8-log': 32, 'w4a8-group': 32, 'int8-group': 16, 'fp8-e4m3': 16, mxint8: 16, mxfp8: 16, mxfp4: 16 });
    // w4a8: 16 PEs × 2 × 8-bit activations = 32 B (two rows); 16 PEs × 2 × 4-bit weights = 16 B (one row).
    expect(d.vectorBytes.input).toEqual({ int8: 16, int4: 16, binary: 128, w4a8: 32, 'w4a8-log': 32, 'w4a8-group': 32, 'int8-group': 16, 'fp8-e4m3': 16, mxint8: 16, mxfp8: 16, mxfp4: 16 });
    expect(d.vectorBytes.weight).toEqual({ int8: 16, int4: 16, binary: 128, w4a8: 16, 'w4a8-log': 16, 'w4a8-group': 16, 'int8-group': 16, 'fp8-e4m3': 16, mxint8: 16, mxfp8: 16, mxfp4: 16 });
    expect(d.rowsPerVector.input).toEqual({ int8: 1, int4: 1, binary: 8, w4a8: 2, 'w4a8-log': 2, 'w4a8-group': 2, 'int8-group': 1, 'fp8-e4m3': 1, mxint8: 1, mxfp8: 1, mxfp4: 1 });
    expect(d.rowsPerVector.weight).toEqual({ int8: 1, int4: 1, binary: 8, w4a8: 1, 'w4a8-log': 1, 'w4a8-group': 1, 'int8-group': 1, 'fp8-e4m3': 1, mxint8: 1, mxfp8: 1, mxfp4: 1 });
    expect(d.elementBits).toEqual({ input: { int8: 8, int4: 4, binary: 1, w4a8: 8, 'w4a8-log': 8, 'w4a8-group': 8, 'int8-group': 8, 'fp8-e4m3': 8, mxint8: 8, mxfp8: 8, mxfp4: 8 }, weight: { int8: 8, int4: 4, binary: 1, w4a8: 4, 'w4a8-log': 4, 'w4a8-group': 4, 'int8-group': 8, 'fp8-e4m3': 8, mxint8: 8, mxfp8: 8, mxfp4: 8 } });
    expect(d.rowBytes).toEqual({ input: 16, weight: 16, accumulator: 64, param: 64, output: 16 });
    expect(d.bufferRows).toEqual({ input: 4096, weight: 4096, accumulator: 1024, param: 128, output: 2048 });
    expect(d.bankDepthRows).toEqual({ input: 512, weight: 512, accumulator: 512, param: 128, output: 1024 });
    expect(d.accEntryBytes).toBe(4);
    expect(d.secondsPerCycle).toBe(1e-9);
  });

  it('derives non-square arrays and narrower accumulators', () => {
    const c = applyOverrides(defaultHwConfig(), { array: '4x8', accumulatorBits: 24 });
    expect(validateHwConfig(c)).toEqual([]);
    const d = deriveHw(c);
    expect(d.peakMacsPerCycle.int8).toBe(32);
    expect(d.vectorBytes.weight).toEqual({ int8: 8, int4: 8, binary: 64, w4a8: 8, 'w4a8-log': 8, 'w4a8-group': 8, 'int8-group': 8, 'fp8-e4m3': 8, mxint8: 8, mxfp8: 8, mxfp4: 8 });
    expect(d.rowBytes.accumulator).toBe(8 * 4); // 24-bit accumulators stored in 4 B
    expect(deriveHw(applyOverrides(c, { accumulatorBits: 16 })).accEntryBytes).toBe(2);
  });
});

describe('validateHwConfig', () => {
  it('allows one w4a8 product per PE while every vector stays whole rows', () => {
    const c = defaultHwConfig();
    c.array.macsPerPePerCycle.w4a8 = 1;
    expect(messages(c)).toEqual([]);
    // The w4a8 weight vector (16 × 4 bits = 8 B) is then the narrowest: weight rows become 8 B for every mode.
    expect(deriveHw(c).rowBytes.weight).toBe(8);
    expect(deriveHw(c).rowsPerVector.weight).toEqual({ int8: 2, int4: 2, binary: 16, w4a8: 1, 'w4a8-log': 2, 'w4a8-group': 2, 'int8-group': 2, 'fp8-e4m3': 2, mxint8: 2, mxfp8: 2, mxfp4: 2 });
    c.array.macsPerPePerCycle.w4a8 = 3;
    // 16 × 3 × 8 = 384 input bits are three int8 rows; 16 × 3 × 4 = 192 weight bits are a row and a half.
    expect(messages(c)).toEqual(['w4a8 weight vector (192 bits) must be a multiple of the narrowest mode\'s vector (128 bits)']);
    const odd = applyOverrides(defaultHwConfig(), { array: '3x3' });
    odd.array.macsPerPePerCycle.w4a8 = 1;
    expect(messages(odd)).toContain('w4a8 weight vector (3 array cols × 1 MACs × 4 bits = 12 bits) must be whole bytes');
  });

  it('requires a group mode\'s weight vector to hold one u8 multiplier per column', () => {
    const c = defaultHwConfig();
    c.array.macsPerPePerCycle['w4a8-group'] = 1; // 16 × 1 × 4 = 64 weight bits < 16 multipliers × 8 bits
    expect(messages(c)).toContain('w4a8-group weight vector (64 bits) must hold the 16 column multipliers of 8 bits (raise its MACs per PE per cycle)');
  });

  it('rounds a capacity that is not whole rows per bank down, and lists it', () => {
    const c = defaultHwConfig();
    c.memories.input.sizeBytes = 1000; // 62 whole 16-B rows; 8 banks → 56 rows = 896 B
    c.memories.accumulator.banks = 3; // 1024 rows of 64 B; 3 banks → 1023 rows
    expect(messages(c)).toEqual([]);
    const d = deriveHw(c);
    expect(d.bufferRows.input).toBe(56);
    expect(d.bankDepthRows.input).toBe(7);
    expect(d.bufferRows.accumulator).toBe(1023);
    expect(d.bankDepthRows.accumulator).toBe(341);
    expect(bufferRounding(c)).toEqual([
      { buffer: 'input', sizeBytes: 1000, usableBytes: 896, rows: 56, rowBytes: 16 },
      { buffer: 'accumulator', sizeBytes: 65536, usableBytes: 65472, rows: 1023, rowBytes: 64 },
    ]);
    expect(describeHwConfig(c).split('\n')[1]).toBe('buffers rounded down to whole rows: input 1000 → 896 B (56 rows of 16 B), accumulator 65536 → 65472 B (1023 rows of 64 B)');
  });

  it('the default buffers of a 7x13 array: hand-computed whole rows', () => {
    const c = applyOverrides(defaultHwConfig(), { array: '7x13' });
    expect(messages(c)).toEqual([]);
    // input rows 7 B: 65536/7 = 9362.3 → 9362 → 8 banks → 9360; weight 13 B: 5041.2 → 5040 (8 banks);
    // accumulator 13·4 = 52 B: 1260.3 → 1260 (2 banks); param 52 B: 157.5 → 157 (1 bank); output 13 B: 2520.6 → 2520.
    expect(deriveHw(c).bufferRows).toEqual({ input: 9360, weight: 5040, accumulator: 1260, param: 157, output: 2520 });
    expect(bufferRounding(applyOverrides(defaultHwConfig(), { array: '8x32' }))).toEqual([]);
  });

  it('says when a buffer holds less than one row per bank', () => {
    const c = defaultHwConfig();
    c.memories.input.sizeBytes = 100;
    expect(messages(c)).toEqual(['input buffer (100 B) must hold at least one 16-B row per bank (8 banks: 128 B)']);
  });

  it('reports one message per broken rule', () => {
    const c = defaultHwConfig();
    c.memories.accumulator.banks = 65;
    c.dram.burstBytes = 48;
    c.clockHz = 0;
    expect(messages(c)).toEqual([
      'accumulator buffer banks (65) must be an integer in [1, 64]',
      'DRAM burst (48 B) must be a power of two',
      'clock (0 Hz) must be positive',
    ]);
  });

  it('rejects vectors that are not whole bytes and over-large arrays', () => {
    const c = applyOverrides(defaultHwConfig(), { array: '1x1' });
    c.array.macsPerPePerCycle.int4 = 1;
    expect(messages(c)).toContain('int4 input vector (1 array rows × 1 MACs × 4 bits = 4 bits) must be whole bytes');
    const big = defaultHwConfig();
    big.array.rows = 65;
    expect(messages(big)).toEqual(['array rows (65) must be an integer in [1, 64]']);
  });

  it('rejects buffers with more rows than the ISA can address', () => {
    const c = defaultHwConfig();
    c.memories.output.sizeBytes = 16 * 2 ** 21;
    expect(messages(c)).toEqual(['output buffer has 2097152 rows but instructions address at most 1048576 (20-bit row fields)']);
  });
});

describe('parseArrayShape / applyOverrides', () => {
  it('parses RxC and rejects the rest', () => {
    expect(parseArrayShape('16x16')).toEqual({ rows: 16, cols: 16 });
    expect(parseArrayShape('8X32')).toEqual({ rows: 8, cols: 32 });
    expect(errorOf(() => parseArrayShape('16')).diagnostics[0]?.code).toBe('HW011');
    expect(errorOf(() => parseArrayShape('0x4')).message).toContain('rows and cols in [1, 64]');
  });

  it('does not modify its input', () => {
    const c = defaultHwConfig();
    const o = applyOverrides(c, { dataflow: 'os', clockHz: 5e8 });
    expect(o.array.dataflow).toBe('os');
    expect(o.clockHz).toBe(5e8);
    expect(c).toEqual(DEFAULT_HW_CONFIG);
  });
});

describe('loadHwConfigJson', () => {
  it('merges over the defaults', () => {
    const c = loadHwConfigJson('{"array": {"rows": 8, "cols": 8}, "dram": {"latencyCycles": 50}}', 'hw.json');
    expect(c.array).toMatchObject({ rows: 8, cols: 8, dataflow: 'ws' });
    expect(c.dram.latencyCycles).toBe(50);
    expect(c.dram.bandwidthBytesPerCycle).toBe(16);
  });

  it('names an unknown key and lists the valid ones', () => {
    const e = errorOf(() => loadHwConfigJson('{"array": {"rowz": 8}}', 'hw.json'));
    expect(e.diagnostics[0]).toMatchObject({
      code: 'HW002', file: 'hw.json',
      message: 'unknown hardware config key "array.rowz" (valid keys of array: rows, cols, dataflow, macsPerPePerCycle)',
    });
  });

  it('rejects wrong types, bad JSON and invalid results', () => {
    expect(errorOf(() => loadHwConfigJson('{"clockHz": "fast"}', 'f')).diagnostics[0]?.code).toBe('HW003');
    expect(errorOf(() => loadHwConfigJson('{', 'f')).diagnostics[0]?.code).toBe('HW001');
    const e = errorOf(() => loadHwConfigJson('{"memories": {"input": {"sizeBytes": 100}}, "vector": {"lanes": 0}}', 'f'));
    expect(e.diagnostics.map((d) => d.code)).toEqual(['HW010', 'HW010']);
  });

  it('round-trips through hwConfigToJson', () => {
    const c = applyOverrides(defaultHwConfig(), { array: '32x8', dataflow: 'os' });
    expect(hwConfigFromJson(hwConfigToJson(c))).toEqual(c);
  });
});
