// The plain JavaScript int8 GEMM: register-blocked 4 rows x 4 output channels over weights
// packed once. It is the fallback when WebAssembly SIMD is unavailable and the honest baseline
// that `npm run bench` compares the simulator against (issue 6).
import {
  checkGemmShapes,
  checkWeightShape,
  type GemmActivations,
  type Int8Gemm,
  type PackedWeights,
} from '../functional/gemm.js';
import { assert } from '../../core/diagnostics.js';

/** Output channels per register block (and per packed weight block). */
const NR = 4;

/** Weights in blocks of 4 channels, k-major inside a block: data[(jb*K + k)*4 + c] = W[4*jb + c][k]. */
interface JsPackedWeights extends PackedWeights {
  readonly data: Int8Array;
}

/** The JavaScript kernel (see the Int8Gemm contract in gemm.ts). */
export class JsInt8Gemm implements Int8Gemm {
  readonly backend = 'js' as const;
  private result = new Int32Array(0);

  /** Interleaves 4 channels per k so the inner loop reads one contiguous stream of weights. */
  packWeights(w: Int8Array, n: number, k: number): PackedWeights {
    checkWeightShape(w, n, k);
    const blocks = Math.ceil(n / NR);
    const data = new Int8Array(blocks * k * NR); // channels past N stay 0
    for (let j = 0; j < n; j++) {
      const base = Math.floor(j / NR) * k * NR + (j % NR);
      for (let p = 0; p < k; p++) data[base + p * NR] = w[j * k + p]!;
    }
    const packed: JsPackedWeights = { n, k, owner: this, data };
    return packed;
  }

  gemm(a: GemmActivations, m: number, w: PackedWeights, bias?: Int32Array, out?: Int32Array): Int32Array {
    checkGemmShapes(a, m, w, bias, out);
    const c = out ?? new Int32Array(m * w.n);
    this.run(a, m, this.own(w), bias, c);
    return c;
  }

  gemmView(a: GemmActivations, m: number, w: PackedWeights, bias?: Int32Array): Int32Array {
    checkGemmShapes(a, m, w, bias, undefined);
    if (this.result.length < m * w.n) this.result = new Int32Array(m * w.n);
    const c = this.result.subarray(0, m * w.n);
    this.run(a, m, this.own(w), bias, c);
    return c;
  }

  activationView(m: number, w: PackedWeights, kind: 'int8'): Int8Array;
  activationView(m: number, w: PackedWeights, kind: 'uint8'): Uint8Array;
  activationView(m: number, w: PackedWeights, kind: 'int8' | 'uint8'): GemmActivations {
    // Plain JavaScript reads any array in place, so a fresh array is already copy-free.
    return kind === 'int8' ? new Int8Array(m * w.k) : new Uint8Array(m * w.k);
  }

  private own(w: PackedWeights): JsPackedWeights {
    assert(w.owner === this, 'gemm: weights were packed by another kernel');
    return w as JsPackedWeights;
  }

  private run(a: GemmActivations, m: number, w: JsPackedWeights, bias: Int32Array | undefined, c: Int32Array): void {
    const { n } = w;
    for (let j = 0; j < n; j += NR) {
      let i = 0;
      for (; i + 4 <= m; i += 4) tile4x4(a, i, w, j, c);
      for (; i < m; i++) tile1x4(a, i, w, j, c);
    }
    if (bias !== undefined) {
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) c[i * n + j] = (c[i * n + j]! + bias[j]!) | 0;
    }
  }
}

/** Stores the first min(4, N - j) channels of one output row. */
function storeRow(c: Int32Array, at: number, valid: number, s0: number, s1: number, s2: number, s3: number): void {
  c[at] = s0;
  if (valid > 1) c[at + 1] = s1;
  if (valid > 2) c[at + 2] = s2;
  if (valid > 3) c[at + 3] = s3;
}

/** Rows i..i+3 x channels j..j+3: 16 accumulators in locals, 8 loads per 16 multiply-adds. */
function tile4x4(a: GemmActivations, i: number, w: JsPackedWeights, j: number, c: Int32Array): void {
  const { k, n, data } = w;
  const r0 = i * k, r1 = r0 + k, r2 = r1 + k, r3 = r2 + k;
  let pb = j * k; // block j/4 starts at (j/4)*k*4
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  for (let p = 0; p < k; p++, pb += NR) {
    const b0 = data[pb]!, b1 = data[pb + 1]!, b2 = data[pb + 2]!, b3 = data[pb + 3]!;
    const a0 = a[r0 + p]!, a1 = a[r1 + p]!, a2 = a[r2 + p]!, a3 = a[r3 + p]!;
    c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
    c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
    c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
    c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
  }
  const valid = n - j;
  storeRow(c, i * n + j, valid, c00, c01, c02, c03);
  storeRow(c, (i + 1) * n + j, valid, c10, c11, c12, c13);
  storeRow(c, (i + 2) * n + j, valid, c20, c21, c22, c23);
  storeRow(c, (i + 3) * n + j, valid, c30, c31, c32, c33);
}

/** One leftover row x channels j..j+3. */
function tile1x4(a: GemmActivations, i: number, w: JsPackedWeights, j: number, c: Int32Array): void {
  const { k, n, data } = w;
  const r0 = i * k;
  let pb = j * k;
  let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
  for (let p = 0; p < k; p++, pb += NR) {
    const a0 = a[r0 + p]!;
    c0 += a0 * data[pb]!; c1 += a0 * data[pb + 1]!; c2 += a0 * data[pb + 2]!; c3 += a0 * data[pb + 3]!;
  }
  storeRow(c, i * n + j, n - j, c0, c1, c2, c3);
}
