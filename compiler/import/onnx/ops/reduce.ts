// ONNX ReduceMean, ReduceSum, ReduceMax, ReduceMin, ReduceProd, ReduceL1, ReduceL2, ReduceSumSquare,
// ReduceLogSum, ReduceLogSumExp → reduce {kind}. The axes are an attribute before the definition that made
// them an input (ReduceSum-13, the others 18), which also added noop_with_empty_axes. The mean over all
// spatial axes of [N, C, spatial...] data is global_avgpool and the max a maxpool over the whole image (plus a
// flatten without keepdims): those forms quantize.
import type { OnnxNode } from '../decode.js';
import type { ImportContext, OnnxOpImporter } from '../context.js';
import type { Operand } from '../../../ir/graph.js';
import type { ReduceKind } from '../../../ir/ops/reduce.js';
import { attrOrInput, normaliseAxes } from '../const-inputs.js';

/** global_avgpool or a whole-image maxpool for the mean/max over H and W of NCHW data, else undefined. */
function spatialForm(node: OnnxNode, ctx: ImportContext, kind: ReduceKind, x: Operand, shape: readonly number[], keepdims: boolean, axes: readonly number[]): boolean {
  const spatial = shape.length >= 3 && axes.length === shape.length - 2 && axes.every((a, i) => a === i + 2);
  if (!spatial || !(kind === 'mean' || (kind === 'max' && shape.length === 4))) return false;
  const step = keepdims ? undefined : 'pool';
  const y = kind === 'mean' ? ctx.emit(node, 'global_avgpool', [x], {}, step) : ctx.emit(node, 'maxpool', [x], { kernel: shape.slice(2) }, step);
  if (!keepdims) ctx.emit(node, 'flatten', [y], { axis: 1 });
  return true;
}

function reduceImporter(kind: ReduceKind, inputSince: number): OnnxOpImporter {
  return {
    attrs: (v) => (v < inputSince ? ['axes', 'keepdims'] : ['keepdims', 'noop_with_empty_axes']),
    doc: kind === 'mean' ? 'global_avgpool over all spatial axes (quantizes), else reduce' : kind === 'max' ? 'maxpool over the whole image for H, W of NCHW data (quantizes), else reduce' : `reduce {kind=${kind}}`,
    run(node, ctx) {
      const shape = ctx.inputType(node, 0).shape;
      const keepdims = ctx.attrInt(node, 'keepdims', 1) === 1;
      const given = attrOrInput(node, ctx, 'axes', inputSince, 1);
      const x = ctx.valueOperand(node, 0, 'the input');
      if ((given === undefined || given.length === 0) && ctx.attrInt(node, 'noop_with_empty_axes', 0) === 1) {
        ctx.alias(node.outputs[0]!, node.inputs[0]!);
        return;
      }
      const axes = given === undefined || given.length === 0 ? [...Array(shape.length).keys()] : normaliseAxes(node, ctx, given, shape.length).sort((a, b) => a - b);
      if (!spatialForm(node, ctx, kind, x, shape, keepdims, axes)) ctx.emit(node, 'reduce', [x], { kind, axes, keepdims });
    },
  };
}

/** The reductions, keyed by ONNX op type. */
export const REDUCE_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  ReduceMean: reduceImporter('mean', 18),
  ReduceSum: reduceImporter('sum', 13),
  ReduceMax: reduceImporter('max', 18),
  ReduceMin: reduceImporter('min', 18),
  ReduceProd: reduceImporter('prod', 18),
  ReduceL1: reduceImporter('l1', 18),
  ReduceL2: reduceImporter('l2', 18),
  ReduceSumSquare: reduceImporter('sum_square', 18),
  ReduceLogSum: reduceImporter('log_sum', 18),
  ReduceLogSumExp: reduceImporter('log_sum_exp', 18),
};
