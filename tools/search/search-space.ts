// The search space of `accsim search`: per weighted layer an OPTION (weight width and output activation
// bits), an assignment of options to layers, and how an assignment becomes a configuration (the base
// preset plus per-layer overrides; AdaRound and bias correction when some layer has ≤ 4-bit weights, as
// the w4a8 preset does). Moves change one layer, or a producer's outputs and its weighted consumer's
// weights together (the pair that lets the consumer run in the array's int4 mode). A power-of-two layer
// (requantization by a shift) needs a power-of-two input scale: its weighted producers are pow2 too and the
// network input's quantizer is (pow2Consistent; assignmentConfig turns the default's pow2 on for it).
import type { Graph } from '../../compiler/ir/graph.js';
import { consumersOf } from '../../compiler/ir/graph.js';
import { type Width, isPow2Width, widthOverride } from '../../compiler/ptq/sensitivity.js';
import type { LayerQuantConfig, QuantConfig } from '../../compiler/quant/presets.js';

/** A layer's option: the weight width and the bits of the activations it produces. */
export interface LayerOption {
  readonly weight: Exclude<Width, 'a4'>;
  readonly act: 8 | 4;
}

const WEIGHT_LABEL: Readonly<Partial<Record<LayerOption['weight'], string>>> = { pow2: 'pow2', 'pow2-4': 'pow2w4', log: 'log4', g32: 'w4g32', g64: 'w4g64', g128: 'w4g128' };

/** 'w8a8', 'pow2a8' (8-bit pow2), 'pow2w4a8', 'log4a8', 'w4g128a8', 'w4a4', ... */
export function optionLabel(o: LayerOption): string {
  return `${WEIGHT_LABEL[o.weight] ?? `w${o.weight}`}a${o.act}`;
}

/** Layer name → option. */
export type Assignment = Readonly<Record<string, LayerOption>>;

export const BASE_OPTION: LayerOption = { weight: '8', act: 8 };

/** `accsim search`'s default per-layer options (--widths) and uniform reference presets (--presets); the bench uses them too. */
export const DEFAULT_SEARCH_WIDTHS = ['8', '4', '2', 'a4', 'log', 'pow2', 'pow2-4', 'g128'] as const;
export const DEFAULT_SEARCH_PRESETS = ['w8a8', 'w8a8-pc', 'w8a8-pow2', 'w4a8', 'w4a4'] as const;

/**
 * The options the widths allow: each weight width with 8-bit outputs, and with 4-bit outputs when 'a4' is
 * listed. The pow2 widths are per-layer options under pow2Consistent's rule.
 */
export function optionsOf(widths: readonly Width[]): LayerOption[] {
  const weights = widths.filter((w): w is LayerOption['weight'] => w !== 'a4');
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
  // A pow2 layer reads a power-of-two input scale: the network input's quantizer (and add/concat outputs)
  // follow the default's pow2, so it is turned on, and the layers at a non-pow2 native option say pow2 false.
  const pow2On = !base.default.pow2 && Object.values(a).some((o) => isPow2Width(o.weight));
  let low = false;
  for (const [name, o] of Object.entries(a)) {
    if (o.weight === native.weight && o.act === native.act) {
      if (pow2On) layers[name] = { ...layers[name], pow2: false };
      continue;
    }
    const w = widthOverride(o.weight);
    if (w.weightBits !== undefined && w.weightBits > 1 && w.weightBits <= 4) low = true;
    layers[name] = { ...layers[name], ...w, ...(o.act !== base.default.actBits ? { actBits: o.act } : {}) };
  }
  const recipe = { ...base.recipe, ...(low ? { adaround: true, biasCorrection: true } : {}) };
  return { ...base, name: 'search', recipe, layers, ...(pow2On ? { default: { ...base.default, pow2: true } } : {}) };
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

/**
 * The configuration the cost estimate lowers: `config` without the steps that only move values — AdaRound,
 * bias correction, and the MSE search of weight clipping ranges (min/max instead: the same dtypes, formats,
 * groups and scales' kinds, other scale values). The cost cache keys strip value fields, so the estimate is
 * the same; the MSE search was half of an estimate's CPU (`test/tools/search/cost-cache.test.ts` checks
 * the energies agree).
 */
export function structuralConfig(config: QuantConfig): QuantConfig {
  const minmax = <T extends Partial<LayerQuantConfig>>(c: T): T => (c.weightRange === undefined ? c : { ...c, weightRange: 'minmax' });
  return {
    ...config, recipe: { ...config.recipe, adaround: false, biasCorrection: false }, default: minmax(config.default),
    ...(config.first !== undefined ? { first: minmax(config.first) } : {}), ...(config.last !== undefined ? { last: minmax(config.last) } : {}),
    layers: Object.fromEntries(Object.entries(config.layers).map(([k, v]) => [k, minmax(v)])),
  };
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

/**
 * Whether every pow2 layer of `a` reads a power-of-two input scale: each of its weighted producers
 * (`consumers` inverted) is pow2 too. The network input and add/concat outputs are pow2 whenever some
 * layer is (assignmentConfig), and pools, flatten and reshape keep their input's scale.
 */
export function pow2Consistent(a: Assignment, consumers: ReadonlyMap<string, readonly string[]>): boolean {
  for (const [producer, cs] of consumers) {
    if (isPow2Width(a[producer]!.weight)) continue;
    if (cs.some((c) => a[c] !== undefined && isPow2Width(a[c].weight))) return false;
  }
  return true;
}

/** Whether a layer with these weights runs in the array's int4 mode on 4-bit inputs (packed integer weights; log and group-scaled layers read 8-bit inputs). */
export function int4Consumer(weight: LayerOption['weight']): boolean {
  return weight === '4' || weight === '2' || weight === 'pow2-4';
}

/** A move: new options for one or two layers. */
export type Move = Readonly<Record<string, LayerOption>>;

/**
 * Every move from `a`: each layer to each other allowed option; each producer to 4-bit outputs with each
 * consumer to each ≤ 4-bit integer weight option (int4 mode; log and group-scaled layers read 8-bit
 * inputs). Moves that leave a pow2 layer after a non-pow2 producer are left out (pow2Consistent).
 */
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
        if (int4Consumer(o.weight) && !same(o, a[c]!)) moves.push({ [producer]: pOpt, [c]: o });
      }
    }
  }
  return moves.filter((m) => pow2Consistent({ ...a, ...m }, consumers));
}

/** A stable key of an assignment (layer order fixed by `layers`). */
export function assignmentKey(layers: readonly string[], a: Assignment): string {
  return layers.map((l) => optionLabel(a[l]!)).join(' ');
}
