// The calibration walk's node-output cache (adaround and correct-bias, layer-walk.ts) changes no result:
// configurations quantized through one calibration cache give the graphs a fresh quantizer gives, bit for
// bit; a configuration that differs only in its last layer evaluates no walk node again; and the walk stops
// after the last weighted layer (nothing after it is evaluated). About a minute (fmnist_cnn with AdaRound): not
// in the mutation kill sets (vitest.mutate.config.ts); layer-walk.test.ts checks the same on a small CNN there.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { calibrationCache, quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { presetConfig, type QuantConfig } from '../../../compiler/quant/presets.js';
import { loadFashionMnist } from '../../../compiler/data/fashion-mnist.js';
import { loadQir } from '../../../compiler/qir/load.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { walkWeightedLayers } from '../../../compiler/quant/layer-walk.js';
import { NodeOutputCache } from '../../../compiler/quant/node-output-cache.js';
import { samplesOf } from '../../../compiler/quant/calibration-samples.js';

/** Every node's attributes and every constant's values. */
function contents(q: Graph): unknown {
  return { nodes: q.nodes.map((n) => [n.name, n.op, n.attrs]), constants: [...q.constants].map(([name, t]) => [name, t.type, Array.from(t.data as ArrayLike<number>, Number)]) };
}

const graph = loadQir(fileURLToPath(new URL('../../../models/fmnist_cnn.qir', import.meta.url)));
const calib = loadFashionMnist(fileURLToPath(new URL('../../../models/data/fashion-mnist', import.meta.url)), 'calib', 12).images;
const w4a8 = presetConfig('w4a8');
const with8 = (layer: string): QuantConfig => ({ ...w4a8, layers: { ...w4a8.layers, [layer]: { weightBits: 8, narrowWeights: true } } });

describe('the calibration walk cache', () => {
  it('quantizes bit for bit like a fresh quantizer; a last-layer change re-evaluates no walk node', () => {
    const cache = calibrationCache(graph, calib);
    const a = quantizeModel(graph, { config: w4a8, calib, cache }).graph;
    const before = cache.walk.stats();
    expect(before.misses).toBeGreaterThan(0);
    // The logits layer is last: with its weights at 8 bits every node the two walks evaluate (all before it) is w4a8's.
    const b = quantizeModel(graph, { config: with8('logits'), calib, cache }).graph;
    const after = cache.walk.stats();
    expect(after.misses).toBe(before.misses);
    // w4a8 looked up 8 nodes per walk (input_q … flatten: all before logits); with logits at 8 bits the adaround
    // walk stops after conv3 (its last 4-bit layer: 5 nodes before it), correct-bias walks all 8 — every one a hit.
    expect(before.hits + before.misses).toBe(16);
    expect(after.hits - before.hits).toBe(5 + 8);
    expect(contents(a)).toEqual(contents(quantizeModel(graph, { config: w4a8, calib }).graph));
    expect(contents(b)).toEqual(contents(quantizeModel(graph, { config: with8('logits'), calib }).graph));
  }, 600_000);

  it('visits the same layers with the same inputs with or without the cache, and evaluates nothing after the last', () => {
    const q = quantizeModel(graph, { config: w4a8, calib }).graph;
    const samples = samplesOf(q, calib);
    const seen = (cache?: NodeOutputCache) => {
      const out: [string, number[]][] = [];
      walkWeightedLayers(q, samples, (node, inputs) => out.push([node.name, inputs.flatMap((t) => Array.from(t.data as ArrayLike<number>, Number))]), cache);
      return out;
    };
    const cache = new NodeOutputCache(samples.length, 2 ** 26);
    const plain = seen();
    expect(seen(cache)).toEqual(plain);
    expect(seen(cache)).toEqual(plain);
    expect(plain.map(([n]) => n)).toEqual(q.nodes.filter((n) => n.op === 'qconv2d' || n.op === 'qdense').map((n) => n.name));
    const last = q.nodes.findIndex((n) => n.name === plain.at(-1)![0]);
    // Entries: every node before the last weighted layer, once (the second walk hit all of them).
    expect(cache.stats()).toMatchObject({ entries: last, hits: last, misses: last });
  });

  it('stops after the last layer `wants` (adaround: its low-bit layers), having visited every layer up to it', () => {
    const q = quantizeModel(graph, { config: w4a8, calib }).graph;
    const samples = samplesOf(q, calib).slice(0, 2);
    const visited: string[] = [];
    walkWeightedLayers(q, samples, (node) => visited.push(node.name), undefined, (node) => node.name === 'conv2/Conv');
    expect(visited).toEqual(['conv1/Conv', 'conv2/Conv']);
  });
});
