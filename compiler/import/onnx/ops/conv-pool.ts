// ONNX Conv, MaxPool, AveragePool and GlobalAveragePool → conv2d, maxpool, avgpool, global_avgpool.
// ONNX pads are [x1_begin, x2_begin, x1_end, x2_end], which for NCHW is exactly accsim's [top, left, bottom, right].
import type { OnnxNode } from '../decode.js';
import type { ImportContext, OnnxOpImporter } from '../context.js';
import { formatShape } from '../../../ir/tensor.js';

/** Spatial [H, W] of an NCHW input; only 2-D windows are supported. */
function spatialDims(node: OnnxNode, ctx: ImportContext): [number, number] {
  const shape = ctx.inputType(node, 0).shape;
  if (shape.length !== 4) ctx.fail(node, 'ONNX016', `only 2-D windows over 4-D NCHW input are supported, input ${node.inputs[0]} is ${formatShape(shape)}`);
  return [shape[2]!, shape[3]!];
}

/** A 2-element int attribute (strides, dilations, kernel_shape) with a default. */
function pair(node: OnnxNode, ctx: ImportContext, name: string, dflt: readonly number[] | undefined): number[] {
  const v = ctx.attrInts(node, name) ?? dflt;
  if (v === undefined) ctx.fail(node, 'ONNX011', `attribute ${name} is required`);
  if (v.length !== 2 || v.some((x) => !Number.isInteger(x) || x < 1)) ctx.badAttr(node, name, v, 'two positive integers for a 2-D window');
  return [...v];
}

/**
 * Explicit [top, left, bottom, right] pads from `pads` and `auto_pad`. SAME_UPPER/SAME_LOWER are computed
 * from the static input size so that out = ceil(in / stride): the total padding per axis is
 * max(0, (out − 1)·stride + (kernel − 1)·dilation + 1 − in); SAME_UPPER puts the odd pixel at the end,
 * SAME_LOWER at the beginning.
 */
export function explicitPads(node: OnnxNode, ctx: ImportContext, input: readonly number[], kernel: readonly number[], stride: readonly number[], dilation: readonly number[]): number[] {
  const autoPad = ctx.attrString(node, 'auto_pad', 'NOTSET');
  const pads = ctx.attrInts(node, 'pads');
  if (autoPad === 'NOTSET') {
    const p = pads ?? [0, 0, 0, 0];
    if (p.length !== 4 || p.some((x) => !Number.isInteger(x) || x < 0)) ctx.badAttr(node, 'pads', p, 'four non-negative integers [top, left, bottom, right]');
    return [...p];
  }
  if (pads !== undefined && pads.some((x) => x !== 0)) ctx.badAttr(node, 'pads', pads, `pads cannot be combined with auto_pad=${autoPad}`);
  if (autoPad === 'VALID') return [0, 0, 0, 0];
  if (autoPad !== 'SAME_UPPER' && autoPad !== 'SAME_LOWER') ctx.badAttr(node, 'auto_pad', autoPad, 'supported: NOTSET, VALID, SAME_UPPER, SAME_LOWER');
  const begin: number[] = [];
  const end: number[] = [];
  for (let a = 0; a < 2; a++) {
    const out = Math.ceil(input[a]! / stride[a]!);
    const total = Math.max(0, (out - 1) * stride[a]! + (kernel[a]! - 1) * dilation[a]! + 1 - input[a]!);
    const small = Math.floor(total / 2);
    begin.push(autoPad === 'SAME_UPPER' ? small : total - small);
    end.push(autoPad === 'SAME_UPPER' ? total - small : small);
  }
  return [begin[0]!, begin[1]!, end[0]!, end[1]!];
}

const CONV: OnnxOpImporter = {
  doc: 'conv2d (1-D: conv2d over a height-1 image)',
  attrs: ['auto_pad', 'dilations', 'group', 'kernel_shape', 'pads', 'strides'],
  run(node, ctx) {
    const hw = spatialDims(node, ctx);
    const x = ctx.valueOperand(node, 0, 'the convolution input');
    const w = ctx.operand(node, 1);
    const wShape = ctx.typeOf(w).shape;
    if (wShape.length !== 4) ctx.fail(node, 'ONNX016', `weight ${node.inputs[1]} must be 4-D [Cout, Cin/group, kh, kw], got ${formatShape(wShape)}`);
    const kernel = [wShape[2]!, wShape[3]!];
    const declared = ctx.attrInts(node, 'kernel_shape');
    if (declared !== undefined && (declared.length !== 2 || declared[0] !== kernel[0] || declared[1] !== kernel[1])) {
      ctx.badAttr(node, 'kernel_shape', declared, `the weight ${node.inputs[1]} is ${formatShape(wShape)}, so the kernel is ${formatShape(kernel)}`);
    }
    const stride = pair(node, ctx, 'strides', [1, 1]);
    const dilation = pair(node, ctx, 'dilations', [1, 1]);
    const groups = ctx.attrInt(node, 'group', 1);
    if (!Number.isInteger(groups) || groups < 1) ctx.badAttr(node, 'group', groups, 'a positive integer');
    const pad = explicitPads(node, ctx, hw, kernel, stride, dilation);
    const operands = ctx.hasInput(node, 2) ? [x, w, ctx.operand(node, 2)] : [x, w];
    ctx.emit(node, 'conv2d', operands, { stride, dilation, pad, groups });
  },
};

/**
 * Shared by MaxPool and AveragePool: kernel, strides, pads/auto_pad, ceil_mode; dilations must be all 1.
 * ceil_mode follows PyTorch (and the ONNX text from opset 19): a last window that would start inside the
 * end padding is dropped, which is what the exporting framework computed.
 */
function poolWindow(node: OnnxNode, ctx: ImportContext) {
  const hw = spatialDims(node, ctx);
  const kernel = pair(node, ctx, 'kernel_shape', undefined);
  const stride = pair(node, ctx, 'strides', [1, 1]);
  const dilations = ctx.attrInts(node, 'dilations');
  if (dilations !== undefined && dilations.some((d) => d !== 1)) ctx.badAttr(node, 'dilations', dilations, 'pooling supports only dilations of 1');
  const pad = explicitPads(node, ctx, hw, kernel, stride, [1, 1]);
  const ceil = ctx.attrInt(node, 'ceil_mode', 0);
  if (ceil !== 0 && ceil !== 1) ctx.badAttr(node, 'ceil_mode', ceil, '0 or 1');
  return { kernel, stride, pad, ceil_mode: ceil === 1 };
}

const MAX_POOL: OnnxOpImporter = {
  doc: 'maxpool',
  attrs: ['auto_pad', 'ceil_mode', 'dilations', 'kernel_shape', 'pads', 'storage_order', 'strides'],
  run(node, ctx) {
    const order = ctx.attrInt(node, 'storage_order', 0);
    if (order !== 0) ctx.badAttr(node, 'storage_order', order, 'only 0 (row-major indices) is supported');
    ctx.requireOutputsUnused(node, 1, 'argmax indices are not supported');
    const x = ctx.valueOperand(node, 0, 'the pooling input');
    ctx.emit(node, 'maxpool', [x], poolWindow(node, ctx));
  },
};

const AVERAGE_POOL: OnnxOpImporter = {
  doc: 'avgpool',
  attrs: ['auto_pad', 'ceil_mode', 'count_include_pad', 'dilations', 'kernel_shape', 'pads', 'strides'],
  run(node, ctx) {
    const include = ctx.attrInt(node, 'count_include_pad', 0);
    if (include !== 0 && include !== 1) ctx.badAttr(node, 'count_include_pad', include, '0 or 1');
    const x = ctx.valueOperand(node, 0, 'the pooling input');
    ctx.emit(node, 'avgpool', [x], { ...poolWindow(node, ctx), count_include_pad: include === 1 });
  },
};

const GLOBAL_AVERAGE_POOL: OnnxOpImporter = {
  doc: 'global_avgpool',
  attrs: [],
  run(node, ctx) {
    spatialDims(node, ctx);
    ctx.emit(node, 'global_avgpool', [ctx.valueOperand(node, 0, 'the pooling input')], {});
  },
};

/** The window ops, keyed by ONNX op type. */
export const CONV_POOL_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  Conv: CONV,
  MaxPool: MAX_POOL,
  AveragePool: AVERAGE_POOL,
  GlobalAveragePool: GLOBAL_AVERAGE_POOL,
};
