// The group-wise weight quantizer (compiler/quant/group-weights.ts): m in [1, 255], the largest group at
// 255, q re-quantized with the effective scale s_n·m, reconstruction within half a step where the grid
// reaches, MSE groups no worse than min-max, all-zero rows; and the fold of foldBias with group weights.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupScale, quantizeGroupWeights } from '../../../compiler/quant/group-weights.js';
import { weightGroupLayout } from '../../../core/weight-groups.js';
import { roundHalfEven } from '../../../core/rounding.js';
import { foldBias, quantizeWeights } from '../../../compiler/quant/layer-quantization.js';
import { PRESETS, checkLayerConfig } from '../../../compiler/quant/presets.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { firstDiagnostic } from '../../user-error.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const weights = (k: number) => fc.array(fc.float({ min: -4, max: 4, noNaN: true, noDefaultInfinity: true }), { minLength: k, maxLength: k });
const G4 = PRESETS['w4a8-g32']!.default;

describe('quantizeGroupWeights', () => {
  it('m ∈ [1, 255] with 255 on the largest group; q = clamp(round(w / (s·m))); error ≤ s·m/2 inside the grid', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 150 }), fc.constantFrom(32, 64), fc.constantFrom(4, 8), fc.constantFrom('minmax', 'mse'), fc.integer(), (rows, k, G, bits, range, seed) => {
      let s0 = seed >>> 0;
      const data = Float32Array.from({ length: rows * k }, () => {
        s0 = (Math.imul(s0, 1664525) + 1013904223) >>> 0;
        // Groups of very different magnitudes: the multipliers then span their range.
        return ((s0 / 2 ** 32) - 0.5) * 2 ** ((s0 % 7) - 3);
      });
      const layout = weightGroupLayout([rows, k], G);
      const g = quantizeGroupWeights(data, rows, layout, bits, false, range as 'minmax' | 'mse');
      const qmax = 2 ** (bits - 1) - 1;
      for (let n = 0; n < rows; n++) {
        const ms = [...g.mult.subarray(n * layout.count, (n + 1) * layout.count)];
        expect(ms.every((m) => m >= 1 && m <= 255)).toBe(true);
        const rowZero = data.subarray(n * k, (n + 1) * k).every((v) => v === 0);
        if (!rowZero) expect(Math.max(...ms)).toBe(255);
        for (let i = 0; i < k; i++) {
          const w = data[n * k + i]!;
          const eff = g.scale[n]! * g.mult[n * layout.count + layout.groupOf[i]!]!;
          const q = g.q[n * k + i]!;
          expect(q).toBe(Math.min(qmax, Math.max(-qmax - 1, roundHalfEven(w / eff))));
          if (Math.abs(w) <= qmax * eff) expect(Math.abs(w - eff * q)).toBeLessThanOrEqual(eff / 2 * (1 + 1e-12));
        }
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });

  it('min-max: σ = max |w| / qmax (the largest weight lands on ±qmax); an all-zero group has σ = 0', () => {
    expect(groupScale([0.5, -1.75, 1], -8, 7, 'minmax')).toBe(0.25);
    expect(groupScale([0.5, -1.75, 1], -128, 127, 'minmax')).toBe(1.75 / 127);
    for (const range of ['minmax', 'mse'] as const) expect(groupScale([0, -0], -8, 7, range)).toBe(0);
  });

  it('the MSE search keeps the first (larger) of equally good scales', () => {
    const err = (v: readonly number[], s: number, qmin: number, qmax: number) => v.reduce((e, x) => e + (x - s * Math.min(qmax, Math.max(qmin, roundHalfEven(x / s)))) ** 2, 0);
    const cand = (maxAbs: number, i: number, qmax: number) => (maxAbs * (1 - 0.02 * i)) / qmax;
    // On the 2-bit grid [−2, 1] −1.75 is exact at 1.75 (q = −1) and at 0.875 (i = 25, q = −2).
    expect(err([-1.75], cand(1.75, 25, 1), -2, 1)).toBe(0);
    expect(groupScale([-1.75], -2, 1, 'mse')).toBe(1.75);
    // A tie of two finite errors: i = 12 and 13 give the same squared error, and it is the least.
    const v = [-0.0625, 0.125];
    expect(err(v, cand(0.125, 12, 1), -2, 1)).toBe(err(v, cand(0.125, 13, 1), -2, 1));
    expect(groupScale(v, -2, 1, 'mse')).toBe(cand(0.125, 12, 1));
    // Every candidate ties when the squared errors overflow to Infinity: the first, max|w| / qmax, is kept.
    expect(err([1e200, 3e199], cand(1e200, 0, 7), -7, 7)).toBe(Infinity);
    expect(groupScale([1e200, 3e199], -7, 7, 'mse')).toBe(1e200 / 7);
  });

  it('the MSE group scale is never worse than min-max on the group', () => {
    fc.assert(fc.property(weights(32), (values) => {
      const err = (s: number) => values.reduce((e, v) => e + (s === 0 ? v * v : (v - s * Math.min(7, Math.max(-8, roundHalfEven(v / s)))) ** 2), 0);
      expect(err(groupScale(values, -8, 7, 'mse'))).toBeLessThanOrEqual(err(groupScale(values, -8, 7, 'minmax')) * (1 + 1e-12));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });

  it('an all-zero row is q = 0, m = 1, s = 1; a zero group inside a row gets m = 1', () => {
    const data = new Float32Array(64);
    data.fill(0.5, 32);
    const g = quantizeGroupWeights(data, 2, weightGroupLayout([2, 32], 32), 4, false, 'minmax');
    expect([...g.mult]).toEqual([1, 255]);
    expect(g.scale[0]).toBe(1);
    expect([...g.q.subarray(0, 32)].every((q) => q === 0)).toBe(true);
    expect([...g.q.subarray(32)].every((q) => q === 7)).toBe(true);
  });

  it('the zero-point fold is exact: bias + Σ x·(m·q) = round(b/(s_x·s_n)) + Σ_g m·Σ_{k∈g} (x − z)·q', () => {
    fc.assert(fc.property(weights(2 * 3 * 3 * 40), fc.integer({ min: 1, max: 255 }), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 360, maxLength: 360 }), (w, z, x) => {
      const t = makeTensor('f32', [2, 40, 3, 3], Float32Array.from(w));
      const wq = quantizeWeights(t, G4, 'L');
      const act = { dtype: 'u8' as const, scale: 0.02, zero: z, qmin: 0, qmax: 255, offset: 0 };
      const b = Float32Array.from([0.3, -1.7]);
      const { bias } = foldBias(b, wq, act, act);
      const layout = weightGroupLayout([2, 40, 3, 3], 32);
      for (let n = 0; n < 2; n++) {
        let lhs = BigInt(bias[n] as number);
        const perGroup = new Map<number, bigint>();
        for (let i = 0; i < 360; i++) {
          const m = BigInt(wq.group!.mult[n * layout.count + layout.groupOf[i]!]!);
          const q = BigInt(wq.data[n * 360 + i]!);
          lhs += BigInt(x[i]!) * m * q;
          perGroup.set(layout.groupOf[i]!, (perGroup.get(layout.groupOf[i]!) ?? 0n) + BigInt(x[i]! - z) * q);
        }
        let rhs = BigInt(roundHalfEven(b[n]! / (act.scale * wq.scale[n]!)));
        for (const [g, p] of perGroup) rhs += BigInt(wq.group!.mult[n * layout.count + g]!) * p;
        expect(lhs).toBe(rhs);
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(30) });
  });

  it('refuses combinations it does not support (QCFG004)', () => {
    expect(firstDiagnostic(() => checkLayerConfig({ ...G4, weightBits: 2 }, 'L')).code).toBe('QCFG004');
    expect(firstDiagnostic(() => checkLayerConfig({ ...G4, perChannel: false }, 'L')).code).toBe('QCFG004');
    expect(firstDiagnostic(() => checkLayerConfig({ ...G4, pow2: true }, 'L')).code).toBe('QCFG004');
    expect(firstDiagnostic(() => checkLayerConfig({ ...G4, weightFormat: 'log' }, 'L')).code).toBe('QCFG004');
    expect(() => checkLayerConfig(PRESETS['w8a8-g128']!.default, 'L')).not.toThrow();
  });
});
