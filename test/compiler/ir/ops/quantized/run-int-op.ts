// Test helpers shared by the integer-op property tests of this folder: build a tensor from numbers and run
// one op's evalInt with its attributes resolved and its type inferred, as the integer interpreter does.
import type { Attrs } from '../../../../../compiler/ir/graph.js';
import type { IntCounters, OpSpec } from '../../../../../compiler/ir/op-spec.js';
import { lookupOp } from '../../../../../compiler/ir/op-registry.js';
import { resolveAttrs } from '../../../../../compiler/ir/verify.js';
import { type DType, allocate } from '../../../../../compiler/ir/dtype.js';
import { type Tensor, makeTensor } from '../../../../../compiler/ir/tensor.js';

/** A tensor of `dtype` and `shape` holding `values`. */
export function tensor(dtype: DType, shape: number[], values: ArrayLike<number>): Tensor {
  const data = allocate(dtype, values.length);
  for (let i = 0; i < values.length; i++) data[i] = values[i]!;
  return makeTensor(dtype, shape, data);
}

/** Runs `op`'s integer semantics on `inputs`: its output values and the accumulator overflows it counted. */
export function runIntOp(op: string, inputs: Tensor[], attrs: Attrs): { y: number[]; overflows: number } {
  const spec = lookupOp(op) as OpSpec;
  const resolved = resolveAttrs({ name: 'n', op, operands: [], attrs }, spec);
  const type = spec.inferType(inputs.map((x) => x.type), resolved, { node: 'n', op });
  const counters: IntCounters = { accOverflows: 0 };
  const out = spec.evalInt!(inputs, resolved, type, counters);
  return { y: Array.from(out.data as ArrayLike<number>), overflows: counters.accOverflows };
}
