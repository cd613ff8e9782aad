// The greedy descent of `accsim search`, and where it starts. A descent walks from a start assignment: each
// step ranks every move by objective saved per predicted loss added, scores the best `batch` moves for real
// and moves to the cheapest of them within the budget (drop + 1 SE ≤ maxDrop). The first descent starts
// from the base (every layer w8a8); more descents start from each uniform preset that is within the budget,
// cheaper than the base and has a per-layer form (every layer one option of the search space over the
// preset as base), because a descent from the base only reaches points below a cheap preset through
// mixed points that may each fail the bound (fmnist_cnn: conv2's 4-bit outputs and conv1 at 4 bits failed
// it from w8a8, while uniform w4a8 is within it). All descents share the set of tried assignments (keyed
// with their base) and the caller's scoring, so no configuration is scored twice.
import { type Assignment, type LayerOption, assignmentKey, movesFrom } from './search-space.js';

/** What a descent needs from the search: the space, the cost estimate, the predicted loss, real scoring. */
export interface DescentContext {
  readonly layers: readonly string[];
  readonly allowed: ReadonlyMap<string, readonly LayerOption[]>;
  readonly consumers: ReadonlyMap<string, readonly string[]>;
  /** Candidates scored for real per step (the worker threads). */
  readonly batch: number;
  readonly maxSteps: number;
  readonly maxDrop: number;
  /** The objective estimate (cost cache) of an assignment over the base called `base`. */
  objectiveOf(base: string, a: Assignment): number;
  /** Estimates an assignment ahead of need (the look-ahead; it may leave the estimate to objectiveOf). Absent: objectiveOf. */
  estimateAhead?(base: string, a: Assignment): void;
  /** The loss a layer's option is predicted to add (from the sensitivity probes). */
  predictedLoss(layer: string, o: LayerOption): number;
  /**
   * Scores assignments over `base` for real; returns each one's drop + 1 SE, in order. `origin` names the
   * step; `onBound(i, bound)`, when given, is called as each one's score arrives.
   */
  score(base: string, cands: readonly Assignment[], origin: string, onBound?: (i: number, bound: number) => void): Promise<number[]>;
  /** Called after each step. */
  onStep?(step: number): void;
  /** Whether a worker thread is idle now (then the main thread estimates ahead: lookAhead). Absent: never. */
  spareCore?(): boolean;
  /**
   * Starts scoring an assignment over `base` on an idle worker before any step asks for it (speculation).
   * Its score is kept by configuration and used only when a step later scores exactly that assignment, so
   * the descent is the same with or without it. Absent: never.
   */
  speculate?(base: string, a: Assignment): void;
}

/**
 * The moves of a step from `a` (objective `now`) not yet tried, that lower the objective, best first:
 * objective saved per predicted loss added, ties by assignment key.
 */
function rankMoves(ctx: DescentContext, base: string, a: Assignment, now: number, tried: ReadonlySet<string>) {
  const layers = ctx.layers;
  return movesFrom(a, ctx.allowed, ctx.consumers).map((move) => ({ ...a, ...move }) as Assignment)
    .filter((cand) => !tried.has(triedKey(layers, base, cand)))
    .map((cand) => {
      const objective = ctx.objectiveOf(base, cand);
      const added = layers.reduce((s, l) => s + ctx.predictedLoss(l, cand[l]!) - ctx.predictedLoss(l, a[l]!), 0);
      return { cand, objective, gain: now - objective, ratio: (now - objective) / Math.max(added, 1e-4) };
    })
    .filter((m) => m.gain > 0)
    .sort((x, y) => y.ratio - x.ratio || assignmentKey(layers, x.cand).localeCompare(assignmentKey(layers, y.cand)));
}

type RankedMove = ReturnType<typeof rankMoves>[number];

/** Where a descent starts: an assignment over the base called `base` (a preset name), already scored. */
export interface DescentStart {
  readonly base: string;
  readonly assignment: Assignment;
  readonly objective: number;
}

/** What one descent did: its start, the steps it took, the point it ended on. */
export interface DescentResult {
  readonly from: string;
  readonly steps: number;
  readonly end: Assignment;
  readonly endObjective: number;
}

/** The key of an assignment over a base; the tried set of all descents holds these. */
export function triedKey(layers: readonly string[], base: string, a: Assignment): string {
  return `${base}: ${assignmentKey(layers, a)}`;
}

/**
 * One greedy descent from `start`. `tried` is shared by all descents (and holds the start). `originOf(step)`
 * names the scored points. Moves must lower the objective; a step without a move within the budget keeps
 * the current point (its other candidates are tried, so the next step ranks the next moves).
 */
export async function greedyDescent(ctx: DescentContext, start: DescentStart, tried: Set<string>, originOf: (step: number) => string): Promise<DescentResult> {
  const layers = ctx.layers;
  const base = start.base;
  let current = start.assignment;
  let now = start.objective;
  let steps = 0;
  tried.add(triedKey(layers, base, current));
  for (let step = 1; step <= ctx.maxSteps; step++) {
    const ranked = rankMoves(ctx, base, current, now, tried);
    if (ranked.length === 0) break;
    const batch = ranked.slice(0, ctx.batch);
    for (const m of batch) tried.add(triedKey(layers, base, m.cand));
    const known: (number | undefined)[] = batch.map(() => undefined);
    let settled = false;
    const scoring = ctx.score(base, batch.map((m) => m.cand), originOf(step), (i, b) => (known[i] = b)).finally(() => (settled = true));
    if (ctx.spareCore !== undefined && step < ctx.maxSteps) await lookAhead(ctx, base, { cand: current, objective: now }, batch, known, tried, () => settled);
    const bounds = await scoring;
    steps = step;
    const moved = batch.filter((_, i) => bounds[i]! <= ctx.maxDrop).sort((x, y) => x.objective - y.objective)[0];
    if (moved !== undefined) {
      current = moved.cand;
      now = moved.objective;
    }
    ctx.onStep?.(step);
  }
  return { from: base, steps, end: current, endObjective: now };
}

/**
 * While a step's candidates are scored, the main thread estimates the moves from the step's likely outcome
 * (the cheapest candidate not known to fail the budget) whether or not a core is spare — the next step ranks
 * every move of its outcome before it scores any, so an estimate left for then is one both workers wait
 * on — and the other candidates' while a core is spare. Once the outcome is certain (every candidate
 * cheaper than a passing one has failed) and a worker idles, it scores the outcome's best moves ahead
 * (`speculate`). Estimates are pure and cached, and a speculative score is used only when a step asks for
 * exactly that assignment (with the outcome certain, the next step always does), so the descent is the
 * same with or without this.
 */
async function lookAhead(ctx: DescentContext, base: string, current: { cand: Assignment; objective: number }, batch: readonly RankedMove[],
  known: readonly (number | undefined)[], tried: ReadonlySet<string>, settled: () => boolean): Promise<void> {
  const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
  const byObjective = [...batch].sort((x, y) => x.objective - y.objective);
  const boundOf = (m: RankedMove): number | undefined => known[batch.indexOf(m)];
  const likely = (): { cand: Assignment; objective: number } => byObjective.find((m) => (boundOf(m) ?? -Infinity) <= ctx.maxDrop) ?? current;
  // Certain once the likely outcome's own score is in (it passed, and every cheaper candidate failed) or every candidate failed.
  const certain = (next: { cand: Assignment; objective: number }): boolean => next === current || boundOf(next as RankedMove) !== undefined;
  const estimated = new Set<Assignment>();
  /** Estimates the moves from `from` until `stop()`; true when all are done. */
  const estimateMoves = async (from: Assignment, stop: () => boolean): Promise<boolean> => {
    if (estimated.has(from)) return true;
    for (const move of movesFrom(from, ctx.allowed, ctx.consumers)) {
      const next = { ...from, ...move } as Assignment;
      if (tried.has(triedKey(ctx.layers, base, next))) continue;
      if (settled() || stop()) return false;
      (ctx.estimateAhead ?? ctx.objectiveOf)(base, next);
      // Let the pool's messages (results, AdaRound memo entries for the other worker) through.
      await new Promise((r) => setImmediate(r));
    }
    estimated.add(from);
    return true;
  };
  let speculated: RankedMove[] | undefined;
  while (!settled()) {
    const next = likely();
    if (!(await estimateMoves(next.cand, () => likely() !== next))) continue;
    if (ctx.speculate !== undefined && certain(next) && ctx.spareCore!()) {
      speculated ??= rankMoves(ctx, base, next.cand, next.objective, tried).slice(0, ctx.batch);
      // The next step scores these first; each goes to a worker as one idles.
      while (speculated.length > 0 && ctx.spareCore!()) ctx.speculate(base, speculated.shift()!.cand);
    }
    // The other outcomes' moves only on a spare core: they are wasted when the likely outcome holds.
    for (const m of certain(next) ? [] : byObjective) {
      if (settled() || likely() !== next || !ctx.spareCore!()) break;
      if (m !== next) await estimateMoves(m.cand, () => likely() !== next || !ctx.spareCore!());
    }
    await pause(20);
  }
}

/** A scored uniform preset as the choice of descent starts sees it. */
export interface PresetPoint {
  readonly name: string;
  readonly objective: number;
  readonly bound: number;
  /** The option that reproduces the preset on every layer over the preset as base; undefined when none does (w8a8-pow2: pow2 is no per-layer option). */
  readonly native: LayerOption | undefined;
}

/**
 * The presets a further descent starts from, cheapest first: within the budget, cheaper than the base's
 * start and with a per-layer form. `skipped` names the presets within the budget and cheaper that have none.
 */
export function presetStarts(presets: readonly PresetPoint[], baseObjective: number, maxDrop: number): { starts: PresetPoint[]; skipped: string[] } {
  const eligible = presets.filter((p) => p.bound <= maxDrop && p.objective < baseObjective).sort((x, y) => x.objective - y.objective || x.name.localeCompare(y.name));
  return { starts: eligible.filter((p) => p.native !== undefined), skipped: eligible.filter((p) => p.native === undefined).map((p) => p.name) };
}
