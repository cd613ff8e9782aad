// Option pruning on hand-made costs and probe losses: options not below the base lose their probes (pow2
// options are never judged against the base), group options on grouped convs are dropped, over-budget
// options go, and among 8-bit-output options only a dominated one (another that can stand wherever it can,
// no dearer and predicted to lose no more) goes; 4-bit-output options stay for the pair moves.
import { describe, expect, it } from 'vitest';
import { heuristicCheckLine, heuristicDrops, probeWidthsOf, pruneAfterProbes, pruneBeforeProbes, pruningLine, pruningSummary } from '../../../tools/search/option-pruning.js';
import { type LayerOption, optionLabel, optionsOf } from '../../../tools/search/search-space.js';

const options = optionsOf(['8', '4', '2', 'log', 'g128', 'pow2', 'pow2-4', 'a4']);
const COST: Record<string, number> = { w8: 100, w4: 60, w2: 50, log4: 55, w4g128: 70, pow2: 95, pow2w4: 58 };
const cost = (o: LayerOption): number => COST[optionLabel(o).replace(/a[48]$/, '')]! - (o.act === 4 ? 5 : 0);
const labels = (os: readonly LayerOption[]) => os.map(optionLabel);

describe('option pruning', () => {
  it('before the probes: not below the base (not pow2 or int4-mode options), dearer than w8a4, no group form on grouped convs', () => {
    const dearGroups = (l: string, o: LayerOption) => (o.weight === 'g128' && l === 'conv' ? 120 - (o.act === 4 ? 5 : 0) : cost(o));
    // pow2 and 4-bit weights dearer than the base here: they are judged in other contexts, so they stay.
    const pruned = pruneBeforeProbes(['conv', 'dw'], options, new Set(['dw']), (l, o) => (o.weight === 'pow2' || o.weight === '4' ? 150 : dearGroups(l, o)), 100);
    expect(Object.fromEntries(pruned.get('conv')!)).toEqual({ w4g128a8: 'not below the base', w4g128a4: 'dearer than 8-bit weights' });
    expect(Object.fromEntries(pruned.get('dw')!)).toEqual({ w4g128a8: 'no group form', w4g128a4: 'no group form' });
    // g128 has no live option left on either layer: its probe is skipped; pow2 (dearer than the base here) keeps its probe.
    const widths = ['8', '4', '2', 'log', 'g128', 'pow2', 'pow2-4', 'a4'] as const;
    expect(probeWidthsOf(widths, options, pruned.get('conv')!)).toEqual(['8', '4', '2', 'log', 'pow2', 'pow2-4', 'a4']);
    // A layer whose only 4-bit-output options are pruned needs no a4 probe.
    const noA4 = new Map(options.filter((o) => o.act === 4).map((o) => [optionLabel(o), 'not below the base' as const]));
    expect(probeWidthsOf(widths, options, noA4)).not.toContain('a4');
  });

  it('after the probes: over budget, then dominated among 8-bit-output options', () => {
    // w2 over budget; log4 as cheap as w4 is not, loses less than g128: g128 dominated by log4 (both non-int4, non-pow2).
    // w4 is not dominated by log4 (log4 cannot run in the int4 mode). pow2 (8-bit) is dominated by pow2w4 (cheaper, no more loss).
    const loss: Record<string, number> = { w8: 0, w4: 0.02, w2: 0.3, log4: 0.01, w4g128: 0.01, pow2: 0.01, pow2w4: 0.01 };
    const drop = (o: LayerOption) => (o.weight === '2' ? 3 : 0.1);
    const here = new Map();
    const kept = pruneAfterProbes(options, here, 0.5, cost, drop, (o) => loss[optionLabel(o).replace(/a[48]$/, '')]!);
    expect(Object.fromEntries(here)).toEqual({ w2a8: 'over budget', w2a4: 'over budget', w4g128a8: 'dominated', pow2a8: 'dominated' });
    expect(labels(kept)).toEqual(['w8a8', 'w8a4', 'w4a8', 'w4a4', 'log4a8', 'log4a4', 'w4g128a4', 'pow2a4', 'pow2w4a8', 'pow2w4a4']);
    const summary = pruningSummary(new Map([['conv', here]]), options.length, { run: 8, skipped: 0, stoppedEarly: 1 });
    expect(summary.options).toEqual({ 'no group form': 0, 'not below the base': 0, 'dearer than 8-bit weights': 0, 'over budget': 2, dominated: 2, kept: 10 });
    expect(pruningLine(summary)).toContain('1 cut short');
  });

  it('keeps both of two options that each win on one axis, and ties on both', () => {
    const two = optionsOf(['8', '4', 'log']);
    const here = new Map();
    expect(labels(pruneAfterProbes(two, here, 0.5, (o) => (o.weight === 'log' ? 50 : o.weight === '4' ? 60 : 100), () => 0, (o) => (o.weight === 'log' ? 0.2 : 0.1)))).toEqual(['w8a8', 'w4a8', 'log4a8']);
    expect(labels(pruneAfterProbes(two, new Map(), 0.5, () => 60, () => 0, () => 0.1))).toEqual(['w8a8', 'w4a8', 'log4a8']);
  });
});

describe('without --heuristic-pruning', () => {
  it('drops only what the descent would never score, and what is over the budget', () => {
    const dear = (_: string, o: LayerOption) => (o.weight === 'g128' ? 120 - (o.act === 4 ? 5 : 0) : cost(o));
    const pruned = pruneBeforeProbes(['conv'], options, new Set(), dear, 100, false);
    expect(Object.fromEntries(pruned.get('conv')!)).toEqual({ w4g128a8: 'not below the base' });
    const here = new Map();
    const kept = pruneAfterProbes(options, here, 0.5, cost, (o) => (o.weight === '2' ? 3 : 0.1), () => 0, false);
    expect(Object.fromEntries(here)).toEqual({ w2a8: 'over budget', w2a4: 'over budget' });
    expect(kept.length).toBe(options.length - 2);
  });

  it('says which kept options the heuristics would drop, from the same costs and losses', () => {
    const dear = (_: string, o: LayerOption) => (o.weight === 'g128' ? 120 - (o.act === 4 ? 5 : 0) : cost(o));
    const loss: Record<string, number> = { w8: 0, w4: 0.02, w2: 0.3, log4: 0.01, w4g128: 0.01, pow2: 0.01, pow2w4: 0.01 };
    const lossOf = (_: string, o: LayerOption) => loss[optionLabel(o).replace(/a[48]$/, '')]!;
    const drop = (_: string, o: LayerOption) => (o.weight === '2' ? 3 : 0.1);
    const pruned = pruneBeforeProbes(['conv'], options, new Set(), dear, 100, false);
    const allowed = new Map([['conv', pruneAfterProbes(options, pruned.get('conv')!, 0.5, (o) => dear('conv', o), (o) => drop('conv', o), (o) => lossOf('conv', o), false)]]);
    // w4g128a4 (dearer than w8a4) and pow2a8 (dominated by pow2w4a8) are kept without the heuristics; over-budget
    // w2 and not-below-the-base w4g128a8 are gone either way, so they are no difference.
    const drops = heuristicDrops(['conv'], options, new Set(), allowed, dear, 100, 0.5, drop, lossOf);
    expect(Object.fromEntries(drops.get('conv')!)).toEqual({ w4g128a4: 'dearer than 8-bit weights', pow2a8: 'dominated' });
    expect(heuristicCheckLine({ drops: { conv: Object.fromEntries(drops.get('conv')!) }, scoredMoves: [] })).toContain('would drop 2 more options and score the same configurations');
    expect(heuristicCheckLine({ drops: {}, scoredMoves: ['step 3: conv pow2a8'] })).toContain('it would change this search');
  });
});
