// Per-layer summary of a graph: op, output shape, MACs and parameters (used by `check` and reports).
import type { Graph } from '../compiler/ir/graph.js';
import { lookupOp } from '../compiler/ir/op-registry.js';
import { numel } from '../compiler/ir/tensor.js';
import { inferTypes } from '../compiler/ir/verify.js';
import { assert } from '../core/diagnostics.js';

export interface LayerSummary {
  name: string;
  op: string;
  outputShape: number[];
  outputDtype: string;
  macs: number;
  params: number;
}

export interface ModelSummary {
  graph: string;
  inputs: { name: string; dtype: string; shape: number[] }[];
  outputs: string[];
  layers: LayerSummary[];
  totalMacs: number;
  totalParams: number;
}

/** Verifies the graph and summarizes every node. Parameters are the elements of a node's constant operands. */
export function summarizeModel(graph: Graph): ModelSummary {
  const attrs = inferTypes(graph);
  const layers = graph.nodes.map((node): LayerSummary => {
    const spec = lookupOp(node.op);
    assert(spec, `verified graph has unknown op ${node.op}`);
    const inputs = node.operands.map((o) => (o.ref === 'value' ? graph.values.get(o.name)!.type : graph.constants.get(o.name)!.type));
    const out = graph.values.get(node.name)!.type;
    const params = node.operands.filter((o) => o.ref === 'const').reduce((s, o) => s + numel(graph.constants.get(o.name)!.type.shape), 0);
    return { name: node.name, op: node.op, outputShape: [...out.shape], outputDtype: out.dtype, macs: spec.macs(inputs, out, attrs.get(node.name)!), params };
  });
  return {
    graph: graph.name,
    inputs: graph.inputs.map((v) => ({ name: v.name, dtype: v.type.dtype, shape: [...v.type.shape] })),
    outputs: [...graph.outputs],
    layers,
    totalMacs: layers.reduce((s, l) => s + l.macs, 0),
    totalParams: layers.reduce((s, l) => s + l.params, 0),
  };
}
