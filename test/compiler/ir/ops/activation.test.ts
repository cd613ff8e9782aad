// relu, relu6, clip: hand-checked values including the bounds themselves, and clip's min/max check.
import { describe, expect, it } from 'vitest';
import { clip, relu, relu6 } from '../../../../compiler/ir/ops/activation.js';
import { evalOp, expectUserError, inferOp, t, values } from './op-harness.js';

describe('activations', () => {
  const x = () => t([1, 7], [-2, -0, 0.5, 3, 6, 6.5, 100]);
  it('relu clamps below at 0', () => {
    expect(values(evalOp(relu, [x()]))).toEqual([0, -0, 0.5, 3, 6, 6.5, 100]);
  });
  it('relu6 clamps to [0, 6]', () => {
    expect(values(evalOp(relu6, [x()]))).toEqual([0, -0, 0.5, 3, 6, 6, 6]);
  });
  it('clip clamps to [min, max] and is the identity by default', () => {
    expect(values(evalOp(clip, [x()], { min: -1, max: 4 }))).toEqual([-1, -0, 0.5, 3, 4, 4, 4]);
    expect(values(evalOp(clip, [x()]))).toEqual([-2, -0, 0.5, 3, 6, 6.5, 100]);
    expect(inferOp(clip, [[2, 3]], { min: 0, max: 0 }).shape).toEqual([2, 3]);
  });
  it('clip rejects min > max', () => {
    expectUserError(() => inferOp(clip, [[1, 4]], { min: 6, max: 0 }), 'GRAPH004', "'min' (6) must not exceed 'max' (0)");
  });
});
