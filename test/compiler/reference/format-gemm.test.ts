// The format reference's conv2d/dense against a direct re-statement of INTEGER-SEMANTICS.md's "Float and
// microscaling formats": terms listed in K order, grouped into chunks by the identity of their activation
// block (MX: pixel, 32-channel block) and weight block (32 consecutive K; per-tensor FP8: only this one),
// each chunk summed exactly, scaled,
// rounded to FP32 and accumulated in FP32 from the bias; and against float64 within the FP32 error bound.
// Hand-made cases pin where per-tensor chunks end, and the INT8 arithmetic's saturation and exactness check
// (its sums against a re-statement: test/compiler/quant/int8-gemm.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatConv2d, formatDense, type GemmKind } from '../../../compiler/reference/format-gemm.js';
import { quantizeI8ChannelWeights, quantizeU8Activations, u8Grid } from '../../../compiler/quant/int8-gemm.js';
import { type FormatTensor, convK, formatOf, isMx, quantizeActivations, quantizeWeights, tensorScale } from '../../../compiler/quant/format-quantize.js';
import { ELEMENT_TYPES, type NumberFormatName } from '../../../core/number-formats.js';
import type { Window2d } from '../../../compiler/ir/ops/conv-geometry.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const FORMATS: NumberFormatName[] = ['mxint8', 'mxfp8', 'mxfp4', 'mxfp6', 'fp8-e4m3', 'fp8-e4m3-pc'];
const value = fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.integer({ min: -6, max: 6 })).map(([m, e]) => Math.fround(m * 2 ** e));

const kindOf = (name: NumberFormatName): GemmKind => (isMx(formatOf(name)) ? 'mx' : 'per-tensor');

interface Term { key: string; a: number; w: number; ea: number; ew: number }

/** The re-statement: chunks = maximal runs of equal block keys; returns [FP32 result, float64 exact sum, Σ|terms|]. */
function restate(terms: Term[], bias: number, s: number): [number, number, number] {
  let acc = Math.fround(bias / s);
  let exactSum = bias;
  let mag = Math.abs(bias);
  for (let i = 0; i < terms.length;) {
    let j = i;
    let sum = 0;
    while (j < terms.length && terms[j]!.key === terms[i]!.key) {
      const t = terms[j]!;
      // every term of a chunk carries the chunk's scales: the blocks share one E8M0 each
      expect([t.ea, t.ew]).toEqual([terms[i]!.ea, terms[i]!.ew]);
      sum += t.a * t.w;
      exactSum += t.a * 2 ** t.ea * t.w * 2 ** t.ew * s;
      mag += Math.abs(t.a * 2 ** t.ea * t.w * 2 ** t.ew * s);
      j++;
    }
    acc = Math.fround(acc + Math.fround(sum * 2 ** (terms[i]!.ea + terms[i]!.ew)));
    i = j;
  }
  return [Math.fround(acc * Math.fround(s)), exactSum, mag];
}

function checkClose(got: number, exactSum: number, mag: number, chunks: number): void {
  // FP32 rounding: each of the ≤ 2·chunks + 2 roundings errs by ≤ 2^−24 of the running magnitude.
  expect(Math.abs(got - exactSum)).toBeLessThanOrEqual((2 * chunks + 3) * 2 ** -23 * mag + 1e-30);
}

function quantize(x: number[], xShape: number[], w: number[], wShape: number[], name: NumberFormatName): [FormatTensor, FormatTensor] {
  const f = formatOf(name);
  const amax = Math.max(1e-30, ...x.map(Math.abs));
  const s = f.scale.kind === 'real' ? tensorScale(amax, ELEMENT_TYPES[f.element]) : 1;
  return [quantizeActivations(x, xShape, f, s), quantizeWeights(w, wShape, f)];
}

describe('format reference GEMMs', () => {
  it('dense equals the re-statement and float64 within the FP32 bound', () => {
    // K a multiple of 32 half the time: the last chunk then ends exactly at K
    const shape = fc.record({ n: fc.integer({ min: 1, max: 2 }), k: fc.oneof(fc.integer({ min: 1, max: 80 }), fc.constantFrom(32, 64)), o: fc.integer({ min: 1, max: 3 }), f: fc.constantFrom(...FORMATS) });
    const data = shape.chain((sh) => fc.record({ sh: fc.constant(sh), x: fc.array(value, { minLength: sh.n * sh.k, maxLength: sh.n * sh.k }), w: fc.array(value, { minLength: sh.o * sh.k, maxLength: sh.o * sh.k }), b: fc.array(value, { minLength: sh.o, maxLength: sh.o }) }));
    fc.assert(fc.property(data, ({ sh, x, w, b }) => {
      const [xq, wq] = quantize(x, [sh.n, sh.k], w, [sh.o, sh.k], sh.f);
      const got = formatDense(xq, wq, b, kindOf(sh.f));
      for (let ni = 0; ni < sh.n; ni++) {
        for (let oc = 0; oc < sh.o; oc++) {
          const terms: Term[] = [];
          for (let k = 0; k < sh.k; k++) {
            const xi = ni * sh.k + k, wi = oc * sh.k + k;
            terms.push({ key: `${Math.floor(k / 32)}|${Math.floor(k / 32)}`, a: xq.vals[xi]!, w: wq.vals[wi]!, ea: xq.exps[xi]!, ew: wq.exps[wi]! });
          }
          const [want, exactSum, mag] = restate(terms, b[oc]!, xq.realScale * (wq.channelScales?.[oc] ?? wq.realScale));
          expect(got[ni * sh.o + oc]).toBe(want);
          checkClose(got[ni * sh.o + oc]!, exactSum, mag, Math.ceil(sh.k / 32));
        }
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(60) });
  });

  it('conv2d (groups, depthwise, batch, non-square stride, dilation, asymmetric padding) equals the re-statement', () => {
    const shape = fc.record({
      groups: fc.constantFrom(1, 2, 0), cinG: fc.integer({ min: 1, max: 40 }), coutG: fc.integer({ min: 1, max: 2 }),
      kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }), sy: fc.integer({ min: 1, max: 2 }), sx: fc.integer({ min: 1, max: 2 }),
      dy: fc.integer({ min: 1, max: 2 }), dx: fc.integer({ min: 1, max: 2 }), pt: fc.nat(1), pb: fc.nat(1), pl: fc.nat(1), pr: fc.nat(1),
      n: fc.integer({ min: 1, max: 2 }), h: fc.integer({ min: 3, max: 5 }), w: fc.integer({ min: 3, max: 5 }), f: fc.constantFrom(...FORMATS),
    }).map((s) => (s.groups === 0 ? { ...s, groups: Math.min(s.cinG, 33), cinG: 1 } : s)) // 0: depthwise over up to 33 channels
      .filter((s) => s.h + s.pt + s.pb >= (s.kh - 1) * s.dy + 1 && s.w + s.pl + s.pr >= (s.kw - 1) * s.dx + 1); // at least one window
    const data = shape.chain((sh) => {
      const cin = sh.cinG * sh.groups;
      const cout = sh.coutG * sh.groups;
      return fc.record({ sh: fc.constant(sh), x: fc.array(value, { minLength: sh.n * cin * sh.h * sh.w, maxLength: sh.n * cin * sh.h * sh.w }), w: fc.array(value, { minLength: cout * sh.cinG * sh.kh * sh.kw, maxLength: cout * sh.cinG * sh.kh * sh.kw }), b: fc.array(value, { minLength: cout, maxLength: cout }) });
    });
    fc.assert(fc.property(data, ({ sh, x, w, b }) => {
      const cin = sh.cinG * sh.groups, cout = sh.coutG * sh.groups;
      const win: Window2d = { h: { kernel: sh.kh, stride: sh.sy, dilation: sh.dy, padBegin: sh.pt, padEnd: sh.pb }, w: { kernel: sh.kw, stride: sh.sx, dilation: sh.dx, padBegin: sh.pl, padEnd: sh.pr }, ceilMode: false };
      const hOut = Math.floor((sh.h + sh.pt + sh.pb - (sh.kh - 1) * sh.dy - 1) / sh.sy) + 1, wOut = Math.floor((sh.w + sh.pl + sh.pr - (sh.kw - 1) * sh.dx - 1) / sh.sx) + 1;
      const [xq, wq] = quantize(x, [sh.n, cin, sh.h, sh.w], w, [cout, sh.cinG, sh.kh, sh.kw], sh.f);
      const got = formatConv2d(xq, wq, b, sh.groups, win, [sh.n, cout, hOut, wOut], kindOf(sh.f));
      const mx = kindOf(sh.f) === 'mx';
      for (let ni = 0; ni < sh.n; ni++) for (let oc = 0; oc < cout; oc++) {
        const icBase = Math.floor(oc / sh.coutG) * sh.cinG;
        for (let oy = 0; oy < hOut; oy++) {
          for (let ox = 0; ox < wOut; ox++) {
            const terms: Term[] = [];
            for (let ky = 0; ky < sh.kh; ky++) for (let kx = 0; kx < sh.kw; kx++) for (let c = 0; c < sh.cinG; c++) {
              const iy = oy * sh.sy + ky * sh.dy - sh.pt, ix = ox * sh.sx + kx * sh.dx - sh.pl;
              const kBlock = Math.floor(convK(c, ky, kx, sh.cinG, sh.kw) / 32);
              // a padding tap reads the zero fill: +0 products (MX: a chunk of them, folded; §14)
              if (iy < 0 || iy >= sh.h || ix < 0 || ix >= sh.w) {
                if (!mx) terms.push({ key: `${kBlock}`, a: 0, w: 0, ea: 0, ew: 0 });
                else if (c === 0) terms.push({ key: `pad${ky},${kx}`, a: 0, w: 0, ea: 0, ew: 0 });
                continue;
              }
              const xi = (((ni * cin + icBase + c) * sh.h + iy) * sh.w) + ix, wi = ((oc * sh.cinG + c) * sh.kh + ky) * sh.kw + kx;
              // per-tensor FP8: a chunk is 32 consecutive K, across taps (§14: no block exponents)
              const key = mx ? `${iy},${ix},${Math.floor((icBase + c) / 32)}|${kBlock}` : `${kBlock}`;
              terms.push({ key, a: xq.vals[xi]!, w: wq.vals[wi]!, ea: xq.exps[xi]!, ew: wq.exps[wi]! });
            }
            const [want] = restate(terms, b[oc]!, xq.realScale * (wq.channelScales?.[oc] ?? wq.realScale));
            expect(got[((ni * cout + oc) * hOut + oy) * wOut + ox]).toBe(want);
          }
        }
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(60) });
  });

  // K order of a 1×2 kernel over 40 channels: K = tap·40 + c, so K 32–63 spans both taps (the tap ends at 40).
  // Products 2^16, 2^−18 and −2^16 (FP8 E4M3 operands 256 and 2^−9) sum to 2^−18 when one chunk holds all
  // three, and to 0 when a chunk ends between them (fp32(2^16 + 2^−18) = 2^16).
  /** The one output of x [1,40,1,2] ⊛ w [1,40,1,2] whose nonzero products are `terms` ([K, a, w]), scales 1. */
  function twoTapConv(terms: [number, number, number][], kind: GemmKind): number {
    const x = new Float64Array(80), w = new Float64Array(80);
    for (const [k, a, b] of terms) {
      const tap = Math.floor(k / 40), c = k % 40;
      x[c * 2 + tap] = a;
      w[c * 2 + tap] = b;
    }
    const t = (shape: number[], vals: Float64Array) => ({ shape, vals, exps: new Int16Array(80), realScale: 1 });
    const win: Window2d = { h: { kernel: 1, stride: 1, dilation: 1, padBegin: 0, padEnd: 0 }, w: { kernel: 2, stride: 1, dilation: 1, padBegin: 0, padEnd: 0 }, ceilMode: false };
    return formatConv2d(t([1, 40, 1, 2], x), t([1, 40, 1, 2], w), undefined, 1, win, [1, 1, 1, 1], kind)[0]!;
  }
  const big = 256, tiny = 2 ** -9;

  it('per-tensor conv: a tap boundary inside 32 K does not end a chunk (MX: it does)', () => {
    const terms: [number, number, number][] = [[33, big, big], [34, tiny, tiny], [41, big, -big]];
    expect(twoTapConv(terms, 'per-tensor')).toBe(2 ** -18);
    expect(twoTapConv(terms, 'mx')).toBe(0);
  });

  it('per-tensor conv: every 32nd K ends a chunk, inside a tap', () => {
    expect(twoTapConv([[60, big, big], [61, tiny, tiny], [64, big, -big]], 'per-tensor')).toBe(0);
    // the same three inside K 32–63 (one chunk)
    expect(twoTapConv([[50, big, big], [51, tiny, tiny], [63, big, -big]], 'per-tensor')).toBe(2 ** -18);
  });
});

describe('INT8 GEMM arithmetic edges (§14: b_int32 saturated, the exact sum, saturated once)', () => {
  /** One row of integer codes at scale 1 (weights: one channel scale). */
  const codes = (vals: number[], channelScale?: number) => ({ shape: [1, vals.length], vals: Float64Array.from(vals), exps: new Int16Array(vals.length), realScale: 1, ...(channelScale === undefined ? {} : { channelScales: Float64Array.of(channelScale) }) });
  const INT32_MAX = 2 ** 31 - 1;

  it('no bias is a zero bias', () => {
    const x = Array.from({ length: 40 }, (_, i) => Math.sin(i) * 3);
    const w = Array.from({ length: 80 }, (_, i) => Math.cos(i * 1.3));
    const xq = quantizeU8Activations(x, [1, 40], u8Grid(-3, 3));
    const wq = quantizeI8ChannelWeights(w, [2, 40]);
    expect(Array.from(formatDense(xq, wq, undefined, 'int8'))).toEqual(Array.from(formatDense(xq, wq, [0, 0], 'int8')));
  });

  it('the bias saturates to int32 before the sum is added; the total saturates once at the end', () => {
    // K = 66400 products of 255 · ∓127: |Σ| = 2 150 364 000, past INT32_MAX by 2 880 353
    const k = 66400, mag = 255 * 127 * k;
    const x = codes(new Array(k).fill(255));
    const dense = (w: number, b: number) => formatDense(x, codes(new Array(k).fill(w), 1), [b], 'int8')[0];
    expect(dense(-127, 2 ** 40)).toBe(INT32_MAX - mag);
    expect(dense(127, -(2 ** 40))).toBe(-(2 ** 31) + mag);
    expect(dense(127, 0)).toBe(2 ** 31); // fp32(INT32_MAX); the unsaturated sum would be fp32(2 150 364 000)
    expect(dense(-127, 0)).toBe(-(2 ** 31));
  });

  it('operands whose sum is not an exact integer are an internal error (codes off the grid, a sum reaching 2^53)', () => {
    const msg = 'invariant violated: INT8 GEMM sums are exact integers';
    expect(() => formatDense(codes([0.5]), codes([1], 1), undefined, 'int8')).toThrow(msg);
    expect(() => formatDense(codes([2 ** 53 - 1]), codes([1], 1), [1], 'int8')).toThrow(msg); // bias 1 + sum 2^53 − 1
    expect(formatDense(codes([2 ** 53 - 1]), codes([1], 1), [0], 'int8')[0]).toBe(2 ** 31); // just below: exact, saturated
  });
});
