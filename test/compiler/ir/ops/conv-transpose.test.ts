// conv_transpose: hand cases in 1-D, and the adjoint identity with conv2d in 2-D: for the same weights,
// <conv2d(x), y> = <x, conv_transpose(y)> (a transposed convolution is the transpose of the convolution).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conv_transpose } from '../../../../compiler/ir/ops/conv-transpose.js';
import { conv2d } from '../../../../compiler/ir/ops/conv2d.js';
import { PROPERTY_SEED, propertyRuns } from '../../../property-runs.js';
import { evalOp, expectUserError, inferOp, t, values } from './op-harness.js';

const geom = (stride: number[], pad: number[], extra: Record<string, unknown> = {}) => ({ stride, dilation: stride.map(() => 1), pad, output_padding: stride.map(() => 0), ...extra });

describe('conv_transpose', () => {
  const x = t([1, 1, 2], [1, 2]);
  const w = t([1, 1, 2], [1, 1]);
  it('scatters each input through the kernel (1-D by hand)', () => {
    expect(values(evalOp(conv_transpose, [x, w], geom([2], [0, 0])))).toEqual([1, 1, 2, 2]);
    expect(values(evalOp(conv_transpose, [x, w], geom([1], [0, 0])))).toEqual([1, 3, 2]);
    expect(values(evalOp(conv_transpose, [x, w], geom([1], [1, 0])))).toEqual([3, 2]);
    expect(values(evalOp(conv_transpose, [x, w, t([1], [0.5])], geom([1], [0, 0], { output_padding: [1] })))).toEqual([1.5, 3.5, 2.5, 0.5]);
  });

  it('is the adjoint of conv2d with the same weights (strides, pads, dilations, groups)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 2 }), fc.integer(),
      (stride, k, p, groups, seed) => {
        let s = seed;
        const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 2 - 1;
        const [cin, cout, h] = [2 * groups, 2 * groups, 6];
        const xs = t([1, cin, h, h], Array.from({ length: cin * h * h }, rnd));
        const wt = t([cout, cin / groups, k, k], Array.from({ length: cout * (cin / groups) * k * k }, rnd));
        const attrs = { stride: [stride, stride], pad: [p, p, p, p], groups };
        const y = evalOp(conv2d, [xs, wt], attrs);
        const ys = t(y.type.shape, Array.from({ length: y.data.length }, rnd));
        // conv2d's weight [Cout, Cin/g, k, k] read as conv_transpose's [Cin', Cout'/g, k, k] with Cin' = Cout.
        const back = evalOp(conv_transpose, [ys, wt], { ...geom([stride, stride], [p, p, p, p]), groups, output_padding: [0, 0].map((_, a) => h - ((y.type.shape[a + 2]! - 1) * stride + k - 2 * p)) });
        expect(back.type.shape).toEqual(xs.type.shape);
        let lhs = 0, rhs = 0;
        y.data.forEach((v, i) => (lhs += (v as number) * (ys.data[i] as number)));
        xs.data.forEach((v, i) => (rhs += (v as number) * (back.data[i] as number)));
        expect(Math.abs(lhs - rhs)).toBeLessThan(1e-3 * Math.max(1, Math.abs(lhs)));
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(40) });
  });

  it('checks the lists against the spatial rank and refuses an empty output', () => {
    expectUserError(() => inferOp(conv_transpose, [[1, 1, 2], [1, 1, 2]], geom([1, 1], [0, 0])), 'GRAPH010', 'stride needs 1 entries');
    expectUserError(() => inferOp(conv_transpose, [[1, 1, 1], [1, 1, 1]], geom([1], [1, 0])), 'GRAPH010', 'crop everything');
  });
});
