// The OpSpec interface: what every op declares (operands, attributes) and does (types, MACs, float evaluation).
import type { Attrs, AttrValue } from './graph.js';
import type { Tensor, TensorType } from './tensor.js';
import { fail } from '../../core/diagnostics.js';
import { DTYPES } from './dtype.js';

export interface OperandSpec {
  readonly name: string;
  /** 'value' must be a runtime value, 'const' a constant, 'any' either. */
  readonly kind: 'value' | 'const' | 'any';
  readonly optional?: boolean;
  /** Only the last operand may be variadic (one or more). */
  readonly variadic?: boolean;
}

export type AttrKind = 'int' | 'ints' | 'float' | 'floats' | 'string' | 'bool';

export interface AttrSpec {
  readonly kind: AttrKind;
  /** Absent default means the attribute is required. */
  readonly default?: AttrValue;
  readonly doc: string;
  /** Extra validation; returns a message saying what was expected, or undefined when fine. */
  readonly check?: (value: AttrValue) => string | undefined;
}

/** Context handed to type inference so errors can name the node. */
export interface OpContext {
  readonly node: string;
  readonly op: string;
}

/**
 * Per-layer event counts an integer evaluation adds to (the integer reference reports them per node).
 * `accOverflows`: outputs whose exact accumulator value left the `acc_bits` range (then wrapped or saturated).
 */
export interface IntCounters {
  accOverflows: number;
}

export interface OpSpec {
  readonly name: string;
  readonly summary: string;
  /** Operand and result shapes and layouts, one line (docs/QIR.md's op reference is generated from it). */
  readonly shapes: string;
  /** Float ops: what quantization makes of them; integer ops: where their semantics are written. */
  readonly quantization: string;
  readonly operands: readonly OperandSpec[];
  readonly attrs: Readonly<Record<string, AttrSpec>>;
  /** Infers the output type from the operand types; calls `shapeError` when they do not fit. */
  inferType(inputs: readonly TensorType[], attrs: Attrs, ctx: OpContext): TensorType;
  /** Multiply-accumulates for one evaluation (0 for ops without multiplies). */
  macs(inputs: readonly TensorType[], output: TensorType, attrs: Attrs): number;
  /** Evaluates in float (f32 storage; see the op's file for accumulation precision). */
  evalFloat(inputs: readonly Tensor[], attrs: Attrs, output: TensorType): Tensor;
  /**
   * Integer semantics of a quantized op (THE SPEC the simulator must equal bit for bit), one integer
   * per slot in the storage of the output dtype. Only quantized ops have it; the integer reference
   * evaluates the other ops with `evalFloat`.
   */
  evalInt?(inputs: readonly Tensor[], attrs: Attrs, output: TensorType, counters: IntCounters): Tensor;
  /**
   * True when, with these attributes, the op only moves elements (no arithmetic, no constants written):
   * the integer reference then runs `evalFloat` on integer codes, which keep their scale and zero point
   * (flatten, reshape, transpose, nearest resize).
   */
  movesCodes?(attrs: Attrs): boolean;
}

/** Throws a user error naming the node, for shape and type mismatches found during inference. */
export function shapeError(ctx: OpContext, message: string): never {
  fail('GRAPH010', `${ctx.op} %${ctx.node}: ${message}`, { node: ctx.node });
}

/**
 * A user error when operand `name` is an integer tensor: ops that compute new values in float (convolutions,
 * normalisations, reductions) take float tensors only; integer tensors (an ONNX graph's integer inputs) are
 * for the ops that copy, compare or do integer arithmetic.
 */
export function requireFloat(ctx: OpContext, name: string, t: TensorType): void {
  if (!DTYPES[t.dtype].isFloat) shapeError(ctx, `${name} must be a float tensor, got ${t.dtype}`);
}

/** Reads an int-list attribute (after defaults are filled by the verifier). */
export function intsAttr(attrs: Attrs, name: string): readonly number[] {
  return attrs[name] as readonly number[];
}

export function numAttr(attrs: Attrs, name: string): number {
  return attrs[name] as number;
}

export function boolAttr(attrs: Attrs, name: string): boolean {
  return attrs[name] as boolean;
}

/** Common attribute checks. */
export const positiveInts = (n: number) => (v: AttrValue): string | undefined =>
  Array.isArray(v) && v.length === n && v.every((x) => Number.isInteger(x) && x > 0) ? undefined : `${n} positive integers`;
export const nonNegativeInts = (n: number) => (v: AttrValue): string | undefined =>
  Array.isArray(v) && v.length === n && v.every((x) => Number.isInteger(x) && x >= 0) ? undefined : `${n} non-negative integers`;
