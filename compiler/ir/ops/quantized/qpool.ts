// Integer pools: same scale and zero point in and out, no requantization.
//   qmaxpool:        max over the real elements of each window (padding never wins)
//   qavgpool:        roundingDivideHalfAwayFromZero(Σ x, count) over the real elements (TFLite's rule,
//                    on the raw integers, zero point included: mean(x − z) + z = mean(x) exactly)
//   qglobal_avgpool: the same over all spatial positions of a channel
import type { Attrs } from '../../graph.js';
import { type OpSpec, intsAttr, shapeError } from '../../op-spec.js';
import { allocate } from '../../dtype.js';
import { type Tensor, type TensorType, numel } from '../../tensor.js';
import { WINDOW_ATTRS, avgpool, global_avgpool, maxpool } from '../pool.js';
import { readWindow2d } from '../conv-geometry.js';
import { roundingDivideHalfAwayFromZero } from '../../../../core/rounding.js';
import { ACTIVATION_DTYPES, noFloatEval } from './requantize.js';

type Reduce = (values: number[]) => number;

/** Applies `reduce` to the real elements of every window of x [N,C,H,W] (taps `dilation` apart). */
function poolWindows(x: Tensor, attrs: Attrs, output: TensorType, reduce: Reduce): Tensor {
  const [n, c, h, w] = x.type.shape as [number, number, number, number];
  const [, , hOut, wOut] = output.shape as [number, number, number, number];
  const k = intsAttr(attrs, 'kernel');
  const win = readWindow2d(attrs, [k[0]!, k[1]!]);
  const out = allocate(output.dtype, numel(output.shape));
  let o = 0;
  for (let plane = 0; plane < n * c; plane++) {
    for (let oy = 0; oy < hOut; oy++) {
      for (let ox = 0; ox < wOut; ox++) {
        const values: number[] = [];
        for (let ky = 0; ky < win.h.kernel; ky++) {
          const iy = oy * win.h.stride - win.h.padBegin + ky * win.h.dilation;
          for (let kx = 0; kx < win.w.kernel; kx++) {
            const ix = ox * win.w.stride - win.w.padBegin + kx * win.w.dilation;
            if (iy >= 0 && iy < h && ix >= 0 && ix < w) values.push(x.data[(plane * h + iy) * w + ix] as number);
          }
        }
        out[o++] = reduce(values);
      }
    }
  }
  return { type: output, data: out };
}

const maxOf: Reduce = (v) => v.reduce((a, b) => (b > a ? b : a));
const roundedMean: Reduce = (v) => roundingDivideHalfAwayFromZero(v.reduce((a, b) => a + b, 0), v.length);

function integerInput(op: string, allowBinary: boolean) {
  return (t: TensorType, ctx: { node: string; op: string }): void => {
    if (!ACTIVATION_DTYPES.includes(t.dtype) || (!allowBinary && t.dtype === 'b1')) {
      shapeError(ctx, `${op} needs a quantized ${allowBinary ? '' : 'multi-level '}activation, got ${t.dtype}`);
    }
  };
}

const checkMax = integerInput('qmaxpool', true);
const checkAvg = integerInput('qavgpool', false);

/** qmaxpool(x) {kernel, stride, pad, ceil_mode}: integer max pool (b1 included: max of ±1 is an OR). */
export const qmaxpool: OpSpec = {
  name: 'qmaxpool',
  summary: 'integer max over 2-D windows (padding never wins)',
  shapes: 'x int [N,C,H,W] → same dtype [N,C,Hout,Wout]',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: WINDOW_ATTRS,
  inferType(inputs, attrs, ctx) {
    checkMax(inputs[0]!, ctx);
    return maxpool.inferType(inputs, { ...attrs, dilation: [1, 1] }, ctx);
  },
  macs: () => 0,
  evalFloat: noFloatEval('qmaxpool'),
  evalInt: ([x], attrs, output) => poolWindows(x!, attrs, output, maxOf),
};

const AVG_ATTRS = WINDOW_ATTRS;

/**
 * qmaxpool_dilated(x) {kernel, stride, pad, ceil_mode, dilation}: qmaxpool over a dilated window (taps
 * `dilation` apart). A separate op from qmaxpool because the machine's POOL has no dilated windows: the
 * lowering refuses it (MAP004) rather than pooling the wrong taps.
 */
export const qmaxpool_dilated: OpSpec = {
  name: 'qmaxpool_dilated',
  summary: 'integer max over dilated 2-D windows (padding never wins)',
  shapes: 'x int [N,C,H,W] → same dtype [N,C,Hout,Wout]',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: maxpool.attrs,
  inferType(inputs, attrs, ctx) {
    checkMax(inputs[0]!, ctx);
    return maxpool.inferType(inputs, attrs, ctx);
  },
  macs: () => 0,
  evalFloat: noFloatEval('qmaxpool_dilated'),
  evalInt: ([x], attrs, output) => poolWindows(x!, attrs, output, maxOf),
};

/** qavgpool(x) {kernel, stride, pad, ceil_mode}: integer mean over the real elements, rounded half away from zero. */
export const qavgpool: OpSpec = {
  name: 'qavgpool',
  summary: 'integer mean over 2-D windows (real elements only), rounded half away from zero',
  shapes: 'x int [N,C,H,W] → same dtype [N,C,Hout,Wout]',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: AVG_ATTRS,
  inferType(inputs, attrs, ctx) {
    checkAvg(inputs[0]!, ctx);
    return avgpool.inferType(inputs, { ...attrs, dilation: [1, 1], count_include_pad: false }, ctx);
  },
  macs: () => 0,
  evalFloat: noFloatEval('qavgpool'),
  evalInt: ([x], attrs, output) => poolWindows(x!, attrs, output, roundedMean),
};

/** qglobal_avgpool(x): x int [N,C,spatial...] → [N,C,1,...], the rounded integer mean per channel. */
export const qglobal_avgpool: OpSpec = {
  name: 'qglobal_avgpool',
  summary: 'integer mean over all spatial positions per channel, rounded half away from zero',
  shapes: 'x int [N,C,spatial...] → same dtype [N,C,1,...]',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {},
  inferType(inputs, attrs, ctx) {
    checkAvg(inputs[0]!, ctx);
    if (inputs[0]!.shape.length < 3) shapeError(ctx, 'x must be [N,C,spatial...]');
    return global_avgpool.inferType(inputs, attrs, ctx);
  },
  macs: () => 0,
  evalFloat: noFloatEval('qglobal_avgpool'),
  evalInt([x], _attrs, output) {
    const size = numel(x!.type.shape.slice(2));
    const planes = numel(x!.type.shape.slice(0, 2));
    const out = allocate(output.dtype, planes);
    for (let p = 0; p < planes; p++) {
      let sum = 0;
      for (let i = p * size; i < (p + 1) * size; i++) sum += x!.data[i] as number;
      out[p] = roundingDivideHalfAwayFromZero(sum, size);
    }
    return { type: output, data: out };
  },
};
