// The float/MX array datapath (simulator/functional/format-accumulator.ts, the PE-level ws model in
// simulator/format-pe-array.ts) against the format reference (compiler/reference/format-gemm.ts): random
// conv2d and dense layers of every float/MX preset format, tiled as the lowering tiles them
// (compiler/lower/format-tiles.ts) on 16x16 and 8x8 arrays in ws and os, equal bit for bit (signs of zero
// included); the PE-level models equal to the fast arithmetic and their write cycles to CYCLE-MODEL §3's
// COMPUTE timings (one read cycle per vector).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatConv2d, formatDense, type GemmKind } from '../../../compiler/reference/format-gemm.js';
import { type FormatTensor, formatOf, isMx, quantizeActivations, quantizeWeights, tensorScale } from '../../../compiler/quant/format-quantize.js';
import type { Window2d } from '../../../compiler/ir/ops/conv-geometry.js';
import { ELEMENT_TYPES, type NumberFormatName } from '../../../core/number-formats.js';
import { elementValueTable, FormatAccumulator } from '../../../simulator/functional/format-accumulator.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { type ArrayShape, runConvOnArray, runDenseOnArray, type RunCounts } from './format-layer-runner.js';

/** The formats of the float/MX presets (fp8, fp8-pc, mxint8, mxfp8, mxfp6, mxfp4). */
const FORMATS: NumberFormatName[] = ['fp8-e4m3', 'fp8-e4m3-pc', 'mxint8', 'mxfp8', 'mxfp6', 'mxfp4'];
const ARRAYS: ArrayShape[] = [16, 8].flatMap((r) => (['ws', 'os'] as const).map((dataflow) => ({ rows: r, cols: r, dataflow })));
// Exponents over 2^±16: products of one chunk then span more than FP32's 24 bits, so a datapath that rounds
// per tile instead of per chunk (or cuts chunks elsewhere) gives other bits.
// Integer mantissas: fc.double picks doubles by bit pattern, mostly far below FP32's range (zeros here).
const value = fc.tuple(fc.integer({ min: -(2 ** 20), max: 2 ** 20 }), fc.integer({ min: -16, max: 16 })).map(([m, e]) => m * 2 ** (e - 20));
const valueOrMinusZero = fc.oneof({ arbitrary: value, weight: 30 }, { arbitrary: fc.constant(-0), weight: 1 });

function quantize(x: number[], xShape: number[], w: number[], wShape: number[], name: NumberFormatName): [FormatTensor, FormatTensor] {
  const f = formatOf(name);
  const amax = Math.max(1e-30, ...x.map(Math.abs));
  const s = f.scale.kind === 'real' ? tensorScale(amax, ELEMENT_TYPES[f.element]) : 1;
  return [quantizeActivations(x, xShape, f, s), quantizeWeights(w, wShape, f)];
}

/** The reference arithmetic of a format: MX or per tensor (FP8). */
const kindOf = (name: NumberFormatName): GemmKind => (isMx(formatOf(name)) ? 'mx' : 'per-tensor');
const bits = (a: Float32Array): Uint32Array => new Uint32Array(a.buffer, a.byteOffset, a.length);
const counts = (): RunCounts => ({ computes: 0, peDurations: [] });
const elements = (name: NumberFormatName) => {
  const f = formatOf(name);
  return [ELEMENT_TYPES[f.actElement ?? f.element], ELEMENT_TYPES[f.element]] as const;
};

describe('float/MX array datapath == format reference', () => {
  it('dense: every format × 16x16/8x8 × ws/os, bit for bit', () => {
    const data = fc.record({ n: fc.integer({ min: 1, max: 3 }), k: fc.integer({ min: 1, max: 100 }), o: fc.integer({ min: 1, max: 20 }), f: fc.constantFrom(...FORMATS) })
      .chain((sh) => fc.record({ sh: fc.constant(sh), x: fc.array(value, { minLength: sh.n * sh.k, maxLength: sh.n * sh.k }), w: fc.array(value, { minLength: sh.o * sh.k, maxLength: sh.o * sh.k }), b: fc.array(valueOrMinusZero, { minLength: sh.o, maxLength: sh.o }) }));
    fc.assert(fc.property(data, ({ sh, x, w, b }) => {
      const [xq, wq] = quantize(x, [sh.n, sh.k], w, [sh.o, sh.k], sh.f);
      const want = formatDense(xq, wq, b, kindOf(sh.f));
      const [xEl, wEl] = elements(sh.f);
      for (const arr of ARRAYS) expect(bits(runDenseOnArray(xq, wq, b, xEl, wEl, arr, counts()))).toEqual(bits(want));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(40) });
  });

  it('conv2d (groups, depthwise, stride, dilation, asymmetric and all-padding rows): every format × 16x16/8x8 × ws/os, bit for bit', () => {
    const shape = fc.record({
      groups: fc.constantFrom(1, 2, 0), cinG: fc.integer({ min: 1, max: 40 }), coutG: fc.integer({ min: 1, max: 3 }),
      kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }), sy: fc.integer({ min: 1, max: 2 }), sx: fc.integer({ min: 1, max: 2 }),
      dy: fc.integer({ min: 1, max: 2 }), dx: fc.integer({ min: 1, max: 2 }), pt: fc.nat(1), pb: fc.nat(1), pl: fc.nat(1), pr: fc.nat(1),
      h: fc.integer({ min: 3, max: 5 }), w: fc.integer({ min: 3, max: 5 }), f: fc.constantFrom(...FORMATS),
    }).map((s) => (s.groups === 0 ? { ...s, groups: Math.min(s.cinG, 20), cinG: 1 } : s))
      .filter((s) => s.h + s.pt + s.pb >= (s.kh - 1) * s.dy + 1 && s.w + s.pl + s.pr >= (s.kw - 1) * s.dx + 1);
    const data = shape.chain((sh) => {
      const cin = sh.cinG * sh.groups, cout = sh.coutG * sh.groups;
      return fc.record({ sh: fc.constant(sh), x: fc.array(value, { minLength: cin * sh.h * sh.w, maxLength: cin * sh.h * sh.w }), w: fc.array(value, { minLength: cout * sh.cinG * sh.kh * sh.kw, maxLength: cout * sh.cinG * sh.kh * sh.kw }), b: fc.array(valueOrMinusZero, { minLength: cout, maxLength: cout }) });
    });
    fc.assert(fc.property(data, ({ sh, x, w, b }) => {
      const cin = sh.cinG * sh.groups, cout = sh.coutG * sh.groups;
      const win: Window2d = { h: { kernel: sh.kh, stride: sh.sy, dilation: sh.dy, padBegin: sh.pt, padEnd: sh.pb }, w: { kernel: sh.kw, stride: sh.sx, dilation: sh.dx, padBegin: sh.pl, padEnd: sh.pr }, ceilMode: false };
      const hOut = Math.floor((sh.h + sh.pt + sh.pb - (sh.kh - 1) * sh.dy - 1) / sh.sy) + 1, wOut = Math.floor((sh.w + sh.pl + sh.pr - (sh.kw - 1) * sh.dx - 1) / sh.sx) + 1;
      const [xq, wq] = quantize(x, [1, cin, sh.h, sh.w], w, [cout, sh.cinG, sh.kh, sh.kw], sh.f);
      const want = formatConv2d(xq, wq, b, sh.groups, win, [1, cout, hOut, wOut], kindOf(sh.f));
      const [xEl, wEl] = elements(sh.f);
      for (const arr of ARRAYS) expect(bits(runConvOnArray(xq, wq, b, sh.groups, win, [hOut, wOut], xEl, wEl, arr, counts(), kindOf(sh.f) === 'mx' ? 'pixel' : 'k32'))).toEqual(bits(want));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(40) });
  });

  it('the PE-level ws model equals the fast arithmetic and takes m + R + C cycles per COMPUTE', () => {
    const data = fc.record({ k: fc.integer({ min: 1, max: 70 }), o: fc.integer({ min: 1, max: 20 }), m: fc.integer({ min: 1, max: 5 }), r: fc.constantFrom(16, 8), f: fc.constantFrom(...FORMATS) })
      .chain((sh) => fc.record({ sh: fc.constant(sh), x: fc.array(value, { minLength: sh.m * sh.k, maxLength: sh.m * sh.k }), w: fc.array(value, { minLength: sh.o * sh.k, maxLength: sh.o * sh.k }), b: fc.array(valueOrMinusZero, { minLength: sh.o, maxLength: sh.o }) }));
    fc.assert(fc.property(data, ({ sh, x, w, b }) => {
      const [xq, wq] = quantize(x, [sh.m, sh.k], w, [sh.o, sh.k], sh.f);
      const [xEl, wEl] = elements(sh.f);
      const fast = runDenseOnArray(xq, wq, b, xEl, wEl, { rows: sh.r, cols: sh.r, dataflow: 'ws' }, counts());
      const c = counts();
      const pe = runDenseOnArray(xq, wq, b, xEl, wEl, { rows: sh.r, cols: sh.r, dataflow: 'ws', pe: true }, c);
      expect(bits(pe)).toEqual(bits(fast));
      expect(c.peDurations.length).toBe(c.computes);
      for (const d of c.peDurations) expect(d.duration).toBe(d.m + 2 * sh.r);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(25) });
  });

  it('the PE-level os model equals the fast arithmetic and takes k + R + C − 1 + m cycles per COMPUTE', () => {
    const data = fc.record({ k: fc.integer({ min: 1, max: 70 }), o: fc.integer({ min: 1, max: 20 }), m: fc.integer({ min: 1, max: 20 }), r: fc.constantFrom(16, 8), f: fc.constantFrom(...FORMATS) })
      .chain((sh) => fc.record({ sh: fc.constant(sh), x: fc.array(value, { minLength: sh.m * sh.k, maxLength: sh.m * sh.k }), w: fc.array(value, { minLength: sh.o * sh.k, maxLength: sh.o * sh.k }), b: fc.array(valueOrMinusZero, { minLength: sh.o, maxLength: sh.o }) }));
    fc.assert(fc.property(data, ({ sh, x, w, b }) => {
      const [xq, wq] = quantize(x, [sh.m, sh.k], w, [sh.o, sh.k], sh.f);
      const [xEl, wEl] = elements(sh.f);
      const fast = runDenseOnArray(xq, wq, b, xEl, wEl, { rows: sh.r, cols: sh.r, dataflow: 'os' }, counts());
      const c = counts();
      const pe = runDenseOnArray(xq, wq, b, xEl, wEl, { rows: sh.r, cols: sh.r, dataflow: 'os', pe: true }, c);
      expect(bits(pe)).toEqual(bits(fast));
      expect(c.peDurations.length).toBe(c.computes * Math.ceil(sh.m / sh.r));
      // CYCLE-MODEL §3 os: kv·cpv + R + C − 1 + m·rmw with cpv = rmw = 1
      for (const d of c.peDurations) expect(d.duration).toBe(d.k + 2 * sh.r - 1 + d.m);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(15) });
  });
});

describe('float/MX PE-level models on conv layers', () => {
  it('ws and os PE models equal the fast arithmetic on padded convs (FP8: chunks across taps; MX: per tap)', () => {
    const data = fc.record({
      cin: fc.integer({ min: 1, max: 20 }), cout: fc.integer({ min: 1, max: 10 }), k: fc.constantFrom(1, 3), pad: fc.nat(1),
      f: fc.constantFrom<NumberFormatName>('fp8-e4m3', 'fp8-e4m3-pc', 'mxfp8'), dataflow: fc.constantFrom('ws' as const, 'os' as const),
    }).chain((sh) => fc.record({ sh: fc.constant(sh), x: fc.array(value, { minLength: sh.cin * 16, maxLength: sh.cin * 16 }), w: fc.array(value, { minLength: sh.cout * sh.cin * sh.k * sh.k, maxLength: sh.cout * sh.cin * sh.k * sh.k }), b: fc.array(valueOrMinusZero, { minLength: sh.cout, maxLength: sh.cout }) }));
    fc.assert(fc.property(data, ({ sh, x, w, b }) => {
      const win: Window2d = { h: { kernel: sh.k, stride: 1, dilation: 1, padBegin: sh.pad, padEnd: sh.pad }, w: { kernel: sh.k, stride: 1, dilation: 1, padBegin: sh.pad, padEnd: sh.pad }, ceilMode: false };
      const hw = 4 + 2 * sh.pad - sh.k + 1;
      const [xq, wq] = quantize(x, [1, sh.cin, 4, 4], w, [sh.cout, sh.cin, sh.k, sh.k], sh.f);
      const [xEl, wEl] = elements(sh.f);
      const rule = kindOf(sh.f) === 'mx' ? 'pixel' : 'k32';
      const arr = { rows: 8, cols: 8, dataflow: sh.dataflow };
      const fast = runConvOnArray(xq, wq, b, 1, win, [hw, hw], xEl, wEl, arr, counts(), rule);
      const pe = runConvOnArray(xq, wq, b, 1, win, [hw, hw], xEl, wEl, { ...arr, pe: true }, counts(), rule);
      expect(bits(pe)).toEqual(bits(fast));
      expect(bits(fast)).toEqual(bits(formatConv2d(xq, wq, b, 1, win, [1, sh.cout, hw, hw], kindOf(sh.f))));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(15) });
  });
});

describe('FormatAccumulator', () => {
  const e4m3 = ELEMENT_TYPES.e4m3;
  it('keeps a chunk exact across tiles and rounds once at its end', () => {
    // 448·448 + 2^-9·2^-9 is not an FP32 value: folding per tile would round the small product away,
    // the open chunk keeps it and the single rounding of the sum decides.
    const table = elementValueTable(e4m3);
    const code = (v: number): number => table.findIndex((t) => t === v);
    const acc = new FormatAccumulator(1, 1, e4m3, e4m3);
    acc.start(new Float32Array([0]));
    const zero = new Int16Array(1);
    for (const v of [448, 2 ** -9, -448]) acc.tile({ x: Uint8Array.of(code(v)), w: Uint8Array.of(code(v === -448 ? 448 : v)), kt: 1, xTable: table, wTable: table }, false, zero, zero);
    acc.fold(zero, zero);
    // 448² + 2^−18 − 448² exactly: the open chunk cancels the big products before rounding.
    expect(acc.sums()[0]).toBe(2 ** -18);
  });

  it('refuses to read outputs while a chunk is open', () => {
    const table = elementValueTable(e4m3);
    const acc = new FormatAccumulator(1, 1, e4m3, e4m3);
    acc.start(new Float32Array([0]));
    acc.tile({ x: Uint8Array.of(0x38), w: Uint8Array.of(0x38), kt: 1, xTable: table, wTable: table }, false, new Int16Array(1), new Int16Array(1));
    expect(() => acc.sums()).toThrow(/chunk is still open/);
  });

  it('refuses E5M2 × E5M2 (a chunk sum would not be exact)', () => {
    expect(() => new FormatAccumulator(1, 1, ELEMENT_TYPES.e5m2, ELEMENT_TYPES.e5m2)).toThrow(/not be exact/);
  });
});
