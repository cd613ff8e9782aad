// AdaRound on the E4M3 grid: the step between neighbouring codes, the im2col Gram matrices against a direct
// sum of products, and the learned codes: E4M3 values next to w/s that reconstruct no worse than nearest.
import { describe, expect, it } from 'vitest';
import { roundToElement } from '../../../core/element-codec.js';
import { ELEMENT_TYPES, type FpElement } from '../../../core/number-formats.js';
import { mulberry32 as seededRandom } from '../../../core/seeded-random.js';
import { accumulateGram, adaroundFpWeights, fpStep, type GemmGeometry } from '../../../compiler/quant/format-adaround.js';

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
});
