// The vector unit's conversions of the float/MX datapath (issue 18; INTEGER-SEMANTICS §14, HARDWARE.md §3
// "Float and MX datapath"): a GEMM's FP32 input, stored channels last (one pixel's channels contiguous),
// becomes the element bytes the array reads and, for MX, one E8M0 scale byte per pixel and 32-channel
// block for the scale side buffer; a GEMM's FP32 sums become its FP32 outputs. The input conversion is
// §14's exactly: element(x · r) with r = fp32(1 / s_a) for per-tensor formats (one FP32 × FP32
// product, then one rounding), and the OCP MX block conversion (core/mx-block.ts) for MX.
import { assert } from '../../core/diagnostics.js';
import { encodeElement } from '../../core/element-codec.js';
import { quantizeMxBlock } from '../../core/mx-block.js';
import { CHUNK_MAX } from '../../core/format-dot.js';
import type { ElementType } from '../../core/number-formats.js';

/** A converted GEMM input: element bytes, pixels × channels, and (MX) E8M0 codes, pixels × ceil(channels / 32). */
export interface ConvertedInput {
  readonly bytes: Uint8Array;
  readonly scales: Uint8Array;
}

/**
 * Per-tensor conversion: byte i = element(x[i] · multiplier) (fp: its code; int: two's complement);
 * `multiplier` is the FP32 r = fp32(1 / s_a) the lowering puts in a param word. x and r are FP32, so the
 * double product is the exact one and encodeElement rounds it once.
 */
export function convertPerTensor(x: Float32Array, multiplier: number, el: ElementType): Uint8Array {
  assert(Math.fround(multiplier) === multiplier, `the conversion multiplier ${multiplier} is not an FP32 value`);
  return Uint8Array.from(x, (v) => encodeElement(v * multiplier, el) & 0xff);
}

/** MX conversion of `pixels` × `channels` FP32 values (channels last): each pixel's 32-channel blocks. */
export function convertMx(x: Float32Array, pixels: number, channels: number, el: ElementType): ConvertedInput {
  assert(x.length === pixels * channels, `MX conversion of ${x.length} values as ${pixels} × ${channels}`);
  const blocks = Math.ceil(channels / CHUNK_MAX);
  const bytes = new Uint8Array(x.length);
  const scales = new Uint8Array(pixels * blocks);
  for (let p = 0; p < pixels; p++) {
    for (let b = 0; b < blocks; b++) {
      const c0 = b * CHUNK_MAX;
      const c1 = Math.min(channels, c0 + CHUNK_MAX);
      const q = quantizeMxBlock(x.subarray(p * channels + c0, p * channels + c1), el);
      scales[p * blocks + b] = q.scaleCode;
      q.codes.forEach((code, j) => { bytes[p * channels + c0 + j] = code & 0xff; });
    }
  }
  return { bytes, scales };
}

/**
 * The output conversion: y = fp32(sum · scale[c]) (the FP32 product s_a·s_w of the column's scales; 1 for
 * MX), then the fused clamp in FP32 (ReLU: [0, ∞), ReLU6: [0, 6]; none: ±∞). `sums` is rows × channels.
 */
export function convertOutput(sums: Float32Array, scale: Float32Array, lo: number, hi: number): Float32Array {
  const n = scale.length;
  assert(sums.length % n === 0, `${sums.length} sums are not rows of ${n} channels`);
  return Float32Array.from(sums, (s, e) => {
    const y = Math.fround(s * scale[e % n]!);
    return y < lo ? lo : y > hi ? hi : y;
  });
}

/**
 * The output conversion of an INT8 GEMM inside a float model (§14, the fp8 preset's first GEMM): the
 * int8 mode's int32 sums (after acc_fit) become y = fp32(fp32(acc) · scale[c]) — the int32 → FP32
 * conversion rounds to nearest even, then the FP32 multiply rounds once more — then the fused clamp.
 */
export function convertIntOutput(acc: Int32Array, scale: Float32Array, lo: number, hi: number): Float32Array {
  return convertOutput(Float32Array.from(acc), scale, lo, hi);
}
