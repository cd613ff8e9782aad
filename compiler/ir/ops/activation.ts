// Elementwise activations: relu, relu6 and clip(min, max). Exact in f32 (no arithmetic beyond comparisons);
// integer tensors are clamped in their own dtype.
import type { OpContext, OpSpec } from '../op-spec.js';
import { numAttr } from '../op-spec.js';
import { fail } from '../../../core/diagnostics.js';
import type { Tensor, TensorType } from '../tensor.js';
import { allocate } from '../dtype.js';
import type { Attrs } from '../graph.js';

function clampTensor(x: Tensor, lo: number, hi: number, output: TensorType): Tensor {
  const src = x.data as Float32Array;
  const out = allocate(output.dtype, src.length) as Float32Array;
  for (let i = 0; i < src.length; i++) {
    const v = src[i]!;
    out[i] = v < lo ? lo : v > hi ? hi : v;
  }
  return { type: output, data: out };
}

const sameTypeAsInput = (inputs: readonly TensorType[]): TensorType => inputs[0]!;

/** relu(x) = max(x, 0), elementwise. */
export const relu: OpSpec = {
  name: 'relu',
  summary: 'max(x, 0)',
  shapes: 'x → same shape',
  quantization: "the clamp of the conv2d/dense/add it follows (fuse-activations), else a one-input qconcat clamp on its input's grid",
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {},
  inferType: sameTypeAsInput,
  macs: () => 0,
  evalFloat: ([x], _attrs, output) => clampTensor(x!, 0, Infinity, output),
};

/** relu6(x) = min(max(x, 0), 6), elementwise (MobileNet's bounded activation). */
export const relu6: OpSpec = {
  name: 'relu6',
  summary: 'min(max(x, 0), 6)',
  shapes: 'x → same shape',
  quantization: 'as relu, with the upper clamp 6',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {},
  inferType: sameTypeAsInput,
  macs: () => 0,
  evalFloat: ([x], _attrs, output) => clampTensor(x!, 0, 6, output),
};

/** clip(x) {min, max} = min(max(x, min), max), elementwise; min must not exceed max. */
export const clip: OpSpec = {
  name: 'clip',
  summary: 'min(max(x, min), max)',
  shapes: 'x → same shape',
  quantization: 'as relu, clamping to [min, max]',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {
    min: { kind: 'float', default: -Infinity, doc: 'lower bound' },
    max: { kind: 'float', default: Infinity, doc: 'upper bound' },
  },
  inferType(inputs: readonly TensorType[], attrs: Attrs, ctx: OpContext) {
    const lo = numAttr(attrs, 'min');
    const hi = numAttr(attrs, 'max');
    // An empty range would map every input to `max`; that is a typo, not a model.
    if (lo > hi) fail('GRAPH004', `${ctx.op} %${ctx.node}: attribute 'min' (${lo}) must not exceed 'max' (${hi})`, { node: ctx.node });
    return sameTypeAsInput(inputs);
  },
  macs: () => 0,
  evalFloat: ([x], attrs: Attrs, output) => clampTensor(x!, numAttr(attrs, 'min'), numAttr(attrs, 'max'), output),
};
