// softmax: rows sum to 1, stability with large inputs, axis other than the last, errors.
import { describe, expect, it } from 'vitest';
import { softmax } from '../../../../compiler/ir/ops/softmax.js';
import { evalOp, expectUserError, inferOp, t, values } from './op-harness.js';

describe('softmax', () => {
  it('normalizes each row of the last axis', () => {
    // exp([0, ln 3, 0]) = [1, 3, 1] → [0.2, 0.6, 0.2]; a constant row is uniform.
    const y = values(evalOp(softmax, [t([2, 3], [0, Math.log(3), 0, 5, 5, 5])]));
    const want = [0.2, 0.6, 0.2, 1 / 3, 1 / 3, 1 / 3];
    y.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 6));
    expect(y[0]! + y[1]! + y[2]!).toBeCloseTo(1, 6);
    expect(y[3]! + y[4]! + y[5]!).toBeCloseTo(1, 6);
    expect(values(evalOp(softmax, [t([1, 4], [0, 0, 0, 0])]))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('subtracts the maximum, so large inputs do not overflow', () => {
    expect(values(evalOp(softmax, [t([2, 2], [1000, 1000, 1000, 0])]))).toEqual([0.5, 0.5, 1, 0]);
  });

  it('normalizes along axis 0 when asked', () => {
    // Columns: [0, 0] → uniform; [0, ln 3] → [0.25, 0.75].
    const y = values(evalOp(softmax, [t([2, 2], [0, 0, 0, Math.log(3)])], { axis: 0 }));
    [0.5, 0.25, 0.5, 0.75].forEach((w, i) => expect(y[i]).toBeCloseTo(w, 6));
  });

  it('rows of random logits sum to 1', () => {
    const logits = Array.from({ length: 30 }, (_, i) => Math.sin(i * 12.9898) * 20);
    const y = values(evalOp(softmax, [t([3, 10], logits)]));
    for (let r = 0; r < 3; r++) expect(y.slice(r * 10, r * 10 + 10).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
  });

  it('rejects an axis out of range', () => {
    expectUserError(() => inferOp(softmax, [[1, 10]], { axis: 2 }), 'GRAPH010', 'axis 2', '[1,10]');
  });
});
