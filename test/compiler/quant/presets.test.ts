// Presets as data, the JSON layer-config loader and its validation, per-layer resolution.
import { describe, expect, it } from 'vitest';
import { PRESETS, parseQuantConfig, presetConfig } from '../../../compiler/quant/presets.js';
import { resolveLayerConfigs } from '../../../compiler/quant/layer-config.js';
import { type Graph, constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { UserError } from '../../../core/diagnostics.js';

const code = (f: () => unknown): string => {
  try { f(); } catch (e) { if (e instanceof UserError) return e.diagnostics[0]!.code; throw e; }
  return 'none';
};

function threeLayers(): Graph {
  const g = emptyGraph('g');
  g.nodes.push({ name: 'a', op: 'dense', operands: [valueRef('x'), constRef('w')], attrs: {} });
  g.nodes.push({ name: 'b', op: 'dense', operands: [valueRef('a'), constRef('w')], attrs: {} });
  g.nodes.push({ name: 'c', op: 'dense', operands: [valueRef('b'), constRef('w')], attrs: {} });
  return g;
}

describe('presets', () => {
  it('has the documented presets with their key settings', () => {
    expect(Object.keys(PRESETS).sort()).toEqual(['binary', 'w16a16', 'w4a4', 'w4a8', 'w4a8-g128', 'w4a8-g32', 'w4a8-g64', 'w4a8-log', 'w8a8', 'w8a8-g128', 'w8a8-pc', 'w8a8-pow2']);
    expect(PRESETS['w4a8-g128']!.default).toMatchObject({ weightBits: 4, weightGroup: 128, perChannel: true, weightFormat: 'int' });
    expect(PRESETS['w4a8-g32']!.recipe).toEqual({ cle: true, adaround: true, biasCorrection: true });
    expect(PRESETS['w8a8-g128']!.recipe).toEqual({ cle: true, biasCorrection: true });
    expect(PRESETS['w8a8']!.default).toMatchObject({ weightBits: 8, actBits: 8, actSigned: false, perChannel: false, narrowWeights: true, accBits: 32 });
    expect(PRESETS['w4a4']!.default).toMatchObject({ weightBits: 4, actBits: 4, perChannel: true, narrowWeights: false });
    expect(PRESETS['w16a16']!.default).toMatchObject({ weightBits: 16, actBits: 16, actSigned: true, accBits: 48 });
  });

  it('binary keeps the first and last weighted layers at 8-bit weights', () => {
    const c = resolveLayerConfigs(threeLayers(), presetConfig('binary'));
    expect([...c.values()].map((l) => [l.weightBits, l.actBits])).toEqual([[8, 1], [1, 1], [8, 8]]);
  });

  it('group scales: a config file sets weightGroup per layer; other sizes are QCFG002', () => {
    const c = parseQuantConfig('{"preset": "w4a8", "layers": {"b": {"weightGroup": 64}}}');
    expect(resolveLayerConfigs(threeLayers(), c).get('b')!.weightGroup).toBe(64);
    expect(code(() => parseQuantConfig('{"preset": "w4a8", "default": {"weightGroup": 16}}'))).toBe('QCFG002');
  });

  it('unknown preset is QCFG001', () => {
    expect(code(() => presetConfig('w3a3'))).toBe('QCFG001');
  });
});

describe('JSON config', () => {
  it('layers override the preset, which overrides the defaults', () => {
    const cfg = parseQuantConfig('{"preset": "w8a8-pc", "layers": {"b": {"weightBits": 4, "narrowWeights": false}}}', 'q.json');
    const c = resolveLayerConfigs(threeLayers(), cfg);
    expect(c.get('a')).toMatchObject({ weightBits: 8, perChannel: true });
    expect(c.get('b')).toMatchObject({ weightBits: 4, perChannel: true, narrowWeights: false });
  });

  it('rejects bad JSON, unknown keys, bad values, unknown layers and inconsistent settings', () => {
    expect(code(() => parseQuantConfig('{'))).toBe('QCFG000');
    expect(code(() => parseQuantConfig('{"layer": {}}'))).toBe('QCFG002');
    expect(code(() => parseQuantConfig('{"default": {"actBits": 2}}'))).toBe('QCFG002');
    expect(code(() => parseQuantConfig('{"default": {"wieghtBits": 8}}'))).toBe('QCFG002');
    expect(code(() => resolveLayerConfigs(threeLayers(), parseQuantConfig('{"layers": {"zz": {}}}')))).toBe('QCFG003');
    expect(code(() => resolveLayerConfigs(threeLayers(), parseQuantConfig('{"default": {"actBits": 16}}')))).toBe('QCFG004');
  });
});

describe('range methods and recipes in the config file', () => {
  it('accepts actRange mse/percentile with a percentile, and a recipe over the preset\'s', () => {
    const c = parseQuantConfig(JSON.stringify({ preset: 'w4a8', recipe: { adaround: false }, layers: { a: { actRange: 'percentile', percentile: 99.9 }, b: { actRange: 'mse' } } }));
    expect(c.recipe).toEqual({ cle: true, adaround: false, biasCorrection: true });
    expect(c.layers['a']).toEqual({ actRange: 'percentile', percentile: 99.9 });
    expect(PRESETS['w8a8']!.recipe).toEqual({ cle: true });
    expect(PRESETS['w8a8-pc']!.recipe).toBeUndefined();
    expect(PRESETS['w4a8']!.default.weightRange).toBe('mse');
  });

  it('rejects a bad percentile, an unknown recipe step and a non-boolean recipe value (QCFG002)', () => {
    expect(code(() => parseQuantConfig('{"default": {"percentile": 10}}'))).toBe('QCFG002');
    expect(code(() => parseQuantConfig('{"recipe": {"fold": true}}'))).toBe('QCFG002');
    expect(code(() => parseQuantConfig('{"recipe": {"cle": 1}}'))).toBe('QCFG002');
    expect(code(() => parseQuantConfig('{"default": {"actRange": "kl"}}'))).toBe('QCFG002');
  });
});
