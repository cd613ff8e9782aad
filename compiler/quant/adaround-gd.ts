// AdaRound's G·d sums (adaround.ts): for every listed (row r, column i), Σ_j G[i][j]·D[r][j], each sum
// adding its k products in increasing j — the optimizer's largest cost. The WebAssembly SIMD kernel
// (adaround-kernel.wat) puts two rows' sums in the two f64 lanes of a vector: no reassociation and no
// fused multiply-add, so every sum rounds exactly as the one-row loop (JsGdSums) does. Without SIMD, or
// when asked, the loop runs. The operands live in the workspace's arrays (in the kernel's memory on
// the WebAssembly path), so an iteration copies nothing.
import { ADAROUND_KERNEL_WASM_BASE64 } from './adaround-kernel-wasm.js';

/** One optimizer run's operands and the sums' routine. */
export interface GdWorkspace {
  readonly backend: 'wasm' | 'js';
  /** G, k·k row-major (the caller fills it). */
  readonly g: Float64Array;
  /** D, rows·k row-major (the caller fills it each iteration). */
  readonly d: Float64Array;
  /** The sums, rows·k row-major: written only at the listed (r, i). */
  readonly out: Float64Array;
  /** Column i's rows at lists[i·rows …]: element offsets r·k. */
  readonly lists: Int32Array;
  /** How many rows column i lists. */
  readonly counts: Int32Array;
  /** out[r][i] = Σ_j G[i][j]·D[r][j] for every listed (r, i). */
  sums(): void;
}

/** The reference: one sum at a time, its k terms in increasing j. */
export function jsGdSums(g: Float64Array, d: Float64Array, out: Float64Array, k: number, rows: number, lists: Int32Array, counts: Int32Array): void {
  for (let i = 0; i < k; i++) {
    const gi = i * k;
    for (let a = 0; a < counts[i]!; a++) {
      const o = lists[i * rows + a]!;
      let s = 0;
      for (let j = 0; j < k; j++) s += g[gi + j]! * d[o + j]!;
      out[o + i] = s;
    }
  }
}

function jsWorkspace(rows: number, k: number): GdWorkspace {
  const ws = { backend: 'js' as const, g: new Float64Array(k * k), d: new Float64Array(rows * k), out: new Float64Array(rows * k), lists: new Int32Array(k * rows), counts: new Int32Array(k) };
  return { ...ws, sums: () => jsGdSums(ws.g, ws.d, ws.out, k, rows, ws.lists, ws.counts) };
}

// The few members of the WebAssembly JS API used here (the tsconfig's lib has no DOM types).
interface KernelExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  gd_sums(g: number, d: number, out: number, k: number, rows: number, lists: number, counts: number): void;
}
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: unknown };
};

const PAGE_BYTES = 65536;
/** This thread's kernel instance (made on first use; null without WebAssembly SIMD). */
let kernel: KernelExports | null | undefined;

function kernelInstance(): KernelExports | null {
  if (kernel === undefined) {
    const bytes = Buffer.from(ADAROUND_KERNEL_WASM_BASE64, 'base64');
    kernel = typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? (new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as KernelExports) : null;
  }
  return kernel;
}

/** True when this engine runs the WebAssembly kernel. */
export function wasmGdAvailable(): boolean {
  return kernelInstance() !== null;
}

/**
 * A workspace for `rows` rows of length k: the kernel's memory (one instance per thread, reused by each
 * call: the optimizer is synchronous, so one run owns it until it returns), or plain arrays for 'js'.
 */
export function gdWorkspace(rows: number, k: number, backend: 'wasm' | 'js' = 'wasm'): GdWorkspace {
  const kern = backend === 'wasm' ? kernelInstance() : null;
  if (kern === null) return jsWorkspace(rows, k);
  // Bytes: G, D, out (f64), then lists and counts (i32).
  const gOff = 0;
  const dOff = gOff + k * k * 8;
  const outOff = dOff + rows * k * 8;
  const listOff = outOff + rows * k * 8;
  const countOff = listOff + k * rows * 4;
  const end = countOff + k * 4;
  const have = kern.memory.buffer.byteLength;
  if (end > have) kern.memory.grow(Math.ceil((end - have) / PAGE_BYTES));
  const buffer = kern.memory.buffer; // after any growth: earlier views are detached
  return {
    backend: 'wasm',
    g: new Float64Array(buffer, gOff, k * k),
    d: new Float64Array(buffer, dOff, rows * k),
    out: new Float64Array(buffer, outOff, rows * k),
    lists: new Int32Array(buffer, listOff, k * rows),
    counts: new Int32Array(buffer, countOff, k),
    sums: () => kern.gd_sums(gOff, dOff, outOff, k, rows, listOff, countOff),
  };
}
