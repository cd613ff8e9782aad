// Presets as data, the JSON layer-config loader and its validation, per-layer resolution.
import { describe, expect, it } from 'vitest';
import { type LayerQuantConfig, PRESETS, checkLayerConfig, checkOverrides, parseQuantConfig, presetConfig, quantConfigToJson } from '../../../compiler/quant/presets.js';
import { resolveLayerConfigs } from '../../../compiler/quant/layer-config.js';
import { type Graph, constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { UserError } from '../../../core/diagnostics.js';
import { FORMAT_PRESETS } from '../../../compiler/quant/format-presets.js';

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

  it('no name is both an integer and a format preset (--preset would be ambiguous)', () => {
    expect(Object.keys(PRESETS).filter((name) => Object.hasOwn(FORMAT_PRESETS, name))).toEqual([]);
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

/** The code and message of the UserError `f` throws. */
const diagnostic = (f: () => unknown): string => {
  try { f(); } catch (e) { if (e instanceof UserError) return `${e.diagnostics[0]!.code} ${e.diagnostics[0]!.message}`; throw e; }
  return 'none';
};

describe('every preset is what its name says, and a valid configuration', () => {
  it('w<W>a<A>[-pc|-pow2|-log|-g<G>]: weight and activation bits, per channel, pow2, log weights, group size', () => {
    for (const [name, p] of Object.entries(PRESETS)) {
      expect([p.name, p.preset]).toEqual([name, name]);
      // The narrow int8 grid everywhere 8-bit-or-wider weights are used, the full grid below (presets.ts BASE).
      expect(p.default.narrowWeights, name).toBe(p.default.weightBits >= 8);
      if (name === 'binary') {
        expect(p.default).toMatchObject({ weightBits: 1, actBits: 1, perChannel: true });
        continue;
      }
      const m = /^w(\d+)a(\d+)(?:-(pc|pow2|log|g\d+))?$/.exec(name)!;
      const variant = m[3] ?? '';
      expect(p.default, name).toMatchObject({
        weightBits: Number(m[1]), actBits: Number(m[2]), pow2: variant === 'pow2', weightFormat: variant === 'log' ? 'log' : 'int',
        weightGroup: variant.startsWith('g') ? Number(variant.slice(1)) : 0,
      });
      // Per-tensor weights only where 8-bit weights keep the plain or pow2 grid (4-bit and groups are per channel).
      expect(p.default.perChannel, name).toBe(!(name === 'w8a8' || name === 'w8a8-pow2'));
    }
  });

  it('every preset passes the file checks and the layer rules, and reads back from its own JSON', () => {
    for (const [name, p] of Object.entries(PRESETS)) {
      for (const layer of [p.default, { ...p.default, ...p.first }, { ...p.default, ...p.last }]) {
        expect(checkOverrides(layer, name)).toBe(layer);
        expect(() => checkLayerConfig(layer, name)).not.toThrow();
      }
      const back = parseQuantConfig(JSON.stringify(quantConfigToJson(p)));
      expect({ ...back, name }).toEqual({ ...p, recipe: { cle: false, biasCorrection: false, adaround: false, ...p.recipe } });
    }
  });

  it('the 4-bit and group presets run the low-bit recipe; w16a16 has a 48-bit accumulator; the binary ends are 8-bit narrow', () => {
    const low = { cle: true, adaround: true, biasCorrection: true };
    for (const name of ['w4a8', 'w4a4', 'w4a8-log', 'w4a8-g32', 'w4a8-g64', 'w4a8-g128']) expect(PRESETS[name]!.recipe, name).toEqual(low);
    for (const name of ['w8a8-pc', 'w8a8-pow2', 'binary', 'w16a16']) expect(PRESETS[name]!.recipe, name).toBeUndefined();
    expect(PRESETS['w16a16']!.default).toMatchObject({ actSigned: true, accBits: 48 });
    for (const [name, p] of Object.entries(PRESETS)) {
      if (name !== 'w16a16') expect(p.default, name).toMatchObject({ actSigned: false, accBits: 32, accOverflow: 'wrap', actRange: 'minmax', percentile: 99.99 });
      expect(p.default.weightRange, name).toBe(p.default.weightBits === 4 || name === 'w8a8' || name === 'w8a8-g128' ? 'mse' : 'minmax');
    }
    expect(PRESETS['binary']!.first).toEqual({ weightBits: 8, narrowWeights: true });
    expect(PRESETS['binary']!.last).toEqual({ weightBits: 8, actBits: 8, narrowWeights: true });
    expect(['first', 'last'].filter((k) => Object.values(PRESETS).some((p) => p !== PRESETS['binary'] && k in p))).toEqual([]);
  });

  it('a format preset is QCFG006 (runs through accsim run only) or QCFG005 (not on the machine); an unknown one lists the presets', () => {
    expect(diagnostic(() => presetConfig('mxfp4'))).toMatch(/^QCFG006 preset 'mxfp4' \(MXFP4: .*\) runs on the machine through `accsim run --preset mxfp4` and `accsim sweep --preset mxfp4` \(the float lowering\); quantize, compile and search take integer presets only so far$/);
    expect(diagnostic(() => presetConfig('mxfp6'))).toMatch(/^QCFG005 preset 'mxfp6' \(.*\) is not yet on the machine: reference and accuracy only \(accsim eval --preset mxfp6; docs\/ACCURACY.md\)$/);
    expect(diagnostic(() => presetConfig('w3a3'))).toBe(`QCFG001 unknown quantization preset 'w3a3'; expected one of ${Object.keys(PRESETS).join(', ')}`);
    expect(diagnostic(() => presetConfig('toString'))).toMatch(/^QCFG001/);
  });
});

describe('config file messages', () => {
  const fields = 'weightBits, actBits, actSigned, perChannel, pow2, accBits, accOverflow, weightRange, actRange, percentile, narrowWeights, weightFormat, weightGroup';

  it('names the setting, what it must be and the value it got', () => {
    const bad: [string, unknown, string][] = [
      ['weightBits', 3, 'one of 1, 2, 4, 8, 16'], ['actBits', 2, 'one of 1, 4, 8, 16'], ['actSigned', 1, 'true or false'],
      ['perChannel', 'yes', 'true or false'], ['pow2', null, 'true or false'], ['accBits', 7, 'an integer in [8, 52]'],
      ['accBits', 53, 'an integer in [8, 52]'], ['accBits', 16.5, 'an integer in [8, 52]'], ['accOverflow', 'clip', "'wrap' or 'saturate'"],
      ['weightRange', 'kl', "'minmax' or 'mse'"], ['actRange', 'kl', "'minmax', 'mse', 'percentile' or 'bn'"],
      ['percentile', 50, 'a number in (50, 100]'], ['percentile', 100.5, 'a number in (50, 100]'], ['percentile', '99', 'a number in (50, 100]'],
      ['narrowWeights', 0, 'true or false'], ['weightFormat', 'fp', "'int' or 'log'"], ['weightGroup', 16, 'one of 0 (no groups), 32, 64, 128'],
    ];
    for (const [key, value, must] of bad) {
      expect(diagnostic(() => checkOverrides({ [key]: value }, 'layer c', 'q.json'))).toBe(`QCFG002 layer c: ${key} must be ${must}, got ${JSON.stringify(value)}`);
    }
    for (const [key, value] of [['accBits', 8], ['accBits', 52], ['percentile', 100], ['percentile', 50.5], ['actRange', 'bn'], ['accOverflow', 'saturate']] as const) {
      expect(checkOverrides({ [key]: value }, 'layer c')).toEqual({ [key]: value });
    }
    expect(diagnostic(() => checkOverrides({ constructor: 1 }, 'default'))).toBe(`QCFG002 default: unknown setting 'constructor'; expected one of ${fields}`);
    for (const notObject of [[], null, 3]) expect(diagnostic(() => checkOverrides(notObject, 'first'))).toBe('QCFG002 first must be an object of settings');
  });

  it('names the file in every diagnostic it can', () => {
    try {
      checkOverrides({ pow2: 1 }, 'default', 'q.json');
    } catch (e) {
      expect((e as UserError).diagnostics[0]).toMatchObject({ file: 'q.json' });
    }
    for (const text of ['{', '[]', '{"x": 1}', '{"recipe": 1}', '{"layers": []}', '{"default": {"pow2": 1}}']) {
      try {
        parseQuantConfig(text, 'q.json');
        expect.unreachable(text);
      } catch (e) {
        expect((e as UserError).diagnostics[0], text).toMatchObject({ file: 'q.json' });
      }
    }
  });

  it('top level, recipe and layers: each refusal says what was expected', () => {
    expect(diagnostic(() => parseQuantConfig('{'))).toMatch(/^QCFG000 quantization config is not valid JSON: /);
    for (const text of ['[]', 'null', '3']) expect(diagnostic(() => parseQuantConfig(text))).toBe('QCFG000 quantization config must be a JSON object');
    expect(diagnostic(() => parseQuantConfig('{"layer": {}}'))).toBe("QCFG002 unknown top-level key 'layer'; expected preset, default, first, last, layers, recipe");
    for (const recipe of ['[]', 'null', '"cle"']) {
      expect(diagnostic(() => parseQuantConfig(`{"recipe": ${recipe}}`))).toBe('QCFG002 recipe must be an object of booleans (cle, biasCorrection, adaround)');
    }
    expect(diagnostic(() => parseQuantConfig('{"recipe": {"fold": true}}'))).toBe("QCFG002 recipe: unknown step 'fold'; expected cle, biasCorrection, adaround");
    expect(diagnostic(() => parseQuantConfig('{"recipe": {"cle": 1}}'))).toBe('QCFG002 recipe: cle must be true or false, got 1');
    for (const layers of ['[]', '2']) expect(diagnostic(() => parseQuantConfig(`{"layers": ${layers}}`))).toBe("QCFG002 'layers' must map layer names to settings");
    expect(diagnostic(() => parseQuantConfig('{"layers": {"b": {"pow2": 2}}}'))).toBe('QCFG002 layer b: pow2 must be true or false, got 2');
    expect(diagnostic(() => parseQuantConfig('{"first": {"pow2": 2}}'))).toBe('QCFG002 first: pow2 must be true or false, got 2');
    expect(diagnostic(() => parseQuantConfig('{"default": {"pow2": 2}}'))).toBe('QCFG002 default: pow2 must be true or false, got 2');
    expect(diagnostic(() => parseQuantConfig('{"last": {"pow2": 2}}'))).toBe('QCFG002 last: pow2 must be true or false, got 2');
    expect(diagnostic(() => parseQuantConfig('{"preset": 8}'))).toMatch(/^QCFG001 unknown quantization preset '8'/);
  });

  it('a file takes the preset (w8a8 when absent), its recipe under the file\'s, and first/last over the preset\'s', () => {
    const plain = parseQuantConfig('{}');
    expect(plain).toEqual({ name: 'w8a8', preset: 'w8a8', recipe: { cle: true }, default: PRESETS['w8a8']!.default, layers: {} });
    const named = parseQuantConfig('{"preset": "binary", "first": {"actBits": 8}, "default": {"accBits": 24}, "recipe": {"adaround": true}}', 'b.json');
    expect(named).toEqual({
      name: 'b.json', preset: 'binary', recipe: { adaround: true }, default: { ...PRESETS['binary']!.default, accBits: 24 }, layers: {},
      first: { weightBits: 8, narrowWeights: true, actBits: 8 }, last: PRESETS['binary']!.last,
    });
    // first and last of a file's own (w8a8 has none) are written out and read back
    const ends = parseQuantConfig('{"first": {"weightBits": 4}, "last": {"actBits": 4}}', 'e.json');
    expect(quantConfigToJson(ends)).toMatchObject({ first: { weightBits: 4 }, last: { actBits: 4 } });
    expect({ ...parseQuantConfig(JSON.stringify(quantConfigToJson(ends)), 'e.json'), recipe: ends.recipe }).toEqual(ends);
    expect(quantConfigToJson({ name: 'hand', default: PRESETS['w8a8']!.default, layers: {} })).toEqual({
      preset: 'w8a8', recipe: { cle: false, biasCorrection: false, adaround: false }, default: PRESETS['w8a8']!.default, layers: {},
    });
  });
});

describe('layer rules (QCFG004, naming the layer)', () => {
  const base = PRESETS['w8a8-pc']!.default;
  it('refuses each inconsistent combination with its reason', () => {
    const cases: [Partial<LayerQuantConfig>, string][] = [
      [{ actBits: 16 }, '16-bit activations are signed (there is no u16 type): set actSigned true'],
      [{ pow2: true, actBits: 1 }, 'pow2 has no meaning for binary activations'],
      [{ weightFormat: 'log', weightBits: 8 }, "log-domain weights are 4-bit codes (sign + exponent): use weightBits 4, or weightFormat 'int' for 8-bit integer weights"],
      [{ weightGroup: 32, weightFormat: 'log', weightBits: 4 }, "weightGroup 32 does not combine with weightFormat 'log' (groups scale integer weights); or use weightGroup 0"],
      [{ weightGroup: 64, weightBits: 2 }, 'weightGroup 64 does not combine with 2-bit weights (groups need 4 or 8); or use weightGroup 0'],
      [{ weightGroup: 128, perChannel: false }, 'weightGroup 128 does not combine with per-tensor weights (the base scale is per channel: set perChannel true); or use weightGroup 0'],
      [{ weightGroup: 32, pow2: true }, 'weightGroup 32 does not combine with pow2 (a group multiplier is not a power of two); or use weightGroup 0'],
      [{ weightBits: 16, accBits: 32 }, '16-bit weights need an accumulator wider than 32 bits (accBits 32); use 48'],
    ];
    for (const [over, why] of cases) {
      try {
        checkLayerConfig({ ...base, ...over }, 'conv1');
        expect.unreachable(why);
      } catch (e) {
        expect((e as UserError).diagnostics[0]).toEqual({ code: 'QCFG004', node: 'conv1', message: `layer conv1: ${why}` });
      }
    }
    for (const ok of [{ actBits: 16, actSigned: true }, { pow2: true }, { weightFormat: 'log', weightBits: 4 }, { weightGroup: 32, weightBits: 4 }, { weightGroup: 128 }, { weightBits: 16, accBits: 33 }] as const) {
      expect(() => checkLayerConfig({ ...base, ...ok } as LayerQuantConfig, 'conv1')).not.toThrow();
    }
  });
});
