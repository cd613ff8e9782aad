// correct-bias: empirical bias correction (Nagel et al. 2019 "Data-free quantization", §4.2; Nagel et al.
// 2021 white paper §3.2.2) on a quantized graph, with calibration data. Quantizing the weights shifts the
// mean of a layer's output: E[W̃x] ≠ E[Wx]. For every qconv2d/qdense, in graph order, over the inputs the
// QUANTIZED network actually feeds it (earlier layers already corrected), per output channel n:
//
//   E_q[n] = s_x·s_w[n]·E[acc[n]]          the integer accumulator before requantization and clamp, in real units
//          = s_x·s_w[n]·(bias[n] + Σ_k E[xpad_k]·Wq[n,k])       (xpad: the integer patch, padding = x_zero)
//   E_f[n] = b[n] + Σ_k W[n,k]·E[x̂_k]      the float layer (weights W, bias b) on the same dequantized input
//                                           x̂ = s_x·(x − x_zero), padding 0  (minus y_offset for b1 outputs)
//   bias[n] −= roundHalfEven((E_q[n] − E_f[n]) / (s_x·s_w[n]))
//
// E is over calibration samples and output positions. The difference holds the weight-rounding bias
// Σ_k (s_w·Wq − W)[n,k]·E[x̂_k] and the int32 bias rounding, and nothing of the activation quantization
// (both sides see the same x̂), so the correction is exactly the systematic error the weights introduce.
import { type Graph, type Node, cloneGraph } from '../ir/graph.js';
import type { Tensor } from '../ir/tensor.js';
import { roundHalfEven, saturateToBits } from '../../core/rounding.js';
import { calibSamplesOption, floatGraphOption, floatLayer, patchGeometry, walkWeightedLayers } from '../quant/layer-walk.js';
import type { Pass, PassOptions } from './pass.js';
import { LAYER_WALK_OPTIONS } from './layer-walk-options.js';
import type { NodeOutputCache } from '../quant/node-output-cache.js';
import { accumulatorWeightsOf } from '../ir/ops/quantized/requantize.js';

/** Per group g and patch index k: the mean integer patch value (padding = x_zero) and the mean real value (padding 0). */
export function patchMeans(node: Node, inputs: readonly Tensor[], wShape: readonly number[], xZero: number, xScale: number): { int: Float64Array; real: Float64Array } {
  const geo = patchGeometry(node, inputs[0]!.type.shape, wShape);
  const int = new Float64Array(geo.groups * geo.k);
  const real = new Float64Array(geo.groups * geo.k);
  const patch = new Float64Array(geo.k);
  for (const x of inputs) {
    for (let g = 0; g < geo.groups; g++) {
      for (let p = 0; p < geo.positions; p++) {
        geo.patch(x, g, p, patch);
        for (let i = 0; i < geo.k; i++) {
          const v = patch[i]!;
          if (Number.isNaN(v)) int[g * geo.k + i]! += xZero;
          else {
            int[g * geo.k + i]! += v;
            real[g * geo.k + i]! += xScale * (v - xZero);
          }
        }
      }
    }
  }
  const count = inputs.length * geo.positions;
  return { int: int.map((v) => v / count), real: real.map((v) => v / count) };
}

/** The bias correction of one layer (integer units per output channel), from the formulas above. */
export function biasCorrection(graph: Graph, floatGraph: Graph, node: Node, inputs: readonly Tensor[]): Int32Array {
  const wq = graph.constants.get(node.operands[1]!.name)!;
  const bias = graph.constants.get(node.operands[2]!.name)!.data as Int32Array;
  const sW = graph.constants.get(node.operands[5]!.name)!.data as Float32Array;
  const { w, b } = floatLayer(floatGraph, node.name);
  const xScale = node.attrs['x_scale'] as number;
  const xZero = node.attrs['x_zero'] as number;
  const yOffset = node.attrs['out_dtype'] === 'b1' ? ((node.attrs['y_offset'] as number | undefined) ?? 0) : 0;
  const geo = patchGeometry(node, inputs[0]!.type.shape, wq.type.shape);
  const means = patchMeans(node, inputs, wq.type.shape, xZero, xScale);
  // The integers the accumulator multiplies by (m·q with group-wise scales, whose w_scale is then s_n).
  const wAcc = accumulatorWeightsOf(node.operands.map((o) => (o.ref === 'const' ? graph.constants.get(o.name) : undefined)), node.attrs);
  const delta = new Int32Array(geo.cout);
  for (let n = 0; n < geo.cout; n++) {
    const g = Math.floor(n / geo.coutG);
    let accMean = bias[n]!;
    let floatMean = b[n]! - yOffset;
    for (let i = 0; i < geo.k; i++) {
      accMean += means.int[g * geo.k + i]! * wAcc[n * geo.k + i]!;
      floatMean += means.real[g * geo.k + i]! * w[n * geo.k + i]!;
    }
    const accScale = xScale * sW[n]!;
    delta[n] = roundHalfEven((accScale * accMean - floatMean) / accScale);
  }
  return delta;
}

/** Runs the correction over every multi-level-input qconv2d/qdense of a quantized graph, in order. */
export function correctBias(graph: Graph, options: PassOptions) {
  const floatGraph = floatGraphOption(options['floatGraph'], 'correct-bias');
  const out = cloneGraph(graph);
  const samples = calibSamplesOption(options['calib'], out, 'correct-bias', options['bias-correction-samples'] as number | undefined);
  const notes: string[] = [];
  let layers = 0;
  let channels = 0;
  const walkCache = options['walk-cache'] as NodeOutputCache | undefined;
  walkWeightedLayers(out, samples, (node, inputs) => {
    if (inputs[0]!.type.dtype === 'b1') {
      notes.push(`%${node.name}: binary input, not corrected (its real value has no zero point to pad with)`);
      return;
    }
    const delta = biasCorrection(out, floatGraph, node, inputs);
    const name = node.operands[2]!.name;
    const old = out.constants.get(name)!;
    const data = Int32Array.from(old.data as Int32Array, (v, n) => saturateToBits(v - delta[n]!, 32, true));
    out.constants.set(name, { type: old.type, data });
    layers++;
    channels += delta.filter((d) => d !== 0).length;
  }, walkCache);
  return { graph: out, stats: { layers, channels, samples: samples.length, notes } };
}

/** The pass object (registered in compiler/passes/index.ts). */
export const correctBiasPass: Pass = {
  name: 'correct-bias',
  summary: 'empirical bias correction: subtract the mean weight-quantization error of each conv/dense output from its int32 bias',
  options: {
    ...LAYER_WALK_OPTIONS,
    'bias-correction-samples': { kind: 'number', default: 0, doc: 'use only the first N calibration samples (0: all)' },
  },
  run: correctBias,
};
