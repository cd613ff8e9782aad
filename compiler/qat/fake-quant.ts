// Fake quantization for QAT: forward on exactly the integer grids the export writes (same divisions,
// same roundHalfEven, same clamps), backward by the straight-through estimator (Bengio et al. 2013) with
// learned step sizes: LSQ (Esser et al. 2020), LSQ+ offsets for asymmetric activations (Bhalgat et al.
// 2020), and the clipped sign estimator of binary networks (Hubara et al. 2016). Gradient rules (v = x/s):
//   multi-bit, codes q = clamp(round(v) + z, qlo, qhi), x̂ = s·(q − z):
//     ∂x̂/∂x = 1 inside [qlo, qhi] (on v + z), else 0
//     ∂x̂/∂s = (q − z − v) inside (q − z = round(v)), (q − z) outside       (LSQ), times g = 1/√(N·Qp)
//     ∂x̂/∂β = 0 inside, 1 outside, β = −s·z the real offset             (LSQ+), times g
//   binary, x̂ = t + β·y, y = +1 if x ≥ t else −1, u = (x − t)/β:
//     ∂x̂/∂x = 1 for |u| ≤ 1 (clipped STE), else 0;  ∂x̂/∂β = (y − u) for |u| ≤ 1, y outside;  ∂x̂/∂t = 0 inside, 1 outside
import { roundHalfEven } from '../../core/rounding.js';
import { gridActQuant } from '../quant/layer-quantization.js';
import { qRange } from '../quant/quant-params.js';

/** A multi-bit activation grid after the fused clamp: x ≈ s·(q − z), q ∈ [qlo, qhi]. */
export interface Grid {
  readonly s: number;
  readonly z: number;
  readonly qlo: number;
  readonly qhi: number;
}

/**
 * The grid of an activation quantizer with scale s and real offset β (z = −β/s rounded half to even and
 * clamped into the dtype, as the export stores an integer zero point), then the fused clamp [actMin,
 * actMax] exactly as insert-quantizers applies it (gridActQuant).
 */
export function activationGrid(s: number, beta: number, bits: number, signed: boolean, actMin: number, actMax: number): Grid {
  const { qmin, qmax } = qRange(bits, signed);
  const z = signed ? 0 : Math.min(qmax, Math.max(qmin, roundHalfEven(-beta / s) + 0));
  const q = gridActQuant(s, z, actMin, actMax, bits, signed);
  return { s, z, qlo: q.qmin, qhi: q.qmax };
}

/** The code of x on a grid: clamp(roundHalfEven(x/s) + z, qlo, qhi) (quantizeValue's rule). */
export function codeOf(x: number, g: Grid): number {
  const q = roundHalfEven(x / g.s) + g.z;
  return q < g.qlo ? g.qlo : q > g.qhi ? g.qhi : q;
}

/** Gradients of one multi-bit fake quantizer, summed over its elements. */
export interface GridGrads {
  ds: number;
  dbeta: number;
}

/** x̂ = s·(q − z) for every element (into `out`), and what backward needs: the codes and the clip mask. */
export function fakeQuantForward(x: Float32Array, g: Grid, out: Float32Array, inside: Uint8Array, codes: Float32Array): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i]! / g.s + g.z;
    const q = codeOf(x[i]!, g);
    codes[i] = q;
    inside[i] = v >= g.qlo && v <= g.qhi ? 1 : 0;
    out[i] = g.s * (q - g.z);
  }
}

/**
 * Backward of a multi-bit fake quantizer whose forward produced `codes`: dx (written into `dx`, may
 * alias dy) and the LSQ/LSQ+ sums Σ dy·∂x̂/∂s and Σ dy·∂x̂/∂β (not yet scaled by g). Inside the clip range
 * ∂x̂/∂s = (q − z) − x/s, which is round(x/s) − x/s for codes of codeOf and the requantizer's rounding of
 * x/s for emulated integer requantization.
 */
export function fakeQuantBackward(x: Float32Array, dy: Float32Array, g: Grid, inside: Uint8Array, codes: Float32Array, dx: Float32Array): GridGrads {
  let ds = 0;
  let dbeta = 0;
  for (let i = 0; i < x.length; i++) {
    const d = dy[i]!;
    if (inside[i]) {
      ds += d * (codes[i]! - g.z - x[i]! / g.s);
      dx[i] = d;
    } else {
      ds += d * (codes[i]! - g.z);
      dbeta += d;
      dx[i] = 0;
    }
  }
  return { ds, dbeta };
}

/** LSQ's gradient scale g = 1/√(N·Qp) for N elements per step size and Qp the largest positive level. */
export function lsqGradScale(n: number, qp: number): number {
  return 1 / Math.sqrt(Math.max(1, n) * Math.max(1, qp));
}

/**
 * Per-channel (or per-tensor: `channels` = 1) symmetric weight fake quantization on [qmin, qmax]:
 * q = clamp(roundHalfEven(w/s_c), qmin, qmax), ŵ = s_c·q. Returns ŵ and the mask of unclipped weights.
 */
export function fakeQuantWeights(w: Float32Array, scales: Float32Array, qmin: number, qmax: number): { out: Float32Array; inside: Uint8Array } {
  const channels = scales.length;
  const k = w.length / channels;
  const out = new Float32Array(w.length);
  const inside = new Uint8Array(w.length);
  for (let c = 0; c < channels; c++) {
    const s = scales[c]!;
    for (let i = c * k; i < (c + 1) * k; i++) {
      const v = w[i]! / s;
      const r = roundHalfEven(v);
      const q = r < qmin ? qmin : r > qmax ? qmax : r;
      inside[i] = v >= qmin && v <= qmax ? 1 : 0;
      out[i] = s * q;
    }
  }
  return { out, inside };
}

/** Backward of fakeQuantWeights: dw (STE inside the clip range) and per-scale Σ dŵ·∂ŵ/∂s (not scaled by g). */
export function fakeQuantWeightsBackward(w: Float32Array, dwq: Float32Array, scales: Float32Array, qmin: number, qmax: number, inside: Uint8Array): { dw: Float32Array; ds: Float64Array } {
  const channels = scales.length;
  const k = w.length / channels;
  const dw = new Float32Array(w.length);
  const ds = new Float64Array(channels);
  for (let c = 0; c < channels; c++) {
    const s = scales[c]!;
    let acc = 0;
    for (let i = c * k; i < (c + 1) * k; i++) {
      const v = w[i]! / s;
      if (inside[i]) {
        dw[i] = dwq[i]!;
        acc += dwq[i]! * (roundHalfEven(v) - v);
      } else {
        acc += dwq[i]! * (v < qmin ? qmin : qmax);
      }
    }
    ds[c] = acc;
  }
  return { dw, ds };
}

/** A binary activation: the threshold t (clamped into [lo, hi]) and the scale β > 0; x̂ = t + β·(x ≥ t ? 1 : −1). */
export interface BinaryGrid {
  readonly t: number;
  readonly beta: number;
}

/** Σ dy·∂x̂/∂β and Σ dy·∂x̂/∂t of a binary quantizer (not scaled by g); dx written into `dx` (may alias dy). */
export function binaryBackward(x: Float32Array, dy: Float32Array, b: BinaryGrid, dx: Float32Array): { dbeta: number; dt: number } {
  let dbeta = 0;
  let dt = 0;
  for (let i = 0; i < x.length; i++) {
    const d = dy[i]!;
    const u = (x[i]! - b.t) / b.beta;
    const y = x[i]! >= b.t ? 1 : -1;
    if (u >= -1 && u <= 1) {
      dbeta += d * (y - u);
      dx[i] = d;
    } else {
      dbeta += d * y;
      dt += d;
      dx[i] = 0;
    }
  }
  return { dbeta, dt };
}
