import { describe, expect, it } from 'vitest';
import { fuseActivations } from '../../../compiler/passes/fuse-activations.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { GraphBuilder, opsOf, outputsOf, randomInputs, seededRandom } from './graph-builder.js';

/** conv → act → maxpool, residual add → act, dense → act; `act` is relu, relu6 or clip(-0.5, 0.5). */
function network(act: 'relu' | 'relu6' | 'clip'): Graph {
  const attrs: Record<string, number> = act === 'clip' ? { min: -0.5, max: 0.5 } : {};
  return new GraphBuilder('net', { x: [1, 2, 4, 4] })
    .constant('c.w', [2, 2, 3, 3], Array.from({ length: 36 }, (_, i) => ((i * 7) % 11) - 5))
    .constant('d.w', [3, 8], Array.from({ length: 24 }, (_, i) => ((i * 5) % 7) - 3))
    .node('c', 'conv2d', ['%x', '@c.w'], { pad: [1, 1, 1, 1] })
    .node('a1', act, ['%c'], attrs)
    .node('s', 'add', ['%a1', '%x'])
    .node('a2', act, ['%s'], attrs)
    .node('p', 'maxpool', ['%a2'], { kernel: [2, 2], stride: [2, 2] })
    .node('f', 'flatten', ['%p'])
    .node('d', 'dense', ['%f', '@d.w'])
    .node('a3', act, ['%d'], attrs)
    .build('a3');
}

describe('fuse-activations', () => {
  for (const [act, lo, hi] of [['relu', 0, Infinity], ['relu6', 0, 6], ['clip', -0.5, 0.5]] as const) {
    it(`fuses ${act} into conv2d, residual add and dense; outputs are bit-identical`, () => {
      const input = network(act);
      const { graph, stats } = fuseActivations.run(input, {});
      expect(opsOf(graph)).toEqual(['c:conv2d', 's:add', 'p:maxpool', 'f:flatten', 'd:dense']);
      for (const name of ['c', 's', 'd']) {
        expect(graph.nodes.find((n) => n.name === name)!.attrs).toMatchObject({ act_min: lo, act_max: hi });
      }
      // Readers of the removed activations read the producers, which kept their names.
      expect(graph.nodes[1]!.operands.map((o) => o.name)).toEqual(['c', 'x']);
      expect(graph.nodes[2]!.operands[0]!.name).toBe('s');
      expect(graph.outputs).toEqual(['d']);
      expect(stats).toMatchObject({ [act]: 3, kept: [] });
      const inputs = randomInputs(input, seededRandom(7));
      expect(outputsOf(graph, inputs)[0]).toEqual(outputsOf(input, inputs)[0]);
      expect(opsOf(input)).toContain(`a1:${act}`);
    });
  }

  it('intersects consecutive clamps: relu then relu6 then clip(-1, 4) is [0, 4]', () => {
    const g = new GraphBuilder('chain', { x: [1, 2] })
      .constant('w', [2, 2], [1, -2, 3, -4])
      .node('d', 'dense', ['%x', '@w'])
      .node('r', 'relu', ['%d']).node('r6', 'relu6', ['%r']).node('c', 'clip', ['%r6'], { min: -1, max: 4 })
      .build('c');
    const { graph, stats } = fuseActivations.run(g, {});
    expect(opsOf(graph)).toEqual(['d:dense']);
    expect(graph.nodes[0]!.attrs).toEqual({ act_min: 0, act_max: 4 });
    expect(stats).toEqual({ relu: 1, relu6: 1, clip: 1, kept: [] });
    const inputs = new Map([['x', { type: g.inputs[0]!.type, data: Float32Array.from([3, -1]) }]]);
    // d = [1·3 + 2, 9 + 4] = [5, 13] → clamp to [0, 4]
    expect(Array.from(outputsOf(graph, inputs)[0]!)).toEqual([4, 4]);
  });

  it('keeps activations it cannot fuse and says why', () => {
    const g = new GraphBuilder('kept', { x: [1, 1, 4, 4] })
      .constant('w', [1, 1, 1, 1], [2])
      .node('r0', 'relu', ['%x'])
      .node('c', 'conv2d', ['%r0', '@w'])
      .node('r1', 'relu', ['%c'])
      .node('p', 'maxpool', ['%c'], { kernel: [2, 2] })
      .node('r2', 'relu6', ['%p'])
      .node('e', 'conv2d', ['%r2', '@w'], { act_min: 1, act_max: 2 })
      .node('r3', 'clip', ['%e'], { min: 3, max: 4 })
      .build('r1', 'r3');
    const { graph, stats } = fuseActivations.run(g, {});
    expect(graph.nodes.length).toBe(g.nodes.length);
    expect(stats.kept).toEqual([
      '%r0: reads graph input %x',
      '%r1: %c has other readers or is a graph output',
      '%r2: follows maxpool %p, not conv2d/dense/add',
      '%r3: its interval [3, 4] does not overlap the clamp of %e',
    ]);
  });

  it('does not fuse into a producer that is also a graph output', () => {
    const g = new GraphBuilder('out', { x: [1, 2] })
      .constant('w', [2, 2], [1, 0, 0, 1])
      .node('d', 'dense', ['%x', '@w']).node('r', 'relu', ['%d'])
      .build('d', 'r');
    expect(fuseActivations.run(g, {}).stats).toMatchObject({ relu: 0 });
  });

  it('rewires a fused activation that was a graph output to its producer', () => {
    const g = new GraphBuilder('out', { x: [1, 2] })
      .constant('w', [2, 2], [1, 0, 0, 1])
      .node('d', 'dense', ['%x', '@w']).node('r', 'relu', ['%d'])
      .build('r');
    expect(fuseActivations.run(g, {}).graph.outputs).toEqual(['d']);
  });
});
