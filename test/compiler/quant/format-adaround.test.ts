// AdaRound on the E4M3 grid: the step between neighbouring codes, the im2col Gram matrices against a direct
// sum of products, and the learned codes: E4M3 values next to w/s that reconstruct no worse than nearest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundToElement } from '../../../core/element-codec.js';
import { ELEMENT_TYPES, type FpElement } from '../../../core/number-formats.js';
import { mulberry32 as seededRandom } from '../../../core/seeded-random.js';
import { accumulateGram, adaroundFpWeights, fpStep, gemmGeometry, gramShape, type GemmGeometry } from '../../../compiler/quant/format-adaround.js';

const e4m3 = ELEMENT_TYPES.e4m3 as FpElement;

describe('AdaRound on the E4M3 grid', () => {
  it('fpStep: 2^(E − 3) in binade E, 2^−9 in the subnormals', () => {
    expect(fpStep(1, e4m3)).toBe(0.125);
    expect(fpStep(-1.99, e4m3)).toBe(0.125);
    expect(fpStep(300, e4m3)).toBe(32);
    expect(fpStep(2 ** -6, e4m3)).toBe(2 ** -9);
    expect(fpStep(2 ** -8, e4m3)).toBe(2 ** -9);
    expect(fpStep(0, e4m3)).toBe(2 ** -9);
  });

  it('accumulateGram: Σ p·pᵀ over the im2col rows of a strided, padded, grouped conv (and a dense row)', () => {
    const rand = seededRandom(7);
    const [c, h, w] = [4, 4, 5];
    const x = Float32Array.from({ length: c * h * w }, () => Math.round(rand() * 8 - 4));
    const geo: GemmGeometry = { kind: 'conv2d', inShape: [c, h, w], kernel: [3, 2], stride: [2, 1], pad: [1, 0, 1, 1], dilation: [1, 2], groups: 2 };
    const k = 2 * 3 * 2;
    const acc = [new Float64Array(k * k), new Float64Array(k * k)];
    const rows = accumulateGram(x, geo, acc);
    // output 2 x 4: H (4 + 2 − 3) / 2 + 1, W 5 + 1 − (2·1 + 1) + 1 (dilation 2 along W)
    const want = [new Float64Array(k * k), new Float64Array(k * k)];
    let count = 0;
    for (let oy = 0; oy < 2; oy++) {
      for (let ox = 0; ox < 4; ox++) {
        count++;
        for (let g = 0; g < 2; g++) {
          const p: number[] = [];
          for (let ci = 0; ci < 2; ci++) for (let ky = 0; ky < 3; ky++) for (let kx = 0; kx < 2; kx++) {
            const [y, xx] = [oy * 2 - 1 + ky, ox + kx * 2];
            p.push(y >= 0 && y < h && xx >= 0 && xx < w ? x[((g * 2 + ci) * h + y) * w + xx]! : 0);
          }
          for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) want[g]![i * k + j]! += p[i]! * p[j]!;
        }
      }
    }
    expect(rows).toBe(count);
    for (const g of [0, 1]) for (let i = 0; i < k * k; i++) expect(acc[g]![i]).toBeCloseTo(want[g]![i]!, 9);
    const d = [new Float64Array(9)];
    expect(accumulateGram(Float32Array.from([1, -2, 3]), { kind: 'dense', inShape: [3] }, d)).toBe(1);
    expect(Array.from(d[0]!)).toEqual([1, -2, 3, -2, 4, -6, 3, -6, 9]);
  });

  it('codes are E4M3 values next to w/s, and each row reconstructs no worse than round-to-nearest', () => {
    const rand = seededRandom(11);
    const [o, k] = [6, 12];
    const w = Float32Array.from({ length: o * k }, () => (rand() - 0.5) * 2);
    // correlated inputs: x = a·u + noise, so the rounding errors interact through G
    const rows = 200;
    const xs = new Float64Array(rows * k);
    for (let r = 0; r < rows; r++) { const u = rand() - 0.5; for (let i = 0; i < k; i++) xs[r * k + i] = u + 0.3 * (rand() - 0.5); }
    const g = new Float64Array(k * k);
    for (let r = 0; r < rows; r++) for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) g[i * k + j]! += xs[r * k + i]! * xs[r * k + j]! / rows;
    const scale = 1 / 448;
    const t = adaroundFpWeights(w, [o, k], scale, e4m3, [g]);
    let changed = 0;
    for (let n = 0; n < o; n++) {
      const err = (val: (i: number) => number): number => {
        let s = 0;
        for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) s += (val(i) - w[n * k + i]!) * g[i * k + j]! * (val(j) - w[n * k + j]!);
        return s;
      };
      const rtn = err((i) => scale * roundToElement(w[n * k + i]! / scale, e4m3));
      const ada = err((i) => scale * t.vals[n * k + i]!);
      expect(ada).toBeLessThanOrEqual(rtn * (1 + 1e-12));
      for (let i = 0; i < k; i++) {
        const v = t.vals[n * k + i]!;
        const x = w[n * k + i]! / scale;
        expect(roundToElement(v, e4m3)).toBe(v);
        const step = fpStep(x, e4m3);
        expect(v === Math.floor(x / step) * step || v === Math.ceil(x / step) * step).toBe(true);
        if (v !== roundToElement(x, e4m3)) changed++;
      }
    }
    expect(changed).toBeGreaterThan(0);
    expect(t.realScale).toBe(scale);
  });

  // uᵀ·G·v over the im2col rows is Σ over output pixels of (conv of x with kernel u)·(conv with kernel v): the Gram
  // matrix checked against convolutions written from the definition, on random geometries (asymmetric pads that
  // reach every border, strides, dilations, groups), read from conv2d attributes as the recipe reads them.
  it('accumulateGram on any conv2d geometry: uᵀGv equals Σ conv(x, u)·conv(x, v) per group', () => {
    const arb = fc.record({
      groups: fc.integer({ min: 1, max: 3 }), cg: fc.integer({ min: 1, max: 2 }), h: fc.integer({ min: 1, max: 6 }), w: fc.integer({ min: 1, max: 6 }),
      kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }), sh: fc.integer({ min: 1, max: 3 }), sw: fc.integer({ min: 1, max: 3 }),
      dh: fc.integer({ min: 1, max: 2 }), dw: fc.integer({ min: 1, max: 2 }), pad: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
      seed: fc.nat(10_000),
    });
    fc.assert(fc.property(arb, (a) => {
      const c = a.groups * a.cg;
      const hOut = Math.floor((a.h + a.pad[0]! + a.pad[2]! - a.dh * (a.kh - 1) - 1) / a.sh) + 1;
      const wOut = Math.floor((a.w + a.pad[1]! + a.pad[3]! - a.dw * (a.kw - 1) - 1) / a.sw) + 1;
      fc.pre(hOut >= 1 && wOut >= 1);
      const rand = seededRandom(a.seed);
      const x = Float32Array.from({ length: c * a.h * a.w }, () => Math.round(rand() * 8 - 4));
      const wShape = [a.groups * 2, a.cg, a.kh, a.kw];
      const attrs = { stride: [a.sh, a.sw], pad: a.pad, dilation: [a.dh, a.dw], groups: a.groups };
      const geo = gemmGeometry('conv2d', attrs, [1, c, a.h, a.w], wShape);
      expect(geo.kind).toBe('conv2d');
      const { groups, k } = gramShape(geo, wShape);
      expect([groups, k]).toEqual([a.groups, a.cg * a.kh * a.kw]);
      const acc = Array.from({ length: groups }, () => new Float64Array(k * k));
      expect(accumulateGram(x, geo, acc)).toBe(hOut * wOut);
      // conv of group g's channels with kernel u [cg, kh, kw] at output (oy, ox), from the definition.
      const conv = (g: number, u: Float64Array, oy: number, ox: number): number => {
        let s = 0;
        for (let ci = 0; ci < a.cg; ci++) for (let ky = 0; ky < a.kh; ky++) for (let kx = 0; kx < a.kw; kx++) {
          const iy = oy * a.sh + ky * a.dh - a.pad[0]!;
          const ix = ox * a.sw + kx * a.dw - a.pad[1]!;
          if (iy < 0 || iy >= a.h || ix < 0 || ix >= a.w) continue;
          s += u[(ci * a.kh + ky) * a.kw + kx]! * x[((g * a.cg + ci) * a.h + iy) * a.w + ix]!;
        }
        return s;
      };
      for (let g = 0; g < groups; g++) {
        const u = Float64Array.from({ length: k }, () => Math.round(rand() * 6 - 3));
        const v = Float64Array.from({ length: k }, () => Math.round(rand() * 6 - 3));
        let want = 0;
        for (let oy = 0; oy < hOut; oy++) for (let ox = 0; ox < wOut; ox++) want += conv(g, u, oy, ox) * conv(g, v, oy, ox);
        let got = 0;
        for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) got += u[i]! * acc[g]![i * k + j]! * v[j]!;
        expect(got).toBeCloseTo(want, 6);
      }
    }), { seed: 0x5eed, numRuns: 150 });
    expect(gemmGeometry('dense', {}, [1, 7], [3, 7])).toEqual({ kind: 'dense', inShape: [7] });
    expect(gramShape({ kind: 'dense', inShape: [7] }, [3, 7])).toEqual({ groups: 1, k: 7 });
  });

  it('a grouped layer rounds each group on its own Gram matrix, as if it were a layer of its own', () => {
    const rand = seededRandom(5);
    const [o, k, groups] = [6, 4, 3];
    const w = Float32Array.from({ length: o * k }, () => (rand() - 0.5) * 2);
    const grams = Array.from({ length: groups }, () => {
      const m = Array.from({ length: k }, () => Array.from({ length: k }, () => rand() - 0.5));
      const g = new Float64Array(k * k);
      for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) for (let r = 0; r < k; r++) g[i * k + j]! += m[r]![i]! * m[r]![j]!;
      return g;
    });
    const scale = 1 / 448;
    const whole = adaroundFpWeights(w, [o, k], scale, e4m3, grams);
    const rowsPer = o / groups;
    for (let g = 0; g < groups; g++) {
      const alone = adaroundFpWeights(w.slice(g * rowsPer * k, (g + 1) * rowsPer * k), [rowsPer, k], scale, e4m3, [grams[g]!]);
      expect(Array.from(whole.vals.subarray(g * rowsPer * k, (g + 1) * rowsPer * k))).toEqual(Array.from(alone.vals));
    }
    expect(() => adaroundFpWeights(w, [o, k], scale, e4m3, grams.slice(0, 2).concat([new Float64Array(k * k), new Float64Array(k * k)]))).toThrow(/one K×K Gram matrix per group/);
    expect(() => adaroundFpWeights(w, [o, k], scale, e4m3, [grams[0]!, grams[1]!, new Float64Array(k)])).toThrow(/one K×K Gram matrix per group/);
  });
});
