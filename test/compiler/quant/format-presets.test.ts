// The format presets are user-facing names (`--preset fp8`, sweeps, config files): each must say what it is
// (its format, its scale and rounding rules) and which of them the machine runs. Pinned here field by field,
// because every consumer reads them from this table.
import { describe, expect, it } from 'vitest';
import { FORMAT_PRESETS, MACHINE_FORMAT_PRESETS, isMachineFormatPreset } from '../../../compiler/quant/format-presets.js';
import { NUMBER_FORMATS } from '../../../core/number-formats.js';

describe('format presets', () => {
  it('each preset is named by its key, uses a known number format and documents it', () => {
    const formats: Record<string, string> = {
      mxint8: 'mxint8', mxfp8: 'mxfp8', mxfp6: 'mxfp6', mxfp4: 'mxfp4', 'fp8-pc': 'fp8-e4m3-pc', fp8: 'fp8-e4m3', 'fp8-rtn': 'fp8-e4m3',
    };
    expect(Object.keys(FORMAT_PRESETS)).toEqual(Object.keys(formats));
    for (const [key, p] of Object.entries(FORMAT_PRESETS)) {
      expect(p.name, key).toBe(key);
      expect(p.format, key).toBe(formats[key]);
      expect(Object.hasOwn(NUMBER_FORMATS, p.format), key).toBe(true);
    }
    // The doc says the element format and, for MX, the shared E8M0 scale per 32 along K.
    const element: Record<string, string> = { mxint8: 'int8 elements', mxfp8: 'E4M3 elements', mxfp6: 'E3M2 elements', mxfp4: 'E2M1 elements' };
    for (const [key, text] of Object.entries(element)) {
      expect(FORMAT_PRESETS[key]!.doc).toContain(text);
      expect(FORMAT_PRESETS[key]!.doc).toContain('E8M0 scale per 32 along K');
    }
    expect(FORMAT_PRESETS['fp8-pc']!.doc).toContain('per weight output channel');
    expect(FORMAT_PRESETS.fp8!.doc).toContain('AdaRound');
    expect(FORMAT_PRESETS['fp8-rtn']!.doc).toContain('no AdaRound');
  });

  it('fp8 and fp8-rtn differ only in weight rounding: MSE scales and the first GEMM in INT8 for both', () => {
    const { fp8, 'fp8-rtn': rtn } = FORMAT_PRESETS;
    for (const p of [fp8!, rtn!]) {
      expect(p.weightScale, p.name).toBe('mse');
      expect(p.actScale, p.name).toBe('mse');
      expect(p.int8Gemms, p.name).toBe('first');
    }
    expect(fp8!.weightRounding).toBe('adaround');
    expect(rtn!.weightRounding).toBeUndefined();
    // The others use the defaults: max scales, every GEMM in the format, weights rounded to nearest.
    for (const key of ['mxint8', 'mxfp8', 'mxfp6', 'mxfp4', 'fp8-pc']) {
      const p = FORMAT_PRESETS[key]!;
      expect([p.weightScale, p.actScale, p.int8Gemms, p.weightRounding], key).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it('the machine runs every preset but mxfp6 (no E3M2 array mode), in table order, and nothing that is not a preset', () => {
    expect(MACHINE_FORMAT_PRESETS).toEqual(['mxint8', 'mxfp8', 'mxfp4', 'fp8-pc', 'fp8', 'fp8-rtn']);
    for (const key of Object.keys(FORMAT_PRESETS)) expect(isMachineFormatPreset(key), key).toBe(key !== 'mxfp6');
    for (const name of ['w8a8', 'toString', 'constructor', '', 'FP8']) expect(isMachineFormatPreset(name), name).toBe(false);
  });
});
