// A float graph written in code (the seeded models of tools, benchmarks and tests): constants filled
// from a generator in element order, nodes whose value operands are given by name.
import { type AttrValue, type Graph, type Operand, constRef, valueRef } from './graph.js';
import { f32Tensor, numel } from './tensor.js';

/** The two builders of a graph written in code, appending to `g`. */
export function graphInCode(g: Graph) {
  return {
    /** An f32 constant of `shape` whose elements `f` gives one by one, in row-major order. */
    constant(name: string, shape: readonly number[], f: () => number): Operand {
      g.constants.set(name, f32Tensor(shape, Array.from({ length: numel(shape) }, f)));
      return constRef(name);
    },
    /** Appends `%name = kind(operands) {attrs}` (a string operand is a value's name) and returns `name`. */
    op(name: string, kind: string, operands: readonly (Operand | string)[], attrs: Record<string, AttrValue> = {}): string {
      g.nodes.push({ name, op: kind, operands: operands.map((o) => (typeof o === 'string' ? valueRef(o) : o)), attrs });
      return name;
    },
  };
}
