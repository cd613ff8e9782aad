// The quantizer of the float and microscaling formats (issue 18): the PTQ float passes (BatchNorm folding,
// activation fusion), every conv2d/dense weight converted to the format, and for per-tensor formats
// (FP8) the input scale of each GEMM from the calibration split: max |activation| / max normal (min-max,
// as the w8a8 presets' activations) or the MSE search below it, as the preset says. MX formats need no calibration: their E8M0 scales come from each block at run time.
import type { Graph } from '../ir/graph.js';
import type { Tensor } from '../ir/tensor.js';
import { lookupOp } from '../ir/op-registry.js';
import { inferTypes } from '../ir/verify.js';
import { runPipeline } from '../passes/index.js';
import { assert, fail } from '../../core/diagnostics.js';
import { ELEMENT_TYPES, type NumberFormatName } from '../../core/number-formats.js';
import { type FormatTensor, formatOf, isMx, mseTensorScale, quantizeWeights, tensorScale } from '../quant/format-quantize.js';
import { FORMAT_PRESETS } from '../quant/format-presets.js';
import { bindInputs, operandsOf } from '../reference/environment.js';
import { FORMAT_GEMM_OPS, type FormatModel } from '../reference/format-interpreter.js';
import { floatPassNames } from './quantize-model.js';
import { type U8Grid, quantizeI8ChannelWeights, u8Grid } from '../quant/int8-gemm.js';
import { adaroundFormatModel } from './format-rounding.js';

/** Every ACT_SAMPLE_EVERY-th calibration image's nonzero GEMM inputs feed the activation MSE search (100 of 1000). */
const ACT_SAMPLE_EVERY = 10;
/** Octaves below amax/maxNormal the activation MSE search tries (activations have rare large values worth clipping). */
const ACT_MSE_OCTAVES = 4;

/** Per GEMM input (by node name): range, MSE samples and (when asked) sampled inputs. */
interface GemmInputStats {
  readonly amax: Map<string, number>;
  readonly min: Map<string, number>;
  readonly max: Map<string, number>;
  readonly samples: Map<string, number[]>;
  /** Every ACT_SAMPLE_EVERY-th image's GEMM inputs (when asked: AdaRound's Gram matrices). */
  readonly inputs: Map<string, Float32Array[]>;
}

/**
 * max |x| of each GEMM's input over the calibration images (run one at a time through the float graph)
 * and, when `sample`, the nonzero inputs of every ACT_SAMPLE_EVERY-th image (zeros convert exactly at
 * every scale, so they do not change the MSE choice).
 */
function gemmInputStats(graph: Graph, calib: Tensor, sample: boolean, keepInputs: boolean): GemmInputStats {
  const attrs = inferTypes(graph);
  const amax = new Map<string, number>();
  const min = new Map<string, number>();
  const max = new Map<string, number>();
  const samples = new Map<string, number[]>();
  const inputs = new Map<string, Float32Array[]>();
  const decl = graph.inputs[0]!;
  const per = decl.type.shape.slice(1).reduce((a, b) => a * b, 1);
  const data = calib.data as Float32Array;
  for (let b = 0; b < calib.type.shape[0]!; b++) {
    const env = bindInputs(graph, new Map([[decl.name, { type: decl.type, data: data.subarray(b * per, (b + 1) * per) }]]));
    for (const node of graph.nodes) {
      const operands = operandsOf(graph, env, node);
      if (FORMAT_GEMM_OPS.has(node.op)) {
        let [m, lo, hi] = [amax.get(node.name) ?? 0, min.get(node.name) ?? 0, max.get(node.name) ?? 0];
        for (const v of operands[0]!.data as Float32Array) [m, lo, hi] = [Math.max(m, Math.abs(v)), Math.min(lo, v), Math.max(hi, v)];
        const x = operands[0]!.data as Float32Array;
        if (keepInputs && b % ACT_SAMPLE_EVERY === 0) inputs.set(node.name, [...(inputs.get(node.name) ?? []), Float32Array.from(x)]);
        amax.set(node.name, m);
        min.set(node.name, lo);
        max.set(node.name, hi);
        if (sample && b % ACT_SAMPLE_EVERY === 0) {
          const s = samples.get(node.name) ?? [];
          for (const v of operands[0]!.data as Float32Array) if (v !== 0) s.push(v);
          samples.set(node.name, s);
        }
      }
      env.set(node.name, lookupOp(node.op)!.evalFloat(operands, attrs.get(node.name)!, graph.values.get(node.name)!.type));
    }
  }
  return { amax, min, max, samples, inputs };
}

/** The GEMMs a preset runs in INT8 (FormatPreset.int8Gemms), by node name. */
function int8GemmNames(graph: Graph, preset: string): string[] {
  const which = FORMAT_PRESETS[preset]!.int8Gemms;
  const gemms = graph.nodes.filter((n) => FORMAT_GEMM_OPS.has(n.op)).map((n) => n.name);
  if (which === undefined || gemms.length === 0) return [];
  return which === 'first' ? [gemms[0]!] : [...new Set([gemms[0]!, gemms[gemms.length - 1]!])];
}

/** Options of formatQuantize. */
export interface FormatQuantizeOptions {
  /**
   * false skips the preset's AdaRound (its weights then round to nearest, as fp8-rtn's): for tests that check
   * only that the machine equals the format reference, which AdaRound (seconds to minutes) does not change.
   */
  readonly adaround?: boolean;
}

/**
 * Converts `graph` to the format preset `preset` (FORMAT_PRESETS). Per-tensor formats need `calib`
 * (QMOD015 without it). Errors: QCFG001 for an unknown preset.
 */
export function formatQuantize(graph: Graph, preset: string, calib?: Tensor, options: FormatQuantizeOptions = {}): FormatModel {
  const format = formatOf(presetFormat(preset));
  const float = runPipeline(graph, floatPassNames(false)).graph;
  const actScales = new Map<string, number>();
  const int8Inputs = new Map<string, U8Grid>();
  const int8 = new Set(int8GemmNames(float, preset));
  if (!isMx(format) || int8.size > 0) {
    if (calib === undefined) fail('QMOD015', `format preset ${preset} needs calibration data for its per-tensor activation scales`);
    const el = ELEMENT_TYPES[format.actElement ?? format.element];
    const mse = FORMAT_PRESETS[preset]!.actScale === 'mse';
    const adaround = FORMAT_PRESETS[preset]!.weightRounding === 'adaround' && options.adaround !== false;
    const { amax, min, max, samples, inputs } = gemmInputStats(float, calib, mse, adaround);
    for (const [name, a] of amax) {
      if (int8.has(name)) int8Inputs.set(name, u8Grid(min.get(name)!, max.get(name)!));
      else if (!isMx(format)) actScales.set(name, mse ? mseTensorScale(samples.get(name) ?? [], a, el, ACT_MSE_OCTAVES) : tensorScale(a, el));
    }
    let model = formatModelOf(float, preset, actScales, int8Inputs);
    if (adaround) {
      const { graph: rounded, weightScales } = adaroundFormatModel(model, inputs);
      model = formatModelOf(rounded, preset, actScales, int8Inputs, weightScales);
    }
    return model;
  }
  return formatModelOf(float, preset, actScales, int8Inputs);
}

/** The format of preset `name` (QCFG001 listing the format presets when there is none). */
function presetFormat(name: string): NumberFormatName {
  const p = Object.hasOwn(FORMAT_PRESETS, name) ? FORMAT_PRESETS[name] : undefined;
  if (p === undefined) fail('QCFG001', `unknown format preset '${name}'; expected one of ${Object.keys(FORMAT_PRESETS).join(', ')}`);
  return p.format;
}

/**
 * The format model of a float graph the float passes already ran on, with known activation scales and
 * INT8 input grids: its conv2d/dense weights converted (what a worker thread rebuilds from the graph, the
 * scales and the grids). `weightScales` fixes a GEMM's per-tensor weight scale (weights already on its grid).
 */
export function formatModelOf(float: Graph, preset: string, actScales: ReadonlyMap<string, number>, int8Inputs: ReadonlyMap<string, U8Grid> = new Map(), weightScales: ReadonlyMap<string, number> = new Map()): FormatModel {
  const format = formatOf(presetFormat(preset));
  const weights = new Map<string, FormatTensor>();
  for (const node of float.nodes) {
    if (!FORMAT_GEMM_OPS.has(node.op)) continue;
    const w = node.operands[1]!;
    if (w.ref !== 'const') fail('QMOD002', `${node.name}: the format presets need a constant weight`, { node: node.name });
    const t = float.constants.get(w.name)!;
    weights.set(node.name, int8Inputs.has(node.name)
      ? quantizeI8ChannelWeights(t.data as Float32Array, t.type.shape)
      : quantizeWeights(t.data as Float32Array, t.type.shape, format, FORMAT_PRESETS[preset]!.weightScale, weightScales.get(node.name)));
  }
  assert(weights.size > 0, 'a format model has at least one conv2d or dense layer');
  return { graph: float, format, weights, actScales, int8Inputs, weightScales };
}
