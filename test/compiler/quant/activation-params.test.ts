// A layer's output activation parameters and requantization multipliers against their contracts
// (compiler/quant/layer-quantization.ts): the fused clamp lands on the nearest grid codes (ReLU at the
// zero point, never past the storage range), the grid covers the observed range with 0 on it, b1 gets
// its threshold and β, and m0·2^(shift−31) stands for s_x·s_w/s_y (exactly 2^shift under pow2).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../core/diagnostics.js';
import { activationParams, gridActQuant, requantMultipliers, type ActQuant } from '../../../compiler/quant/layer-quantization.js';
import { qRange } from '../../../compiler/quant/quant-params.js';
import { PRESETS } from '../../../compiler/quant/presets.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const opts = (runs: number) => ({ seed: PROPERTY_SEED, numRuns: propertyRuns(runs) });
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e.diagnostics[0]!.code;
    throw e;
  }
  return undefined;
};
const grid = fc.record({
  bits: fc.constantFrom(4, 8, 16), signed: fc.boolean(), s: fc.double({ min: 1e-3, max: 4, noNaN: true }), zFrac: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('gridActQuant', () => {
  it('qmin/qmax: the storage range cut by the fused clamp at the nearest codes, never crossing', () => {
    fc.assert(fc.property(grid, fc.option(fc.double({ min: -50, max: 50, noNaN: true })), fc.option(fc.double({ min: -50, max: 50, noNaN: true })), (g, aMin, aMax) => {
      const r = qRange(g.bits, g.signed);
      const z = g.signed ? 0 : Math.round(r.qmin + g.zFrac * (r.qmax - r.qmin));
      const actMin = aMin ?? -Infinity;
      const actMax = aMax ?? Infinity;
      const a = gridActQuant(g.s, z, actMin, actMax, g.bits, g.signed);
      expect([a.dtype, a.scale, a.zero, a.offset]).toEqual([`${g.signed ? 'i' : 'u'}${g.bits}`, g.s, z, 0]);
      expect(r.qmin <= a.qmin && a.qmin <= a.qmax && a.qmax <= r.qmax).toBe(true);
      // Each bound is the storage bound, or the code nearest the clamp (within half a step of it).
      const real = (q: number) => g.s * (q - z);
      if (aMin === null) expect(a.qmin).toBe(r.qmin);
      else if (a.qmin !== r.qmin && a.qmin !== a.qmax) expect(Math.abs(real(a.qmin) - actMin)).toBeLessThanOrEqual(g.s / 2 + 1e-9);
      if (aMin !== null && real(r.qmin) >= actMin + g.s / 2 + 1e-9) expect(a.qmin).toBe(r.qmin);
      if (aMax === null) expect(a.qmax).toBe(r.qmax);
      else if (a.qmax !== r.qmax && a.qmax !== a.qmin) expect(Math.abs(real(a.qmax) - actMax)).toBeLessThanOrEqual(g.s / 2 + 1e-9);
      if (aMax !== null && aMin === null && real(r.qmax) <= actMax - g.s / 2 - 1e-9) expect(a.qmax).toBe(r.qmax);
    }), opts(400));
  });

  it('ReLU starts at the zero point, ReLU6 stops at z + round(6/s) (hand-computed: s = 0.05, z = 3 → 123)', () => {
    expect(gridActQuant(0.05, 3, 0, 6, 8, false)).toEqual({ dtype: 'u8', scale: 0.05, zero: 3, qmin: 3, qmax: 123, offset: 0 });
    // A clamp past the storage range keeps the storage bound; one wholly below it collapses onto qmin.
    expect(gridActQuant(0.01, 0, -5, 5, 8, true)).toMatchObject({ qmin: -128, qmax: 127 });
    expect(gridActQuant(0.1, 100, -50, -40, 8, false)).toMatchObject({ qmin: 0, qmax: 0 });
  });
});

describe('activationParams', () => {
  const w8a8 = PRESETS['w8a8']!.default;
  it('multi-bit: the grid holds 0 exactly and covers the observed range (cut by the clamp) within half a step', () => {
    fc.assert(fc.property(
      fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0.01, max: 20, noNaN: true }), fc.boolean(), fc.constantFrom(4, 8) as fc.Arbitrary<4 | 8>, fc.boolean(),
      (min, width, signed, actBits, relu) => {
        const cfg = { ...w8a8, actBits, actSigned: signed };
        const lo = relu ? Math.max(0, min) : min;
        const hi = min + width;
        const params = () => activationParams({ min, max: hi }, relu ? 0 : -Infinity, Infinity, cfg, false, 'L');
        if (lo > hi) {
          expect(codeOf(params)).toBe('QMOD004'); // a ReLU after an all-negative range
          return;
        }
        const a = params();
        expect(Number.isInteger(a.zero)).toBe(true);
        expect(a.zero).toBeGreaterThanOrEqual(a.qmin); // 0 is on the grid: the range is widened to hold it
        const real = (q: number) => a.scale * (q - a.zero);
        expect(real(a.qmin)).toBeLessThanOrEqual(Math.max(lo, 0) + a.scale / 2 + 1e-9);
        expect(real(a.qmax)).toBeGreaterThanOrEqual(Math.min(hi, 0) - a.scale / 2 - 1e-9);
        expect(real(a.qmax)).toBeGreaterThanOrEqual(hi - a.scale / 2 - 1e-6 * Math.abs(hi));
        if (relu) expect(a.qmin).toBe(a.zero);
        expect(a.dtype).toBe(`${signed ? 'i' : 'u'}${actBits}`);
      },
    ), opts(300));
  });

  it('b1: threshold = mean clamped into the range, β = std·√(2/π), or the half-range without statistics; β = 0 → 1', () => {
    const b1 = { ...w8a8, actBits: 1 as const };
    const at = (range: { min: number; max: number; mean?: number; std?: number }, actMin = -Infinity, actMax = Infinity): ActQuant => activationParams(range, actMin, actMax, b1, false, 'L');
    expect(at({ min: -1, max: 3, mean: 0.5, std: 2 })).toEqual({ dtype: 'b1', scale: 2 * Math.sqrt(2 / Math.PI), zero: 0, qmin: -1, qmax: 1, offset: 0.5 });
    expect(at({ min: -1, max: 3, mean: 7, std: 1 }).offset).toBe(3);
    expect(at({ min: -1, max: 3, mean: -7, std: 1 }).offset).toBe(-1);
    expect(at({ min: -1, max: 3, mean: -0.5, std: 1 }, 0).offset).toBe(0); // the fused ReLU cuts the range first
    expect(at({ min: -1, max: 3 })).toMatchObject({ scale: 2, offset: 1 });
    expect(at({ min: -1, max: 3, mean: 1, std: 0 }).scale).toBe(1);
    expect(at({ min: 2, max: 2 }).scale).toBe(1);
  });

  it('an empty or non-finite range after the clamp is QMOD004', () => {
    expect(codeOf(() => activationParams({ min: -3, max: -1 }, 0, Infinity, w8a8, false, 'L'))).toBe('QMOD004');
    expect(codeOf(() => activationParams({ min: Number.NaN, max: 1 }, -Infinity, Infinity, w8a8, false, 'L'))).toBe('QMOD004');
    expect(codeOf(() => activationParams({ min: -Infinity, max: 1 }, -Infinity, Infinity, w8a8, false, 'L'))).toBe('QMOD004');
    expect(codeOf(() => activationParams({ min: -1, max: 1 }, 0, Infinity, w8a8, false, 'L'))).toBeUndefined();
  });
});

describe('requantMultipliers', () => {
  const y = (scale: number): ActQuant => ({ dtype: 'i8', scale, zero: 0, qmin: -128, qmax: 127, offset: 0 });
  it('m0·2^(shift−31) stands for s_x·s_w[n]/s_y per channel, within 2^-31 relative', () => {
    fc.assert(fc.property(
      fc.double({ min: 1e-4, max: 1, noNaN: true }), fc.array(fc.double({ min: 1e-4, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }), fc.double({ min: 1e-4, max: 1, noNaN: true }),
      (sIn, sW, sOut) => {
        const { m0, shift } = requantMultipliers(sIn, Float64Array.from(sW), y(sOut), false, 'L');
        sW.forEach((s, n) => {
          const M = (sIn * s) / sOut;
          expect(m0[n]! >= 2 ** 30 && m0[n]! < 2 ** 31).toBe(true);
          expect(Math.abs(m0[n]! * 2 ** (shift[n]! - 31) - M)).toBeLessThanOrEqual(M * 2 ** -31);
        });
      },
    ), opts(300));
  });

  it('pow2: m0 = 2^30 and shift = log2 M exactly; M off the powers of two, or |log2 M| > 31, is QNT005; b1 output: zeros', () => {
    expect(requantMultipliers(2 ** -3, Float64Array.from([2 ** -5, 2 ** 2]), y(2 ** -4), true, 'L')).toEqual({ m0: Int32Array.from([2 ** 30, 2 ** 30]), shift: Int32Array.from([-4, 3]) });
    expect(requantMultipliers(1, Float64Array.from([2 ** 31]), y(1), true, 'L').shift[0]).toBe(31);
    expect(requantMultipliers(1, Float64Array.from([2 ** -31]), y(1), true, 'L').shift[0]).toBe(-31);
    expect(codeOf(() => requantMultipliers(1, Float64Array.from([2 ** 32]), y(1), true, 'L'))).toBe('QNT005');
    expect(codeOf(() => requantMultipliers(1, Float64Array.from([2 ** -32]), y(1), true, 'L'))).toBe('QNT005');
    expect(codeOf(() => requantMultipliers(0.3, Float64Array.from([0.5]), y(1), true, 'L'))).toBe('QNT005');
    const b1: ActQuant = { dtype: 'b1', scale: 0.7, zero: 0, qmin: -1, qmax: 1, offset: 0.1 };
    expect(requantMultipliers(0.3, Float64Array.from([0.5, 0.25]), b1, false, 'L')).toEqual({ m0: new Int32Array(2), shift: new Int32Array(2) });
  });

  it('a multiplier that cannot be applied is a user error that names the layer (message and node), pow2 or not', () => {
    const diagnostic = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof UserError) return e.diagnostics[0]!;
        throw e;
      }
      return undefined;
    };
    // pow2 with M off the powers of two (QNT005); M too large for a left shift of 31 (QNT008, quantizeMultiplier).
    for (const [pow2, sW, code] of [[true, 0.5, 'QNT005'], [false, 2 ** 40, 'QNT008']] as const) {
      const d = diagnostic(() => requantMultipliers(0.3, Float64Array.from([sW]), y(1), pow2, 'conv_7'));
      expect(d?.code).toBe(code);
      expect(d?.message).toContain('conv_7');
      if (pow2) expect(d?.node).toBe('conv_7');
    }
  });
});
