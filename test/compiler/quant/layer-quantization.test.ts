// foldBias: the zero-point fold and rounding on hand-computed numbers, int32 saturation, and the i64 bias
// that accumulators wider than 32 bits get (w16a16's tiny s_x·s_w make biases far larger than int32).
// quantizeWeights (min-max grids, binary α), activation parameters and the requantization multipliers.
import { describe, expect, it } from 'vitest';
import {
  type ActQuant, type WeightQuant, accumulatorWeights, activationParams, foldBias, gridActQuant, quantizeWeights, requantMultipliers,
} from '../../../compiler/quant/layer-quantization.js';
import { quantizeMultiplier } from '../../../compiler/quant/multiplier.js';
import { UserError } from '../../../core/diagnostics.js';
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

  it('a b1 input folds its offset: round((b + offset·s_w·Σ W) / (s_x s_w))', () => {
    // channel 0: (0.3 + 0.25·0.5·6) / (0.5·0.5) = 4.2 → 4; channel 1: (−0.2 + 0.25·0.25·(−5)) / (0.5·0.25) = −4.1 → −4
    const x: ActQuant = { dtype: 'b1', scale: 0.5, zero: 0, qmin: -1, qmax: 1, offset: 0.25 };
    expect(Array.from(foldBias(Float32Array.from([0.3, -0.2]), w, x, act(1, 0)).bias as Int32Array)).toEqual([4, -4]);
  });

  it('counts exactly the values outside [−2^31, 2^31 − 1] (the limits themselves fit)', () => {
    // b = ±2^31 with Σ W = ±1 and s_x s_w = 1, so v = ±(2^31 − z_x): z_x = 1 gives the limits, 0 and −1 values past them.
    const unit: WeightQuant = { dtype: 'i8', data: Int8Array.from([1, -1]), scale: Float64Array.from([1, 1]) };
    const fold = (z: number) => foldBias(Float32Array.from([2 ** 31, -(2 ** 31)]), unit, act(1, z), act(1, 0));
    expect(fold(1)).toEqual({ bias: Int32Array.from([2 ** 31 - 1, -(2 ** 31) + 1]), saturated: 0 });
    expect(fold(0)).toEqual({ bias: Int32Array.from([2 ** 31 - 1, -(2 ** 31)]), saturated: 1 });
    expect(fold(-1)).toEqual({ bias: Int32Array.from([2 ** 31 - 1, -(2 ** 31)]), saturated: 2 });
  });

  it('saturates a wide accumulator\'s bias at that accumulator\'s width', () => {
    // 1e6 / (1e-9 · 0.5) = 2e15, beyond a 40-bit accumulator.
    const { bias, saturated } = foldBias(Float32Array.from([1e6, -1e6]), w, act(1e-9, 0), act(1, 0), 40);
    expect([Array.from(bias as BigInt64Array, Number), saturated]).toEqual([[2 ** 39 - 1, -(2 ** 39)], 2]);
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

describe("the 'mse' weight clip search: grids and rows", () => {
  // A row of −1 and 20 copies of every positive level of the grid clipped at r (k·r/qmax): the search clips
  // there, and −1 goes to the grid's bottom: −qmax on a narrow grid, −qmax − 1 on a full one.
  const onGrid = (bits: number, r: number) => {
    const q = 2 ** (bits - 1) - 1;
    return Float32Array.from([-1, ...Array.from({ length: 20 * q }, (_, j) => (((j % q) + 1) * r) / q)]);
  };
  const mse = (bits: LayerQuantConfig['weightBits'], narrowWeights: boolean, perChannel = true): LayerQuantConfig => ({ ...base, weightBits: bits, narrowWeights, weightRange: 'mse', perChannel });
  const one = (row: Float32Array) => weight(1, [...row]);

  it('narrows the grid only for 8-bit and wider weights that ask for it', () => {
    const bottom = (bits: 4 | 8, narrow: boolean) => Math.min(...quantizeWeights(one(onGrid(bits, bits === 8 ? 0.98 : 0.9)), mse(bits, narrow), 'w').data);
    expect([bottom(8, true), bottom(8, false), bottom(4, true), bottom(4, false)]).toEqual([-127, -128, -8, -8]);
  });

  it('group-wise scales narrow the grid by the same rule', () => {
    const bottom = (bits: 4 | 8, narrow: boolean) => Math.min(...quantizeWeights(one(onGrid(bits, bits === 8 ? 0.98 : 0.9)), { ...mse(bits, narrow), weightGroup: 32 }, 'w').data);
    expect([bottom(8, true), bottom(8, false), bottom(4, true), bottom(4, false)]).toEqual([-127, -128, -8, -8]);
  });

  it('keeps max |w| when the row is on its grid, and searches each channel on its own row', () => {
    const exact = Float32Array.from([1, ...Array.from({ length: 140 }, (_, j) => ((j % 7) - 3) / 7)]);
    expect(quantizeWeights(one(exact), mse(4, false), 'w').scale[0]).toBe(1 / 7);
    // Row 1 alone clips at half its max; searched over rows 0 and 1 it would not (row 0's values are 10 times larger).
    const rows = [exact, onGrid(4, 0.5).map((v) => v / 10), onGrid(4, 0.9)];
    const alone = rows.map((r) => quantizeWeights(one(r), mse(4, false), 'w').scale[0]);
    expect(Array.from(quantizeWeights(weight(3, rows.flatMap((r) => [...r])), mse(4, false), 'w').scale)).toEqual(alone);
  });

  it('stores 2-bit weights as i2', () => {
    expect(quantizeWeights(weight(1, [0.5, -1]), { ...base, weightBits: 2, narrowWeights: false }, 'w').dtype).toBe('i2');
  });
});

/** The first diagnostic of the UserError `f` throws. */
function diagnosticOf(f: () => unknown): { code: string; message: string; node?: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).diagnostics[0]!;
  }
  throw new Error('expected a UserError');
}

const weight = (rows: number, values: number[]): Tensor => ({ type: { dtype: 'f32', shape: [rows, values.length / rows] }, data: Float32Array.from(values) });
const base = PRESETS['w8a8-pc']!.default;

describe('quantizeWeights', () => {
  it('min-max int8: scale max|w| / 127 per channel (narrow), or one for the tensor repeated per channel', () => {
    // Dyadic values, exact in float32: row 0 max 127/64 (s = 1/64), row 1 max 127/32 (s = 1/32).
    const w = weight(2, [127 / 64, -63.5 / 64, 10 / 64, 127 / 32, 0, -63.5 / 32]);
    const pc = quantizeWeights(w, base, 'fc');
    expect(pc.dtype).toBe('i8');
    expect(Array.from(pc.scale)).toEqual([1 / 64, 1 / 32]);
    expect(Array.from(pc.data)).toEqual([127, -64, 10, 127, 0, -64]); // −63.5 → −64 (half to even)
    const pt = quantizeWeights(w, { ...base, perChannel: false }, 'fc');
    expect(Array.from(pt.scale)).toEqual([1 / 32, 1 / 32]);
    expect(Array.from(pt.data)).toEqual([64, -32, 5, 127, 0, -64]); // 63.5 → 64, −31.75 → −32
  });

  it('binary: the signs (0 → +1) and α = mean |w| per channel or over the tensor; an all-zero weight keeps α = 1', () => {
    const cfg = PRESETS['binary']!.default;
    const w = weight(2, [0.5, -1.5, 0, 2, -2, 2]);
    const q = quantizeWeights(w, cfg, 'b');
    expect(q.dtype).toBe('b1');
    expect(Array.from(q.data)).toEqual([1, -1, 1, 1, -1, 1]);
    expect(Array.from(q.scale)).toEqual([2 / 3, 2]);
    expect(Array.from(quantizeWeights(w, { ...cfg, perChannel: false }, 'b').scale)).toEqual([8 / 6, 8 / 6]);
    expect(Array.from(quantizeWeights(weight(2, [0, 0, 1, -3]), cfg, 'b').scale)).toEqual([1, 2]);
    expect(Array.from(quantizeWeights(weight(2, [0, 0, 0, 0]), { ...cfg, perChannel: false }, 'b').scale)).toEqual([1, 1]);
  });

  it('NaN or infinity is QNT006 naming the layer and the element', () => {
    expect(diagnosticOf(() => quantizeWeights(weight(1, [1, Number.NaN]), base, 'conv3'))).toEqual({
      code: 'QNT006', node: 'conv3', message: 'layer conv3: weight element 1 is NaN; cannot quantize NaN or infinity',
    });
  });

  it('the accumulator multiplies x by the integers, or by mult · q with group-wise scales', () => {
    const data = Int8Array.from([1, -2, 3, 4]);
    expect(accumulatorWeights({ dtype: 'i8', data, scale: Float64Array.from([1]) })).toBe(data);
    const layout = { size: 2, count: 2, groupOf: Int32Array.from([0, 0, 1, 1]) };
    const grouped = accumulatorWeights({ dtype: 'i8', data, scale: Float64Array.from([1]), group: { layout, mult: Uint8Array.from([3, 5]) } });
    expect(Array.from(grouped)).toEqual([3, -6, 15, 20]);
  });
});

describe('activation parameters', () => {
  it('multi-bit: the min-max grid of the range, the fused clamp in qmin/qmax (ReLU6 → z + round(6/s))', () => {
    // The range [−1, 12.75] cut by the clamp [0, 6]: u8 over [0, 6], z = 0, qmax = round(6 / s) = 255.
    const a = activationParams({ min: -1, max: 12.75 }, 0, 6, base, false, 'c');
    expect(a).toEqual({ dtype: 'u8', scale: 6 / 255, zero: 0, qmin: 0, qmax: 255, offset: 0 });
    expect(gridActQuant(0.5, 3, -1, 1, 4, true)).toEqual({ dtype: 'i4', scale: 0.5, zero: 3, qmin: 1, qmax: 5, offset: 0 });
    // An unbounded clamp leaves the full range; a clamp past it is cut to the range.
    expect(gridActQuant(0.5, 3, -Infinity, Infinity, 4, true)).toMatchObject({ qmin: -8, qmax: 7 });
    expect(gridActQuant(0.5, 3, -100, 100, 4, true)).toMatchObject({ qmin: -8, qmax: 7 });
  });

  it('b1: threshold = mean clamped into the range, β = std·√(2/π), else half the range; a zero β is 1', () => {
    const cfg = PRESETS['binary']!.default;
    expect(activationParams({ min: -1, max: 3, mean: 0.5, std: 2 }, -Infinity, Infinity, cfg, false, 'b'))
      .toEqual({ dtype: 'b1', scale: 2 * Math.sqrt(2 / Math.PI), zero: 0, qmin: -1, qmax: 1, offset: 0.5 });
    expect(activationParams({ min: -1, max: 3, mean: 9 }, -Infinity, Infinity, cfg, false, 'b')).toMatchObject({ scale: 2, offset: 3 });
    expect(activationParams({ min: -1, max: 3, mean: -9 }, -Infinity, Infinity, cfg, false, 'b')).toMatchObject({ offset: -1 });
    expect(activationParams({ min: -1, max: 3 }, 0, Infinity, cfg, false, 'b')).toMatchObject({ scale: 1.5, offset: 1.5 });
    expect(activationParams({ min: 2, max: 2, std: 0 }, -Infinity, Infinity, cfg, false, 'b')).toMatchObject({ scale: 1, offset: 2 });
  });

  it('a range the fused clamp empties (or not finite) is QMOD004 naming the layer', () => {
    expect(diagnosticOf(() => activationParams({ min: -3, max: -1 }, 0, 6, base, false, 'relu1'))).toEqual({
      code: 'QMOD004', node: 'relu1', message: 'layer relu1: activation range [-3, -1] is not finite or empty after the fused clamp',
    });
    expect(diagnosticOf(() => activationParams({ min: 0, max: Infinity }, -Infinity, Infinity, base, false, 'x')).code).toBe('QMOD004');
    expect(diagnosticOf(() => activationParams({ min: -Infinity, max: 1 }, -Infinity, Infinity, base, false, 'x')).code).toBe('QMOD004');
  });
});

describe('requantMultipliers', () => {
  const y = (dtype: ActQuant['dtype'], scale: number): ActQuant => ({ dtype, scale, zero: 0, qmin: -128, qmax: 127, offset: 0 });

  it('one quantized multiplier of s_x·s_w[n]/s_y per channel', () => {
    const sW = Float64Array.from([0.01, 0.003]);
    const r = requantMultipliers(0.2, sW, y('i8', 0.05), false, 'fc');
    const q = [0, 1].map((n) => quantizeMultiplier((0.2 * sW[n]!) / 0.05));
    expect(Array.from(r.m0)).toEqual(q.map((x) => x.m0));
    expect(Array.from(r.shift)).toEqual(q.map((x) => x.shift));
  });

  it('pow2: m0 = 2^30 and the shift is log2 M exactly; M not 2^e with |e| ≤ 31 is QNT005', () => {
    const r = requantMultipliers(0.25, Float64Array.from([2 ** -7, 2 ** -3]), y('i8', 2 ** -4), true, 'fc');
    expect(Array.from(r.m0)).toEqual([2 ** 30, 2 ** 30]);
    expect(Array.from(r.shift)).toEqual([-5, -1]);
    expect(Array.from(requantMultipliers(1, Float64Array.from([2 ** -31, 2 ** 31]), y('i8', 1), true, 'fc').shift)).toEqual([-31, 31]);
    for (const sW of [0.3, 2 ** -32, 2 ** 32]) {
      const d = diagnosticOf(() => requantMultipliers(1, Float64Array.from([sW]), y('i8', 1), true, 'fc'));
      expect(d).toEqual({ code: 'QNT005', node: 'fc', message: `layer fc: pow2 requantization needs M = s_x·s_w/s_y to be 2^e with |e| ≤ 31, got ${sW} (is the input scale a power of two?)` });
    }
  });

  it('a b1 output has no requantization: zeros', () => {
    const r = requantMultipliers(0.3, Float64Array.from([0.1, 0.2]), y('b1', 1), false, 'b');
    expect([...r.m0, ...r.shift]).toEqual([0, 0, 0, 0]);
  });

  it('names the layer when a multiplier is bad', () => {
    expect(diagnosticOf(() => requantMultipliers(1, Float64Array.from([2 ** 40]), y('i8', 1), false, 'fc')).message).toContain('layer fc multiplier');
  });
});
