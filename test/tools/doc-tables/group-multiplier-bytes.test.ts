// The multiplier byte counts of QUANTIZATION.md, on a graph counted by hand.
import { describe, expect, it } from 'vitest';
import { constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { groupMultiplierBytes } from '../../../tools/doc-tables/group-multiplier-bytes.js';

describe('groupMultiplierBytes', () => {
  it('counts one byte per group: dense by K, conv per tap, depthwise none', () => {
    const g = emptyGraph('t');
    const w = (name: string, shape: number[]) => g.constants.set(name, f32Tensor(shape, new Array<number>(shape.reduce((a, b) => a * b, 1)).fill(0)));
    w('c', [8, 40, 3, 3]);
    w('d', [8, 1, 3, 3]);
    w('f', [10, 70]);
    g.nodes.push({ name: 'c', op: 'conv2d', operands: [valueRef('x'), constRef('c')], attrs: {} });
    g.nodes.push({ name: 'd', op: 'conv2d', operands: [valueRef('c'), constRef('d')], attrs: { groups: 8 } });
    g.nodes.push({ name: 'f', op: 'dense', operands: [valueRef('d'), constRef('f')], attrs: {} });
    const r = groupMultiplierBytes(g);
    expect(r.weightBytes).toBe((8 * 40 * 9) / 2 + Math.ceil((8 * 9) / 2) + (10 * 70) / 2);
    // conv: 9 taps × ⌈40/G⌉ groups × 8 channels; dense: ⌈70/G⌉ × 10.
    expect(r.multBytes).toEqual({ 32: 9 * 2 * 8 + 3 * 10, 64: 9 * 8 + 2 * 10, 128: 9 * 8 + 1 * 10 });
  });
});
