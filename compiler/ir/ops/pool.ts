// Pooling over NCHW: maxpool and avgpool (2-D windows with stride, dilation, 4-sided padding, ceil_mode) and
// global_avgpool. Float semantics: max is exact; averages sum in float64, divide once in float64 and round
// once to f32. Dilated windows are evaluated by window-nd.ts (same rules).
import type { Attrs } from '../graph.js';
import { type OpContext, type OpSpec, type AttrSpec, boolAttr, intsAttr, nonNegativeInts, positiveInts, shapeError } from '../op-spec.js';
import { type Tensor, type TensorType, formatShape, numel, tensorType } from '../tensor.js';
import { allocate } from '../dtype.js';
import { type Window2d, axisWindows, readWindow2d, requireNchw, windowOutputHW } from './conv-geometry.js';
import { poolNd } from './window-nd.js';

/** The window attributes the integer pools share (qmaxpool, qavgpool: no dilation). */
export const WINDOW_ATTRS: Readonly<Record<string, AttrSpec>> = {
  kernel: { kind: 'ints', doc: 'window [kh, kw]', check: positiveInts(2) },
  stride: { kind: 'ints', default: [1, 1], doc: 'step [h, w]', check: positiveInts(2) },
  pad: { kind: 'ints', default: [0, 0, 0, 0], doc: 'padding [top, left, bottom, right]', check: nonNegativeInts(4) },
  ceil_mode: { kind: 'bool', default: false, doc: 'round the output size up; windows starting in the end padding are dropped' },
};

/** The float pools' window: the shared attributes plus dilation. */
const FLOAT_WINDOW_ATTRS: Readonly<Record<string, AttrSpec>> = {
  ...WINDOW_ATTRS,
  dilation: { kind: 'ints', default: [1, 1], doc: 'tap spacing [h, w]', check: positiveInts(2) },
};

const isDilated = (win: Window2d): boolean => win.h.dilation !== 1 || win.w.dilation !== 1;

/** A 2-D window in window-nd.ts's form. */
function ndWindow(win: Window2d) {
  return {
    kernel: [win.h.kernel, win.w.kernel], stride: [win.h.stride, win.w.stride], dilation: [win.h.dilation, win.w.dilation],
    padBegin: [win.h.padBegin, win.w.padBegin], padEnd: [win.h.padEnd, win.w.padEnd],
  };
}

function windowOf(attrs: Attrs): Window2d {
  const k = intsAttr(attrs, 'kernel');
  return readWindow2d(attrs, [k[0]!, k[1]!]);
}

/**
 * Type of a 2-D pool. Each pad must be smaller than the kernel so every window (ceil_mode ones
 * included, since those starting in the end padding are dropped) covers at least one real element:
 * a max over padding alone would be −inf and an average over it 0/0.
 */
function inferPoolType(inputs: readonly TensorType[], attrs: Attrs, ctx: OpContext): TensorType {
  const x = inputs[0]!;
  requireNchw(ctx, 'x', x.shape);
  const win = windowOf(attrs);
  for (const [axis, a] of [['height', win.h], ['width', win.w]] as const) {
    if (a.padBegin >= a.kernel || a.padEnd >= a.kernel) {
      shapeError(ctx, `pad ${formatShape(intsAttr(attrs, 'pad'))} must be smaller than the kernel ${formatShape(intsAttr(attrs, 'kernel'))} along the ${axis}`);
    }
  }
  const [hOut, wOut] = windowOutputHW(ctx, x.shape, win);
  return tensorType(x.dtype, [x.shape[0]!, x.shape[1]!, hOut, wOut]);
}

/**
 * Max or mean over each window. Max: padding acts as −inf, i.e. only real elements are compared (any number
 * dtype). Mean: summed in float64, divided once by the factors axisWindows gives (count_include_pad or not).
 */
function pool2d(x: Tensor, win: Window2d, kind: 'max' | 'avg', includePad: boolean, output: TensorType): Tensor {
  const [n, c, h, w] = x.type.shape as [number, number, number, number];
  const [, , hOut, wOut] = output.shape as [number, number, number, number];
  const [rows, cols] = [axisWindows(h, hOut, win.h, includePad), axisWindows(w, wOut, win.w, includePad)];
  const xd = x.data as Float32Array;
  const max = kind === 'max';
  const out = allocate(max ? output.dtype : 'f32', numel(output.shape)) as Float32Array;
  let o = 0;
  for (let base = 0; base < n * c * h * w; base += h * w) {
    for (const r of rows) {
      for (const col of cols) {
        let acc = max ? -Infinity : 0;
        for (let row = base + r.lo * w; row < base + r.hi * w; row += w) {
          if (max) for (let i = row + col.lo; i < row + col.hi; i++) acc = xd[i]! > acc ? xd[i]! : acc;
          else for (let i = row + col.lo; i < row + col.hi; i++) acc += xd[i]!;
        }
        out[o++] = max ? acc : acc / (r.count * col.count);
      }
    }
  }
  return { type: output, data: out };
}

/** maxpool(x) {kernel (required), stride, pad, ceil_mode, dilation}: x [N,C,H,W] → [N,C,Hout,Wout]. */
export const maxpool: OpSpec = {
  name: 'maxpool',
  summary: 'maximum over 2-D windows (padding never wins)',
  shapes: 'x [N,C,H,W] → [N,C,Hout,Wout]',
  quantization: 'qmaxpool, same scale and zero point; dilated: qmaxpool_dilated',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: FLOAT_WINDOW_ATTRS,
  inferType: inferPoolType,
  macs: () => 0,
  evalFloat([x], attrs, output) {
    const win = windowOf(attrs);
    return isDilated(win) ? poolNd(x!, 'max', ndWindow(win), false, output) : pool2d(x!, win, 'max', false, output);
  },
};

/** avgpool(x) {kernel (required), stride, pad, count_include_pad, ceil_mode, dilation}: x [N,C,H,W] → [N,C,Hout,Wout]. */
export const avgpool: OpSpec = {
  name: 'avgpool',
  summary: 'mean over 2-D windows',
  shapes: 'x [N,C,H,W] → [N,C,Hout,Wout]',
  quantization: 'qavgpool, same scale and zero point; dividing by the whole window (count_include_pad, or after a zero pad): a depthwise conv2d (fold-pad), then qconv2d; with ceil_mode or dilation: none (QMOD006)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {
    ...FLOAT_WINDOW_ATTRS,
    count_include_pad: { kind: 'bool', default: false, doc: 'divide by the window size including padding (ONNX semantics)' },
  },
  inferType: inferPoolType,
  macs: () => 0,
  evalFloat([x], attrs, output) {
    const win = windowOf(attrs);
    const countPad = boolAttr(attrs, 'count_include_pad');
    return isDilated(win) ? poolNd(x!, 'avg', ndWindow(win), countPad, output) : pool2d(x!, win, 'avg', countPad, output);
  },
};

/** global_avgpool(x): x [N,C,d1,...] (rank ≥ 3) → [N,C,1,...], the mean over all spatial positions. */
export const global_avgpool: OpSpec = {
  name: 'global_avgpool',
  summary: 'mean over all spatial positions per channel',
  shapes: 'x [N,C,spatial...] → [N,C,1,...]',
  quantization: 'qglobal_avgpool, same scale and zero point',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {},
  inferType([x], _attrs, ctx) {
    if (x!.shape.length < 3) shapeError(ctx, `x must be [N,C,spatial...] (rank ≥ 3), got ${formatShape(x!.shape)}`);
    return tensorType(x!.dtype, x!.shape.map((d, i) => (i < 2 ? d : 1)));
  },
  macs: () => 0,
  evalFloat([x], _attrs, output) {
    const xd = x!.data as Float32Array;
    const planes = x!.type.shape[0]! * x!.type.shape[1]!;
    const size = numel(x!.type.shape.slice(2));
    const out = new Float32Array(planes);
    for (let p = 0; p < planes; p++) {
      let sum = 0;
      for (let i = p * size; i < (p + 1) * size; i++) sum += xd[i]!;
      out[p] = sum / size;
    }
    return { type: output, data: out };
  },
};

