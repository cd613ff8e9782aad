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

/** Every ACT_SAMPLE_EVERY-th calibration image's nonzero GEMM inputs feed the activation MSE search (100 of 1000). */
const ACT_SAMPLE_EVERY = 10;
/** Octaves below amax/maxNormal the activation MSE search tries (activations have rare large values worth clipping). */
const ACT_MSE_OCTAVES = 4;

/**
 * max |x| of each GEMM's input over the calibration images (run one at a time through the float graph)
 * and, when `sample`, the nonzero inputs of every ACT_SAMPLE_EVERY-th image (zeros convert exactly at
 * every scale, so they do not change the MSE choice).
 */
function gemmInputStats(graph: Graph, calib: Tensor, sample: boolean): { amax: Map<string, number>; samples: Map<string, number[]> } {
  const attrs = inferTypes(graph);
  const amax = new Map<string, number>();
  const samples = new Map<string, number[]>();
  const decl = graph.inputs[0]!;
  const per = decl.type.shape.slice(1).reduce((a, b) => a * b, 1);
  const data = calib.data as Float32Array;
  for (let b = 0; b < calib.type.shape[0]!; b++) {
    const env = bindInputs(graph, new Map([[decl.name, { type: decl.type, data: data.subarray(b * per, (b + 1) * per) }]]));
    for (const node of graph.nodes) {
      const operands = operandsOf(graph, env, node);
      if (FORMAT_GEMM_OPS.has(node.op)) {
        let m = amax.get(node.name) ?? 0;
        for (const v of operands[0]!.data as Float32Array) m = Math.max(m, Math.abs(v));
        amax.set(node.name, m);
        if (sample && b % ACT_SAMPLE_EVERY === 0) {
          const s = samples.get(node.name) ?? [];
          for (const v of operands[0]!.data as Float32Array) if (v !== 0) s.push(v);
          samples.set(node.name, s);
        }
      }
      env.set(node.name, lookupOp(node.op)!.evalFloat(operands, attrs.get(node.name)!, graph.values.get(node.name)!.type));
    }
  }
  return { amax, samples };
}

/**
 * Converts `graph` to the format preset `preset` (FORMAT_PRESETS). Per-tensor formats need `calib`
 * (QMOD015 without it). Errors: QCFG001 for an unknown preset.
 */
export function formatQuantize(graph: Graph, preset: string, calib?: Tensor): FormatModel {
  const format = formatOf(presetFormat(preset));
  const float = runPipeline(graph, floatPassNames(false)).graph;
  const actScales = new Map<string, number>();
  if (!isMx(format)) {
    if (calib === undefined) fail('QMOD015', `format preset ${preset} needs calibration data for its per-tensor activation scales`);
    const el = ELEMENT_TYPES[format.actElement ?? format.element];
    const mse = FORMAT_PRESETS[preset]!.actScale === 'mse';
    const { amax, samples } = gemmInputStats(float, calib, mse);
    for (const [name, a] of amax) actScales.set(name, mse ? mseTensorScale(samples.get(name) ?? [], a, el, ACT_MSE_OCTAVES) : tensorScale(a, el));
  }
  return formatModelOf(float, preset, actScales);
}

/** The format of preset `name` (QCFG001 listing the format presets when there is none). */
function presetFormat(name: string): NumberFormatName {
  const p = Object.hasOwn(FORMAT_PRESETS, name) ? FORMAT_PRESETS[name] : undefined;
  if (p === undefined) fail('QCFG001', `unknown format preset '${name}'; expected one of ${Object.keys(FORMAT_PRESETS).join(', ')}`);
  return p.format;
}

/**
 * The format model of a float graph the float passes already ran on, with known activation scales: its
 * conv2d/dense weights converted (what a worker thread rebuilds from the graph and the scales).
 */
export function formatModelOf(float: Graph, preset: string, actScales: ReadonlyMap<string, number>): FormatModel {
  const format = formatOf(presetFormat(preset));
  const weights = new Map<string, FormatTensor>();
  for (const node of float.nodes) {
    if (!FORMAT_GEMM_OPS.has(node.op)) continue;
    const w = node.operands[1]!;
    if (w.ref !== 'const') fail('QMOD002', `${node.name}: the format presets need a constant weight`, { node: node.name });
    const t = float.constants.get(w.name)!;
    weights.set(node.name, quantizeWeights(t.data as Float32Array, t.type.shape, format, FORMAT_PRESETS[preset]!.weightScale));
  }
  assert(weights.size > 0, 'a format model has at least one conv2d or dense layer');
  return { graph: float, format, weights, actScales };
}
