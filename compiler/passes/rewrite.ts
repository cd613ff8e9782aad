// Graph surgery shared by the passes (not a pass): the clone-edit-verify frame, fresh names, constant
// replacement, rewiring uses. Every helper edits the pass's own clone (cloneGraph), never a tensor in place.
import { type Attrs, type Graph, type Node, type Operand, cloneGraph } from '../ir/graph.js';
import type { Tensor } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import type { PassResult, PassStats } from './pass.js';

/**
 * The frame of a rewriting pass (the Pass contract): `edit` changes a clone of `input` whose values are typed
 * (it gets each node's resolved attributes) and reports its stats; the clone is returned verified again.
 */
export function editVerifiedClone(input: Graph, edit: (graph: Graph, attrs: Map<string, Attrs>) => PassStats): PassResult {
  const graph = cloneGraph(input);
  const stats = edit(graph, inferTypes(graph));
  inferTypes(graph);
  return { graph, stats };
}

/** True when `name` is not yet used by a value, a node or a constant of the graph. */
function nameIsFree(graph: Graph, name: string): boolean {
  return !graph.values.has(name) && !graph.constants.has(name) && !graph.nodes.some((n) => n.name === name)
    && !graph.inputs.some((v) => v.name === name);
}

/** `base`, or `base.1`, `base.2`, … : the first name no value, node or constant uses. */
export function freshName(graph: Graph, base: string): string {
  if (nameIsFree(graph, base)) return base;
  for (let i = 1; ; i++) {
    if (nameIsFree(graph, `${base}.${i}`)) return `${base}.${i}`;
  }
}

/** Number of operand slots, over all nodes, that read constant `name`. */
export function constantUses(graph: Graph, name: string): number {
  let uses = 0;
  for (const n of graph.nodes) for (const o of n.operands) if (o.ref === 'const' && o.name === name) uses++;
  return uses;
}

/**
 * True when `node` is the only reader of value `name` and the value is not a graph output, so the
 * producer of `name` may be rewritten without changing what anyone else sees.
 */
export function isSoleConsumer(graph: Graph, name: string, node: Node): boolean {
  if (graph.outputs.includes(name)) return false;
  return graph.nodes.every((n) => n === node || !n.operands.some((o) => o.ref === 'value' && o.name === name));
}

/** The index of the node named `name` (the graph's own array). */
export function nodeIndex(graph: Graph, name: string): number {
  return graph.nodes.findIndex((n) => n.name === name);
}

/** Replaces the node with the same name as `node` (keeping its position). */
export function replaceNode(graph: Graph, node: Node): void {
  graph.nodes[nodeIndex(graph, node.name)] = node;
}

/**
 * Gives operand `index` of `node` the tensor `data`: when `node` is the constant's only user the
 * constant is replaced under its own name, otherwise (or when the operand is absent) a fresh constant
 * `${node.name}.${role}` is made. The new constant is inline when `like` (a sibling constant) is.
 * Returns the node with the operand pointing at the constant; the caller stores it with replaceNode.
 */
export function setConstantOperand(graph: Graph, node: Node, index: number, data: Tensor, role: string, like?: string): Node {
  const current = node.operands[index];
  let name: string;
  if (current !== undefined && current.ref === 'const' && constantUses(graph, current.name) === 1) {
    name = current.name;
  } else {
    name = freshName(graph, `${node.name}.${role}`);
    const inline = like !== undefined ? graph.inlineConstants.has(like) : graph.weightsFile === undefined;
    if (inline) graph.inlineConstants.add(name);
  }
  graph.constants.set(name, data);
  const operands: Operand[] = [...node.operands];
  operands[index] = { ref: 'const', name };
  return { ...node, operands };
}

/** Makes every reader of value `from` (nodes and graph outputs) read `to` instead. */
export function replaceUses(graph: Graph, from: string, to: string): void {
  graph.nodes = graph.nodes.map((n) =>
    n.operands.some((o) => o.ref === 'value' && o.name === from)
      ? { ...n, operands: n.operands.map((o) => (o.ref === 'value' && o.name === from ? { ref: 'value' as const, name: to } : o)) }
      : n);
  graph.outputs = graph.outputs.map((o) => (o === from ? to : o));
}

/** Removes the node named `name` (its uses must already be rewired). */
export function removeNode(graph: Graph, name: string): void {
  graph.nodes = graph.nodes.filter((n) => n.name !== name);
  graph.values.delete(name);
}

/** Drops those of `names` that no node reads any more (constants a rewrite made dead). */
export function dropDeadConstants(graph: Graph, names: readonly string[]): void {
  for (const name of names) {
    if (constantUses(graph, name) === 0) {
      graph.constants.delete(name);
      graph.inlineConstants.delete(name);
    }
  }
}
