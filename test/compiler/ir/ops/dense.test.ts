// dense and matmul: hand-computed products, transposes, batch broadcasting, shape errors and MACs.
import { describe, expect, it } from 'vitest';
import { dense, matmul } from '../../../../compiler/ir/ops/dense.js';
import { evalOp, expectUserError, inferOp, macsOf, t, values } from './op-harness.js';

describe('dense', () => {
  it('computes x·wᵀ + b with w as [out, in]', () => {
    // Row 1: [1,2,3]·[1,0,−1] + 0.5 = −1.5 and [1,2,3]·[2,1,0] − 1 = 3; row 2 likewise.
    const y = evalOp(dense, [t([2, 3], [1, 2, 3, 4, 5, 6]), t([2, 3], [1, 0, -1, 2, 1, 0]), t([2], [0.5, -1])]);
    expect(y.type.shape).toEqual([2, 2]);
    expect(values(y)).toEqual([-1.5, 3, -1.5, 12]);
  });

  it('works without a bias', () => {
    expect(values(evalOp(dense, [t([1, 2], [3, 5]), t([2, 2], [1, 1, 1, -1])]))).toEqual([8, -2]);
  });

  it('accumulates in float64 and rounds once', () => {
    expect(values(evalOp(dense, [t([1, 3], [1, 2 ** -30, -1]), t([1, 3], [1, 1, 1])]))).toEqual([2 ** -30]);
  });

  it('names the shapes in its errors', () => {
    expectUserError(() => inferOp(dense, [[1, 16, 4, 4], [10, 256]]), 'GRAPH010', '[1,16,4,4]', 'flatten');
    expectUserError(() => inferOp(dense, [[1, 30], [10, 20]]), 'GRAPH010', 'weight [10,20] expects 20 input features', 'x [1,30] has 30');
    expectUserError(() => inferOp(dense, [[1, 20], [10, 20], [20]]), 'GRAPH010', 'bias [20] must be [10]');
    expectUserError(() => inferOp(dense, [[1, 20], [200]]), 'GRAPH010', 'weight must be 2-D', '[200]');
  });

  it('counts N·out·K MACs', () => {
    expect(macsOf(dense, [[2, 3], [4, 3], [4]])).toBe(24);
  });
});

describe('matmul', () => {
  const expected = [58, 64, 139, 154]; // [[1,2,3],[4,5,6]] · [[7,8],[9,10],[11,12]]

  it('multiplies 2-D matrices', () => {
    const y = evalOp(matmul, [t([2, 3], [1, 2, 3, 4, 5, 6]), t([3, 2], [7, 8, 9, 10, 11, 12])]);
    expect(y.type.shape).toEqual([2, 2]);
    expect(values(y)).toEqual(expected);
  });

  it('honours trans_a and trans_b', () => {
    const aT = t([3, 2], [1, 4, 2, 5, 3, 6]);
    const bT = t([2, 3], [7, 9, 11, 8, 10, 12]);
    expect(values(evalOp(matmul, [t([2, 3], [1, 2, 3, 4, 5, 6]), bT], { trans_b: true }))).toEqual(expected);
    expect(values(evalOp(matmul, [aT, t([3, 2], [7, 8, 9, 10, 11, 12])], { trans_a: true }))).toEqual(expected);
    expect(values(evalOp(matmul, [aT, bT], { trans_a: true, trans_b: true }))).toEqual(expected);
  });

  it('broadcasts a rank-2 b over the batch of a', () => {
    const y = evalOp(matmul, [t([2, 1, 2], [1, 2, 3, 4]), t([2, 1], [1, 10])]);
    expect(y.type.shape).toEqual([2, 1, 1]);
    expect(values(y)).toEqual([21, 43]);
  });

  it('broadcasts batch dimensions on both sides', () => {
    // a batches [1,2], [3,4] (shape [2,1,1,2]); b batches [1,1], [2,1], [3,1] (shape [3,2,1]) → [2,3,1,1].
    const y = evalOp(matmul, [t([2, 1, 1, 2], [1, 2, 3, 4]), t([3, 2, 1], [1, 1, 2, 1, 3, 1])]);
    expect(y.type.shape).toEqual([2, 3, 1, 1]);
    expect(values(y)).toEqual([3, 4, 5, 7, 10, 13]);
    expect(macsOf(matmul, [[2, 1, 1, 2], [3, 2, 1]])).toBe(12);
  });

  it('names the shapes in its errors', () => {
    expectUserError(() => inferOp(matmul, [[2, 3], [2, 3]]), 'GRAPH010', 'inner dimensions differ', 'a [2,3]', 'b [2,3]');
    expectUserError(() => inferOp(matmul, [[2, 1, 2], [3, 2, 1]]), 'GRAPH010', 'cannot broadcast the batch dimensions', '[2,1,2]', '[3,2,1]');
    expectUserError(() => inferOp(matmul, [[3], [3, 2]]), 'GRAPH010', 'rank ≥ 2', '[3]');
  });

  it('counts M·N·K MACs per batch entry', () => {
    expect(macsOf(matmul, [[2, 3], [3, 2]])).toBe(12);
    expect(macsOf(matmul, [[5, 2, 3], [2, 5]], { trans_a: true })).toBe(5 * 3 * 5 * 2);
  });
});
