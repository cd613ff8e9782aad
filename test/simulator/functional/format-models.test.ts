// Every model in models/ (fmnist and examples) in every float/MX preset, run with its conv2d and dense
// layers through the array datapath's arithmetic as the lowering would tile them (format-layer-runner.ts)
// at 16x16 and 8x8, ws and os, and every other op in FP32 (§14: FP32 between layers): the outputs equal
// the format reference's (runFormat) bit for bit. Real weights and activations, real layer shapes
// (grouped and depthwise convs, residual adds, pools) — what random layers cannot promise to cover.
import { describe, expect, it } from 'vitest';
import { loadQir } from '../../../compiler/qir/load.js';
import { formatQuantize } from '../../../compiler/ptq/format-model.js';
import { type FormatModel, FORMAT_GEMM_OPS, runFormat } from '../../../compiler/reference/format-interpreter.js';
import { bindInputs, operandsOf } from '../../../compiler/reference/environment.js';
import { lookupOp } from '../../../compiler/ir/op-registry.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { numAttr } from '../../../compiler/ir/op-spec.js';
import { applyFusedClamp } from '../../../compiler/ir/ops/fused-attrs.js';
import { readWindow2d } from '../../../compiler/ir/ops/conv-geometry.js';
import type { Tensor } from '../../../compiler/ir/tensor.js';
import { quantizeActivations } from '../../../compiler/quant/format-quantize.js';
import { FORMAT_PRESETS } from '../../../compiler/quant/format-presets.js';
import { ELEMENT_TYPES } from '../../../core/number-formats.js';
import { allModels, seededBatch } from '../../compiler/lower/models.js';
import { type ArrayShape, runConvOnArray, runDenseOnArray } from './format-layer-runner.js';

const ARRAYS: ArrayShape[] = [16, 8].flatMap((r) => (['ws', 'os'] as const).map((dataflow) => ({ rows: r, cols: r, dataflow })));

/** runFormat with each conv2d/dense on the array datapath (batch 1). */
function runOnArray(model: FormatModel, inputs: ReadonlyMap<string, Tensor>, arr: ArrayShape): Map<string, Tensor> {
  const { graph } = model;
  const attrsByNode = inferTypes(graph);
  const env = bindInputs(graph, inputs);
  const f = model.format;
  const xEl = ELEMENT_TYPES[f.actElement ?? f.element];
  const wEl = ELEMENT_TYPES[f.element];
  const counts = { computes: 0, peDurations: [] };
  for (const node of graph.nodes) {
    const spec = lookupOp(node.op)!;
    const operands = operandsOf(graph, env, node);
    const attrs = attrsByNode.get(node.name)!;
    const outType = graph.values.get(node.name)!.type;
    if (!FORMAT_GEMM_OPS.has(node.op)) {
      env.set(node.name, spec.evalFloat(operands, attrs, outType));
      continue;
    }
    const w = model.weights.get(node.name)!;
    const x = operands[0]!;
    const xq = quantizeActivations(x.data as Float32Array, x.type.shape, f, model.actScales.get(node.name) ?? 1);
    const bias = operands[2]?.data as Float32Array | undefined;
    const data = node.op === 'dense'
      ? runDenseOnArray(xq, w, bias, xEl, wEl, arr, counts)
      : runConvOnArray(xq, w, bias, numAttr(attrs, 'groups'), readWindow2d(attrs, [w.shape[2]!, w.shape[3]!]), [outType.shape[2]!, outType.shape[3]!], xEl, wEl, arr, counts);
    env.set(node.name, applyFusedClamp({ type: outType, data }, attrs));
  }
  return new Map(graph.outputs.map((name) => [name, env.get(name)!]));
}

const bits = (t: Tensor): Uint32Array => {
  const a = t.data as Float32Array;
  return new Uint32Array(a.buffer, a.byteOffset, a.length);
};

describe('every model × every float/MX preset on the array datapath == format reference', () => {
  for (const path of allModels()) {
    it(path, () => {
      const graph = loadQir(path);
      const sample = graph.inputs[0]!.type.shape.slice(1);
      const input = new Map([[graph.inputs[0]!.name, seededBatch(sample, 1, 11)]]);
      for (const preset of Object.keys(FORMAT_PRESETS)) {
        const model = formatQuantize(loadQir(path), preset, seededBatch(sample, 4, 7));
        const want = runFormat(model, input);
        for (const arr of ARRAYS) {
          const got = runOnArray(model, input, arr);
          for (const [name, t] of want) expect(bits(got.get(name)!), `${preset} ${arr.rows}x${arr.cols} ${arr.dataflow} ${name}`).toEqual(bits(t));
        }
      }
    }, 300_000);
  }
});
