// The fused-activation clamp (act_min/act_max) and recorded BatchNorm statistics on conv2d, dense and add.
import { describe, expect, it } from 'vitest';
import { conv2d } from '../../../../compiler/ir/ops/conv2d.js';
import { dense } from '../../../../compiler/ir/ops/dense.js';
import { add, sub } from '../../../../compiler/ir/ops/elementwise.js';
import { evalOp, expectUserError, inferOp, t, values } from './op-harness.js';

describe('fused activation clamp', () => {
  it('clamps conv2d, dense and add outputs like relu / relu6 would', () => {
    // conv: neighbour differences of [1,3,2,10] are −2, 1, −8.
    const conv = [t([1, 1, 1, 4], [1, 3, 2, 10]), t([1, 1, 1, 2], [1, -1])];
    expect(values(evalOp(conv2d, conv, { act_min: 0 }))).toEqual([0, 1, 0]);
    expect(values(evalOp(conv2d, conv, { act_min: -1, act_max: 0.5 }))).toEqual([-1, 0.5, -1]);
    const d = evalOp(dense, [t([1, 3], [1, 2, 3]), t([3, 3], [1, 0, 0, 0, 5, 0, -1, 0, 0])], { act_min: 0, act_max: 6 });
    expect(values(d)).toEqual([1, 6, 0]); // raw: 1, 10, −1
    expect(values(evalOp(add, [t([3], [-5, 2, 9]), t([3], [0, 1, 0])], { act_min: 0, act_max: 6 }))).toEqual([0, 3, 6]);
  });

  it('clamps nothing by default', () => {
    expect(values(evalOp(dense, [t([1, 1], [-3]), t([1, 1], [2])]))).toEqual([-6]);
  });

  it('is not an attribute of sub', () => {
    expectUserError(() => inferOp(sub, [[1], [1]], { act_min: 0 }), 'GRAPH004', "unknown attribute 'act_min'");
  });

  it('rejects bn_beta/bn_gamma whose length is not the output channel count', () => {
    expectUserError(() => inferOp(conv2d, [[1, 1, 4, 4], [2, 1, 1, 1]], { bn_beta: [0, 0, 0] }), 'GRAPH010', 'bn_beta has 3 entries', '2 channels');
    expectUserError(() => inferOp(dense, [[1, 4], [3, 4]], { bn_gamma: [1] }), 'GRAPH010', 'bn_gamma has 1 entries', '3 channels');
    expect(inferOp(dense, [[1, 4], [3, 4]], { bn_beta: [0, 1, 2], bn_gamma: [1, 1, 1] }).shape).toEqual([1, 3]);
  });
});
