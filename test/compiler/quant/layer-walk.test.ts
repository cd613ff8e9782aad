// The calibration walk (layer-walk.ts) and its node-output cache on a small hand-built CNN, fast enough to be
// the quant-recipes mutation kill set's test of the walk, the cache and the AdaRound memo (the fmnist_cnn
// versions, walk-cache.test.ts and adaround-memo-model.test.ts, take a minute each and stay in `npm test`):
// the walk visits every weighted layer in graph order with the integer inputs the reference computes, stops
// after the last one `wants`, the cache changes no visit, and quantizing through one calibration cache gives
// the graphs a fresh quantizer gives while a last-layer change evaluates no walk node and re-optimizes no layer.
// On hand-made graphs: float ops before the quantize run in float, an op with no integer semantics reading
// integers is RUN012, and a second graph input is an internal error.
import { beforeEach, describe, expect, it } from 'vitest';
import { type Graph, type Node, cloneGraph, constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { type Tensor, f32Tensor, makeTensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { calibrationCache, quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { presetConfig, type QuantConfig } from '../../../compiler/quant/presets.js';
import { walkWeightedLayers } from '../../../compiler/quant/layer-walk.js';
import { NodeOutputCache } from '../../../compiler/quant/node-output-cache.js';
import { samplesOf } from '../../../compiler/quant/calibration-samples.js';
import { runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { GraphBuilder, randomData, seededRandom } from '../passes/graph-builder.js';
import { firstDiagnostic } from '../../user-error.js';

/** x [1,2,6,6] → conv 3x3 pad 1 → relu → conv 3x3 stride 2 → relu → flatten → dense 16→5 → dense 5→3. */
function smallCnn(): Graph {
  const rand = seededRandom(7);
  return new GraphBuilder('small', { x: [1, 2, 6, 6] })
    .constant('c1.w', [4, 2, 3, 3], randomData(rand, 72, -0.5, 0.5)).constant('c1.b', [4], randomData(rand, 4, -0.1, 0.1))
    .constant('c2.w', [4, 4, 3, 3], randomData(rand, 144, -0.4, 0.4)).constant('c2.b', [4], randomData(rand, 4, -0.1, 0.1))
    .constant('d1.w', [5, 16], randomData(rand, 80, -0.5, 0.5)).constant('d1.b', [5], randomData(rand, 5, -0.1, 0.1))
    .constant('d2.w', [3, 5], randomData(rand, 15, -0.8, 0.8))
    .node('c1', 'conv2d', ['%x', '@c1.w', '@c1.b'], { pad: [1, 1, 1, 1] }).node('r1', 'relu', ['%c1'])
    .node('c2', 'conv2d', ['%r1', '@c2.w', '@c2.b'], { stride: [2, 2] }).node('r2', 'relu', ['%c2'])
    .node('f', 'flatten', ['%r2']).node('d1', 'dense', ['%f', '@d1.w', '@d1.b']).node('d2', 'dense', ['%d1', '@d2.w'])
    .build('d2');
}

/** x → conv → relu → conv (pad 1) → add(relu, conv) → conv → flatten → dense: the relu's output is read twice, by the second conv and the add. */
function residualCnn(): Graph {
  const rand = seededRandom(9);
  return new GraphBuilder('residual', { x: [1, 2, 6, 6] })
    .constant('c1.w', [4, 2, 3, 3], randomData(rand, 72, -0.5, 0.5)).constant('c2.w', [4, 4, 3, 3], randomData(rand, 144, -0.3, 0.3))
    .constant('c3.w', [2, 4, 3, 3], randomData(rand, 72, -0.4, 0.4)).constant('d.w', [3, 18], randomData(rand, 54, -0.5, 0.5))
    .node('c1', 'conv2d', ['%x', '@c1.w'], { pad: [1, 1, 1, 1] }).node('r1', 'relu', ['%c1'])
    .node('c2', 'conv2d', ['%r1', '@c2.w'], { pad: [1, 1, 1, 1] }).node('a', 'add', ['%r1', '%c2'])
    .node('c3', 'conv2d', ['%a', '@c3.w'], { stride: [2, 2], pad: [1, 1, 1, 1] }).node('f', 'flatten', ['%c3']).node('d', 'dense', ['%f', '@d.w'])
    .build('d');
}

const calib = f32Tensor([6, 2, 6, 6], randomData(seededRandom(11), 6 * 72, -1, 1));

/** Every node's attributes and every constant's values. */
function contents(q: Graph): unknown {
  return { nodes: q.nodes.map((n) => [n.name, n.op, n.attrs]), constants: [...q.constants].map(([name, t]) => [name, t.type, Array.from(t.data as ArrayLike<number>, Number)]) };
}

const weightedNames = (q: Graph): string[] => q.nodes.filter((n) => n.op === 'qconv2d' || n.op === 'qdense').map((n) => n.name);

// Everything that runs quantizer code is built inside the tests, not at collection time: Stryker's per-test
// coverage counts code run outside a test as "static", and a static mutant reruns the whole kill set.
describe('walkWeightedLayers', () => {
  let q: Graph;
  let samples: Tensor[];
  beforeEach(() => {
    q = quantizeModel(smallCnn(), { preset: 'w8a8', calib }).graph;
    samples = samplesOf(q, calib);
  });
  const seen = (cache?: NodeOutputCache, wants?: (name: string) => boolean) => {
    const out: [string, number[]][] = [];
    walkWeightedLayers(q, samples, (node, inputs) => out.push([node.name, inputs.flatMap((t) => Array.from(t.data as ArrayLike<number>, Number))]), cache, wants && ((n) => wants(n.name)));
    return out;
  };

  it('visits every weighted layer in order with the integer inputs the reference computes, per sample (a value read twice too)', () => {
    const plain = seen();
    expect(plain.map(([n]) => n)).toEqual(weightedNames(q));
    const res = quantizeModel(residualCnn(), { preset: 'w8a8', calib }).graph;
    const resSamples = samplesOf(res, calib);
    for (const cache of [undefined, new NodeOutputCache(resSamples.length, 2 ** 24)]) {
      const visits: [string, number[]][] = [];
      walkWeightedLayers(res, resSamples, (node, inputs) => visits.push([node.name, inputs.flatMap((t) => Array.from(t.data as ArrayLike<number>, Number))]), cache);
      expect(visits.map(([n]) => n)).toEqual(weightedNames(res));
      const resRefs = resSamples.map((s) => runIntGraph(res, new Map([[res.inputs[0]!.name, s]])).values);
      for (const [name, inputs] of visits) {
        const operand = res.nodes.find((n) => n.name === name)!.operands[0]!.name;
        expect(inputs).toEqual(resRefs.flatMap((r) => Array.from(r.get(operand)!.data as ArrayLike<number>, Number)));
      }
    }
    // Each visit's inputs are the values the integer reference feeds that node, sample by sample.
    const refs = samples.map((s) => runIntGraph(q, new Map([[q.inputs[0]!.name, s]])).values);
    for (const [name, inputs] of plain) {
      const operand = q.nodes.find((n) => n.name === name)!.operands[0]!.name;
      expect(inputs).toEqual(refs.flatMap((r) => Array.from(r.get(operand)!.data as ArrayLike<number>, Number)));
    }
  });

  it('gives the same visits with a cache; a second walk hits every node before the last weighted layer', () => {
    const plain = seen();
    const cache = new NodeOutputCache(samples.length, 2 ** 24);
    expect(seen(cache)).toEqual(plain);
    const first = cache.stats();
    expect(seen(cache)).toEqual(plain);
    const last = q.nodes.findIndex((n) => n.name === plain.at(-1)![0]);
    // Nothing at or after the last weighted layer is evaluated: `last` nodes, each missed once then hit once.
    expect(first).toMatchObject({ entries: last, hits: 0, misses: last });
    expect(cache.stats()).toMatchObject({ entries: last, hits: last, misses: last });
    // A cache for another sample count is not used (its entries would be other samples' outputs).
    const other = new NodeOutputCache(samples.length + 1, 2 ** 24);
    expect(seen(other)).toEqual(plain);
    expect(other.stats()).toMatchObject({ entries: 0, hits: 0, misses: 0 });
  });

  it('stops after the last layer `wants`, having visited every layer up to it', () => {
    const names = weightedNames(q);
    for (const [i, name] of names.entries()) {
      expect(seen(undefined, (n) => n === name).map(([n]) => n)).toEqual(names.slice(0, i + 1));
      const cache = new NodeOutputCache(samples.length, 2 ** 24);
      seen(cache, (n) => n === name);
      expect(cache.stats().entries).toBe(q.nodes.findIndex((n) => n.name === name));
    }
    expect(seen(undefined, () => false).map(([n]) => n)).toEqual(names);
  });

  it('a visit that changes its layer\'s constants is seen by every later layer, with or without the cache', () => {
    const changed = (cache?: NodeOutputCache) => {
      const g = cloneGraph(q);
      const out: number[][] = [];
      walkWeightedLayers(g, samples, (node, inputs) => {
        out.push(inputs.flatMap((t) => Array.from(t.data as ArrayLike<number>, Number)));
        if (node.name === weightedNames(g)[0]) {
          // The visit moves its bias (same shape): the next layer must see the outputs of the moved layer.
          const b = g.constants.get(node.operands[2]!.name)!;
          g.constants.set(node.operands[2]!.name, { ...b, data: Int32Array.from(b.data as Int32Array, (v) => v + 5000) });
        }
      }, cache);
      return out;
    };
    const plain = seen().map(([, v]) => v);
    const moved = changed();
    expect(moved[0]).toEqual(plain[0]);
    expect(moved[1]).not.toEqual(plain[1]);
    const cache = new NodeOutputCache(samples.length, 2 ** 24);
    seen(cache);
    expect(changed(cache)).toEqual(moved);
  });
});

/** x [1,3] → `before` (ops named by the caller, the last one named 'q' and quantized i8 at 1/16) → qdense d (2 outputs). */
function intDense(before: Node[]): Graph {
  const g = emptyGraph('hand');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 3] } });
  g.constants.set('k', f32Tensor([1, 3], [2, 2, 2]));
  g.constants.set('w', makeTensor('i8', [2, 3], Int8Array.from([1, 2, 3, -1, -2, -3])));
  for (const [name, v] of [['b', 0], ['m0', 2 ** 30], ['s', 0]] as const) g.constants.set(name, makeTensor('i32', [2], Int32Array.from([v, v])));
  g.nodes.push(...before);
  g.nodes.push({
    name: 'd', op: 'qdense', operands: [valueRef('q'), ...['w', 'b', 'm0', 's'].map((n) => constRef(n))],
    attrs: { x_zero: 0, x_scale: 1 / 16, y_zero: 0, y_scale: 1, qmin: -128, qmax: 127, out_dtype: 'i8' },
  });
  g.outputs.push('d');
  inferTypes(g);
  return g;
}
const quantize = (name: string, from: string): Node => ({ name, op: 'quantize', operands: [valueRef(from)], attrs: { scale: 1 / 16, zero: 0, dtype: 'i8' } });

describe('walkWeightedLayers on hand-made graphs', () => {
  it('a float op on float values runs in float; an op without integer semantics reading integers is RUN012 naming it', () => {
    const floatFirst = intDense([{ name: 'r', op: 'relu', operands: [valueRef('x')], attrs: {} }, quantize('q', 'r')]);
    const visits: number[][] = [];
    walkWeightedLayers(floatFirst, [f32Tensor([1, 3], [-1, 0.5, 2])], (_node, inputs) => visits.push(Array.from(inputs[0]!.data as Int8Array)));
    expect(visits).toEqual([[0, 8, 32]]); // relu, then codes at 1/16
    // mul reads the integer codes of q and a float constant: no evalInt, not a move of codes, not all float
    const mixed = intDense([quantize('p', 'x'), { name: 'q', op: 'mul', operands: [valueRef('p'), constRef('k')], attrs: {} }]);
    const d = firstDiagnostic(() => walkWeightedLayers(mixed, [f32Tensor([1, 3], [1, 2, 3])], () => {}));
    expect([d.code, d.message, d.node]).toEqual(['RUN012', 'mul %q has integer inputs but no integer semantics', 'q']);
  });

  it('a graph with two inputs is an internal error', () => {
    const g = emptyGraph('two');
    for (const name of ['x', 'y']) g.inputs.push({ name, type: { dtype: 'f32', shape: [1, 2] } });
    g.nodes.push({ name: 'a', op: 'add', operands: [valueRef('x'), valueRef('y')], attrs: {} });
    g.outputs.push('a');
    inferTypes(g);
    expect(() => walkWeightedLayers(g, [], () => {})).toThrow('invariant violated: walkWeightedLayers needs one graph input');
  });
});

describe('quantizeModel through one calibration cache (walk cache and AdaRound memo)', () => {
  it('quantizes bit for bit like a fresh quantizer; a last-layer change evaluates no walk node and re-optimizes no layer', () => {
    const graph = smallCnn();
    const w4a8 = presetConfig('w4a8');
    const lastAt8: QuantConfig = { ...w4a8, layers: { ...w4a8.layers, d2: { weightBits: 8, narrowWeights: true } } };
    const cache = calibrationCache(graph, calib);
    const a = quantizeModel(graph, { config: w4a8, calib, cache }).graph;
    const before = cache.walk.stats();
    const memo = cache.adaround.size;
    expect(before.misses).toBeGreaterThan(0);
    expect(memo).toBeGreaterThan(0);
    const b = quantizeModel(graph, { config: lastAt8, calib, cache }).graph;
    expect(cache.walk.stats().misses).toBe(before.misses);
    expect(cache.walk.stats().hits).toBeGreaterThan(before.hits);
    expect(cache.adaround.size).toBe(memo);
    expect(contents(a)).toEqual(contents(quantizeModel(graph, { config: w4a8, calib }).graph));
    expect(contents(b)).toEqual(contents(quantizeModel(graph, { config: lastAt8, calib }).graph));
    expect(contents(b)).not.toEqual(contents(a));
  });
});
