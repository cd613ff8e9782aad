// The AdaRound memo returns exactly what the optimizer computes: a hit for the same inputs, a new entry when
// any input differs; and quantizing a configuration that shares its upstream low-bit layers with one quantized
// before gives the same graph with the memo as without it, while re-optimizing none of those layers.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ADAROUND_DEFAULTS, adaroundRows, gramMatrix } from '../../../compiler/quant/adaround.js';
import { type AdaroundMemo, memoAdaroundRows } from '../../../compiler/quant/adaround-memo.js';
import { calibrationCache, quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { presetConfig, type QuantConfig } from '../../../compiler/quant/presets.js';
import { loadFashionMnist } from '../../../compiler/data/fashion-mnist.js';
import { loadQir } from '../../../compiler/qir/load.js';
import type { Graph } from '../../../compiler/ir/graph.js';

const o = { ...ADAROUND_DEFAULTS, iterations: 60 };

describe('memoAdaroundRows', () => {
  const [rows, k, r] = [4, 12, 64];
  const x = Float64Array.from({ length: r * k }, (_, i) => ((i * 7919) % 97) / 97);
  const w = Float32Array.from({ length: rows * k }, (_, i) => (((i * 104729) % 89) / 89 - 0.5) * 0.3);
  const scale = Float32Array.from({ length: rows }, () => 0.05);
  const g = gramMatrix(x, r, k);

  it('equals the optimizer; the same inputs hit, a different Gram matrix, scale or option misses', () => {
    const memo: AdaroundMemo = new Map();
    const direct = adaroundRows(w, scale, rows, k, -8, 7, g, o);
    const first = memoAdaroundRows(memo, w, scale, rows, k, -8, 7, g, o);
    expect(Array.from(first)).toEqual(Array.from(direct));
    expect(memoAdaroundRows(memo, Float32Array.from(w), Float32Array.from(scale), rows, k, -8, 7, Float64Array.from(g), o)).toBe(first);
    expect(memo.size).toBe(1);
    const g2 = Float64Array.from(g);
    g2[5]! += 1e-12;
    memoAdaroundRows(memo, w, scale, rows, k, -8, 7, g2, o);
    memoAdaroundRows(memo, w, Float32Array.from(scale, (s) => s * 1.5), rows, k, -8, 7, g, o);
    memoAdaroundRows(memo, w, scale, rows, k, -8, 7, g, { ...o, iterations: 61 });
    memoAdaroundRows(memo, w, scale, rows, k, -2, 1, g, o);
    expect(memo.size).toBe(5);
    expect(Array.from(memoAdaroundRows(undefined, w, scale, rows, k, -8, 7, g, o))).toEqual(Array.from(direct));
  });
});

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
