// The search's integer convolution: qconv2d's semantics (compiler/ir/ops/quantized/qconv2d.ts stays the spec)
// computed as im2col + the simulator's exact int8 GEMM (WebAssembly SIMD, or its JavaScript fallback).
// Every product and partial sum is an integer, so the GEMM's exact int32 dot product plus the bias in a double
// is the reference's exact sum whatever the order; the accumulator reduction and requantization are the
// reference's own functions. Forms the GEMM does not take (group-scaled weights, i16 operands, channel
// groups such as depthwise convs, whose K is a handful of taps) run the reference itself.
import type { Attrs } from '../../compiler/ir/graph.js';
import type { IntCounters } from '../../compiler/ir/op-spec.js';
import { numAttr } from '../../compiler/ir/op-spec.js';
import { allocate, type DType } from '../../compiler/ir/dtype.js';
import { type Tensor, type TensorType, numel } from '../../compiler/ir/tensor.js';
import { type Window2d, readWindow2d } from '../../compiler/ir/ops/conv-geometry.js';
import { padSample, padValue, qconv2d } from '../../compiler/ir/ops/quantized/qconv2d.js';
import { readRequant, reduceAccumulator, requantize } from '../../compiler/ir/ops/quantized/requantize.js';
import { createInt8Gemm } from '../../simulator/fast/gemm-wasm.js';
import { type Int8Gemm, MAX_GEMM_K, type PackedWeights } from '../../simulator/functional/gemm.js';
import { tapOffsets } from './fast-float-conv.js';

const referenceQconv2d = qconv2d.evalInt!;

/** Weight dtypes stored as int8 values (what the GEMM packs). */
const INT8_WEIGHTS: ReadonlySet<DType> = new Set(['i8', 'i4', 'i2', 'b1']);
/** Activation dtypes the GEMM reads as int8 or as uint8 codes. */
const SIGNED_ACTIVATIONS: ReadonlySet<DType> = new Set(['i8', 'i4', 'b1']);
const UNSIGNED_ACTIVATIONS: ReadonlySet<DType> = new Set(['u8', 'u4']);

/** A layer's weights packed into a kernel of their own (its memory holds them, then one call's operands). */
interface PackedLayer {
  readonly gemm: Int8Gemm;
  readonly packed: PackedWeights;
  /** The weights it packed: a hit must still hold them (a caller may rewrite an array in place). */
  readonly copy: Int8Array;
}

/**
 * Kernels of the layers run lately, by weight array: a graph runs sample by sample, so a layer packs its
 * weights once for all samples. Bounded (oldest dropped), so configurations come and go without piling up
 * kernel memories.
 */
const MAX_PACKED_LAYERS = 48;
const packedLayers = new Map<object, PackedLayer>();

function sameValues(a: Int8Array, b: Int8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function packedLayer(w: Tensor, n: number, k: number): PackedLayer {
  const data = w.data as Int8Array;
  const hit = packedLayers.get(data);
  if (hit !== undefined && sameValues(hit.copy, data)) return hit;
  const gemm = createInt8Gemm();
  const layer = { gemm, packed: gemm.packWeights(data, n, k), copy: data.slice() };
  packedLayers.delete(data);
  if (packedLayers.size >= MAX_PACKED_LAYERS) packedLayers.delete(packedLayers.keys().next().value!);
  packedLayers.set(data, layer);
  return layer;
}

/** True when this qconv2d is one the GEMM computes (else the reference runs). */
export function gemmForm(inputs: readonly Tensor[], attrs: Attrs): boolean {
  const [x, w] = inputs as [Tensor, Tensor];
  const [, cinG, kh, kw] = w.type.shape as [number, number, number, number];
  const activations = SIGNED_ACTIVATIONS.has(x.type.dtype) || UNSIGNED_ACTIVATIONS.has(x.type.dtype);
  return activations && INT8_WEIGHTS.has(w.type.dtype) && ((attrs['w_group'] as number | undefined) ?? 0) === 0
    && numAttr(attrs, 'groups') === 1 && cinG * kh * kw <= MAX_GEMM_K;
}

/** qconv2d's evalInt, bit-equal to the reference (test/tools/search/fast-qconv.test.ts). */
export function evalQconv2dFast(inputs: readonly Tensor[], attrs: Attrs, output: TensorType, counters: IntCounters): Tensor {
  if (!gemmForm(inputs, attrs)) return referenceQconv2d(inputs, attrs, output, counters);
  const [x, w, bias, m0, shift] = inputs as [Tensor, Tensor, Tensor, Tensor, Tensor];
  const [, cin, h, wd] = x.type.shape as [number, number, number, number];
  const [cout, , kh, kw] = w.type.shape as [number, number, number, number];
  const [n, , hOut, wOut] = output.shape as [number, number, number, number];
  const win = readWindow2d(attrs, [kh, kw]);
  const k = cin * kh * kw;
  const m = hOut * wOut;
  const { gemm, packed } = packedLayer(w, cout, k);
  const pad = padValue(x.type, attrs);
  const r = readRequant(attrs);
  const out = allocate(r.outDtype, numel(output.shape));
  const xd = x.data as ArrayLike<number>;
  const b = Array.from({ length: cout }, (_, oc) => Number(bias.data[oc]));
  const unsigned = UNSIGNED_ACTIVATIONS.has(x.type.dtype);
  for (let s = 0; s < n; s++) {
    const a = unsigned ? gemm.activationView(m, packed, 'uint8') : gemm.activationView(m, packed, 'int8');
    im2col(a, xd, s * cin * h * wd, cin, h, wd, kh, kw, win, hOut, wOut, pad);
    const c = gemm.gemmView(a, m, packed);
    for (let p = 0; p < m; p++) {
      for (let oc = 0; oc < cout; oc++) {
        const acc = reduceAccumulator(b[oc]! + c[p * cout + oc]!, r, counters);
        out[(s * cout + oc) * m + p] = requantize(acc, m0.data[oc] as number, shift.data[oc] as number, r);
      }
    }
  }
  return { type: output, data: out };
}

/**
 * Row p = oy·wOut + ox of A holds the patch of output (oy, ox) in weight-row order (c, ky, kx): the input
 * code, or `pad` where the tap falls outside the image. The sample is first copied into a padded plane
 * (the reference's padSample), so each row is a gather at fixed tap offsets.
 */
function im2col(a: Int8Array | Uint8Array, xd: ArrayLike<number>, offset: number, cin: number, h: number, wd: number, kh: number, kw: number,
  win: Window2d, hOut: number, wOut: number, pad: number): void {
  const hp = h + win.h.padBegin + win.h.padEnd;
  const wp = wd + win.w.padBegin + win.w.padEnd;
  const xp = padSample(xd, offset, cin, h, wd, win, pad);
  const k = cin * kh * kw;
  const tapOffset = tapOffsets(cin, kh, kw, hp, wp, win);
  for (let oy = 0, at = 0; oy < hOut; oy++) {
    for (let ox = 0; ox < wOut; ox++) {
      const origin = oy * win.h.stride * wp + ox * win.w.stride;
      for (let t = 0; t < k; t++) a[at++] = xp[origin + tapOffset[t]!]!;
    }
  }
}
