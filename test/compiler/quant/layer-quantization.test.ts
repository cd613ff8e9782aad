// foldBias: the zero-point fold and rounding on hand-computed numbers, int32 saturation, and the i64 bias
// that accumulators wider than 32 bits get (w16a16's tiny s_x·s_w make biases far larger than int32).
import { describe, expect, it } from 'vitest';
import { type ActQuant, type WeightQuant, foldBias } from '../../../compiler/quant/layer-quantization.js';

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
