// concat: joining along axis 1 (default) and negative axes, single operand, shape errors.
import { describe, expect, it } from 'vitest';
import { concat } from '../../../../compiler/ir/ops/concat.js';
import { evalOp, expectUserError, inferOp, t, values } from './op-harness.js';

describe('concat', () => {
  it('joins on axis 1 by default, per sample', () => {
    const a = t([2, 1, 2], [1, 2, 7, 8]);
    const b = t([2, 2, 2], [3, 4, 5, 6, 9, 10, 11, 12]);
    const y = evalOp(concat, [a, b]);
    expect(y.type.shape).toEqual([2, 3, 2]);
    expect(values(y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('joins three operands on the last axis (axis −1)', () => {
    const y = evalOp(concat, [t([2, 1], [1, 2]), t([2, 2], [3, 4, 5, 6]), t([2, 1], [7, 8])], { axis: -1 });
    expect(y.type.shape).toEqual([2, 4]);
    expect(values(y)).toEqual([1, 3, 4, 7, 2, 5, 6, 8]);
  });

  it('joins on axis 0 and passes a single operand through', () => {
    expect(values(evalOp(concat, [t([1, 2], [1, 2]), t([2, 2], [3, 4, 5, 6])], { axis: 0 }))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(values(evalOp(concat, [t([1, 3], [1, 2, 3])]))).toEqual([1, 2, 3]);
  });

  it('names the shapes when operands differ outside the axis, or the axis is out of range', () => {
    expectUserError(() => inferOp(concat, [[1, 2, 3, 3], [1, 2, 4, 4]]), 'GRAPH010', 'operand 2 [1,2,4,4]', 'operand 1 [1,2,3,3]');
    expectUserError(() => inferOp(concat, [[1, 2, 3, 3], [1, 2, 3]]), 'GRAPH010', '[1,2,3]');
    expectUserError(() => inferOp(concat, [[1, 2], [1, 2]], { axis: 2 }), 'GRAPH010', 'axis 2 is out of range', '[1,2]');
  });
});
