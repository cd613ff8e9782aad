// Depthwise convolution (one input and one output channel per group) as direct loops over NHWC data:
// a GEMM per channel would multiply by a single weight row.
//   y[n, oy, ox, c] = Σ_{ky,kx} x[n, oy·sh − pt + ky·dh, ox·sw − pl + kx·dw, c] · w[c, 0, ky, kx]   (0 outside)
import type { ConvGeometry } from './im2col.js';

/** For each output pixel (oy, ox) and tap, the input pixel index (iy·w + ix) in one image, or −1 in the padding. */
function tapSources(g: ConvGeometry): Int32Array {
  const taps = g.kh * g.kw;
  const out = new Int32Array(g.oh * g.ow * taps);
  for (let oy = 0, o = 0; oy < g.oh; oy++) {
    for (let ox = 0; ox < g.ow; ox++) {
      for (let ky = 0; ky < g.kh; ky++) {
        for (let kx = 0; kx < g.kw; kx++, o++) {
          const iy = oy * g.sh - g.pt + ky * g.dh;
          const ix = ox * g.sw - g.pl + kx * g.dw;
          out[o] = iy < 0 || iy >= g.h || ix < 0 || ix >= g.w ? -1 : iy * g.w + ix;
        }
      }
    }
  }
  return out;
}

/** Forward without bias into y [n·oh·ow][c] (overwritten); taps in the padding read `pad`. */
export function depthwiseForward(x: Float32Array, w: Float32Array, g: ConvGeometry, y: Float32Array, pad = 0): void {
  const taps = g.kh * g.kw;
  const src = tapSources(g);
  const c = g.cin;
  const pix = g.oh * g.ow;
  const acc = new Float64Array(c);
  for (let b = 0; b < g.n; b++) {
    const xb = b * g.h * g.w;
    for (let p = 0; p < pix; p++) {
      acc.fill(0);
      for (let t = 0; t < taps; t++) {
        const s = src[p * taps + t]!;
        if (s < 0) {
          if (pad !== 0) for (let ch = 0; ch < c; ch++) acc[ch]! += pad * w[ch * taps + t]!;
          continue;
        }
        const xo = (xb + s) * c;
        for (let ch = 0; ch < c; ch++) acc[ch]! += x[xo + ch]! * w[ch * taps + t]!;
      }
      y.set(acc, (b * pix + p) * c);
    }
  }
}

/** Adds the weight gradient into dw [c][taps] and, when given, the input gradient into dx (padded taps read `pad`). */
export function depthwiseBackward(x: Float32Array, w: Float32Array, dy: Float32Array, g: ConvGeometry, dw: Float32Array, dx: Float32Array | undefined, pad = 0): void {
  const taps = g.kh * g.kw;
  const src = tapSources(g);
  const c = g.cin;
  const pix = g.oh * g.ow;
  const acc = new Float64Array(c * taps);
  for (let b = 0; b < g.n; b++) {
    const xb = b * g.h * g.w;
    for (let p = 0; p < pix; p++) {
      const yo = (b * pix + p) * c;
      for (let t = 0; t < taps; t++) {
        const s = src[p * taps + t]!;
        if (s < 0) {
          if (pad !== 0) for (let ch = 0; ch < c; ch++) acc[ch * taps + t]! += dy[yo + ch]! * pad;
          continue;
        }
        const xo = (xb + s) * c;
        for (let ch = 0; ch < c; ch++) {
          const d = dy[yo + ch]!;
          acc[ch * taps + t]! += d * x[xo + ch]!;
          if (dx) dx[xo + ch]! += d * w[ch * taps + t]!;
        }
      }
    }
  }
  for (let i = 0; i < acc.length; i++) dw[i]! += acc[i]!;
}
