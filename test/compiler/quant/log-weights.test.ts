// The log-grid weight quantizer: its levels, the linear-domain nearest rounding with ties toward the
// smaller magnitude, the scales, and (the reason the reference needs no new arithmetic) that a qdense
// with log weights equals the shift-add re-statement of the w4a8-log PE.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logScale, quantizeLogWeights, roundToLogLevel } from '../../../compiler/quant/log-weights.js';
import { quantizeWeights } from '../../../compiler/quant/layer-quantization.js';
import { PRESETS, checkLayerConfig } from '../../../compiler/quant/presets.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { LOG_CODE_VALUES, LOG_MAX_WEIGHT, decodeLogWeight, encodeLogWeight, isLogLevel } from '../../../isa/log-weight-code.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { firstDiagnostic } from '../../user-error.js';

const LEVELS = [...new Set(LOG_CODE_VALUES)].sort((a, b) => a - b);
const opts = { seed: PROPERTY_SEED, numRuns: propertyRuns(500) };

describe('log weight codes', () => {
  it('has fifteen levels 0, ±1 … ±64, symmetric, each with a code that round-trips', () => {
    expect(LEVELS).toEqual([-64, -32, -16, -8, -4, -2, -1, 0, 1, 2, 4, 8, 16, 32, 64]);
    for (const v of LEVELS) expect(decodeLogWeight(encodeLogWeight(v))).toBe(v);
    expect(encodeLogWeight(0)).toBe(0);
    expect(encodeLogWeight(-1)).toBe(0b1001);
    expect(encodeLogWeight(64)).toBe(0b0111);
    expect(decodeLogWeight(0b1000)).toBe(0); // the second zero code is never written
    for (const v of [3, 5, 96, 128, -65, 0.5]) {
      expect(isLogLevel(v)).toBe(false);
      expect(() => encodeLogWeight(v)).toThrow('not a level of the log grid');
    }
  });
});

describe('roundToLogLevel', () => {
  it('returns the nearest level in the linear domain (property, every level compared)', () => {
    fc.assert(fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (t) => {
      const q = roundToLogLevel(t);
      expect(LEVELS).toContain(q);
      for (const l of LEVELS) expect(Math.abs(t - q)).toBeLessThanOrEqual(Math.abs(t - l));
      expect(roundToLogLevel(-t)).toBe(-q || 0); // odd symmetry (no −0 level)
    }), opts);
  });

  it('sends ties to the smaller magnitude, not the log-domain threshold √2·2^e', () => {
    expect(roundToLogLevel(0.5)).toBe(0);
    expect(roundToLogLevel(0.5000001)).toBe(1);
    expect(roundToLogLevel(1.5)).toBe(1);
    expect(roundToLogLevel(-3)).toBe(-2);
    expect(roundToLogLevel(48)).toBe(32);
    expect(roundToLogLevel(48.001)).toBe(64);
    // Between √2·2 ≈ 2.83 and 3 a log-domain rounding would pick 4; the linear midpoint keeps 2.
    expect(roundToLogLevel(2.9)).toBe(2);
    expect(roundToLogLevel(1000)).toBe(LOG_MAX_WEIGHT);
  });
});

describe('quantizeLogWeights', () => {
  it('minmax: the largest |w| of each channel maps to ±64; every integer is a level', () => {
    fc.assert(fc.property(fc.array(fc.float({ min: -4, max: 4, noNaN: true }), { minLength: 6, maxLength: 48 }), (xs) => {
      const k = 3;
      const cout = Math.floor(xs.length / k);
      const data = Float32Array.from(xs.slice(0, cout * k));
      const q = quantizeLogWeights(data, cout, true, 'minmax');
      expect([...q.data].every(isLogLevel)).toBe(true);
      for (let n = 0; n < cout; n++) {
        const row = data.subarray(n * k, (n + 1) * k);
        const maxAbs = Math.max(...row.map(Math.abs));
        if (maxAbs === 0) {
          expect(q.scale[n]).toBe(1);
          continue;
        }
        expect(q.scale[n]).toBe(maxAbs / LOG_MAX_WEIGHT);
        expect(Math.max(...q.data.subarray(n * k, (n + 1) * k).map(Math.abs))).toBe(LOG_MAX_WEIGHT);
      }
    }), opts);
  });

  it('mse: never a larger squared error than minmax', () => {
    fc.assert(fc.property(fc.array(fc.float({ min: -4, max: 4, noNaN: true }), { minLength: 1, maxLength: 64 }), (xs) => {
      const row = Float32Array.from(xs);
      const err = (s: number) => xs.reduce((e, x) => e + (x - s * roundToLogLevel(x / s)) ** 2, 0);
      expect(err(logScale(row, 'mse'))).toBeLessThanOrEqual(err(logScale(row, 'minmax')) + 1e-12);
    }), opts);
  });

  // No row of finite errors was found where two ratios tie exactly; every ratio ties when the squared errors
  // overflow to Infinity, and then the first, max|w| / 64, is kept.
  it('mse: of equally good ratios the first (largest) is kept', () => {
    expect((1e200 - (1e200 * 0.98) / 64 * 64) ** 2).toBe(Infinity);
    expect(logScale([1e200, 3e199], 'mse')).toBe(1e200 / LOG_MAX_WEIGHT);
  });

  it('the w4a8-log preset quantizes through it to i8 and requires 4-bit codes', () => {
    const cfg = PRESETS['w4a8-log']!.default;
    const w = makeTensor('f32', [2, 4], Float32Array.from([0.64, -0.32, 0.05, 0.001, 1, 0.5, -0.25, 0.7]));
    const q = quantizeWeights(w, { ...cfg, weightRange: 'minmax' }, 'layer');
    expect(q.dtype).toBe('i8');
    expect([...q.data]).toEqual([64, -32, 4, 0, 64, 32, -16, 32]);
    expect(firstDiagnostic(() => checkLayerConfig({ ...cfg, weightBits: 8 }, 'l')).code).toBe('QCFG004');
  });
});
