// Whether a graph is float (run by the float reference) or quantized (run by the integer reference).
import type { Graph } from '../compiler/ir/graph.js';
import { lookupOp } from '../compiler/ir/op-registry.js';

/** True when any node has integer semantics (a quantized graph from `accsim quantize`). */
export function isQuantized(graph: Graph): boolean {
  return graph.nodes.some((n) => lookupOp(n.op)?.evalInt !== undefined);
}
