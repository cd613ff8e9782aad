// Range estimators: min-max, streaming histogram percentiles, MSE grid search and the BatchNorm prior.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns, PROPERTY_SEED } from '../../property-runs.js';
import { UserError } from '../../../core/diagnostics.js';
import {
  Histogram,
  MinMaxObserver,
  bnRange,
  channelMinMax,
  finiteMinMax,
  mseSearchChannelRanges,
  mseSearchRange,
  quantizationMse,
} from '../../../compiler/quant/range-setting.js';
import type { RangeQuantOptions } from '../../../compiler/quant/quantize-tensor.js';

const opts = { seed: PROPERTY_SEED, numRuns: propertyRuns(200) };
// float32 values, as activations are: subnormal doubles are no calibration data.
const batch = fc.array(fc.float({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 60 });
const batches = fc.array(batch, { minLength: 1, maxLength: 5 });
const setting: fc.Arbitrary<RangeQuantOptions> = fc.record({
  bits: fc.integer({ min: 2, max: 8 }),
  signed: fc.boolean(),
  symmetric: fc.boolean(),
  pow2: fc.boolean(),
});

describe('min-max', () => {
  it('accumulates across batches', () => {
    const o = new MinMaxObserver('act');
    o.update([1, 2, 3]);
    o.update(Float32Array.from([-0.5, 2.5]));
    o.update([]);
    expect(o.range()).toEqual({ min: -0.5, max: 3 });
  });

  it('rejects NaN (QNT006) and an empty observation (QNT009), naming the tensor', () => {
    expect(() => new MinMaxObserver('act').update([1, Number.NaN])).toThrow(/QNT006.*tensor act: calibration element 1 is NaN/);
    expect(() => new MinMaxObserver('act').range()).toThrow(/QNT009.*tensor act/);
  });

  it('per channel along an axis', () => {
    const r = channelMinMax([1, -2, 3, 4, 5, -6], [2, 3], 1);
    expect(Array.from(r.min)).toEqual([1, -2, -6]);
    expect(Array.from(r.max)).toEqual([4, 5, 3]);
    expect(() => channelMinMax([1, 2, 3], [2, 2], 0)).toThrow(/QNT004/);
  });

  it('an empty batch has no range; an unnamed tensor is "tensor" in messages', () => {
    expect(finiteMinMax([])).toBeUndefined();
    expect(finiteMinMax([2, -1, 2])).toEqual({ min: -1, max: 2 });
    expect(() => finiteMinMax([Infinity])).toThrow(/^error QNT006: tensor: calibration element 0 is Infinity; ranges need finite data$/);
    expect(() => new MinMaxObserver().range()).toThrow(/^error QNT009: tensor: no calibration data was observed$/);
  });

  it('per channel: an axis outside the shape (or not an integer) and non-finite data are refused, naming the tensor', () => {
    const diagnostic = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as UserError).diagnostics[0];
      }
      return undefined;
    };
    const data = [1, 2, 3, 4, 5, 6];
    for (const axis of [-1, 2, 0.5]) {
      expect(diagnostic(() => channelMinMax(data, [2, 3], axis, 'w'))).toEqual({ code: 'QNT004', node: 'w', message: `tensor w: axis ${axis} and shape [2,3] do not fit 6 elements` });
    }
    expect(diagnostic(() => channelMinMax([1, Number.NaN], [2], 0, 'w'))).toEqual({ code: 'QNT006', node: 'w', message: 'tensor w: element 1 is NaN; ranges need finite data' });
  });
});

describe('Histogram', () => {
  it('grows by doubling the bin width, keeping every count', () => {
    const h = new Histogram(4);
    h.update([0, 1, 2, 3, 4]); // width 4/4 = 1 (a power of two): [0, 4], bins {0}, {1}, {2}, {3, 4}
    expect([h.origin, h.binWidth]).toEqual([0, 1]);
    expect(Array.from(h.counts)).toEqual([1, 1, 1, 2]);
    h.update([7.5]); // grows upward: [0, 8], width 2
    expect([h.origin, h.binWidth]).toEqual([0, 2]);
    expect(Array.from(h.counts)).toEqual([2, 3, 0, 1]);
    h.update([-3]); // grows downward: [−8, 8], width 4
    expect([h.origin, h.binWidth]).toEqual([-8, 4]);
    expect(Array.from(h.counts)).toEqual([0, 1, 5, 1]);
    expect([h.total, h.min, h.max]).toEqual([7, -3, 7.5]);
    const g = new Histogram(4);
    g.update([0.3, 1.1]); // width ceilPow2(0.2) = 0.25, origin floor(0.3/0.25)·0.25 = 0.25
    expect([g.origin, g.binWidth, ...g.counts]).toEqual([0.25, 0.25, 1, 0, 0, 1]);
    g.update([1.3]); // beyond 1.25: width 0.5, origin aligned down to 0 → [0, 2)
    expect([g.origin, g.binWidth, ...g.counts]).toEqual([0, 0.5, 1, 0, 2, 0]);
    g.update([-0.6]); // below 0: width 1, the old range in the upper half, origin −2 → [−2, 2)
    expect([g.origin, g.binWidth, ...g.counts]).toEqual([-2, 1, 0, 1, 1, 2]);
    expect([g.min, g.max, g.total]).toEqual([-0.6, 1.3, 4]);
  });

  it('percentile on a known distribution, hand-computed', () => {
    const h = new Histogram(100);
    h.update(Array.from({ length: 1000 }, (_, i) => i)); // width ceilPow2(9.99) = 16, bins [16k, 16k+16)
    expect(h.binWidth).toBe(16);
    // ⌈0.99·1000⌉ = 990 values reach 989, in bin [976, 992): max = 992. From the top, 990 values
    // reach 10, in bin [0, 16): min = 0, which is also the lowest non-empty bin → the exact min 0.
    expect(h.percentileRange(99)).toEqual({ min: 0, max: 992 });
    // 95 %: 950 values reach 949 in [944, 960) → 960; from the top down to 50 in [48, 64) → 48.
    expect(h.percentileRange(95)).toEqual({ min: 48, max: 960 });
  });

  it('percentile 100 is exactly the observed min and max', () => {
    fc.assert(
      fc.property(batches, (bs) => {
        const h = new Histogram(64);
        bs.forEach((b) => h.update(b));
        const all = bs.flat();
        const r = h.percentileRange(100);
        return r.min === Math.min(...all) && r.max === Math.max(...all) && h.total === all.length;
      }),
      opts,
    );
  });

  it('percentile max lies within one bin above the exact order statistic', () => {
    fc.assert(
      fc.property(batches, fc.double({ min: 50, max: 100, noNaN: true }), (bs, p) => {
        const h = new Histogram(128);
        bs.forEach((b) => h.update(b));
        const sorted = bs.flat().sort((a, b) => a - b);
        const target = Math.ceil((p / 100) * sorted.length);
        const exactMax = sorted[target - 1]!;
        const exactMin = sorted[sorted.length - target]!;
        const r = h.percentileRange(p);
        const slack = h.binWidth * (1 + 1e-9);
        return r.max >= exactMax && r.max <= exactMax + slack && r.min <= exactMin && r.min >= exactMin - slack;
      }),
      opts,
    );
  });

  it('every value is counted in the bin whose edges (origin + i·width, as doubles) hold it, also where edges round together', () => {
    // Bins narrower than the values' ulp (a first batch spanning a few ulps of a large value): origin + i·width
    // rounds, so ⌊(x − origin)/width⌋ alone can name a bin whose rounded edges do not hold x.
    const ulpOf = (a: number) => 2 ** (Math.floor(Math.log2(a)) - 52);
    const nearEdges = fc.record({
      a: fc.double({ min: 1, max: 1e4, noNaN: true }),
      steps: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 12 }),
      binCount: fc.constantFrom(2, 4, 8, 16),
    });
    fc.assert(
      fc.property(nearEdges, ({ a, steps, binCount }) => {
        const data = steps.map((k) => a + k * ulpOf(a));
        const h = new Histogram(binCount);
        h.update(data);
        const edge = (i: number) => h.origin + i * h.binWidth;
        const expected = new Array<number>(binCount).fill(0);
        for (const x of data) {
          let bin = 0; // the highest bin whose lower edge is <= x (the last bin also takes its upper edge)
          while (bin + 1 < binCount && edge(bin + 1) <= x) bin++;
          expected[bin]!++;
        }
        return Array.from(h.counts).every((c, i) => c === expected[i]);
      }),
      opts,
    );
  });

  it('a constant first batch takes its width from its magnitude (1 for 0); an empty batch changes nothing', () => {
    const h = new Histogram(4);
    h.update([]);
    expect([h.total, h.binWidth]).toEqual([0, 0]);
    h.update([5, 5]); // span max(|5|, 1) = 5: width ceilPow2(5/4) = 2, origin ⌊5/2⌋·2 = 4
    expect([h.origin, h.binWidth, ...h.counts]).toEqual([4, 2, 2, 0, 0, 0]);
    const zero = new Histogram(4);
    zero.update([0]); // span 1: width ceilPow2(1/4) = 0.25
    expect([zero.origin, zero.binWidth, ...zero.counts]).toEqual([0, 0.25, 1, 0, 0, 0]);
    const small = new Histogram(2);
    small.update([0.125]); // span max(0.125, 1) = 1 (not 0.125): width 0.5, origin 0
    expect([small.origin, small.binWidth, ...small.counts]).toEqual([0, 0.5, 1, 0]);
  });

  it('validates its settings', () => {
    for (const bad of [3, 0, -2, 2.5, Number.NaN, Infinity]) expect(() => new Histogram(bad)).toThrow(`QNT009: histogram bin count ${bad} must be an even integer >= 2`);
    expect(new Histogram(2).counts.length).toBe(2);
    const h = new Histogram(8, 'act');
    expect(() => h.percentileRange(99)).toThrow(/QNT009.*no calibration data/);
    h.update([1]);
    expect(() => h.percentileRange(0)).toThrow(/QNT009/);
    expect(h.percentileRange(100)).toEqual({ min: 1, max: 1 });
  });
});

describe('MSE grid search', () => {
  it('clips a lone outlier', () => {
    const data = Array.from({ length: 1000 }, (_, i) => Math.sin(i)); // in [−1, 1]
    data.push(10);
    const o = { bits: 4, signed: true, symmetric: true };
    const r = mseSearchRange(data, o);
    // Min-max: s = 10/7, the sines mostly round to 0 (MSE ≈ s²/12 ≈ 0.17); α = 0.1 clips the outlier
    // by 9 (81/1001 ≈ 0.08) but resolves the sines with s = 1/7.
    expect(r.max).toBeLessThan(10);
    expect(r.mse).toBeLessThan(quantizationMse(data, { min: -1, max: 10 }, o) / 1.5);
  });

  it('is never worse than min-max', () => {
    fc.assert(
      fc.property(batch, setting, fc.integer({ min: 1, max: 20 }), (data, o, candidates) => {
        const r = mseSearchRange(data, { ...o, candidates });
        const minmax = quantizationMse(data, { min: Math.min(...data), max: Math.max(...data) }, o);
        return r.mse <= minmax && r.mse === quantizationMse(data, r, o);
      }),
      opts,
    );
  });

  it('quantizationMse is 0 when the data sit on the grid', () => {
    expect(quantizationMse([-3, 0, 1, 2, 3], { min: -3, max: 3 }, { bits: 3, signed: true, symmetric: true })).toBe(0); // s = 1
    expect(quantizationMse([0.5], { min: -3, max: 3 }, { bits: 3, signed: true, symmetric: true })).toBe(0.25); // 0.5 → 0
  });

  it('per channel: each channel searched on its own, never worse than its own min-max', () => {
    const w = [0.1, -0.2, 0.3, 5, 1, -1, 0.5, -0.25, 0.75, 0.1, 0.2, -0.1];
    const o = { bits: 4, signed: true, symmetric: true, candidates: 50 };
    const r = mseSearchChannelRanges(w, [3, 4], 0, o, 'fc.w');
    const mm = channelMinMax(w, [3, 4], 0);
    for (let c = 0; c < 3; c++) {
      const ch = w.slice(4 * c, 4 * c + 4);
      expect(r.mse[c]).toBeLessThanOrEqual(quantizationMse(ch, { min: mm.min[c]!, max: mm.max[c]! }, o));
      expect(r.mse[c]).toBe(quantizationMse(ch, { min: r.min[c]!, max: r.max[c]! }, o));
      expect(mseSearchRange(ch, o)).toEqual({ min: r.min[c], max: r.max[c], mse: r.mse[c] });
    }
  });
});

describe('bnRange', () => {
  it('β ± 6|γ| per channel, min and max over channels', () => {
    const r = bnRange([0, 1, -2], [1, -0.5, 0.25]);
    expect(Array.from(r.channelMin)).toEqual([-6, -2, -3.5]);
    expect(Array.from(r.channelMax)).toEqual([6, 4, -0.5]);
    expect([r.min, r.max]).toEqual([-6, 6]);
    expect(bnRange([1], [1], 3)).toMatchObject({ min: -2, max: 4 });
    expect(() => bnRange([1, 2], [1], 6, 'bn1')).toThrow(/QNT004.*bn1/);
  });
});

/** The code and message of the UserError `f` throws. */
const refusal = (f: () => unknown): string => {
  try { f(); } catch (e) { if (e instanceof UserError) return `${e.diagnostics[0]!.code} ${e.diagnostics[0]!.message}`; throw e; }
  return 'none';
};

describe('percentiles, MSE search and the BatchNorm prior: edges and refusals', () => {
  it('a percentile keeps ⌈p/100·N⌉ values on each side (rounded up when p·N/100 is not an integer)', () => {
    const h = new Histogram(16);
    h.update(Array.from({ length: 10 }, (_, i) => i)); // width 1, one value per bin
    expect(h.percentileRange(95)).toEqual({ min: 0, max: 9 }); // ⌈9.5⌉ = 10: every value, so the exact ends
    expect(h.percentileRange(85)).toEqual({ min: 1, max: 9 }); // ⌈8.5⌉ = 9: bins 0..8 (upper edge 9) and 1..9
    expect(h.percentileRange(80)).toEqual({ min: 2, max: 8 });
  });

  it('names the tensor in a bad percentile or an empty histogram', () => {
    const h = new Histogram(8, 'act');
    expect(refusal(() => h.percentileRange(99))).toBe('QNT009 tensor act: no calibration data was observed');
    h.update([1, 2]);
    for (const p of [0, -1, 100.5, Number.NaN]) expect(refusal(() => h.percentileRange(p))).toBe(`QNT009 tensor act: percentile ${p} must be in (0, 100]`);
    expect(h.percentileRange(1e-9)).toEqual(h.percentileRange(50)); // a tiny p still keeps one value per side
  });

  it('the MSE of 1-bit data: each value against ±scale; an empty batch has MSE 0', () => {
    const o = { bits: 1, signed: true, symmetric: true };
    // scale max|x| = 2: 2 and −2 exact, 0.5 → +2 (1.5²), −1 → −2 (1²), 0 → either side (2²).
    expect(quantizationMse([2, -2, 0.5, -1, 0], { min: -2, max: 2 }, o)).toBe((2.25 + 1 + 4) / 5);
    expect(quantizationMse([], { min: -1, max: 1 }, o)).toBe(0);
  });

  it('the MSE honours a narrow grid and the zero point of an asymmetric one', () => {
    // 2-bit signed, scale 1: −2 is a level of the full grid [−2, 1], clamped to −1 on the narrow [−1, 1].
    const two = { bits: 2, signed: true, symmetric: true };
    expect([quantizationMse([-2], { min: -1, max: 1 }, two), quantizationMse([-2], { min: -1, max: 1 }, { ...two, narrow: true })]).toEqual([0, 1]);
    // u8 on [−1, 3]: zero point 64, and 0 is exact.
    expect(quantizationMse([0], { min: -1, max: 3 }, { bits: 8, signed: false, symmetric: false })).toBe(0);
  });

  it('MSE search: ties keep the widest range, and the narrowest candidate 1/n is tried', () => {
    // pow2 scales: max|x| = 127·2^-7, so every α in (1/2, 1] rounds α·max|x|/127 up to the same 2^-7 and ±max|x|
    // sit on the grid (MSE 0) for each of them: the widest, α = 1, stays.
    const m = 127 / 128;
    expect(mseSearchRange([m, -m], { bits: 8, signed: true, symmetric: true, pow2: true, candidates: 50 })).toEqual({ min: -m, max: m, mse: 0 });
    // One outlier at 1 and many values on the 4-bit grid clipped at 1/2: with two candidates, α = 1/2 wins.
    const data = [1, ...Array.from({ length: 700 }, (_, j) => ((j % 7) + 1) / 14)];
    expect(mseSearchRange(data, { bits: 4, signed: true, symmetric: true, candidates: 2 })).toMatchObject({ min: (1 / 14) * 0.5, max: 0.5 });
    // The same three times larger: the candidate is α·[min, max] at every scale (a max of 1 would hide α/max).
    const tripled = data.map((v) => 3 * v);
    expect(mseSearchRange(tripled, { bits: 4, signed: true, symmetric: true, candidates: 2 })).toMatchObject({ min: 0.5 * Math.min(...tripled), max: 1.5 });
  });

  it('MSE search refusals name the tensor (per channel: its channel)', () => {
    const o = { bits: 4, signed: true, symmetric: true };
    for (const candidates of [0, 2.5, -1]) {
      expect(refusal(() => mseSearchRange([1], { ...o, candidates }, 'w'))).toBe(`QNT009 tensor w: MSE search needs a positive integer candidate count, got ${candidates}`);
    }
    expect(refusal(() => mseSearchRange([], o, 'w'))).toBe('QNT009 tensor w: MSE search needs at least one value');
    expect(refusal(() => mseSearchChannelRanges([1, 2], [2, 1], 0, { ...o, candidates: 0 }, 'fc.w'))).toBe('QNT009 tensor fc.w[0]: MSE search needs a positive integer candidate count, got 0');
    expect(refusal(() => mseSearchChannelRanges([1, 2], [2, 1], 0, { ...o, candidates: 0 }))).toBe('QNT009 tensor: MSE search needs a positive integer candidate count, got 0');
    expect(mseSearchChannelRanges([], [0, 3], 0, o)).toEqual({ min: new Float64Array(0), max: new Float64Array(0), mse: new Float64Array(0) });
  });

  it('BatchNorm prior: β ± k|γ| for any k > 0; refusals name the layer', () => {
    expect(bnRange([1, -1], [-2, 0.5], 0.5)).toEqual({ min: -1.25, max: 2, channelMin: Float64Array.from([0, -1.25]), channelMax: Float64Array.from([2, -0.75]) });
    expect(refusal(() => bnRange([1, 2], [1], 6, 'bn1'))).toBe('QNT004 tensor bn1: BatchNorm beta has 2 channels, gamma 1');
    expect(refusal(() => bnRange([], [], 6, 'bn1'))).toBe('QNT004 tensor bn1: BatchNorm beta has 0 channels, gamma 0');
    for (const k of [0, -1, Infinity, Number.NaN]) expect(refusal(() => bnRange([1], [1], k, 'bn1'))).toBe(`QNT009 tensor bn1: BatchNorm range multiplier ${k} must be finite and > 0`);
    expect(refusal(() => bnRange([Number.NaN], [1], 6, 'bn1'))).toMatch(/^QNT006 tensor bn1: calibration element 0 is NaN/);
    expect(refusal(() => bnRange([1], [Infinity], 6, 'bn1'))).toMatch(/^QNT006 tensor bn1: calibration element 0 is Infinity/);
  });
});
