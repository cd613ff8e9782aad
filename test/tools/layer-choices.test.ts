// The per-layer choices table of `quantize --report`: the weight column names the format.
import { describe, expect, it } from 'vitest';
import { loadQir } from '../../compiler/qir/load.js';
import { presetConfig } from '../../compiler/quant/presets.js';
import { layerChoiceRows } from '../../tools/layer-choices.js';

describe('layerChoiceRows', () => {
  it('names log-domain weights log4 and integer ones by their width', () => {
    const g = loadQir('models/fmnist_mlp.qir');
    const log = layerChoiceRows(g, presetConfig('w4a8-log'));
    expect(log.length).toBeGreaterThan(0);
    for (const row of log) expect(row[1]).toBe('log4 per-channel mse');
    for (const row of layerChoiceRows(g, presetConfig('w4a8'))) expect(row[1]).toBe('i4 per-channel mse');
  });

  it('names the group size of group-wise scales, and depthwise layers stay per-channel', () => {
    for (const row of layerChoiceRows(loadQir('models/fmnist_mlp.qir'), presetConfig('w4a8-g64'))) expect(row[1]).toBe('i4 per-channel mse g64');
    const dw = layerChoiceRows(loadQir('models/fmnist_dwsep.qir'), presetConfig('w4a8-g128')).map((r) => r[1]);
    expect(dw).toContain('i4 per-channel mse g128');
    expect(dw).toContain('i4 per-channel mse');
  });
});
