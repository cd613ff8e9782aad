// Per-layer sensitivity (the white paper's debugging workflow, §4.8; HAWQ-style ranking): for each layer,
// the held-out loss, accuracy and output SQNR when ONLY that layer is quantized at a given width (everything
// else float), and when that layer is kept float while every other quantizer of the base configuration is
// applied. Both are float runs with fake quantization built from a real quantized graph's own parameters
// (fake-quant-runs.ts): the layer's dequantized integer weights and its output grid, so a width is judged
// with exactly the weights and ranges the integer pipeline would give it (AdaRound included for 4/2 bits).
//
// Widths name what a layer is set to (widthOverride): weights '8' (i8 as in the base), 'pow2' (8 bits,
// power-of-two scales: requantization is a shift), 'pow2-4' (the same on per-channel MSE 4-bit weights,
// AdaRound), '4' / '2' (per-channel MSE weights, AdaRound), 'log' (4-bit log-domain codes, 0 or ±2^e times a
// per-channel scale: the w4a8-log shift-add datapath; the adaround step is log-rounding.ts), 'g32' / 'g64' /
// 'g128' (4-bit weights with one 8-bit multiplier per that many weights along K, as w4a8-g*), '1' (binary
// weights, α per channel), and 'a4' (the layer's OUTPUT activations at 4 bits, weights as in the base).
import type { Graph } from '../ir/graph.js';
import { fail } from '../../core/diagnostics.js';
import type { LayerQuantConfig, QuantConfig } from '../quant/presets.js';
import { LAYER_OPS } from '../quant/layer-config.js';
import { type ChoiceScore, type HeldOutSet, firstSamples, scoreOutputs } from './choice-score.js';
import { type ValueTransform, dequantizedWeights, fakeQuantizeOnGrid, gridOf, runFloatValues, withWeights } from './fake-quant-runs.js';
import { type CalibrationCache, cachedFloatGraph, quantizeModel } from './quantize-model.js';
import { inferTypes } from '../ir/verify.js';
import { type Tensor, numel } from '../ir/tensor.js';

/** The widths `--widths` accepts. */
export const WIDTHS = ['8', 'pow2', 'pow2-4', '4', 'log', 'g32', 'g64', 'g128', '2', '1', 'a4'] as const;
export type Width = (typeof WIDTHS)[number];

/** Parses '8,4,2,1,pow2' (MIX004 naming an unknown or repeated width). */
export function parseWidths(text: string): Width[] {
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  for (const w of items) if (!(WIDTHS as readonly string[]).includes(w)) fail('MIX004', `unknown width '${w}' in '${text}'; expected some of ${WIDTHS.join(', ')}`);
  if (new Set(items).size !== items.length || items.length === 0) fail('MIX004', `widths '${text}' must list each width once, at least one`);
  return items as Width[];
}

/** Widths whose requantization is a shift: they need a power-of-two input scale (configWithWidth, search-space.ts). */
export function isPow2Width(width: Width): boolean {
  return width === 'pow2' || width === 'pow2-4';
}

/**
 * The per-layer settings of a width (merged over the layer's base settings). Every weight width says its
 * weight format and group size, so it means the same over any base (w4a8-log, w4a8-g128 as well as w8a8).
 */
export function widthOverride(width: Width): Partial<LayerQuantConfig> {
  const int = { weightFormat: 'int', weightGroup: 0 } as const;
  const low = { perChannel: true, narrowWeights: false, weightRange: 'mse' } as const;
  switch (width) {
    case '8': return { weightBits: 8, narrowWeights: true, pow2: false, ...int };
    case 'pow2': return { weightBits: 8, narrowWeights: true, pow2: true, ...int };
    case 'pow2-4': return { weightBits: 4, ...low, pow2: true, ...int };
    case '4': return { weightBits: 4, ...low, pow2: false, ...int };
    case 'log': return { weightBits: 4, ...low, pow2: false, weightFormat: 'log', weightGroup: 0 };
    case 'g32': return { weightBits: 4, ...low, pow2: false, weightFormat: 'int', weightGroup: 32 };
    case 'g64': return { weightBits: 4, ...low, pow2: false, weightFormat: 'int', weightGroup: 64 };
    case 'g128': return { weightBits: 4, ...low, pow2: false, weightFormat: 'int', weightGroup: 128 };
    case '2': return { weightBits: 2, ...low, pow2: false, ...int };
    case '1': return { weightBits: 1, perChannel: true, narrowWeights: false, pow2: false, ...int };
    case 'a4': return { actBits: 4 };
  }
}

/** What one sensitivity run measures. `float`: the layer float, the rest quantized at the base. */
export type SensitivityProbe = { readonly layer: string; readonly width: Width } | { readonly layer: string; readonly width: 'float' };

/**
 * The base configuration with `layer` set to `width` (AdaRound on when the width has ≤ 4-bit weights).
 * 'pow2' and 'pow2-4' set every layer to pow2: a shift requantization needs a power-of-two input scale, so
 * one pow2 layer after an m0shift one has no integer form (QNT005); the probe reads only `layer`'s parameters
 * (its weights on their power-of-two grid and its power-of-two output grid).
 */
export function configWithWidth(base: QuantConfig, layer: string, width: Width): QuantConfig {
  const o = widthOverride(width);
  const low = o.weightBits !== undefined && o.weightBits > 1 && o.weightBits <= 4;
  const recipe = { ...base.recipe, ...(low ? { adaround: true } : {}) };
  if (isPow2Width(width)) {
    const layers = Object.fromEntries([...Object.entries(base.layers).map(([k, v]) => [k, { ...v, pow2: true }]), [layer, { ...base.layers[layer], ...o }]]);
    return { ...base, recipe, default: { ...base.default, pow2: true }, first: { ...base.first, pow2: true }, last: { ...base.last, pow2: true }, layers };
  }
  return { ...base, recipe, layers: { ...base.layers, [layer]: { ...base.layers[layer], ...o } } };
}

/** The layers a sensitivity analysis covers: conv2d/dense (weights) and add/concat, after the float passes. */
export function sensitivityLayers(float: Graph): { name: string; op: string }[] {
  return float.nodes.filter((n) => LAYER_OPS.has(n.op)).map((n) => ({ name: n.name, op: n.op }));
}

/**
 * Float values of the plain float graph that alone-probes start from, by `${float graph key}|${samples}|${value}`:
 * one tensor per held-out sample. A probe of layer L changes only L and what reads it, so every value
 * outside that cone is the plain float run's; the values the cone reads from outside it are kept here
 * after the first probe of L and reused by its other widths.
 */
export type FloatCutCache = Map<string, Tensor[]>;

/** The nodes `layer` reaches (itself included) and the values they read from outside that set. */
function coneOf(float: Graph, layer: string): { cone: Set<string>; cut: string[] } {
  const cone = new Set([layer]);
  for (const n of float.nodes) if (n.operands.some((o) => o.ref === 'value' && cone.has(o.name))) cone.add(n.name);
  const cut = new Set<string>();
  for (const n of float.nodes) if (cone.has(n.name)) for (const o of n.operands) if (o.ref === 'value' && !cone.has(o.name)) cut.add(o.name);
  return { cone, cut: [...cut] };
}

/**
 * Float outputs [N × classes] of `float` on the held-out set with some weights replaced and some values
 * fake-quantized. With `reuse` (an alone-probe of `reuse.layer`: nothing outside its cone changed), the
 * run evaluates only the cone from cached inputs, or runs whole and caches them.
 */
function fakeQuantOutputs(float: Graph, weights: ReadonlyMap<string, Float32Array>, transforms: ReadonlyMap<string, ValueTransform>, set: HeldOutSet, reuse?: { cache: FloatCutCache; layer: string; key: string }, stop?: (row: Float32Array, i: number) => boolean): Float32Array {
  const g = withWeights(float, weights);
  const attrs = inferTypes(g);
  const n = set.images.type.shape[0]!;
  const shape = [1, ...set.images.type.shape.slice(1)];
  const per = numel(shape);
  const out = new Float32Array(n * set.classes);
  const data = set.images.data as Float32Array;
  const output = g.outputs[0]!;
  const { cone, cut } = reuse === undefined ? { cone: undefined, cut: [] } : coneOf(float, reuse.layer);
  const usable = reuse !== undefined && cone!.has(output) && [...transforms.keys(), ...weights.keys()].every((v) => cone!.has(v));
  const keyOf = (v: string): string => `${reuse!.key}|${n}|${v}`;
  const have = usable && cut.every((v) => reuse.cache.has(keyOf(v)));
  const record = usable && !have ? cut.map((v) => [v, [] as Tensor[]] as const) : [];
  for (let i = 0; i < n; i++) {
    const x: Tensor = { type: { dtype: 'f32', shape }, data: data.subarray(i * per, (i + 1) * per) };
    const values = have
      ? runFloatValues(g, attrs, new Map(cut.map((v) => [v, reuse.cache.get(keyOf(v))![i]!])), transforms, cone)
      : runFloatValues(g, attrs, new Map([[g.inputs[0]!.name, x]]), transforms);
    for (const [v, list] of record) list.push(values.get(v)!);
    out.set(values.get(output)!.data as Float32Array, i * set.classes);
    // Cut short: the outputs of the first i + 1 samples (the cut values of a partial run are not kept).
    if (stop?.(values.get(output)!.data as Float32Array, i) === true) return out.subarray(0, (i + 1) * set.classes);
  }
  for (const [v, list] of record) reuse!.cache.set(keyOf(v), list);
  return out;
}

/**
 * A stop rule for an alone-probe that only has to say whether its accuracy drop from float exceeds
 * `maxDrop` points (the search prunes such an option): after each sample, the best the probe can still end
 * with is every remaining sample right, so once even that leaves the drop above `maxDrop` the verdict is
 * certain and the rest need not run. Exact: a probe stops only when its full run would have exceeded it.
 */
function dropCertainlyAbove(set: HeldOutSet, maxDrop: number): ((row: Float32Array, i: number) => boolean) | undefined {
  const labels = set.labels;
  if (labels === undefined) return undefined;
  const n = labels.length;
  const k = set.classes;
  let floatRight = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let j = 1; j < k; j++) if (set.floatOutputs[i * k + j]! > set.floatOutputs[i * k + best]!) best = j;
    if (best === labels[i]) floatRight++;
  }
  let wrong = 0;
  return (row, i) => {
    let best = 0;
    for (let j = 1; j < k; j++) if (row[j]! > row[best]!) best = j;
    if (best !== labels[i]) wrong++;
    return (100 * (floatRight - (n - wrong))) / n > maxDrop;
  };
}

/**
 * One probe: `{layer, width}` quantizes only `layer` at `width`; `{layer, 'float'}` quantizes everything of
 * `base` except `layer` (the network input's quantizer included). `cache` is bound to the float graph and the
 * calibration part. With `stopAboveDrop` (and labels) the run stops as soon as its accuracy drop is certain
 * to exceed that many points; the score then covers only the samples run (`samples` < the set's).
 */
export function runSensitivityProbe(base: QuantConfig, cache: CalibrationCache, set: HeldOutSet, probe: SensitivityProbe, floatCut?: FloatCutCache, stopAboveDrop?: number): ChoiceScore {
  const config = probe.width === 'float' ? base : configWithWidth(base, probe.layer, probe.width);
  const cle = config.recipe?.cle ?? false;
  const q = quantizeModel(cache.graph, { config, calib: cache.calib, cache }).graph;
  const float = cachedFloatGraph(cache, cle);
  const weights = new Map<string, Float32Array>();
  const transforms = new Map<string, ValueTransform>();
  for (const node of q.nodes) {
    const isInput = node.op === 'quantize' && float.inputs.some((v) => v.name === node.operands[0]!.name);
    if (!isInput && !['qconv2d', 'qdense', 'qadd', 'qconcat'].includes(node.op)) continue;
    const name = isInput ? node.operands[0]!.name : node.name;
    const only = probe.width !== 'float';
    if (only ? name !== probe.layer : name === probe.layer) continue;
    const grid = gridOf(node);
    transforms.set(name, (t) => fakeQuantizeOnGrid(t, grid));
    if (node.op === 'qconv2d' || node.op === 'qdense') weights.set(name, dequantizedWeights(q, node));
  }
  const reuse = floatCut !== undefined && probe.width !== 'float' ? { cache: floatCut, layer: probe.layer, key: `cle=${cle}` } : undefined;
  const stop = stopAboveDrop === undefined ? undefined : dropCertainlyAbove(set, stopAboveDrop);
  const outputs = fakeQuantOutputs(float, weights, transforms, set, reuse, stop);
  const n = outputs.length / set.classes;
  return scoreOutputs(outputs, n < set.images.type.shape[0]! ? firstSamples(set, n) : set);
}

/** Every probe of a sensitivity analysis: each layer at each width, then each layer kept float. */
export function sensitivityProbes(layers: readonly { name: string; op: string }[], widths: readonly Width[]): SensitivityProbe[] {
  const weighted = (op: string) => op === 'conv2d' || op === 'dense';
  return [
    ...layers.flatMap((l) => widths.filter((w) => w === 'a4' || weighted(l.op)).map((width) => ({ layer: l.name, width }))),
    ...layers.map((l) => ({ layer: l.name, width: 'float' as const })),
  ];
}
