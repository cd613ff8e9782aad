// Test helpers: run one OpSpec the way the verifier and the float interpreter do (defaults filled, type inferred).
import { expect } from 'vitest';
import type { Attrs } from '../../../../compiler/ir/graph.js';
import type { OpSpec } from '../../../../compiler/ir/op-spec.js';
import { resolveAttrs } from '../../../../compiler/ir/verify.js';
import { type Tensor, type TensorType, f32Tensor, numel, tensorType } from '../../../../compiler/ir/tensor.js';
import { UserError } from '../../../../core/diagnostics.js';

/** A float32 tensor from a shape and literal values. */
export const t = (shape: readonly number[], data: readonly number[]): Tensor => f32Tensor(shape, data);

/** `n` values 0, 1, …, n−1 (or start, start+1, …). */
export const iota = (n: number, start = 0): number[] => Array.from({ length: n }, (_, i) => start + i);

function resolve(op: OpSpec, attrs: Attrs): Attrs {
  return resolveAttrs({ name: 'y', op: op.name, operands: [], attrs }, op);
}

/** The inferred output type for operands of the given shapes (f32). */
export function inferOp(op: OpSpec, shapes: readonly (readonly number[])[], attrs: Attrs = {}): TensorType {
  return op.inferType(shapes.map((s) => tensorType('f32', s)), resolve(op, attrs), { node: 'y', op: op.name });
}

/** The MAC count for operands of the given shapes. */
export function macsOf(op: OpSpec, shapes: readonly (readonly number[])[], attrs: Attrs = {}): number {
  const resolved = resolve(op, attrs);
  const inputs = shapes.map((s) => tensorType('f32', s));
  return op.macs(inputs, op.inferType(inputs, resolved, { node: 'y', op: op.name }), resolved);
}

/** Infers the type, evaluates in float and checks that the data matches the inferred shape. */
export function evalOp(op: OpSpec, inputs: readonly Tensor[], attrs: Attrs = {}): Tensor {
  const resolved = resolve(op, attrs);
  const type = op.inferType(inputs.map((x) => x.type), resolved, { node: 'y', op: op.name });
  const y = op.evalFloat(inputs, resolved, type);
  expect(y.data.length).toBe(numel(type.shape));
  expect(y.data).toBeInstanceOf(Float32Array);
  return y;
}

/** The values of a tensor as a plain array, for toEqual against literal expectations. */
export const values = (x: Tensor): number[] => Array.from(x.data as Float32Array);

/** Expects `fn` to throw a UserError whose first diagnostic has `code` and whose message contains every fragment. */
export function expectUserError(fn: () => unknown, code: string, ...fragments: string[]): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'expected a UserError').toBeInstanceOf(UserError);
  const d = (caught as UserError).diagnostics[0]!;
  expect(d.code).toBe(code);
  for (const f of fragments) expect(d.message).toContain(f);
}
