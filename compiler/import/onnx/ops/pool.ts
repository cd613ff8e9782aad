// ONNX MaxPool, AveragePool, GlobalAveragePool and GlobalMaxPool. 2-D windows are maxpool/avgpool (with
// dilation), 1-D ones the 2-D pools on a height-1 image, 3-D ones maxpool3d/avgpool3d (float only).
// GlobalAveragePool is global_avgpool (any rank); GlobalMaxPool a max pool whose window is the whole image.
import type { OnnxNode } from '../decode.js';
import type { ImportContext, OnnxOpImporter } from '../context.js';
import type { AttrValue } from '../../../ir/graph.js';
import { as2d, back1d, explicitPads, lift1d, perAxis, spatialDims } from './window-attrs.js';

/**
 * Kernel, strides, dilations, pads/auto_pad and ceil_mode. ceil_mode follows PyTorch (and the ONNX text from
 * opset 19): a last window that would start inside the end padding is dropped.
 */
function poolWindow(node: OnnxNode, ctx: ImportContext, dims: readonly number[]): Record<string, AttrValue> {
  const n = dims.length;
  const kernel = perAxis(node, ctx, 'kernel_shape', n, undefined);
  const stride = perAxis(node, ctx, 'strides', n, 1);
  const dilation = perAxis(node, ctx, 'dilations', n, 1);
  const pad = explicitPads(node, ctx, dims, kernel, stride, dilation);
  const ceil = ctx.attrInt(node, 'ceil_mode', 0);
  if (ceil !== 0 && ceil !== 1) ctx.badAttr(node, 'ceil_mode', ceil, '0 or 1');
  return { kernel, stride, pad, ceil_mode: ceil === 1, dilation };
}

/** Emits pool `op` (maxpool or avgpool) for 1-, 2- or 3-D windows. */
function emitPool(node: OnnxNode, ctx: ImportContext, op: 'maxpool' | 'avgpool', attrs: Record<string, AttrValue>, dims: readonly number[]): void {
  const x = ctx.valueOperand(node, 0, 'the pooling input');
  if (dims.length === 2) ctx.emit(node, op, [x], attrs);
  else if (dims.length === 3) ctx.emit(node, `${op}3d`, [x], attrs);
  else back1d(node, ctx, ctx.emit(node, op, [as2d(node, ctx, x)], lift1d(attrs), 'pool'));
}

const MAX_POOL: OnnxOpImporter = {
  attrs: ['auto_pad', 'ceil_mode', 'dilations', 'kernel_shape', 'pads', 'storage_order', 'strides'],
  doc: 'maxpool (1-D: on a height-1 image; 3-D: maxpool3d, float only)',
  run(node, ctx) {
    const order = ctx.attrInt(node, 'storage_order', 0);
    if (order !== 0) ctx.badAttr(node, 'storage_order', order, 'only 0 (row-major indices) is supported');
    ctx.requireOutputsUnused(node, 1, 'the argmax indices output is not supported');
    const dims = spatialDims(node, ctx);
    emitPool(node, ctx, 'maxpool', poolWindow(node, ctx, dims), dims);
  },
};

const AVERAGE_POOL: OnnxOpImporter = {
  attrs: ['auto_pad', 'ceil_mode', 'count_include_pad', 'dilations', 'kernel_shape', 'pads', 'strides'],
  doc: 'avgpool (1-D: on a height-1 image; 3-D: avgpool3d, float only)',
  run(node, ctx) {
    const include = ctx.attrInt(node, 'count_include_pad', 0);
    if (include !== 0 && include !== 1) ctx.badAttr(node, 'count_include_pad', include, '0 or 1');
    const dims = spatialDims(node, ctx);
    emitPool(node, ctx, 'avgpool', { ...poolWindow(node, ctx, dims), count_include_pad: include === 1 }, dims);
  },
};

const GLOBAL_AVERAGE_POOL: OnnxOpImporter = {
  attrs: [],
  doc: 'global_avgpool',
  run(node, ctx) {
    spatialDims(node, ctx);
    ctx.emit(node, 'global_avgpool', [ctx.valueOperand(node, 0, 'the pooling input')], {});
  },
};

const GLOBAL_MAX_POOL: OnnxOpImporter = {
  attrs: [],
  doc: 'maxpool with the whole image as its window (3-D: maxpool3d)',
  run(node, ctx) {
    const dims = spatialDims(node, ctx);
    emitPool(node, ctx, 'maxpool', { kernel: dims }, dims);
  },
};

/** The pooling ops, keyed by ONNX op type. */
export const POOL_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  MaxPool: MAX_POOL,
  AveragePool: AVERAGE_POOL,
  GlobalAveragePool: GLOBAL_AVERAGE_POOL,
  GlobalMaxPool: GLOBAL_MAX_POOL,
};
