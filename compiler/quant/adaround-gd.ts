// AdaRound's G·d sums (adaround.ts): for row r and column i, Σ_j G[i][j]·D[r][j], each sum adding its k
// products in increasing j — the optimizer's largest cost — for every block of eight rows a column flags.
// The WebAssembly SIMD kernel (adaround-kernel.wat) puts two rows' sums in the two f64 lanes of a vector:
// no reassociation and no fused multiply-add, so every sum rounds exactly as the one-row loop (jsGdSums)
// does. D is stored transposed, so a block's eight terms of one j are contiguous. Without SIMD, or when
// asked, the loop runs. The operands live in the workspace's arrays (in the kernel's memory on the
// WebAssembly path), so an iteration copies nothing.
import { compileWasmModule, ensureMemory, instantiateWasm, type WasmMemory } from '../../core/wasm-module.js';
import { ADAROUND_KERNEL_WASM_BASE64 } from './adaround-kernel-wasm.js';

/** One optimizer run's operands and the sums' routine; rows are padded to `padded`, a multiple of 8. */
export interface GdWorkspace {
  readonly backend: 'wasm' | 'js';
  readonly padded: number;
  /** G, k·k row-major (the caller fills it). */
  readonly g: Float64Array;
  /** Dᵀ: D[r][j] at j·padded + r (the caller fills rows < rows; the padding rows are 0). */
  readonly dt: Float64Array;
  /** The sums, transposed: out[i·padded + r] (written only in flagged blocks). */
  readonly out: Float64Array;
  /** flags[i·padded/8 + b] ≠ 0: column i needs rows 8b … 8b + 7. */
  readonly flags: Int32Array;
  /** The sums of every flagged block. */
  sums(): void;
}

/** The reference: one sum at a time, its k terms in increasing j. */
export function jsGdSums(g: Float64Array, dt: Float64Array, out: Float64Array, k: number, padded: number, flags: Int32Array): void {
  // Stryker disable next-line EqualityOperator: i = k reads past the flags and writes past the end of `out` (a typed array ignores it): equivalent
  for (let i = 0; i < k; i++) {
    // Stryker disable next-line EqualityOperator: r = padded is the next column's row 0 under that column's own block-0 flag, which that column then overwrites (past the end for the last): equivalent
    for (let r = 0; r < padded; r++) {
      if (flags[i * (padded / 8) + Math.floor(r / 8)] === 0) continue;
      let s = 0;
      for (let j = 0; j < k; j++) s += g[i * k + j]! * dt[j * padded + r]!;
      out[i * padded + r] = s;
    }
  }
}

/** Rows padded to the kernel's blocks of eight. */
const padRows = (rows: number): number => Math.ceil(rows / 8) * 8;

function jsWorkspace(rows: number, k: number): GdWorkspace {
  const padded = padRows(rows);
  // Stryker disable next-line ArithmeticOperator: a larger flags array whose extra entries are never read: equivalent (the line's other forms are killed but ignored with it)
  const ws = { backend: 'js' as const, padded, g: new Float64Array(k * k), dt: new Float64Array(k * padded), out: new Float64Array(k * padded), flags: new Int32Array(k * (padded / 8)) };
  return { ...ws, sums: () => jsGdSums(ws.g, ws.dt, ws.out, k, padded, ws.flags) };
}

/** The kernel's exports (signature in adaround-kernel.wat). */
interface KernelExports {
  readonly memory: WasmMemory;
  gd_sums(g: number, dt: number, out: number, k: number, padded: number, flags: number): void;
}

/** This thread's kernel instance (made on first use; null without WebAssembly SIMD). */
let kernel: KernelExports | null | undefined;

function kernelInstance(): KernelExports | null {
  // Stryker disable next-line ConditionalExpression: → true makes a fresh instance per workspace (speed only: each run fills its own operands); → false is killed
  if (kernel === undefined) {
    const module = compileWasmModule(ADAROUND_KERNEL_WASM_BASE64);
    // Stryker disable next-line ConditionalExpression: Node always validates this kernel (the guard is for other engines), so → true changes nothing; → false is killed
    kernel = module !== null ? instantiateWasm<KernelExports>(module) : null;
  }
  return kernel;
}

/** True when this engine runs the WebAssembly kernel. */
export function wasmGdAvailable(): boolean {
  // Stryker disable next-line ConditionalExpression: → true is what Node always returns (the kernel validates on every engine this runs on); → false is killed
  return kernelInstance() !== null;
}

/**
 * A workspace for `rows` rows of length k: the kernel's memory (one instance per thread, reused by each
 * call: the optimizer is synchronous, so one run owns it until it returns), or plain arrays for 'js'.
 */
export function gdWorkspace(rows: number, k: number, backend: 'wasm' | 'js' = 'wasm'): GdWorkspace {
  const kern = backend === 'wasm' ? kernelInstance() : null;
  if (kern === null) return jsWorkspace(rows, k);
  const padded = padRows(rows);
  // Bytes: G, Dᵀ, outᵀ (f64), then the flags (i32).
  const gOff = 0;
  const dOff = gOff + k * k * 8;
  const outOff = dOff + k * padded * 8;
  const flagOff = outOff + k * padded * 8;
  // Stryker disable next-line ArithmeticOperator: a larger end only grows the memory more (memory, not values): equivalent (the line's other forms are killed but ignored with it)
  const end = flagOff + k * (padded / 8) * 4;
  ensureMemory(kern.memory, end);
  const buffer = kern.memory.buffer; // after any growth: earlier views are detached
  const dt = new Float64Array(buffer, dOff, k * padded).fill(0); // an earlier run's values, or the padding rows
  return {
    backend: 'wasm',
    padded,
    g: new Float64Array(buffer, gOff, k * k),
    dt,
    out: new Float64Array(buffer, outOff, k * padded),
    flags: new Int32Array(buffer, flagOff, k * (padded / 8)),
    sums: () => kern.gd_sums(gOff, dOff, outOff, k, padded, flagOff),
  };
}
