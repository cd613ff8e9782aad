// The spec of the int8 GEMM: a plain triple loop over the unpacked operands, no packing, no
// blocking. The fast kernels (fast/gemm-wasm.ts, fast/gemm-js.ts) are tested against it bit for bit.
import type { GemmActivations } from './gemm.js';

/**
 * C[m][n] = bias[n] + sum_k A[m][k] * W[n][k] for A (M x K) and W (N x K), both row-major.
 * The sum is exact in a double (|sum| < 2^31 for K <= MAX_GEMM_K); `| 0` then wraps the bias
 * add modulo 2^32, the int32 adder's rule.
 */
export function gemmReference(
  a: GemmActivations,
  m: number,
  w: Int8Array,
  n: number,
  k: number,
  bias?: Int32Array,
): Int32Array {
  const c = new Int32Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += a[i * k + p]! * w[j * k + p]!;
      c[i * n + j] = ((bias === undefined ? 0 : bias[j]!) + sum) | 0;
    }
  }
  return c;
}

/** Element j of a bit row: bit j % 8 of byte j / 8 (LSB-first, docs/HARDWARE.md), 1 <-> +1, 0 <-> -1. */
function bitValue(bits: Uint8Array, rowByte: number, j: number): number {
  return (bits[rowByte + (j >> 3)]! >> (j & 7)) & 1 ? 1 : -1;
}

/**
 * The binary layer's spec: C[m][n] = bias[n] + sum_k a[m][k] * w[n][k] over values in {-1, +1}
 * read from bit rows of ceil(K/8) bytes (padding bits ignored), then `| 0` (int32 bias add).
 * The fast kernels compute the same as K - 2 * popcount(a XOR w).
 */
export function binaryGemmReference(
  aBits: Uint8Array,
  m: number,
  wBits: Uint8Array,
  n: number,
  k: number,
  bias?: Int32Array,
): Int32Array {
  const rowBytes = Math.ceil(k / 8);
  const c = new Int32Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += bitValue(aBits, i * rowBytes, p) * bitValue(wBits, j * rowBytes, p);
      c[i * n + j] = ((bias === undefined ? 0 : bias[j]!) + sum) | 0;
    }
  }
  return c;
}
