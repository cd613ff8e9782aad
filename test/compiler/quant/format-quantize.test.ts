import { describe, expect, it } from 'vitest';
import { convK, formatOf, quantizeActivations, quantizeWeights, tensorScale } from '../../../compiler/quant/format-quantize.js';
import { sharedScaleCode } from '../../../core/mx-block.js';
import { roundToElement } from '../../../core/element-codec.js';
import { ELEMENT_TYPES } from '../../../core/number-formats.js';
import { mulberry32 } from '../../../core/seeded-random.js';

const next = mulberry32(18);
const randoms = (n: number): number[] => Array.from({ length: n }, () => (next() - 0.5) * 2 ** Math.floor(next() * 12 - 6));

describe('conversion of tensors into MX blocks and FP8', () => {
  it('activations NCHW: one E8M0 scale per pixel per 32 channels (the last block shorter)', () => {
    const [c, h, w] = [40, 2, 3];
    const x = randoms(c * h * w);
    const q = quantizeActivations(x, [1, c, h, w], formatOf('mxfp8'), 1);
    for (let p = 0; p < h * w; p++) {
      for (const [c0, c1] of [[0, 32], [32, 40]] as const) {
        const idx = Array.from({ length: c1 - c0 }, (_, j) => (c0 + j) * h * w + p);
        const want = sharedScaleCode(idx.map((i) => x[i]!), ELEMENT_TYPES.e4m3) - 127;
        for (const i of idx) expect(q.exps[i]).toBe(want);
      }
    }
  });

  it('conv weights: blocks of 32 consecutive K in (ky, kx, c) order per output channel', () => {
    const [o, cinG, kh, kw] = [2, 20, 2, 2];
    const wt = randoms(o * cinG * kh * kw);
    const q = quantizeWeights(wt, [o, cinG, kh, kw], formatOf('mxint8'));
    for (let oc = 0; oc < o; oc++) {
      const byBlock = new Map<number, number[]>();
      for (let c = 0; c < cinG; c++) for (let ky = 0; ky < kh; ky++) for (let kx = 0; kx < kw; kx++) {
        const flat = ((oc * cinG + c) * kh + ky) * kw + kx;
        const b = Math.floor(convK(c, ky, kx, cinG, kw) / 32);
        byBlock.set(b, [...(byBlock.get(b) ?? []), flat]);
      }
      expect([...byBlock.keys()].sort()).toEqual([0, 1, 2]); // 80 K values: 32 + 32 + 16
      for (const idx of byBlock.values()) {
        const want = sharedScaleCode(idx.map((i) => wt[i]!), ELEMENT_TYPES['mxint8-elem']) - 127;
        for (const i of idx) expect(q.exps[i]).toBe(want);
      }
    }
  });

  it('fp8 per tensor: weights by max |w| / 448, every element rounded, no block exponents', () => {
    const wt = [0.5, -2, 1e-3, 0.3];
    const q = quantizeWeights(wt, [1, 4], formatOf('fp8-e4m3'));
    expect(q.realScale).toBe(2 / 448);
    expect(Array.from(q.exps)).toEqual([0, 0, 0, 0]);
    expect(Array.from(q.vals)).toEqual(wt.map((v) => roundToElement(v / (2 / 448), ELEMENT_TYPES.e4m3)));
    expect(q.vals[1]).toBe(-448);
    expect(tensorScale(0, ELEMENT_TYPES.e4m3)).toBe(1);
  });
});
