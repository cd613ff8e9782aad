// The node-output cache's parts on their own: a node key changes with everything that computed the node (op,
// attributes, output type, each constant's type and bytes, each operand's key) and only with that; a samples key
// with every byte and the count; attributes as text keep ±Infinity and bigints apart; entries are kept least
// recently used first out within the byte budget, an entry larger than the budget is not kept, and a lookup
// counts a hit or a miss.
import { describe, expect, it } from 'vitest';
import { type Graph, type Node, cloneGraph } from '../../../compiler/ir/graph.js';
import { type Tensor, f32Tensor, makeTensor } from '../../../compiler/ir/tensor.js';
import { NodeOutputCache, attrsText, nodeKey, samplesKey } from '../../../compiler/quant/node-output-cache.js';
import { GraphBuilder } from '../passes/graph-builder.js';

function graph(): Graph {
  return new GraphBuilder('g', { x: [1, 3] })
    .constant('w', [2, 3], [1, 2, 3, 4, 5, 6]).constant('b', [2], [0.5, -0.5])
    .node('y', 'dense', ['%x', '@w', '@b'], { act_min: 0 })
    .build('y');
}
const y = (g: Graph): Node => g.nodes.find((n) => n.name === 'y')!;
/** Replaces node y by `change` of it (nodes are read-only). */
const setY = (g: Graph, change: Partial<Node>): void => {
  g.nodes[g.nodes.findIndex((n) => n.name === 'y')] = { ...y(g), ...change };
};
const keyOf = (g: Graph, inputKey = 'in'): string => nodeKey(g, y(g), new Map([['x', inputKey]]));
/** `samples` f32 tensors of `bytes` bytes each. */
const entry = (samples: number, bytes: number, fill = 0): Tensor[] => Array.from({ length: samples }, () => f32Tensor([bytes / 4], new Float32Array(bytes / 4).fill(fill)));

describe('nodeKey', () => {
  it('is the same for the same computation, and changes with each thing that computed the node', () => {
    const base = keyOf(graph());
    expect(keyOf(graph())).toBe(base);
    expect(keyOf(cloneGraph(graph()))).toBe(base);
    expect(keyOf(graph(), 'other')).not.toBe(base);
    const variants: ((g: Graph) => void)[] = [
      (g) => setY(g, { op: 'qdense' }),
      (g) => setY(g, { attrs: { act_min: 1 } }),
      (g) => setY(g, { attrs: {} }),
      (g) => { g.values.set('y', { ...g.values.get('y')!, type: { dtype: 'f32', shape: [1, 2, 1] } }); },
      (g) => { (g.constants.get('w')!.data as Float32Array)[5] = 7; },
      (g) => { (g.constants.get('b')!.data as Float32Array)[0] = 0.25; },
      (g) => { g.constants.set('b', { ...g.constants.get('b')!, type: { dtype: 'f32', shape: [2, 1] } }); },
      (g) => setY(g, { operands: y(g).operands.slice(0, 2) }),
    ];
    const keys = variants.map((change) => {
      const g = cloneGraph(graph());
      change(g);
      return keyOf(g);
    });
    for (const k of keys) expect(k).not.toBe(base);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keys a node whose output type is not inferred yet, apart from the typed one', () => {
    const g = cloneGraph(graph());
    g.values.delete('y');
    expect(keyOf(g)).not.toBe(keyOf(graph()));
    expect(keyOf(g)).toBe(keyOf(g));
  });

  it('asserts that every operand value has a key (topological order)', () => {
    const g = graph();
    expect(() => nodeKey(g, y(g), new Map())).toThrow(/operand %x of y has no key/);
    const missing = cloneGraph(g);
    missing.constants.delete('w');
    expect(() => keyOf(missing)).toThrow(/constant w of y missing/);
  });
});

describe('samplesKey and attrsText', () => {
  it('a samples key names the count and changes with any byte or type of any sample', () => {
    const s = [f32Tensor([1, 2], [1, 2]), f32Tensor([1, 2], [3, 4])];
    const k = samplesKey(s);
    expect(k).toMatch(/^samples 2 /);
    expect(samplesKey([f32Tensor([1, 2], [1, 2]), f32Tensor([1, 2], [3, 4])])).toBe(k);
    expect(samplesKey([s[0]!, f32Tensor([1, 2], [3, 5])])).not.toBe(k);
    expect(samplesKey([s[0]!, f32Tensor([2, 1], [3, 4])])).not.toBe(k);
    expect(samplesKey([s[0]!])).not.toBe(k);
    expect(samplesKey([s[0]!, makeTensor('i32', [1, 2], Int32Array.from([3, 4]) as never)])).not.toBe(k);
  });

  it('spells out ±Infinity, NaN and bigints, which plain JSON would merge or reject', () => {
    expect(attrsText({ a: Infinity, b: -Infinity, c: NaN, d: 3n, e: 1.5, f: 'x' })).toBe('{"a":"Infinity","b":"-Infinity","c":"NaN","d":"3n","e":1.5,"f":"x"}');
    expect(attrsText([Infinity])).not.toBe(attrsText([-Infinity]));
    expect(attrsText([3n])).not.toBe(attrsText([3]));
  });
});

describe('NodeOutputCache', () => {
  it('returns what was set, counts hits and misses, and the bytes held', () => {
    const c = new NodeOutputCache(2, 100);
    expect(c.get('a')).toBeUndefined();
    const a = entry(2, 16);
    c.set('a', a);
    expect(c.get('a')).toBe(a);
    expect(c.get('b')).toBeUndefined();
    expect(c.stats()).toEqual({ hits: 1, misses: 2, bytes: 32, entries: 1 });
    // A second set of the same key keeps the first values (equal keys mean equal values).
    c.set('a', entry(2, 8, 1));
    expect(c.get('a')).toBe(a);
    expect(c.stats()).toEqual({ hits: 2, misses: 2, bytes: 32, entries: 1 });
  });

  it('drops the least recently used entries beyond the budget; a lookup refreshes an entry', () => {
    const c = new NodeOutputCache(1, 40);
    c.set('a', entry(1, 16));
    c.set('b', entry(1, 16));
    expect(c.stats()).toMatchObject({ bytes: 32, entries: 2 });
    c.get('a'); // b is now the least recently used
    c.set('c', entry(1, 8)); // exactly at the budget: nothing dropped
    expect(c.stats()).toMatchObject({ bytes: 40, entries: 3 });
    c.set('d', entry(1, 12)); // needs 12 more: b (16) goes
    expect(c.stats()).toMatchObject({ bytes: 36, entries: 3 });
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBeDefined();
    expect(c.get('c')).toBeDefined();
    expect(c.get('d')).toBeDefined();
    c.set('e', entry(1, 40)); // the whole budget: every other entry goes
    expect(c.stats()).toMatchObject({ bytes: 40, entries: 1 });
    expect(c.get('e')).toBeDefined();
  });

  it('keeps nothing larger than the whole budget, and asserts the sample count', () => {
    const c = new NodeOutputCache(2, 40);
    c.set('a', entry(2, 16));
    c.set('big', entry(2, 24));
    expect(c.get('big')).toBeUndefined();
    expect(c.stats()).toMatchObject({ bytes: 32, entries: 1 });
    expect(() => c.set('x', entry(3, 4))).toThrow(/needs 2 samples, got 3/);
  });
});
