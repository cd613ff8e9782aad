// Test helper: build small float graphs by hand, fill them with seeded random data, compare outputs.
import { type AttrValue, type Graph, constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { type Tensor, f32Tensor, numel, tensorType } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { runFloat } from '../../../compiler/reference/float-interpreter.js';
import { mulberry32 } from '../../../core/seeded-random.js';

/** Builds a graph node by node; operands are written `%value` or `@constant`. Constants are inline. */
export class GraphBuilder {
  readonly graph: Graph;
  constructor(name: string, inputs: Record<string, readonly number[]>) {
    this.graph = emptyGraph(name);
    for (const [n, shape] of Object.entries(inputs)) this.graph.inputs.push({ name: n, type: tensorType('f32', shape) });
  }
  constant(name: string, shape: readonly number[], data: readonly number[] | Float32Array): this {
    this.graph.constants.set(name, f32Tensor(shape, data));
    this.graph.inlineConstants.add(name);
    return this;
  }
  node(name: string, op: string, operands: readonly string[], attrs: Record<string, AttrValue> = {}): this {
    this.graph.nodes.push({
      name, op, attrs,
      operands: operands.map((o) => (o.startsWith('@') ? constRef(o.slice(1)) : valueRef(o.replace(/^%/, '')))),
    });
    return this;
  }
  build(...outputs: string[]): Graph {
    this.graph.outputs = outputs;
    inferTypes(this.graph);
    return this.graph;
  }
}

/** The project's seeded PRNG (core/seeded-random.ts), under the name these tests use. */
export const seededRandom = mulberry32;

/** `n` values uniform in [lo, hi), rounded to f32. */
export function randomData(rand: () => number, n: number, lo = -1, hi = 1): Float32Array {
  return Float32Array.from({ length: n }, () => lo + (hi - lo) * rand());
}

/** Random f32 inputs of the declared shapes. */
export function randomInputs(graph: Graph, rand: () => number): Map<string, Tensor> {
  return new Map(graph.inputs.map((v) => [v.name, f32Tensor(v.type.shape, randomData(rand, numel(v.type.shape)))]));
}

/** Runs the graph and returns its outputs in order. */
export function outputsOf(graph: Graph, inputs: ReadonlyMap<string, Tensor>): Float32Array[] {
  const out = runFloat(graph, inputs);
  return graph.outputs.map((name) => out.get(name)!.data as Float32Array);
}

/** max |a − b| / max(max |b|, 1e-30): error relative to the output's magnitude. */
export function relativeError(a: Float32Array, b: Float32Array): number {
  let err = 0, mag = 1e-30;
  for (let i = 0; i < b.length; i++) {
    err = Math.max(err, Math.abs(a[i]! - b[i]!));
    mag = Math.max(mag, Math.abs(b[i]!));
  }
  return err / mag;
}

/** The ops of the graph's nodes, in order (structure assertions). */
export const opsOf = (graph: Graph): string[] => graph.nodes.map((n) => `${n.name}:${n.op}`);
