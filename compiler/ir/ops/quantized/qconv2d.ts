// qconv2d: integer 2-D convolution (NCHW, OIHW) with the zero-point fold in the bias, a configurable
// accumulator and per-channel requantization. Integer semantics, written as plain loops:
//   acc[n] = bias[n] + Σ_{c,ky,kx} xpad[c, iy, ix] · w[n, c, ky, kx]      (exact, then reduced to acc_bits)
//   xpad   = x inside the image; x_zero in the padding (so a padded tap adds x_zero·w, which the bias
//            fold −x_zero·Σw cancels: the same as Σ (x − x_zero)·w with zero padding);
//            +1 when x is b1 (binary activations cannot represent 0: Larq's pad_values=1 convention)
//   y      = requantize(acc, m0[n], shift[n])    (see requantize.ts)
import type { Attrs } from '../../graph.js';
import { type IntCounters, type OpSpec, nonNegativeInts, numAttr, positiveInts, shapeError } from '../../op-spec.js';
import { allocate } from '../../dtype.js';
import { type Tensor, type TensorType, formatShape, numel } from '../../tensor.js';
import { conv2d } from '../conv2d.js';
import { type Window2d, readWindow2d, requireNchw, windowOutputHW } from '../conv-geometry.js';
import { REQUANT_ATTRS, checkRequantOperands, noFloatEval, readRequant, reduceAccumulator, requantize, WEIGHTED_OPERANDS, accumulatorWeightsOf } from './requantize.js';

/** The value a padded tap reads: the zero point, or +1 for binary activations. */
export function padValue(x: TensorType, attrs: Attrs): number {
  return x.dtype === 'b1' ? 1 : numAttr(attrs, 'x_zero');
}

const positiveInts1 = (v: unknown): string | undefined => (Number.isInteger(v) && (v as number) > 0 ? undefined : 'a positive integer');

/**
 * xpad of one sample: x [cin, h, w] copied into [cin, h + padTop + padBottom, w + padLeft + padRight]
 * with `pad` (the zero point, +1 for b1) around it. Float64Array: the products below are then plain
 * double multiplications of exact small integers.
 */
export function padSample(xd: ArrayLike<number>, offset: number, cin: number, h: number, wd: number, win: Window2d, pad: number): Float64Array {
  const hp = h + win.h.padBegin + win.h.padEnd;
  const wp = wd + win.w.padBegin + win.w.padEnd;
  const xp = new Float64Array(cin * hp * wp).fill(pad);
  for (let c = 0; c < cin; c++) {
    for (let y = 0; y < h; y++) {
      const src = offset + (c * h + y) * wd;
      const dst = (c * hp + y + win.h.padBegin) * wp + win.w.padBegin;
      for (let x = 0; x < wd; x++) xp[dst + x] = xd[src + x]!;
    }
  }
  return xp;
}

/**
 * The formula above, over a materialised xpad so no tap needs a bounds check. For each output position
 * (oy, ox) of channel group g, the patch is the K = cinG·kh·kw values
 * xpad[g·cinG + c, oy·sh + ky·dh, ox·sw + kx·dw] in (c, ky, kx) order (the order of a weight row; the
 * offsets are computed once per call), and each output channel oc of the group is
 * acc = bias[oc] + Σ_k patch[k]·w[oc, k]. Every term is an integer and every partial sum stays far below
 * 2^53, so the double sums are exact.
 */
function evalQconv2d(inputs: readonly Tensor[], attrs: Attrs, output: TensorType, counters: IntCounters): Tensor {
  const [x, w, bias, m0, shift] = inputs as [Tensor, Tensor, Tensor, Tensor, Tensor];
  const [, cin, h, wd] = x.type.shape as [number, number, number, number];
  const [cout, cinG, kh, kw] = w.type.shape as [number, number, number, number];
  const [n, , hOut, wOut] = output.shape as [number, number, number, number];
  const wdt = accumulatorWeightsOf(inputs, attrs); // m·w with group-wise scales (exact integers)
  const win = readWindow2d(attrs, [kh, kw]);
  const sh = win.h.stride, sw = win.w.stride;
  const hp = h + win.h.padBegin + win.h.padEnd;
  const wp = wd + win.w.padBegin + win.w.padEnd;
  const groups = numAttr(attrs, 'groups');
  const coutG = cout / groups;
  const taps = cinG * kh * kw;
  const tapOffset = new Int32Array(taps);
  for (let c = 0, k = 0; c < cinG; c++) {
    for (let ky = 0; ky < kh; ky++) {
      for (let kx = 0; kx < kw; kx++) tapOffset[k++] = (c * hp + ky * win.h.dilation) * wp + kx * win.w.dilation;
    }
  }
  const pad = padValue(x.type, attrs);
  const r = readRequant(attrs);
  const out = allocate(r.outDtype, numel(output.shape));
  const patch = new Float64Array(taps);
  const plane = hOut * wOut;
  for (let b = 0; b < n; b++) {
    const xp = padSample(x.data as ArrayLike<number>, b * cin * h * wd, cin, h, wd, win, pad);
    for (let g = 0; g < groups; g++) {
      for (let oy = 0; oy < hOut; oy++) {
        for (let ox = 0; ox < wOut; ox++) {
          const origin = g * cinG * hp * wp + oy * sh * wp + ox * sw;
          for (let k = 0; k < taps; k++) patch[k] = xp[origin + tapOffset[k]!]!;
          for (let oc = g * coutG; oc < (g + 1) * coutG; oc++) {
            const wRow = oc * taps;
            let sum = Number(bias.data[oc]);
            for (let k = 0; k < taps; k++) sum += patch[k]! * wdt[wRow + k]!;
            const acc = reduceAccumulator(sum, r, counters);
            out[(b * cout + oc) * plane + oy * wOut + ox] = requantize(acc, m0.data[oc] as number, shift.data[oc] as number, r);
          }
        }
      }
    }
  }
  return { type: output, data: out };
}

/**
 * qconv2d(x, w, bias, m0, shift, [w_scale]) {stride, dilation, pad, groups, x_zero, x_scale, y_zero,
 * y_scale, y_offset, qmin, qmax, out_dtype, requant, acc_bits, acc_overflow}.
 * x int [N,Cin,H,W]; w int OIHW; bias/m0/shift i32[Cout]; w_scale f32[Cout] (informational) → out_dtype [N,Cout,Hout,Wout].
 */
export const qconv2d: OpSpec = {
  name: 'qconv2d',
  summary: 'integer convolution: int32 accumulate (zero point folded in the bias), requantize, clamp',
  shapes: 'x int [N,Cin,H,W], w int OIHW, bias i32 [Cout], m0/shift i32 [Cout], w_scale f32 [Cout] → out_dtype [N,Cout,Hout,Wout]',
  quantization: 'an integer op (its integer semantics: docs/INTEGER-SEMANTICS.md)',
  operands: WEIGHTED_OPERANDS,
  attrs: {
    stride: { kind: 'ints', default: [1, 1], doc: 'step [h, w]', check: positiveInts(2) },
    dilation: { kind: 'ints', default: [1, 1], doc: 'kernel tap spacing [h, w]', check: positiveInts(2) },
    pad: { kind: 'ints', default: [0, 0, 0, 0], doc: 'padding [top, left, bottom, right], read as x_zero (+1 for b1 x)', check: nonNegativeInts(4) },
    groups: { kind: 'int', default: 1, doc: 'channel groups (Cin for depthwise)', check: positiveInts1 },
    ...REQUANT_ATTRS,
  },
  inferType(inputs, attrs, ctx) {
    const [x, w] = inputs as [TensorType, TensorType];
    requireNchw(ctx, 'x', x.shape);
    if (w.shape.length !== 4) shapeError(ctx, `weight must be 4-D OIHW, got ${formatShape(w.shape)}`);
    const groups = numAttr(attrs, 'groups');
    const [cout, cinG] = w.shape as [number, number];
    if (cinG * groups !== x.shape[1] || cout % groups !== 0) shapeError(ctx, `weight ${formatShape(w.shape)} with groups=${groups} does not fit x ${formatShape(x.shape)}`);
    checkRequantOperands(ctx, inputs, attrs, cout);
    const [hOut, wOut] = windowOutputHW(ctx, x.shape, readWindow2d(attrs, [w.shape[2]!, w.shape[3]!]));
    return { dtype: attrs['out_dtype'] as TensorType['dtype'], shape: [x.shape[0]!, cout, hOut, wOut] };
  },
  macs: (inputs, output) => conv2d.macs(inputs, output, {}),
  evalFloat: noFloatEval('qconv2d'),
  evalInt: evalQconv2d,
};
