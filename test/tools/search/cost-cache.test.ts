// The per-layer cost cache: a configuration whose every layer was seen (lowered alike) in OTHER simulated
// configurations is estimated without a simulation, and each layer's energy equals, bit for bit, what a
// full simulation of that configuration charges the layer; the total agrees to rounding of the sum.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadQir } from '../../../compiler/qir/load.js';
import { loadFashionMnist } from '../../../compiler/data/fashion-mnist.js';
import { sliceSamples } from '../../../compiler/data/choice-data.js';
import { calibrationCache, quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { presetConfig } from '../../../compiler/quant/presets.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { defaultHwConfig } from '../../../isa/hw-config.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { LayerCostCache } from '../../../tools/search/cost-cache.js';
import { assignmentConfig, BASE_OPTION, type Assignment, type LayerOption } from '../../../tools/search/search-space.js';
import { programEnds, programInput } from '../../../tools/pipeline/host-io.js';

const root = (p: string): string => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const graph = loadQir(root('models/fmnist_cnn.qir'));
const calib = loadFashionMnist(root('models/data/fashion-mnist'), 'calib', 16).images;
const sample = sliceSamples(calib, 0, 1);
const cache = calibrationCache(graph, calib);
const layers = ['conv1/Conv', 'conv2/Conv', 'conv3/Conv', 'logits'];
const base = presetConfig('w8a8');
const quantized = (changes: Record<string, LayerOption>) => {
  const a: Assignment = { ...Object.fromEntries(layers.map((l) => [l, BASE_OPTION])), ...changes };
  const config = assignmentConfig(base, a);
  return quantizeModel(graph, { config: { ...config, recipe: { ...config.recipe, adaround: false, biasCorrection: false } }, calib, cache }).graph;
};

describe('LayerCostCache', () => {
  it('estimates a configuration from layers seen in others, equal layer by layer to its full simulation', () => {
    const hw = defaultHwConfig();
    const costs = new LayerCostCache(hw);
    costs.estimate(quantized({ 'conv1/Conv': { weight: '4', act: 8 } }), sample);
    costs.estimate(quantized({ 'conv2/Conv': { weight: '8', act: 4 }, 'conv3/Conv': { weight: '4', act: 8 } }), sample);
    expect(costs.stats().simulations).toBe(2);
    const target = quantized({ 'conv1/Conv': { weight: '4', act: 8 }, 'conv2/Conv': { weight: '8', act: 4 }, 'conv3/Conv': { weight: '4', act: 8 } });
    const est = costs.estimate(target, sample);
    expect(costs.stats().simulations).toBe(2);
    const program = lowerGraph(target, hw);
    const run = simulateProgram(program, new Map([[programEnds(program).input.name, programInput(target, program, sample)]]));
    expect(est.layers.map((l) => l.name)).toEqual(run.energy.layers.map((l) => l.name));
    est.layers.forEach((l, k) => expect(l.cost.energyPj).toBe(run.energy.layers[k]!.energy.totalPj));
    expect(est.energyPj).toBeCloseTo(run.energy.total.totalPj, 3);
    // conv3 reads 4-bit activations with 4-bit weights: the int4 mode costs less than the base's int8 one.
    const plain = costs.estimate(quantized({}), sample);
    expect(est.energyPj).toBeLessThan(plain.energyPj);
  });

  it('keys by hardware: another array size misses', () => {
    const costs = new LayerCostCache(defaultHwConfig());
    const g = quantized({});
    costs.estimate(g, sample);
    const other = new LayerCostCache({ ...defaultHwConfig(), array: { ...defaultHwConfig().array, rows: 8, cols: 8 } });
    other.estimate(g, sample);
    expect(other.stats().misses).toBeGreaterThan(0);
    expect(costs.signatures(lowerGraph(g, defaultHwConfig()))[0]).not.toEqual(other.signatures(lowerGraph(g, { ...defaultHwConfig(), array: { ...defaultHwConfig().array, rows: 8, cols: 8 } }))[0]);
  });
});
