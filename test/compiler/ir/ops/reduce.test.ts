// reduce: every kind over one or several axes by hand, with and without keepdims, and the axis errors.
import { describe, expect, it } from 'vitest';
import { reduce } from '../../../../compiler/ir/ops/reduce.js';
import { evalOp, expectUserError, inferOp, iota, t, values } from './op-harness.js';

describe('reduce', () => {
  const x = t([2, 2, 3], iota(12));
  const r = (kind: string, axes: number[], keepdims = true, input = x) => values(evalOp(reduce, [input], { kind, axes, keepdims }));

  it('means over the listed axes, keeping or dropping them', () => {
    expect(r('mean', [2])).toEqual([1, 4, 7, 10]);
    expect(r('mean', [0])).toEqual([3, 4, 5, 6, 7, 8]);
    expect(r('mean', [1, 2], false)).toEqual([2.5, 8.5]);
    expect(evalOp(reduce, [x], { kind: 'mean', axes: [1, 2], keepdims: false }).type.shape).toEqual([2]);
    expect(evalOp(reduce, [x], { kind: 'mean', axes: [0, 2] }).type.shape).toEqual([1, 2, 1]);
  });

  it('computes every kind by its definition', () => {
    const v = t([1, 3], [-1, 2, 3]);
    expect(r('sum', [1], true, v)).toEqual([4]);
    expect(r('max', [1], true, v)).toEqual([3]);
    expect(r('min', [1], true, v)).toEqual([-1]);
    expect(r('prod', [1], true, v)).toEqual([-6]);
    expect(r('l1', [1], true, v)).toEqual([6]);
    expect(r('l2', [1], true, v)).toEqual([Math.fround(Math.sqrt(14))]);
    expect(r('sum_square', [1], true, v)).toEqual([14]);
    expect(r('log_sum', [1], true, v)).toEqual([Math.fround(Math.log(4))]);
    expect(r('log_sum_exp', [1], true, v)).toEqual([Math.fround(Math.log(Math.exp(-1) + Math.exp(2) + Math.exp(3)))]);
    expect(r('log_sum_exp', [1], true, t([1, 2], [1000, 1000]))).toEqual([Math.fround(1000 + Math.LN2)]); // no overflow
  });

  it('refuses repeated or out-of-range axes and unknown kinds', () => {
    expectUserError(() => inferOp(reduce, [[2, 3]], { kind: 'mean', axes: [1, 1] }), 'GRAPH010', 'distinct axes');
    expectUserError(() => inferOp(reduce, [[2, 3]], { kind: 'mean', axes: [2] }), 'GRAPH010', 'distinct axes');
    expectUserError(() => inferOp(reduce, [[2, 3]], { kind: 'median', axes: [1] }), 'GRAPH004', 'kind');
  });
});
