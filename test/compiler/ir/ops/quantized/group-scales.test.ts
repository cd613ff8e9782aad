// Group-wise integer scales in the integer reference (INTEGER-SEMANTICS §6c): qconv2d/qdense with w_group G
// and the u8 multipliers w_mult compute acc = b + Σ_g m[n,g]·Σ_{k∈g} (x_k − z_x)·q[n,k] — here restated in
// BigInt with its own grouping (tap-major K, groups of G channels within a tap, the last one short) and
// the zero point subtracted per term (padding contributes 0), against the op whose bias holds the fold
// −z_x·Σ_g m·Σ q. Random layers: short last groups, Cin < G, several groups per tap, strides, pads,
// depthwise, z_x ≠ 0, narrow accumulators that wrap or saturate.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Attrs } from '../../../../../compiler/ir/graph.js';
import type { DType } from '../../../../../compiler/ir/dtype.js';
import { PROPERTY_SEED, propertyRuns } from '../../../../property-runs.js';
import { runIntOp, tensor } from './run-int-op.js';
import { type OracleRequant, oracleReduce, oracleRequantize } from './int-spec-oracle.js';
import { firstDiagnostic } from '../../../../user-error.js';

/** One random conv (dense when kh = kw = h = w = 1 and flagged) problem with group-wise scales. */
interface Case {
  dense: boolean; cin: number; groups: number; coutG: number; h: number; w: number; kh: number; kw: number;
  stride: number; pad: number; G: number; wBits: 4 | 8; xZero: number; accBits: number; saturate: boolean; seed: number;
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  dense: fc.boolean(),
  cin: fc.integer({ min: 1, max: 80 }),
  groups: fc.constantFrom(1, 1, 1, 2),
  coutG: fc.integer({ min: 1, max: 3 }),
  h: fc.integer({ min: 1, max: 5 }), w: fc.integer({ min: 1, max: 5 }),
  kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }),
  stride: fc.integer({ min: 1, max: 2 }), pad: fc.integer({ min: 0, max: 1 }),
  G: fc.constantFrom(32, 64, 128) as fc.Arbitrary<number>,
  wBits: fc.constantFrom(4, 8) as fc.Arbitrary<4 | 8>,
  xZero: fc.integer({ min: 0, max: 255 }),
  accBits: fc.constantFrom(16, 20, 24, 32),
  saturate: fc.boolean(),
  seed: fc.integer(),
});

function prng(seed: number): (lo: number, hi: number) => number {
  let s = seed >>> 0;
  return (lo, hi) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + Math.floor((s / 2 ** 32) * (hi - lo + 1));
  };
}

/** The group of input channel c at tap t, stated here from the spec text (not from core/weight-groups.ts). */
const specGroup = (t: number, c: number, cinG: number, G: number): number => t * Math.ceil(cinG / G) + Math.floor(c / G);

function check(c: Case, dropMultiplier = false): { ref: number[]; oracle: number[]; overflows: [number, number] } {
  const rnd = prng(c.seed);
  const groups = c.dense ? 1 : c.groups;
  const cin = c.dense ? c.cin : Math.max(groups, c.cin - (c.cin % groups));
  const cinG = cin / groups;
  const cout = c.coutG * groups;
  const [h, w, kh, kw, stride, pad] = c.dense ? [1, 1, 1, 1, 1, 0] : [Math.max(c.h, c.kh), Math.max(c.w, c.kw), c.kh, c.kw, c.stride, c.pad];
  const taps = kh * kw;
  const nG = taps * Math.ceil(cinG / c.G);
  const qmax = c.wBits === 4 ? 7 : 127;
  const x = Array.from({ length: cin * h * w }, () => rnd(0, 255));
  const q = Array.from({ length: cout * cinG * taps }, () => rnd(-qmax - 1, qmax));
  const m = Array.from({ length: cout * nG }, () => (rnd(0, 3) === 0 ? 255 : rnd(1, 255)));
  const b = Array.from({ length: cout }, () => rnd(-50000, 50000));
  const r: OracleRequant = { yZero: rnd(-100, 100), qmin: -32768, qmax: 32767, outDtype: 'i16', pow2: false, accBits: c.accBits, saturate: c.saturate };
  const m0 = Array.from({ length: cout }, () => rnd(2 ** 30, 2 ** 31 - 1));
  const shift = Array.from({ length: cout }, () => rnd(-12, 0));
  // The fold the quantizer writes (foldBias): b − z_x·Σ_k m[n, g(k)]·q[n, k].
  const bias = b.map((bn, n) => {
    let s = 0n;
    for (let cc = 0; cc < cinG; cc++) for (let t = 0; t < taps; t++) s += BigInt(m[n * nG + specGroup(t, cc, cinG, c.G)]!) * BigInt(q[(n * cinG + cc) * taps + t]!);
    return Number(BigInt(bn) - BigInt(c.xZero) * s);
  });
  const hOut = Math.floor((h + 2 * pad - kh) / stride) + 1;
  const wOut = Math.floor((w + 2 * pad - kw) / stride) + 1;
  const oracle: number[] = [];
  let oracleOverflows = 0;
  for (let n = 0; n < cout; n++) {
    const g = Math.floor(n / c.coutG);
    for (let oy = 0; oy < hOut; oy++) {
      for (let ox = 0; ox < wOut; ox++) {
        // acc = b + Σ_g m·Σ_{k∈g} (x − z)·q: one partial per group, scaled once by its multiplier.
        const partial = new Map<number, bigint>();
        for (let t = 0; t < taps; t++) {
          const iy = oy * stride - pad + Math.floor(t / kw);
          const ix = ox * stride - pad + (t % kw);
          if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue; // padding is z_x: (x − z) = 0
          for (let cc = 0; cc < cinG; cc++) {
            const gi = specGroup(t, cc, cinG, c.G);
            const xv = BigInt(x[((g * cinG + cc) * h + iy) * w + ix]! - c.xZero);
            partial.set(gi, (partial.get(gi) ?? 0n) + xv * BigInt(q[(n * cinG + cc) * taps + t]!));
          }
        }
        let acc = BigInt(b[n]!);
        for (const [gi, p] of partial) acc += (dropMultiplier ? 1n : BigInt(m[n * nG + gi]!)) * p;
        const red = oracleReduce(acc, r);
        if (red.overflow) oracleOverflows++;
        oracle.push(oracleRequantize(red.acc, m0[n]!, shift[n]!, r));
      }
    }
  }
  const wDtype: DType = c.wBits === 4 ? 'i4' : 'i8';
  const attrs: Attrs = {
    x_zero: c.xZero, x_scale: 1, y_zero: r.yZero, y_scale: 1, qmin: r.qmin, qmax: r.qmax, out_dtype: 'i16',
    acc_bits: c.accBits, acc_overflow: c.saturate ? 'saturate' : 'wrap', w_group: c.G,
    ...(c.dense ? {} : { stride: [stride, stride], pad: [pad, pad, pad, pad], groups }),
  };
  const inputs = [
    c.dense ? tensor('u8', [1, cin], x) : tensor('u8', [1, cin, h, w], x),
    c.dense ? tensor(wDtype, [cout, cin], q) : tensor(wDtype, [cout, cinG, kh, kw], q),
    tensor('i32', [cout], bias), tensor('i32', [cout], m0), tensor('i32', [cout], shift),
    tensor('f32', [cout], new Array<number>(cout).fill(1)), tensor('u8', [cout, nG], m),
  ];
  const ref = runIntOp(c.dense ? 'qdense' : 'qconv2d', inputs, attrs);
  return { ref: ref.y, oracle, overflows: [ref.overflows, oracleOverflows] };
}

describe('group-wise scales in the integer reference', () => {
  it('qconv2d/qdense with w_group equal the BigInt re-statement Σ_g m·Σ_{k∈g} (x − z)·q (fold, padding, overflow)', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const { ref, oracle, overflows } = check(c);
      expect(ref).toEqual(oracle);
      expect(overflows[0]).toBe(overflows[1]);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(150) });
  });

  it('the re-statement sees the multipliers: without them it disagrees (the property above can fail)', () => {
    const c: Case = { dense: false, cin: 40, groups: 1, coutG: 2, h: 3, w: 3, kh: 3, kw: 3, stride: 1, pad: 1, G: 32, wBits: 4, xZero: 7, accBits: 32, saturate: false, seed: 5 };
    const { ref, oracle } = check(c, true);
    expect(ref).not.toEqual(oracle);
    expect(check(c).ref).toEqual(check(c).oracle);
  });

  it('checks the w_mult operand: shape [Cout, groups] in the tap-major layout, u8, only with w_group; a zero multiplier is RUN013', () => {
    const x = tensor('u8', [1, 40], new Array<number>(40).fill(1));
    const w = tensor('i4', [2, 40], new Array<number>(80).fill(1));
    const i32 = (v: number) => tensor('i32', [2], [v, v]);
    const base = [x, w, i32(0), i32(2 ** 30), i32(0), tensor('f32', [2], [1, 1])];
    const attrs: Attrs = { x_zero: 0, x_scale: 1, y_zero: 0, y_scale: 1, qmin: -32768, qmax: 32767, out_dtype: 'i16', w_group: 32 };
    // 40 inputs in groups of 32: two groups, the second short (8 inputs). acc = 32·m0 + 8·m1, requantized by M = 1/2.
    expect(runIntOp('qdense', [...base, tensor('u8', [2, 2], [1, 1, 3, 5])], attrs).y).toEqual([20, 68]);
    expect(firstDiagnostic(() => runIntOp('qdense', [...base, tensor('u8', [2, 3], [1, 1, 1, 1, 1, 1])], attrs)).code).toBe('GRAPH010');
    expect(firstDiagnostic(() => runIntOp('qdense', base, attrs)).code).toBe('GRAPH010');
    expect(firstDiagnostic(() => runIntOp('qdense', [...base, tensor('u8', [2, 2], [1, 1, 1, 1])], { ...attrs, w_group: 0 })).code).toBe('GRAPH010');
    expect(firstDiagnostic(() => runIntOp('qdense', [...base, tensor('u8', [2, 2], [1, 0, 1, 1])], attrs)).code).toBe('RUN013');
  });
});
