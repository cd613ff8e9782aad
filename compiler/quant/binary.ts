// Binary (XNOR) layers: sign binarization, per-channel α, bit packing (1 ↔ +1), popcount and the XNOR dot.
import { assert } from '../../core/diagnostics.js';

/** Sign binarization: x ≥ 0 → +1, x < 0 → −1 (0 maps to +1, so every value has a level). */
export function binarize(data: ArrayLike<number>): Int8Array {
  return Int8Array.from(data, (x) => (x >= 0 ? 1 : -1));
}

/** Binarizes integer codes by the sign of their real value: q ≥ zeroPoint → +1, else −1. */
export function binarizeQuantized(q: ArrayLike<number>, zeroPoint: number): Int8Array {
  return Int8Array.from(q, (v) => (v >= zeroPoint ? 1 : -1));
}

/**
 * Per-output-channel weight scale of a binary layer (XNOR-Net): α[n] = mean_k |W[n, k]| for a
 * row-major [rows, k] matrix. W[n, :] ≈ α[n] · sign(W[n, :]) minimises the L2 error for that row.
 */
export function channelMeanAbs(weights: ArrayLike<number>, rows: number, k: number): Float64Array {
  assert(weights.length === rows * k && k > 0, `weights have ${weights.length} elements, expected ${rows}×${k}`);
  const alpha = new Float64Array(rows);
  // Stryker disable next-line EqualityOperator: n <= rows writes alpha[rows], past its end (dropped); the >= flip is killed
  for (let n = 0; n < rows; n++) {
    let sum = 0;
    for (let j = 0; j < k; j++) sum += Math.abs(weights[n * k + j]!);
    alpha[n] = sum / k;
  }
  return alpha;
}

/** 32-bit words per packed row of k binary values. */
export function wordsPerRow(k: number): number {
  return Math.ceil(k / 32);
}

/**
 * Packs the signs of a row-major [rows, k] array into 32-bit words, row by row: element j of a row is
 * bit (j mod 32) (LSB first) of word ⌊j/32⌋, set when the value is ≥ 0 (+1). Padding bits past k are 0
 * in every row, which `xnorDot` relies on.
 */
export function packSigns(values: ArrayLike<number>, rows: number, k: number): Uint32Array {
  assert(values.length === rows * k && k > 0, `values have ${values.length} elements, expected ${rows}×${k}`);
  const wpr = wordsPerRow(k);
  const out = new Uint32Array(rows * wpr);
  // Stryker disable next-line EqualityOperator: r <= rows reads past values (undefined >= 0 is false: no bit set); the >= flip is killed
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < k; j++) {
      if (values[r * k + j]! >= 0) out[r * wpr + (j >>> 5)]! |= 1 << (j & 31);
    }
  }
  return out;
}

/** Inverse of `packSigns`: ±1 values, row-major [rows, k]. */
export function unpackSigns(bits: Uint32Array, rows: number, k: number): Int8Array {
  const wpr = wordsPerRow(k);
  assert(bits.length === rows * wpr, `packed data has ${bits.length} words, expected ${rows}×${wpr}`);
  const out = new Int8Array(rows * k);
  // Stryker disable next-line EqualityOperator: r <= rows writes past the end of out (dropped); the >= flip is killed
  for (let r = 0; r < rows; r++) {
    // Stryker disable next-line EqualityOperator: j <= k writes the next row's first slot, which that row rewrites (past the end for the last); the >= flip is killed
    for (let j = 0; j < k; j++) out[r * k + j] = (bits[r * wpr + (j >>> 5)]! >>> (j & 31)) & 1 ? 1 : -1;
  }
  return out;
}

/** Number of set bits of the low 32 bits of x (SWAR, as in Hacker's Delight §5-1). */
export function popcount32(x: number): number {
  let v = x >>> 0;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/**
 * The ±1 dot product of two packed rows of k values: `k − 2·popcount(x XOR w)` (each mismatch turns a
 * +1 term into −1). Reads `wordsPerRow(k)` words from each array at the given word offsets; the padding
 * bits past k must be equal in both rows (packSigns leaves them 0), so they add no mismatches.
 */
export function xnorDot(k: number, xBits: Uint32Array, wBits: Uint32Array, xOffset = 0, wOffset = 0): number {
  const words = wordsPerRow(k);
  let mismatches = 0;
  for (let i = 0; i < words; i++) mismatches += popcount32(xBits[xOffset + i]! ^ wBits[wOffset + i]!);
  return k - 2 * mismatches;
}
