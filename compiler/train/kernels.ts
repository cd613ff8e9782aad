// The kernels the training engine spends its time in: the f32 matrix product of every convolution and
// dense layer, and the elementwise fake quantization that reproduces integer requantization (its
// forward and its STE/LSQ backward). The WebAssembly SIMD module (kernels.wat) runs them; on an engine
// without SIMD, or when asked (ACCSIM_TRAIN_BACKEND=js), the plain JavaScript loops below do. Both are
// deterministic: a call returns the same bits every time, so fixed seeds give byte-identical runs.
import { assert } from '../../core/diagnostics.js';
import { compileWasmModule, ensureMemory, instantiateWasm, type WasmMemory, type WasmModule } from '../../core/wasm-module.js';
import { TRAIN_KERNELS_WASM_BASE64 } from './kernels-wasm.js';

/** How the right operand is stored: B as [k][n] row-major ('kn'), or its transpose [n][k] ('nk'). */
export type BLayout = 'kn' | 'nk';

/**
 * Fake quantization reproducing integer requantization (compiler/qat): element i of x is in channel
 * i mod channels, whose accumulator is a = floor(x·inv[c] + 1/2), requantized with the Q31 multiplier
 * m0[c] and right shift right[c] (MultiplyByQuantizedMultiplier's fast path), then q = clamp(· + z, qlo,
 * qhi); out = s·(q − z) and codes = q.
 */
export interface RequantArgs {
  readonly x: Float32Array;
  readonly channels: number;
  readonly inv: Float64Array;
  /** Added to x·inv before the floor: 1/2, plus the integer bias minus the float constant (accumulator-emulation.ts). */
  readonly add: Float64Array;
  readonly m0: Float64Array;
  readonly right: Int32Array;
  readonly s: number;
  readonly z: number;
  readonly qlo: number;
  readonly qhi: number;
  readonly out: Float32Array;
  readonly codes: Float32Array;
}

/** The gradient sums of a multi-bit fake quantizer (see fakeQuantGrads). */
export interface QuantGradSums {
  readonly ds: number;
  readonly dbeta: number;
}

export interface TrainKernels {
  readonly backend: 'wasm' | 'js';
  /** c[m×n] = a[m×k] · B (a row-major with row stride k; c row-major with row stride n, overwritten). */
  matmul(c: Float32Array, a: Float32Array, b: Float32Array, m: number, n: number, k: number, bLayout: BLayout): void;
  /** The requantization of RequantArgs; false (outputs unspecified) when some |a| ≥ 2^21, where the caller's exact path must run. */
  requantCodes(r: RequantArgs): boolean;
  /**
   * STE/LSQ/LSQ+ backward over codes q: v = x·sinv + z, inside = qlo ≤ v ≤ qhi; dy becomes dx (dy where
   * inside, else 0); ds = Σ dy·(q − z − (inside ? x·sinv : 0)), dbeta = Σ dy where outside.
   */
  fakeQuantGrads(x: Float32Array, dy: Float32Array, codes: Float32Array, sinv: number, z: number, qlo: number, qhi: number): QuantGradSums;
}

function checkShapes(c: Float32Array, a: Float32Array, b: Float32Array, m: number, n: number, k: number): void {
  assert(m >= 0 && n >= 0 && k >= 0 && a.length >= m * k && b.length >= k * n && c.length >= m * n,
    `sgemm operands too short for ${m}x${k} · ${k}x${n} (a ${a.length}, b ${b.length}, c ${c.length})`);
}

/** |a| below this: a·m0 + 2^30 is an exact double (multiplyByQuantizedMultiplierSmall's domain). */
const SMALL_ACC = 2 ** 21;

/** The reference loops: matmul sums each output in increasing k in float64 and rounds once to f32. */
export class JsKernels implements TrainKernels {
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

  requantCodes(r: RequantArgs): boolean {
    for (let i = 0, c = 0; i < r.x.length; i++, c = c + 1 === r.channels ? 0 : c + 1) {
      const a = Math.floor(r.x[i]! * r.inv[c]! + r.add[c]!);
      if (!(Math.abs(a) < SMALL_ACC)) return false;
      const ab = a * r.m0[c]!;
      const h = Math.trunc((ab + (ab >= 0 ? 2 ** 30 : 1 - 2 ** 30)) * 2 ** -31);
      const p = 2 ** r.right[c]!;
      const fq = Math.floor(h / p);
      let q = fq + (h - fq * p > Math.floor((p - 1) / 2) + (h < 0 ? 1 : 0) ? 1 : 0) + r.z;
      q = q < r.qlo ? r.qlo : q > r.qhi ? r.qhi : q;
      r.codes[i] = q;
      r.out[i] = r.s * (q - r.z);
    }
    return true;
  }

  fakeQuantGrads(x: Float32Array, dy: Float32Array, codes: Float32Array, sinv: number, z: number, qlo: number, qhi: number): QuantGradSums {
    let ds = 0;
    let dbeta = 0;
    for (let i = 0; i < x.length; i++) {
      const u = x[i]! * sinv;
      const inside = u + z >= qlo && u + z <= qhi;
      const d = dy[i]!;
      ds += d * (codes[i]! - z - (inside ? u : 0));
      if (!inside) dbeta += d;
      dy[i] = inside ? d : 0;
    }
    return { ds, dbeta };
  }
}

/** The kernels' exports (signatures in kernels.wat). */
interface KernelExports {
  memory: WasmMemory;
  pack_kn(src: number, ldb: number, dst: number, kdim: number, n: number): void;
  pack_nk(src: number, ldt: number, dst: number, kdim: number, n: number): void;
  sgemm(a: number, lda: number, bp: number, c: number, ldc: number, m: number, panels: number, kdim: number, k0: number, k1: number, acc: number): void;
  fq_requant(x: number, n: number, c: number, inv: number, m0: number, pinv: number, p: number, hm: number, add: number, s: number, z: number, qlo: number, qhi: number, out: number, codes: number): number;
  fq_grads(x: number, dy: number, codes: number, n: number, sinv: number, z: number, qlo: number, qhi: number, sums: number): void;
}
/** Reduction steps per kernel call: a 256-row slice of a packed panel (8 KiB) stays in L1 while every row block uses it. */
const K_BLOCK = 256;

let module: WasmModule | null | undefined;

/** The compiled kernels, or null when this engine lacks WebAssembly SIMD (compiled once per thread). */
function kernelModule(): WasmModule | null {
  if (module === undefined) module = compileWasmModule(TRAIN_KERNELS_WASM_BASE64);
  return module;
}

/** The WebAssembly kernels with their own memory: operands are copied in and results out per call. */
export class WasmKernels implements TrainKernels {
  readonly backend = 'wasm' as const;
  private readonly k: KernelExports;
  /** The elementwise kernels need an even channel count (two lanes of one pixel per step); else these run them. */
  private readonly js = new JsKernels();

  constructor(compiled: WasmModule) {
    this.k = instantiateWasm<KernelExports>(compiled);
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

  requantCodes(r: RequantArgs): boolean {
    const n = r.x.length;
    const ch = r.channels;
    if (ch % 2 !== 0) return this.js.requantCodes(r);
    // Bytes: x, out, codes (n f32 each), then six f64 arrays of the channels.
    const xOff = 0;
    const outOff = xOff + n * 4;
    const codesOff = outOff + n * 4;
    const pOff = Math.ceil((codesOff + n * 4) / 8) * 8;
    this.reserve(pOff + 6 * ch * 8);
    const f32 = new Float32Array(this.k.memory.buffer);
    const f64 = new Float64Array(this.k.memory.buffer);
    f32.set(r.x, xOff / 4);
    const base = pOff / 8;
    for (let c = 0; c < ch; c++) {
      const p = 2 ** r.right[c]!;
      f64[base + c] = r.inv[c]!;
      f64[base + ch + c] = r.m0[c]!;
      f64[base + 2 * ch + c] = 1 / p;
      f64[base + 3 * ch + c] = p;
      f64[base + 4 * ch + c] = Math.floor((p - 1) / 2);
      f64[base + 5 * ch + c] = r.add[c]!;
    }
    const slow = this.k.fq_requant(xOff, n, ch, pOff, pOff + ch * 8, pOff + 2 * ch * 8, pOff + 3 * ch * 8, pOff + 4 * ch * 8, pOff + 5 * ch * 8, r.s, r.z, r.qlo, r.qhi, outOff, codesOff);
    if (slow) return false;
    r.out.set(f32.subarray(outOff / 4, outOff / 4 + n));
    r.codes.set(f32.subarray(codesOff / 4, codesOff / 4 + n));
    return true;
  }

  fakeQuantGrads(x: Float32Array, dy: Float32Array, codes: Float32Array, sinv: number, z: number, qlo: number, qhi: number): QuantGradSums {
    const n = x.length;
    if (n % 2 !== 0) return this.js.fakeQuantGrads(x, dy, codes, sinv, z, qlo, qhi);
    const xOff = 0;
    const dyOff = n * 4;
    const cOff = 2 * n * 4;
    const sOff = Math.ceil((3 * n * 4) / 8) * 8;
    this.reserve(sOff + 16);
    const f32 = new Float32Array(this.k.memory.buffer);
    f32.set(x, xOff / 4);
    f32.set(dy, dyOff / 4);
    f32.set(codes, cOff / 4);
    this.k.fq_grads(xOff, dyOff, cOff, n, sinv, z, qlo, qhi, sOff);
    dy.set(f32.subarray(dyOff / 4, dyOff / 4 + n));
    const sums = new Float64Array(this.k.memory.buffer, sOff, 2);
    return { ds: sums[0]!, dbeta: sums[1]! };
  }

  private reserve(bytes: number): void {
    ensureMemory(this.k.memory, bytes);
  }
}

/** True when this engine runs the WebAssembly SIMD kernels. */
export function wasmKernelsAvailable(): boolean {
  return kernelModule() !== null;
}

/**
 * The fastest backend available, or the one asked for: `backend` or ACCSIM_TRAIN_BACKEND ('js' forces
 * the JavaScript loops; 'wasm' without SIMD support falls back to them).
 */
export function createKernels(backend: 'wasm' | 'js' | undefined = process.env['ACCSIM_TRAIN_BACKEND'] as 'js' | undefined): TrainKernels {
  const compiled = backend === 'js' ? null : kernelModule();
  return compiled === null ? new JsKernels() : new WasmKernels(compiled);
}
