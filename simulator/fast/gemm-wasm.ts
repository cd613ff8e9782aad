// Loads the WebAssembly SIMD int8 GEMM kernel (gemm-kernel.wat, assembled into gemm-kernel-wasm.ts)
// and wraps it in the Int8Gemm contract; createInt8Gemm picks it, or the JavaScript fallback.
import { assert } from '../../core/diagnostics.js';
import {
  checkGemmShapes,
  checkWeightShape,
  type GemmActivations,
  type Int8Gemm,
  type PackedWeights,
} from '../functional/gemm.js';
import { JsInt8Gemm } from './gemm-js.js';
import { GEMM_KERNEL_WASM_BASE64 } from './gemm-kernel-wasm.js';
import { compileWasmModule, ensureMemory, instantiateWasm, type WasmMemory, type WasmModule } from '../../core/wasm-module.js';

export { ensureMemory };

/** Output channels per packed block (the kernel's register block is 2 rows x 4 channels). */
const NR = 4;
/** K is padded to a multiple of 8: one i16x8 vector per operand per step. */
const KSTEP = 8;
/** Rows are padded to the kernel's 2-row block. */
const MR = 2;
/** Packed weights per panel: half of a 1 MiB L2, so a panel stays cached while every row pair reuses it. */
const PANEL_BYTES = 512 * 1024;
/** The kernel module's exports (signatures in gemm-kernel.wat). */
export interface KernelExports {
  memory: WasmMemory;
  widen(src: number, dst: number, rows: number, k: number, kp: number, unsigned: number): void;
  gather16(src: number, rows: number, runs: number, nruns: number, m: number, dst: number, kp: number, col: number, kend: number, unsigned: number): void;
  gemm(a: number, w: number, bias: number, c: number, m: number, n: number, kp: number, j0: number, j1: number): void;
  xnor_gemm(a: number, w: number, bias: number, c: number, m: number, n: number, kw: number, k: number): void;
}

/** Weights widened to i16 and packed in this kernel's memory at `offset` (bytes). */
interface WasmPackedWeights extends PackedWeights {
  readonly offset: number;
  /** K rounded up to a multiple of 8. */
  readonly kp: number;
}

let compiled: WasmModule | null | undefined;

/** The compiled kernel module, or null when this engine lacks WebAssembly SIMD (compiled once). */
function kernelModule(): WasmModule | null {
  if (compiled === undefined) compiled = compileWasmModule(GEMM_KERNEL_WASM_BASE64);
  return compiled;
}

/** A fresh instance of the kernel module with its own memory (the module must be available). */
export function instantiateKernel(): KernelExports {
  const module = kernelModule();
  assert(module !== null, 'the GEMM kernel needs WebAssembly SIMD (use createInt8Gemm / createBinaryGemm to fall back)');
  return instantiateWasm<KernelExports>(module);
}

/** A getter of this thread's own kernel instance, typed `K`: made on first call, null without WebAssembly SIMD. */
export function lazyKernel<K extends KernelExports>(): () => K | null {
  let instance: K | null | undefined;
  return () => (instance === undefined ? (instance = wasmSimdAvailable() ? (instantiateKernel() as K) : null) : instance);
}

/** True when the engine validates the kernel (i.e. has WebAssembly SIMD). */
export function wasmSimdAvailable(): boolean {
  return kernelModule() !== null;
}

/** How to pick the kernel: `auto` takes WebAssembly SIMD when available; `js` forces the fallback. */
export type GemmBackendRequest = 'auto' | 'js';

/** The backend a request resolves to when the engine does (or does not) have WebAssembly SIMD. */
export function chooseGemmBackend(request: GemmBackendRequest, simdAvailable: boolean): 'wasm-simd' | 'js' {
  return request === 'auto' && simdAvailable ? 'wasm-simd' : 'js';
}

/**
 * A new GEMM kernel; each owns its memory and its packed weights (make one per simulation).
 * ACCSIM_GEMM_BACKEND=js in the environment forces the JavaScript fallback too.
 */
export function createInt8Gemm(request: GemmBackendRequest = 'auto'): Int8Gemm {
  const effective = process.env['ACCSIM_GEMM_BACKEND'] === 'js' ? 'js' : request;
  return chooseGemmBackend(effective, wasmSimdAvailable()) === 'wasm-simd' ? new WasmInt8Gemm() : new JsInt8Gemm();
}

/** x rounded up to a multiple of `multiple`. */
export function roundUp(x: number, multiple: number): number {
  return Math.ceil(x / multiple) * multiple;
}

/** Names the contents of a kept slot (unique across kernels: a stamp from one kernel never matches another's slot). */
let nextStamp = 1;

/** Byte offsets of one call's work areas, placed after the packed weights, the kept slots and the scratch. */
interface CallLayout {
  a8: number;
  a16: number;
  bias: number;
  c: number;
  end: number;
}

/**
 * The WebAssembly SIMD kernel (see the Int8Gemm contract in gemm.ts). Memory holds the packed
 * weights from address 0 upward (bump-allocated, freed with the kernel), then the kept slots (activation
 * matrices already widened to i16, kept for later calls: `keep`, `gemmKept`), a scratch area (`scratch`),
 * then one call's areas: the int8 activations, their i16 widening, the padded bias and C. Packing weights
 * or growing the slots moves what follows and empties every slot.
 */
export class WasmInt8Gemm implements Int8Gemm {
  readonly backend = 'wasm-simd' as const;
  private readonly kernel: KernelExports;
  private weightsTop = 0;
  /** Kept slots: slot s at weightsTop + s · slotBytes; slotStamp[s] names its contents (0: empty). */
  private slotBytes = 0;
  private slotCount = 0;
  private readonly slotStamp: number[] = [];
  private scratchBytes = 0;

  constructor() {
    this.kernel = instantiateKernel();
  }

  /** Widens to i16 and packs 4 channels x 8 k per 64-byte group (layout in gemm-kernel.wat). */
  packWeights(w: Int8Array, n: number, k: number): PackedWeights {
    checkWeightShape(w, n, k);
    const { kp, offset, packed } = this.reservePacked(n, k);
    // Element (j, p) goes to blockBase(j) + (⌊p/8⌋·NR + j mod NR)·8 + p mod 8: walked as runs of 8 along p
    // with running offsets (no division per element: a cold CLI run packs every weight once).
    for (let j = 0; j < n; j++) {
      let to = Math.floor(j / NR) * kp * NR + (j % NR) * KSTEP;
      for (let p = 0, from = j * k; p < k; p += KSTEP, to += NR * KSTEP) {
        const run = Math.min(KSTEP, k - p);
        for (let q = 0; q < run; q++) packed[to + q] = w[from++]!;
      }
    }
    const result: WasmPackedWeights = { n, k, owner: this, offset, kp };
    return result;
  }

  /**
   * Packs the n × k weights made of `count` rectangles, read straight from `bytes` (no channel-major copy
   * first: a cold run packs every weight once, and the two passes were ~10 % of it). Rectangle r is the six
   * numbers rects[6r …]: channels [j0, j0 + nr), reduction [p0, p0 + kr), element (j, p) the int8 at
   * bytes[first + (j − j0) + (p − p0) · step] (weight-buffer rows: vector p holds channel j at byte j). Elements
   * of no rectangle are 0; rectangles do not overlap. Equal to packWeights of that matrix (gemm-wasm.test.ts).
   */
  packStrided(n: number, k: number, bytes: Uint8Array, rects: Int32Array, count: number): PackedWeights {
    assert(Number.isInteger(n) && n >= 1 && Number.isInteger(k) && k >= 1, `packStrided: bad shape ${n} x ${k}`);
    const { kp, offset, packed } = this.reservePacked(n, k);
    for (let r = 0; r < count; r++) {
      const j0 = rects[6 * r]!;
      const nr = rects[6 * r + 1]!;
      const p0 = rects[6 * r + 2]!;
      const kr = rects[6 * r + 3]!;
      const first = rects[6 * r + 4]!;
      const step = rects[6 * r + 5]!;
      assert(j0 >= 0 && p0 >= 0 && j0 + nr <= n && p0 + kr <= k && first >= 0 && first + (nr - 1) + (kr - 1) * step < bytes.length, 'packStrided: a rectangle outside the matrix or the bytes');
      for (let j = j0; j < j0 + nr; j++) {
        // (j, p) goes to blockBase(j) + (⌊p/8⌋·NR + j mod NR)·8 + p mod 8 (KSTEP = 8: a shift and a mask).
        const base = Math.floor(j / NR) * kp * NR + (j % NR) * KSTEP;
        let from = first + (j - j0);
        for (let p = p0; p < p0 + kr; p++, from += step) packed[base + (p >> 3) * NR * KSTEP + (p & 7)] = (bytes[from]! << 24) >> 24;
      }
    }
    const result: WasmPackedWeights = { n, k, owner: this, offset, kp };
    return result;
  }

  /** Room for n × k packed weights (K padded to kp) on top of the packed ones so far, zeroed: padding channels
   *  and padding k must contribute 0. */
  private reservePacked(n: number, k: number): { kp: number; offset: number; packed: Int16Array } {
    const kp = roundUp(k, KSTEP);
    const offset = this.weightsTop;
    const length = Math.ceil(n / NR) * NR * kp;
    this.weightsTop = roundUp(offset + length * 2, 16);
    this.slotStamp.fill(0); // the slots moved up with weightsTop (the packing overwrites where they were)
    this.ensure(this.callBase());
    const packed = new Int16Array(this.kernel.memory.buffer, offset, length);
    packed.fill(0);
    return { kp, offset, packed };
  }

  gemm(a: GemmActivations, m: number, w: PackedWeights, bias?: Int32Array, out?: Int32Array): Int32Array {
    checkGemmShapes(a, m, w, bias, out);
    const c = out ?? new Int32Array(m * w.n);
    c.set(this.gemmView(a, m, w, bias));
    return c;
  }

  gemmView(a: GemmActivations, m: number, w: PackedWeights, bias?: Int32Array): Int32Array {
    checkGemmShapes(a, m, w, bias, undefined);
    assert(w.owner === this, 'gemm: weights were packed by another kernel');
    const { n, k, kp, offset } = w as WasmPackedWeights;
    const at = this.layout(m, n, k, kp);
    // Test before growing: growth detaches `a` if it is our view (its bytes stay in place).
    const inPlace = a.buffer === this.kernel.memory.buffer && a.byteOffset === at.a8;
    this.ensure(at.end);
    const memory = this.kernel.memory.buffer;
    if (!inPlace) {
      if (a instanceof Int8Array) new Int8Array(memory, at.a8, m * k).set(a);
      else new Uint8Array(memory, at.a8, m * k).set(a);
    }
    this.kernel.widen(at.a8, at.a16, m, k, kp, a instanceof Uint8Array ? 1 : 0);
    return this.multiplyWidened(at.a16, m, n, kp, offset, at, bias);
  }

  /**
   * Empties kept slot `slot` and makes room there for an m × k activation matrix widened to i16 (row stride
   * kp = roundUp(k, 8), rows padded to the 2-row block); returns its byte offset, kp and the stamp naming it. The caller
   * fills it (`gather16`) and later multiplies it with `gemmKept(slot, stamp, …)`. May grow memory (views detach).
   */
  keep(slot: number, m: number, k: number): { offset: number; stamp: number; kp: number } {
    const kp = roundUp(k, KSTEP);
    const bytes = roundUp(m, MR) * kp * 2;
    if (slot >= this.slotCount || bytes > this.slotBytes) {
      // More slots only move the scratch and call areas; larger slots move the slots themselves.
      if (bytes > this.slotBytes) this.slotStamp.fill(0);
      this.slotCount = Math.max(this.slotCount, slot + 1);
      this.slotBytes = Math.max(this.slotBytes, roundUp(bytes, 16));
      this.ensure(this.callBase());
    }
    const stamp = nextStamp++;
    this.slotStamp[slot] = stamp;
    return { offset: this.weightsTop + slot * this.slotBytes, stamp, kp };
  }

  /** Whether slot `slot` still holds what `keep` named `stamp`. */
  kept(slot: number, stamp: number): boolean {
    return stamp > 0 && this.slotStamp[slot] === stamp;
  }

  /** Byte offset of `bytes` bytes of scratch, free until the next call on this kernel (may grow memory; empties no slot). */
  scratch(bytes: number): number {
    if (bytes > this.scratchBytes) {
      this.scratchBytes = roundUp(bytes, 16);
      this.ensure(this.callBase());
    }
    return this.weightsTop + this.slotCount * this.slotBytes;
  }

  /** The kernel's memory (views of it detach when it grows). */
  memory(): ArrayBuffer {
    return this.kernel.memory.buffer;
  }

  /** gather16 (gemm-kernel.wat): one window slice's runs, widened, into a kept slot's rows. */
  gather16(src: number, rows: number, runs: number, nruns: number, m: number, dst: number, kp: number, col: number, kend: number, unsigned: boolean): void {
    this.kernel.gather16(src, rows, runs, nruns, m, dst, kp, col, kend, unsigned ? 1 : 0);
  }

  /** C for the m rows kept in `slot` (as `keep` named them `stamp`) by `w`: a view, valid until the next call. */
  gemmKept(slot: number, stamp: number, m: number, w: PackedWeights): Int32Array {
    assert(this.kept(slot, stamp) && w.owner === this, 'gemmKept: the slot does not hold that matrix, or the weights are another kernel\'s');
    const { n, k, kp, offset } = w as WasmPackedWeights;
    assert(roundUp(m, MR) * kp * 2 <= this.slotBytes, 'gemmKept: more rows than the slot holds');
    const at = this.layout(m, n, k, kp);
    this.ensure(at.end);
    return this.multiplyWidened(this.weightsTop + slot * this.slotBytes, m, n, kp, offset, at);
  }

  /** C = A16 · W for the widened activations at `a16`, into the call's C area (a view). */
  private multiplyWidened(a16: number, m: number, n: number, kp: number, offset: number, at: CallLayout, bias?: Int32Array): Int32Array {
    const memory = this.kernel.memory.buffer;
    const paddedBias = new Int32Array(memory, at.bias, roundUp(n, NR));
    paddedBias.fill(0);
    if (bias !== undefined) paddedBias.set(bias);
    // Panels of channels whose packed weights fit the L2 budget (a multiple of the 4-channel block).
    const panel = Math.max(NR, Math.floor(PANEL_BYTES / (kp * 2 * NR)) * NR);
    for (let j0 = 0; j0 < n; j0 += panel) {
      this.kernel.gemm(a16, offset, at.bias, at.c, m, n, kp, j0, Math.min(n, j0 + panel));
    }
    return new Int32Array(memory, at.c, m * n);
  }

  activationView(m: number, w: PackedWeights, kind: 'int8'): Int8Array;
  activationView(m: number, w: PackedWeights, kind: 'uint8'): Uint8Array;
  activationView(m: number, w: PackedWeights, kind: 'int8' | 'uint8'): GemmActivations {
    assert(Number.isInteger(m) && m >= 1, `activationView: M must be a positive integer, got ${m}`);
    assert(w.owner === this, 'activationView: weights were packed by another kernel');
    const { n, k, kp } = w as WasmPackedWeights;
    // Reserve the whole call now, so the call itself never grows (and detaches) the view.
    const at = this.layout(m, n, k, kp);
    this.ensure(at.end);
    const memory = this.kernel.memory.buffer;
    return kind === 'int8' ? new Int8Array(memory, at.a8, m * k) : new Uint8Array(memory, at.a8, m * k);
  }

  /** Where one call's areas start: after the weights, the kept slots and the scratch. */
  private callBase(): number {
    return this.weightsTop + this.slotCount * this.slotBytes + this.scratchBytes;
  }

  /** The int8 input area comes first, so its address depends only on what lies below the call areas. */
  private layout(m: number, n: number, k: number, kp: number): CallLayout {
    const a8 = this.callBase();
    const a16 = roundUp(a8 + m * k, 16);
    const bias = a16 + roundUp(m, MR) * kp * 2;
    const c = roundUp(bias + roundUp(n, NR) * 4, 16);
    return { a8, a16, bias, c, end: c + m * n * 4 };
  }

  private ensure(bytes: number): void {
    ensureMemory(this.kernel.memory, bytes);
  }
}
