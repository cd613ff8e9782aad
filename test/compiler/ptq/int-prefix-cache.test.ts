// The integer prefix cache returns exactly what the reference computes: scoring configurations through it
// gives the outputs of a plain run bit for bit; a configuration that changes only the last layer reuses
// every node before it; a changed constant (or attribute) upstream changes the key of every node after it;
// the byte budget drops the least recently used entries.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { calibrationCache, quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { presetConfig, type QuantConfig } from '../../../compiler/quant/presets.js';
import { loadFashionMnist } from '../../../compiler/data/fashion-mnist.js';
import { loadQir } from '../../../compiler/qir/load.js';
import { heldOutSet, quantizedOutputs } from '../../../compiler/ptq/choice-score.js';
import { IntPrefixCache, nodeKeys } from '../../../compiler/ptq/int-prefix-cache.js';
import { cloneGraph } from '../../../compiler/ir/graph.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';

const graph = loadQir(fileURLToPath(new URL('../../../models/fmnist_cnn.qir', import.meta.url)));
const data = loadFashionMnist(fileURLToPath(new URL('../../../models/data/fashion-mnist', import.meta.url)), 'calib', 24);
const calib = { type: { ...data.images.type, shape: [16, 1, 28, 28] }, data: (data.images.data as Float32Array).subarray(0, 16 * 784) };
const held = { type: { ...data.images.type, shape: [8, 1, 28, 28] }, data: (data.images.data as Float32Array).subarray(16 * 784) };
const set = heldOutSet(graph, held, data.labels.subarray(16));
const cache = calibrationCache(graph, calib);
const quantize = (config: QuantConfig) => quantizeModel(graph, { config, calib, cache }).graph;
const w8a8 = presetConfig('w8a8');
const lastAt4: QuantConfig = { ...w8a8, layers: { ...w8a8.layers, logits: { ...w8a8.layers['logits'], weightBits: 4, perChannel: true } } };
const bits = (a: Float32Array): number[] => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

describe('IntPrefixCache', () => {
  it('scores bit for bit like the plain reference, and a last-layer move recomputes only from that layer on', () => {
    const ic = new IntPrefixCache(8);
    const a = quantize(w8a8);
    const b = quantize(lastAt4);
    expect(bits(quantizedOutputs(a, set, ic))).toEqual(bits(quantizedOutputs(a, set)));
    const afterA = ic.stats();
    expect(afterA.hits).toBe(0);
    expect(afterA.entries).toBe(a.nodes.length);
    expect(bits(quantizedOutputs(b, set, ic))).toEqual(bits(quantizedOutputs(b, set)));
    // Every node before the logits layer is the same computation on the same values: a hit.
    const logitsAt = b.nodes.findIndex((n) => n.name === 'logits');
    expect(logitsAt).toBeGreaterThan(0);
    expect(ic.stats().hits - afterA.hits).toBe(logitsAt);
    // Scoring a again is all hits, and still the plain answer.
    const beforeAgain = ic.stats();
    expect(bits(quantizedOutputs(a, set, ic))).toEqual(bits(quantizedOutputs(a, set)));
    expect(ic.stats().hits - beforeAgain.hits).toBe(a.nodes.length);
    expect(ic.stats().misses).toBe(beforeAgain.misses);
  });

  it('keys a node by its constants and attributes and everything upstream', () => {
    const a = quantize(w8a8);
    const keys = nodeKeys(a);
    const firstConv = a.nodes.findIndex((n) => n.op === 'qconv2d');
    const changedConst = cloneGraph(a);
    const wName = a.nodes[firstConv]!.operands[1]!.name;
    const w = a.constants.get(wName)!;
    const data = (w.data as Int8Array).slice();
    data[0] = data[0] === 1 ? 2 : 1;
    changedConst.constants.set(wName, { type: w.type, data });
    const k2 = nodeKeys(changedConst);
    a.nodes.forEach((n, i) => expect(k2.get(n.name) === keys.get(n.name)).toBe(i < firstConv));
    const changedAttr = cloneGraph(a);
    changedAttr.nodes = a.nodes.map((n, i) => (i === firstConv ? { ...n, attrs: { ...n.attrs, y_zero: Number(n.attrs['y_zero']) + 1 } } : n));
    const k3 = nodeKeys(changedAttr);
    a.nodes.forEach((n, i) => expect(k3.get(n.name) === keys.get(n.name)).toBe(i < firstConv));
  });

  it('drops the least recently used entries beyond its byte budget, and refuses another sample count', () => {
    const t = (v: number) => f32Tensor([1], [v]);
    const ic = new IntPrefixCache(2, 24); // three entries of 2 × 4 bytes
    ic.set('a', [t(1), t(2)]);
    ic.set('b', [t(3), t(4)]);
    ic.set('c', [t(5), t(6)]);
    expect(ic.get('a')).toBeDefined(); // a is now the most recent
    ic.set('d', [t(7), t(8)]);
    expect(ic.get('b')).toBeUndefined();
    expect(ic.get('a')).toBeDefined();
    expect(ic.stats().bytes).toBe(24);
    expect(() => ic.set('e', [t(9)])).toThrow();
    expect(() => quantizedOutputs(quantize(w8a8), set, new IntPrefixCache(3))).toThrow();
  });
});
