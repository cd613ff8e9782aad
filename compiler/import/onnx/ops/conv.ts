// ONNX Conv and ConvTranspose. Conv over 2 spatial axes is conv2d (grouped, depthwise and dilated included),
// over 1 axis conv2d on a height-1 image, over 3 axes conv3d (float only). ConvTranspose is conv_transpose
// with its output_shape / auto_pad resolved to explicit pads and output padding (quantized: qconv_transpose).
// ONNX pads are [x1_begin, x2_begin, …, x1_end, x2_end, …], which for NCHW is accsim's [top, left, bottom, right].
import type { OnnxNode } from '../decode.js';
import type { ImportContext, OnnxOpImporter } from '../context.js';
import type { Operand } from '../../../ir/graph.js';
import { type Tensor, formatShape, makeTensor } from '../../../ir/tensor.js';
import { as2d, back1d, explicitPads, lift1d, perAxis, spatialDims } from './window-attrs.js';

/** The weight (input 1) as a constant of rank 2 + spatial, with kernel_shape checked against it. */
function weightOf(node: OnnxNode, ctx: ImportContext, spatial: number): { w: Operand; shape: readonly number[] } {
  const w = ctx.operand(node, 1);
  const shape = ctx.typeOf(w).shape;
  if (shape.length !== spatial + 2) ctx.fail(node, 'ONNX016', `weight ${node.inputs[1]} must have ${spatial + 2} dims for a ${spatial}-D window, got ${formatShape(shape)}`);
  const declared = ctx.attrInts(node, 'kernel_shape');
  const kernel = shape.slice(2);
  if (declared !== undefined && (declared.length !== spatial || declared.some((k, i) => k !== kernel[i]))) {
    ctx.badAttr(node, 'kernel_shape', declared, `the weight ${node.inputs[1]} is ${formatShape(shape)}, so the kernel is ${formatShape(kernel)}`);
  }
  return { w, shape };
}

/** A 1-D weight [O, I, k] as the 2-D weight [O, I, 1, k] (same data). */
function weight2d(ctx: ImportContext, w: Operand): Operand {
  if (w.ref !== 'const') return w;
  const t: Tensor = ctx.graph.constants.get(w.name)!;
  const [o, i, k] = t.type.shape as [number, number, number];
  return ctx.addConstant(`${w.name}.2d`, makeTensor(t.type.dtype, [o, i, 1, k], t.data));
}

const CONV: OnnxOpImporter = {
  attrs: ['auto_pad', 'dilations', 'group', 'kernel_shape', 'pads', 'strides'],
  doc: 'conv2d (1-D: conv2d on a height-1 image; 3-D: conv3d, float only)',
  run(node, ctx) {
    const dims = spatialDims(node, ctx);
    const n = dims.length;
    const x = ctx.valueOperand(node, 0, 'the convolution input');
    const { w, shape } = weightOf(node, ctx, n);
    const stride = perAxis(node, ctx, 'strides', n, 1);
    const dilation = perAxis(node, ctx, 'dilations', n, 1);
    const groups = ctx.attrInt(node, 'group', 1);
    if (!Number.isInteger(groups) || groups < 1) ctx.badAttr(node, 'group', groups, 'a positive integer');
    const pad = explicitPads(node, ctx, dims, shape.slice(2), stride, dilation);
    const bias = ctx.hasInput(node, 2) ? [ctx.operand(node, 2)] : [];
    const attrs = { stride, dilation, pad, groups };
    if (n === 2) ctx.emit(node, 'conv2d', [x, w, ...bias], attrs);
    else if (n === 3) ctx.emit(node, 'conv3d', [x, w, ...bias], attrs);
    else back1d(node, ctx, ctx.emit(node, 'conv2d', [as2d(node, ctx, x), weight2d(ctx, w), ...bias], lift1d(attrs), 'conv'));
  },
};

/**
 * ConvTranspose: explicit pads, or with output_shape (or auto_pad SAME_*, whose output is input·stride) the
 * pads that give that size, as the ONNX reference computes them: total = stride·(in − 1) + output_padding +
 * (k − 1)·dilation + 1 − out; SAME_UPPER begins with ⌊total/2⌋, otherwise ends with it; with output_shape and
 * no auto_pad the pads are 0 and the difference is output padding at the end. A negative end pad is output
 * padding.
 */
const CONV_TRANSPOSE: OnnxOpImporter = {
  attrs: ['auto_pad', 'dilations', 'group', 'kernel_shape', 'output_padding', 'output_shape', 'pads', 'strides'],
  doc: 'conv_transpose (quantizes to qconv_transpose)',
  run(node, ctx) {
    const dims = spatialDims(node, ctx);
    const n = dims.length;
    const x = ctx.valueOperand(node, 0, 'the input');
    const { w, shape } = weightOf(node, ctx, n);
    const kernel = shape.slice(2);
    const stride = perAxis(node, ctx, 'strides', n, 1);
    const dilation = perAxis(node, ctx, 'dilations', n, 1);
    const groups = ctx.attrInt(node, 'group', 1);
    const outPad = [...(ctx.attrInts(node, 'output_padding') ?? new Array<number>(n).fill(0))];
    if (outPad.length !== n || outPad.some((p) => !Number.isInteger(p) || p < 0)) ctx.badAttr(node, 'output_padding', outPad, `${n} non-negative integers`);
    const autoPad = ctx.attrString(node, 'auto_pad',
      // Stryker disable next-line StringLiteral: the default is only compared with SAME_UPPER/SAME_LOWER here (explicitPads reads and checks auto_pad itself), so any other default acts alike
      'NOTSET');
    const given = ctx.attrInts(node, 'output_shape');
    const full = dims.map((d, a) => stride[a]! * (d - 1) + outPad[a]! + (kernel[a]! - 1) * dilation[a]! + 1);
    let pad: number[];
    if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER' || given !== undefined) {
      const target = given === undefined ? dims.map((d, a) => d * stride[a]!) : given.slice(given.length - n);
      const total = full.map((f, a) => f - target[a]!);
      const half = total.map((t) => Math.floor(t / 2));
      pad = autoPad === 'SAME_UPPER' ? [...half, ...total.map((t, a) => t - half[a]!)]
        : autoPad === 'SAME_LOWER' ? [...total.map((t, a) => t - half[a]!), ...half]
          : [...new Array<number>(n).fill(0), ...total];
    } else {
      pad = explicitPads(node, ctx, dims, kernel, stride, dilation);
    }
    // Stryker disable next-line EqualityOperator: a = n reads pad[n] (made ≥ 0 at a = 0) and pad[2n] (undefined), so it changes nothing; a >= n is killed
    for (let a = 0; a < n; a++) {
      if (pad[a]! < 0) ctx.badAttr(node, 'output_shape', given, `it would need a negative begin padding on axis ${a}`);
      // Stryker disable next-line EqualityOperator: at an end pad of 0 the swap moves 0 into output padding, a no-op; the other forms are killed
      if (pad[n + a]! < 0) [outPad[a], pad[n + a]] = [outPad[a]! - pad[n + a]!, 0];
    }
    const bias = ctx.hasInput(node, 2) ? [ctx.operand(node, 2)] : [];
    ctx.emit(node, 'conv_transpose', [x, w, ...bias], { stride, dilation, pad, output_padding: outPad, groups });
  },
};

/** The convolutions, keyed by ONNX op type. */
export const CONV_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  Conv: CONV,
  ConvTranspose: CONV_TRANSPOSE,
};
