// The fake quantizers' forward equals the integer grids of the export, and their backward follows the
// stated rules: STE inside the clip range, LSQ's step-size gradient (Esser et al. 2020) with its scale
// g = 1/√(N·Qp), LSQ+'s offset gradient, the clipped STE of binary activations, binary weights' α.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activationGrid, binaryBackward, codeOf, fakeQuantBackward, fakeQuantForward, fakeQuantWeights, fakeQuantWeightsBackward, lsqGradScale } from '../../../compiler/qat/fake-quant.js';
import { BinaryWeight } from '../../../compiler/qat/qat-layers.js';
import { fakeQuantizeValue, quantizeTensor } from '../../../compiler/quant/quantize-tensor.js';
import { makeQuantParams } from '../../../compiler/quant/quant-params.js';
import { roundHalfEven } from '../../../core/rounding.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { context, seeded } from '../train/grad-check.js';

const grids = fc.record({
  s: fc.double({ min: 0.01, max: 2, noNaN: true }), beta: fc.double({ min: -3, max: 3, noNaN: true }), bits: fc.constantFrom(4, 8),
  relu: fc.boolean(), max6: fc.boolean(), seed: fc.integer({ min: 1, max: 1e6 }),
});

describe('multi-bit activation fake quantization (LSQ / LSQ+)', () => {
  it('forward is the integer quantizer: codes clamp(roundHalfEven(x/s) + z) on the fused-clamp grid, x̂ = s·(q − z)', () => {
    fc.assert(fc.property(grids, ({ s, beta, bits, relu, max6, seed }) => {
      const g = activationGrid(s, beta, bits, false, relu ? 0 : -Infinity, max6 ? 6 : Infinity);
      expect(g.z).toBe(Math.min(2 ** bits - 1, Math.max(0, roundHalfEven(-beta / s))));
      if (relu) expect(g.qlo).toBe(Math.max(0, g.z));
      const x = seeded(200, seed, -20 * s, 20 * s);
      const out = new Float32Array(x.length);
      const codes = new Float32Array(x.length);
      fakeQuantForward(x, g, out, new Uint8Array(x.length), codes);
      for (let i = 0; i < x.length; i++) {
        expect(codes[i]).toBe(codeOf(x[i]!, g));
        expect(out[i]).toBe(Math.fround(fakeQuantizeValue(x[i]!, s, g.z, g.qlo, g.qhi)));
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(50) });
  });

  it('backward: STE inside [qlo, qhi], LSQ step gradient (q − z − x/s inside, q − z outside), LSQ+ offset gradient (1 outside)', () => {
    fc.assert(fc.property(grids, ({ s, beta, bits, relu, seed }) => {
      const g = activationGrid(s, beta, bits, false, relu ? 0 : -Infinity, Infinity);
      const x = seeded(300, seed, -25 * s, 25 * s);
      const dy = seeded(300, seed + 1);
      const inside = new Uint8Array(x.length);
      const codes = new Float32Array(x.length);
      fakeQuantForward(x, g, new Float32Array(x.length), inside, codes);
      const dx = new Float32Array(x.length);
      const r = fakeQuantBackward(x, dy, g, inside, codes, dx);
      let ds = 0;
      let db = 0;
      for (let i = 0; i < x.length; i++) {
        const v = x[i]! / s;
        const inRange = v + g.z >= g.qlo && v + g.z <= g.qhi;
        expect(dx[i]).toBe(inRange ? dy[i] : 0);
        if (inRange) ds += dy[i]! * (roundHalfEven(v) - v);
        else {
          ds += dy[i]! * ((v + g.z < g.qlo ? g.qlo : g.qhi) - g.z);
          db += dy[i]!;
        }
      }
      expect(r.ds).toBeCloseTo(ds, 6);
      expect(r.dbeta).toBeCloseTo(db, 6);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(50) });
  });

  it('a value already on the grid contributes nothing to the step gradient', () => {
    const g = activationGrid(0.25, 0, 4, false, 0, Infinity);
    const x = Float32Array.from([0, 0.25, 1.5, 3.75]);
    const codes = new Float32Array(4);
    const inside = new Uint8Array(4);
    fakeQuantForward(x, g, new Float32Array(4), inside, codes);
    expect(fakeQuantBackward(x, new Float32Array(4).fill(1), g, inside, codes, new Float32Array(4)).ds).toBe(0);
  });

  it('g = 1/√(N·Qp): 1/√(1000·15) for 1000 features of a u4 layer, 1/√(9·7) for a 3x3 single-channel int4 filter', () => {
    expect(lsqGradScale(1000, 15)).toBeCloseTo(1 / Math.sqrt(15000), 12);
    expect(lsqGradScale(9, 7)).toBeCloseTo(1 / Math.sqrt(63), 12);
  });
});

describe('weight fake quantization (LSQ per channel)', () => {
  it('codes equal the export (quantizeTensor with the same per-channel scales); STE mask and per-channel step gradient', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom(2, 4, 8), fc.integer({ min: 1, max: 1e6 }), (cout, k, bits, seed) => {
      const w = seeded(cout * k, seed, -1, 1);
      const scales = seeded(cout, seed + 1, 0.02, 0.3);
      const { qmin, qmax } = { qmin: -(2 ** (bits - 1)), qmax: 2 ** (bits - 1) - 1 };
      const { out, inside } = fakeQuantWeights(w, scales, qmin, qmax);
      const p = makeQuantParams({ bits, signed: true, scale: Array.from(scales), zeroPoint: new Array(cout).fill(0), axis: 0 });
      const codes = quantizeTensor(w, [cout, k], p);
      const dwq = seeded(cout * k, seed + 2);
      const { dw, ds } = fakeQuantWeightsBackward(w, dwq, scales, qmin, qmax, inside);
      for (let c = 0; c < cout; c++) {
        let want = 0;
        for (let i = c * k; i < (c + 1) * k; i++) {
          expect(out[i]).toBe(Math.fround(scales[c]! * codes[i]!));
          const v = w[i]! / scales[c]!;
          const inRange = v >= qmin && v <= qmax;
          expect(dw[i]).toBe(inRange ? dwq[i] : 0);
          want += dwq[i]! * (inRange ? roundHalfEven(v) - v : v < qmin ? qmin : qmax);
        }
        expect(ds[c]).toBeCloseTo(want, 6);
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(50) });
  });
});

describe('binary quantizers', () => {
  it('activations: clipped STE (|x − t| ≤ β passes), ∂/∂β = y − (x − t)/β inside and y outside, ∂/∂t = 1 outside', () => {
    fc.assert(fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0.05, max: 2, noNaN: true }), fc.integer({ min: 1, max: 1e6 }), (t, beta, seed) => {
      const x = seeded(200, seed, t - 3 * beta, t + 3 * beta);
      const dy = seeded(200, seed + 1);
      const dx = new Float32Array(200);
      const r = binaryBackward(x, dy, { t, beta }, dx);
      let db = 0;
      let dt = 0;
      for (let i = 0; i < 200; i++) {
        const u = (x[i]! - t) / beta;
        const y = x[i]! >= t ? 1 : -1;
        const inside = Math.abs(u) <= 1;
        expect(dx[i]).toBe(inside ? dy[i] : 0);
        db += dy[i]! * (inside ? y - u : y);
        if (!inside) dt += dy[i]!;
      }
      expect(r.dbeta).toBeCloseTo(db, 6);
      expect(r.dt).toBeCloseTo(dt, 6);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(50) });
  });

  it('weights: ŵ = α_c·sign(w) (0 → +1), ∂/∂α_c = g·Σ dŵ·sign(w), ∂/∂w = α_c·dŵ (STE)', () => {
    const w = Float32Array.from([0.5, -0.2, 0, -1, 0.3, 0.9]);
    const params = Float32Array.from([0.5, 2]);
    const t = new BinaryWeight({ kind: 'binary-weight', alpha: { offset: 0, length: 2 }, g: 0.5 });
    const ctx = context(params);
    expect(Array.from(t.forward(w, ctx))).toEqual([0.5, -0.5, 0.5, -2, 2, 2]);
    const d = t.backward(Float32Array.from([1, 2, 3, 4, 5, 6]), ctx);
    expect(Array.from(d)).toEqual([0.5, 1, 1.5, 8, 10, 12]);
    expect(Array.from(ctx.grads)).toEqual([0.5 * (1 - 2 + 3), 0.5 * (-4 + 5 + 6)]);
  });
});
