// Pins qconv2d/qdense evalInt to the literal BigInt re-statement of the spec (int-spec-oracle.ts) on random
// small problems: pads, strides, dilation, groups/depthwise, per-channel m0/shift (extremes included),
// every activation dtype, narrow accumulators that wrap or saturate, pow2 and wide (> 32-bit) paths.
// Written before the loops were optimised, so a faster loop must give the same bits and overflow counts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type DType, DTYPES } from '../../../../../compiler/ir/dtype.js';
import { PROPERTY_SEED, propertyRuns } from '../../../../property-runs.js';
import { runIntOp, tensor } from './run-int-op.js';
import { type OracleRequant, oracleQconv2d, oracleQdense } from './int-spec-oracle.js';

/** mulberry32: the data of one case from one fast-check integer (shape and settings shrink, data follows). */
function prng(seed: number): (lo: number, hi: number) => number {
  let s = seed >>> 0;
  return (lo, hi) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    return lo + Math.floor(u * (hi - lo + 1));
  };
}

const X_DTYPES: DType[] = ['u8', 'i8', 'u4', 'i4', 'i16', 'b1'];
const W_DTYPES: DType[] = ['i8', 'i4', 'i2', 'i16', 'b1'];
const OUT_DTYPES: DType[] = ['u8', 'i8', 'u4', 'i4', 'i16', 'b1'];
const ACC_BITS = [8, 10, 12, 16, 20, 24, 32, 40, 48];

/** A value of `dtype`, often at its ends (b1: ±1). */
function code(rnd: (lo: number, hi: number) => number, dtype: DType): number {
  const { min, max } = DTYPES[dtype];
  if (dtype === 'b1') return rnd(0, 1) === 0 ? -1 : 1;
  const pick = rnd(0, 9);
  return pick === 0 ? min! : pick === 1 ? max! : rnd(min!, max!);
}

/** Per-channel m0: realistic Q31 multipliers, zero and the int32 extremes. */
function m0Of(rnd: (lo: number, hi: number) => number): number {
  const pick = rnd(0, 9);
  if (pick === 0) return 0;
  if (pick === 1) return 2 ** 31 - 1;
  if (pick === 2) return 2 ** 30;
  if (pick === 3) return rnd(-(2 ** 31), 2 ** 31 - 1);
  return rnd(2 ** 30, 2 ** 31 - 1);
}

/** Per-channel shift: mostly the right shifts real layers use, sometimes any legal one. */
const shiftOf = (rnd: (lo: number, hi: number) => number): number => (rnd(0, 3) === 0 ? rnd(-31, 31) : rnd(-20, 1));

/** Bias of the accumulator's scale (so narrow accumulators overflow often), within int32. */
function biasOf(rnd: (lo: number, hi: number) => number, accBits: number): number {
  const half = 2 ** (Math.min(accBits, 32) - 1);
  return rnd(0, 4) === 0 ? rnd(-(2 ** 31), 2 ** 31 - 1) : rnd(-half, half - 1);
}

const settings = fc.record({
  xDtype: fc.constantFrom(...X_DTYPES),
  wDtype: fc.constantFrom(...W_DTYPES),
  outDtype: fc.constantFrom(...OUT_DTYPES),
  accBits: fc.constantFrom(...ACC_BITS),
  saturate: fc.boolean(),
  pow2: fc.boolean(),
  seed: fc.integer(),
});

/** Output-side attributes and the oracle's copy of them; qmin/qmax random inside the out dtype. */
function requantOf(s: { outDtype: DType; accBits: number; saturate: boolean; pow2: boolean }, rnd: (lo: number, hi: number) => number, xZero: number) {
  const info = DTYPES[s.outDtype];
  const a = rnd(info.min!, info.max!), b = rnd(info.min!, info.max!);
  const [qmin, qmax] = s.outDtype === 'b1' ? [-1, 1] : rnd(0, 1) === 0 ? [info.min!, info.max!] : [Math.min(a, b), Math.max(a, b)];
  const yZero = s.outDtype === 'b1' ? 0 : rnd(info.min!, info.max!);
  const attrs = {
    x_zero: xZero, x_scale: 0.5, y_zero: yZero, y_scale: 0.25, qmin, qmax, out_dtype: s.outDtype,
    requant: s.pow2 ? 'pow2' : 'm0shift', acc_bits: s.accBits, acc_overflow: s.saturate ? 'saturate' : 'wrap',
  };
  const oracle: OracleRequant = { yZero, qmin, qmax, outDtype: s.outDtype, pow2: s.pow2, accBits: s.accBits, saturate: s.saturate };
  return { attrs, oracle };
}

const convGeometry = fc.record({
  n: fc.integer({ min: 1, max: 2 }), groups: fc.integer({ min: 1, max: 3 }), cinG: fc.integer({ min: 1, max: 3 }), coutG: fc.integer({ min: 1, max: 3 }),
  h: fc.integer({ min: 1, max: 7 }), w: fc.integer({ min: 1, max: 7 }), kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }),
  stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
  pad: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
  depthwise: fc.boolean(),
});

describe('qconv2d equals the literal spec', () => {
  it('on random geometry, dtypes, per-channel requantization and accumulators', () => {
    fc.assert(fc.property(convGeometry, settings, (g, s) => {
      const cinG = g.depthwise ? 1 : g.cinG;
      const cin = g.groups * cinG;
      const cout = g.groups * g.coutG;
      const hOut = Math.floor((g.h + g.pad[0] + g.pad[2] - g.dilation[0] * (g.kh - 1) - 1) / g.stride[0]) + 1;
      const wOut = Math.floor((g.w + g.pad[1] + g.pad[3] - g.dilation[1] * (g.kw - 1) - 1) / g.stride[1]) + 1;
      fc.pre(hOut >= 1 && wOut >= 1);
      const rnd = prng(s.seed);
      const x = Array.from({ length: g.n * cin * g.h * g.w }, () => code(rnd, s.xDtype));
      const wt = Array.from({ length: cout * cinG * g.kh * g.kw }, () => code(rnd, s.wDtype));
      const bias = Array.from({ length: cout }, () => biasOf(rnd, s.accBits));
      const m0 = Array.from({ length: cout }, () => m0Of(rnd));
      const shift = Array.from({ length: cout }, () => shiftOf(rnd));
      const xZero = s.xDtype === 'b1' ? 0 : code(rnd, s.xDtype);
      const { attrs, oracle } = requantOf(s, rnd, xZero);
      const got = runIntOp('qconv2d', [
        tensor(s.xDtype, [g.n, cin, g.h, g.w], x), tensor(s.wDtype, [cout, cinG, g.kh, g.kw], wt),
        tensor('i32', [cout], bias), tensor('i32', [cout], m0), tensor('i32', [cout], shift),
      ], { ...attrs, stride: g.stride, dilation: g.dilation, pad: g.pad, groups: g.groups });
      const want = oracleQconv2d({
        n: g.n, cin, h: g.h, w: g.w, cout, kh: g.kh, kw: g.kw, groups: g.groups, stride: g.stride, dilation: g.dilation, pad: g.pad,
        x, wt, bias, m0, shift, padValue: s.xDtype === 'b1' ? 1 : xZero,
      }, oracle);
      expect(got).toEqual(want);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  // The fold: padding reads x_zero, so an image equal to x_zero everywhere is real zero and every output,
  // borders included, is the real bias: acc = (5 − 7·Σw) + 7·Σw = 5 with Σw = 5.
  it('an image at x_zero gives the real bias at every position, borders included', () => {
    const x = tensor('u8', [1, 1, 3, 3], Array(9).fill(7));
    const w = tensor('i8', [1, 1, 3, 3], [1, -2, 3, -4, 5, -6, 7, -8, 9]);
    // M = 1 (m0 2^30, shift 1); folded bias 5 − 7·5 = −30.
    const got = runIntOp('qconv2d', [x, w, tensor('i32', [1], [-30]), tensor('i32', [1], [2 ** 30]), tensor('i32', [1], [1])],
      { x_zero: 7, x_scale: 1, y_zero: 0, y_scale: 1, qmin: -32768, qmax: 32767, out_dtype: 'i16', pad: [1, 1, 1, 1] });
    expect(got).toEqual({ y: Array(9).fill(5), overflows: 0 });
  });
});

describe('qdense equals the literal spec', () => {
  it('on random sizes, dtypes, per-channel requantization and accumulators', () => {
    const sizes = fc.record({ n: fc.integer({ min: 1, max: 3 }), k: fc.integer({ min: 1, max: 70 }), out: fc.integer({ min: 1, max: 6 }) });
    fc.assert(fc.property(sizes, settings, ({ n, k, out }, s) => {
      const rnd = prng(s.seed);
      const x = Array.from({ length: n * k }, () => code(rnd, s.xDtype));
      const wt = Array.from({ length: out * k }, () => code(rnd, s.wDtype));
      const bias = Array.from({ length: out }, () => biasOf(rnd, s.accBits));
      const m0 = Array.from({ length: out }, () => m0Of(rnd));
      const shift = Array.from({ length: out }, () => shiftOf(rnd));
      const xZero = s.xDtype === 'b1' ? 0 : code(rnd, s.xDtype);
      const { attrs, oracle } = requantOf(s, rnd, xZero);
      const got = runIntOp('qdense', [tensor(s.xDtype, [n, k], x), tensor(s.wDtype, [out, k], wt), tensor('i32', [out], bias), tensor('i32', [out], m0), tensor('i32', [out], shift)], attrs);
      expect(got).toEqual(oracleQdense(n, k, out, x, wt, bias, m0, shift, oracle));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});
