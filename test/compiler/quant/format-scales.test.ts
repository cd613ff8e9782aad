// Scale searches and the tensor forms of the float/MX conversion (quant-formats mutation group), each against
// its documented contract: MSE searches return the candidate of least squared error among exactly the
// documented candidates (ties: the first, larger scale), checked by brute force; per-tensor FP8 activations,
// [N, F] activations and [O, K] dense weights in MX blocks of 32; formats the reference cannot run refused.
import { describe, expect, it } from 'vitest';
import { formatOf, mseTensorScale, quantizeActivations, quantizeWeights, roundToFp, tensorScale } from '../../../compiler/quant/format-quantize.js';
import { groupScale, quantizeGroupWeights } from '../../../compiler/quant/group-weights.js';
import { logScale, roundToLogLevel } from '../../../compiler/quant/log-weights.js';
import { weightGroupLayout } from '../../../core/weight-groups.js';
import { roundToElement } from '../../../core/element-codec.js';
import { sharedScaleCode } from '../../../core/mx-block.js';
import { ELEMENT_TYPES } from '../../../core/number-formats.js';
import { mulberry32 } from '../../../core/seeded-random.js';
import { roundHalfEven } from '../../../core/rounding.js';

const next = mulberry32(77);
const randoms = (n: number, spread = 6): number[] => Array.from({ length: n }, () => (next() - 0.5) * 2 ** Math.floor(next() * spread - spread / 2));
const e4m3 = ELEMENT_TYPES.e4m3;

/** The first candidate of least error (strict <, so ties keep the earlier one). */
function argmin(cands: readonly number[], err: (s: number) => number): number {
  let best = cands[0]!;
  let bestErr = Infinity;
  for (const s of cands) if (err(s) < bestErr) [best, bestErr] = [s, err(s)];
  return best;
}

describe('MSE scale searches', () => {
  it('fp8: amax/448 · 2^(−j/16) for j < 16·octaves only; ties keep the larger scale', () => {
    // 2^−10 is exact only at scale 1/2 (j = 16): out of range for one octave, in range for two.
    const one = mseTensorScale([2 ** -10], 448, e4m3, 1);
    expect(one).not.toBe(0.5);
    expect(one).toBeGreaterThanOrEqual(2 ** (-15 / 16));
    expect(mseTensorScale([2 ** -10], 448, e4m3, 2)).toBe(0.5);
    // Every candidate is exact on zeros: the first (amax / 448) wins the tie.
    expect(mseTensorScale([0, 0, 0], 448, e4m3, 2)).toBe(1);
    for (let t = 0; t < 5; t++) {
      const v = randoms(24);
      const amax = Math.max(...v.map(Math.abs));
      const octaves = 1 + (t % 3);
      const cands = Array.from({ length: 16 * octaves }, (_, j) => (amax / 448) * 2 ** (-j / 16));
      const want = argmin(cands, (s) => v.reduce((e, x) => e + (x - s * roundToElement(x / s, e4m3)) ** 2, 0));
      expect(mseTensorScale(v, amax, e4m3, octaves)).toBe(want);
    }
  });

  it('group σ: max|w|/qmax (minmax) or the best of max|w|·(1 − 0.02 i)/qmax, i = 0 … 35 (mse); 0 for zeros', () => {
    expect(groupScale([0.5, -2, 1], -127, 127, 'minmax')).toBe(2 / 127);
    expect(groupScale([0, 0], -7, 7, 'mse')).toBe(0);
    expect(groupScale([0, -0], -8, 7, 'minmax')).toBe(0);
    let clipped = 0;
    for (let t = 0; t < 6; t++) {
      const v = [...Array.from({ length: 31 }, (_, i) => (((i * 3 + t) % 7) - 3) * 0.05 * (1 + t / 10)), t % 2 === 0 ? 1 : -1]; // an outlier makes clipping pay
      const [qmin, qmax] = t < 3 ? [-8, 7] : [-7, 7];
      const maxAbs = Math.max(...v.map(Math.abs));
      const cands = Array.from({ length: 36 }, (_, i) => (maxAbs * (1 - 0.02 * i)) / qmax);
      const err = (s: number) => v.reduce((e, x) => e + (x - s * Math.min(qmax, Math.max(qmin, roundHalfEven(x / s)))) ** 2, 0);
      const got = groupScale(v, qmin, qmax, 'mse');
      expect(got).toBe(argmin(cands, err));
      if (got < maxAbs / qmax) clipped++;
    }
    expect(clipped).toBeGreaterThan(0);
  });

  it('group σ: the last candidate, 0.3·max|w|/qmax, is tried (data on its grid plus one outlier picks it)', () => {
    const v = [1, ...Array.from({ length: 2000 }, (_, i) => ((i % 15) - 7) * (0.3 / 7))];
    expect(groupScale(v, -7, 7, 'mse')).toBeCloseTo(0.3 / 7, 15);
    expect(groupScale(v, -7, 7, 'minmax')).toBe(1 / 7); // minmax never clips
  });

  it('log scale: max|w|/64 (minmax) or the best of r·max|w|/64, r = 1, 0.98, … ≥ 0.3 (mse); 1 for zeros', () => {
    expect(logScale([0.5, -3.2], 'minmax')).toBe(3.2 / 64);
    expect(logScale([0, 0], 'mse')).toBe(1);
    expect(logScale(new Float32Array(3), 'minmax')).toBe(1);
    for (let t = 0; t < 6; t++) {
      const v = [...randoms(20, 4), 40 * (1 + t)];
      const maxAbs = Math.max(...v.map(Math.abs));
      const cands: number[] = [];
      for (let r = 1; r >= 0.3; r -= 0.02) cands.push((maxAbs * r) / 64);
      expect(cands.length).toBeGreaterThan(30); // r steps by 0.02 in float64 (the last few are 0.32-ish)
      const err = (s: number) => v.reduce((e, x) => e + (x - s * roundToLogLevel(x / s)) ** 2, 0);
      expect(logScale(v, 'mse')).toBe(argmin(cands, err));
    }
  });

  it('log scale: clipping is chosen when it pays (100 values midway between levels 1 and 2, one outlier at 64)', () => {
    const v = [64, ...new Array<number>(100).fill(1.5)];
    const cands: number[] = [];
    for (let r = 1; r >= 0.3; r -= 0.02) cands.push((64 * r) / 64);
    const want = argmin(cands, (s) => v.reduce((e, x) => e + (x - s * roundToLogLevel(x / s)) ** 2, 0));
    expect(want).toBeLessThan(1);
    expect(logScale(v, 'mse')).toBe(want);
    expect(logScale(v, 'minmax')).toBe(1);
  });

  it('group weights with a narrow grid never use −2^(b−1)', () => {
    // One group of 32 with an outlier: the MSE scale clips it, so it lands on the grid's most negative level.
    const layout = weightGroupLayout([1, 32], 32);
    const data = Float32Array.from({ length: 32 }, (_, i) => (i === 0 ? -1 : ((i % 7) - 3) * 0.05));
    expect(Math.min(...quantizeGroupWeights(data, 1, layout, 4, true, 'mse').q)).toBe(-7);
    expect(Math.min(...quantizeGroupWeights(data, 1, layout, 4, false, 'mse').q)).toBe(-8);
  });
});

describe('tensor forms of the format conversion', () => {
  it('per-tensor FP8 activations: vals = element(x / realScale), no block exponents, the scale kept', () => {
    const x = randoms(10);
    const q = quantizeActivations(x, [1, 10], formatOf('fp8-e4m3'), 0.01);
    expect(q.realScale).toBe(0.01);
    expect(Array.from(q.exps)).toEqual(new Array(10).fill(0));
    expect(Array.from(q.vals)).toEqual(x.map((v) => roundToElement(v / 0.01, e4m3)));
  });

  it('[N, F] activations and [O, K] dense weights: blocks of 32 consecutive features per row', () => {
    const [n, f] = [2, 70];
    const x = randoms(n * f, 12);
    const qa = quantizeActivations(x, [n, f], formatOf('mxfp8'), 1);
    const qw = quantizeWeights(x, [n, f], formatOf('mxfp8'));
    for (const q of [qa, qw]) {
      expect(q.realScale).toBe(1);
      for (let r = 0; r < n; r++) for (const [a, b] of [[0, 32], [32, 64], [64, 70]] as const) {
        const idx = Array.from({ length: b - a }, (_, j) => r * f + a + j);
        const want = sharedScaleCode(idx.map((i) => x[i]!), e4m3) - 127;
        for (const i of idx) {
          expect(q.exps[i]).toBe(want);
          expect(q.vals[i]).toBe(roundToElement(x[i]! / 2 ** want, e4m3));
        }
      }
    }
  });

  it('channel counts that are whole blocks (32, 64) quantize every element once, nothing past the end', () => {
    for (const c of [32, 64]) {
      const x = randoms(c * 2);
      const q = quantizeActivations(x, [1, c, 1, 2], formatOf('mxint8'), 1);
      expect(q.vals).toHaveLength(c * 2);
      expect(Array.from(q.vals).every((v) => Number.isFinite(v))).toBe(true);
      const w = quantizeWeights(x, [2, c, 1, 1], formatOf('mxint8'));
      expect(Array.from(w.vals).every((v) => Number.isFinite(v))).toBe(true);
    }
  });

  it('refuses what it cannot run: NaN in an MX tensor, integer-scaled groups, int elements for a real scale', () => {
    expect(() => quantizeActivations([1, Number.NaN, 2], [1, 3], formatOf('mxfp8'), 1)).toThrow(/NaN or infinity/);
    expect(() => formatOf('int8-g32')).toThrow(/int8-g32 is not an MX or per-tensor/);
    expect(() => tensorScale(1, ELEMENT_TYPES.int8)).toThrow(/fp elements/);
    expect(formatOf('mxfp4').name).toBe('mxfp4');
    expect(formatOf('fp8-e5m2').name).toBe('fp8-e5m2');
  });

  it('roundToFp keeps the sign of zero, as roundToElement does', () => {
    expect(Object.is(roundToFp(-0, e4m3), -0)).toBe(true);
    expect(Object.is(roundToFp(-0, e4m3), roundToElement(-0, e4m3))).toBe(true);
    expect(Object.is(roundToFp(0, e4m3), 0)).toBe(true);
  });
});
