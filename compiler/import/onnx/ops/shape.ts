// ONNX Flatten, Reshape, Concat and Softmax → flatten, reshape, concat, softmax (axes normalised to ≥ 0).
import type { OnnxNode } from '../decode.js';
import type { ImportContext, OnnxOpImporter } from '../context.js';

/** An ONNX axis in [-rank, rank + extra) made non-negative; `extra` is 1 for Flatten, whose axis may equal rank. */
function normaliseAxis(node: OnnxNode, ctx: ImportContext, axis: number, rank: number, extra = 0): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank + extra) ctx.badAttr(node, 'axis', axis, `an axis in [${-rank}, ${rank + extra - 1}] for a rank-${rank} input`);
  return axis < 0 ? axis + rank : axis;
}

const FLATTEN: OnnxOpImporter = {
  doc: 'flatten',
  attrs: ['axis'],
  run(node, ctx) {
    const rank = ctx.inputType(node, 0).shape.length;
    const axis = normaliseAxis(node, ctx, ctx.attrInt(node, 'axis', 1), rank, 1);
    ctx.emit(node, 'flatten', [ctx.valueOperand(node, 0, 'the input')], { axis });
  },
};

/**
 * Reshape with a constant target shape (an initializer or a Constant node): 0 copies the input dim and one
 * -1 is inferred, as in accsim's reshape. allowzero=1 (a 0 meaning a zero-sized dim) is rejected when a 0 appears.
 */
const RESHAPE: OnnxOpImporter = {
  doc: 'reshape',
  attrs: ['allowzero'],
  run(node, ctx) {
    const t = ctx.constData(node, 1);
    if (t === undefined) return ctx.fail(node, 'ONNX012', 'the target shape comes from a computed tensor; only constant shapes are supported');
    if (t.type.shape.length !== 1 || (t.type.dtype !== 'i64' && t.type.dtype !== 'i32')) {
      ctx.fail(node, 'ONNX016', `the target shape ${node.inputs[1]} must be a 1-D int64 tensor, got ${t.type.dtype}[${t.type.shape.join(',')}]`);
    }
    const shape = Array.from(t.data as ArrayLike<number | bigint>, (v) => Number(v));
    const allowZero = ctx.attrInt(node, 'allowzero', 0);
    if (allowZero !== 0 && shape.includes(0)) ctx.badAttr(node, 'allowzero', allowZero, 'zero-sized dims are not supported: with a 0 in the shape, allowzero must be 0');
    ctx.emit(node, 'reshape', [ctx.valueOperand(node, 0, 'the input')], { shape });
  },
};

const CONCAT: OnnxOpImporter = {
  doc: 'concat',
  attrs: ['axis'],
  run(node, ctx) {
    if (!node.attrs.has('axis')) ctx.fail(node, 'ONNX011', 'attribute axis is required');
    const rank = ctx.inputType(node, 0).shape.length;
    const axis = normaliseAxis(node, ctx, ctx.attrInt(node, 'axis', 0), rank);
    const operands = node.inputs.map((_, i) => ctx.operand(node, i));
    ctx.emit(node, 'concat', operands, { axis });
  },
};

/**
 * Softmax. From opset 13 on it normalises along `axis` (default -1). Before 13 it coerced the input to
 * 2-D at `axis` (default 1) and normalised over everything from `axis` on; that equals a softmax along
 * one axis only when `axis` is the last one, so other axes are rejected rather than silently changed.
 */
const SOFTMAX: OnnxOpImporter = {
  doc: 'softmax',
  attrs: ['axis'],
  run(node, ctx) {
    const rank = ctx.inputType(node, 0).shape.length;
    const legacy = ctx.opset < 13;
    const axis = normaliseAxis(node, ctx, ctx.attrInt(node, 'axis', legacy ? 1 : -1), rank);
    if (legacy && axis !== rank - 1) {
      ctx.badAttr(node, 'axis', axis, `before opset 13 Softmax flattens the input to 2-D at axis; only the last axis (${rank - 1}) has the same meaning in accsim`);
    }
    ctx.emit(node, 'softmax', [ctx.valueOperand(node, 0, 'the input')], { axis });
  },
};

/** The shape ops and softmax, keyed by ONNX op type. */
export const SHAPE_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  Flatten: FLATTEN,
  Reshape: RESHAPE,
  Concat: CONCAT,
  Softmax: SOFTMAX,
};
