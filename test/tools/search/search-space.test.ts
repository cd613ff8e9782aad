// The search space: options from widths, the configuration of an assignment, the weighted consumers a
// pair move joins, and the moves from an assignment (hand-enumerated on the CNN's four layers).
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadQir } from '../../../compiler/qir/load.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { floatPassNames } from '../../../compiler/ptq/quantize-model.js';
import { presetConfig, quantConfigToJson } from '../../../compiler/quant/presets.js';
import { resolveLayerConfigs } from '../../../compiler/quant/layer-config.js';
import { BASE_OPTION, type LayerOption, assignmentConfig, movesFrom, nativeOption, optionLabel, optionsOf, pow2Consistent, weightedConsumers } from '../../../tools/search/search-space.js';

const float = runPipeline(loadQir(fileURLToPath(new URL('../../../models/fmnist_cnn.qir', import.meta.url))), floatPassNames(false)).graph;
const layers = ['conv1/Conv', 'conv2/Conv', 'conv3/Conv', 'logits'];
const base = Object.fromEntries(layers.map((l) => [l, BASE_OPTION]));

describe('search space', () => {
  it('options: each weight width with 8-bit outputs, and 4-bit outputs with a4', () => {
    expect(optionsOf(['8', '4', 'a4']).map(optionLabel)).toEqual(['w8a8', 'w8a4', 'w4a8', 'w4a4']);
    expect(optionsOf(['4', 'pow2', 'pow2-4', 'log', 'g128']).map(optionLabel)).toEqual(['w8a8', 'w4a8', 'pow2a8', 'pow2w4a8', 'log4a8', 'w4g128a8']);
  });

  it('a pow2 layer turns the default pow2 on (the scale of the network input) and the other layers say pow2 false', () => {
    const opts = optionsOf(['8', '4', 'log', 'pow2-4']);
    const o = (w: LayerOption['weight']) => opts.find((x) => x.weight === w)!;
    const w4a8 = presetConfig('w4a8');
    const native = nativeOption(w4a8, opts)!;
    const all = Object.fromEntries(layers.map((l) => [l, native]));
    const c = assignmentConfig(w4a8, { ...all, 'conv1/Conv': o('pow2-4'), 'conv3/Conv': o('log') }, native);
    expect(c.default.pow2).toBe(true);
    const r = resolveLayerConfigs(float, c);
    expect(r.get('conv1/Conv')).toEqual({ ...w4a8.default, pow2: true });
    expect(r.get('conv2/Conv')).toEqual(w4a8.default);
    expect(r.get('conv3/Conv')).toEqual({ ...w4a8.default, weightFormat: 'log' });
    expect(r.get('logits')).toEqual(w4a8.default);
    // Without a pow2 layer nothing about pow2 is written.
    expect(assignmentConfig(w4a8, { ...all, 'conv3/Conv': o('log') }, native).layers['conv2/Conv']).toBeUndefined();
  });

  it('pow2 layers need pow2 producers: moves that break the chain are left out', () => {
    const opts = optionsOf(['8', 'pow2']);
    const P = opts.find((x) => x.weight === 'pow2')!;
    const consumers = weightedConsumers(float);
    expect(pow2Consistent({ ...base, 'conv1/Conv': P, 'conv2/Conv': P }, consumers)).toBe(true);
    expect(pow2Consistent({ ...base, 'conv2/Conv': P }, consumers)).toBe(false);
    const label = (m: object) => Object.entries(m).map(([l, x]) => `${l}=${optionLabel(x as LayerOption)}`).join('+');
    const allowed = new Map(layers.map((l) => [l, opts]));
    expect(movesFrom(base, allowed, consumers).map(label)).toEqual(['conv1/Conv=pow2a8']);
    const chain = { ...base, 'conv1/Conv': P, 'conv2/Conv': P };
    expect(movesFrom(chain, allowed, consumers).map(label)).toEqual(['conv2/Conv=w8a8', 'conv3/Conv=pow2a8']);
    // Every pow2 width's native preset: w8a8-pow2 over 'pow2', w4a8-log over 'log', w4a8-g128 over 'g128'.
    const wide = optionsOf(['8', '4', 'pow2', 'log', 'g128']);
    expect(['w8a8-pow2', 'w4a8-log', 'w4a8-g128', 'w4a8'].map((p) => optionLabel(nativeOption(presetConfig(p), wide)!))).toEqual(['pow2a8', 'log4a8', 'w4g128a8', 'w4a8']);
  });

  it('an assignment becomes per-layer overrides of the base, with AdaRound and bias correction once a layer has 4-bit weights', () => {
    const c = assignmentConfig(presetConfig('w8a8'), { ...base, 'conv2/Conv': { weight: '8', act: 4 }, 'conv3/Conv': { weight: '4', act: 8 } });
    const r = resolveLayerConfigs(float, c);
    expect(r.get('conv2/Conv')).toMatchObject({ weightBits: 8, actBits: 4, perChannel: false });
    expect(r.get('conv3/Conv')).toMatchObject({ weightBits: 4, actBits: 8, perChannel: true, weightRange: 'mse', narrowWeights: false });
    expect(r.get('conv1/Conv')).toMatchObject({ weightBits: 8, actBits: 8 });
    expect(c.recipe).toEqual({ cle: true, adaround: true, biasCorrection: true });
    expect(assignmentConfig(presetConfig('w8a8'), base).recipe).toEqual({ cle: true });
  });

  it('a preset with a per-layer form: its native option reproduces it, and moves over it override only the moved layers', () => {
    const opts = optionsOf(['8', '4', '2', 'a4']);
    const label = (p: string) => { const o = nativeOption(presetConfig(p), opts); return o === undefined ? undefined : optionLabel(o); };
    expect(['w8a8', 'w8a8-pc', 'w4a8', 'w4a4', 'w8a8-pow2', 'binary'].map(label)).toEqual(['w8a8', 'w8a8', 'w4a8', 'w4a4', undefined, undefined]);
    const w4a8 = presetConfig('w4a8');
    const native = nativeOption(w4a8, opts)!;
    const all = Object.fromEntries(layers.map((l) => [l, native]));
    // The descent's start over the preset is the preset, to the --config JSON (so it is scored once).
    expect(JSON.stringify(quantConfigToJson(assignmentConfig(w4a8, all, native)))).toBe(JSON.stringify(quantConfigToJson(w4a8)));
    const moved = assignmentConfig(w4a8, { ...all, 'conv2/Conv': { weight: '4', act: 4 }, 'conv3/Conv': { weight: '2', act: 8 } }, native);
    expect(Object.keys(moved.layers)).toEqual(['conv2/Conv', 'conv3/Conv']);
    const r = resolveLayerConfigs(float, moved);
    expect(r.get('conv2/Conv')).toEqual({ ...w4a8.default, actBits: 4 });
    expect(r.get('conv3/Conv')).toEqual({ ...w4a8.default, weightBits: 2 });
    expect(r.get('conv1/Conv')).toEqual(w4a8.default);
    // Over a 4-bit-output base an option with 8-bit outputs says so.
    const w4a4 = presetConfig('w4a4');
    expect(resolveLayerConfigs(float, assignmentConfig(w4a4, { ...all, logits: { weight: '4', act: 8 } }, nativeOption(w4a4, opts)!)).get('logits')).toEqual({ ...w4a4.default, actBits: 8 });
  });

  it('weighted consumers look through pools and flatten', () => {
    expect([...weightedConsumers(float)]).toEqual([['conv1/Conv', ['conv2/Conv']], ['conv2/Conv', ['conv3/Conv']], ['conv3/Conv', ['logits']], ['logits', []]]);
  });

  it('moves: every other option of one layer, and producer→a4 with consumer→w4', () => {
    const opts = optionsOf(['8', '4', 'a4']);
    const allowed = new Map(layers.map((l) => [l, opts]));
    const moves = movesFrom(base, allowed, weightedConsumers(float));
    const labels = moves.map((m) => Object.entries(m).map(([l, o]) => `${l}=${optionLabel(o)}`).join('+'));
    expect(labels.filter((l) => !l.includes('+'))).toHaveLength(4 * 3);
    expect(labels.filter((l) => l.includes('+'))).toEqual([
      'conv1/Conv=w8a4+conv2/Conv=w4a8', 'conv1/Conv=w8a4+conv2/Conv=w4a4',
      'conv2/Conv=w8a4+conv3/Conv=w4a8', 'conv2/Conv=w8a4+conv3/Conv=w4a4',
      'conv3/Conv=w8a4+logits=w4a8', 'conv3/Conv=w8a4+logits=w4a4',
    ]);
  });
});
