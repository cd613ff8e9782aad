// batchnorm: per-channel normalization on axis 1, eps, parameter shape errors.
import { describe, expect, it } from 'vitest';
import { batchnorm } from '../../../../compiler/ir/ops/batchnorm.js';
import { evalOp, expectUserError, inferOp, macsOf, t, values } from './op-harness.js';

describe('batchnorm', () => {
  it('normalizes each channel with its own statistics', () => {
    // ch0: gamma 2, var 4 → scale 1, mean 1, beta 0: [1,3] → [0,2]. ch1: gamma 1, var 0.25 → scale 2, mean 2, beta 1: [2,4] → [1,5].
    const params = [t([2], [2, 1]), t([2], [0, 1]), t([2], [1, 2]), t([2], [4, 0.25])];
    const y = evalOp(batchnorm, [t([1, 2, 1, 2], [1, 3, 2, 4]), ...params], { eps: 0 });
    expect(y.type.shape).toEqual([1, 2, 1, 2]);
    expect(values(y)).toEqual([0, 2, 1, 5]);
  });

  it('adds eps to the variance and cycles channels across the batch', () => {
    // var 3 + eps 1 = 4 → divide by 2; two samples of one channel each.
    const ones = t([1], [1]), zero = t([1], [0]);
    expect(values(evalOp(batchnorm, [t([2, 1, 1, 1], [6, -4]), ones, zero, zero, t([1], [3])], { eps: 1 }))).toEqual([3, -2]);
  });

  it('uses eps = 1e-5 by default', () => {
    const y = evalOp(batchnorm, [t([1, 1], [1]), t([1], [1]), t([1], [0]), t([1], [0]), t([1], [1])]);
    expect(values(y)[0]).toBeCloseTo(1 / Math.sqrt(1 + 1e-5), 7);
    expect(values(y)[0]).not.toBe(1);
  });

  it('names the shapes in its errors and rejects a negative eps', () => {
    expectUserError(() => inferOp(batchnorm, [[1, 2, 4, 4], [3], [2], [2], [2]]), 'GRAPH010', 'gamma [3] must be [2]', '[1,2,4,4]');
    expectUserError(() => inferOp(batchnorm, [[1, 2, 4, 4], [2], [2], [2], [2, 1]]), 'GRAPH010', 'var [2,1]');
    expectUserError(() => inferOp(batchnorm, [[4], [4], [4], [4], [4]]), 'GRAPH010', 'rank ≥ 2', '[4]');
    expectUserError(() => inferOp(batchnorm, [[1, 1], [1], [1], [1], [1]], { eps: -1 }), 'GRAPH004', 'eps');
  });

  it('counts no array MACs', () => {
    expect(macsOf(batchnorm, [[1, 2, 4, 4], [2], [2], [2], [2]])).toBe(0);
  });
});
