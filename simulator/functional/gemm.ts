// The int8 GEMM contract of the functional datapath: the interface every kernel implements
// (fast/gemm-wasm.ts, fast/gemm-js.ts) and the shape checks they share. gemm-reference.ts is its spec.
import { assert } from '../../core/diagnostics.js';

/**
 * Activation codes: `Int8Array` for signed int8 (int4 codes are int8 values in [-8, 7]),
 * `Uint8Array` for asymmetric uint8 activations in [0, 255]. Both are exact, no zero-point
 * correction needed: the kernels widen u8 by zero extension.
 */
export type GemmActivations = Int8Array | Uint8Array;

/** Which kernel computes the products. */
export type GemmBackendName = 'wasm-simd' | 'js';

/** Largest K: |sum| <= K * 255 * 128 must stay below 2^31 (255 * 128 * 65536 = 2139095040). */
export const MAX_GEMM_K = 65536;

/** Weights packed once into a kernel's layout, reused by every call on that kernel. */
export interface PackedWeights {
  /** Output channels (rows of the unpacked N x K weight matrix). */
  readonly n: number;
  /** Reduction length. */
  readonly k: number;
  /** The kernel that packed them (a packing is only valid there). */
  readonly owner: Int8Gemm;
}

/**
 * An exact int8 GEMM:
 *
 *   C[m][n] = bias[n] + sum_k A[m][k] * W[n][k]     (A: M x K, W: N x K, C: M x N, row-major)
 *
 * The sum is exact (no overflow is possible for K <= MAX_GEMM_K); adding the bias wraps modulo
 * 2^32 like an int32 adder. A caller that needs saturation omits the bias and adds it itself.
 */
export interface Int8Gemm {
  readonly backend: GemmBackendName;
  /** Packs W (N x K, output-channel-major int8) once; pass the result to every `gemm` call. */
  packWeights(w: Int8Array, n: number, k: number): PackedWeights;
  /** C for M rows of activations; written into `out` when given (length M x N), else a new array. */
  gemm(a: GemmActivations, m: number, w: PackedWeights, bias?: Int32Array, out?: Int32Array): Int32Array;
  /**
   * Like `gemm`, but returns the kernel's own result buffer (no copy): valid until the next call
   * on this kernel.
   */
  gemmView(a: GemmActivations, m: number, w: PackedWeights, bias?: Int32Array): Int32Array;
  /**
   * An M x K activation buffer (K of `w`) that `gemm`/`gemmView` read without copying when it is
   * passed back as `a`: the WebAssembly kernel's own input area, with room reserved for a call
   * with these M and weights. It stays valid across such calls; `packWeights` or a call with a
   * larger shape may move or detach it.
   */
  activationView(m: number, w: PackedWeights, kind: 'int8'): Int8Array;
  activationView(m: number, w: PackedWeights, kind: 'uint8'): Uint8Array;
}

/** Checks the shapes of one call against the contract (internal invariants: the caller built them). */
export function checkGemmShapes(
  a: GemmActivations,
  m: number,
  w: PackedWeights,
  bias: Int32Array | undefined,
  out: Int32Array | undefined,
): void {
  assert(Number.isInteger(m) && m >= 1, `gemm: M must be a positive integer, got ${m}`);
  assert(a.length === m * w.k, `gemm: activations hold ${a.length} values, expected M*K = ${m}*${w.k}`);
  assert(bias === undefined || bias.length === w.n, `gemm: bias holds ${bias?.length} values, expected N = ${w.n}`);
  assert(out === undefined || out.length === m * w.n, `gemm: output holds ${out?.length} values, expected M*N = ${m}*${w.n}`);
}

/** Checks a weight matrix before packing. */
export function checkWeightShape(w: Int8Array, n: number, k: number): void {
  assert(Number.isInteger(n) && n >= 1, `packWeights: N must be a positive integer, got ${n}`);
  assert(Number.isInteger(k) && k >= 1 && k <= MAX_GEMM_K, `packWeights: K must be in 1..${MAX_GEMM_K}, got ${k}`);
  assert(w.length === n * k, `packWeights: weights hold ${w.length} values, expected N*K = ${n}*${k}`);
}
