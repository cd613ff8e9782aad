// The float reference: evaluates a graph op by op with OpSpec.evalFloat on Float32Array storage.
import type { Attrs, Graph } from '../ir/graph.js';
import { lookupOp } from '../ir/op-registry.js';
import { type Tensor, numel, sameShape } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { assert } from '../../core/diagnostics.js';
import { batchShapeError, bindInputs, operandsOf } from './environment.js';

/**
 * Runs the graph on one set of inputs whose shapes equal the declared input shapes.
 * Storage is f32 between ops; each op documents its accumulation precision (conv2d and
 * dense accumulate in float64 and round once to f32, like a fused multiply-add chain would).
 */
export function runFloat(graph: Graph, inputs: ReadonlyMap<string, Tensor>, attrsByNode?: Map<string, Attrs>): Map<string, Tensor> {
  const attrs = attrsByNode ?? inferTypes(graph);
  const env = bindInputs(graph, inputs);
  for (const node of graph.nodes) {
    const spec = lookupOp(node.op);
    assert(spec, `verified graph has unknown op ${node.op}`);
    const operands = operandsOf(graph, env, node);
    const outType = graph.values.get(node.name)!.type;
    env.set(node.name, spec.evalFloat(operands, attrs.get(node.name)!, outType));
  }
  return new Map(graph.outputs.map((name) => [name, env.get(name)!]));
}

/**
 * Runs a graph declared with batch 1 on a batch of N samples (first dimension of `input`),
 * one sample at a time, and stacks the single output; a graph that kept a fixed batch M runs once on
 * exactly M. Graphs with one input and one output only.
 */
export function runFloatBatched(graph: Graph, input: Tensor): Tensor {
  assert(graph.inputs.length === 1 && graph.outputs.length === 1, 'batched run needs one input and one output');
  const decl = graph.inputs[0]!;
  const attrs = inferTypes(graph);
  const sampleShape = decl.type.shape.slice(1);
  const shape = input.type.shape;
  if (decl.type.shape[0] !== 1 || !sameShape(shape.slice(1), sampleShape)) {
    if (sameShape(shape, decl.type.shape)) return runFloat(graph, new Map([[decl.name, input]]), attrs).get(graph.outputs[0]!)!;
    batchShapeError(decl, shape);
  }
  const n = shape[0]!;
  const per = numel(sampleShape);
  const outType = graph.values.get(graph.outputs[0]!)!.type;
  const outPer = numel(outType.shape);
  const out = new Float32Array(n * outPer);
  const src = input.data instanceof Float32Array ? input.data : Float32Array.from(input.data as ArrayLike<number>);
  for (let b = 0; b < n; b++) {
    const sample: Tensor = { type: decl.type, data: src.subarray(b * per, (b + 1) * per) };
    const y = runFloat(graph, new Map([[decl.name, sample]]), attrs).get(graph.outputs[0]!)!;
    out.set(y.data as Float32Array, b * outPer);
  }
  return { type: { dtype: 'f32', shape: [n, ...outType.shape.slice(1)] }, data: out };
}
