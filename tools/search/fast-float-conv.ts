// The sensitivity probes' float convolution: conv2d's evalFloat (compiler/ir/ops/conv2d.ts stays the spec) with
// the SAME per-output sum — bias first, then the products in (channel, ky, kx) order in a double, rounded once
// to f32 — computed output by output in registers, four output channels at a time sharing each input load,
// instead of the reference's accumulator planes. Taps in the padding read a +0 from a padded copy of the input
// where the reference skips them: adding w·(+0) = ±0 leaves every double unchanged except a running sum of −0,
// which only a bias of −0 can start (a sum of nonzero terms that cancels is +0), so such a bias, or a
// non-finite weight (∞·0 is NaN), takes the reference. Bit-identical: test/tools/search/fast-float-conv.test.ts.
import type { Attrs } from '../../compiler/ir/graph.js';
import { numAttr } from '../../compiler/ir/op-spec.js';
import { type Tensor, type TensorType } from '../../compiler/ir/tensor.js';
import { type Window2d, readWindow2d } from '../../compiler/ir/ops/conv-geometry.js';
import { conv2d } from '../../compiler/ir/ops/conv2d.js';
import { applyFusedClamp } from '../../compiler/ir/ops/fused-attrs.js';

const referenceConv2d = conv2d.evalFloat;

/** True when the register form gives the reference's bits (no −0 bias, finite weights). */
function registerForm(w: Float32Array, b: Float32Array | undefined): boolean {
  if (b !== undefined) for (let i = 0; i < b.length; i++) if (Object.is(b[i], -0)) return false;
  for (let i = 0; i < w.length; i++) if (!Number.isFinite(w[i]!)) return false;
  return true;
}

/** conv2d's evalFloat, bit-identical to the reference. */
export function evalConv2dFast(inputs: readonly Tensor[], attrs: Attrs, output: TensorType): Tensor {
  const [x, w, b] = inputs as [Tensor, Tensor, Tensor | undefined];
  const wd = w.data as Float32Array;
  const bd = b?.data as Float32Array | undefined;
  if (!(x.data instanceof Float32Array) || !registerForm(wd, bd)) return referenceConv2d(inputs, attrs, output);
  const [n, cin, h, wid] = x.type.shape as [number, number, number, number];
  const [cout, cinG, kh, kw] = w.type.shape as [number, number, number, number];
  const [, , hOut, wOut] = output.shape as [number, number, number, number];
  const win = readWindow2d(attrs, [kh, kw]);
  const groups = numAttr(attrs, 'groups');
  const coutG = cout / groups;
  const hp = h + win.h.padBegin + win.h.padEnd;
  const wp = wid + win.w.padBegin + win.w.padEnd;
  const taps = cinG * kh * kw;
  const tapOffset = tapOffsets(cinG, kh, kw, hp, wp, win);
  const plane = hOut * wOut;
  const out = new Float32Array(n * cout * plane);
  const xp = new Float32Array(cin * hp * wp);
  for (let s = 0; s < n; s++) {
    padInto(xp, x.data, s * cin * h * wid, cin, h, wid, hp, wp, win.h.padBegin, win.w.padBegin);
    for (let g = 0; g < groups; g++) {
      const inBase = g * cinG * hp * wp;
      let oc = g * coutG;
      const end = (g + 1) * coutG;
      for (; oc + 4 <= end; oc += 4) convolveFour(out, xp, wd, bd, oc, taps, tapOffset, inBase, (s * cout + oc) * plane, plane, hOut, wOut, win.h.stride * wp, win.w.stride);
      for (; oc < end; oc++) convolveOne(out, xp, wd, bd, oc, taps, tapOffset, inBase, (s * cout + oc) * plane, hOut, wOut, win.h.stride * wp, win.w.stride);
    }
  }
  return applyFusedClamp({ type: output, data: out }, attrs);
}

/** Offset of each tap (c, ky, kx), in weight-row order, from a window's origin in a padded [C, hp, wp] input. */
export function tapOffsets(channels: number, kh: number, kw: number, hp: number, wp: number, win: Window2d): Int32Array {
  const offsets = new Int32Array(channels * kh * kw);
  for (let c = 0, t = 0; c < channels; c++) {
    for (let ky = 0; ky < kh; ky++) {
      for (let kx = 0; kx < kw; kx++) offsets[t++] = (c * hp + ky * win.h.dilation) * wp + kx * win.w.dilation;
    }
  }
  return offsets;
}

/** xp ← sample at `offset` inside a +0 border (the border cells are never written, so they stay +0). */
function padInto(xp: Float32Array, xd: Float32Array, offset: number, cin: number, h: number, wid: number, hp: number, wp: number, top: number, left: number): void {
  for (let c = 0; c < cin; c++) {
    for (let y = 0; y < h; y++) xp.set(xd.subarray(offset + (c * h + y) * wid, offset + (c * h + y + 1) * wid), (c * hp + y + top) * wp + left);
  }
}

/** Output channels oc … oc+3 (one group): per output, four double sums over the taps in order, bias first. */
function convolveFour(out: Float32Array, xp: Float32Array, wd: Float32Array, bd: Float32Array | undefined, oc: number, taps: number, tapOffset: Int32Array,
  inBase: number, outBase: number, plane: number, hOut: number, wOut: number, rowStep: number, colStep: number): void {
  const w0 = oc * taps, w1 = w0 + taps, w2 = w1 + taps, w3 = w2 + taps;
  const b0 = bd === undefined ? 0 : bd[oc]!, b1 = bd === undefined ? 0 : bd[oc + 1]!;
  const b2 = bd === undefined ? 0 : bd[oc + 2]!, b3 = bd === undefined ? 0 : bd[oc + 3]!;
  for (let oy = 0, p = outBase; oy < hOut; oy++) {
    for (let ox = 0; ox < wOut; ox++, p++) {
      const origin = inBase + oy * rowStep + ox * colStep;
      let s0 = b0, s1 = b1, s2 = b2, s3 = b3;
      for (let t = 0; t < taps; t++) {
        const v = xp[origin + tapOffset[t]!]!;
        s0 += wd[w0 + t]! * v;
        s1 += wd[w1 + t]! * v;
        s2 += wd[w2 + t]! * v;
        s3 += wd[w3 + t]! * v;
      }
      out[p] = s0;
      out[p + plane] = s1;
      out[p + 2 * plane] = s2;
      out[p + 3 * plane] = s3;
    }
  }
}

/** One output channel (the group's last ones when its channels are not a multiple of four). */
function convolveOne(out: Float32Array, xp: Float32Array, wd: Float32Array, bd: Float32Array | undefined, oc: number, taps: number, tapOffset: Int32Array,
  inBase: number, outBase: number, hOut: number, wOut: number, rowStep: number, colStep: number): void {
  const w0 = oc * taps;
  const b0 = bd === undefined ? 0 : bd[oc]!;
  for (let oy = 0, p = outBase; oy < hOut; oy++) {
    for (let ox = 0; ox < wOut; ox++, p++) {
      const origin = inBase + oy * rowStep + ox * colStep;
      let s0 = b0;
      for (let t = 0; t < taps; t++) s0 += wd[w0 + t]! * xp[origin + tapOffset[t]!]!;
      out[p] = s0;
    }
  }
}
