// The vector unit's conversions of the float/MX datapath (issue 18; INTEGER-SEMANTICS §14, HARDWARE.md §3
// "Float and MX datapath"): a GEMM's FP32 input, stored channels last (one pixel's channels contiguous),
// becomes the element bytes the array reads and, for MX, one E8M0 scale byte per pixel and 32-channel
// block for the scale side buffer; a GEMM's FP32 sums become its FP32 outputs. The input conversion is
// §14's exactly: element(x / s) for per-tensor formats (s a double: see HARDWARE.md on why the
// datapath wants x · fp32(1/s) instead), and the OCP MX block conversion (core/mx-block.ts) for MX.
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

/** Per-tensor conversion: byte i = element(x[i] / realScale) (fp: its code; int: two's complement). */
export function convertPerTensor(x: Float32Array, realScale: number, el: ElementType): Uint8Array {
  return Uint8Array.from(x, (v) => encodeElement(v / realScale, el) & 0xff);
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
