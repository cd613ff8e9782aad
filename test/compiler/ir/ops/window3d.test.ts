// conv3d, maxpool3d, avgpool3d: a depth-1 conv3d equals conv2d; pools by hand with padding and ceil mode.
import { describe, expect, it } from 'vitest';
import { conv3d, maxpool3d, avgpool3d } from '../../../../compiler/ir/ops/window3d.js';
import { conv2d } from '../../../../compiler/ir/ops/conv2d.js';
import { maxpool } from '../../../../compiler/ir/ops/pool.js';
import { evalOp, expectUserError, inferOp, iota, t, values } from './op-harness.js';

describe('3-D windows', () => {
  it('conv3d over a depth-1 volume with a depth-1 kernel equals conv2d (groups, stride, pad, dilation)', () => {
    const x = iota(2 * 5 * 5).map((v) => Math.sin(v));
    const w = iota(4 * 1 * 3 * 3).map((v) => Math.cos(v));
    const two = evalOp(conv2d, [t([1, 2, 5, 5], x), t([4, 1, 3, 3], w), t([4], [1, 2, 3, 4])], { stride: [2, 1], pad: [1, 0, 1, 2], dilation: [1, 2], groups: 2 });
    const three = evalOp(conv3d, [t([1, 2, 1, 5, 5], x), t([4, 1, 1, 3, 3], w), t([4], [1, 2, 3, 4])], { stride: [1, 2, 1], pad: [0, 1, 0, 0, 1, 2], dilation: [1, 1, 2], groups: 2 });
    expect(three.type.shape).toEqual([1, 4, 1, ...two.type.shape.slice(2)]);
    values(three).forEach((v, i) => expect(v).toBeCloseTo(values(two)[i]!, 5));
  });

  it('maxpool3d equals the 2-D max pool on a depth-1 volume; avgpool3d divides by real or padded taps', () => {
    const x = iota(16);
    const a = evalOp(maxpool, [t([1, 1, 4, 4], x)], { kernel: [3, 3], stride: [2, 2], pad: [1, 1, 1, 1], ceil_mode: true });
    const b = evalOp(maxpool3d, [t([1, 1, 1, 4, 4], x)], { kernel: [1, 3, 3], stride: [1, 2, 2], pad: [0, 1, 1, 0, 1, 1], ceil_mode: true });
    expect(values(b)).toEqual(values(a));
    const v = t([1, 1, 2, 2, 2], iota(8));
    expect(values(evalOp(avgpool3d, [v], { kernel: [2, 2, 2], pad: [1, 0, 0, 0, 0, 0] }))).toEqual([1.5, 3.5]);
    expect(values(evalOp(avgpool3d, [v], { kernel: [2, 2, 2], pad: [1, 0, 0, 0, 0, 0], count_include_pad: true }))).toEqual([0.75, 3.5]);
  });

  it('refuses a 4-D input and a pad as large as the kernel', () => {
    expectUserError(() => inferOp(maxpool3d, [[1, 1, 4, 4]], { kernel: [1, 2, 2] }), 'GRAPH010', 'must be 5-D');
    expectUserError(() => inferOp(avgpool3d, [[1, 1, 4, 4, 4]], { kernel: [2, 2, 2], pad: [2, 0, 0, 0, 0, 0] }), 'GRAPH010', 'smaller than the kernel');
  });
});
