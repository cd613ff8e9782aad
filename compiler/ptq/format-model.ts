// The quantizer of the float and microscaling formats (issue 18): the PTQ float passes (BatchNorm folding,
// activation fusion), every conv2d/dense weight converted to the format, and for per-tensor formats
// (FP8) the input scale of each GEMM from the calibration split's max |activation| (min-max, as the w8a8
// presets' activations). MX formats need no calibration: their E8M0 scales come from each block at run time.
import type { Graph } from '../ir/graph.js';
import type { Tensor } from '../ir/tensor.js';
import { lookupOp } from '../ir/op-registry.js';
import { inferTypes } from '../ir/verify.js';
import { runPipeline } from '../passes/index.js';
import { assert, fail } from '../../core/diagnostics.js';
import { ELEMENT_TYPES } from '../../core/number-formats.js';
import { type FormatTensor, formatOf, isMx, quantizeWeights, tensorScale } from '../quant/format-quantize.js';
import { FORMAT_PRESETS } from '../quant/format-presets.js';
import { bindInputs, operandsOf } from '../reference/environment.js';
import { FORMAT_GEMM_OPS, type FormatModel } from '../reference/format-interpreter.js';
import { floatPassNames } from './quantize-model.js';

/** max |x| of each GEMM's input over the calibration images (run one at a time through the float graph). */
function gemmInputAmax(graph: Graph, calib: Tensor): Map<string, number> {
  const attrs = inferTypes(graph);
  const amax = new Map<string, number>();
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
      }
      env.set(node.name, lookupOp(node.op)!.evalFloat(operands, attrs.get(node.name)!, graph.values.get(node.name)!.type));
    }
  }
  return amax;
}

/**
 * Converts `graph` to the format preset `preset` (FORMAT_PRESETS). Per-tensor formats need `calib`
 * (QMOD015 without it). Errors: QCFG001 for an unknown preset.
 */
export function formatQuantize(graph: Graph, preset: string, calib?: Tensor): FormatModel {
  const p = FORMAT_PRESETS[preset];
  if (p === undefined) fail('QCFG001', `unknown format preset '${preset}'; expected one of ${Object.keys(FORMAT_PRESETS).join(', ')}`);
  const format = formatOf(p.format);
  const float = runPipeline(graph, floatPassNames(false)).graph;
  const weights = new Map<string, FormatTensor>();
  for (const node of float.nodes) {
    if (!FORMAT_GEMM_OPS.has(node.op)) continue;
    const w = node.operands[1]!;
    if (w.ref !== 'const') fail('QMOD002', `${node.name}: the format presets need a constant weight`, { node: node.name });
    const t = float.constants.get(w.name)!;
    weights.set(node.name, quantizeWeights(t.data as Float32Array, t.type.shape, format));
  }
  const actScales = new Map<string, number>();
  if (!isMx(format)) {
    if (calib === undefined) fail('QMOD015', `format preset ${preset} needs calibration data for its per-tensor activation scales`);
    const el = ELEMENT_TYPES[format.actElement ?? format.element];
    for (const [name, a] of gemmInputAmax(float, calib)) actScales.set(name, tensorScale(a, el));
  }
  assert(weights.size > 0, 'a format model has at least one conv2d or dense layer');
  return { graph: float, format, weights, actScales };
}
