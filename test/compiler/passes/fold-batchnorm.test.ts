import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldBatchnorm } from '../../../compiler/passes/fold-batchnorm.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { propertyRuns, PROPERTY_SEED } from '../../property-runs.js';
import { GraphBuilder, opsOf, outputsOf, randomData, randomInputs, relativeError, seededRandom } from './graph-builder.js';

const data = (g: Graph, name: string) => Array.from(g.constants.get(name)!.data as Float32Array);

/** dense(2→2) + batchnorm with eps = 1 so that σ = sqrt(var + 1) is 2 and 1. */
function denseBn(gamma: number[]): Graph {
  return new GraphBuilder('dense_bn', { x: [1, 2] })
    .constant('w', [2, 2], [1, 2, 3, 4]).constant('b', [2], [0.5, -1])
    .constant('g', [2], gamma).constant('beta', [2], [1, -1]).constant('mu', [2], [0.5, 1]).constant('var', [2], [3, 0])
    .node('d', 'dense', ['%x', '@w', '@b'])
    .node('n', 'batchnorm', ['%d', '@g', '@beta', '@mu', '@var'], { eps: 1 })
    .node('out', 'relu', ['%n'])
    .build('out');
}

describe('fold-batchnorm', () => {
  it('folds by hand: W·γ/σ per output channel, (b − μ)·γ/σ + β, and records β ± 6|γ|', () => {
    const { graph, stats } = foldBatchnorm.run(denseBn([2, 0.5]), {});
    // scale = γ/σ = [2/2, 0.5/1] = [1, 0.5]
    expect(data(graph, 'w')).toEqual([1, 2, 1.5, 2]);
    expect(data(graph, 'b')).toEqual([(0.5 - 0.5) * 1 + 1, (-1 - 1) * 0.5 - 1]);
    expect(opsOf(graph)).toEqual(['d:dense', 'out:relu']);
    expect(graph.nodes[1]!.operands[0]!.name).toBe('d');
    expect(graph.nodes[0]!.attrs).toMatchObject({ bn_min: 1 - 12, bn_max: 1 + 12, bn_beta: [1, -1], bn_gamma: [2, 0.5] });
    expect(stats).toEqual({ folded: 1, kept: [] });
    // The BN parameters are no longer read by anyone.
    expect([...graph.constants.keys()].sort()).toEqual(['b', 'w']);
  });

  it('uses |γ| for the recorded range and the signed γ for the weights', () => {
    const { graph } = foldBatchnorm.run(denseBn([-2, 0.5]), {});
    expect(data(graph, 'w')).toEqual([-1, -2, 1.5, 2]);
    expect(graph.nodes[0]!.attrs).toMatchObject({ bn_min: -11, bn_max: 13, bn_gamma: [2, 0.5] });
  });

  it('leaves its input graph untouched', () => {
    const input = denseBn([2, 0.5]);
    const before = { nodes: [...input.nodes], w: data(input, 'w'), consts: [...input.constants.keys()] };
    foldBatchnorm.run(input, {});
    expect(input.nodes).toEqual(before.nodes);
    expect(data(input, 'w')).toEqual(before.w);
    expect([...input.constants.keys()]).toEqual(before.consts);
  });

  it('gives a bias-less conv a new bias constant and rewires a graph output', () => {
    const g = new GraphBuilder('conv_bn', { x: [1, 1, 2, 2] })
      .constant('c.w', [2, 1, 1, 1], [1, -1]).constant('g', [2], [1, 1]).constant('beta', [2], [0.25, 0.5])
      .constant('mu', [2], [0, 0]).constant('var', [2], [1, 1])
      .node('c', 'conv2d', ['%x', '@c.w'])
      .node('n', 'batchnorm', ['%c', '@g', '@beta', '@mu', '@var'], { eps: 0 })
      .build('n');
    const { graph } = foldBatchnorm.run(g, {});
    expect(graph.outputs).toEqual(['c']);
    expect(graph.nodes[0]!.operands.map((o) => o.name)).toEqual(['x', 'c.w', 'c.b']);
    expect(data(graph, 'c.b')).toEqual([0.25, 0.5]);
    expect(graph.inlineConstants.has('c.b')).toBe(true);
  });

  it('keeps batchnorms it cannot fold and says why', () => {
    const g = new GraphBuilder('kept', { x: [1, 2] })
      .constant('w', [2, 2], [1, 0, 0, 1]).constant('one', [2], [1, 1]).constant('zero', [2], [0, 0])
      .node('n0', 'batchnorm', ['%x', '@one', '@zero', '@zero', '@one'])
      .node('d', 'dense', ['%n0', '@w'])
      .node('n1', 'batchnorm', ['%d', '@one', '@zero', '@zero', '@one'])
      .node('s', 'add', ['%n1', '%d'])
      .node('n2', 'batchnorm', ['%s', '@one', '@zero', '@zero', '@one'])
      .node('e', 'dense', ['%n2', '@w'], { act_min: 0 })
      .node('n3', 'batchnorm', ['%e', '@one', '@zero', '@zero', '@one'])
      .build('n3');
    const { graph, stats } = foldBatchnorm.run(g, {});
    expect(stats.folded).toBe(0);
    expect(stats.kept).toEqual([
      '%n0: reads graph input %x',
      '%n1: %d has other readers or is a graph output',
      '%n2: follows add %s, not conv2d/dense',
      '%n3: %e already clamps its output (fused activation)',
    ]);
    expect(graph.nodes.length).toBe(g.nodes.length);
  });

  it('gives the folded layer its own weight constant when the weight is shared', () => {
    const g = new GraphBuilder('shared', { x: [1, 1] })
      .constant('w', [1, 1], [3]).constant('two', [1], [2]).constant('one', [1], [1]).constant('zero', [1], [0])
      .node('a', 'dense', ['%x', '@w'])
      .node('n', 'batchnorm', ['%a', '@two', '@zero', '@zero', '@one'], { eps: 0 })
      .node('b', 'dense', ['%n', '@w'])
      .build('b');
    const { graph } = foldBatchnorm.run(g, {});
    expect(graph.nodes.map((n) => n.operands[1]!.name)).toEqual(['a.w', 'w']);
    expect(data(graph, 'a.w')).toEqual([6]);
    expect(data(graph, 'w')).toEqual([3]);
  });

  it('folds two batchnorms in a row into the same conv', () => {
    const g = new GraphBuilder('twice', { x: [1, 1] })
      .constant('w', [1, 1], [3]).constant('two', [1], [2]).constant('one', [1], [1]).constant('zero', [1], [0])
      .node('d', 'dense', ['%x', '@w'])
      .node('n1', 'batchnorm', ['%d', '@two', '@one', '@zero', '@one'], { eps: 0 })
      .node('n2', 'batchnorm', ['%n1', '@two', '@zero', '@one', '@one'], { eps: 0 })
      .build('n2');
    const { graph, stats } = foldBatchnorm.run(g, {});
    expect(stats.folded).toBe(2);
    // y = ((3x·2 + 1) − 1)·2 = 12x
    expect(data(graph, 'w')).toEqual([12]);
    expect(data(graph, 'd.b')).toEqual([0]);
    expect(graph.nodes[0]!.attrs).toMatchObject({ bn_beta: [0], bn_gamma: [2] });
  });

  it('preserves outputs of random conv (plain, grouped, depthwise) and dense layers within 1e-5', () => {
    const arb = fc.record({
      seed: fc.integer(), cinPerGroup: fc.integer({ min: 1, max: 3 }), groups: fc.integer({ min: 1, max: 3 }),
      mult: fc.integer({ min: 1, max: 2 }), k: fc.integer({ min: 1, max: 3 }), hw: fc.integer({ min: 3, max: 6 }),
      bias: fc.boolean(), dense: fc.boolean(),
    });
    fc.assert(fc.property(arb, (p) => {
      const rand = seededRandom(p.seed);
      const cin = p.cinPerGroup * p.groups;
      const cout = p.groups * p.mult;
      const b = p.dense ? new GraphBuilder('r', { x: [2, cin] }) : new GraphBuilder('r', { x: [1, cin, p.hw, p.hw] });
      const wShape = p.dense ? [cout, cin] : [cout, p.cinPerGroup, p.k, p.k];
      b.constant('w', wShape, randomData(rand, wShape.reduce((a, v) => a * v, 1)));
      if (p.bias) b.constant('b', [cout], randomData(rand, cout));
      b.constant('g', [cout], randomData(rand, cout, -2, 2)).constant('beta', [cout], randomData(rand, cout))
        .constant('mu', [cout], randomData(rand, cout)).constant('var', [cout], randomData(rand, cout, 0.05, 3));
      const operands = p.bias ? ['%x', '@w', '@b'] : ['%x', '@w'];
      if (p.dense) b.node('l', 'dense', operands);
      else b.node('l', 'conv2d', operands, { groups: p.groups, pad: [1, 0, 1, 1] });
      const g = b.node('n', 'batchnorm', ['%l', '@g', '@beta', '@mu', '@var']).build('n');
      const { graph, stats } = foldBatchnorm.run(g, {});
      expect(stats.folded).toBe(1);
      const inputs = randomInputs(g, rand);
      expect(relativeError(outputsOf(graph, inputs)[0]!, outputsOf(g, inputs)[0]!)).toBeLessThan(1e-5);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });
});
