// The sweep grid: cartesian product order, normalization of array shapes, and one clear error per bad value.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../core/diagnostics.js';
import { buildGrid, parseArrays, parseDataflows, parsePresets } from '../../../tools/sweep/grid.js';
import { FORMAT_PRESETS } from '../../../compiler/quant/format-presets.js';

function codeOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return { code: e.diagnostics[0]!.code, message: e.diagnostics[0]!.message };
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('sweep grid', () => {
  it('is the cartesian product, presets outermost and dataflows innermost', () => {
    const specs = buildGrid({ model: 'net.qir', preset: 'w8a8,binary', array: '8x8, 16X16', dataflow: 'ws,os', seed: 3, data: 'd', limit: 10 });
    expect(specs.map((s) => `${s.preset}@${s.array}/${s.dataflow}`)).toEqual([
      'w8a8@8x8/ws', 'w8a8@8x8/os', 'w8a8@16x16/ws', 'w8a8@16x16/os',
      'binary@8x8/ws', 'binary@8x8/os', 'binary@16x16/ws', 'binary@16x16/os',
    ]);
    expect(specs[0]).toEqual({ model: 'net.qir', seed: 3, data: 'd', limit: 10, preset: 'w8a8', array: '8x8', dataflow: 'ws' });
    // Unset optional settings are absent, not undefined: a spec equals its JSON round trip (worker messages).
    const bare = buildGrid({ model: 'm', preset: 'w4a4', array: '4x8', dataflow: 'os', seed: 0 })[0]!;
    expect(JSON.parse(JSON.stringify(bare))).toEqual(bare);
    expect(Object.keys(bare).sort()).toEqual(['array', 'dataflow', 'model', 'preset', 'seed']);
  });

  it('normalizes array spellings and dataflow case', () => {
    expect(parseArrays(' 8 x 8,32×16,4X4')).toEqual(['8x8', '32x16', '4x4']);
    expect(parseDataflows('WS,os')).toEqual(['ws', 'os']);
  });

  it('names the bad preset and lists the valid ones', () => {
    const e = codeOf(() => parsePresets('w8a8,w3a3'));
    expect(e.code).toBe('SWP011');
    expect(e.message).toContain('"w3a3"');
    expect(e.message).toContain('w4a8');
    // Inherited object keys are not presets.
    expect(codeOf(() => parsePresets('toString')).code).toBe('SWP011');
  });

  it('takes the float format presets the machine runs, by their onMachine flag alone', () => {
    expect(parsePresets('w8a8,fp8,fp8-pc')).toEqual(['w8a8', 'fp8', 'fp8-pc']);
    for (const [name, p] of Object.entries(FORMAT_PRESETS)) {
      if (p.onMachine === true) expect(parsePresets(name)).toEqual([name]);
      else expect(codeOf(() => parsePresets(name))).toMatchObject({ code: 'SWP011', message: expect.stringContaining('runs only in the format reference') });
    }
  });

  it('names the bad array shape with the hardware rule it breaks', () => {
    expect(codeOf(() => parseArrays('16x16,16by16'))).toMatchObject({ code: 'SWP012', message: expect.stringContaining('"16by16"') });
    const zero = codeOf(() => parseArrays('0x8'));
    expect(zero.code).toBe('SWP012');
    expect(zero.message).toMatch(/rows and cols in \[1, \d+\]/);
  });

  it('names the bad dataflow', () => {
    expect(codeOf(() => parseDataflows('ws,is'))).toEqual({ code: 'SWP013', message: expect.stringContaining('"is"') });
  });

  it('rejects empty items and repeated values, including two spellings of one shape', () => {
    expect(codeOf(() => parsePresets('w8a8,,w4a8')).code).toBe('SWP010');
    expect(codeOf(() => parsePresets('')).code).toBe('SWP010');
    expect(codeOf(() => parsePresets('w8a8,w8a8')).message).toContain('"w8a8" twice');
    expect(codeOf(() => parseArrays('16x16,16X16')).message).toContain('"16x16" twice');
    expect(codeOf(() => parseDataflows('ws,WS')).code).toBe('SWP010');
  });
});
