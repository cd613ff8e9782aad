// transpose: a hand case and the index rule on a 4-D tensor (output axis k is input axis perm[k]).
import { describe, expect, it } from 'vitest';
import { transpose } from '../../../../compiler/ir/ops/transpose.js';
import { evalOp, expectUserError, inferOp, iota, t, values } from './op-harness.js';

describe('transpose', () => {
  it('transposes a matrix', () => {
    const y = evalOp(transpose, [t([2, 3], iota(6))], { perm: [1, 0] });
    expect(y.type.shape).toEqual([3, 2]);
    expect(values(y)).toEqual([0, 3, 1, 4, 2, 5]);
  });

  it('moves every element by the index rule (NCHW → NHWC)', () => {
    const shape = [2, 3, 4, 5];
    const y = evalOp(transpose, [t(shape, iota(120))], { perm: [0, 2, 3, 1] });
    expect(y.type.shape).toEqual([2, 4, 5, 3]);
    const v = values(y);
    for (let n = 0; n < 2; n++) for (let c = 0; c < 3; c++) for (let h = 0; h < 4; h++) for (let w = 0; w < 5; w++) {
      expect(v[((n * 4 + h) * 5 + w) * 3 + c]).toBe(((n * 3 + c) * 4 + h) * 5 + w);
    }
  });

  it('refuses a perm that is not a permutation of the axes', () => {
    expectUserError(() => inferOp(transpose, [[2, 3]], { perm: [0, 0] }), 'GRAPH010', 'not a permutation');
    expect(transpose.movesCodes!({ perm: [1, 0] })).toBe(true);
  });
});
