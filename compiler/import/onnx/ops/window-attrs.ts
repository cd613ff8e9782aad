// Window attributes shared by Conv, ConvTranspose and the pools: spatial dims, per-axis int lists, explicit
// pads from pads/auto_pad, and the lifting of 1-D windows to 2-D (a height-1 image), so a 1-D Conv or pool
// becomes the 2-D op that quantizes and maps to the machine.
import type { OnnxNode } from '../decode.js';
import type { ImportContext } from '../context.js';
import type { AttrValue, Operand } from '../../../ir/graph.js';
import { formatShape } from '../../../ir/tensor.js';
import { reshapeTo } from '../const-inputs.js';

/** Spatial dims of input 0, which must be [N, C, s...] with 1 to 3 spatial axes. */
export function spatialDims(node: OnnxNode, ctx: ImportContext): number[] {
  const shape = ctx.inputType(node, 0).shape;
  if (shape.length < 3 || shape.length > 5) ctx.fail(node, 'ONNX016', `input ${node.inputs[0]} is ${formatShape(shape)}; windows need [N, C, spatial...] with 1 to 3 spatial axes`);
  return shape.slice(2);
}

/** An int-list attribute with one positive entry per spatial axis (strides, dilations, kernel_shape). */
export function perAxis(node: OnnxNode, ctx: ImportContext, name: string, n: number, dflt: number | undefined): number[] {
  const v = ctx.attrInts(node, name) ?? (dflt === undefined ? undefined : new Array<number>(n).fill(dflt));
  if (v === undefined) return ctx.fail(node, 'ONNX011', `attribute ${name} is required`);
  if (v.length !== n || v.some((x) => !Number.isInteger(x) || x < 1)) ctx.badAttr(node, name, v, `${n} positive integers, one per spatial axis`);
  return [...v];
}

/**
 * Explicit pads [begins..., ends...] from `pads` and `auto_pad`. SAME_UPPER/SAME_LOWER are computed from the
 * static input size so that out = ceil(in / stride): the total per axis is
 * max(0, (out − 1)·stride + (kernel − 1)·dilation + 1 − in); SAME_UPPER puts the odd pixel at the end.
 */
export function explicitPads(node: OnnxNode, ctx: ImportContext, input: readonly number[], kernel: readonly number[], stride: readonly number[], dilation: readonly number[]): number[] {
  const n = input.length;
  const autoPad = ctx.attrString(node, 'auto_pad', 'NOTSET');
  const pads = ctx.attrInts(node, 'pads');
  if (autoPad === 'NOTSET') {
    const p = pads ?? new Array<number>(2 * n).fill(0);
    if (p.length !== 2 * n || p.some((x) => !Number.isInteger(x) || x < 0)) ctx.badAttr(node, 'pads', p, `${2 * n} non-negative integers [begins..., ends...]`);
    return [...p];
  }
  if (pads !== undefined && pads.some((x) => x !== 0)) ctx.badAttr(node, 'pads', pads, `pads cannot be combined with auto_pad=${autoPad}`);
  if (autoPad === 'VALID') return new Array<number>(2 * n).fill(0);
  if (autoPad !== 'SAME_UPPER' && autoPad !== 'SAME_LOWER') ctx.badAttr(node, 'auto_pad', autoPad, 'supported: NOTSET, VALID, SAME_UPPER, SAME_LOWER');
  const begin: number[] = [];
  const end: number[] = [];
  for (let a = 0; a < n; a++) {
    const out = Math.ceil(input[a]! / stride[a]!);
    const total = Math.max(0, (out - 1) * stride[a]! + (kernel[a]! - 1) * dilation[a]! + 1 - input[a]!);
    const small = Math.floor(total / 2);
    begin.push(autoPad === 'SAME_UPPER' ? small : total - small);
    end.push(autoPad === 'SAME_UPPER' ? total - small : small);
  }
  return [...begin, ...end];
}

/** The 2-D form of 1-D window attributes: [a] → [1, a] per axis, pads [b, e] → [0, b, 0, e]. */
export function lift1d(attrs: Record<string, AttrValue>): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = { ...attrs };
  for (const key of ['kernel', 'stride', 'dilation', 'output_padding']) {
    const v = attrs[key];
    if (Array.isArray(v)) out[key] = [key === 'output_padding' ? 0 : 1, v[0]!];
  }
  const pad = attrs['pad'];
  if (Array.isArray(pad)) out['pad'] = [0, pad[0]!, 0, pad[1]!];
  return out;
}

/** x [N, C, L] as [N, C, 1, L] (an intermediate reshape). */
export function as2d(node: OnnxNode, ctx: ImportContext, x: Operand): Operand {
  return reshapeTo(node, ctx, x, [0, 0, 1, -1], 'as2d');
}

/** y [N, C, 1, L] back to [N, C, L] (the node's output). */
export function back1d(node: OnnxNode, ctx: ImportContext, y: Operand): Operand {
  return reshapeTo(node, ctx, y, [0, 0, -1]);
}
