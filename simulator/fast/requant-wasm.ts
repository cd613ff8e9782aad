// REQUANT's common case in the WebAssembly SIMD kernel (requant8 in gemm-kernel.wat): an
// accumulator block in, 8-bit codes out, two columns per f64x2. The vector unit calls it first and
// keeps its exact JavaScript path for everything the kernel declines (see requant8's contract).
import { ensureMemory, lazyKernel, roundUp, type KernelExports } from './gemm-wasm.js';

interface RequantKernel extends KernelExports {
  requant8(
    src: number, rows: number, cols: number, pairs: number, params: number, dst: number,
    zero: number, qmin: number, qmax: number, lo: number, hi: number,
  ): number;
}

/** One instance per thread, with its own memory (made on first use; null without WebAssembly SIMD). */
const kernel = lazyKernel<RequantKernel>();

/** One REQUANT block: accumulator rows and the block's per-column words. */
export interface RequantBlock {
  readonly acc: Float64Array;
  /** Index of the block's first value in `acc`, row stride `cols`. */
  readonly first: number;
  readonly cols: number;
  readonly rows: number;
  readonly bias: Float64Array;
  readonly m0: Int32Array;
  /** Per column: a right shift (−30..0); the caller checks. */
  readonly shift: Int32Array;
  readonly zero: number;
  readonly qmin: number;
  readonly qmax: number;
  /** The accumulator range: values outside it overflow (the JavaScript path counts them). */
  readonly lo: number;
  readonly hi: number;
}

/**
 * The block's 8-bit codes, `rows` rows of `n` (= bias.length) bytes rounded up to even, dense — a view
 * into the kernel's memory, valid until the next call — or undefined when the kernel is unavailable or
 * declines (an overflow, an inexact product): the caller runs its exact path then.
 */
export function requantBlock8Wasm(b: RequantBlock): Uint8Array | undefined {
  const k = kernel();
  if (k === null) return undefined;
  const n = b.bias.length;
  const pairs = Math.ceil(n / 2);
  const srcBytes = b.rows * b.cols * 8 + 16;
  const params = roundUp(srcBytes, 16);
  const dst = params + pairs * 48;
  ensureMemory(k.memory, dst + b.rows * pairs * 2);
  const memory = k.memory.buffer;
  const src = new Float64Array(memory, 0, b.rows * b.cols + 2);
  src.set(b.acc.subarray(b.first, b.first + b.rows * b.cols));
  src.fill(0, b.rows * b.cols); // the slack an odd column count's last pair reads
  const p = new Float64Array(memory, params, pairs * 6);
  for (let c = 0; c < pairs * 2; c++) {
    const at = (c >> 1) * 6 + (c & 1);
    const real = c < n;
    p[at] = real ? b.bias[c]! : 0;
    p[at + 2] = real ? b.m0[c]! : 0;
    p[at + 4] = real ? 2 ** b.shift[c]! : 1;
  }
  // Clipped to int32, the range also guarantees the kernel's int32 operand.
  const lo = Math.max(b.lo, -(2 ** 31));
  const hi = Math.min(b.hi, 2 ** 31 - 1);
  if (k.requant8(0, b.rows, b.cols, pairs, params, dst, b.zero, b.qmin, b.qmax, lo, hi) !== 0) return undefined;
  return new Uint8Array(memory, dst, b.rows * pairs * 2);
}
