// The float reference on small graphs: a hand-computed run, batched runs equal single runs, input errors.
import { describe, expect, it } from 'vitest';
import { type Graph, constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { type Tensor, f32Tensor, tensorType } from '../../../compiler/ir/tensor.js';
import { runFloat, runFloatBatched } from '../../../compiler/reference/float-interpreter.js';
import { expectUserError, values } from '../ir/ops/op-harness.js';

/** x f32[1,2] → dense([[1,1],[1,−1]], b=[0,0.5]) → relu. */
function denseRelu(): Graph {
  const g = emptyGraph('dense_relu');
  g.inputs.push({ name: 'x', type: tensorType('f32', [1, 2]) });
  g.constants.set('w', f32Tensor([2, 2], [1, 1, 1, -1]));
  g.constants.set('b', f32Tensor([2], [0, 0.5]));
  g.nodes.push({ name: 'h', op: 'dense', operands: [valueRef('x'), constRef('w'), constRef('b')], attrs: {} });
  g.nodes.push({ name: 'y', op: 'relu', operands: [valueRef('h')], attrs: {} });
  g.outputs.push('y');
  return g;
}

/** Two layers with real weights: x f32[1,1,4,4] → conv2d 2×(2x2), pad 1 → relu → maxpool 2x2/2 → flatten → dense 3. */
function convDense(): Graph {
  const g = emptyGraph('conv_dense');
  g.inputs.push({ name: 'x', type: tensorType('f32', [1, 1, 4, 4]) });
  g.constants.set('c.w', f32Tensor([2, 1, 2, 2], [0.5, -1, 0.25, 1, -0.5, 0.75, 1, -0.25]));
  g.constants.set('c.b', f32Tensor([2], [0.1, -0.2]));
  g.constants.set('d.w', f32Tensor([3, 18], Array.from({ length: 54 }, (_, i) => Math.cos(i) / 4)));
  g.constants.set('d.b', f32Tensor([3], [0, 1, -1]));
  g.nodes.push({ name: 'c', op: 'conv2d', operands: [valueRef('x'), constRef('c.w'), constRef('c.b')], attrs: { pad: [1, 1, 1, 1] } });
  g.nodes.push({ name: 'r', op: 'relu', operands: [valueRef('c')], attrs: {} });
  g.nodes.push({ name: 'p', op: 'maxpool', operands: [valueRef('r')], attrs: { kernel: [2, 2], stride: [2, 2], ceil_mode: true } });
  g.nodes.push({ name: 'f', op: 'flatten', operands: [valueRef('p')], attrs: {} });
  g.nodes.push({ name: 'y', op: 'dense', operands: [valueRef('f'), constRef('d.w'), constRef('d.b')], attrs: {} });
  g.outputs.push('y');
  return g;
}

describe('runFloat', () => {
  it('evaluates a dense → relu graph by hand: [3,5] → [8, −1.5] → [8, 0]', () => {
    const out = runFloat(denseRelu(), new Map([['x', f32Tensor([1, 2], [3, 5])]]));
    expect(out.get('y')!.type.shape).toEqual([1, 2]);
    expect(values(out.get('y')!)).toEqual([8, 0]);
  });

  it('reports a missing input (RUN001) and a wrong input shape (RUN002)', () => {
    expectUserError(() => runFloat(denseRelu(), new Map()), 'RUN001', '%x', '[1,2]');
    expectUserError(() => runFloat(denseRelu(), new Map([['x', f32Tensor([1, 3], [1, 2, 3])]])), 'RUN002', '[1,3]', '[1,2]');
  });
});

describe('runFloatBatched', () => {
  const sample = (k: number): number[] => Array.from({ length: 16 }, (_, i) => Math.sin(k * 16 + i) * 3);

  it('a batch of 3 equals 3 single runs, in order', () => {
    const g = convDense();
    const batch = f32Tensor([3, 1, 4, 4], [...sample(0), ...sample(1), ...sample(2)]);
    const y = runFloatBatched(g, batch);
    expect(y.type.shape).toEqual([3, 3]);
    const singles = [0, 1, 2].flatMap((k) => {
      const one: Tensor = f32Tensor([1, 1, 4, 4], sample(k));
      return values(runFloat(g, new Map([['x', one]])).get('y')!);
    });
    expect(values(y)).toEqual(singles);
    // The samples differ, so equal rows would mean the batch was not split.
    expect(singles.slice(0, 3)).not.toEqual(singles.slice(3, 6));
  });

  it('accepts the declared shape itself and rejects other sample shapes', () => {
    const g = denseRelu();
    expect(values(runFloatBatched(g, f32Tensor([1, 2], [3, 5])))).toEqual([8, 0]);
    expect(values(runFloatBatched(g, f32Tensor([2, 2], [3, 5, 1, -1])))).toEqual([8, 0, 0, 2.5]);
    expectUserError(() => runFloatBatched(g, f32Tensor([2, 3], [1, 2, 3, 4, 5, 6])), 'RUN002', '[2,3]');
  });
});
