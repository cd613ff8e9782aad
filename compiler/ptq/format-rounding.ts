// The fp8 preset's adaptive weight rounding (docs/QUANTIZATION.md "FP8 weight rounding and bias correction"): every per-tensor
// FP GEMM's weights re-rounded by AdaRound on the E4M3 grid (compiler/quant/format-adaround.ts) with the Gram
// matrices of its calibration inputs, at the scale round-to-nearest chose. The rounded weights go back into
// the float graph as FP32 constants on that grid, with the scale fixed (FormatModel.weightScales), so a
// worker or the lowering that rebuilds the model from the graph (formatModelOf) gets the same codes:
// fp32(s·code) / s rounds back to code (the relative error 2^−24 is far below half an E4M3 step).
import { constRef, type Graph } from '../ir/graph.js';
import { f32Tensor } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { assert } from '../../core/diagnostics.js';
import { ELEMENT_TYPES } from '../../core/number-formats.js';
import { accumulateGram, adaroundFpWeights, gemmGeometry, gramShape } from '../quant/format-adaround.js';
import { dequantizeFormatWeights } from '../quant/format-bias-correction.js';
import type { FormatModel } from '../reference/format-interpreter.js';

/**
 * `model`'s graph with the weights of every per-tensor FP GEMM (not its INT8 ones, not grouped convs, not MX or per-channel)
 * replaced by their AdaRound codes times the scale (a new constant `<node>.weight_rounded`), and those
 * scales; `inputs` holds each GEMM's sampled calibration inputs (one [C,H,W] or [F] array per image).
 */
export function adaroundFormatModel(model: FormatModel, inputs: ReadonlyMap<string, readonly Float32Array[]>): { graph: Graph; weightScales: Map<string, number> } {
  const { graph } = model;
  const el = ELEMENT_TYPES[model.format.element];
  const attrs = inferTypes(graph);
  const constants = new Map(graph.constants);
  const weightScales = new Map<string, number>();
  const nodes = graph.nodes.map((node) => {
    const converted = model.weights.get(node.name);
    const xs = inputs.get(node.name);
    if (converted === undefined || xs === undefined || xs.length === 0 || el.kind !== 'fp' || model.int8Inputs.has(node.name)
      || converted.channelScales !== undefined || model.format.scale.kind !== 'real') return node;
    const w = graph.constants.get(node.operands[1]!.name)!;
    const geo = gemmGeometry(node.op, attrs.get(node.name)!, graph.values.get(node.operands[0]!.name)!.type.shape, w.type.shape);
    const { groups, k } = gramShape(geo, w.type.shape);
    // Grouped (depthwise) convs keep round-to-nearest: AdaRound on dwsep's depthwise layers (K = 9 per
    // channel) raised its held-out loss; on its other layers it lowered it (QUANTIZATION.md).
    if (groups > 1) return node;
    const grams = Array.from({ length: groups }, () => new Float64Array(k * k));
    let rows = 0;
    for (const x of xs) rows += accumulateGram(x, geo, grams);
    for (const g of grams) for (let i = 0; i < g.length; i++) g[i]! /= rows;
    const rounded = adaroundFpWeights(w.data as Float32Array, w.type.shape, converted.realScale, el, grams);
    const name = `${node.name}.weight_rounded`;
    assert(!constants.has(name), `AdaRound FP8: constant ${name} exists`);
    constants.set(name, f32Tensor(w.type.shape, Array.from(dequantizeFormatWeights(rounded))));
    weightScales.set(node.name, converted.realScale);
    return { ...node, operands: node.operands.map((o, i) => (i === 1 ? constRef(name) : o)) };
  });
  const rounded: Graph = { ...graph, nodes, constants, inlineConstants: new Set(graph.inlineConstants), values: new Map(graph.values) };
  inferTypes(rounded);
  return { graph: rounded, weightScales };
}
