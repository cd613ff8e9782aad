// Quantization from explicit parameters (compiler/quant/explicit-params.ts, the QAT export's entry): the grids
// it builds are the range-based path's (the fused clamp folded into qmin/qmax the same way), bad parameters
// are QMOD014 naming the layer, weights round half to even on the given per-channel scales and clamp to the
// grid, and the binarization threshold T satisfies "q ≥ T ⇔ real value ≥ t" on every code of the grid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actQuantFromGrid, binarizeThreshold, binaryActQuant, explicitActQuant, quantizeWeightsWithScales } from '../../../compiler/quant/explicit-params.js';
import { PRESETS, type LayerQuantConfig } from '../../../compiler/quant/presets.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { outputMajorWeights } from '../../../compiler/quant/output-major-weights.js';
import { firstDiagnostic } from '../../user-error.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const base: LayerQuantConfig = PRESETS['w8a8']!.default;
const cfg = (o: Partial<LayerQuantConfig>): LayerQuantConfig => ({ ...base, ...o });
const qmod = (f: () => unknown, ...parts: string[]) => {
  const d = firstDiagnostic(f);
  expect(d.code).toBe('QMOD014');
  for (const p of parts) expect(d.message).toContain(p);
  return d;
};

describe('explicit activation grids', () => {
  it('fold the fused clamp into qmin/qmax as z + round(min/s), z + round(max/s), within the dtype range', () => {
    // u8, s = 0.1, z = 10, ReLU6: [10 + 0, 10 + 60].
    expect(actQuantFromGrid(0.1, 10, 0, 6, 8, false, 'L')).toEqual({ dtype: 'u8', scale: 0.1, zero: 10, qmin: 10, qmax: 70, offset: 0 });
    // No clamp: the dtype range; i4 signed.
    expect(actQuantFromGrid(0.5, 0, -Infinity, Infinity, 4, true, 'L')).toEqual({ dtype: 'i4', scale: 0.5, zero: 0, qmin: -8, qmax: 7, offset: 0 });
    // A clamp past the grid stays at the grid's ends; zero points at both ends of the range are accepted.
    expect(actQuantFromGrid(0.01, 0, -100, 100, 8, false, 'L')).toMatchObject({ qmin: 0, qmax: 255 });
    expect(actQuantFromGrid(0.01, 255, -100, 100, 8, false, 'L')).toMatchObject({ zero: 255, qmin: 0, qmax: 255 });
  });

  it('reject a scale that is not finite and > 0, and a zero point off the integers of the range, naming the layer', () => {
    for (const s of [0, -1, Number.NaN, Infinity]) qmod(() => actQuantFromGrid(s, 0, 0, 1, 8, false, 'conv3'), 'layer conv3', `explicit scale ${s}`);
    for (const z of [-1, 256, 1.5]) qmod(() => actQuantFromGrid(0.1, z, 0, 1, 8, false, 'conv3'), 'layer conv3', `zero point ${z}`, '[0, 255]');
    expect(firstDiagnostic(() => actQuantFromGrid(0.1, -1, 0, 1, 8, false, 'conv3')).node).toBe('conv3');
    qmod(() => actQuantFromGrid(0.1, 8, 0, 1, 4, true, 'conv3'), '[-8, 7]');
  });

  it('binary activations: threshold clamped into [lo, hi], codes ±1, zero 0; a non-finite threshold is rejected', () => {
    expect(binaryActQuant(0.5, 0.25, -1, 1, 'L')).toEqual({ dtype: 'b1', scale: 0.5, zero: 0, qmin: -1, qmax: 1, offset: 0.25 });
    expect(binaryActQuant(0.5, 3, -1, 1, 'L').offset).toBe(1);
    expect(binaryActQuant(0.5, -3, -1, 1, 'L').offset).toBe(-1);
    expect(qmod(() => binaryActQuant(0.5, Number.NaN, -1, 1, 'bin1'), 'layer bin1', 'threshold NaN').node).toBe('bin1');
    qmod(() => binaryActQuant(0, 0, -1, 1, 'bin1'), 'layer bin1', 'explicit scale 0');
  });

  it('explicitActQuant: binary outputs need an offset, multi-bit ones a zero point', () => {
    expect(explicitActQuant({ scale: 0.5, offset: 0.1 }, cfg({ actBits: 1 }), -1, 1, 'L')).toMatchObject({ dtype: 'b1', offset: 0.1 });
    expect(explicitActQuant({ scale: 0.1, zero: 3 }, cfg({ actBits: 8, actSigned: false }), 0, 6, 'L')).toMatchObject({ dtype: 'u8', zero: 3, qmin: 3, qmax: 63 });
    expect(explicitActQuant({ scale: 0.1, zero: 0 }, cfg({ actBits: 4, actSigned: true }), -Infinity, Infinity, 'L')).toMatchObject({ dtype: 'i4' });
    expect(qmod(() => explicitActQuant({ scale: 0.5, zero: 0 }, cfg({ actBits: 1 }), -1, 1, 'fc2'), 'layer fc2', 'binary outputs need an explicit threshold').node).toBe('fc2');
    expect(qmod(() => explicitActQuant({ scale: 0.5, offset: 0 }, cfg({ actBits: 4 }), -1, 1, 'fc2'), 'layer fc2', '4-bit outputs need an explicit zero point').node).toBe('fc2');
  });
});

describe('weights on explicit per-channel scales', () => {
  const w = makeTensor('f32', [2, 4], Float32Array.from([0.25, -0.75, 1.25, 100, 0, -0.5, 0.3, -100]));

  it('round half to even on each channel\'s scale and clamp to the grid (narrow int8: ±127)', () => {
    const q = quantizeWeightsWithScales(w, cfg({ weightBits: 8, narrowWeights: true, pow2: false }), Float64Array.from([0.5, 0.1]), 'L');
    expect(q.dtype).toBe('i8');
    expect(q.data).toBeInstanceOf(Int8Array);
    expect(Array.from(q.data)).toEqual([0, -2, 2, 127, 0, -5, 3, -127]);
    expect(Array.from(q.scale)).toEqual([0.5, 0.1]);
    const full = quantizeWeightsWithScales(w, cfg({ weightBits: 8, narrowWeights: false, pow2: false }), Float64Array.from([0.5, 0.1]), 'L');
    expect(full.data[7]).toBe(-128);
    const i4 = quantizeWeightsWithScales(w, cfg({ weightBits: 4, narrowWeights: true, pow2: false }), Float64Array.from([0.5, 0.1]), 'L');
    expect([i4.dtype, i4.data[3], i4.data[7]]).toEqual(['i4', 7, -8]); // narrow is for 8 bits and up
    const i16 = quantizeWeightsWithScales(w, cfg({ weightBits: 16, narrowWeights: false, pow2: false }), Float64Array.from([0.5, 0.001]), 'L');
    expect(i16.data).toBeInstanceOf(Int16Array);
    expect([i16.dtype, i16.data[3], i16.data[6], i16.data[7]]).toEqual(['i16', 200, 300, -32768]);
  });

  it('1 bit: the signs (0 → +1) with α = the given scales', () => {
    const q = quantizeWeightsWithScales(w, cfg({ weightBits: 1 }), Float64Array.from([0.5, 0.1]), 'L');
    expect(q.dtype).toBe('b1');
    expect(Array.from(q.data)).toEqual([1, -1, 1, 1, 1, -1, 1, -1]);
    expect(Array.from(q.scale)).toEqual([0.5, 0.1]);
    // α is a real per-channel factor (the range path's mean |w|), not a grid step: a pow2 config does not make it one
    const p2 = quantizeWeightsWithScales(w, cfg({ weightBits: 1, pow2: true }), Float64Array.from([0.5, 0.1]), 'L');
    expect(Array.from(p2.data)).toEqual(Array.from(q.data));
    expect(Array.from(p2.scale)).toEqual([0.5, 0.1]);
  });

  it('one scale per output channel, each finite and > 0, or QMOD014 naming the layer', () => {
    expect(qmod(() => quantizeWeightsWithScales(w, cfg({ weightBits: 8 }), Float64Array.from([0.5]), 'conv9'), 'layer conv9', '1 explicit weight scales for 2 output channels').node).toBe('conv9');
    qmod(() => quantizeWeightsWithScales(w, cfg({ weightBits: 8 }), Float64Array.from([0.5, -1]), 'conv9'), 'layer conv9 weights', 'explicit scale -1');
  });
});

describe('binarization threshold', () => {
  it('q ≥ T ⇔ s·(q − z) ≥ t (t clamped into the grid\'s real range) on every code, for random grids and thresholds', () => {
    const arb = fc.record({
      bits: fc.constantFrom(4, 8), signed: fc.boolean(), zeroFrac: fc.double({ min: 0, max: 1, noNaN: true }),
      scale: fc.double({ min: 1e-3, max: 4, noNaN: true }), t: fc.double({ min: -600, max: 600, noNaN: true }), beta: fc.double({ min: 1e-3, max: 2, noNaN: true }),
    });
    let clampedLow = 0;
    let clampedHigh = 0;
    fc.assert(fc.property(arb, ({ bits, signed, zeroFrac, scale, t, beta }) => {
      const lo = signed ? -(2 ** (bits - 1)) : 0;
      const hi = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
      const zero = signed ? 0 : Math.round(lo + zeroFrac * (hi - lo));
      const x = actQuantFromGrid(scale, zero, -Infinity, Infinity, bits, signed, 'L');
      const { threshold, quant } = binarizeThreshold(x, t, beta, 'L');
      const tc = Math.min(scale * (hi - zero), Math.max(scale * (lo - zero), t));
      expect(quant).toMatchObject({ dtype: 'b1', scale: beta, offset: tc });
      expect(threshold).toBeGreaterThanOrEqual(lo);
      expect(threshold).toBeLessThanOrEqual(hi);
      const wrong: number[] = [];
      for (let q = lo; q <= hi; q++) if ((q >= threshold) !== (scale * (q - zero) >= tc)) wrong.push(q);
      expect(wrong).toEqual([]);
      if (t < scale * (lo - zero)) clampedLow++;
      if (t > scale * (hi - zero)) clampedHigh++;
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
    expect(clampedLow).toBeGreaterThan(0);
    expect(clampedHigh).toBeGreaterThan(0);
  });
});

describe('output-major ConvTranspose weights', () => {
  it('W\'[g·coutG + o, c, tap] = W[g·cinG + c, o, tap] for every index, grouped or not', () => {
    for (const [cin, coutG, groups, kernel] of [[2, 3, 1, [2, 2]], [4, 3, 2, [1, 3]], [6, 1, 3, [2]]] as const) {
      const k = (kernel as readonly number[]).reduce((a, b) => a * b, 1);
      const n = cin * coutG * k;
      const w = makeTensor('f32', [cin, coutG, ...kernel], Float32Array.from({ length: n }, (_, i) => i + 1));
      const out = outputMajorWeights(w, groups);
      const cinG = cin / groups;
      expect(out.type.shape).toEqual([coutG * groups, cinG, ...kernel]);
      const got = out.data as Float32Array;
      for (let g = 0; g < groups; g++) for (let o = 0; o < coutG; o++) for (let c = 0; c < cinG; c++) for (let t = 0; t < k; t++) {
        expect(got[((g * coutG + o) * cinG + c) * k + t]).toBe(w.data[((g * cinG + c) * coutG + o) * k + t]);
      }
    }
  });
});
