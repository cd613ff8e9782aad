// foldBias: the zero-point fold and rounding on hand-computed numbers, int32 saturation, and the i64 bias
// that accumulators wider than 32 bits get (w16a16's tiny s_x·s_w make biases far larger than int32).
import { describe, expect, it } from 'vitest';
import { type ActQuant, type WeightQuant, foldBias, quantizeWeights } from '../../../compiler/quant/layer-quantization.js';
import { logScale } from '../../../compiler/quant/log-weights.js';
import { type LayerQuantConfig, PRESETS } from '../../../compiler/quant/presets.js';
import type { Tensor } from '../../../compiler/ir/tensor.js';

const act = (scale: number, zero: number): ActQuant => ({ dtype: 'u8', scale, zero, qmin: 0, qmax: 255, offset: 0 });

describe('foldBias', () => {
  const w: WeightQuant = { dtype: 'i8', data: Int8Array.from([1, 2, 3, -4, 5, -6]), scale: Float64Array.from([0.5, 0.25]) };

  it('folds the zero point exactly: round(b/(s_x s_w)) − z_x Σ W_int', () => {
    // channel 0: Σ W = 6, b/(s_x s_w) = 0.3/(0.1·0.5) = 6 → 6 − 10·6 = −54
    // channel 1: Σ W = −5, −0.2/(0.1·0.25) = −8 → −8 − 10·(−5) = 42
    const { bias, saturated } = foldBias(Float32Array.from([0.3, -0.2]), w, act(0.1, 10), act(1, 0));
    expect(bias).toBeInstanceOf(Int32Array);
    expect(Array.from(bias as Int32Array)).toEqual([-54, 42]);
    expect(saturated).toBe(0);
  });

  it('saturates to int32 and counts the channels that did not fit', () => {
    const { bias, saturated } = foldBias(Float32Array.from([1e6, -1e6]), w, act(1e-5, 0), act(1, 0));
    expect(Array.from(bias as Int32Array)).toEqual([2147483647, -2147483648]);
    expect(saturated).toBe(2);
  });

  it('gives wide accumulators an exact i64 bias, saturated only at their own width', () => {
    // 1e6 / (1e-5 · 0.5) = 2e11, beyond int32, inside a 48-bit accumulator.
    const { bias, saturated } = foldBias(Float32Array.from([1e6, -1e6]), w, act(1e-5, 0), act(1, 0), 48);
    expect(bias).toBeInstanceOf(BigInt64Array);
    expect(saturated).toBe(0);
    const v = Array.from(bias as BigInt64Array, Number);
    expect(v[0]).toBe(Math.round(1e6 / (1e-5 * 0.5)));
    expect(v[1]).toBe(Math.round(-1e6 / (1e-5 * 0.25)));
  });
});

describe("the 'mse' weight clip search", () => {
  // Rows whose best clip is the last candidate, 0.3·max|w|: one outlier at 1 and 1,000 copies of every level
  // the grid clipped at 0.3 has, so only the outlier errs ((1 − 0.3)² = 0.49) while any other clip misses
  // thousands of levels. A search that stops short of 0.3 (the float loop 1 − 0.02·i once ended at 0.32)
  // picks another clip.
  const rowOf = (levels: number[]) => Float32Array.from([1, ...levels.flatMap((v) => Array.from({ length: 1000 }, () => v))]);

  it('tries the clipping ratio 0.3 of the integer grid', () => {
    const row = rowOf([1, 2, 3, 4, 5, 6, 7].map((k) => (k * 0.3) / 7));
    const tensor = { type: { dtype: 'f32', shape: [1, row.length] }, data: row } as unknown as Tensor;
    const cfg: LayerQuantConfig = { ...PRESETS['w4a8']!.default, weightRange: 'mse', perChannel: true };
    expect(quantizeWeights(tensor, cfg, 'row').scale[0]! * 7).toBeCloseTo(0.3, 6);
  });

  it('tries the clipping ratio 0.3 of the log grid', () => {
    // Log levels are ±2^e · s with 0 ≤ e ≤ 6: clipped at 0.3, s = 0.3/64 and every 0.3/2^j is a level; a
    // clip of 0.6 keeps them all but the smallest, so that one is weighted 50-fold.
    const row = rowOf([0, 1, 2, 3, 4, 5, ...Array.from({ length: 50 }, () => 6)].map((j) => 0.3 / 2 ** j));
    expect(logScale(row, 'mse') * 64).toBeCloseTo(0.3, 6);
  });
});
