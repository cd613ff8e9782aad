// The search space of `accsim search`: per weighted layer an OPTION (weight width and output activation
// bits), an assignment of options to layers, and how an assignment becomes a configuration (the base
// preset plus per-layer overrides; AdaRound and bias correction when some layer has ≤ 4-bit weights, as
// the w4a8 preset does). Moves change one layer, or a producer's outputs and its weighted consumer's
// weights together (the pair that lets the consumer run in the array's int4 mode).
import type { Graph } from '../../compiler/ir/graph.js';
import { consumersOf } from '../../compiler/ir/graph.js';
import { type Width, widthOverride } from '../../compiler/ptq/sensitivity.js';
import { type LayerQuantConfig, type QuantConfig, quantConfigToJson } from '../../compiler/quant/presets.js';

/** A layer's option: the weight width and the bits of the activations it produces. */
export interface LayerOption {
  readonly weight: Exclude<Width, 'a4'>;
  readonly act: 8 | 4;
}

/** 'w8a8', 'pow2a8', 'w4a4', ... */
export function optionLabel(o: LayerOption): string {
  return `${o.weight === 'pow2' ? 'pow2' : `w${o.weight}`}a${o.act}`;
}

/** Layer name → option. */
export type Assignment = Readonly<Record<string, LayerOption>>;

export const BASE_OPTION: LayerOption = { weight: '8', act: 8 };

/**
 * The options the widths allow: each weight width with 8-bit outputs, and with 4-bit outputs when 'a4' is
 * listed. 'pow2' is not a per-layer option (a shift requantization needs power-of-two scales all the way
 * from the network input); the uniform w8a8-pow2 preset stands for it.
 */
export function optionsOf(widths: readonly Width[]): LayerOption[] {
  const weights = widths.filter((w): w is LayerOption['weight'] => w !== 'a4' && w !== 'pow2');
  if (!weights.includes('8')) weights.unshift('8');
  return weights.flatMap((weight) => [{ weight, act: 8 as const }, ...(widths.includes('a4') ? [{ weight, act: 4 as const }] : [])]);
}

/**
 * The configuration of an assignment over `base`: layers at `native` (the option `base` already gives every
 * layer; w8a8 for the base preset, w4a8 over the w4a8 preset) need no override, the others get their
 * width's settings and, when their output bits differ from the base's, their `actBits`.
 */
export function assignmentConfig(base: QuantConfig, a: Assignment, native: LayerOption = BASE_OPTION): QuantConfig {
  const layers: Record<string, Partial<LayerQuantConfig>> = { ...base.layers };
  let low = false;
  for (const [name, o] of Object.entries(a)) {
    if (o.weight === native.weight && o.act === native.act) continue;
    const w = widthOverride(o.weight);
    if (w.weightBits !== undefined && w.weightBits > 1 && w.weightBits <= 4) low = true;
    layers[name] = { ...layers[name], ...w, ...(o.act !== base.default.actBits ? { actBits: o.act } : {}) };
  }
  const recipe = { ...base.recipe, ...(low ? { adaround: true, biasCorrection: true } : {}) };
  return { ...base, name: 'search', recipe, layers };
}

/**
 * The option that reproduces `preset` on every layer over the preset itself as base: its default settings
 * are unchanged by the option's width and its output bits are the option's. Undefined when the preset has
 * first/last/per-layer overrides or no option fits (w8a8-pow2: pow2 is no per-layer option).
 */
export function nativeOption(preset: QuantConfig, options: readonly LayerOption[]): LayerOption | undefined {
  if (preset.first !== undefined || preset.last !== undefined || Object.keys(preset.layers).length > 0) return undefined;
  const d = preset.default;
  return options.find((o) => o.act === d.actBits && Object.entries(widthOverride(o.weight)).every(([k, v]) => d[k as keyof LayerQuantConfig] === v));
}

/** The JSON --config text of an assignment. */
export function assignmentJson(base: QuantConfig, a: Assignment): Record<string, unknown> {
  return quantConfigToJson(assignmentConfig(base, a));
}

/** Options read per layer, for reports. */
export function assignmentLabels(a: Assignment): Record<string, string> {
  return Object.fromEntries(Object.entries(a).map(([k, o]) => [k, optionLabel(o)]));
}

/** For each weighted layer, the weighted layers that read its output (through pools, flatten, reshape). */
export function weightedConsumers(float: Graph): Map<string, string[]> {
  const weighted = (op: string) => op === 'conv2d' || op === 'dense';
  const through = new Set(['maxpool', 'avgpool', 'global_avgpool', 'flatten', 'reshape']);
  const out = new Map<string, string[]>();
  const walk = (name: string, acc: string[]): void => {
    for (const c of consumersOf(float, name)) {
      if (weighted(c.op)) acc.push(c.name);
      else if (through.has(c.op)) walk(c.name, acc);
    }
  };
  for (const n of float.nodes) if (weighted(n.op)) walk(n.name, (out.set(n.name, []), out.get(n.name)!));
  return out;
}

/** A move: new options for one or two layers. */
export type Move = Readonly<Record<string, LayerOption>>;

/** Every move from `a`: each layer to each other allowed option; each producer to 4-bit outputs with each consumer to each ≤ 4-bit weight option. */
export function movesFrom(a: Assignment, allowed: ReadonlyMap<string, readonly LayerOption[]>, consumers: ReadonlyMap<string, readonly string[]>): Move[] {
  const same = (x: LayerOption, y: LayerOption) => x.weight === y.weight && x.act === y.act;
  const moves: Move[] = [];
  for (const [layer, opts] of allowed) for (const o of opts) if (!same(o, a[layer]!)) moves.push({ [layer]: o });
  for (const [producer, cs] of consumers) {
    const p = a[producer]!;
    if (p.act === 4) continue;
    const pOpt = allowed.get(producer)!.find((o) => o.weight === p.weight && o.act === 4);
    if (pOpt === undefined) continue;
    for (const c of cs) {
      for (const o of allowed.get(c) ?? []) {
        if ((o.weight === '4' || o.weight === '2') && !same(o, a[c]!)) moves.push({ [producer]: pOpt, [c]: o });
      }
    }
  }
  return moves;
}

/** A stable key of an assignment (layer order fixed by `layers`). */
export function assignmentKey(layers: readonly string[], a: Assignment): string {
  return layers.map((l) => optionLabel(a[l]!)).join(' ');
}
