// The widened per-layer options of `accsim search` (log-domain weights, power-of-two scales at 8 and 4 bits,
// group-wise scales) on the machine: an assignment mixing them over the w4a8 preset quantizes, lowers with
// each layer in its own array mode and requantization, simulates bit for bit equal to the integer
// reference, and the cost cache charges each option what the machine charges it (log below its plain 4-bit
// twin, a shift requantization below a multiplier, a group multiplier above).
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadQir } from '../../../compiler/qir/load.js';
import { loadFashionMnist } from '../../../compiler/data/fashion-mnist.js';
import { sliceSamples } from '../../../compiler/data/choice-data.js';
import { calibrationCache, quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { presetConfig } from '../../../compiler/quant/presets.js';
import { defaultHwConfig } from '../../../isa/hw-config.js';
import { runDesignPoint } from '../../../tools/pipeline/evaluate-design-point.js';
import { LayerCostCache } from '../../../tools/search/cost-cache.js';
import { type Assignment, type LayerOption, assignmentConfig, nativeOption, optionsOf } from '../../../tools/search/search-space.js';

const root = (p: string): string => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const graph = loadQir(root('models/fmnist_cnn.qir'));
const calib = loadFashionMnist(root('models/data/fashion-mnist'), 'calib', 32).images;
const cache = calibrationCache(graph, calib);
const layers = ['conv1/Conv', 'conv2/Conv', 'conv3/Conv', 'logits'];
const w4a8 = presetConfig('w4a8');
const options = optionsOf(['8', '4', 'log', 'pow2', 'pow2-4', 'g128', 'a4']);
const native = nativeOption(w4a8, options)!;
const opt = (weight: LayerOption['weight']): LayerOption => options.find((o) => o.weight === weight && o.act === 8)!;
// AdaRound and bias correction move values only (search-space: the structure that lowers is quantized without them).
const quantized = (changes: Record<string, LayerOption>, recipe = false) => {
  const a: Assignment = { ...Object.fromEntries(layers.map((l) => [l, native])), ...changes };
  const c = assignmentConfig(w4a8, a, native);
  return quantizeModel(graph, { config: recipe ? c : { ...c, recipe: { ...c.recipe, adaround: false, biasCorrection: false } }, calib, cache }).graph;
};
const node = (g: ReturnType<typeof quantized>, name: string) => g.nodes.find((n) => n.name === name)!;

describe('widened search options on the machine', () => {
  it('a mix of pow2-4, log and group-scaled layers over w4a8 simulates bit-exactly, each layer in its own mode', async () => {
    // conv1 and conv2 with power-of-two scales (conv2 reads conv1's power-of-two output scale), conv3 log-domain,
    // the logits group-scaled; quantized with the search's recipe (AdaRound and its log-rounding step, bias correction).
    const g = quantized({ 'conv1/Conv': opt('pow2-4'), 'conv2/Conv': opt('pow2-4'), 'conv3/Conv': opt('log'), logits: opt('g128') }, true);
    expect(node(g, 'conv1/Conv').attrs['requant']).toBe('pow2');
    expect(node(g, 'conv2/Conv').attrs['requant']).toBe('pow2');
    expect(node(g, 'conv3/Conv').attrs).toMatchObject({ requant: 'm0shift', w_format: 'log' });
    expect(node(g, 'logits').attrs).toMatchObject({ requant: 'm0shift', w_group: 128 });
    const r = await runDesignPoint({ quantGraph: g, hw: defaultHwConfig(), batch: sliceSamples(calib, 0, 2), threads: 1 });
    expect(r.fidelity.mismatchedElements).toBe(0);
    expect(r.fidelity.bitExact).toBe(true);
  }, 120_000);

  it('the cost cache charges log below plain 4-bit, pow2 below m0shift, and a group multiplier above plain 4-bit', () => {
    const costs = new LayerCostCache(defaultHwConfig());
    const sample = sliceSamples(calib, 0, 1);
    const layer = (changes: Record<string, LayerOption>, name: string) => costs.estimate(quantized(changes), sample).layers.find((l) => l.name === name)!.cost.energyPj;
    const plain = (name: string) => layer({}, name);
    expect(layer({ 'conv2/Conv': opt('log') }, 'conv2/Conv')).toBeLessThan(plain('conv2/Conv'));
    expect(layer({ 'conv1/Conv': opt('pow2-4') }, 'conv1/Conv')).toBeLessThan(plain('conv1/Conv'));
    expect(layer({ 'conv3/Conv': opt('g128') }, 'conv3/Conv')).toBeGreaterThan(plain('conv3/Conv'));
  }, 120_000);
});
