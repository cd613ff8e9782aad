// conv_transpose: transposed convolution ("deconvolution", ONNX ConvTranspose) over 1, 2 or 3 spatial axes.
// Float semantics in window-nd.ts: y[out] = b + Σ x[in]·w[tap] over out = in·stride + tap·dilation − pad_begin,
// float64 sums rounded once. Output size per axis: stride·(in − 1) + output_padding + (k − 1)·dilation + 1
// − pad_begin − pad_end.
import type { AttrValue, Attrs } from '../graph.js';
import { type OpSpec, intsAttr, numAttr, requireFloat, shapeError } from '../op-spec.js';
import { type TensorType, formatShape, tensorType } from '../tensor.js';
import { type NdWindow, convTransposeNd } from './window-nd.js';

const ints = (min: number) => (v: AttrValue): string | undefined =>
  Array.isArray(v) && v.every((x) => Number.isInteger(x) && x >= min) ? undefined : `integers ≥ ${min}`;

function windowOf(attrs: Attrs, kernel: readonly number[]): NdWindow {
  const sp = kernel.length;
  const pad = intsAttr(attrs, 'pad');
  return { kernel, stride: intsAttr(attrs, 'stride'), dilation: intsAttr(attrs, 'dilation'), padBegin: pad.slice(0, sp), padEnd: pad.slice(sp) };
}

/** conv_transpose(x, w, [b]) {stride, dilation, pad, output_padding, groups}: w is [Cin, Cout/groups, k...]. */
export const conv_transpose: OpSpec = {
  name: 'conv_transpose',
  summary: 'transposed convolution over 1-3 spatial axes, weights [Cin, Cout/groups, k...] (float only)',
  shapes: 'x [N,Cin,s...], w [Cin, Cout/groups, k...], b [Cout] → [N,Cout,o...] (1 to 3 spatial axes)',
  quantization: 'qconv_transpose: the weight reordered output channel first and quantized per the preset, the zero point subtracted per term',
  operands: [
    { name: 'x', kind: 'value' },
    { name: 'w', kind: 'const' },
    { name: 'b', kind: 'const', optional: true },
  ],
  attrs: {
    stride: { kind: 'ints', doc: 'step per spatial axis', check: ints(1) },
    dilation: { kind: 'ints', doc: 'tap spacing per spatial axis', check: ints(1) },
    pad: { kind: 'ints', doc: 'cropping of the full output: all begins, then all ends', check: ints(0) },
    output_padding: { kind: 'ints', doc: 'extra output at the end of each spatial axis', check: ints(0) },
    groups: { kind: 'int', default: 1, doc: 'channel groups', check: (v) => (Number.isInteger(v) && (v as number) > 0 ? undefined : 'a positive integer') },
  },
  inferType([x, w, b], attrs, ctx): TensorType {
    requireFloat(ctx, 'x', x!);
    const sp = x!.shape.length - 2;
    if (sp < 1 || sp > 3 || w!.shape.length !== sp + 2) shapeError(ctx, `x ${formatShape(x!.shape)} and weight ${formatShape(w!.shape)} must be [N,C,s...] and [Cin, Cout/groups, k...] with 1 to 3 spatial axes`);
    const groups = numAttr(attrs, 'groups');
    if (w!.shape[0] !== x!.shape[1] || x!.shape[1]! % groups !== 0) shapeError(ctx, `weight ${formatShape(w!.shape)} with groups=${groups} does not fit x ${formatShape(x!.shape)}`);
    const cout = w!.shape[1]! * groups;
    if (b !== undefined && (b.shape.length !== 1 || b.shape[0] !== cout)) shapeError(ctx, `bias ${formatShape(b.shape)} must be [${cout}]`);
    for (const [key, n] of [['stride', sp], ['dilation', sp], ['pad', 2 * sp], ['output_padding', sp]] as const) {
      if (intsAttr(attrs, key).length !== n) shapeError(ctx, `${key} needs ${n} entries for ${sp} spatial axes`);
    }
    const win = windowOf(attrs, w!.shape.slice(2));
    const outPad = intsAttr(attrs, 'output_padding');
    const spatial = win.kernel.map((k, d) => win.stride[d]! * (x!.shape[d + 2]! - 1) + outPad[d]! + (k - 1) * win.dilation[d]! + 1 - win.padBegin[d]! - win.padEnd[d]!);
    if (spatial.some((s) => s < 1)) shapeError(ctx, `the output would be ${formatShape(spatial)}: the pads crop everything`);
    return tensorType(x!.dtype, [x!.shape[0]!, cout, ...spatial]);
  },
  macs: (inputs) => inputs[0]!.shape.reduce((p, d) => p * d, 1) * inputs[1]!.shape.slice(1).reduce((p, d) => p * d, 1),
  evalFloat: ([x, w, b], attrs, output) => convTransposeNd(x!, w!, b, numAttr(attrs, 'groups'), windowOf(attrs, w!.type.shape.slice(2)), output),
};
