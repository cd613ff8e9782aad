import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { equalizeCrossLayer } from '../../../compiler/passes/equalize-cross-layer.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { f32Tensor, numel } from '../../../compiler/ir/tensor.js';
import { propertyRuns, PROPERTY_SEED } from '../../property-runs.js';
import { GraphBuilder, outputsOf, randomData, randomInputs, relativeError, seededRandom } from './graph-builder.js';

const data = (g: Graph, name: string) => Array.from(g.constants.get(name)!.data as Float32Array);
const weightOf = (g: Graph, node: string) => g.constants.get(g.nodes.find((n) => n.name === node)!.operands[1]!.name)!;

/** Per-output-channel max |w| (dimension 0). */
function outRanges(g: Graph, node: string): number[] {
  const w = weightOf(g, node);
  const cout = w.type.shape[0]!;
  const per = numel(w.type.shape) / cout;
  return Array.from({ length: cout }, (_, c) => Math.max(...Array.from(w.data.subarray(c * per, (c + 1) * per) as Float32Array, Math.abs)));
}

/** Per-input-channel max |w| of a conv (groups aware: depthwise reads channel o only). */
function inRanges(g: Graph, node: string): number[] {
  const n = g.nodes.find((x) => x.name === node)!;
  const w = weightOf(g, node);
  const [cout, cinG, kh, kw] = w.type.shape as [number, number, number, number];
  const groups = (n.attrs['groups'] as number | undefined) ?? 1;
  const r = new Array<number>(cinG * groups).fill(0);
  const d = w.data as Float32Array;
  for (let e = 0; e < d.length; e++) {
    const o = Math.floor(e / (cinG * kh * kw));
    const ch = Math.floor(o / (cout / groups)) * cinG + (Math.floor(e / (kh * kw)) % cinG);
    r[ch] = Math.max(r[ch]!, Math.abs(d[e]!));
  }
  return r;
}

/** x → dense A (fused clamp) → dense B, with optional BN statistics on A. */
function densePair(aW: number[], bW: number[], aAttrs: Record<string, number | number[]> = { act_min: 0 }): Graph {
  return new GraphBuilder('pair', { x: [1, 2] })
    .constant('a.w', [2, 2], aW).constant('a.b', [2], [0, 0]).constant('b.w', [1, 2], bW)
    .node('a', 'dense', ['%x', '@a.w', '@a.b'], aAttrs)
    .node('b', 'dense', ['%a', '@b.w'])
    .build('b');
}

const input2 = (x0: number, x1: number) => new Map([['x', f32Tensor([1, 2], [x0, x1])]]);

describe('equalize-cross-layer', () => {
  it('equalizes a pair by hand: s = sqrt(r1/r2) = [2, 0.5]', () => {
    const { graph, stats } = equalizeCrossLayer.run(densePair([4, 0, 0, 1], [1, 4]), {});
    expect(data(graph, 'a.w')).toEqual([2, 0, 0, 2]);
    expect(data(graph, 'b.w')).toEqual([2, 2]);
    expect(stats).toMatchObject({ pairs: ['%a → %b'], relu6_replaced: [], absorbed: [], skipped: [] });
    expect(stats.sweeps).toBe(2); // the second sweep finds every s = 1
  });

  it('replaces relu6 by relu in the first layer (outputs change only where relu6 saturated)', () => {
    const g = densePair([4, 0, 0, 1], [1, 4], { act_min: 0, act_max: 6 });
    const { graph, stats } = equalizeCrossLayer.run(g, {});
    expect(stats.relu6_replaced).toEqual(['%a']);
    expect(graph.nodes[0]!.attrs['act_max']).toBe(Infinity);
    // Below saturation (4·1 < 6) the outputs agree: 1·4 + 4·0.5 = 6.
    expect(outputsOf(graph, input2(1, 0.5))[0]).toEqual(outputsOf(g, input2(1, 0.5))[0]);
    // Above it they do not: relu6 gave 1·6 + 4·1 = 10, relu gives 1·8 + 4·1 = 12.
    expect(Array.from(outputsOf(g, input2(2, 1))[0]!)).toEqual([10]);
    expect(Array.from(outputsOf(graph, input2(2, 1))[0]!)).toEqual([12]);
  });

  it('leaves relu6 pairs alone when relu6-to-relu is off, and skips other clamps', () => {
    const off = equalizeCrossLayer.run(densePair([4, 0, 0, 1], [1, 4], { act_min: 0, act_max: 6 }), { 'relu6-to-relu': false });
    expect(off.stats).toMatchObject({ pairs: [], skipped: ['%a → %b: the clamp of %a is not relu'] });
    expect(data(off.graph, 'a.w')).toEqual([4, 0, 0, 1]);
    const clip = equalizeCrossLayer.run(densePair([4, 0, 0, 1], [1, 4], { act_min: -1, act_max: 1 }), {});
    expect(clip.stats).toMatchObject({ pairs: [], skipped: ['%a → %b: the clamp of %a is not relu/relu6'] });
  });

  it('absorbs c = max(0, β − 3γ) from the first bias into the second (white paper §3.2)', () => {
    const bn = { act_min: 0, bn_beta: [2, 0.25], bn_gamma: [0.5, 0.5], bn_min: -1, bn_max: 5 };
    const g = densePair([1, 0, 0, 1], [1, 1], bn); // already equalized: only absorption acts
    const { graph, stats } = equalizeCrossLayer.run(g, {});
    expect(stats.absorbed).toEqual(['%a → %b']);
    expect(data(graph, 'a.b')).toEqual([-0.5, 0]);
    expect(data(graph, 'b.b')).toEqual([0.5]); // new bias: W_B·c = 1·0.5 + 1·0
    expect(graph.nodes[0]!.attrs).toMatchObject({ bn_beta: [1.5, 0.25], bn_min: 0.25 - 3, bn_max: 1.5 + 3 });
    // Exact where the first channel's pre-activation is ≥ c = 0.5; approximate below it.
    expect(outputsOf(graph, input2(1, 0.25))[0]).toEqual(outputsOf(g, input2(1, 0.25))[0]);
    expect(Array.from(outputsOf(graph, input2(0.25, 0.25))[0]!)).toEqual([0.75]); // float graph: 0.5
    expect(equalizeCrossLayer.run(g, { 'absorb-high-bias': false }).stats.absorbed).toEqual([]);
  });

  it('pairs through fused relu, maxpool and flatten into a dense layer', () => {
    const rand = seededRandom(3);
    const g = new GraphBuilder('cnn', { x: [1, 1, 4, 4] })
      .constant('c.w', [2, 1, 3, 3], randomData(rand, 18).map((v, i) => (i < 9 ? v * 10 : v)))
      .constant('d.w', [3, 8], randomData(rand, 24))
      .node('c', 'conv2d', ['%x', '@c.w'], { pad: [1, 1, 1, 1], act_min: 0 })
      .node('p', 'maxpool', ['%c'], { kernel: [2, 2], stride: [2, 2] })
      .node('f', 'flatten', ['%p'])
      .node('d', 'dense', ['%f', '@d.w'])
      .build('d');
    const { graph, stats } = equalizeCrossLayer.run(g, {});
    expect(stats.pairs).toEqual(['%c → %d']);
    // Channel c of the conv feeds dense features [4c, 4c + 4).
    const dw = data(graph, 'd.w');
    const r2 = [0, 1].map((c) => Math.max(...[0, 1, 2].flatMap((o) => dw.slice(o * 8 + c * 4, o * 8 + c * 4 + 4).map(Math.abs))));
    outRanges(graph, 'c').forEach((r1, c) => expect(r1).toBeCloseTo(r2[c]!, 5));
    const inputs = randomInputs(g, rand);
    expect(relativeError(outputsOf(graph, inputs)[0]!, outputsOf(g, inputs)[0]!)).toBeLessThan(1e-5);
  });

  it('does not pair a layer whose output has two readers', () => {
    const g = new GraphBuilder('fork', { x: [1, 2] })
      .constant('w', [2, 2], [4, 0, 0, 1])
      .node('a', 'dense', ['%x', '@w']).node('b', 'dense', ['%a', '@w']).node('s', 'add', ['%a', '%b'])
      .build('s');
    expect(equalizeCrossLayer.run(g, {}).stats.pairs).toEqual([]);
  });

  it('preserves outputs of random conv → (depthwise) conv → conv chains and equalizes every pair', () => {
    const arb = fc.record({
      seed: fc.integer(), c0: fc.integer({ min: 1, max: 3 }), c1: fc.integer({ min: 1, max: 4 }), c2: fc.integer({ min: 1, max: 4 }),
      hw: fc.integer({ min: 3, max: 5 }), depthwise: fc.boolean(), explicitRelu: fc.boolean(), tail: fc.boolean(),
    });
    fc.assert(fc.property(arb, (p) => {
      const rand = seededRandom(p.seed);
      // Spread the channel ranges over 2^±4 so there is something to equalize.
      const weights = (shape: number[]) => {
        const per = numel(shape) / shape[0]!;
        const scales = Array.from({ length: shape[0]! }, () => 2 ** (8 * rand() - 4));
        return randomData(rand, numel(shape)).map((v, i) => v * scales[Math.floor(i / per)]!);
      };
      const mid = p.depthwise ? p.c1 : p.c2;
      const b = new GraphBuilder('chain', { x: [1, p.c0, p.hw, p.hw] })
        .constant('l1.w', [p.c1, p.c0, 3, 3], weights([p.c1, p.c0, 3, 3])).constant('l1.b', [p.c1], randomData(rand, p.c1))
        .constant('l2.w', [mid, p.depthwise ? 1 : p.c1, 3, 3], weights([mid, p.depthwise ? 1 : p.c1, 3, 3]))
        .constant('l3.w', [2, mid, 1, 1], weights([2, mid, 1, 1])).constant('l3.b', [2], randomData(rand, 2))
        .constant('d.w', [3, 2], weights([3, 2]));
      b.node('l1', 'conv2d', ['%x', '@l1.w', '@l1.b'], p.explicitRelu ? { pad: [1, 1, 1, 1] } : { pad: [1, 1, 1, 1], act_min: 0 });
      if (p.explicitRelu) b.node('r1', 'relu', ['%l1']);
      b.node('l2', 'conv2d', [p.explicitRelu ? '%r1' : '%l1', '@l2.w'], { pad: [0, 1, 1, 0], groups: p.depthwise ? p.c1 : 1, act_min: 0 })
        .node('l3', 'conv2d', ['%l2', '@l3.w', '@l3.b'], { act_min: 0 });
      if (p.tail) b.node('g', 'global_avgpool', ['%l3']).node('f', 'flatten', ['%g']).node('d', 'dense', ['%f', '@d.w']);
      const g = b.build(p.tail ? 'd' : 'l3');
      const { graph, stats } = equalizeCrossLayer.run(g, {});
      expect((stats.pairs as string[]).length).toBe(p.tail ? 3 : 2);
      expect(stats.last_max_log_scale).toBeLessThan(1e-7);
      const inputs = randomInputs(g, rand);
      expect(relativeError(outputsOf(graph, inputs)[0]!, outputsOf(g, inputs)[0]!)).toBeLessThan(1e-5);
      for (const [first, second] of [['l1', 'l2'], ['l2', 'l3']]) {
        const r2 = inRanges(graph, second);
        outRanges(graph, first).forEach((r1, c) => expect(Math.abs(Math.log(r1 / r2[c]!))).toBeLessThan(1e-5));
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(60) });
  });
});
