// The descents on a toy space (three chained layers, an additive cost table, a bound table): a descent from
// the base cannot reach the points below a uniform preset when every mixed point on the way fails the
// bound — the fmnist_cnn situation — and the descent from the preset finds the cheaper point within the
// budget; when nothing below the preset fits, the cheapest point within the budget is the preset itself.
import { describe, expect, it } from 'vitest';
import { type DescentContext, greedyDescent, presetStarts, triedKey } from '../../../tools/search/descent.js';
import { frontAndBudget } from '../../../tools/search/front-selection.js';
import { type Assignment, BASE_OPTION, type LayerOption, assignmentKey, optionLabel, optionsOf } from '../../../tools/search/search-space.js';

const layers = ['a', 'b', 'c'];
const options = optionsOf(['8', '4', 'a4']); // w8a8 w8a4 w4a8 w4a4
const W4A8 = options.find((o) => optionLabel(o) === 'w4a8')!;
const COST: Record<string, number> = { w8a8: 10, w8a4: 9, w4a8: 6, w4a4: 5 };
const uniform = (o: LayerOption): Assignment => Object.fromEntries(layers.map((l) => [l, o]));
const cost = (a: Assignment): number => layers.reduce((s, l) => s + COST[optionLabel(a[l]!)]!, 0);

/** Runs the base descent, then a descent from each preset start, as run-search.ts does; returns every scored point (presets included). */
async function search(boundOf: (a: Assignment) => number): Promise<{ points: { label: string; origin: string; objective: number; bound: number }[]; descents: number }> {
  const points = [
    { label: 'w8a8 w8a8 w8a8', origin: 'base', objective: cost(uniform(BASE_OPTION)), bound: boundOf(uniform(BASE_OPTION)) },
    { label: 'w4a8 w4a8 w4a8', origin: 'uniform w4a8', objective: cost(uniform(W4A8)), bound: boundOf(uniform(W4A8)) },
  ];
  // Both bases give a layer the same thing at the same option here, so one table serves both.
  const ctx: DescentContext = {
    layers, allowed: new Map(layers.map((l) => [l, options])), consumers: new Map([['a', ['b']], ['b', ['c']], ['c', []]]),
    batch: 2, maxSteps: 12, maxDrop: 0.5,
    objectiveOf: (_, a) => cost(a),
    predictedLoss: (_, o) => (o.weight === '4' ? 0.1 : 0) + (o.act === 4 ? 0.1 : 0),
    score: async (_, cands, origin) => cands.map((c) => {
      points.push({ label: assignmentKey(layers, c), origin, objective: cost(c), bound: boundOf(c) });
      return boundOf(c);
    }),
  };
  const tried = new Set<string>();
  await greedyDescent(ctx, { base: 'base', assignment: uniform(BASE_OPTION), objective: cost(uniform(BASE_OPTION)) }, tried, (s) => `step ${s}`);
  const { starts } = presetStarts([{ name: 'w4a8', objective: points[1]!.objective, bound: points[1]!.bound, native: W4A8 }], points[0]!.objective, 0.5);
  for (const s of starts) await greedyDescent(ctx, { base: s.name, assignment: uniform(s.native!), objective: s.objective }, tried, (k) => `${s.name} step ${k}`);
  // No assignment over one base was scored twice.
  const keys = points.map((p) => `${p.origin.split(' ')[0]} ${p.label}`);
  expect(tried.size).toBeGreaterThan(0);
  expect(new Set(keys.filter((k) => !k.startsWith('uniform'))).size).toBe(keys.filter((k) => !k.startsWith('uniform')).length);
  return { points, descents: 1 + starts.length };
}
const chosen = (points: readonly { objective: number; accuracy?: number; bound: number }[]) =>
  frontAndBudget(points.map((p) => ({ objective: p.objective, accuracy: -p.bound, bound: p.bound })), 0.5).cheapestWithin;

describe('greedy descents', () => {
  it('finds the cheaper in-budget point below a uniform preset that mixed points from the base cannot reach', async () => {
    // Mixed 8/4-bit points fail the bound (0.9); uniform w4a8 is within it (0.3); below it only a=w4a4 fits.
    const boundOf = (a: Assignment): number => {
      const k = assignmentKey(layers, a);
      if (k === 'w8a8 w8a8 w8a8') return 0.1;
      if (k === 'w4a8 w4a8 w4a8') return 0.3;
      if (k === 'w4a4 w4a8 w4a8') return 0.45;
      return 0.9;
    };
    const { points, descents } = await search(boundOf);
    expect(descents).toBe(2);
    // The base descent never scored anything within the budget but the base.
    expect(points.filter((p) => p.origin.startsWith('step') && p.bound <= 0.5)).toEqual([]);
    const c = points[chosen(points)!]!;
    expect(c).toMatchObject({ label: 'w4a4 w4a8 w4a8', objective: 17 });
    expect(c.origin).toMatch(/^w4a8 step \d+$/);
    expect(c.objective).toBeLessThan(cost(uniform(W4A8)));
  });

  it('returns the preset when nothing cheaper than it fits, after trying the cheaper moves', async () => {
    const boundOf = (a: Assignment): number => ({ 'w8a8 w8a8 w8a8': 0.1, 'w4a8 w4a8 w4a8': 0.3 } as Record<string, number>)[assignmentKey(layers, a)] ?? 0.9;
    const { points } = await search(boundOf);
    expect(points[chosen(points)!]!.origin).toBe('uniform w4a8');
    // The descent from w4a8 tried every cheaper move from it (a4 outputs into a 4-bit consumer, or w4a4).
    const fromPreset = points.filter((p) => p.origin.startsWith('w4a8 step'));
    expect(fromPreset.length).toBeGreaterThan(0);
    for (const p of fromPreset) expect(p.objective).toBeLessThan(18);
    expect(fromPreset.map((p) => p.label)).toContain('w4a4 w4a8 w4a8');
  });
});

describe('descent starts', () => {
  it('are the presets within the budget, cheaper than the base, with a per-layer form, cheapest first', () => {
    const { starts, skipped } = presetStarts([
      { name: 'w8a8-pc', objective: 30, bound: 0.1, native: BASE_OPTION },
      { name: 'w4a8', objective: 18, bound: 0.3, native: W4A8 },
      { name: 'w8a8-pow2', objective: 29, bound: 0.2, native: undefined },
      { name: 'w4a4', objective: 15, bound: 9.7, native: options[3] },
      { name: 'mid', objective: 24, bound: 0.5, native: W4A8 },
    ], 30, 0.5);
    expect(starts.map((s) => s.name)).toEqual(['w4a8', 'mid']);
    expect(skipped).toEqual(['w8a8-pow2']);
  });

  it('key assignments with their base', () => {
    expect(triedKey(layers, 'w4a8', uniform(W4A8))).toBe('w4a8: w4a8 w4a8 w4a8');
  });
});

describe('looking ahead while a step is scored', () => {
  it('estimates the next moves and scores them ahead once the outcome is certain; the descent is the same without it', async () => {
    // Bounds and scoring times from a hash of the assignment: some candidates fail, some finish first.
    const hash = (a: Assignment): number => [...assignmentKey(layers, a)].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1009, 13);
    const boundOf = (a: Assignment): number => (hash(a) % 3 === 0 ? 0.9 : 0.2);
    const msOf = (a: Assignment): number => (hash(a) % 2 === 0 ? 5 : 300);
    const run = async (ahead: boolean) => {
      const estimated: string[] = [];
      const asked: string[] = [];
      const started: string[] = [];
      let busy = 0;
      const scores = new Map<string, Promise<number>>();
      // A two-worker pool: each assignment is scored once, when asked or when speculated.
      const scoreOf = (a: Assignment, ahead = false): Promise<number> => {
        const k = assignmentKey(layers, a);
        let p = scores.get(k);
        if (p === undefined) {
          started.push(`${ahead ? 'ahead ' : ''}${k}`);
          busy++;
          scores.set(k, (p = new Promise<number>((r) => setTimeout(() => (busy--, r(boundOf(a))), msOf(a)))));
        }
        return p;
      };
      const ctx: DescentContext = {
        layers, allowed: new Map(layers.map((l) => [l, options])), consumers: new Map([['a', ['b']], ['b', ['c']], ['c', []]]),
        batch: 2, maxSteps: 12, maxDrop: 0.5,
        objectiveOf: (_, a) => (estimated.push(assignmentKey(layers, a)), cost(a) + hash(a) / 1e4),
        predictedLoss: (_, o) => (o.weight === '4' ? 0.1 : 0) + (o.act === 4 ? 0.1 : 0),
        score: (_, cands, origin, onBound) => Promise.all(cands.map((c, i) => {
          asked.push(`${origin} ${assignmentKey(layers, c)}`);
          return scoreOf(c).then((b) => (onBound?.(i, b), b));
        })),
        ...(ahead ? { spareCore: () => busy < 2, speculate: (_: string, a: Assignment) => void scoreOf(a, true) } : {}),
      };
      const result = await greedyDescent(ctx, { base: 'base', assignment: uniform(BASE_OPTION), objective: cost(uniform(BASE_OPTION)) }, new Set(), (s) => `step ${s}`);
      return { asked, started, estimated, end: assignmentKey(layers, result.end), steps: result.steps };
    };
    const plain = await run(false);
    const ahead = await run(true);
    // The same candidates asked for, in the same steps, and the same end point.
    expect(ahead.asked).toEqual(plain.asked);
    expect([ahead.end, ahead.steps]).toEqual([plain.end, plain.steps]);
    expect(plain.steps).toBeGreaterThan(2);
    // It estimated moves during scoring: the next step's ranking found them done.
    expect(ahead.estimated.length).toBeGreaterThan(plain.estimated.length);
    // Some scores started before their step asked for them, and every one started was asked for (no wasted work).
    expect(ahead.started.filter((k) => k.startsWith('ahead')).length).toBeGreaterThan(0);
    expect(ahead.started.map((k) => k.replace('ahead ', ''))).toEqual(plain.started);
  });
});
