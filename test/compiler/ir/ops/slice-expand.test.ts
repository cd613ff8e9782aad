// slice, expand, lrn, log_softmax and integer tensors through the ops that copy, compare or add.
import { describe, expect, it } from 'vitest';
import { expand, slice } from '../../../../compiler/ir/ops/slice-expand.js';
import { lrn } from '../../../../compiler/ir/ops/lrn.js';
import { log_softmax } from '../../../../compiler/ir/ops/softmax.js';
import { add, div, mul } from '../../../../compiler/ir/ops/elementwise.js';
import { clip } from '../../../../compiler/ir/ops/activation.js';
import { maxpool } from '../../../../compiler/ir/ops/pool.js';
import { conv2d } from '../../../../compiler/ir/ops/conv2d.js';
import { resolveAttrs } from '../../../../compiler/ir/verify.js';
import { makeTensor, type Tensor } from '../../../../compiler/ir/tensor.js';
import type { OpSpec } from '../../../../compiler/ir/op-spec.js';
import type { Attrs } from '../../../../compiler/ir/graph.js';
import { evalOp, expectUserError, iota, t, values } from './op-harness.js';

/** Runs a float op on tensors of any dtype (the harness checks f32 storage). */
function run(op: OpSpec, inputs: Tensor[], attrs: Attrs = {}): Tensor {
  const resolved = resolveAttrs({ name: 'y', op: op.name, operands: [], attrs }, op);
  return op.evalFloat(inputs, resolved, op.inferType(inputs.map((x) => x.type), resolved, { node: 'y', op: op.name }));
}

describe('slice and expand', () => {
  it('slice takes a strided window, backwards with a negative step', () => {
    const x = t([3, 4], iota(12));
    expect(values(evalOp(slice, [x], { starts: [1, 0], steps: [1, 2], sizes: [2, 2] }))).toEqual([4, 6, 8, 10]);
    expect(values(evalOp(slice, [x], { starts: [2, 3], steps: [-1, -3], sizes: [3, 2] }))).toEqual([11, 8, 7, 4, 3, 0]);
    expectUserError(() => evalOp(slice, [x], { starts: [0, 3], steps: [1, 1], sizes: [1, 2] }), 'GRAPH010', 'leave x');
  });

  it('expand broadcasts and repeats', () => {
    const y = evalOp(expand, [t([2, 1], [1, 2])], { shape: [2, 3] });
    expect(values(y)).toEqual([1, 1, 1, 2, 2, 2]);
    expect(evalOp(expand, [t([3], [1, 2, 3])], { shape: [2, 1, 1] }).type.shape).toEqual([2, 1, 3]);
  });
});

describe('lrn and log_softmax', () => {
  it('lrn divides by the windowed sum of squares', () => {
    // C = 3, size 3, alpha 3, beta 1, bias 1: channel 0 sees channels 0-1: 1 + (3/3)·(1 + 4) = 6.
    expect(values(evalOp(lrn, [t([1, 3, 1], [1, 2, 3])], { size: 3, alpha: 3, beta: 1, bias: 1 }))).toEqual([1 / 6, 2 / 15, 3 / 14].map(Math.fround));
  });

  it('log_softmax is x − max − ln Σ exp(x − max)', () => {
    const y = values(evalOp(log_softmax, [t([1, 2], [0, Math.log(3)])]));
    expect(y[0]).toBeCloseTo(Math.log(0.25), 6);
    expect(y[1]).toBeCloseTo(Math.log(0.75), 6);
  });
});

describe('integer tensors', () => {
  const u8 = (d: number[]) => makeTensor('u8', [d.length], Uint8Array.from(d));
  it('add, mul wrap and div truncates in the dtype; clip and maxpool compare', () => {
    expect(Array.from(run(add, [u8([200, 100]), u8([100, 100])]).data as ArrayLike<number>)).toEqual([44, 200]);
    expect(Array.from(run(mul, [u8([16, 3]), u8([16, 5])]).data as ArrayLike<number>)).toEqual([0, 15]);
    expect(Array.from(run(div, [u8([7, 9]), u8([2, 10])]).data as ArrayLike<number>)).toEqual([3, 0]);
    expect(run(clip, [makeTensor('i8', [3], Int8Array.from([-100, 5, 100]))], { min: -10, max: 10 }).data).toEqual(Int8Array.from([-10, 5, 10]));
    const m = run(maxpool, [makeTensor('u8', [1, 1, 2, 2], Uint8Array.from([1, 250, 3, 4]))], { kernel: [2, 2] });
    expect(m.type.dtype).toBe('u8');
    expect(Array.from(m.data as ArrayLike<number>)).toEqual([250]);
  });

  it('ops that compute new float values refuse them', () => {
    expectUserError(() => run(conv2d, [makeTensor('u8', [1, 1, 2, 2], new Uint8Array(4)), t([1, 1, 1, 1], [1])]), 'GRAPH010', 'x must be a float tensor, got u8');
  });
});
