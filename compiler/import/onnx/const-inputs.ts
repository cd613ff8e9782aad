// Reading constant ONNX inputs and attributes the way the ops need them (shapes, axes, pads, bounds, scales),
// including the inputs that were attributes in older op definitions, and small emit helpers shared by the
// op importers (a reshape to a known shape).
import type { OnnxNode } from './decode.js';
import { type ImportContext, shortestF32 } from './context.js';
import type { Operand } from '../../ir/graph.js';
import { type Tensor, formatShape, numel } from '../../ir/tensor.js';

/** The one number held by a constant tensor (any numeric dtype), or an error naming `what`. */
export function scalarOf(node: OnnxNode, ctx: ImportContext, t: Tensor, what: string): number {
  if (numel(t.type.shape) !== 1) ctx.fail(node, 'ONNX016', `${what} must be a scalar, got a tensor of shape ${formatShape(t.type.shape)}`);
  return Number(t.data[0]!);
}

/** Constant input i as a list of numbers (an int64/int32/float tensor of rank ≤ 1); ONNX012 when computed. */
export function constList(node: OnnxNode, ctx: ImportContext, i: number, what: string): number[] {
  const t = ctx.constData(node, i);
  if (t === undefined) return ctx.fail(node, 'ONNX012', `${what} (input ${node.inputs[i]}) comes from a computed tensor; only constants are supported`);
  if (t.type.shape.length > 1) ctx.fail(node, 'ONNX016', `${what} (input ${node.inputs[i]}) must be 1-D, got ${formatShape(t.type.shape)}`);
  return Array.from(t.data as ArrayLike<number | bigint>, (v) => Number(v));
}

/** An optional constant scalar input as an f32-rounded number (Clip bounds, Pad's constant_value), or `dflt`. */
export function optionalConstScalar(node: OnnxNode, ctx: ImportContext, i: number, what: string, dflt: number): number {
  if (!ctx.hasInput(node, i)) return dflt;
  const t = ctx.constData(node, i);
  if (t === undefined) return ctx.fail(node, 'ONNX012', `${what} (input ${node.inputs[i]}) comes from a computed tensor; only constants are supported`);
  return shortestF32(scalarOf(node, ctx, t, what));
}

/**
 * A list that is an attribute before op version `since` and an (optional) input from then on: Squeeze axes,
 * ReduceMean axes, Pad pads. Undefined when absent in both places.
 */
export function attrOrInput(node: OnnxNode, ctx: ImportContext, name: string, since: number, input: number): number[] | undefined {
  if (ctx.version(node) < since) {
    const v = ctx.attrInts(node, name);
    return v === undefined ? undefined : [...v];
  }
  return ctx.hasInput(node, input) ? constList(node, ctx, input, name) : undefined;
}

/** Axes in [−rank, rank) made non-negative, each once; ONNX011 naming the attribute otherwise. */
export function normaliseAxes(node: OnnxNode, ctx: ImportContext, axes: readonly number[], rank: number, what = 'axes'): number[] {
  const out = axes.map((a) => (a < 0 ? a + rank : a));
  if (out.some((a, i) => !Number.isInteger(a) || a < 0 || a >= rank || out.indexOf(a) !== i)) {
    ctx.badAttr(node, what, axes, `distinct axes in [${-rank}, ${rank - 1}] for a rank-${rank} input`);
  }
  return out;
}

/** Emits a reshape of `x` to `shape` (an intermediate when `step` is given, else the node's output). */
export function reshapeTo(node: OnnxNode, ctx: ImportContext, x: Operand, shape: readonly number[], step?: string): Operand {
  return ctx.emit(node, 'reshape', [x], { shape: [...shape] }, step);
}
