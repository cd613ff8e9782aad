// Empirical bias correction of the format weights' rounding error (AIMET-style, Nagel et al. 2019 §4.2,
// on the float grid; docs/QUANTIZATION.md "FP8 weight rounding and bias correction": a held-out candidate, in no preset): a converted weight Ŵ = W + ΔW shifts each
// output channel's mean by E[ΔW·x]; subtracting that shift (measured with the mean GEMM input over the
// calibration images) from the FP32 bias removes the systematic part of the rounding error. Only bias values
// change, so the format semantics (INTEGER-SEMANTICS.md §14) and the datapath are those of the uncorrected
// model: the bias is the FP32 constant every GEMM already takes.
import { constRef, type Graph } from '../ir/graph.js';
import { lookupOp } from '../ir/op-registry.js';
import { type Tensor, f32Tensor, numel } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { assert } from '../../core/diagnostics.js';
import type { FormatTensor } from './format-quantize.js';

/** The real value of every element of converted weights: vals · 2^exps · the tensor's or its channel's scale. */
export function dequantizeFormatWeights(w: FormatTensor): Float32Array {
  const per = w.vals.length / w.shape[0]!;
  return Float32Array.from(w.vals, (v, i) => v * 2 ** w.exps[i]! * (w.channelScales?.[Math.floor(i / per)] ?? w.realScale));
}

/**
 * Per output channel: the mean over the output positions of (Ŵ − W) applied to `meanInput` (the GEMM's
 * mean input [1, …] over the calibration images), without bias or fused clamp: E[ΔW·x] of a linear GEMM.
 */
export function weightErrorShift(graph: Graph, node: string, converted: FormatTensor, meanInput: Tensor): Float64Array {
  const n = graph.nodes.find((x) => x.name === node);
  assert(n !== undefined && (n.op === 'conv2d' || n.op === 'dense'), `bias correction of ${node}: not a conv2d or dense`);
  const w = graph.constants.get(n.operands[1]!.name)!;
  const wd = w.data as Float32Array;
  const q = dequantizeFormatWeights(converted);
  const delta = f32Tensor(w.type.shape, Array.from(q, (v, i) => v - wd[i]!));
  const attrs = { ...inferTypes(graph).get(node)!, act_min: -Infinity, act_max: Infinity };
  const outShape = [1, ...graph.values.get(node)!.type.shape.slice(1)];
  const out = lookupOp(n.op)!.evalFloat([meanInput, delta], attrs, { dtype: 'f32', shape: outShape }).data as Float32Array;
  const channels = w.type.shape[0]!;
  const positions = numel(outShape) / channels;
  const shift = new Float64Array(channels);
  // NCHW / [N, F]: channel c's outputs are contiguous (positions = 1 for dense).
  // Stryker disable next-line EqualityOperator: c <= channels sums reads past out's end (NaN) into shift[channels], past its end (dropped); the >= flip is killed
  for (let c = 0; c < channels; c++) {
    let s = 0;
    for (let p = c * positions; p < (c + 1) * positions; p++) s += out[p]!;
    shift[c] = s / positions;
  }
  return shift;
}

/**
 * `graph` with every GEMM of `weights` given the corrected bias fp32(b − E[ΔW·x]) (a new constant
 * `<node>.bias_corrected`; a GEMM without bias gets one), the shift measured on `meanInputs` (by node name).
 */
export function correctFormatBiases(graph: Graph, weights: ReadonlyMap<string, FormatTensor>, meanInputs: ReadonlyMap<string, Tensor>): Graph {
  const constants = new Map(graph.constants);
  const nodes = graph.nodes.map((node) => {
    const converted = weights.get(node.name);
    const mean = meanInputs.get(node.name);
    if (converted === undefined || mean === undefined) return node;
    const shift = weightErrorShift(graph, node.name, converted, mean);
    const old = node.operands[2] === undefined ? undefined : graph.constants.get(node.operands[2].name)!.data as Float32Array;
    const name = `${node.name}.bias_corrected`;
    assert(!constants.has(name), `bias correction: constant ${name} exists`);
    constants.set(name, f32Tensor([shift.length], Array.from(shift, (s, c) => Math.fround((old?.[c] ?? 0) - s))));
    return { ...node, operands: [node.operands[0]!, node.operands[1]!, constRef(name)] };
  });
  const corrected: Graph = { ...graph, nodes, constants, inlineConstants: new Set(graph.inlineConstants), values: new Map(graph.values) };
  inferTypes(corrected);
  return corrected;
}
