// Quantize / dequantize / fake-quantize and parameters from a range: hand-computed values and properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns, PROPERTY_SEED } from '../../property-runs.js';
import { UserError } from '../../../core/diagnostics.js';
import { makeQuantParams } from '../../../compiler/quant/quant-params.js';
import {
  activationRange,
  dequantizeTensor,
  dequantizeValue,
  fakeQuantizeTensor,
  fakeQuantizeValue,
  paramsFromChannelRanges,
  paramsFromRange,
  quantizeTensor,
  quantizeValue,
  quantizeWithParams,
} from '../../../compiler/quant/quantize-tensor.js';
import { isPowerOfTwo } from '../../../compiler/quant/multiplier.js';

const opts = { seed: PROPERTY_SEED, numRuns: propertyRuns(1000) };

describe('quantizeTensor / dequantizeTensor', () => {
  it('per-tensor u8, hand-computed (half-even ties, clamping)', () => {
    const p = makeQuantParams({ bits: 8, signed: false, scale: 0.5, zeroPoint: 3 });
    const x = [0, 1.25, 0.75, -1.75, -0.25, 200, -200, 1.0];
    // x/s = 0, 2.5→2, 1.5→2, −3.5→−4, −0.5→−0, 400, −400, 2 ; + 3 ; clamp [0, 255]
    expect(Array.from(quantizeTensor(x, [8], p))).toEqual([3, 5, 5, 0, 3, 255, 0, 5]);
    expect(Array.from(dequantizeTensor(Int32Array.from([3, 5, 0, 255]), [4], p))).toEqual([0, 1, -1.5, 126]);
  });

  it('per-channel along axis 0 and axis 1', () => {
    const p0 = makeQuantParams({ bits: 8, signed: true, scale: [1, 0.25], axis: 0 });
    expect(Array.from(quantizeTensor([1.4, 2.5, -3.5, 0.375, 0.625, -0.875], [2, 3], p0))).toEqual([1, 2, -4, 2, 2, -4]);
    const p1 = makeQuantParams({ bits: 4, signed: true, scale: [1, 2, 4], zeroPoint: [0, 1, -1], axis: 1 });
    // column c: round(x/s_c) + z_c, clamped to [−8, 7]
    expect(Array.from(quantizeTensor([3, 3, 3, 100, -100, 6], [2, 3], p1))).toEqual([3, 3, 0, 7, -8, 1]);
    expect(Array.from(dequantizeTensor(Int32Array.from([3, 3, 0, 7, -8, 1]), [2, 3], p1))).toEqual([3, 4, 4, 7, -18, 8]);
  });

  it('binary params take the sign (0 → +1)', () => {
    const p = makeQuantParams({ bits: 1, signed: true, scale: 0.5 });
    expect(Array.from(quantizeTensor([0.3, -0.1, 0, -0, -7], [5], p))).toEqual([1, -1, 1, 1, -1]);
    expect(Array.from(fakeQuantizeTensor([0.3, -0.1], [2], p))).toEqual([0.5, -0.5]);
  });

  it('a narrow INT2 grid [−1, 1] is uniform, not binary', () => {
    const p = makeQuantParams({ bits: 2, signed: true, narrow: true, scale: 1 });
    expect(Array.from(quantizeTensor([0.2, -0.9, 5], [3], p))).toEqual([0, -1, 1]);
  });

  it('NaN or infinity → QNT006 naming the tensor and element', () => {
    const p = makeQuantParams({ bits: 8, signed: true, scale: 1 });
    try {
      quantizeTensor([0, 1, Number.NaN], [3], p, 'act3');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      const d = (e as UserError).diagnostics[0]!;
      expect(d.code).toBe('QNT006');
      expect(d.message).toBe('tensor act3: element 2 is NaN; cannot quantize NaN or infinity');
    }
    expect(() => quantizeTensor([Infinity], [1], p)).toThrow(/QNT006/);
  });

  it('data length and shape must agree (QNT004)', () => {
    const p = makeQuantParams({ bits: 8, signed: true, scale: 1 });
    expect(() => quantizeTensor([1, 2], [3], p, 'x')).toThrow(/QNT004/);
  });

  it('quantize → dequantize error ≤ s/2 inside the representable range', () => {
    const setting = fc.record({
      bits: fc.integer({ min: 2, max: 16 }),
      signed: fc.boolean(),
      symmetric: fc.boolean(),
      lo: fc.double({ min: -1000, max: 0, noNaN: true }),
      hi: fc.double({ min: 0, max: 1000, noNaN: true }),
      t: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(setting, ({ bits, signed, symmetric, lo, hi, t }) => {
        const p = paramsFromRange(lo, hi, { bits, signed, symmetric });
        const s = p.scale[0]!;
        const z = p.zeroPoint[0]!;
        const x = s * (p.qmin - z) + t * s * (p.qmax - p.qmin); // a point of the representable interval
        const err = Math.abs(fakeQuantizeValue(x, s, z, p.qmin, p.qmax) - x);
        return err <= (s / 2) * (1 + 1e-9);
      }),
      opts,
    );
  });
});

describe('the tensor loops against the per-element reference', () => {
  // Values (given the element's scale s): random, exact ties (n + 1/2 steps), ±0, the 2^51-step edge of the
  // fast rounding and beyond, past the clamp; scales random or powers of two (where half steps are exact).
  const value = fc.oneof(
    fc.double({ min: -300, max: 300, noNaN: true }).map((t) => (s: number) => t * s),
    fc.integer({ min: -300, max: 300 }).map((n) => (s: number) => (n + 0.5) * s),
    fc.constantFrom(2 ** 51, -(2 ** 51), 2 ** 51 + 1, 2 ** 51 - 0.5, 2 ** 52, -(2 ** 60)).map((t) => (s: number) => t * s),
    fc.constantFrom(0, -0, 1e300, -Number.MAX_VALUE).map((x) => () => x),
  );
  const setting = fc.record({
    bits: fc.constantFrom(1, 2, 4, 8, 16, 31),
    signed: fc.boolean(),
    perChannel: fc.boolean(),
    scales: fc.array(fc.oneof(fc.double({ min: 1e-6, max: 10, noNaN: true }), fc.integer({ min: -20, max: 20 }).map((e) => 2 ** e)), { minLength: 3, maxLength: 3 }),
    zeros: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 3, maxLength: 3 }),
  });

  it('property: quantizeTensor and fakeQuantizeTensor give quantizeWithParams and dequantizeValue of it, element by element', () => {
    fc.assert(
      fc.property(setting, fc.array(value, { minLength: 12, maxLength: 12 }), ({ bits, signed, perChannel, scales, zeros }, values) => {
        const binary = bits === 1;
        const zeroPoint = binary || !signed ? 0 : perChannel ? zeros : zeros[0]!;
        const p = makeQuantParams({ bits, signed: signed || binary, scale: perChannel ? scales : scales[0]!, zeroPoint, ...(perChannel ? { axis: 1 } : {}) });
        // A [4, 3] tensor: with per-channel params the channel is the column.
        const channel = (i: number) => (perChannel ? i % 3 : 0);
        const data = values.map((x, i) => x(p.scale[channel(i)]!));
        const q = quantizeTensor(data, [4, 3], p);
        const fq = fakeQuantizeTensor(data, [4, 3], p);
        data.forEach((x, i) => {
          const want = quantizeWithParams(x, p, channel(i));
          expect(q[i]).toBe(want);
          expect(fq[i]).toBe(Math.fround(dequantizeValue(want, p.scale[channel(i)]!, p.zeroPoint[channel(i)]!)));
        });
      }),
      { ...opts, numRuns: propertyRuns(500) },
    );
  });

  it('fakeQuantizeTensor keeps the NaN/infinity policy: QNT006 naming the element', () => {
    const p = makeQuantParams({ bits: 4, signed: true, scale: 0.1 });
    expect(() => fakeQuantizeTensor([0.2, -Infinity], [2], p, 'w')).toThrow('tensor w: element 1 is -Infinity; cannot quantize NaN or infinity');
  });
});

describe('per-channel runs and diagnostics', () => {
  it('per-channel along any axis of any rank: element i uses channel ⌊i / inner⌋ mod channels', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }).chain((shape) => fc.tuple(
          fc.constant(shape), fc.integer({ min: 0, max: shape.length - 1 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        )),
        ([shape, axis, seed]) => {
          let st = seed;
          const rnd = (): number => ((st = (st * 48271) % 2147483647) / 2147483647);
          const channels = shape[axis]!;
          const inner = shape.slice(axis + 1).reduce((a, d) => a * d, 1);
          const n = shape.reduce((a, d) => a * d, 1);
          const p = makeQuantParams({
            bits: 8, signed: true, axis,
            scale: Array.from({ length: channels }, () => 2 ** -Math.floor(rnd() * 6)),
            zeroPoint: Array.from({ length: channels }, () => Math.floor(rnd() * 21) - 10),
          });
          const x = Array.from({ length: n }, () => (rnd() - 0.5) * 8);
          const q = quantizeTensor(x, shape, p);
          const back = dequantizeTensor(q, shape, p);
          for (let i = 0; i < n; i++) {
            const c = Math.floor(i / inner) % channels;
            expect(q[i]).toBe(quantizeValue(x[i]!, p.scale[c]!, p.zeroPoint[c]!, -128, 127));
            expect(back[i]).toBe(Math.fround(dequantizeValue(q[i]!, p.scale[c]!, p.zeroPoint[c]!)));
          }
        },
      ),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(200) },
    );
  });

  it('messages name the tensor (or say "tensor" / "quantized tensor" without a name) and the channel', () => {
    const message = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        const d = (e as UserError).diagnostics[0]!;
        return `${d.code}${d.node === undefined ? '' : ` [${d.node}]`}: ${d.message}`;
      }
      return 'no error';
    };
    const p = makeQuantParams({ bits: 8, signed: true, scale: 1 });
    const sym = { bits: 8, signed: true, symmetric: true };
    expect(message(() => quantizeTensor([Infinity], [1], p))).toBe('QNT006: tensor: element 0 is Infinity; cannot quantize NaN or infinity');
    expect(message(() => quantizeTensor([0, -Infinity], [2], p, 'a'))).toBe('QNT006 [a]: tensor a: element 1 is -Infinity; cannot quantize NaN or infinity');
    expect(message(() => quantizeTensor([1, 2], [3], p, 'x'))).toBe('QNT004 [x]: tensor x: data has 2 elements, shape [3] needs 3');
    expect(message(() => dequantizeTensor([1, 2], [1, 3], p))).toBe('QNT004: quantized tensor: data has 2 elements, shape [1,3] needs 3');
    expect(message(() => paramsFromRange(2, 1, sym, 'x'))).toBe('QNT009 [x]: tensor x: range [2, 1] must be finite with min <= max');
    expect(message(() => paramsFromRange(Number.NaN, 1, sym))).toBe('QNT009: quantized tensor: range [NaN, 1] must be finite with min <= max');
    expect(message(() => paramsFromRange(-1, 1, { bits: 1, signed: true, symmetric: false }, 'b'))).toBe('QNT009 [b]: tensor b: binary (1-bit) quantization is symmetric (zero point 0)');
    expect(message(() => paramsFromChannelRanges([0, 2], [1, 1], 0, sym, 'w'))).toBe('QNT009 [w]: tensor w channel 1: range [2, 1] must be finite with min <= max');
    expect(message(() => paramsFromChannelRanges([-1], [1], 0, { bits: 1, signed: true, symmetric: false }))).toBe('QNT009: quantized tensor: binary (1-bit) quantization is symmetric (zero point 0)');
    expect(message(() => paramsFromChannelRanges([], [], 0, sym))).toBe('QNT004: quantized tensor: 0 channel minima but 0 maxima');
    expect(message(() => paramsFromChannelRanges([0, 0], [1], 0, sym, 'w'))).toBe('QNT004 [w]: tensor w: 2 channel minima but 1 maxima');
  });
});

describe('activationRange (fused activations)', () => {
  it('ReLU raises qmin to z; ReLU6 lowers qmax to the code of 6.0 (half-even)', () => {
    expect(activationRange('none', 0.1, 10, 0, 255)).toEqual({ qmin: 0, qmax: 255 });
    expect(activationRange('relu', 0.1, 10, 0, 255)).toEqual({ qmin: 10, qmax: 255 });
    expect(activationRange('relu6', 0.05, 10, 0, 255)).toEqual({ qmin: 10, qmax: 130 }); // 10 + 120
    expect(activationRange('relu6', 0.8, 0, -128, 127)).toEqual({ qmin: 0, qmax: 8 }); // 6/0.8 = 7.5 → 8
    expect(activationRange('relu6', 1.2, 0, -128, 127)).toEqual({ qmin: 0, qmax: 5 }); // 6/1.2 = 5 in doubles
    expect(activationRange('relu6', 4, 0, -128, 127)).toEqual({ qmin: 0, qmax: 2 }); // 1.5 → 2
    expect(activationRange('relu6', 0.01, 0, -128, 127)).toEqual({ qmin: 0, qmax: 127 }); // 600 clamps
    // A zero point outside [qmin, qmax] (a fused clamp narrower than the grid): ReLU's qmin stays inside.
    expect(activationRange('relu', 0.1, -5, 0, 255)).toEqual({ qmin: 0, qmax: 255 });
    expect(activationRange('relu', 0.1, 300, 0, 255)).toEqual({ qmin: 255, qmax: 255 });
  });
});

describe('paramsFromRange', () => {
  it('asymmetric u8, hand-computed, zero exact', () => {
    const p = paramsFromRange(-1, 3, { bits: 8, signed: false, symmetric: false });
    expect(p.scale[0]).toBe(4 / 255);
    expect(p.zeroPoint[0]).toBe(64); // 0 − roundHalfEven(−63.75)
    expect(dequantizeValue(p.zeroPoint[0]!, p.scale[0]!, p.zeroPoint[0]!)).toBe(0);
    // The range is widened to include 0: [1, 3] behaves as [0, 3].
    const q = paramsFromRange(1, 3, { bits: 8, signed: false, symmetric: false });
    expect([q.scale[0], q.zeroPoint[0]]).toEqual([3 / 255, 0]);
    const r = paramsFromRange(-3, -1, { bits: 8, signed: false, symmetric: false });
    expect([r.scale[0], r.zeroPoint[0]]).toEqual([3 / 255, 255]);
  });

  it('symmetric: 127 (qmax) or 127.5 (half-range) denominators', () => {
    const a = paramsFromRange(-2.54, 1, { bits: 8, signed: true, symmetric: true, narrow: true });
    expect([a.scale[0], a.zeroPoint[0], a.qmin]).toEqual([2.54 / 127, 0, -127]);
    const b = paramsFromRange(-1, 2.55, { bits: 8, signed: true, symmetric: true, symmetricDenominator: 'half-range' });
    expect([b.scale[0], b.zeroPoint[0]]).toEqual([2.55 / 127.5, 0]);
    const c = paramsFromRange(-7, 3, { bits: 4, signed: true, symmetric: true });
    expect(c.scale[0]).toBe(1); // 7 / 7
    const u = paramsFromRange(-5, 6.375, { bits: 8, signed: false, symmetric: true });
    expect([u.scale[0], u.zeroPoint[0]]).toEqual([6.375 / 255, 0]);
  });

  it('pow2 rounds the scale up (never clips symmetric ranges)', () => {
    const p = paramsFromRange(-1, 1, { bits: 8, signed: true, symmetric: true, narrow: true, pow2: true });
    expect(p.scale[0]).toBe(1 / 64); // 1/127 → 2^-6
    expect(p.pow2).toBe(true);
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 16 }), (m, bits) => {
        const q = paramsFromRange(-m, m / 3, { bits, signed: true, symmetric: true, pow2: true });
        return isPowerOfTwo(q.scale[0]!) && q.scale[0]! * q.qmax >= m && q.scale[0]! * q.qmax < 2 * m;
      }),
      opts,
    );
  });

  it('a subnormal range gets the smallest normal float32 scale', () => {
    const p = paramsFromRange(-8e-323, 0, { bits: 3, signed: false, symmetric: false });
    expect([p.scale[0], p.zeroPoint[0]]).toEqual([2 ** -126, 0]);
  });

  it('an all-zero range gives scale 1 (no division by zero, no NaN)', () => {
    const p = paramsFromRange(0, 0, { bits: 8, signed: false, symmetric: false });
    expect([p.scale[0], p.zeroPoint[0]]).toEqual([1, 0]);
    const s = paramsFromRange(0, 0, { bits: 8, signed: true, symmetric: true });
    expect([s.scale[0], s.zeroPoint[0]]).toEqual([1, 0]);
    expect(Array.from(quantizeTensor([0, 0], [2], s))).toEqual([0, 0]);
  });

  it('asymmetric: zero is exact and the range is covered up to s/2 (zero-point rounding)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.integer({ min: 2, max: 16 }),
        fc.boolean(),
        fc.boolean(),
        (a, b, bits, signed, pow2) => {
          const lo = Math.min(a, b, 0);
          const hi = Math.max(a, b, 0);
          const p = paramsFromRange(Math.min(a, b), Math.max(a, b), { bits, signed, symmetric: false, pow2 });
          const s = p.scale[0]!;
          const z = p.zeroPoint[0]!;
          const slack = (s / 2) * (1 + 1e-9);
          const zeroExact = quantizeValue(0, s, z, p.qmin, p.qmax) === z;
          return zeroExact && s * (p.qmin - z) <= lo + slack && s * (p.qmax - z) >= hi - slack;
        },
      ),
      opts,
    );
  });

  it('rejects a bad range or an asymmetric binary setting (QNT009)', () => {
    expect(() => paramsFromRange(2, 1, { bits: 8, signed: true, symmetric: true }, 'x')).toThrow(/QNT009.*tensor x/);
    expect(() => paramsFromRange(0, Infinity, { bits: 8, signed: true, symmetric: true })).toThrow(/QNT009/);
    expect(() => paramsFromRange(-1, 1, { bits: 1, signed: true, symmetric: false })).toThrow(/QNT009/);
  });

  it('per-channel ranges', () => {
    const p = paramsFromChannelRanges([-1, -0.5], [0.5, 2], 0, { bits: 8, signed: true, symmetric: true, narrow: true }, 'w');
    expect(Array.from(p.scale)).toEqual([1 / 127, 2 / 127]);
    expect(p.axis).toBe(0);
    const x = Float32Array.from([-1, 0.5, 2, -0.5]);
    const fq = fakeQuantizeTensor(x, [2, 2], p);
    expect(Math.abs(fq[0]! + 1)).toBeLessThan(1e-6);
    expect(Math.abs(fq[2]! - 2)).toBeLessThan(1e-6);
    expect(() => paramsFromChannelRanges([0], [1, 2], 0, { bits: 8, signed: true, symmetric: true })).toThrow(/QNT004/);
    // The options reach the params: narrow drops −128, pow2 is recorded (and rounds the scales up).
    expect([p.qmin, p.qmax, p.pow2]).toEqual([-127, 127, false]);
    const p2 = paramsFromChannelRanges([-1, -3], [1, 3], 0, { bits: 8, signed: true, symmetric: true, pow2: true });
    expect([p2.qmin, p2.pow2, ...p2.scale]).toEqual([-128, true, 2 ** -6, 2 ** -5]);
    const t = paramsFromRange(-1, 1, { bits: 8, signed: true, symmetric: true, narrow: true, pow2: true });
    expect([t.qmin, t.qmax, t.pow2, t.scale[0]]).toEqual([-127, 127, true, 2 ** -6]);
    // An asymmetric grid spans qmax − qmin steps: 254 when narrow drops the code 0 of u8, else 255.
    const u = { bits: 8, signed: false, symmetric: false };
    const narrowT = paramsFromRange(0, 254, { ...u, narrow: true });
    expect([narrowT.qmin, narrowT.scale[0], narrowT.zeroPoint[0]]).toEqual([1, 1, 1]);
    const narrowC = paramsFromChannelRanges([0, -127], [254, 127], 0, { ...u, narrow: true });
    expect([narrowC.qmin, ...narrowC.scale, ...narrowC.zeroPoint]).toEqual([1, 1, 1, 1, 128]);
    const fullC = paramsFromChannelRanges([0], [255], 0, u);
    expect([fullC.qmin, fullC.scale[0], fullC.zeroPoint[0]]).toEqual([0, 1, 0]);
  });
});
