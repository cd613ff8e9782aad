// The f32 matrix product every convolution and dense layer of the training engine runs on: the
// WebAssembly SIMD kernel (sgemm-kernel.wat) or, on an engine without SIMD or when asked
// (ACCSIM_TRAIN_BACKEND=js), the plain JavaScript loop below. Both are deterministic: a given call
// returns the same bits every time, so fixed seeds give byte-identical training runs.
import { assert } from '../../core/diagnostics.js';
import { SGEMM_KERNEL_WASM_BASE64 } from './sgemm-kernel-wasm.js';

/** How the right operand is stored: B as [k][n] row-major ('kn'), or its transpose [n][k] ('nk'). */
export type BLayout = 'kn' | 'nk';

/** c[m×n] = a[m×k] · B (a row-major with row stride k; c row-major with row stride n, overwritten). */
export interface Sgemm {
  readonly backend: 'wasm' | 'js';
  matmul(c: Float32Array, a: Float32Array, b: Float32Array, m: number, n: number, k: number, bLayout: BLayout): void;
}

function checkShapes(c: Float32Array, a: Float32Array, b: Float32Array, m: number, n: number, k: number): void {
  assert(m >= 0 && n >= 0 && k >= 0 && a.length >= m * k && b.length >= k * n && c.length >= m * n,
    `sgemm operands too short for ${m}x${k} · ${k}x${n} (a ${a.length}, b ${b.length}, c ${c.length})`);
}

/** The reference loop: each output summed in increasing k in float64, rounded once to f32. */
export class JsSgemm implements Sgemm {
  readonly backend = 'js' as const;
  matmul(c: Float32Array, a: Float32Array, b: Float32Array, m: number, n: number, k: number, bLayout: BLayout): void {
    checkShapes(c, a, b, m, n, k);
    const [sk, sn] = bLayout === 'kn' ? [n, 1] : [1, k];
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let t = 0, ai = i * k, bi = j * sn; t < k; t++, ai++, bi += sk) s += a[ai]! * b[bi]!;
        c[i * n + j] = s;
      }
    }
  }
}

// The few members of the WebAssembly JS API used here (the tsconfig's lib has no DOM types).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface KernelExports {
  memory: WasmMemory;
  pack_kn(src: number, ldb: number, dst: number, kdim: number, n: number): void;
  pack_nk(src: number, ldt: number, dst: number, kdim: number, n: number): void;
  sgemm(a: number, lda: number, bp: number, c: number, ldc: number, m: number, panels: number, kdim: number, k0: number, k1: number, acc: number): void;
}
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: unknown };
};

const PAGE_BYTES = 65536;
/** Reduction steps per kernel call: a 256-row slice of a packed panel (8 KiB) stays in L1 while every row block uses it. */
const K_BLOCK = 256;

let module: object | null | undefined;

/** The compiled kernel, or null when this engine lacks WebAssembly SIMD (compiled once per thread). */
function kernelModule(): object | null {
  if (module === undefined) {
    const bytes = Buffer.from(SGEMM_KERNEL_WASM_BASE64, 'base64');
    module = typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  }
  return module;
}

/** The WebAssembly kernel with its own memory: a, raw B, packed B and c are copied in and out per call. */
export class WasmSgemm implements Sgemm {
  readonly backend = 'wasm' as const;
  private readonly k: KernelExports;

  constructor(compiled: object) {
    this.k = new WebAssembly.Instance(compiled).exports as KernelExports;
  }

  matmul(c: Float32Array, a: Float32Array, b: Float32Array, m: number, n: number, k: number, bLayout: BLayout): void {
    checkShapes(c, a, b, m, n, k);
    if (m === 0 || n === 0) return;
    if (k === 0) {
      c.fill(0, 0, m * n);
      return;
    }
    const panels = Math.ceil(n / 8);
    const ldc = panels * 8;
    const mPad = Math.ceil(m / 4) * 4;
    // Byte offsets: A (mPad rows: the kernel reads whole blocks of 4), raw B, packed B, C.
    const aOff = 0;
    const bOff = aOff + mPad * k * 4;
    const pOff = bOff + k * n * 4;
    const cOff = pOff + panels * k * 32;
    this.reserve(cOff + mPad * ldc * 4);
    const heap = new Float32Array(this.k.memory.buffer);
    heap.set(a.subarray(0, m * k), aOff / 4);
    heap.set(b.subarray(0, k * n), bOff / 4);
    if (bLayout === 'kn') this.k.pack_kn(bOff, n, pOff, k, n);
    else this.k.pack_nk(bOff, k, pOff, k, n);
    for (let k0 = 0; k0 < k; k0 += K_BLOCK) {
      this.k.sgemm(aOff, k, pOff, cOff, ldc, m, panels, k, k0, Math.min(k, k0 + K_BLOCK), k0 > 0 ? 1 : 0);
    }
    if (ldc === n) c.set(heap.subarray(cOff / 4, cOff / 4 + m * n));
    else for (let i = 0; i < m; i++) c.set(heap.subarray(cOff / 4 + i * ldc, cOff / 4 + i * ldc + n), i * n);
  }

  private reserve(bytes: number): void {
    const have = this.k.memory.buffer.byteLength;
    if (bytes > have) this.k.memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
  }
}

/** True when this engine runs the WebAssembly SIMD kernel. */
export function wasmSgemmAvailable(): boolean {
  return kernelModule() !== null;
}

/**
 * The fastest backend available, or the one asked for: `backend` or ACCSIM_TRAIN_BACKEND ('js' forces
 * the JavaScript loop; 'wasm' without SIMD support falls back to it).
 */
export function createSgemm(backend: 'wasm' | 'js' | undefined = process.env['ACCSIM_TRAIN_BACKEND'] as 'js' | undefined): Sgemm {
  const compiled = backend === 'js' ? null : kernelModule();
  return compiled === null ? new JsSgemm() : new WasmSgemm(compiled);
}
