// The vector unit's FP32 operations between the GEMMs of a float/MX model (issue 18; INTEGER-SEMANTICS §14
// "Between layers", HARDWARE.md §3 "Float and MX datapath"). Activations are FP32, stored channels last
// (pixel-major, a pixel's channels contiguous), the layout the input conversion reads. Max pooling (the
// largest valid element; padding never wins) and the residual add (one FP32 rounding of a + b, then the
// fused clamp) are exact FP32 operations, so they equal the reference's float ops bit for bit. The
// average pools are not here: the reference divides a double sum, and §14 has no hardware rule for them
// yet (HARDWARE.md §3 measures the candidates).
import { assert } from '../../core/diagnostics.js';

/** A pooling window over an h × w image: kernel, stride, leading padding and the output size. */
export interface PoolWindow {
  readonly kernelH: number;
  readonly kernelW: number;
  readonly strideH: number;
  readonly strideW: number;
  readonly padTop: number;
  readonly padLeft: number;
  readonly outH: number;
  readonly outW: number;
}

/**
 * FP32 max pooling of x (h·w pixels × c channels, channels last) → outH·outW pixels × c channels: each
 * output the maximum of the valid input pixels under its window (−∞ for a window wholly in padding).
 */
export function fp32MaxPool(x: Float32Array, h: number, w: number, c: number, win: PoolWindow): Float32Array {
  assert(x.length === h * w * c, `max pool of ${x.length} values as ${h}×${w}×${c}`);
  const out = new Float32Array(win.outH * win.outW * c).fill(-Infinity);
  for (let oy = 0; oy < win.outH; oy++) {
    for (let ox = 0; ox < win.outW; ox++) {
      const o = (oy * win.outW + ox) * c;
      for (let ky = 0; ky < win.kernelH; ky++) {
        const iy = oy * win.strideH + ky - win.padTop;
        if (iy < 0 || iy >= h) continue;
        for (let kx = 0; kx < win.kernelW; kx++) {
          const ix = ox * win.strideW + kx - win.padLeft;
          if (ix < 0 || ix >= w) continue;
          const p = (iy * w + ix) * c;
          for (let ch = 0; ch < c; ch++) if (x[p + ch]! > out[o + ch]!) out[o + ch] = x[p + ch]!;
        }
      }
    }
  }
  return out;
}

/** The FP32 elementwise add of two equal-shaped FP32 regions, y = clamp(fp32(a + b), lo, hi) (none: ±∞). */
export function fp32Add(a: Float32Array, b: Float32Array, lo: number, hi: number): Float32Array {
  assert(a.length === b.length, `FP32 add of ${a.length} and ${b.length} elements`);
  // The double sum of two FP32 values rounded by the Float32Array store is the correctly rounded FP32 sum.
  return Float32Array.from(a, (v, i) => {
    const y = Math.fround(v + b[i]!);
    return y < lo ? lo : y > hi ? hi : y;
  });
}
