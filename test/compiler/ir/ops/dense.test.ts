// dense and matmul: hand-computed products, transposes, batch broadcasting, shape errors and MACs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROPERTY_SEED, propertyRuns } from '../../../property-runs.js';
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

describe('matmul against a naive product (property)', () => {
  it('matches explicit transposes and per-batch 2-D products', () => {
    const dim = fc.integer({ min: 1, max: 4 });
    const cases = fc.record({ batch: fc.integer({ min: 1, max: 3 }), m: dim, k: dim, n: dim, transA: fc.boolean(), transB: fc.boolean() })
      .chain((c) => fc.tuple(fc.constant(c),
        fc.array(fc.integer({ min: -9, max: 9 }), { minLength: c.batch * c.m * c.k, maxLength: c.batch * c.m * c.k }),
        fc.array(fc.integer({ min: -9, max: 9 }), { minLength: c.k * c.n, maxLength: c.k * c.n })));
    /** Row-major r×c matrix → its transpose. */
    const transpose = (v: number[], r: number, c: number) => Array.from({ length: r * c }, (_, i) => v[(i % r) * c + Math.floor(i / r)]!);
    fc.assert(
      fc.property(cases, ([c, a, b]) => {
        const want: number[] = [];
        for (let s = 0; s < c.batch; s++) {
          for (let i = 0; i < c.m; i++) {
            for (let j = 0; j < c.n; j++) {
              let acc = 0;
              for (let kk = 0; kk < c.k; kk++) acc += a[s * c.m * c.k + i * c.k + kk]! * b[kk * c.n + j]!;
              want.push(acc);
            }
          }
        }
        const aIn = c.transA ? Array.from({ length: c.batch }, (_, s) => transpose(a.slice(s * c.m * c.k, (s + 1) * c.m * c.k), c.m, c.k)).flat() : a;
        const bIn = c.transB ? transpose(b, c.k, c.n) : b;
        const aShape = c.transA ? [c.batch, c.k, c.m] : [c.batch, c.m, c.k];
        const bShape = c.transB ? [c.n, c.k] : [c.k, c.n];
        const y = evalOp(matmul, [t(aShape, aIn), t(bShape, bIn)], { trans_a: c.transA, trans_b: c.transB });
        expect(y.type.shape).toEqual([c.batch, c.m, c.n]);
        expect(values(y)).toEqual(want);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(150) },
    );
  });
});
