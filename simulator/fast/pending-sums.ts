// GEMM results of int8 ws batches on their way to the accumulator. A conv whose reduction does not fit
// the input buffer is lowered as K chunks: load a chunk, multiply it into the same accumulator blocks,
// load the next. Each chunk's batch ends when its input rows are overwritten, so the accumulator would
// take one read-modify-write of every block per chunk. Instead, consecutive batches that write the same
// blocks are summed here as int32 (exact: see MAX_SUMMED_K) and reach the accumulator once, when
// anything else is about to touch it (FastArray.flush) or a batch writes other blocks.
import { MAX_GEMM_K } from '../functional/gemm.js';
import { ensureMemory, instantiateKernel, roundUp, wasmSimdAvailable, type KernelExports } from './gemm-wasm.js';

/**
 * Reduction length the int32 sums may cover: every dot product term is at most 255 · 128 in magnitude
 * (u8 activations × i8 weights), and 65536 · 32640 < 2^31, so summed GEMM results of K ≤ MAX_GEMM_K in
 * total stay exact in an int32.
 */
const MAX_SUMMED_K = MAX_GEMM_K;

/** The groups of one batch: accumulator row, channels and accumulate flag per group (columns of Int8WsBatch). */
export interface BatchGroups {
  readonly gAcc: readonly number[];
  readonly gN: readonly number[];
  readonly gAccum: readonly boolean[];
}

/** Summed GEMM results of batches with one layout (M rows × Σ n channels over the groups), not yet in the accumulator. */
/** Whether a block of `m` accumulator rows starting at `starts[g]`, first ≤ g < end, meets rows [lo, hi). */
export function blocksMeet(starts: ArrayLike<number>, first: number, end: number, m: number, lo: number, hi: number): boolean {
  for (let g = first; g < end; g++) if (starts[g]! < hi && lo < starts[g]! + m) return true;
  return false;
}

export class PendingSums {
  private readonly store: SumsStore;
  private active = false;
  private m = 0;
  private nTotal = 0;
  private groups = 0;
  private k = 0;
  /** No two groups write the same accumulator rows (else an earlier block replaced by a later group would
   *  be summed instead of overwritten, and batches are not merged). */
  private disjoint = false;
  private readonly accRow: number[] = [];
  private readonly n: number[] = [];
  /** The group's first batch did not accumulate: the accumulator block is replaced, not added to. */
  private readonly replace: boolean[] = [];

  /** `wasm`: keep the sums in a WebAssembly SIMD kernel (as the GEMM backend does), else in a JS array. */
  constructor(private readonly acc: Float64Array, private readonly cols: number, wasm: boolean) {
    this.store = new SumsStore(wasm && wasmSimdAvailable());
  }

  /** Takes the M × N results `dots` (groups side by side) of a batch with reduction length K. */
  add(dots: Int32Array, M: number, N: number, K: number, groups: number, b: BatchGroups): void {
    const size = M * N;
    if (this.joins(M, N, K, groups, b)) {
      this.store.add(dots, size);
      this.k += K;
      return;
    }
    this.settle();
    this.store.load(dots, size);
    this.m = M;
    this.nTotal = N;
    this.k = K;
    this.groups = groups;
    for (let g = 0; g < groups; g++) {
      this.accRow[g] = b.gAcc[g]!;
      this.n[g] = b.gN[g]!;
      this.replace[g] = !b.gAccum[g]!;
    }
    this.disjoint = true;
    for (let g = 0; g < groups; g++) {
      for (let h = g + 1; h < groups; h++) {
        if (this.accRow[g]! < this.accRow[h]! + M && this.accRow[h]! < this.accRow[g]! + M) this.disjoint = false;
      }
    }
    this.active = true;
  }

  /** Writes the sums into the accumulator (before anything else reads or writes it). */
  settle(): void {
    if (!this.active) return;
    this.active = false;
    const { acc, cols, m: M, nTotal: N } = this;
    const sums = this.store.sums(M * N);
    for (let g = 0, nOff = 0; g < this.groups; nOff += this.n[g]!, g++) {
      const n = this.n[g]!;
      const accRow = this.accRow[g]!;
      // A block of whole accumulator rows: converted in the kernel, then one native copy or one flat loop.
      const block = n === cols && (accRow + M) * cols <= acc.length ? this.store.dense(M, N, nOff, n) : undefined;
      if (block !== undefined) {
        const first = accRow * cols;
        if (this.replace[g]) acc.set(block, first);
        else for (let j = 0; j < block.length; j++) acc[first + j]! += block[j]!;
        continue;
      }
      for (let r = 0; r < M; r++) {
        const to = (accRow + r) * cols;
        const from = r * N + nOff;
        if (this.replace[g]) for (let c = 0; c < n; c++) acc[to + c] = sums[from + c]!;
        else for (let c = 0; c < n; c++) acc[to + c]! += sums[from + c]!;
      }
    }
  }

  /** Settles the sums if one of their blocks (`m` rows each) meets accumulator rows [lo, hi) (about to be read). */
  beforeRead(lo: number, hi: number): void {
    if (blocksMeet(this.accRow, 0, this.groups, this.m, lo, hi)) this.settle();
  }

  /** Whether a batch adds onto the pending sums: same layout, every group accumulating, disjoint groups,
   *  the summed reduction still exact in int32. */
  private joins(M: number, N: number, K: number, groups: number, b: BatchGroups): boolean {
    if (!this.active || !this.disjoint || M !== this.m || N !== this.nTotal || groups !== this.groups || this.k + K > MAX_SUMMED_K) return false;
    for (let g = 0; g < groups; g++) {
      if (b.gAcc[g] !== this.accRow[g] || b.gN[g] !== this.n[g] || !b.gAccum[g]) return false;
    }
    return true;
  }
}

/** The int32 sums: in a WebAssembly kernel's memory (SIMD adds) when the engine has it, else a JS array. */
class SumsStore {
  private readonly kernel: SumsKernel | null;
  private array = new Int32Array(0);

  constructor(wasm: boolean) {
    this.kernel = wasm ? (instantiateKernel() as SumsKernel) : null;
  }

  /** The sums become `dots` (the first `size` values). */
  load(dots: Int32Array, size: number): void {
    if (this.kernel === null) {
      if (this.array.length < size) this.array = new Int32Array(Math.max(size, 2 * this.array.length));
      this.array.set(dots.subarray(0, size));
      return;
    }
    // The sums, the scratch `add` copies into, and the f64 block `dense` converts into.
    ensureMemory(this.kernel.memory, 2 * roundUp(4 * size, 16) + 8 * size);
    new Int32Array(this.kernel.memory.buffer, 0, size).set(dots.subarray(0, size));
  }

  /** The sums += `dots` (the first `size` values; the sums hold `size` values). */
  add(dots: Int32Array, size: number): void {
    if (this.kernel === null) {
      const sums = this.array;
      // (| 0 lets the engine use a plain 32-bit add: the sum cannot wrap, see MAX_SUMMED_K)
      for (let j = 0; j < size; j++) sums[j] = (sums[j]! + dots[j]!) | 0;
      return;
    }
    const scratch = roundUp(4 * size, 16);
    new Int32Array(this.kernel.memory.buffer, scratch, size).set(dots.subarray(0, size));
    this.kernel.add_i32(0, scratch, size);
  }

  /** Columns [nOff, nOff + n) of the M × N sums as a dense M × n f64 block (a view, valid until the next call);
   *  undefined without the kernel. */
  dense(M: number, N: number, nOff: number, n: number): Float64Array | undefined {
    if (this.kernel === null) return undefined;
    const at = 2 * roundUp(4 * M * N, 16);
    this.kernel.i32_to_f64(4 * nOff, N, at, M, n);
    return new Float64Array(this.kernel.memory.buffer, at, M * n);
  }

  /** The first `size` sums (a view: valid until the next load). */
  sums(size: number): Int32Array {
    return this.kernel === null ? this.array.subarray(0, size) : new Int32Array(this.kernel.memory.buffer, 0, size);
  }
}

interface SumsKernel extends KernelExports {
  add_i32(dst: number, src: number, n: number): void;
  i32_to_f64(src: number, stride: number, dst: number, m: number, n: number): void;
}
