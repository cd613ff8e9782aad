// conv2d: hand-computed cases (padding, stride, dilation, groups), shape errors, MACs, and an im2col oracle.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conv2d } from '../../../../compiler/ir/ops/conv2d.js';
import { PROPERTY_SEED, propertyRuns } from '../../../property-runs.js';
import { evalOp, expectUserError, inferOp, iota, macsOf, t, values } from './op-harness.js';

describe('conv2d float evaluation (hand-computed)', () => {
  it('2x2 kernel, no padding, with bias', () => {
    // x = 1..9 as 3x3, w = [[1,2],[3,4]], b = 10: e.g. top-left 1·1 + 2·2 + 4·3 + 5·4 + 10 = 47.
    const y = evalOp(conv2d, [t([1, 1, 3, 3], iota(9, 1)), t([1, 1, 2, 2], [1, 2, 3, 4]), t([1], [10])]);
    expect(y.type.shape).toEqual([1, 1, 2, 2]);
    expect(values(y)).toEqual([47, 57, 77, 87]);
  });

  it('asymmetric 4-sided padding [top=1, left=0, bottom=0, right=1]', () => {
    // Padded input rows: [0 0 0], [1 2 0], [3 4 0]; w = [[1,2],[3,4]].
    const y = evalOp(conv2d, [t([1, 1, 2, 2], [1, 2, 3, 4]), t([1, 1, 2, 2], [1, 2, 3, 4])], { pad: [1, 0, 0, 1] });
    expect(y.type.shape).toEqual([1, 1, 2, 2]);
    expect(values(y)).toEqual([11, 6, 30, 14]);
  });

  it('stride 2 with dilation 2', () => {
    // x[r][c] = 5r + c; taps at (0,0),(0,2),(2,0),(2,2) weighted 1,2,3,4 give 10·x[2oy][2ox] + 82.
    const y = evalOp(conv2d, [t([1, 1, 5, 5], iota(25)), t([1, 1, 2, 2], [1, 2, 3, 4])], { stride: [2, 2], dilation: [2, 2] });
    expect(y.type.shape).toEqual([1, 1, 2, 2]);
    expect(values(y)).toEqual([82, 102, 182, 202]);
  });

  it('dilation 2 with padding 1 on every side (taps that land in the padding are skipped)', () => {
    const y = evalOp(conv2d, [t([1, 1, 3, 3], iota(9, 1)), t([1, 1, 2, 2], [1, 2, 3, 4])], { dilation: [2, 2], pad: [1, 1, 1, 1] });
    expect(y.type.shape).toEqual([1, 1, 3, 3]);
    expect(values(y)).toEqual([20, 36, 15, 36, 64, 26, 10, 16, 5]);
  });

  it('groups=2: each output channel sees only its group of input channels', () => {
    // oc0 = 1·1 + 2·10 (channels 0,1); oc1 = 3·100 + 4·1000 (channels 2,3).
    const y = evalOp(conv2d, [t([1, 4, 1, 1], [1, 2, 3, 4]), t([2, 2, 1, 1], [1, 10, 100, 1000])], { groups: 2 });
    expect(values(y)).toEqual([21, 4300]);
  });

  it('depthwise with channel multiplier 2 (groups = Cin = 2, Cout = 4) and bias', () => {
    const y = evalOp(conv2d, [t([1, 2, 1, 2], [1, 2, 3, 4]), t([4, 1, 1, 1], [1, 2, 3, 4]), t([4], [0, 0, 0, 0.5])], { groups: 2 });
    expect(y.type.shape).toEqual([1, 4, 1, 2]);
    expect(values(y)).toEqual([1, 2, 2, 4, 9, 12, 12.5, 16.5]);
  });

  it('depthwise 2x2 with padding (groups = Cin = Cout = 2)', () => {
    // Channel 0 is all ones with weight all ones (counts real taps); channel 1 is 1..4 with w = [[0,0],[0,1]].
    const x = t([1, 2, 2, 2], [1, 1, 1, 1, 1, 2, 3, 4]);
    const w = t([2, 1, 2, 2], [1, 1, 1, 1, 0, 0, 0, 1]);
    const y = evalOp(conv2d, [x, w], { groups: 2, pad: [1, 1, 0, 0] });
    expect(y.type.shape).toEqual([1, 2, 2, 2]);
    expect(values(y)).toEqual([1, 2, 2, 4, 1, 2, 3, 4]);
  });

  it('a batch of 2 uses the same weights for each sample', () => {
    const y = evalOp(conv2d, [t([2, 1, 1, 2], [1, 2, 3, 4]), t([1, 1, 1, 2], [1, -1])]);
    expect(values(y)).toEqual([-1, -1]);
  });

  it('accumulates in float64 and rounds once: 1 + 2^-30 − 1 = 2^-30, not 0 as in f32', () => {
    const y = evalOp(conv2d, [t([1, 3, 1, 1], [1, 2 ** -30, -1]), t([1, 3, 1, 1], [1, 1, 1])]);
    expect(values(y)).toEqual([2 ** -30]);
  });
});

describe('conv2d shape inference and errors', () => {
  it('infers [N, Cout, Hout, Wout]', () => {
    expect(inferOp(conv2d, [[1, 1, 28, 28], [16, 1, 3, 3], [16]], { pad: [1, 1, 1, 1] }).shape).toEqual([1, 16, 28, 28]);
    expect(inferOp(conv2d, [[1, 3, 28, 28], [8, 3, 5, 5]], { stride: [2, 2] }).shape).toEqual([1, 8, 12, 12]);
  });

  it('names the shapes when the weight expects other input channels', () => {
    expectUserError(() => inferOp(conv2d, [[1, 1, 28, 28], [16, 3, 3, 3]]), 'GRAPH010',
      'weight [16,3,3,3] expects 3 input channels per group', 'x has 1 channel (shape [1,1,28,28])');
  });

  it('rejects groups that do not divide the channels', () => {
    expectUserError(() => inferOp(conv2d, [[1, 4, 8, 8], [6, 1, 3, 3]], { groups: 3 }), 'GRAPH010', 'groups=3', '[1,4,8,8]');
    expectUserError(() => inferOp(conv2d, [[1, 4, 8, 8], [6, 2, 3, 3]], { groups: 4 }), 'GRAPH010', 'groups=4', '[6,2,3,3]');
  });

  it('rejects a bias of the wrong length, a non-4-D x and a window that does not fit', () => {
    expectUserError(() => inferOp(conv2d, [[1, 1, 8, 8], [4, 1, 3, 3], [3]]), 'GRAPH010', 'bias [3] must be [4]');
    expectUserError(() => inferOp(conv2d, [[1, 8, 8], [4, 1, 3, 3]]), 'GRAPH010', '4-D', '[1,8,8]');
    expectUserError(() => inferOp(conv2d, [[1, 1, 2, 2], [1, 1, 3, 3]]), 'GRAPH010', '[1,1,2,2]', 'output would be 0x0');
    expectUserError(() => inferOp(conv2d, [[1, 1, 5, 5], [1, 1, 3, 3]], { dilation: [3, 1] }), 'GRAPH010', 'window 7x3', 'output would be 0x3');
  });

  it('checks attributes: stride positive, pad 4 non-negative, groups positive', () => {
    expectUserError(() => inferOp(conv2d, [[1, 1, 4, 4], [1, 1, 1, 1]], { stride: [0, 1] }), 'GRAPH004', 'stride');
    expectUserError(() => inferOp(conv2d, [[1, 1, 4, 4], [1, 1, 1, 1]], { pad: [1, 1] }), 'GRAPH004', 'pad', '4 non-negative');
    expectUserError(() => inferOp(conv2d, [[1, 1, 4, 4], [1, 1, 1, 1]], { pad: [0, 0, -1, 0] }), 'GRAPH004', 'pad');
    expectUserError(() => inferOp(conv2d, [[1, 1, 4, 4], [1, 1, 1, 1]], { groups: 0 }), 'GRAPH004', 'groups');
  });

  it('counts MACs as N·Cout·Hout·Wout·(Cin/groups)·kh·kw', () => {
    expect(macsOf(conv2d, [[1, 1, 3, 3], [1, 1, 2, 2]])).toBe(16);
    expect(macsOf(conv2d, [[2, 4, 5, 5], [8, 2, 3, 3]], { groups: 2, pad: [1, 1, 1, 1] })).toBe(2 * 8 * 5 * 5 * 2 * 3 * 3);
  });
});

interface ConvCase {
  n: number; groups: number; cinG: number; coutG: number; kh: number; kw: number;
  stride: [number, number]; dilation: [number, number]; pad: [number, number, number, number]; h: number; w: number;
}

/**
 * Independent oracle: pad the input explicitly, unfold every window into a column (im2col), then
 * multiply each group's weight matrix [coutG, cinG·kh·kw] by its column matrix, in float64.
 */
function im2colConv(c: ConvCase, x: number[], w: number[], b: number[]): { shape: number[]; data: number[] } {
  const [pt, pl, pb, pr] = c.pad;
  const cin = c.cinG * c.groups, cout = c.coutG * c.groups;
  const hp = c.h + pt + pb, wp = c.w + pl + pr;
  const padded = new Float64Array(c.n * cin * hp * wp);
  for (let i = 0; i < c.n * cin; i++)
    for (let y = 0; y < c.h; y++)
      for (let xx = 0; xx < c.w; xx++) padded[(i * hp + y + pt) * wp + xx + pl] = x[(i * c.h + y) * c.w + xx]!;
  let hOut = 0, wOut = 0;
  while (hOut * c.stride[0] + c.dilation[0] * (c.kh - 1) < hp) hOut++;
  while (wOut * c.stride[1] + c.dilation[1] * (c.kw - 1) < wp) wOut++;
  const rows = c.cinG * c.kh * c.kw, cols = hOut * wOut;
  const out = new Array<number>(c.n * cout * cols).fill(0);
  for (let n = 0; n < c.n; n++) {
    for (let g = 0; g < c.groups; g++) {
      const col = new Float64Array(rows * cols);
      for (let r = 0; r < rows; r++) {
        const ci = Math.floor(r / (c.kh * c.kw)), ky = Math.floor(r / c.kw) % c.kh, kx = r % c.kw;
        for (let p = 0; p < cols; p++) {
          const oy = Math.floor(p / wOut), ox = p % wOut;
          col[r * cols + p] = padded[((n * cin + g * c.cinG + ci) * hp + oy * c.stride[0] + ky * c.dilation[0]) * wp + ox * c.stride[1] + kx * c.dilation[1]]!;
        }
      }
      for (let o = 0; o < c.coutG; o++) {
        const oc = g * c.coutG + o;
        for (let p = 0; p < cols; p++) {
          let acc = b[oc]!;
          for (let r = 0; r < rows; r++) acc += w[oc * rows + r]! * col[r * cols + p]!;
          out[(n * cout + oc) * cols + p] = acc;
        }
      }
    }
  }
  return { shape: [c.n, cout, hOut, wOut], data: out };
}

const small = (max: number, min = 1) => fc.integer({ min, max });
const convCase: fc.Arbitrary<ConvCase> = fc
  .record({
    n: small(2), groups: small(3), cinG: small(3), coutG: small(3), kh: small(3), kw: small(3),
    stride: fc.tuple(small(3), small(3)), dilation: fc.tuple(small(2), small(2)),
    pad: fc.tuple(small(2, 0), small(2, 0), small(2, 0), small(2, 0)), extraH: small(4, 0), extraW: small(4, 0),
  })
  .map(({ extraH, extraW, ...c }) => ({
    ...c,
    // The smallest input the window fits in (at least 1), plus some slack.
    h: Math.max(1, c.dilation[0] * (c.kh - 1) + 1 - c.pad[0] - c.pad[2]) + extraH,
    w: Math.max(1, c.dilation[1] * (c.kw - 1) + 1 - c.pad[1] - c.pad[3]) + extraW,
  }));

describe('conv2d against an im2col + matmul oracle (property)', () => {
  it('agrees exactly on small integer data for random geometry, groups and padding', () => {
    const ints = (len: number) => fc.array(fc.integer({ min: -4, max: 4 }), { minLength: len, maxLength: len });
    const withData = convCase.chain((c) => {
      const cin = c.cinG * c.groups, cout = c.coutG * c.groups;
      return fc.tuple(fc.constant(c), ints(c.n * cin * c.h * c.w), ints(cout * c.cinG * c.kh * c.kw), ints(cout));
    });
    fc.assert(
      fc.property(withData, ([c, x, w, b]) => {
        const cin = c.cinG * c.groups, cout = c.coutG * c.groups;
        const y = evalOp(conv2d, [t([c.n, cin, c.h, c.w], x), t([cout, c.cinG, c.kh, c.kw], w), t([cout], b)],
          { stride: c.stride, dilation: c.dilation, pad: c.pad, groups: c.groups });
        const want = im2colConv(c, x, w, b);
        expect(y.type.shape).toEqual(want.shape);
        expect(values(y)).toEqual(want.data);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(200) },
    );
  });
});
