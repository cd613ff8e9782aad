// ONNX Pad → pad (or nothing when every pad is 0, as PyTorch's AvgPool2d export writes before each
// AveragePool). The pads were the `paddings` attribute in opset 1, `pads` in 2-10, and an input from 11 on
// (with the constant as input 3, and from 18 an `axes` input naming the padded axes).
import type { OnnxOpImporter } from '../context.js';
import { PAD_MODES } from '../../../ir/ops/pad.js';
import { attrOrInput, constList, normaliseAxes, optionalConstScalar } from '../const-inputs.js';

const PAD: OnnxOpImporter = {
  attrs: (v) => (v === 1 ? ['paddings', 'mode', 'value'] : v < 11 ? ['pads', 'mode', 'value'] : ['mode']),
  doc: 'pad (nothing when all pads are 0); a zero pad before a conv2d folds into its padding, before an AveragePool the two become a depthwise conv2d (fold-pad pass)',
  run(node, ctx) {
    const rank = ctx.inputType(node, 0).shape.length;
    const v = ctx.version(node);
    const given = v === 1 ? ctx.attrInts(node, 'paddings') : attrOrInput(node, ctx, 'pads', 11, 1);
    if (given === undefined) return ctx.fail(node, 'ONNX011', 'the pads are required');
    const value = v < 11 ? ctx.attrFloat(node, 'value', 0) : optionalConstScalar(node, ctx, 2, 'the constant value', 0);
    const mode = ctx.attrString(node, 'mode', 'constant');
    if (!(PAD_MODES as readonly string[]).includes(mode) || (mode === 'wrap' && v < 19)) ctx.badAttr(node, 'mode', mode, `supported: constant, reflect, edge${v >= 19 ? ', wrap' : ''}`);
    // Opset 18: pads list only the axes of the optional `axes` input (begins of those axes, then their ends).
    // Stryker disable next-line ConditionalExpression: before opset 18 Pad has at most 3 inputs (ONNX), so input 3 alone decides (v >= 18 → true is equivalent; the line's other forms are killed)
    const axes = v >= 18 && ctx.hasInput(node, 3) ? normaliseAxes(node, ctx, constList(node, ctx, 3, 'the axes'), rank) : [...Array(rank).keys()];
    if (given.length !== 2 * axes.length) ctx.badAttr(node, 'pads', given, `${2 * axes.length} integers [begins..., ends...]`);
    const pads = new Array<number>(2 * rank).fill(0);
    axes.forEach((a, i) => {
      pads[a] = given[i]!;
      pads[rank + a] = given[axes.length + i]!;
    });
    const x = ctx.valueOperand(node, 0, 'the input');
    if (pads.every((p) => p === 0)) {
      ctx.alias(node.outputs[0]!, node.inputs[0]!);
      return;
    }
    ctx.emit(node, 'pad', [x], { pads, mode, value });
  },
};

/** Pad, keyed by ONNX op type. */
export const PAD_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = { Pad: PAD };
