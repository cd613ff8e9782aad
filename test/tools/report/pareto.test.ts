import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseAccuracyMetric, dominates, paretoFront, sweepParetoFront, type TradeOff } from '../../../tools/report/pareto.js';
import type { SweepPoint } from '../../../tools/report/sweep-types.js';
import { syntheticSweepReport } from '../../../tools/report/synthetic-sweep.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const t = (energy: number, accuracy: number): TradeOff => ({ energy, accuracy });

/** A sweep point that differs only in the fields the Pareto code reads. */
function point(model: string, energyPj: number, acc: { accuracyPct?: number; top1Agreement?: number }): SweepPoint {
  const base = syntheticSweepReport().points[0]!;
  const { accuracyPct: _a, top1Agreement: _t, ...rest } = base;
  return { ...rest, model, energyPj, ...acc };
}

describe('dominates', () => {
  it('needs no-worse in both objectives and better in one', () => {
    expect(dominates(t(1, 90), t(2, 80))).toBe(true);
    expect(dominates(t(1, 90), t(1, 80))).toBe(true); // same energy, more accurate
    expect(dominates(t(1, 90), t(2, 90))).toBe(true); // same accuracy, cheaper
    expect(dominates(t(1, 90), t(1, 90))).toBe(false); // identical
    expect(dominates(t(1, 80), t(2, 90))).toBe(false); // a trade-off, neither dominates
    expect(dominates(t(2, 90), t(1, 80))).toBe(false);
  });
});

describe('paretoFront', () => {
  it('keeps the hand-checked non-dominated points in energy order, duplicates included', () => {
    const items = [t(1, 80), t(2, 85), t(3, 84), t(2, 85), t(4, 90), t(4, 88), t(0.5, 70), t(5, 90)];
    // (3,84) is beaten by (2,85); (4,88) by (4,90); (5,90) by (4,90). (2,85) appears twice: both kept.
    expect(paretoFront(items)).toEqual([6, 0, 1, 3, 4]);
  });

  it('handles the edge cases: empty, single, all equal energy, non-finite', () => {
    expect(paretoFront([])).toEqual([]);
    expect(paretoFront([t(3, 50)])).toEqual([0]);
    expect(paretoFront([t(2, 70), t(2, 90), t(2, 80)])).toEqual([1]);
    expect(paretoFront([t(Number.NaN, 99), t(1, 50), t(2, Number.POSITIVE_INFINITY)])).toEqual([1]);
  });

  it('equals the definition (no other item dominates it), ordered by energy', () => {
    // Small integer grids force ties in energy and in accuracy.
    const item = fc.record({ energy: fc.integer({ min: 0, max: 6 }), accuracy: fc.integer({ min: 0, max: 6 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 25 }), (items) => {
        const front = paretoFront(items);
        const expected = items.map((_, i) => i).filter((i) => !items.some((o) => dominates(o, items[i]!)));
        expect([...front].sort((a, b) => a - b)).toEqual(expected);
        for (let k = 1; k < front.length; k++) {
          expect(items[front[k - 1]!]!.energy).toBeLessThanOrEqual(items[front[k]!]!.energy);
          expect(items[front[k - 1]!]!.accuracy).toBeLessThanOrEqual(items[front[k]!]!.accuracy);
        }
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(200) },
    );
  });
});

describe('chooseAccuracyMetric', () => {
  it('uses measured accuracy when any point has it and excludes the rest (no mixing)', () => {
    const pts = [point('m', 1, { accuracyPct: 90 }), point('m', 2, { top1Agreement: 99 }), point('m', 3, {})];
    expect(chooseAccuracyMetric(pts)).toEqual({ metric: 'accuracyPct', axisTitle: 'Top-1 accuracy (%)', excluded: [1, 2] });
  });

  it('falls back to top-1 agreement, then to nothing', () => {
    const agree = [point('m', 1, { top1Agreement: 97 }), point('m', 2, {})];
    expect(chooseAccuracyMetric(agree)).toEqual({ metric: 'top1Agreement', axisTitle: 'Top-1 agreement with float (%)', excluded: [1] });
    const none = chooseAccuracyMetric([point('m', 1, {}), point('m', 2, {})]);
    expect(none.metric).toBeUndefined();
    expect(none.excluded).toEqual([0, 1]);
  });
});

describe('sweepParetoFront', () => {
  it('computes one front per model over the points carrying the metric', () => {
    const pts = [
      point('a', 10, { accuracyPct: 90 }), point('a', 5, { accuracyPct: 85 }), point('a', 12, { accuracyPct: 89 }),
      point('b', 100, { accuracyPct: 70 }), point('a', 1, {}), point('b', 50, { accuracyPct: 71 }),
    ];
    // b's (50,71) dominates (100,70); a's (12,89) is dominated by (10,90); point 4 has no accuracy.
    expect([...sweepParetoFront(pts, 'accuracyPct')]).toEqual([['a', [1, 0]], ['b', [5]]]);
  });

  it('on the synthetic sweep, picks the cheapest point of each preset (accuracy is per preset)', () => {
    const { points } = syntheticSweepReport();
    const front = sweepParetoFront(points, 'accuracyPct').get('cnn_bn')!;
    const cheapest = ['binary', 'w4a4', 'w4a8', 'w8a8'].map((preset) => {
      const own = points.map((p, i) => ({ p, i })).filter((x) => x.p.preset === preset);
      return own.reduce((best, x) => (x.p.energyPj < best.p.energyPj ? x : best)).i;
    });
    expect(front).toEqual(cheapest);
  });
});
