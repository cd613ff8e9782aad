// 3-D windows over [N, C, D, H, W] data: conv3d, maxpool3d, avgpool3d. Float only (the integer pipeline and
// the machine are 2-D); semantics as their 2-D counterparts, evaluated by window-nd.ts. Pads are
// [front, top, left, back, bottom, right]: all begins, then all ends (ONNX order).
import type { Attrs } from '../graph.js';
import { type AttrSpec, type OpContext, type OpSpec, boolAttr, intsAttr, nonNegativeInts, numAttr, positiveInts, requireFloat, shapeError } from '../op-spec.js';
import { type TensorType, formatShape, tensorType } from '../tensor.js';
import { windowOutputSize } from './conv-geometry.js';
import { type NdWindow, convNd, poolNd } from './window-nd.js';

const positiveInt = (v: unknown): string | undefined => (Number.isInteger(v) && (v as number) > 0 ? undefined : 'a positive integer');

const GEOMETRY: Readonly<Record<string, AttrSpec>> = {
  stride: { kind: 'ints', default: [1, 1, 1], doc: 'step [d, h, w]', check: positiveInts(3) },
  dilation: { kind: 'ints', default: [1, 1, 1], doc: 'tap spacing [d, h, w]', check: positiveInts(3) },
  pad: { kind: 'ints', default: [0, 0, 0, 0, 0, 0], doc: 'padding [front, top, left, back, bottom, right]', check: nonNegativeInts(6) },
};

function windowOf(attrs: Attrs, kernel: readonly number[]): NdWindow {
  const pad = intsAttr(attrs, 'pad');
  return { kernel, stride: intsAttr(attrs, 'stride'), dilation: intsAttr(attrs, 'dilation'), padBegin: pad.slice(0, 3), padEnd: pad.slice(3) };
}

/** Output spatial sizes; a user error when a side is < 1. `pool` checks that every window sees a real element. */
function outputSpatial(ctx: OpContext, x: TensorType, win: NdWindow, ceilMode: boolean): number[] {
  if (x.shape.length !== 5) shapeError(ctx, `x must be 5-D [N,C,D,H,W], got ${formatShape(x.shape)}`);
  requireFloat(ctx, 'x', x);
  const sizes = win.kernel.map((k, d) => windowOutputSize(x.shape[d + 2]!, { kernel: k, stride: win.stride[d]!, dilation: win.dilation[d]!, padBegin: win.padBegin[d]!, padEnd: win.padEnd[d]! }, ceilMode));
  if (sizes.some((s) => s < 1)) shapeError(ctx, `window ${formatShape(win.kernel)} does not fit x ${formatShape(x.shape)} with pad ${formatShape([...win.padBegin, ...win.padEnd])}`);
  return sizes;
}

/** conv3d(x, w, [b]) {stride, dilation, pad, groups}: x [N,Cin,D,H,W], w [Cout, Cin/groups, kd, kh, kw]. */
export const conv3d: OpSpec = {
  name: 'conv3d',
  summary: '3-D convolution, NCDHW activations, OIDHW weights (float only)',
  shapes: 'x [N,Cin,D,H,W], w [Cout, Cin/groups, kd, kh, kw], b [Cout] → [N,Cout,Do,Ho,Wo]',
  quantization: 'none yet: float only (QMOD010)',
  operands: [
    { name: 'x', kind: 'value' },
    { name: 'w', kind: 'const' },
    { name: 'b', kind: 'const', optional: true },
  ],
  attrs: { ...GEOMETRY, groups: { kind: 'int', default: 1, doc: 'channel groups', check: positiveInt } },
  inferType([x, w, b], attrs, ctx) {
    const groups = numAttr(attrs, 'groups');
    if (w!.shape.length !== 5) shapeError(ctx, `weight must be 5-D [Cout, Cin/groups, kd, kh, kw], got ${formatShape(w!.shape)}`);
    const [cout, cinG] = w!.shape as [number, number];
    if (cinG * groups !== x!.shape[1] || cout % groups !== 0) shapeError(ctx, `weight ${formatShape(w!.shape)} with groups=${groups} does not fit x ${formatShape(x!.shape)}`);
    if (b !== undefined && (b.shape.length !== 1 || b.shape[0] !== cout)) shapeError(ctx, `bias ${formatShape(b.shape)} must be [${cout}]`);
    const spatial = outputSpatial(ctx, x!, windowOf(attrs, w!.shape.slice(2)), false);
    return tensorType(x!.dtype, [x!.shape[0]!, cout, ...spatial]);
  },
  macs: (inputs, output) => output.shape.reduce((p, d) => p * d, 1) * inputs[1]!.shape.slice(1).reduce((p, d) => p * d, 1),
  evalFloat: ([x, w, b], attrs, output) => convNd(x!, w!, b, numAttr(attrs, 'groups'), windowOf(attrs, w!.type.shape.slice(2)), output),
};

const POOL_ATTRS: Readonly<Record<string, AttrSpec>> = {
  kernel: { kind: 'ints', doc: 'window [kd, kh, kw]', check: positiveInts(3) },
  ...GEOMETRY,
  ceil_mode: { kind: 'bool', default: false, doc: 'round the output size up; windows starting in the end padding are dropped' },
};

function inferPool3d(inputs: readonly TensorType[], attrs: Attrs, ctx: OpContext): TensorType {
  const x = inputs[0]!;
  const win = windowOf(attrs, intsAttr(attrs, 'kernel'));
  win.kernel.forEach((k, d) => {
    if (win.padBegin[d]! >= k || win.padEnd[d]! >= k) shapeError(ctx, `pad ${formatShape(intsAttr(attrs, 'pad'))} must be smaller than the kernel ${formatShape(win.kernel)}`);
  });
  return tensorType(x.dtype, [x.shape[0]!, x.shape[1]!, ...outputSpatial(ctx, x, win, boolAttr(attrs, 'ceil_mode'))]);
}

/** maxpool3d(x) {kernel, stride, dilation, pad, ceil_mode}: the max over the real elements of each window. */
export const maxpool3d: OpSpec = {
  name: 'maxpool3d',
  summary: 'maximum over 3-D windows (padding never wins; float only)',
  shapes: 'x [N,C,D,H,W] → [N,C,Do,Ho,Wo]',
  quantization: 'none yet: float only (QMOD010)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: POOL_ATTRS,
  inferType: inferPool3d,
  macs: () => 0,
  evalFloat: ([x], attrs, output) => poolNd(x!, 'max', windowOf(attrs, intsAttr(attrs, 'kernel')), false, output),
};

/** avgpool3d(x) {kernel, stride, dilation, pad, ceil_mode, count_include_pad}: the mean of each window. */
export const avgpool3d: OpSpec = {
  name: 'avgpool3d',
  summary: 'mean over 3-D windows (float only)',
  shapes: 'x [N,C,D,H,W] → [N,C,Do,Ho,Wo]',
  quantization: 'none yet: float only (QMOD010)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: { ...POOL_ATTRS, count_include_pad: { kind: 'bool', default: false, doc: 'divide by the taps inside the padded input, not only the real ones' } },
  inferType: inferPool3d,
  macs: () => 0,
  evalFloat: ([x], attrs, output) => poolNd(x!, 'avg', windowOf(attrs, intsAttr(attrs, 'kernel')), boolAttr(attrs, 'count_include_pad'), output),
};
