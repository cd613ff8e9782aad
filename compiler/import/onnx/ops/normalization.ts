// ONNX LayerNormalization and InstanceNormalization, written as the reductions and elementwise ops they
// are made of (so their optional Mean and InvStdDev outputs are ordinary values), and LRN → lrn.
//   mean = reduce_mean(x, axes);  d = x − mean;  inv = 1 / √(reduce_mean(d·d, axes) + ε);  y = d·inv·scale + bias
// LayerNormalization normalises over the axes from `axis` on (scale and bias broadcast over them),
// InstanceNormalization over the spatial axes per image and channel (scale and bias per channel).
import type { OnnxNode } from '../decode.js';
import type { ImportContext, OnnxOpImporter } from '../context.js';
import type { Operand } from '../../../ir/graph.js';
import { f32Tensor } from '../../../ir/tensor.js';
import { normaliseAxes } from '../const-inputs.js';

/** Emits the normalisation of input 0 over `axes`; binds ONNX outputs 1 (mean) and 2 (1/σ) when used. */
function normalise(node: OnnxNode, ctx: ImportContext, axes: number[], eps: number): Operand {
  const x = ctx.valueOperand(node, 0, 'the input');
  const used = (k: number) => (node.outputs[k] ?? '') !== '' && ctx.isUsed(node.outputs[k]!);
  const mean = ctx.emit(node, 'reduce', [x], { kind: 'mean', axes }, used(1) ? undefined : 'mean', 1);
  const d = ctx.emit(node, 'sub', [x, mean], {}, 'centred');
  const variance = ctx.emit(node, 'reduce', [ctx.emit(node, 'mul', [d, d], {}, 'square')], { kind: 'mean', axes }, 'variance');
  const sigma = ctx.emit(node, 'sqrt', [ctx.emit(node, 'add', [variance, ctx.addConstant(`${ctx.label(node)}.eps`, f32Tensor([], [eps]))], {}, 'var_eps')], {}, 'sigma');
  const inv = ctx.emit(node, 'reciprocal', [sigma], {}, used(2) ? undefined : 'inv_sigma', 2);
  return ctx.emit(node, 'mul', [d, inv], {}, 'normalised');
}

/** LayerNormalization (opset 17): over the axes from `axis`; Y = normalised·Scale (+ B). */
const LAYER_NORMALIZATION: OnnxOpImporter = {
  attrs: ['axis', 'epsilon', 'stash_type'],
  doc: 'reduce, sub, mul, sqrt, reciprocal (float only)',
  run(node, ctx) {
    const rank = ctx.inputType(node, 0).shape.length;
    const axis = normaliseAxes(node, ctx, [ctx.attrInt(node, 'axis', -1)], rank, 'axis')[0]!;
    const stash = ctx.attrInt(node, 'stash_type', 1);
    if (stash !== 1) ctx.badAttr(node, 'stash_type', stash, 'only 1 (compute in float32)');
    const n = normalise(node, ctx, Array.from({ length: rank - axis }, (_, i) => axis + i), ctx.attrFloat(node, 'epsilon', 1e-5));
    const scaled = ctx.emit(node, 'mul', [n, ctx.operand(node, 1)], {}, ctx.hasInput(node, 2) ? 'scaled' : undefined);
    if (ctx.hasInput(node, 2)) ctx.emit(node, 'add', [scaled, ctx.operand(node, 2)], {});
  },
};

/** InstanceNormalization: over the spatial axes; scale and B [C] apply per channel. */
const INSTANCE_NORMALIZATION: OnnxOpImporter = {
  attrs: (v) => (v === 1 ? ['epsilon', 'consumed_inputs'] : ['epsilon']),
  doc: 'reduce, sub, mul, sqrt, reciprocal, then a per-channel scale and shift (float only)',
  run(node, ctx) {
    const shape = ctx.inputType(node, 0).shape;
    if (shape.length < 3) ctx.fail(node, 'ONNX016', `input ${node.inputs[0]} must be [N, C, spatial…]`);
    const n = normalise(node, ctx, Array.from({ length: shape.length - 2 }, (_, i) => i + 2), ctx.attrFloat(node, 'epsilon', 1e-5));
    const perChannel = (i: number, what: string): Operand => {
      const t = ctx.constData(node, i) ?? ctx.fail(node, 'ONNX012', `the ${what} (input ${node.inputs[i]}) must be a constant`);
      return ctx.addConstant(`${node.inputs[i]}.per_channel`, { type: { dtype: 'f32', shape: [shape[1]!, ...new Array<number>(shape.length - 2).fill(1)] }, data: t.data });
    };
    const scaled = ctx.emit(node, 'mul', [n, perChannel(1, 'scale')], {}, 'scaled');
    ctx.emit(node, 'add', [scaled, perChannel(2, 'bias')], {});
  },
};

const LRN: OnnxOpImporter = {
  attrs: ['alpha', 'beta', 'bias', 'size'],
  doc: 'lrn (float only)',
  run(node, ctx) {
    const attrs = { size: ctx.attrInt(node, 'size', 0), alpha: ctx.attrFloat(node, 'alpha', 0.0001), beta: ctx.attrFloat(node, 'beta', 0.75), bias: ctx.attrFloat(node, 'bias', 1) };
    ctx.emit(node, 'lrn', [ctx.valueOperand(node, 0, 'the input')], attrs);
  },
};

/** The normalisations, keyed by ONNX op type. */
export const NORMALIZATION_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  LayerNormalization: LAYER_NORMALIZATION,
  InstanceNormalization: INSTANCE_NORMALIZATION,
  LRN,
};
