// Quantized ops: hand-computed integer cases, the zero-point fold against an independent (x − z)·w loop,
// accumulator overflow counting, binary dot products and the pow2 requantization path.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Attrs } from '../../../../../compiler/ir/graph.js';
import type { IntCounters, OpSpec } from '../../../../../compiler/ir/op-spec.js';
import { lookupOp } from '../../../../../compiler/ir/op-registry.js';
import { resolveAttrs } from '../../../../../compiler/ir/verify.js';
import type { DType } from '../../../../../compiler/ir/dtype.js';
import { type Tensor, makeTensor } from '../../../../../compiler/ir/tensor.js';
import { allocate } from '../../../../../compiler/ir/dtype.js';
import { quantizeMultiplier } from '../../../../../compiler/quant/multiplier.js';
import { PROPERTY_SEED, propertyRuns } from '../../../../property-runs.js';
import { multiplyByQuantizedMultiplier } from '../../../../../core/fixed-point.js';
import { clamp, wrapToBits } from '../../../../../core/rounding.js';

const t = (dtype: DType, shape: number[], values: number[]): Tensor => {
  const data = allocate(dtype, values.length);
  values.forEach((v, i) => (data[i] = v));
  return makeTensor(dtype, shape, data);
};
const i32 = (values: number[]) => t('i32', [values.length], values);

/** Type-checks like the verifier would, then runs evalInt; returns the output values and the counters. */
function run(op: string, inputs: Tensor[], attrs: Attrs): { y: number[]; counters: IntCounters; dtype: DType } {
  const spec = lookupOp(op) as OpSpec;
  const resolved = resolveAttrs({ name: 'n', op, operands: [], attrs }, spec);
  const type = spec.inferType(inputs.map((x) => x.type), resolved, { node: 'n', op });
  const counters: IntCounters = { accOverflows: 0 };
  const out = spec.evalInt!(inputs, resolved, type, counters);
  return { y: Array.from(out.data as ArrayLike<number>), counters, dtype: out.type.dtype };
}

const M1 = quantizeMultiplier(1); // m0 = 2^30, shift = 1: MBQM multiplies by exactly 1
const requantAttrs = (o: Partial<Record<string, number | string>> = {}) => ({
  x_zero: 0, x_scale: 1, y_zero: 0, y_scale: 1, qmin: -128, qmax: 127, out_dtype: 'i8', ...o,
});

describe('qdense', () => {
  // x = [10, 20, 30] (u8, x_zero 10), w = [[1,-2,3],[4,0,-1]], unfolded bias [5, -7]:
  //   acc0 = 5 + (0·1 + 10·(-2) + 20·3) = 45,  acc1 = -7 + (0·4 + 10·0 + 20·(-1)) = -27
  // folded bias = b − x_zero·Σw = [5 − 10·2, −7 − 10·3] = [-15, -37]; Σ x·w = [60, 10] gives the same sums.
  // ch0: M = 0.5 (m0 2^30, shift 0): round(22.5) half away = 23, + y_zero 100 = 123
  // ch1: M = 0.25 (m0 2^30, shift -1): SRDHM → round(-13.5) = -14, then RDBP(-14, 1) = -7, + 100 = 93
  it('accumulates with the folded bias and requantizes per channel', () => {
    const { y } = run('qdense', [t('u8', [1, 3], [10, 20, 30]), t('i8', [2, 3], [1, -2, 3, 4, 0, -1]), i32([-15, -37]), i32([2 ** 30, 2 ** 30]), i32([0, -1])],
      requantAttrs({ x_zero: 10, y_zero: 100, qmin: 0, qmax: 255, out_dtype: 'u8' }));
    expect(y).toEqual([123, 93]);
  });

  it('clamps to qmin (a fused ReLU is qmin = y_zero)', () => {
    const { y } = run('qdense', [t('u8', [1, 3], [10, 20, 30]), t('i8', [2, 3], [1, -2, 3, 4, 0, -1]), i32([-15, -37]), i32([2 ** 30, 2 ** 30]), i32([0, -1])],
      requantAttrs({ x_zero: 10, y_zero: 100, qmin: 100, qmax: 255, out_dtype: 'u8' }));
    expect(y).toEqual([123, 100]);
  });

  // x = [100, 100], w = [[1, 1]]: exact acc 200 > 127 with acc_bits 8: wrap → 200 − 256 = −56, saturate → 127.
  it('wraps or saturates an 8-bit accumulator and counts the overflow', () => {
    const inputs = [t('i8', [1, 2], [100, 100]), t('i8', [1, 2], [1, 1]), i32([0]), i32([M1.m0]), i32([M1.shift])];
    const wrap = run('qdense', inputs, requantAttrs({ acc_bits: 8 }));
    expect(wrap.y).toEqual([-56]);
    expect(wrap.counters.accOverflows).toBe(1);
    const sat = run('qdense', inputs, requantAttrs({ acc_bits: 8, acc_overflow: 'saturate' }));
    expect(sat.y).toEqual([127]);
    expect(sat.counters.accOverflows).toBe(1);
    expect(run('qdense', inputs, requantAttrs()).counters.accOverflows).toBe(0);
  });

  // pow2: acc = bias (x = 0); shift -2 rounds half UP: 6/4 = 1.5 → 2, −6/4 = −1.5 → −1, 45/4 → 11, −27/4 = −6.75 → −7.
  // The m0/shift path (M = 0.25: m0 2^30, shift −1) rounds twice, half away from zero:
  //   −6 → SRDHM −3 → RDBP(−3, 1) = −2;  45 → SRDHM round(22.5) = 23 → RDBP(23, 1) = round(11.5) = 12.
  it('pow2 requantization is a rounding shift right, half up', () => {
    const inputs = (shift: number, m0: number) => [t('i8', [1, 1], [0]), t('i8', [4, 1], [1, 1, 1, 1]), i32([6, -6, 45, -27]), i32([m0, m0, m0, m0]), i32([shift, shift, shift, shift])];
    expect(run('qdense', inputs(-2, 2 ** 30), requantAttrs({ requant: 'pow2' })).y).toEqual([2, -1, 11, -7]);
    expect(run('qdense', inputs(-1, 2 ** 30), requantAttrs()).y).toEqual([2, -2, 12, -7]);
  });

  // x = [1,−1,−1,1], w = [1,1,−1,1]: dot = 1 − 1 + 1 + 1 = 2 = K − 2·popcount(x XOR w) = 4 − 2·1.
  it('binary dot products equal K − 2·popcount(x XOR w), and b1 outputs are the sign of acc', () => {
    const x = t('b1', [1, 4], [1, -1, -1, 1]);
    expect(run('qdense', [x, t('b1', [1, 4], [1, 1, -1, 1]), i32([0]), i32([M1.m0]), i32([M1.shift])], requantAttrs()).y).toEqual([2]);
    expect(run('qdense', [x, t('b1', [2, 4], [1, 1, -1, 1, -1, 1, 1, -1]), i32([0, 0]), i32([0, 0]), i32([0, 0])], requantAttrs({ out_dtype: 'b1', qmin: -1, qmax: 1 })).y).toEqual([1, -1]);
  });

  it('matches a plain ±1 dot on random binary vectors', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 70 }), fc.array(fc.boolean(), { minLength: 70, maxLength: 70 }), (xb, wb) => {
      const k = xb.length;
      const xs = xb.map((b) => (b ? 1 : -1));
      const ws = wb.slice(0, k).map((b) => (b ? 1 : -1));
      let xor = 0;
      for (let i = 0; i < k; i++) if (xb[i] !== wb[i]) xor++;
      const { y } = run('qdense', [t('b1', [1, k], xs), t('b1', [1, k], ws), i32([0]), i32([M1.m0]), i32([M1.shift])], requantAttrs({ out_dtype: 'i16', qmin: -32768, qmax: 32767 }));
      expect(y[0]).toBe(k - 2 * xor);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });
});

describe('qconv2d', () => {
  // x = [[3,5],[7,9]] (x_zero 2), w = [[1,2],[3,4]], pad top/left 1: output 2x2, padded taps read x_zero.
  //   (0,0): only x[0][0]·w[1][1]: (3−2)·4 = 4       (0,1): (3−2)·3 + (5−2)·4 = 15
  //   (1,0): (3−2)·2 + (7−2)·4 = 22                  (1,1): 1·1 + 3·2 + 5·3 + 7·4 = 50
  // folded bias = −2·(1+2+3+4) = −20; M = 1.
  it('pads with x_zero so the fold is exact (hand-computed)', () => {
    const { y } = run('qconv2d', [t('u8', [1, 1, 2, 2], [3, 5, 7, 9]), t('i8', [1, 1, 2, 2], [1, 2, 3, 4]), i32([-20]), i32([M1.m0]), i32([M1.shift])],
      { pad: [1, 1, 0, 0], ...requantAttrs({ x_zero: 2, qmin: 0, qmax: 255, out_dtype: 'u8' }) });
    expect(y).toEqual([4, 15, 22, 50]);
  });

  it('equals Σ (x − x_zero)·w with zero padding, computed independently in float64', () => {
    const geometry = fc.record({ cin: fc.integer({ min: 1, max: 3 }), cout: fc.integer({ min: 1, max: 3 }), h: fc.integer({ min: 1, max: 5 }), w: fc.integer({ min: 1, max: 5 }),
      k: fc.integer({ min: 1, max: 3 }), pad: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }), stride: fc.integer({ min: 1, max: 2 }), zero: fc.integer({ min: 0, max: 15 }), seed: fc.integer() });
    fc.assert(fc.property(geometry, (g) => {
      let s = g.seed;
      const rnd = (lo: number, hi: number) => { s = (Math.imul(s, 1103515245) + 12345) | 0; return lo + (((s >>> 8) % (hi - lo + 1)) + (hi - lo + 1)) % (hi - lo + 1); };
      const hOut = Math.floor((g.h + g.pad[0]! + g.pad[2]! - g.k) / g.stride) + 1;
      const wOut = Math.floor((g.w + g.pad[1]! + g.pad[3]! - g.k) / g.stride) + 1;
      fc.pre(hOut >= 1 && wOut >= 1);
      const x = Array.from({ length: g.cin * g.h * g.w }, () => rnd(0, 15));
      const w = Array.from({ length: g.cout * g.cin * g.k * g.k }, () => rnd(-7, 7));
      const b = Array.from({ length: g.cout }, () => rnd(-50, 50));
      const kk = g.cin * g.k * g.k;
      const folded = b.map((v, n) => v - g.zero * w.slice(n * kk, (n + 1) * kk).reduce((p, q) => p + q, 0));
      const { y } = run('qconv2d', [t('u8', [1, g.cin, g.h, g.w], x), t('i8', [g.cout, g.cin, g.k, g.k], w), i32(folded), i32(b.map(() => M1.m0)), i32(b.map(() => M1.shift))],
        { pad: g.pad, stride: [g.stride, g.stride], ...requantAttrs({ x_zero: g.zero, out_dtype: 'i16', qmin: -32768, qmax: 32767 }) });
      const expected: number[] = [];
      for (let n = 0; n < g.cout; n++) for (let oy = 0; oy < hOut; oy++) for (let ox = 0; ox < wOut; ox++) {
        let acc = b[n]!;
        for (let c = 0; c < g.cin; c++) for (let ky = 0; ky < g.k; ky++) for (let kx = 0; kx < g.k; kx++) {
          const iy = oy * g.stride - g.pad[0]! + ky, ix = ox * g.stride - g.pad[1]! + kx;
          if (iy < 0 || iy >= g.h || ix < 0 || ix >= g.w) continue; // zero padding in the (x − z) formulation
          acc += (x[(c * g.h + iy) * g.w + ix]! - g.zero) * w[((n * g.cin + c) * g.k + ky) * g.k + kx]!;
        }
        expected.push(acc);
      }
      expect(y).toEqual(expected);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });

  it('binary convolution pads with +1', () => {
    // x b1 [[1]] (1x1), w b1 2x2 all +1, pad [1,1,0,0]: three padded taps read +1 and one real tap: acc = 4.
    const { y } = run('qconv2d', [t('b1', [1, 1, 1, 1], [-1]), t('b1', [1, 1, 2, 2], [1, 1, 1, 1]), i32([0]), i32([M1.m0]), i32([M1.shift])], { pad: [1, 1, 0, 0], ...requantAttrs() });
    expect(y).toEqual([2]); // 1 + 1 + 1 + (−1)
  });
});

describe('qadd', () => {
  // a = 130 (z 128, s 0.5) → 1.0; b = 120 (z 128, s 0.25) → −2.0; y (s 1, z 10) = −1 + 10 = 9.
  // twice_max = 1: a_M = 0.5, b_M = 0.25, y_M = 2^-20 (left_shift 20).
  it('adds with TFLite multipliers (hand-computed)', () => {
    const [qa, qb, qy] = [quantizeMultiplier(0.5), quantizeMultiplier(0.25), quantizeMultiplier(2 ** -20)];
    const { y } = run('qadd', [t('u8', [1], [130]), t('u8', [1], [120])], {
      a_zero: 128, a_scale: 0.5, a_m0: qa.m0, a_shift: qa.shift, b_zero: 128, b_scale: 0.25, b_m0: qb.m0, b_shift: qb.shift,
      y_zero: 10, y_scale: 1, y_m0: qy.m0, y_shift: qy.shift, qmin: 0, qmax: 255, out_dtype: 'u8',
    });
    expect(y).toEqual([9]);
  });

  // evalInt takes a' and b' from a table per code (inputs of ≤ 8 bits) or per element: the header's formula either way.
  it('equals the per-element TFLite formula on random inputs of every width', () => {
    const ranges = { i8: [-128, 127], u8: [0, 255], i4: [-8, 7], i16: [-32768, 32767] } as const;
    fc.assert(fc.property(fc.constantFrom('i8', 'u8', 'i4', 'i16' as const), fc.array(fc.integer({ min: 0, max: 2 ** 30 }), { minLength: 83, maxLength: 83 }), fc.integer({ min: 0, max: 20 }), (dtype, r, ls) => {
      const [min, max] = ranges[dtype];
      const [za, zb, zy, ...ab] = r.map((v) => min + (v % (max - min + 1)));
      const [sa, sb, sy] = r.slice(80).map((v) => 0.05 + (v % 1000) / 500);
      const [qa, qb, qy] = [quantizeMultiplier(sa! / (2 * Math.max(sa!, sb!))), quantizeMultiplier(sb! / (2 * Math.max(sa!, sb!))), quantizeMultiplier((2 * Math.max(sa!, sb!)) / (2 ** ls * sy!))];
      const { y } = run('qadd', [t(dtype, [40], ab.slice(0, 40)), t(dtype, [40], ab.slice(40, 80))], {
        a_zero: za, a_scale: sa, a_m0: qa.m0, a_shift: qa.shift, b_zero: zb, b_scale: sb, b_m0: qb.m0, b_shift: qb.shift, y_zero: zy, y_scale: sy, y_m0: qy.m0, y_shift: qy.shift, left_shift: ls, qmin: min, qmax: max, out_dtype: dtype,
      });
      const mbqm = (x: number, m: { m0: number; shift: number }) => multiplyByQuantizedMultiplier(wrapToBits(x, 32), m.m0, m.shift);
      expect(y).toEqual(ab.slice(0, 40).map((a, i) => clamp(mbqm(mbqm((a - za!) * 2 ** ls, qa) + mbqm((ab[40 + i]! - zb!) * 2 ** ls, qb), qy) + zy!, min, max)));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(60) });
  });
});

describe('pools and quantize', () => {
  it('qavgpool rounds the integer mean half away from zero; qmaxpool ignores padding', () => {
    // window [1, 2, 3, 5]: sum 11 / 4 = 2.75 → 3; [2, 3] with pad: only real elements: 5/2 = 2.5 → 3.
    expect(run('qavgpool', [t('u8', [1, 1, 2, 2], [1, 2, 3, 5])], { kernel: [2, 2] }).y).toEqual([3]);
    expect(run('qavgpool', [t('i8', [1, 1, 1, 2], [-2, -3])], { kernel: [1, 2] }).y).toEqual([-3]);
    expect(run('qmaxpool', [t('i8', [1, 1, 1, 2], [-5, -3])], { kernel: [1, 2], pad: [0, 1, 0, 0] }).y).toEqual([-5, -3]);
    expect(run('qglobal_avgpool', [t('u8', [1, 1, 2, 2], [1, 2, 3, 5])], {}).y).toEqual([3]);
  });

  it('quantize rounds half to even and clamps; dequantize inverts', () => {
    // 0.25/0.5 = 0.5 → 0, 0.75/0.5 = 1.5 → 2, −100 clamps to 0 after + 3.
    expect(run('quantize', [t('f32', [3], [0.25, 0.75, -100])], { scale: 0.5, zero: 3, dtype: 'u8' }).y).toEqual([3, 5, 0]);
    expect(run('dequantize', [t('u8', [2], [3, 5])], { scale: 0.5, zero: 3 }).y).toEqual([0, 1]);
  });
});
