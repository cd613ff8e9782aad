// Bias correction of the format weights' rounding error: the dequantized weights, the shift E[ΔW·x] of a
// dense and a padded conv against hand sums, the corrected graph (new bias constants, the input graph kept) and what it refuses.
import { describe, expect, it } from 'vitest';
import { constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { correctFormatBiases, dequantizeFormatWeights, weightErrorShift } from '../../../compiler/quant/format-bias-correction.js';
import type { FormatTensor } from '../../../compiler/quant/format-quantize.js';

const ft = (shape: number[], vals: number[], realScale = 1, exps?: number[], channelScales?: number[]): FormatTensor => ({
  shape, vals: Float64Array.from(vals), exps: Int16Array.from(exps ?? vals.map(() => 0)), realScale,
  ...(channelScales === undefined ? {} : { channelScales: Float64Array.from(channelScales) }),
});

/** x [1,3] → dense (w [2,3], bias) → y; and x [1,3] → dense (w [2,3], no bias) → z. */
function dense() {
  const g = emptyGraph('d');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 3] } });
  g.constants.set('w', f32Tensor([2, 3], [1, 2, 3, -1, 0.5, 0.25]));
  g.constants.set('b', f32Tensor([2], [0.5, -0.5]));
  g.nodes.push({ name: 'y', op: 'dense', operands: [valueRef('x'), constRef('w'), constRef('b')], attrs: { act_min: 0 } });
  g.nodes.push({ name: 'z', op: 'dense', operands: [valueRef('x'), constRef('w')], attrs: {} });
  g.outputs.push('y', 'z');
  inferTypes(g);
  return g;
}

describe('format bias correction', () => {
  it('dequantizes vals · 2^exps · scale, per channel when the tensor has channel scales', () => {
    expect(Array.from(dequantizeFormatWeights(ft([2, 2], [1, 2, 3, 4], 0.5, [0, 1, -1, 0])))).toEqual([0.5, 2, 0.75, 2]);
    expect(Array.from(dequantizeFormatWeights(ft([2, 2], [1, 2, 3, 4], 1, undefined, [2, 0.25])))).toEqual([2, 4, 0.75, 1]);
  });

  it('dense: the shift is ΔW · mean input, unclamped (a fused ReLU does not cut it)', () => {
    const g = dense();
    // Ŵ − W = [[0.5, 0, −1], [−2, 0.5, 0]] with the mean input [1, 2, 4]
    const q = ft([2, 3], [1.5, 2, 2, -3, 1, 0.25]);
    expect(Array.from(weightErrorShift(g, 'y', q, f32Tensor([1, 3], [1, 2, 4])))).toEqual([0.5 - 4, -2 + 1]);
  });

  it('conv2d with padding: the shift is the mean over output positions of the ΔW convolution', () => {
    const g = emptyGraph('c');
    g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 1, 3, 3] } });
    g.constants.set('w', f32Tensor([2, 1, 3, 3], Array.from({ length: 18 }, (_, i) => i / 8)));
    g.nodes.push({ name: 'y', op: 'conv2d', operands: [valueRef('x'), constRef('w')], attrs: { pad: [1, 1, 1, 1] } });
    g.outputs.push('y');
    inferTypes(g);
    const delta = Array.from({ length: 18 }, (_, i) => ((i * 7) % 5 - 2) / 16);
    const q = ft([2, 1, 3, 3], Array.from({ length: 18 }, (_, i) => i / 8 + delta[i]!));
    const x = Array.from({ length: 9 }, (_, i) => i - 3);
    const want = [0, 1].map((c) => {
      let s = 0;
      for (let oy = 0; oy < 3; oy++) for (let ox = 0; ox < 3; ox++) for (let ky = 0; ky < 3; ky++) for (let kx = 0; kx < 3; kx++) {
        const [y, xx] = [oy + ky - 1, ox + kx - 1];
        if (y >= 0 && y < 3 && xx >= 0 && xx < 3) s += delta[c * 9 + ky * 3 + kx]! * x[y * 3 + xx]!;
      }
      return s / 9;
    });
    const got = weightErrorShift(g, 'y', q, f32Tensor([1, 1, 3, 3], x));
    for (const c of [0, 1]) expect(got[c]).toBeCloseTo(want[c]!, 6);
  });

  it('corrects every converted GEMM\'s bias (a new constant; a GEMM without bias gets one) and keeps the input graph', () => {
    const g = dense();
    const q = ft([2, 3], [1.5, 2, 2, -3, 1, 0.25]);
    const mean = f32Tensor([1, 3], [1, 2, 4]);
    const c = correctFormatBiases(g, new Map([['y', q], ['z', q]]), new Map([['y', mean], ['z', mean]]));
    expect(Array.from(c.constants.get('y.bias_corrected')!.data as Float32Array)).toEqual([0.5 + 3.5, -0.5 + 1]);
    expect(Array.from(c.constants.get('z.bias_corrected')!.data as Float32Array)).toEqual([3.5, 1]);
    expect(c.nodes.map((n) => n.operands[2]?.name)).toEqual(['y.bias_corrected', 'z.bias_corrected']);
    expect(g.nodes.map((n) => n.operands[2]?.name)).toEqual(['b', undefined]);
    expect(g.constants.has('y.bias_corrected')).toBe(false);
    // a GEMM whose weights were not converted, or that has no mean input, is left as it is
    const only = correctFormatBiases(g, new Map([['y', q]]), new Map([['y', mean]]));
    expect(only.nodes[1]!.operands.length).toBe(2);
    const noMean = correctFormatBiases(g, new Map([['y', q], ['z', q]]), new Map([['y', mean]]));
    const noWeights = correctFormatBiases(g, new Map([['y', q]]), new Map([['y', mean], ['z', mean]]));
    for (const c2 of [noMean, noWeights]) {
      expect(c2.nodes.map((n) => n.operands[2]?.name)).toEqual(['y.bias_corrected', undefined]);
      expect(c2.constants.has('z.bias_corrected')).toBe(false);
    }
    // correcting twice would replace the first correction's constant: refused, naming it
    expect(() => correctFormatBiases(c, new Map([['y', q]]), new Map([['y', mean]]))).toThrow(/constant y\.bias_corrected exists/);
  });

  it('the shift is measured on the named GEMM (not the graph\'s first node); a node that is not a conv2d or dense is refused', () => {
    // x → relu r → dense y: the node looked up is y, wherever it stands
    const g = emptyGraph('r');
    g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 3] } });
    g.constants.set('w', f32Tensor([2, 3], [1, 2, 3, -1, 0.5, 0.25]));
    g.nodes.push({ name: 'r', op: 'relu', operands: [valueRef('x')], attrs: {} });
    g.nodes.push({ name: 'y', op: 'dense', operands: [valueRef('r'), constRef('w')], attrs: {} });
    g.outputs.push('y');
    inferTypes(g);
    const q = ft([2, 3], [1.5, 2, 2, -3, 1, 0.25]);
    const mean = f32Tensor([1, 3], [1, 2, 4]);
    expect(Array.from(weightErrorShift(g, 'y', q, mean))).toEqual([0.5 - 4, -2 + 1]);
    expect(() => weightErrorShift(g, 'r', q, mean)).toThrow(/bias correction of r: not a conv2d or dense/);
    expect(() => weightErrorShift(g, 'nowhere', q, mean)).toThrow(/bias correction of nowhere: not a conv2d or dense/);
  });
});
