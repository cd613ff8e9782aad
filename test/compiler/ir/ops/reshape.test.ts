// flatten (axis, negative axis, axis = rank) and reshape (0 copies, −1 inferred), with errors.
import { describe, expect, it } from 'vitest';
import { flatten, reshape } from '../../../../compiler/ir/ops/reshape.js';
import { evalOp, expectUserError, inferOp, iota, t, values } from './op-harness.js';

describe('flatten', () => {
  it('splits the dimensions at axis', () => {
    expect(inferOp(flatten, [[2, 3, 4]]).shape).toEqual([2, 12]);
    expect(inferOp(flatten, [[2, 3, 4]], { axis: 0 }).shape).toEqual([1, 24]);
    expect(inferOp(flatten, [[2, 3, 4]], { axis: 3 }).shape).toEqual([24, 1]);
    expect(inferOp(flatten, [[2, 3, 4]], { axis: -1 }).shape).toEqual([6, 4]);
    expect(inferOp(flatten, [[1, 16, 4, 4]]).shape).toEqual([1, 256]);
  });
  it('keeps the row-major order in a new buffer', () => {
    const x = t([1, 2, 2, 2], iota(8));
    const y = evalOp(flatten, [x]);
    expect(values(y)).toEqual(iota(8));
    expect(y.data).not.toBe(x.data);
  });
  it('rejects an axis past the rank', () => {
    expectUserError(() => inferOp(flatten, [[2, 3, 4]], { axis: 4 }), 'GRAPH010', 'axis 4', '[2,3,4]');
    expectUserError(() => inferOp(flatten, [[2, 3, 4]], { axis: -4 }), 'GRAPH010', 'axis -4');
  });
});

describe('reshape', () => {
  it('copies dims for 0 and infers one −1', () => {
    expect(inferOp(reshape, [[2, 3, 4]], { shape: [0, -1] }).shape).toEqual([2, 12]);
    expect(inferOp(reshape, [[2, 3, 4]], { shape: [-1, 4] }).shape).toEqual([6, 4]);
    expect(inferOp(reshape, [[2, 3, 4]], { shape: [4, 0, 2] }).shape).toEqual([4, 3, 2]);
    expect(inferOp(reshape, [[2, 3, 4]], { shape: [0, 0, -1] }).shape).toEqual([2, 3, 4]);
    expect(inferOp(reshape, [[1, 16, 4, 4]], { shape: [1, 256] }).shape).toEqual([1, 256]);
  });
  it('keeps the data order', () => {
    const y = evalOp(reshape, [t([2, 3], iota(6))], { shape: [3, -1] });
    expect(y.type.shape).toEqual([3, 2]);
    expect(values(y)).toEqual(iota(6));
  });
  it('names the shapes when the target does not fit', () => {
    expectUserError(() => inferOp(reshape, [[2, 3, 4]], { shape: [5, -1] }), 'GRAPH010', '[2,3,4] (24 elements)', 'shape=[5,-1]', 'cannot be inferred');
    expectUserError(() => inferOp(reshape, [[2, 3, 4]], { shape: [2, 2] }), 'GRAPH010', 'target has 4 elements');
    expectUserError(() => inferOp(reshape, [[2, 3, 4]], { shape: [0, 0, 0, 0] }), 'GRAPH010', '0 at index 3');
  });
  it('checks the attribute: required, at most one −1, nothing below −1', () => {
    expectUserError(() => inferOp(reshape, [[2, 3, 4]]), 'GRAPH005', 'shape');
    expectUserError(() => inferOp(reshape, [[2, 3, 4]], { shape: [-1, -1] }), 'GRAPH004', 'at most one');
    expectUserError(() => inferOp(reshape, [[2, 3, 4]], { shape: [-2, 12] }), 'GRAPH004', 'shape');
  });
});
