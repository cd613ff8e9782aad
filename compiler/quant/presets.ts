// Quantization presets as data (w8a8, w8a8-pc, w4a8, w4a4, w8a8-pow2, w4a8-log, w4a8-g32/g64/g128, w8a8-g128, binary, w16a16), the JSON
// per-layer configuration file, and its validation. Resolution against a graph is in layer-config.ts.
import { fail } from '../../core/diagnostics.js';
import type { OverflowPolicy } from '../../core/arithmetic-modes.js';
import { FORMAT_PRESETS } from './format-presets.js';

/**
 * How one layer (conv2d, dense, add, concat node) is quantized. `actBits` are the bits of the
 * activations the layer PRODUCES (its output); the network input is quantized to max(8, actBits).
 */
export interface LayerQuantConfig {
  /** Weight bits: 16 (i16), 8 (i8), 4 (i4 [-8,7]), 2 (i2 [-2,1]), 1 (b1 ±1 with a per-channel α). */
  readonly weightBits: 1 | 2 | 4 | 8 | 16;
  /** Output activation bits: 16 (i16, signed only), 8, 4, 1 (b1: the sign around a threshold). */
  readonly actBits: 1 | 4 | 8 | 16;
  /** true: symmetric signed (zero point 0); false: asymmetric unsigned with a zero point. */
  readonly actSigned: boolean;
  /** One weight scale per output channel instead of one per tensor. */
  readonly perChannel: boolean;
  /** Every scale a power of two, so requantization is a rounding shift (no multiplier). */
  readonly pow2: boolean;
  /** Accumulator width in bits (8..52). */
  readonly accBits: number;
  readonly accOverflow: OverflowPolicy;
  /** Weight range: max |w| ('minmax') or the clipping that minimizes the quantization MSE ('mse'). */
  readonly weightRange: 'minmax' | 'mse';
  /**
   * Activation range: calibration min/max ('minmax'), the MSE-optimal clipping of the observed range for
   * this layer's bits ('mse', a grid search on a reservoir sample), a central percentile of the histogram
   * ('percentile', see `percentile`), or the folded BatchNorm's β ± 6γ ('bn', data-free).
   */
  readonly actRange: 'minmax' | 'mse' | 'percentile' | 'bn';
  /** The percentile kept by actRange 'percentile' (each tail loses 100 − p percent), in (0, 100]. */
  readonly percentile: number;
  /** Signed weights drop the most negative level (i8 [-127,127]) so the grid is symmetric about 0. */
  readonly narrowWeights: boolean;
  /**
   * 'int': a uniform integer grid of weightBits. 'log': every weight is 0 or ±2^e times the scale
   * (log-weights.ts; weightBits must be 4, the sign + exponent code), run on the w4a8-log shift-add datapath.
   */
  readonly weightFormat: 'int' | 'log';
  /**
   * Group-wise integer scales: 0 = none; 32, 64 or 128 = one unsigned 8-bit multiplier per that many
   * weights along K (core/weight-groups.ts, group-weights.ts) times the channel's scale. Needs int weights
   * of 4 or 8 bits, per channel, no pow2. Depthwise/grouped convs and conv_transpose stay per-channel
   * (layer-config.ts: a tap of a depthwise conv has one channel, so every weight would be its own group).
   */
  readonly weightGroup: 0 | 32 | 64 | 128;
}

/**
 * The whole-network steps a configuration asks for; quantizeModel's options override each one
 * (an unset CLI flag leaves the recipe in charge).
 */
export interface QuantRecipe {
  /** equalize-cross-layer before calibration. */
  readonly cle?: boolean;
  /** correct-bias after insertion (needs calibration data). */
  readonly biasCorrection?: boolean;
  /** adaround on 4- and 2-bit weights (needs calibration data). */
  readonly adaround?: boolean;
}

/** A full configuration: defaults, optional overrides for the first and last weighted layers, and per-layer overrides by node name. */
export interface QuantConfig {
  readonly name: string;
  /** The preset the configuration starts from (a config file's "preset"); absent for hand-built configs. */
  readonly preset?: string;
  /** The pipeline steps of the preset (all off when absent). */
  readonly recipe?: QuantRecipe;
  readonly default: LayerQuantConfig;
  readonly first?: Partial<LayerQuantConfig>;
  readonly last?: Partial<LayerQuantConfig>;
  readonly layers: Readonly<Record<string, Partial<LayerQuantConfig>>>;
}

// i8 narrow by default: with [-127,127] the weight grid is symmetric, −w is representable for every w,
// and the −128·−128 product (the one int8 product that needs 15 magnitude bits) never occurs (TFLite's
// int8 spec makes the same choice). 4- and 2-bit keep the full range: dropping a level there costs too much.
const BASE: LayerQuantConfig = {
  weightBits: 8, actBits: 8, actSigned: false, perChannel: false, pow2: false,
  accBits: 32, accOverflow: 'wrap', weightRange: 'minmax', actRange: 'minmax', percentile: 99.99, narrowWeights: true,
  weightFormat: 'int', weightGroup: 0,
};

function preset(name: string, over: Partial<LayerQuantConfig>, first?: Partial<LayerQuantConfig>, last?: Partial<LayerQuantConfig>, recipe?: QuantRecipe): QuantConfig {
  const c: QuantConfig = { name, preset: name, default: { ...BASE, ...over }, layers: {}, ...(recipe ? { recipe } : {}) };
  return { ...c, ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

/**
 * The white paper's PTQ pipeline for 4-bit weights (Nagel et al. 2021 §4): CLE, MSE weight ranges (in the
 * preset), AdaRound, then bias correction of the final weights. fmnist_cnn W4A8, first 2000 test images:
 * min-max RTN 82.40 %, with AdaRound 88.85 %, full recipe 88.80 % (float 89.05 %).
 */
const LOW_BIT_RECIPE: QuantRecipe = { cle: true, adaround: true, biasCorrection: true };

/**
 * The presets. 4-bit weights are per-channel: per-tensor INT4 loses far more (fmnist_cnn W4A8 85.0 %
 * per-channel vs 71.6 % per-tensor in models/RESULTS.md). binary keeps the first and last weighted
 * layers at 8-bit weights and the last layer's output at 8 bits. w16a16 is the sanity check (float
 * reproduced): i16 weights and activations with a 48-bit accumulator (i16·i16 products reach 2^30).
 */
export const PRESETS: Readonly<Record<string, QuantConfig>> = {
  // w8a8: per-tensor weights with the MSE-optimal clipping (white paper §3.4) after CLE, min-max activations:
  // the recipe AutoQuant's model-level stages pick on the held-out half of the calibration split, summed over
  // the three shipped models (QUANTIZATION.md, "The w8a8 recipe"); no test-split number chose it.
  w8a8: preset('w8a8', { weightRange: 'mse' }, undefined, undefined, { cle: true }),
  'w8a8-pc': preset('w8a8-pc', { perChannel: true }),
  w4a8: preset('w4a8', { weightBits: 4, perChannel: true, narrowWeights: false, weightRange: 'mse' }, undefined, undefined, LOW_BIT_RECIPE),
  w4a4: preset('w4a4', { weightBits: 4, actBits: 4, perChannel: true, narrowWeights: false, weightRange: 'mse' }, undefined, undefined, LOW_BIT_RECIPE),
  'w8a8-pow2': preset('w8a8-pow2', { pow2: true }),
  binary: preset('binary', { weightBits: 1, actBits: 1, perChannel: true, narrowWeights: false }, { weightBits: 8, narrowWeights: true }, { weightBits: 8, actBits: 8, narrowWeights: true }),
  // w4a8-log: power-of-two weights (0, ±1, …, ±64 times a per-channel scale, MSE-chosen) on 8-bit
  // activations; the w4a8 recipe: CLE, the adaround step (on log layers a greedy descent on the log grid
  // that minimises the layer's output error on calibration inputs, log-rounding.ts) and bias correction.
  'w4a8-log': preset('w4a8-log', { weightBits: 4, weightFormat: 'log', perChannel: true, narrowWeights: false, weightRange: 'mse' }, undefined, undefined, LOW_BIT_RECIPE),
  // Group-wise scales (issue 18): w4a8's per-channel MSE 4-bit weights with one 8-bit integer multiplier per
  // G weights along K, and w4a8's recipe: CLE, AdaRound (learning each weight's rounding with its group's
  // step s_n·m[n, g]; the held-out half of the calibration split chose it, QUANTIZATION.md "Presets"), bias
  // correction. w8a8-g128 the same on 8-bit weights (AdaRound leaves 8-bit weights alone: CLE + bias correction).
  'w4a8-g32': preset('w4a8-g32', { weightBits: 4, weightGroup: 32, perChannel: true, narrowWeights: false, weightRange: 'mse' }, undefined, undefined, LOW_BIT_RECIPE),
  'w4a8-g64': preset('w4a8-g64', { weightBits: 4, weightGroup: 64, perChannel: true, narrowWeights: false, weightRange: 'mse' }, undefined, undefined, LOW_BIT_RECIPE),
  'w4a8-g128': preset('w4a8-g128', { weightBits: 4, weightGroup: 128, perChannel: true, narrowWeights: false, weightRange: 'mse' }, undefined, undefined, LOW_BIT_RECIPE),
  'w8a8-g128': preset('w8a8-g128', { weightGroup: 128, perChannel: true, weightRange: 'mse' }, undefined, undefined, { cle: true, biasCorrection: true }),
  w16a16: preset('w16a16', { weightBits: 16, actBits: 16, actSigned: true, perChannel: true, accBits: 48 }),
};

/**
 * The preset called `name`; QCFG001 listing the presets when there is none, QCFG005 for a format preset the
 * machine does not run (FORMAT_PRESETS without onMachine: mxfp6, the format reference only), QCFG006 for one the
 * machine runs through `accsim run` and `accsim sweep` only (per-tensor FP8, mxint8, mxfp8, mxfp4).
 */
export function presetConfig(name: string): QuantConfig {
  const p = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined; // not Object.prototype's members ('toString')
  const f = Object.hasOwn(FORMAT_PRESETS, name) ? FORMAT_PRESETS[name] : undefined;
  if (f?.onMachine === true) {
    fail('QCFG006', `preset '${name}' (${f.doc}) runs on the machine through \`accsim run --preset ${name}\` and \`accsim sweep --preset ${name}\` (the float lowering); quantize, compile and search take integer presets only so far`);
  }
  if (f !== undefined) {
    fail('QCFG005', `preset '${name}' (${f.doc}) is not yet on the machine: reference and accuracy only (accsim eval --preset ${name}; docs/ACCURACY.md)`);
  }
  if (p === undefined) fail('QCFG001', `unknown quantization preset '${name}'; expected one of ${Object.keys(PRESETS).join(', ')}`);
  return p;
}

type Checker = (v: unknown) => boolean;
const oneOf = (...options: unknown[]): Checker => (v) => options.includes(v);
const FIELDS: Readonly<Record<keyof LayerQuantConfig, [Checker, string]>> = {
  weightBits: [oneOf(1, 2, 4, 8, 16), 'one of 1, 2, 4, 8, 16'],
  actBits: [oneOf(1, 4, 8, 16), 'one of 1, 4, 8, 16'],
  actSigned: [(v) => typeof v === 'boolean', 'true or false'],
  perChannel: [(v) => typeof v === 'boolean', 'true or false'],
  pow2: [(v) => typeof v === 'boolean', 'true or false'],
  accBits: [(v) => Number.isInteger(v) && (v as number) >= 8 && (v as number) <= 52, 'an integer in [8, 52]'],
  accOverflow: [oneOf('wrap', 'saturate'), "'wrap' or 'saturate'"],
  weightRange: [oneOf('minmax', 'mse'), "'minmax' or 'mse'"],
  actRange: [oneOf('minmax', 'mse', 'percentile', 'bn'), "'minmax', 'mse', 'percentile' or 'bn'"],
  percentile: [(v) => typeof v === 'number' && v > 50 && v <= 100, 'a number in (50, 100]'],
  narrowWeights: [(v) => typeof v === 'boolean', 'true or false'],
  weightFormat: [oneOf('int', 'log'), "'int' or 'log'"],
  weightGroup: [oneOf(0, 32, 64, 128), 'one of 0 (no groups), 32, 64, 128'],
};

/** Validates one override object (unknown keys and bad values are QCFG002, naming `where` and the key). */
export function checkOverrides(obj: unknown, where: string, file?: string): Partial<LayerQuantConfig> {
  // Stryker disable next-line ConditionalExpression: 'false' gives { file: undefined }, the same diagnostic (core/diagnostics.ts reads d.file !== undefined); 'true' is killed ("names the file") but ignored with it
  const at = file === undefined ? {} : { file };
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) fail('QCFG002', `${where} must be an object of settings`, at);
  for (const [key, value] of Object.entries(obj)) {
    // Own keys only: "constructor" or "__proto__" in a file must not find Object.prototype's members.
    const field = Object.hasOwn(FIELDS, key) ? FIELDS[key as keyof LayerQuantConfig] : undefined;
    if (field === undefined) fail('QCFG002', `${where}: unknown setting '${key}'; expected one of ${Object.keys(FIELDS).join(', ')}`, at);
    if (!field[0](value)) fail('QCFG002', `${where}: ${key} must be ${field[1]}, got ${JSON.stringify(value)}`, at);
  }
  return obj as Partial<LayerQuantConfig>;
}

/** Rules that involve several settings of one resolved layer (QCFG004 naming the layer). */
export function checkLayerConfig(c: LayerQuantConfig, layer: string): void {
  if (c.actBits === 16 && !c.actSigned) fail('QCFG004', `layer ${layer}: 16-bit activations are signed (there is no u16 type): set actSigned true`, { node: layer });
  if (c.pow2 && c.actBits === 1) fail('QCFG004', `layer ${layer}: pow2 has no meaning for binary activations`, { node: layer });
  if (c.weightFormat === 'log' && c.weightBits !== 4) fail('QCFG004', `layer ${layer}: log-domain weights are 4-bit codes (sign + exponent): use weightBits 4, or weightFormat 'int' for ${c.weightBits}-bit integer weights`, { node: layer });
  if (c.weightGroup !== 0) {
    const why = c.weightFormat !== 'int' ? `weightFormat '${c.weightFormat}' (groups scale integer weights)`
      : c.weightBits !== 4 && c.weightBits !== 8 ? `${c.weightBits}-bit weights (groups need 4 or 8)`
        : !c.perChannel ? 'per-tensor weights (the base scale is per channel: set perChannel true)'
          : c.pow2 ? 'pow2 (a group multiplier is not a power of two)' : undefined;
    if (why !== undefined) fail('QCFG004', `layer ${layer}: weightGroup ${c.weightGroup} does not combine with ${why}; or use weightGroup 0`, { node: layer });
  }
  if (c.weightBits === 16 && c.accBits <= 32) fail('QCFG004', `layer ${layer}: 16-bit weights need an accumulator wider than 32 bits (accBits ${c.accBits}); use 48`, { node: layer });
}

/** Validates the optional `recipe` object of a config file: booleans cle, biasCorrection, adaround (QCFG002). */
function checkRecipe(obj: unknown, at: { file?: string }): QuantRecipe {
  if (obj === undefined) return {};
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) fail('QCFG002', 'recipe must be an object of booleans (cle, biasCorrection, adaround)', at);
  for (const [key, value] of Object.entries(obj)) {
    if (!['cle', 'biasCorrection', 'adaround'].includes(key)) fail('QCFG002', `recipe: unknown step '${key}'; expected cle, biasCorrection, adaround`, at);
    if (typeof value !== 'boolean') fail('QCFG002', `recipe: ${key} must be true or false, got ${JSON.stringify(value)}`, at);
  }
  return obj as QuantRecipe;
}

/**
 * Parses a JSON configuration file:
 * `{"preset": "w8a8", "recipe": {"adaround": true}, "default": {...}, "first": {...}, "last": {...}, "layers": {"conv1": {"weightBits": 4}}}`
 * (every key optional; the preset defaults to w8a8). Layer names are checked against the graph later
 * (layer-config.ts). Errors: QCFG000 bad JSON, QCFG001 unknown preset, QCFG002 unknown key or bad value.
 */
export function parseQuantConfig(text: string, file?: string): QuantConfig {
  // Stryker disable next-line ConditionalExpression: 'false' gives { file: undefined }, the same diagnostic (core/diagnostics.ts reads d.file !== undefined); 'true' is killed ("names the file") but ignored with it
  const at = file === undefined ? {} : { file };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    fail('QCFG000', `quantization config is not valid JSON: ${(e as Error).message}`, at);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('QCFG000', 'quantization config must be a JSON object', at);
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!['preset', 'default', 'first', 'last', 'layers', 'recipe'].includes(key)) fail('QCFG002', `unknown top-level key '${key}'; expected preset, default, first, last, layers, recipe`, at);
  }
  const base = presetConfig(obj['preset'] === undefined ? 'w8a8' : String(obj['preset']));
  const recipe: QuantRecipe = { ...base.recipe, ...checkRecipe(obj['recipe'], at) };
  const layersRaw = obj['layers'] ?? {};
  if (typeof layersRaw !== 'object' || Array.isArray(layersRaw)) fail('QCFG002', "'layers' must map layer names to settings", at);
  const layers: Record<string, Partial<LayerQuantConfig>> = {};
  for (const [name, o] of Object.entries(layersRaw)) layers[name] = checkOverrides(o, `layer ${name}`, file);
  const pick = (k: 'first' | 'last'): Partial<LayerQuantConfig> | undefined =>
    obj[k] === undefined ? base[k] : { ...base[k], ...checkOverrides(obj[k], k, file) };
  const def = { ...base.default, ...(obj['default'] === undefined ? {} : checkOverrides(obj['default'], 'default', file)) };
  const first = pick('first');
  const last = pick('last');
  return { name: file ?? base.name, preset: base.name, recipe, default: def, layers, ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

/**
 * The configuration as a config file parseQuantConfig reads back to the same settings: every field of
 * `default`, the first/last and per-layer overrides, the recipe, and the preset it starts from.
 */
export function quantConfigToJson(c: QuantConfig): Record<string, unknown> {
  return {
    preset: c.preset ?? 'w8a8',
    recipe: { cle: c.recipe?.cle ?? false, biasCorrection: c.recipe?.biasCorrection ?? false, adaround: c.recipe?.adaround ?? false },
    default: c.default,
    ...(c.first ? { first: c.first } : {}),
    ...(c.last ? { last: c.last } : {}),
    layers: c.layers,
  };
}
