// Which per-layer options the search can skip, and why. Five reasons, in the order they are applied:
// - 'no group form' (exact): a group-scaled option on a depthwise/grouped conv, which keeps per-channel
//   scales (layer-config.ts) — the option would be its plain 4-bit twin scored again;
// - 'not below the base' (exact for the descent): an 8-bit-output option whose objective in the base context
//   (every other layer at the base option) is not below the base's own: a move to it never lowers the
//   objective and the descent, which only takes moves that do, would never score it. Not for options whose
//   worth shows in another context: pow2 ones (pow2 inputs) and int4-mode weights (4-bit inputs, pair
//   moves). (It assumes the order of a layer's options by cost does not flip with its neighbours' options.)
// - 'dearer than 8-bit weights' (a heuristic): a 4-bit-output option (not pow2, not int4-mode) that costs no
//   less than w8a4, the same outputs with 8-bit weights, assumed at least as accurate.
//   Both skip the option's sensitivity probe when no other option needs that width.
// The two heuristics ('dearer than 8-bit weights', 'dominated') run only with `accsim search --heuristic-pruning`:
// by default the search scores what it scored before (the exact reasons only drop what it would never score).
// - 'over budget' (as before): its alone-probe's drop already exceeds --max-drop;
// - 'dominated' (a heuristic, 8-bit-output options only): another option of the layer that can stand wherever it can (same output bits,
//   same power-of-two requantization, the int4 mode if it has it) costs no more in the layer's context AND
//   is predicted to lose no more (its alone-probe), one of the two strictly. The descent ranks moves by
//   objective saved per predicted loss, so the dominated move always ranks below its dominator; it is
//   scored only after the dominator was, and a cheaper, as accurate option that failed makes it unlikely
//   to pass. The probes predict, they do not measure combinations: this can drop a move that would have
//   passed. Its probe has run (it must, to know the loss), so it saves descent estimates and candidates.
import { isPow2Width } from '../../compiler/ptq/sensitivity.js';
import { type LayerOption, int4Consumer, optionLabel } from './search-space.js';

export type PruneReason = 'no group form' | 'not below the base' | 'dearer than 8-bit weights' | 'over budget' | 'dominated';

/** Per layer, each pruned option's label and reason. */
export type Pruned = Map<string, Map<string, PruneReason>>;

/** What the report says about pruning: options per reason, and the probes run, skipped and cut short. */
export interface PruningSummary {
  readonly options: Readonly<Record<PruneReason | 'kept', number>>;
  readonly probes: { readonly run: number; readonly skipped: number; readonly stoppedEarly: number };
  /** Per layer, the pruned options ('w4g128a8': 'not below the base'). */
  readonly layers: Readonly<Record<string, Readonly<Record<string, PruneReason>>>>;
}

const isBase = (o: LayerOption): boolean => o.weight === '8' && o.act === 8;
const W8A4: LayerOption = { weight: '8', act: 4 };

/**
 * The options pruned before any probe. `cost(layer, o)` is the objective of the option in the base context
 * (every other layer at the base option), `baseCost` the base's own.
 */
export function pruneBeforeProbes(layers: readonly string[], options: readonly LayerOption[], grouped: ReadonlySet<string>,
  cost: (layer: string, o: LayerOption) => number, baseCost: number, heuristic = true): Pruned {
  const pruned: Pruned = new Map(layers.map((l) => [l, new Map()]));
  for (const l of layers) {
    for (const o of options) {
      if (isBase(o)) continue;
      if (grouped.has(l) && o.weight.startsWith('g')) pruned.get(l)!.set(optionLabel(o), 'no group form');
      else if (isPow2Width(o.weight) || int4Consumer(o.weight) || o.weight === '8') continue;
      else if (o.act === 8 && cost(l, o) >= baseCost) pruned.get(l)!.set(optionLabel(o), 'not below the base');
      else if (heuristic && o.act === 4 && cost(l, o) >= cost(l, W8A4)) pruned.get(l)!.set(optionLabel(o), 'dearer than 8-bit weights');
    }
  }
  return pruned;
}

/** The widths a layer's probes need: '8' (every option's loss is measured from it), and each width some unpruned option uses. */
export function probeWidthsOf<W extends string>(widths: readonly W[], options: readonly LayerOption[], prunedHere: ReadonlyMap<string, PruneReason>): W[] {
  const live = options.filter((o) => !isBase(o) && !prunedHere.has(optionLabel(o)));
  return widths.filter((w) => w === '8' || (w === 'a4' ? live.some((o) => o.act === 4) : live.some((o) => o.weight === w)));
}

/** Whether `y` can stand wherever `x` can: same output bits, same kind of requantization, the int4 mode if `x` has it. */
function canReplace(y: LayerOption, x: LayerOption): boolean {
  return y.act === x.act && isPow2Width(y.weight) === isPow2Width(x.weight) && (!int4Consumer(x.weight) || int4Consumer(y.weight));
}

/**
 * The options of one layer that survive the probes (base always), recording 'over budget' and 'dominated' in
 * `prunedHere`. `drop` and `loss` are the predicted drop and loss from the alone-probes.
 */
export function pruneAfterProbes(options: readonly LayerOption[], prunedHere: Map<string, PruneReason>, maxDrop: number,
  cost: (o: LayerOption) => number, drop: (o: LayerOption) => number, loss: (o: LayerOption) => number, heuristic = true): LayerOption[] {
  const live = options.filter((o) => isBase(o) || !prunedHere.has(optionLabel(o)));
  const within = live.filter((o) => {
    if (isBase(o) || drop(o) <= maxDrop) return true;
    prunedHere.set(optionLabel(o), 'over budget');
    return false;
  });
  return within.filter((x) => {
    // 4-bit-output options stay: a pair move turns the producer's current weight to 4-bit outputs, so w8a4
    // must remain for the int4 moves from an 8-bit layer even when w4a4 costs less and loses no more.
    if (!heuristic || isBase(x) || x.act === 4) return true;
    const by = within.find((y) => y !== x && !isBase(y) && canReplace(y, x) && cost(y) <= cost(x) && loss(y) <= loss(x) && (cost(y) < cost(x) || loss(y) < loss(x)));
    if (by !== undefined) prunedHere.set(optionLabel(x), 'dominated');
    return by === undefined;
  });
}

/** The heuristics' reasons (behind --heuristic-pruning). */
const HEURISTIC: ReadonlySet<PruneReason> = new Set(['dearer than 8-bit weights', 'dominated']);

/**
 * The options a search WITHOUT --heuristic-pruning keeps (`allowed`) that the two heuristics would drop,
 * from the same option costs and probe results (such a search probed every one of them): per layer, label →
 * reason. The heuristics only take moves away, and a descent ranks the moves that remain in the same order,
 * so a search that scored no move to one of these would, with the heuristics, have scored exactly the same
 * configurations (the 'dearer' rule judges 4-bit-output options and 'dominated' 8-bit-output ones, so
 * neither sees the other's drops).
 */
export function heuristicDrops(layers: readonly string[], options: readonly LayerOption[], grouped: ReadonlySet<string>, allowed: ReadonlyMap<string, readonly LayerOption[]>,
  cost: (layer: string, o: LayerOption) => number, baseCost: number, maxDrop: number, drop: (layer: string, o: LayerOption) => number, loss: (layer: string, o: LayerOption) => number): Pruned {
  const pruned = pruneBeforeProbes(layers, options, grouped, cost, baseCost, true);
  for (const l of layers) pruneAfterProbes(options, pruned.get(l)!, maxDrop, (x) => cost(l, x), (x) => drop(l, x), (x) => loss(l, x), true);
  return new Map(layers.map((l) => [l, new Map([...pruned.get(l)!].filter(([label, r]) => HEURISTIC.has(r) && allowed.get(l)!.some((o) => optionLabel(o) === label)))]));
}

/** Counts for the report. */
export function pruningSummary(pruned: Pruned, optionsPerLayer: number, probes: PruningSummary['probes']): PruningSummary {
  const options: Record<PruneReason | 'kept', number> = { 'no group form': 0, 'not below the base': 0, 'dearer than 8-bit weights': 0, 'over budget': 0, dominated: 0, kept: 0 };
  for (const here of pruned.values()) {
    for (const r of here.values()) options[r]++;
    options.kept += optionsPerLayer - here.size;
  }
  return { options, probes, layers: Object.fromEntries([...pruned].map(([l, here]) => [l, Object.fromEntries(here)])) };
}

/** One line for the terminal and the bench: options per reason, probes. */
export function pruningLine(p: PruningSummary): string {
  const reasons = Object.entries(p.options).filter(([k]) => k !== 'kept').map(([k, n]) => `${n} ${k}`).join(', ');
  return `options pruned: ${reasons} (${p.options.kept} kept, the base included); probes: ${p.probes.run} run (${p.probes.stoppedEarly} cut short once over the budget), ${p.probes.skipped} skipped`;
}

/** One line on what --heuristic-pruning would have done to a search run without it (SearchReport.heuristicCheck). */
export function heuristicCheckLine(c: { readonly drops: Readonly<Record<string, Readonly<Record<string, string>>>>; readonly scoredMoves: readonly string[] }): string {
  const n = Object.values(c.drops).reduce((s, d) => s + Object.keys(d).length, 0);
  return c.scoredMoves.length === 0
    ? `--heuristic-pruning would drop ${n} more options and score the same configurations`
    : `--heuristic-pruning would drop ${n} more options, ${c.scoredMoves.length} scored moves went to them (${c.scoredMoves.slice(0, 3).join('; ')}): it would change this search`;
}
