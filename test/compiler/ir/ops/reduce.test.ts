// reduce_mean: means over one or several axes, with and without keepdims.
import { describe, expect, it } from 'vitest';
import { reduce_mean } from '../../../../compiler/ir/ops/reduce.js';
import { evalOp, expectUserError, inferOp, iota, t, values } from './op-harness.js';

describe('reduce_mean', () => {
  const x = t([2, 2, 3], iota(12));
  it('averages over the listed axes', () => {
    expect(values(evalOp(reduce_mean, [x], { axes: [2] }))).toEqual([1, 4, 7, 10]);
    expect(values(evalOp(reduce_mean, [x], { axes: [0] }))).toEqual([3, 4, 5, 6, 7, 8]);
    const hw = evalOp(reduce_mean, [x], { axes: [1, 2], keepdims: false });
    expect(hw.type.shape).toEqual([2]);
    expect(values(hw)).toEqual([2.5, 8.5]);
    expect(evalOp(reduce_mean, [x], { axes: [0, 2] }).type.shape).toEqual([1, 2, 1]);
  });

  it('refuses repeated or out-of-range axes', () => {
    expectUserError(() => inferOp(reduce_mean, [[2, 3]], { axes: [1, 1] }), 'GRAPH010', 'distinct axes');
    expectUserError(() => inferOp(reduce_mean, [[2, 3]], { axes: [2] }), 'GRAPH010', 'distinct axes');
  });
});
