// conv2d: 2-D convolution over NCHW activations with OIHW weights, stride, dilation, 4-sided padding and groups.
// Float semantics: f32 operands, products and sums accumulated in float64 (bias first), rounded once to f32.
import type { Attrs } from '../graph.js';
import { type OpSpec, type OpContext, nonNegativeInts, numAttr, positiveInts, requireFloat, shapeError } from '../op-spec.js';
import { type Tensor, type TensorType, formatShape, tensorType } from '../tensor.js';
import { type Window2d, readWindow2d, requireNchw, windowOutputHW } from './conv-geometry.js';
import { BN_RANGE_ATTRS, FUSED_ACTIVATION_ATTRS, applyFusedClamp, checkBnStats } from './fused-attrs.js';

const positiveInt = (v: unknown): string | undefined => (Number.isInteger(v) && (v as number) > 0 ? undefined : 'a positive integer');

function checkOperands(ctx: OpContext, inputs: readonly TensorType[], groups: number): void {
  const [x, w, b] = inputs;
  requireNchw(ctx, 'x', x!.shape);
  requireFloat(ctx, 'x', x!);
  if (w!.shape.length !== 4) shapeError(ctx, `weight must be 4-D OIHW [Cout, Cin/groups, kh, kw], got ${formatShape(w!.shape)}`);
  const [cout, cinPerGroup] = w!.shape as [number, number];
  const cin = x!.shape[1]!;
  if (cin % groups !== 0) shapeError(ctx, `groups=${groups} does not divide the ${cin} input channels of x ${formatShape(x!.shape)}`);
  if (cout % groups !== 0) shapeError(ctx, `groups=${groups} does not divide the ${cout} output channels of weight ${formatShape(w!.shape)}`);
  if (cinPerGroup * groups !== cin) {
    const perGroup = groups === 1 ? '' : ` with groups=${groups} (${cinPerGroup * groups} in total)`;
    shapeError(ctx, `weight ${formatShape(w!.shape)} expects ${cinPerGroup} input channel${cinPerGroup === 1 ? '' : 's'} per group${perGroup}, `
      + `x has ${cin} channel${cin === 1 ? '' : 's'} (shape ${formatShape(x!.shape)})`);
  }
  if (b !== undefined && (b.shape.length !== 1 || b.shape[0] !== cout)) {
    shapeError(ctx, `bias ${formatShape(b.shape)} must be [${cout}] (one per output channel of weight ${formatShape(w!.shape)})`);
  }
}

function windowOf(attrs: Attrs, w: TensorType): Window2d {
  return readWindow2d(attrs, [w.shape[2]!, w.shape[3]!]);
}

/** First output position o with o·stride + offset ≥ 0 (offset = tap·dilation − padBegin). */
function firstOut(offset: number, stride: number): number {
  return offset >= 0 ? 0 : Math.ceil(-offset / stride);
}

/** One past the last output position o < outSize with o·stride + offset < size. */
function endOut(offset: number, stride: number, size: number, outSize: number): number {
  return Math.min(outSize, Math.floor((size - 1 - offset) / stride) + 1);
}

/**
 * The loop nest, weight-stationary: for one output channel, each weight tap is multiplied into a
 * float64 accumulator plane along the output rows it touches. The valid output range of each tap is
 * computed once, so the inner loop has no bounds checks, and every output still sums bias first,
 * then its products in (channel, ky, kx) order before the single rounding to f32.
 */
function convolve(x: Tensor, w: Tensor, b: Tensor | undefined, groups: number, win: Window2d, output: TensorType): Tensor {
  const [n, cin, h, wd] = x.type.shape as [number, number, number, number];
  const [cout, cinG, kh, kw] = w.type.shape as [number, number, number, number];
  const [, , hOut, wOut] = output.shape as [number, number, number, number];
  const xd = x.data as Float32Array;
  const wdt = w.data as Float32Array;
  const bd = b?.data as Float32Array | undefined;
  const out = new Float32Array(n * cout * hOut * wOut);
  const acc = new Float64Array(hOut * wOut);
  const coutG = cout / groups;
  const sh = win.h.stride, sw = win.w.stride, dh = win.h.dilation, dw = win.w.dilation;
  const pt = win.h.padBegin, pl = win.w.padBegin;
  for (let ni = 0; ni < n; ni++) {
    for (let oc = 0; oc < cout; oc++) {
      acc.fill(bd === undefined ? 0 : bd[oc]!);
      const icBase = Math.floor(oc / coutG) * cinG;
      for (let c = 0; c < cinG; c++) {
        const xPlane = (ni * cin + icBase + c) * h * wd;
        const wTaps = (oc * cinG + c) * kh * kw;
        for (let ky = 0; ky < kh; ky++) {
          const ty = ky * dh - pt;
          const oy0 = firstOut(ty, sh), oy1 = endOut(ty, sh, h, hOut);
          for (let kx = 0; kx < kw; kx++) {
            const tx = kx * dw - pl;
            const ox0 = firstOut(tx, sw), ox1 = endOut(tx, sw, wd, wOut);
            const wv = wdt[wTaps + ky * kw + kx]!;
            for (let oy = oy0; oy < oy1; oy++) {
              const xRow = xPlane + (oy * sh + ty) * wd + tx;
              const aRow = oy * wOut;
              for (let ox = ox0; ox < ox1; ox++) acc[aRow + ox] += wv * xd[xRow + ox * sw]!;
            }
          }
        }
      }
      // Float32Array.set converts each float64 sum to the nearest f32: the one rounding.
      out.set(acc, (ni * cout + oc) * hOut * wOut);
    }
  }
  return { type: output, data: out };
}

/**
 * conv2d(x, w, [b]) {stride, dilation, pad=[top,left,bottom,right], groups}.
 * x [N,Cin,H,W], w [Cout, Cin/groups, kh, kw] (OIHW), b [Cout] → y [N,Cout,Hout,Wout].
 * Depthwise is groups = Cin with Cout a multiple of Cin. act_min/act_max clamp the output (fused
 * activation); the bn_* attributes are informational (see fused-attrs.ts).
 */
export const conv2d: OpSpec = {
  name: 'conv2d',
  summary: '2-D convolution, NCHW activations, OIHW weights',
  shapes: 'x [N,Cin,H,W] (NCHW), w [Cout, Cin/groups, kh, kw] (OIHW), b [Cout] → [N,Cout,Hout,Wout]',
  quantization: 'qconv2d: weights per the preset (per tensor or per output channel), an int32 bias with the zero-point fold, requantization per output channel',
  operands: [
    { name: 'x', kind: 'value' },
    { name: 'w', kind: 'const' },
    { name: 'b', kind: 'const', optional: true },
  ],
  attrs: {
    stride: { kind: 'ints', default: [1, 1], doc: 'step [h, w]', check: positiveInts(2) },
    dilation: { kind: 'ints', default: [1, 1], doc: 'kernel tap spacing [h, w]', check: positiveInts(2) },
    pad: { kind: 'ints', default: [0, 0, 0, 0], doc: 'zero padding [top, left, bottom, right]', check: nonNegativeInts(4) },
    groups: { kind: 'int', default: 1, doc: 'channel groups (Cin for depthwise)', check: positiveInt },
    ...FUSED_ACTIVATION_ATTRS,
    ...BN_RANGE_ATTRS,
  },
  inferType(inputs, attrs, ctx) {
    checkOperands(ctx, inputs, numAttr(attrs, 'groups'));
    const [x, w] = inputs as [TensorType, TensorType];
    checkBnStats(ctx, attrs, w.shape[0]!);
    const [hOut, wOut] = windowOutputHW(ctx, x.shape, windowOf(attrs, w));
    return tensorType(x.dtype, [x.shape[0]!, w.shape[0]!, hOut, wOut]);
  },
  // Taps that fall in the padding are counted: the array does them (with the zero-point) all the same.
  macs(inputs, output) {
    const w = inputs[1]!.shape;
    return output.shape[0]! * output.shape[1]! * output.shape[2]! * output.shape[3]! * w[1]! * w[2]! * w[3]!;
  },
  evalFloat([x, w, b], attrs, output) {
    return applyFusedClamp(convolve(x!, w!, b, numAttr(attrs, 'groups'), windowOf(attrs, w!.type), output), attrs);
  },
};

