// Quantizing a configuration that shares its upstream low-bit layers with one quantized before gives the same
// graph with the AdaRound memo as without it, while re-optimizing none of those layers (fmnist_cnn: about a
// minute, so it is not in the mutation kill sets, vitest.mutate.config.ts; layer-walk.test.ts checks the same
// on a small CNN there).
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { calibrationCache, quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { presetConfig, type QuantConfig } from '../../../compiler/quant/presets.js';
import { loadFashionMnist } from '../../../compiler/data/fashion-mnist.js';
import { loadQir } from '../../../compiler/qir/load.js';
import type { Graph } from '../../../compiler/ir/graph.js';

/** Every node's attributes and every constant's values. */
function contents(q: Graph): unknown {
  return { nodes: q.nodes.map((n) => [n.name, n.op, n.attrs]), constants: [...q.constants].map(([name, t]) => [name, t.type, Array.from(t.data as ArrayLike<number>, Number)]) };
}

describe('quantizeModel with the calibration cache\'s AdaRound memo', () => {
  it('quantizes like a fresh quantizer, and a configuration sharing the upstream 4-bit layers re-optimizes none of them', () => {
    const graph = loadQir(fileURLToPath(new URL('../../../models/fmnist_cnn.qir', import.meta.url)));
    const calib = loadFashionMnist(fileURLToPath(new URL('../../../models/data/fashion-mnist', import.meta.url)), 'calib', 16).images;
    const w4a8 = presetConfig('w4a8');
    // The same with the last layer at 8-bit weights: conv1..conv3 see the same inputs, so their optimizer runs repeat.
    const lastAt8: QuantConfig = { ...w4a8, layers: { ...w4a8.layers, logits: { ...w4a8.layers['logits'], weightBits: 8 } } };
    const cache = calibrationCache(graph, calib);
    const a = quantizeModel(graph, { config: w4a8, calib, cache });
    const entries = cache.adaround.size;
    expect(entries).toBeGreaterThan(0);
    const b = quantizeModel(graph, { config: lastAt8, calib, cache });
    expect(cache.adaround.size).toBe(entries);
    expect(contents(a.graph)).toEqual(contents(quantizeModel(graph, { config: w4a8, calib }).graph));
    expect(contents(b.graph)).toEqual(contents(quantizeModel(graph, { config: lastAt8, calib }).graph));
    expect(contents(b.graph)).not.toEqual(contents(a.graph));
  }, 600_000);
});
