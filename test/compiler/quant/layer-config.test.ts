// Resolving a QuantConfig against a graph (layer-config.ts) on hand-made graphs: which nodes are layers, the
// precedence default < first/last weighted layer < layers[name], QCFG003 for a name that is no layer, the
// per-layer QCFG004 checks, binary outputs kept only where every consumer (through flatten/reshape/maxpool)
// multiplies them, and group-wise scales dropped on grouped convs and conv_transpose.
import { describe, expect, it } from 'vitest';
import { type Graph, constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { LAYER_OPS, requestedLayerConfigs, resolveLayerConfigs } from '../../../compiler/quant/layer-config.js';
import { type LayerQuantConfig, type QuantConfig, presetConfig } from '../../../compiler/quant/presets.js';
import { firstDiagnostic } from '../../user-error.js';

/** A graph of `[name, op, operand values, attrs]` nodes reading input x (constants are never read here). */
function graphOf(nodes: [string, string, string[], Record<string, number>?][], outputs: string[]): Graph {
  const g = emptyGraph('g');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 4] } });
  for (const [name, op, operands, attrs] of nodes) g.nodes.push({ name, op, operands: [...operands.map(valueRef), constRef(`${name}.w`)], attrs: attrs ?? {} });
  g.outputs.push(...outputs);
  return g;
}

const w8a8 = (): QuantConfig => ({ ...presetConfig('w8a8-pc'), name: 'test' });
const with_ = (c: QuantConfig, over: Partial<QuantConfig>): QuantConfig => ({ ...c, ...over });
const field = <K extends keyof LayerQuantConfig>(m: Map<string, LayerQuantConfig>, k: K): Record<string, LayerQuantConfig[K]> =>
  Object.fromEntries([...m].map(([n, c]) => [n, c[k]]));

describe('layers and precedence', () => {
  const chain = () => graphOf([
    ['a', 'add', ['x', 'x']], ['c1', 'conv2d', ['a']], ['r', 'relu', ['c1']], ['t', 'conv_transpose', ['r']],
    ['cat', 'concat', ['t', 't']], ['p', 'maxpool', ['cat']], ['d', 'dense', ['p']], ['d2', 'dense', ['d']],
  ], ['d2']);

  it('every conv2d, dense, conv_transpose, add and concat is a layer, nothing else', () => {
    expect([...LAYER_OPS].sort()).toEqual(['add', 'concat', 'conv2d', 'conv_transpose', 'dense']);
    expect([...resolveLayerConfigs(chain(), w8a8()).keys()]).toEqual(['a', 'c1', 't', 'cat', 'd', 'd2']);
  });

  it('first and last apply to the first and last weighted layers (never an add or concat), layers[name] over both', () => {
    const c = with_(w8a8(), { first: { weightBits: 4 }, last: { weightBits: 2, actBits: 4 }, layers: { d2: { actBits: 16, actSigned: true }, a: { actBits: 4 } } });
    const m = resolveLayerConfigs(chain(), c);
    expect(field(m, 'weightBits')).toEqual({ a: 8, c1: 4, t: 8, cat: 8, d: 8, d2: 2 });
    expect(field(m, 'actBits')).toEqual({ a: 4, c1: 8, t: 8, cat: 8, d: 8, d2: 16 });
    // Only the overridden fields change; the rest are the default's.
    expect(m.get('t')).toEqual(c.default);
    expect(m.get('c1')).toEqual({ ...c.default, weightBits: 4 });
    // A graph whose only weighted layer is both first and last: last wins where both set a field.
    const one = resolveLayerConfigs(graphOf([['d', 'dense', ['x']]], ['d']), with_(c, { layers: {} }));
    expect(one.get('d')).toMatchObject({ weightBits: 2, actBits: 4 });
    // conv_transpose is a weighted layer: first or last when it comes first or last.
    const t = graphOf([['t', 'conv_transpose', ['x']], ['a', 'add', ['t', 't']], ['c', 'conv2d', ['a']], ['u', 'conv_transpose', ['c']], ['cat', 'concat', ['u', 'u']]], ['cat']);
    expect(field(resolveLayerConfigs(t, with_(c, { layers: {} })), 'weightBits')).toEqual({ t: 4, a: 8, c: 8, u: 2, cat: 8 });
  });

  it('QCFG003 names a layer the graph does not have, and lists the layers (or none); QCFG004 names the layer', () => {
    const d = firstDiagnostic(() => resolveLayerConfigs(chain(), with_(w8a8(), { layers: { r: { actBits: 4 } } })));
    expect(d.code).toBe('QCFG003');
    expect(d.message).toContain("names layer 'r'");
    expect(d.message).toContain('graph g (layers: a, c1, t, cat, d, d2)');
    expect(d.node).toBe('r');
    const none = firstDiagnostic(() => resolveLayerConfigs(graphOf([['r', 'relu', ['x']]], ['r']), with_(w8a8(), { layers: { q: {} } })));
    expect(none.message).toContain('(layers: none)');
    const bad = firstDiagnostic(() => resolveLayerConfigs(chain(), with_(w8a8(), { layers: { d: { actBits: 16 } } })));
    expect(bad.code).toBe('QCFG004');
    expect(bad.message).toContain('layer d:');
  });
});

describe('binary outputs', () => {
  const binary = (g: Graph) => {
    const c = with_(w8a8(), { default: { ...w8a8().default, actBits: 1 } });
    return { requested: field(requestedLayerConfigs(g, c), 'actBits'), resolved: field(resolveLayerConfigs(g, c), 'actBits') };
  };

  it('stay binary only where every consumer, through flatten/reshape/maxpool, is a conv2d or dense', () => {
    const g = graphOf([
      ['c1', 'conv2d', ['x']], ['p', 'maxpool', ['c1']], ['c2', 'conv2d', ['p']], ['f', 'flatten', ['c2']], ['s', 'reshape', ['f']],
      ['d1', 'dense', ['s']], ['d1b', 'dense', ['d1']], ['d2', 'dense', ['d1']], ['avg', 'avgpool', ['d2']], ['d3', 'dense', ['avg']],
    ], ['d3']);
    const { requested, resolved } = binary(g);
    expect(requested).toEqual({ c1: 1, c2: 1, d1: 1, d1b: 1, d2: 1, d3: 1 });
    // d1 feeds two dense layers; d2 an average pool; d1b nothing; d3 the graph output.
    expect(resolved).toEqual({ c1: 1, c2: 1, d1: 1, d1b: 8, d2: 8, d3: 8 });
    // One consumer that does not multiply is enough, directly or behind a pass-through: c feeds a dense
    // and an average pool, e a conv and (through a maxpool) an add.
    const mixed = graphOf([
      ['c', 'conv2d', ['x']], ['d', 'dense', ['c']], ['avg', 'avgpool', ['c']], ['e', 'conv2d', ['x']], ['c2', 'conv2d', ['e']],
      ['p', 'maxpool', ['e']], ['a', 'add', ['p', 'p']], ['o', 'concat', ['d', 'avg', 'c2', 'a']],
    ], ['o']);
    expect(binary(mixed).resolved).toMatchObject({ c: 8, e: 8 });
  });

  it('a consumer that is not multiplied, or a graph output, makes the producer 8-bit; adds and concats never stay binary', () => {
    const g = graphOf([
      ['c1', 'conv2d', ['x']], ['t', 'conv_transpose', ['c1']], ['c2', 'conv2d', ['x']], ['f', 'flatten', ['c2']], ['a', 'add', ['f', 'f']],
      ['d', 'dense', ['a']], ['cat', 'concat', ['d', 'd']], ['e', 'dense', ['cat']], ['o', 'dense', ['e']], ['h', 'dense', ['o']],
    ], ['o', 'h']);
    const { resolved } = binary(g);
    // c1 → conv_transpose (no binary input); c2 → flatten → add; a, cat: never; e → o; o is an output though h reads it.
    expect(resolved).toEqual({ c1: 8, t: 8, c2: 8, a: 8, d: 8, cat: 8, e: 1, o: 8, h: 8 });
  });
});

describe('group-wise scales', () => {
  it('are kept on plain convs and dense layers, dropped on grouped convs and conv_transpose', () => {
    const g = graphOf([
      ['c', 'conv2d', ['x'], { groups: 1 }], ['dw', 'conv2d', ['c'], { groups: 4 }], ['p', 'conv2d', ['dw']],
      ['t', 'conv_transpose', ['p']], ['d', 'dense', ['t']], ['a', 'add', ['d', 'd']],
    ], ['a']);
    const c = with_(w8a8(), { default: { ...w8a8().default, weightGroup: 32 } });
    expect(field(resolveLayerConfigs(g, c), 'weightGroup')).toEqual({ c: 32, dw: 0, p: 32, t: 0, d: 32, a: 32 });
    expect(field(requestedLayerConfigs(g, c), 'weightGroup')).toEqual({ c: 32, dw: 32, p: 32, t: 32, d: 32, a: 32 });
    // Without groups asked for, nothing changes.
    expect(field(resolveLayerConfigs(g, w8a8()), 'weightGroup')).toEqual({ c: 0, dw: 0, p: 0, t: 0, d: 0, a: 0 });
  });
});
