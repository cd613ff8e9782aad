// The binary (XNOR-popcount) GEMM of the functional datapath: values in {-1, +1} stored as bits,
// computed by the `xnor_gemm` export of gemm-kernel.wat, or by plain JavaScript as the fallback.
import { assert } from '../../core/diagnostics.js';
import { MAX_GEMM_K } from '../functional/gemm.js';
import { ensureMemory, instantiateKernel, roundUp, wasmSimdAvailable, type KernelExports } from './gemm-wasm.js';

/** Bit weights packed once into a kernel's layout. */
export interface PackedBinaryWeights {
  readonly n: number;
  readonly k: number;
  readonly owner: BinaryGemm;
}

/**
 * An exact binary GEMM over bit rows (K bits in ceil(K/8) bytes per row, element j in bit j % 8
 * of byte j / 8, 1 <-> +1, 0 <-> -1; padding bits are ignored):
 *
 *   C[m][n] = bias[n] + K - 2 * popcount(A[m] XOR W[n])   (= sum_k a * w; bias add wraps as int32)
 */
export interface BinaryGemm {
  readonly backend: 'wasm' | 'js';
  /** Packs N bit rows of K bits once; pass the result to every `gemm` call. */
  packWeights(wBits: Uint8Array, n: number, k: number): PackedBinaryWeights;
  /** C (M x N) for M bit rows of activations; into `out` when given, else a new array. */
  gemm(aBits: Uint8Array, m: number, w: PackedBinaryWeights, bias?: Int32Array, out?: Int32Array): Int32Array;
}

/** A new binary GEMM kernel: the WebAssembly one when the engine has it, unless `js` is requested. */
export function createBinaryGemm(request: 'auto' | 'js' = 'auto'): BinaryGemm {
  const forcedJs = request === 'js' || process.env['ACCSIM_GEMM_BACKEND'] === 'js';
  return !forcedJs && wasmSimdAvailable() ? new WasmBinaryGemm() : new JsBinaryGemm();
}

function checkBits(bits: Uint8Array, rows: number, k: number, what: string): void {
  assert(Number.isInteger(rows) && rows >= 1, `binary gemm: ${what} row count must be a positive integer, got ${rows}`);
  assert(Number.isInteger(k) && k >= 1 && k <= MAX_GEMM_K, `binary gemm: K must be in 1..${MAX_GEMM_K}, got ${k}`);
  const expected = rows * Math.ceil(k / 8);
  assert(bits.length === expected, `binary gemm: ${what} hold ${bits.length} bytes, expected ${rows}*ceil(${k}/8) = ${expected}`);
}

/**
 * Copies bit rows (ceil(k/8) bytes each) into `dst` at `strideBytes` per row, clearing the bits past
 * K: padding bits are then 0 in both operands, so their XOR never counts.
 */
function copyBitRows(src: Uint8Array, rows: number, k: number, dst: Uint8Array, strideBytes: number): void {
  const rowBytes = Math.ceil(k / 8);
  const lastMask = k % 8 === 0 ? 0xff : (1 << k % 8) - 1;
  dst.fill(0);
  for (let r = 0; r < rows; r++) {
    dst.set(src.subarray(r * rowBytes, (r + 1) * rowBytes), r * strideBytes);
    dst[r * strideBytes + rowBytes - 1]! &= lastMask;
  }
}

function checkCall(m: number, w: PackedBinaryWeights, owner: BinaryGemm, bias?: Int32Array, out?: Int32Array): void {
  assert(w.owner === owner, 'binary gemm: weights were packed by another kernel');
  assert(bias === undefined || bias.length === w.n, `binary gemm: bias holds ${bias?.length} values, expected N = ${w.n}`);
  assert(out === undefined || out.length === m * w.n, `binary gemm: output holds ${out?.length} values, expected M*N`);
}

/** Rows are i64 words in wasm memory; 2-row and 2-channel blocks (padding rows are computed, not stored). */
interface WasmPackedBinary extends PackedBinaryWeights {
  readonly offset: number;
  readonly kw: number;
}

/** The WebAssembly kernel: packed weights bump-allocated from address 0, then one call's areas. */
export class WasmBinaryGemm implements BinaryGemm {
  readonly backend = 'wasm' as const;
  private readonly kernel: KernelExports = instantiateKernel();
  private weightsTop = 0;

  packWeights(wBits: Uint8Array, n: number, k: number): PackedBinaryWeights {
    checkBits(wBits, n, k, 'weights');
    const kw = Math.ceil(k / 64);
    const offset = this.weightsTop;
    this.weightsTop = offset + roundUp(n, 2) * kw * 8;
    ensureMemory(this.kernel.memory, this.weightsTop);
    copyBitRows(wBits, n, k, new Uint8Array(this.kernel.memory.buffer, offset, this.weightsTop - offset), kw * 8);
    const packed: WasmPackedBinary = { n, k, owner: this, offset, kw };
    return packed;
  }

  gemm(aBits: Uint8Array, m: number, w: PackedBinaryWeights, bias?: Int32Array, out?: Int32Array): Int32Array {
    checkBits(aBits, m, w.k, 'activations');
    checkCall(m, w, this, bias, out);
    const { n, k, kw, offset } = w as WasmPackedBinary;
    const a = this.weightsTop;
    const biasAt = a + roundUp(m, 2) * kw * 8;
    const c = biasAt + roundUp(n, 2) * 4;
    ensureMemory(this.kernel.memory, c + m * n * 4);
    const memory = this.kernel.memory.buffer;
    copyBitRows(aBits, m, k, new Uint8Array(memory, a, biasAt - a), kw * 8);
    const paddedBias = new Int32Array(memory, biasAt, roundUp(n, 2));
    paddedBias.fill(0);
    if (bias !== undefined) paddedBias.set(bias);
    this.kernel.xnor_gemm(a, offset, biasAt, c, m, n, kw, k);
    const result = out ?? new Int32Array(m * n);
    result.set(new Int32Array(memory, c, m * n));
    return result;
  }
}

/** Bits set in a 32-bit word (SWAR: pairs, nibbles, then a multiply sums the bytes). */
function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Plain JavaScript: rows of 32-bit words, padding bits cleared. */
interface JsPackedBinary extends PackedBinaryWeights {
  readonly words: Int32Array;
  readonly kw: number;
}

/** The JavaScript fallback (and an independent check of the wasm kernel). */
export class JsBinaryGemm implements BinaryGemm {
  readonly backend = 'js' as const;

  packWeights(wBits: Uint8Array, n: number, k: number): PackedBinaryWeights {
    checkBits(wBits, n, k, 'weights');
    const packed: JsPackedBinary = { n, k, owner: this, ...toWords(wBits, n, k) };
    return packed;
  }

  gemm(aBits: Uint8Array, m: number, w: PackedBinaryWeights, bias?: Int32Array, out?: Int32Array): Int32Array {
    checkBits(aBits, m, w.k, 'activations');
    checkCall(m, w, this, bias, out);
    const { n, k, kw, words } = w as JsPackedBinary;
    const a = toWords(aBits, m, k).words;
    const c = out ?? new Int32Array(m * n);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let differ = 0;
        for (let p = 0; p < kw; p++) differ += popcount32(a[i * kw + p]! ^ words[j * kw + p]!);
        c[i * n + j] = ((bias === undefined ? 0 : bias[j]!) + k - 2 * differ) | 0;
      }
    }
    return c;
  }
}

/** Bit rows as little-endian 32-bit words (the byte order of the bit layout), padding cleared. */
function toWords(bits: Uint8Array, rows: number, k: number): { words: Int32Array; kw: number } {
  const kw = Math.ceil(k / 32);
  const bytes = new Uint8Array(rows * kw * 4);
  copyBitRows(bits, rows, k, bytes, kw * 4);
  const words = new Int32Array(rows * kw);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < words.length; i++) words[i] = view.getInt32(i * 4, true);
  return { words, kw };
}
