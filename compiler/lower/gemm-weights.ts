// Weight packing for conv/dense layers. The reduction index of the implicit im2col is tap-major,
// kk = (ky·kw + kx)·cinPad + c, matching NHWC (a pixel's channels are contiguous); a dense layer after
// an NCHW flatten is a conv whose kernel is the whole input, so the same formula permutes its weights
// from the NCHW flatten order (c·H·W + y·W + x) to the NHWC one. Vector v of the weight stream holds
// elements c·P + p = W[v·P + p, n0 + c] for the C columns (HARDWARE.md §3), the same for ws (chunk j =
// vectors j·R … j·R+R−1 latched by one LOAD_WEIGHTS) and os (vector j fed at step j).
import { setElement, weightCode } from './layout.js';
import type { ConvShape, GemmPlan } from './tiling.js';

/**
 * Packs OIHW weights (dense: [out, C·H·W] in NCHW flatten order, the same numbers) into
 * nTiles × kChunks × R vectors of `vecBytes` bytes; padded channels and columns are 0.
 */
export function packGemmWeights(w: ArrayLike<number>, s: ConvShape, p: GemmPlan, R: number, C: number, vecBytes: number): Uint8Array {
  const cinPad = (p.pixBytes * 8) / p.bits;
  const chunkBytes = R * vecBytes;
  const out = new Uint8Array(p.nTiles * p.kChunks * chunkBytes);
  const taps = s.kh * s.kw;
  for (let j = 0; j < p.nTiles; j++) {
    for (let col = 0; col < C; col++) {
      const n = j * C + col;
      if (n >= s.cout) break;
      for (let kk = 0; kk < p.kel; kk++) {
        const t = Math.floor(kk / cinPad);
        const c = kk % cinPad;
        if (c >= s.cin || t >= taps) continue;
        const value = w[(n * s.cin + c) * taps + t]!;
        const chunk = Math.floor(kk / p.kTile);
        const r = Math.floor((kk % p.kTile) / p.P);
        const base = ((j * p.kChunks + chunk) * R + r) * vecBytes;
        setElement(out, base, col * p.P + (kk % p.P), p.bits, weightCode(value, p.bits));
      }
    }
  }
  return out;
}
