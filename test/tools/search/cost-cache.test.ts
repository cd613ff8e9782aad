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
import { assignmentConfig, BASE_OPTION, type Assignment, type LayerOption, structuralConfig } from '../../../tools/search/search-space.js';
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

  it('keys a layer by the CONFIG it inherits: equal signatures charge equal energy', () => {
    // The lowering drops a CONFIG equal to the one in force, so conv2 (after the pool) computes under the
    // pool's CONFIG, whose actBits is conv1's output width: 4 here, 8 in the base. conv2's own instructions
    // are the same in both (its input is stored as bytes either way), yet its MACs are charged at 4 or 8
    // activation bits. A key of its instructions alone gave both one entry (a search front point's energy
    // was then off by 4.6e-6 relative); the inherited CONFIG in the key tells them apart.
    const hw = defaultHwConfig();
    const costs = new LayerCostCache(hw);
    const simulated = (g: ReturnType<typeof quantized>) => {
      const program = lowerGraph(g, hw);
      const run = simulateProgram(program, new Map([[programEnds(program).input.name, programInput(g, program, sample)]]));
      return { sigs: costs.signatures(program), names: program.layers.map((l) => l.name), energy: run.energy.layers.map((l) => l.energy.totalPj) };
    };
    const a4 = simulated(quantized({ 'conv1/Conv': { weight: '8', act: 4 } }));
    const a8 = simulated(quantized({}));
    const conv2 = a8.names.indexOf('conv2/Conv');
    expect(a4.names).toEqual(a8.names);
    expect(a4.energy[conv2]).toBeLessThan(a8.energy[conv2]!);
    expect(a4.sigs[conv2]).not.toEqual(a8.sigs[conv2]);
    // Every signature the two share charges the same energy, and they do share the layers after conv2.
    let shared = 0;
    a4.sigs.forEach((s, k) => a8.sigs.forEach((t, j) => {
      if (s !== t) return;
      shared++;
      expect(a4.energy[k]).toBe(a8.energy[j]);
    }));
    expect(shared).toBeGreaterThanOrEqual(a8.names.length - a8.names.indexOf('conv3/Conv'));
  });

  it('ahead of need (no simulation) stores nothing on a miss and gives the stored costs on a hit', () => {
    const costs = new LayerCostCache(defaultHwConfig());
    const g = quantized({ 'conv2/Conv': { weight: '4', act: 8 } });
    expect(costs.estimate(g, sample, false)).toBeUndefined();
    expect(costs.stats()).toEqual({ entries: 0, hits: 0, misses: 0, simulations: 0 });
    const stored = costs.estimate(g, sample);
    expect(costs.estimate(g, sample, false)).toEqual(stored);
    expect(costs.stats().simulations).toBe(1);
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

describe('structuralConfig', () => {
  it('min/max weight ranges lower to the same cost keys as the MSE ranges, for every kind of option', () => {
    // The estimate quantizes without the MSE clipping search (structuralConfig): only scale values change,
    // and the cost keys strip values, so every layer's signature (and with it its cached cost) is the same.
    const costs = new LayerCostCache(defaultHwConfig());
    const mixes: Record<string, LayerOption>[] = [
      {},
      { 'conv1/Conv': { weight: '4', act: 4 }, 'conv2/Conv': { weight: '4', act: 8 }, 'conv3/Conv': { weight: 'log', act: 8 }, logits: { weight: 'g128', act: 8 } },
      { 'conv1/Conv': { weight: 'pow2', act: 8 }, 'conv2/Conv': { weight: 'pow2-4', act: 4 }, 'conv3/Conv': { weight: '2', act: 8 } },
    ];
    for (const m of mixes) {
      const config = assignmentConfig(base, { ...Object.fromEntries(layers.map((l) => [l, BASE_OPTION])), ...m });
      const mse = quantizeModel(graph, { config: { ...config, recipe: { ...config.recipe, adaround: false, biasCorrection: false } }, calib, cache }).graph;
      const minmax = quantizeModel(graph, { config: structuralConfig(config), calib, cache }).graph;
      expect(structuralConfig(config).recipe).toMatchObject({ adaround: false, biasCorrection: false });
      expect(costs.signatures(lowerGraph(minmax, defaultHwConfig()))).toEqual(costs.signatures(lowerGraph(mse, defaultHwConfig())));
    }
  });
});
