// The graph IR: values, constants, nodes in topological order. Construction and use-def queries, nothing else.
import type { Tensor, TensorType } from './tensor.js';

/** An attribute value: ints and floats are both numbers; the op's AttrSpec says which. */
export type AttrValue = number | readonly number[] | string | boolean;
export type Attrs = Readonly<Record<string, AttrValue>>;

/** Where a node or value came from in a text file (1-based). */
export interface SourceLoc {
  readonly line: number;
  readonly col: number;
}

/** An operand refers to a runtime value (`%x`) or a constant tensor (`@conv1.w`). */
export interface Operand {
  readonly ref: 'value' | 'const';
  readonly name: string;
}

/** A runtime value: a graph input or a node output. */
export interface Value {
  readonly name: string;
  readonly type: TensorType;
}

/** One operation; its output value has the node's name. */
export interface Node {
  readonly name: string;
  readonly op: string;
  readonly operands: readonly Operand[];
  readonly attrs: Attrs;
  readonly loc?: SourceLoc;
}

/**
 * A dataflow graph. `nodes` are in topological order (every operand defined before use);
 * `values` holds the type of every input and node output, filled by `inferTypes`.
 */
export interface Graph {
  name: string;
  /** Sidecar weight file, relative to the .qir file (undefined: all constants inline). */
  weightsFile?: string;
  inputs: Value[];
  outputs: string[];
  nodes: Node[];
  constants: Map<string, Tensor>;
  /** Constants written inline in the text rather than in the sidecar. */
  inlineConstants: Set<string>;
  values: Map<string, Value>;
}

/** An empty graph to fill. */
export function emptyGraph(name: string): Graph {
  return { name, inputs: [], outputs: [], nodes: [], constants: new Map(), inlineConstants: new Set(), values: new Map() };
}

export const valueRef = (name: string): Operand => ({ ref: 'value', name });
export const constRef = (name: string): Operand => ({ ref: 'const', name });

/** The node producing value `name`, or undefined for a graph input. */
export function producerOf(graph: Graph, name: string): Node | undefined {
  return graph.nodes.find((n) => n.name === name);
}

/** Nodes that read value `name`. */
export function consumersOf(graph: Graph, name: string): Node[] {
  return graph.nodes.filter((n) => n.operands.some((o) => o.ref === 'value' && o.name === name));
}

/** The type of value `name` (throws if unknown: call after inferTypes). */
export function typeOf(graph: Graph, name: string): TensorType {
  const v = graph.values.get(name);
  if (v === undefined) throw new Error(`no value %${name} in graph ${graph.name}`);
  return v.type;
}

/** A deep-enough copy for passes: new node list and maps, shared tensors (passes replace, never mutate, tensors). */
export function cloneGraph(graph: Graph): Graph {
  return {
    ...graph,
    inputs: [...graph.inputs],
    outputs: [...graph.outputs],
    nodes: [...graph.nodes],
    constants: new Map(graph.constants),
    inlineConstants: new Set(graph.inlineConstants),
    values: new Map(graph.values),
  };
}
