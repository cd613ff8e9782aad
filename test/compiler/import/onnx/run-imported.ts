// Shared by the importer tests: import bytes, run the float reference on one input, return the output.
import { importOnnx } from '../../../../compiler/import/onnx/to-graph.js';
import type { Graph } from '../../../../compiler/ir/graph.js';
import { f32Tensor, numel } from '../../../../compiler/ir/tensor.js';
import { runFloat, runFloatBatched } from '../../../../compiler/reference/float-interpreter.js';

/**
 * Runs an imported graph (one input, one output) on `data` and returns the output values. Data for more
 * images than the graph input holds (a fixed-batch export the importer made per-image) runs image by image.
 */
export function runGraph(graph: Graph, data: ArrayLike<number>): Float32Array {
  const input = graph.inputs[0]!;
  const per = numel(input.type.shape);
  if (data.length !== per) {
    const n = data.length / numel(input.type.shape.slice(1));
    return runFloatBatched(graph, f32Tensor([n, ...input.type.shape.slice(1)], Float32Array.from(data))).data as Float32Array;
  }
  const out = runFloat(graph, new Map([[input.name, f32Tensor(input.type.shape, Float32Array.from(data))]]));
  return out.get(graph.outputs[0]!)!.data as Float32Array;
}

/** Imports `bytes` and runs it on `data`. */
export function importAndRun(bytes: Uint8Array, data: ArrayLike<number>): { graph: Graph; y: Float32Array } {
  const graph = importOnnx(bytes);
  return { graph, y: runGraph(graph, data) };
}

/** The op names of a graph's nodes, in order (to check what each ONNX op became). */
export const opsOf = (g: Graph): string[] => g.nodes.map((n) => n.op);
