// ONNX Flatten, Reshape, Squeeze, Unsqueeze, Transpose, Concat and Softmax → flatten, reshape, transpose,
// concat, softmax (axes normalised to ≥ 0). Squeeze/Unsqueeze are reshapes (shapes are static), and so is a
// Transpose that only moves size-1 axes (the element order does not change).
import type { OnnxNode } from '../decode.js';
import type { ImportContext, OnnxOpImporter } from '../context.js';
import { numel } from '../../../ir/tensor.js';
import { attrOrInput, constList, normaliseAxes, reshapeTo } from '../const-inputs.js';

/** An ONNX axis in [-rank, rank + extra) made non-negative; `extra` is 1 for Flatten, whose axis may equal rank. */
function normaliseAxis(node: OnnxNode, ctx: ImportContext, axis: number, rank: number, extra = 0): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank + extra) ctx.badAttr(node, 'axis', axis, `an axis in [${-rank}, ${rank + extra - 1}] for a rank-${rank} input`);
  return axis < 0 ? axis + rank : axis;
}

const FLATTEN: OnnxOpImporter = {
  attrs: ['axis'],
  doc: 'flatten',
  run(node, ctx) {
    const rank = ctx.inputType(node, 0).shape.length;
    const axis = normaliseAxis(node, ctx, ctx.attrInt(node, 'axis', 1), rank, 1);
    ctx.emit(node, 'flatten', [ctx.operand(node, 0)], { axis });
  },
};

/**
 * Reshape with a constant target shape (an initializer or a Constant node; before opset 5 the `shape`
 * attribute): 0 copies the input dim (with allowzero=1, opset 14: a zero-sized dim) and one -1 is inferred.
 */
const RESHAPE: OnnxOpImporter = {
  attrs: (v) => (v === 1 ? ['shape', 'consumed_inputs'] : v < 14 ? [] : ['allowzero']),
  doc: 'reshape',
  run(node, ctx) {
    const target = ctx.version(node) < 5 ? [...(ctx.attrInts(node, 'shape') ?? ctx.fail(node, 'ONNX011', 'attribute shape is required'))]
      : constList(node, ctx, 1, 'the target shape');
    const allowZero = ctx.attrInt(node, 'allowzero', 0) === 1;
    const input = ctx.inputType(node, 0).shape;
    const shape = ctx.batchAdjusted(target, input);
    ctx.emit(node, 'reshape', [ctx.operand(node, 0)], allowZero && shape.includes(0) ? { shape, allowzero: true } : { shape });
  },
};

/** Squeeze: the listed size-1 axes (all size-1 axes when none are listed) are dropped; a reshape. */
const SQUEEZE: OnnxOpImporter = {
  attrs: (v) => (v < 13 ? ['axes'] : []),
  doc: 'reshape',
  run(node, ctx) {
    const shape = ctx.inputType(node, 0).shape;
    const given = attrOrInput(node, ctx, 'axes', 13, 1);
    const axes = given === undefined ? shape.flatMap((d, i) => (d === 1 ? [i] : [])) : normaliseAxes(node, ctx, given, shape.length);
    for (const a of axes) if (shape[a] !== 1) ctx.badAttr(node, 'axes', given, `axis ${a} has size ${shape[a]}, only size-1 axes can be squeezed`);
    reshapeTo(node, ctx, ctx.operand(node, 0), shape.filter((_, i) => !axes.includes(i)));
  },
};

/** Unsqueeze: size-1 axes inserted at the listed positions of the output; a reshape. */
const UNSQUEEZE: OnnxOpImporter = {
  attrs: (v) => (v < 13 ? ['axes'] : []),
  doc: 'reshape',
  run(node, ctx) {
    const shape = ctx.inputType(node, 0).shape;
    const given = attrOrInput(node, ctx, 'axes', 13, 1);
    if (given === undefined) return ctx.fail(node, 'ONNX011', 'the axes are required');
    const rank = shape.length + given.length;
    const axes = normaliseAxes(node, ctx, given, rank);
    const out: number[] = [];
    let k = 0;
    for (let i = 0; i < rank; i++) out.push(axes.includes(i) ? 1 : shape[k++]!);
    reshapeTo(node, ctx, ctx.operand(node, 0), out);
  },
};

/** Transpose {perm} (default: the axes reversed); a reshape when only size-1 axes move. */
const TRANSPOSE: OnnxOpImporter = {
  attrs: ['perm'],
  doc: 'transpose (a reshape when only size-1 axes move)',
  run(node, ctx) {
    const shape = ctx.inputType(node, 0).shape;
    const perm = [...(ctx.attrInts(node, 'perm') ?? shape.map((_, i) => shape.length - 1 - i))];
    const x = ctx.operand(node, 0);
    if (perm.length !== shape.length || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) ctx.badAttr(node, 'perm', perm, `a permutation of 0..${shape.length - 1}`);
    const moved = perm.filter((p) => shape[p] !== 1);
    if (moved.every((p, i) => i === 0 || moved[i - 1]! < p)) reshapeTo(node, ctx, x, perm.map((p) => shape[p]!));
    else ctx.emit(node, 'transpose', [x], { perm });
  },
};

const CONCAT: OnnxOpImporter = {
  attrs: ['axis'],
  doc: 'concat',
  run(node, ctx) {
    // Concat-1 defaults the axis to 1; from opset 4 it is required.
    if (!node.attrs.has('axis') && ctx.version(node) >= 4) ctx.fail(node, 'ONNX011', 'attribute axis is required');
    const rank = ctx.inputType(node, 0).shape.length;
    const axis = normaliseAxis(node, ctx, ctx.attrInt(node, 'axis', 1), rank);
    const operands = node.inputs.map((_, i) => ctx.operand(node, i));
    ctx.emit(node, 'concat', operands, { axis });
  },
};

/**
 * Softmax and LogSoftmax. From opset 13 on they normalise along `axis` (default -1). Before 13 they coerced
 * the input to 2-D at `axis` (default 1) and normalised each row: that is the op on a reshape to
 * [d0·…·d(axis−1), rest], reshaped back (just the op along the last axis when `axis` is the last one).
 */
function softmaxImporter(op: 'softmax' | 'log_softmax'): OnnxOpImporter {
  return {
    attrs: ['axis'],
    doc: `${op} (before opset 13: over the flattened trailing axes)`,
    run(node, ctx) {
      const shape = ctx.inputType(node, 0).shape;
      const rank = shape.length;
      const legacy = ctx.version(node) < 13;
      const axis = normaliseAxis(node, ctx, ctx.attrInt(node, 'axis', legacy ? 1 : -1), rank);
      const x = ctx.valueOperand(node, 0, 'the input');
      if (!legacy || axis === rank - 1) {
        ctx.emit(node, op, [x], { axis });
        return;
      }
      const rows = reshapeTo(node, ctx, x, [numel(shape.slice(0, axis)), numel(shape.slice(axis))], 'rows');
      const y = ctx.emit(node, op, [rows], { axis: 1 }, op);
      reshapeTo(node, ctx, y, shape);
    },
  };
}

/** The shape ops and softmax, keyed by ONNX op type. */
export const SHAPE_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  Flatten: FLATTEN,
  Reshape: RESHAPE,
  Squeeze: SQUEEZE,
  Unsqueeze: UNSQUEEZE,
  Transpose: TRANSPOSE,
  Concat: CONCAT,
  Softmax: softmaxImporter('softmax'),
  LogSoftmax: softmaxImporter('log_softmax'),
};
