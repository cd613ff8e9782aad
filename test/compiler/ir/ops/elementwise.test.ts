// add/sub/mul/div: broadcasting edge cases (per-channel, scalar, rank mismatch, both sides, incompatible) and f32 results.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROPERTY_SEED, propertyRuns } from '../../../property-runs.js';
import { add, div, mul, sub } from '../../../../compiler/ir/ops/elementwise.js';
import { broadcastShape, broadcastStrides } from '../../../../compiler/ir/ops/broadcast.js';
import { evalOp, expectUserError, inferOp, iota, macsOf, t, values } from './op-harness.js';

describe('broadcastShape and broadcastStrides', () => {
  it('follows the numpy rules', () => {
    expect(broadcastShape([], [3])).toEqual([3]);
    expect(broadcastShape([2, 1], [1, 3])).toEqual([2, 3]);
    expect(broadcastShape([1, 16, 4, 4], [16, 1, 1])).toEqual([1, 16, 4, 4]);
    expect(broadcastShape([2, 1, 3], [4, 1])).toEqual([2, 4, 3]);
    expect(broadcastShape([2], [3])).toBeUndefined();
    expect(broadcastShape([1, 16, 4, 4], [8])).toBeUndefined();
  });
  it('gives stride 0 to missing and size-1 dimensions', () => {
    expect(broadcastStrides([3, 1], [2, 3, 4])).toEqual([0, 1, 0]);
    expect(broadcastStrides([2, 3], [2, 3])).toEqual([3, 1]);
    expect(broadcastStrides([], [2, 2])).toEqual([0, 0]);
  });
});

describe('elementwise evaluation', () => {
  it('same shapes', () => {
    expect(values(evalOp(add, [t([3], [1, 2, 3]), t([3], [10, 20, 30])]))).toEqual([11, 22, 33]);
    expect(values(evalOp(sub, [t([3], [1, 2, 3]), t([3], [10, 20, 30])]))).toEqual([-9, -18, -27]);
  });

  it('per-channel operand [C,1,1] and [1,C,1,1]', () => {
    const x = t([1, 2, 2, 2], iota(8, 1));
    const want = [11, 12, 13, 14, 105, 106, 107, 108];
    expect(values(evalOp(add, [x, t([2, 1, 1], [10, 100])]))).toEqual(want);
    expect(values(evalOp(add, [x, t([1, 2, 1, 1], [10, 100])]))).toEqual(want);
    // The broadcast operand may come first.
    expect(values(evalOp(sub, [t([2, 1, 1], [10, 100]), x]))).toEqual([9, 8, 7, 6, 95, 94, 93, 92]);
  });

  it('scalar operand: rank 0 and shape [1]', () => {
    const x = t([2, 2], [1, 2, 3, 4]);
    const y = evalOp(mul, [x, t([], [2])]);
    expect(y.type.shape).toEqual([2, 2]);
    expect(values(y)).toEqual([2, 4, 6, 8]);
    expect(values(evalOp(mul, [t([1], [3]), x]))).toEqual([3, 6, 9, 12]);
    expect(evalOp(add, [t([], [1]), t([], [2])]).type.shape).toEqual([]);
    expect(values(evalOp(add, [t([], [1]), t([], [2])]))).toEqual([3]);
  });

  it('rank mismatch: [2,3] − [3]', () => {
    expect(values(evalOp(sub, [t([2, 3], iota(6, 1)), t([3], [1, 2, 3])]))).toEqual([0, 0, 0, 3, 3, 3]);
  });

  it('both sides broadcast: [3,1] · [1,2] → [3,2], and [2,1,3] + [4,1] → [2,4,3]', () => {
    const y = evalOp(mul, [t([3, 1], [1, 2, 3]), t([1, 2], [10, 20])]);
    expect(y.type.shape).toEqual([3, 2]);
    expect(values(y)).toEqual([10, 20, 20, 40, 30, 60]);
    const z = evalOp(add, [t([2, 1, 3], [0, 1, 2, 100, 101, 102]), t([4, 1], [0, 10, 20, 30])]);
    expect(z.type.shape).toEqual([2, 4, 3]);
    expect(values(z)).toEqual([
      0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32,
      100, 101, 102, 110, 111, 112, 120, 121, 122, 130, 131, 132,
    ]);
  });

  it('div follows IEEE (x/0 is ±inf, no error)', () => {
    expect(values(evalOp(div, [t([4], [1, 2, 3, -1]), t([4], [2, 2, 2, 0])]))).toEqual([0.5, 1, 1.5, -Infinity]);
  });

  it('results are f32: 1 + 2^-30 rounds to 1', () => {
    expect(values(evalOp(add, [t([1], [1]), t([1], [2 ** -30])]))).toEqual([1]);
  });
});

describe('elementwise errors and MACs', () => {
  it('names both shapes when they cannot broadcast', () => {
    expectUserError(() => inferOp(add, [[1, 16, 4, 4], [8]]), 'GRAPH010', 'cannot broadcast [1,16,4,4] with [8]');
    expectUserError(() => inferOp(div, [[2, 3], [3, 2]]), 'GRAPH010', 'cannot broadcast [2,3] with [3,2]');
  });
  it('count no array MACs', () => {
    expect(macsOf(mul, [[1, 16, 4, 4], [16, 1, 1]])).toBe(0);
  });
});

/** Oracle: unravel each output index and read each operand at the right-aligned index (0 on size-1 dims). */
function naiveBroadcast(op: (x: number, y: number) => number, a: number[], aShape: number[], b: number[], bShape: number[], out: number[]): number[] {
  const at = (data: number[], shape: number[], idx: number[]) => {
    let flat = 0;
    shape.forEach((d, i) => { flat = flat * d + (d === 1 ? 0 : idx[idx.length - shape.length + i]!); });
    return data[flat]!;
  };
  const total = out.reduce((p, d) => p * d, 1);
  return Array.from({ length: total }, (_, flat) => {
    const idx = new Array<number>(out.length);
    for (let i = out.length - 1, r = flat; i >= 0; i--) { idx[i] = r % out[i]!; r = Math.floor(r / out[i]!); }
    return Math.fround(op(at(a, aShape, idx), at(b, bShape, idx)));
  });
}

describe('elementwise against a naive unravel oracle (property)', () => {
  it('matches for random broadcast-compatible shapes and every op', () => {
    // An output shape, then each operand keeps a suffix of it with some dims set to 1.
    const operandOf = (out: number[]) => fc.tuple(fc.nat(out.length), fc.array(fc.boolean(), { minLength: out.length, maxLength: out.length }))
      .map(([drop, ones]) => out.slice(drop).map((d, i) => (ones[i + drop] ? 1 : d)));
    const shapes = fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 4 })
      .chain((out) => fc.tuple(fc.constant(out), operandOf(out), operandOf(out)));
    const withData = shapes.chain(([out, as, bs]) => {
      const n = (s: number[]) => s.reduce((p, d) => p * d, 1);
      const nonZero = fc.integer({ min: -9, max: 9 }).filter((v) => v !== 0);
      return fc.tuple(fc.constant([out, as, bs] as const), fc.array(nonZero, { minLength: n(as), maxLength: n(as) }), fc.array(nonZero, { minLength: n(bs), maxLength: n(bs) }));
    });
    const ops = [[add, (x: number, y: number) => x + y], [sub, (x: number, y: number) => x - y],
      [mul, (x: number, y: number) => x * y], [div, (x: number, y: number) => x / y]] as const;
    fc.assert(
      fc.property(withData, ([[out, as, bs], a, b]) => {
        for (const [op, f] of ops) {
          const y = evalOp(op, [t(as, a), t(bs, b)]);
          // The result rank is the larger operand rank (dims dropped from both sides are not recreated).
          const rank = Math.max(as.length, bs.length);
          expect(y.type.shape).toEqual(out.slice(out.length - rank).map((d, i) => {
            const da = as[as.length - rank + i] ?? 1, db = bs[bs.length - rank + i] ?? 1;
            return Math.max(da, db) === 1 ? 1 : d;
          }));
          expect(values(y)).toEqual(naiveBroadcast(f, a, as, b, bs, y.type.shape as number[]));
        }
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(200) },
    );
  });
});
