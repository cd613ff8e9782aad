// The format reference: runs a float graph (after the PTQ float passes) with its conv2d and dense layers in
// a float or microscaling format. Each GEMM converts its input activations into the format (MX: per
// 32-channel block of each pixel; FP8: by the calibrated per-tensor scale), multiplies them with the
// pre-converted weights by the format dot product (format-gemm.ts) and clamps (fused activation) in FP32;
// the average pools sum exactly and round once (format-pools.ts); every other op runs its FP32 float
// semantics (OpSpec.evalFloat). docs/INTEGER-SEMANTICS.md §14 states why.
// A preset may run some GEMMs in INT8 (int8Inputs: uint8 inputs, int8 weights; the exact int32 sum).
import type { Graph } from '../ir/graph.js';
import { lookupOp } from '../ir/op-registry.js';
import { type Tensor, numel } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { numAttr } from '../ir/op-spec.js';
import { applyFusedClamp } from '../ir/ops/fused-attrs.js';
import { readWindow2d } from '../ir/ops/conv-geometry.js';
import { assert } from '../../core/diagnostics.js';
import type { NumberFormat } from '../../core/number-formats.js';
import { type FormatTensor, isMx, quantizeActivations } from '../quant/format-quantize.js';
import { type U8Grid, quantizeU8Activations } from '../quant/int8-gemm.js';
import { bindInputs, operandsOf } from './environment.js';
import { formatConv2d, formatDense, type GemmKind } from './format-gemm.js';
import { FORMAT_POOLS } from './format-pools.js';

/** A float graph with its GEMM weights converted to `format`, and the per-tensor input scales (FP8 only). */
export interface FormatModel {
  readonly graph: Graph;
  readonly format: NumberFormat;
  /** The converted weights of each conv2d/dense node, by node name. */
  readonly weights: ReadonlyMap<string, FormatTensor>;
  /** The real scale of each GEMM's input activations, by node name (per-tensor formats; 1 when absent). */
  readonly actScales: ReadonlyMap<string, number>;
  /** The GEMMs that run in INT8 (their weights are int8 per channel): each one's uint8 input grid, by node name. */
  readonly int8Inputs: ReadonlyMap<string, U8Grid>;
  /** Per-tensor weight scales fixed by the quantizer (AdaRound-rounded weights), by node name; the rest are searched. */
  readonly weightScales?: ReadonlyMap<string, number>;
}

/** The arithmetic GEMM `node` runs in `model`: INT8 (an int8Inputs entry), MX or per-tensor format. */
export function gemmKindOf(model: FormatModel, node: string): GemmKind {
  return model.int8Inputs.has(node) ? 'int8' : isMx(model.format) ? 'mx' : 'per-tensor';
}

/** Whether the format reference runs `op` in the format (the rest run in FP32). */
export const FORMAT_GEMM_OPS: ReadonlySet<string> = new Set(['conv2d', 'dense']);

// A model runs image by image: its graph's attributes are inferred once.
const attrsCache = new WeakMap<Graph, ReturnType<typeof inferTypes>>();

/** Runs the model on one set of inputs (shapes equal to the declared ones); returns the graph outputs. */
export function runFormat(model: FormatModel, inputs: ReadonlyMap<string, Tensor>): Map<string, Tensor> {
  const { graph } = model;
  let attrsByNode = attrsCache.get(graph);
  if (attrsByNode === undefined) attrsCache.set(graph, (attrsByNode = inferTypes(graph)));
  const env = bindInputs(graph, inputs);
  for (const node of graph.nodes) {
    const spec = lookupOp(node.op);
    assert(spec, `verified graph has unknown op ${node.op}`);
    const operands = operandsOf(graph, env, node);
    const attrs = attrsByNode.get(node.name)!;
    const outType = graph.values.get(node.name)!.type;
    const w = model.weights.get(node.name);
    if (!FORMAT_GEMM_OPS.has(node.op)) {
      const pool = Object.hasOwn(FORMAT_POOLS, node.op) ? FORMAT_POOLS[node.op]! : undefined;
      env.set(node.name, pool !== undefined ? pool(operands[0]!, attrs, outType) : spec.evalFloat(operands, attrs, outType));
      continue;
    }
    assert(w !== undefined, `format model has no converted weights for ${node.name}`);
    const x = operands[0]!;
    const grid = model.int8Inputs.get(node.name);
    const xq = grid !== undefined
      ? quantizeU8Activations(x.data as Float32Array, x.type.shape, grid)
      : quantizeActivations(x.data as Float32Array, x.type.shape, model.format, model.actScales.get(node.name) ?? 1);
    const bias = operands[2]?.data as Float32Array | undefined;
    const kind = gemmKindOf(model, node.name);
    const data = node.op === 'dense'
      ? formatDense(xq, w, bias, kind)
      : formatConv2d(xq, w, bias, numAttr(attrs, 'groups'),
        // Stryker disable next-line ArrayDeclaration: formatConv2d takes the kernel from the weights' shape and never reads the window's kernel fields
        readWindow2d(attrs, [w.shape[2]!, w.shape[3]!]), outType.shape, kind);
    assert(data.length === numel(outType.shape), `format GEMM ${node.name} made the wrong number of outputs`);
    env.set(node.name, applyFusedClamp({ type: outType, data }, attrs));
  }
  return new Map(graph.outputs.map((name) => [name, env.get(name)!]));
}
