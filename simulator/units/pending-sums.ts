// GEMM results of int8 ws batches on their way to the accumulator. A conv whose reduction does not fit
// the input buffer is lowered as K chunks: load a chunk, multiply it into the same accumulator blocks,
// load the next. Each chunk's batch ends when its input rows are overwritten, so the accumulator would
// take one read-modify-write of every block per chunk. Instead, consecutive batches that write the same
// blocks are summed here as int32 (exact: see MAX_SUMMED_K) and reach the accumulator once, when
// anything else is about to touch it (FastArray.flush) or a batch writes other blocks.
import { MAX_GEMM_K } from '../functional/gemm.js';

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
export class PendingSums {
  private sums = new Int32Array(0);
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

  constructor(private readonly acc: Float64Array, private readonly cols: number) {}

  /** Takes the M × N results `dots` (groups side by side) of a batch with reduction length K. */
  add(dots: Int32Array, M: number, N: number, K: number, groups: number, b: BatchGroups): void {
    const size = M * N;
    if (this.joins(M, N, K, groups, b)) {
      const sums = this.sums;
      // (| 0 lets the engine use a plain 32-bit add: the sum cannot wrap, see MAX_SUMMED_K)
      for (let j = 0; j < size; j++) sums[j] = (sums[j]! + dots[j]!) | 0;
      this.k += K;
      return;
    }
    this.settle();
    if (this.sums.length < size) this.sums = new Int32Array(Math.max(size, 2 * this.sums.length));
    this.sums.set(dots.subarray(0, size));
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
    const { acc, cols, sums, m: M, nTotal: N } = this;
    for (let g = 0, nOff = 0; g < this.groups; nOff += this.n[g]!, g++) {
      const n = this.n[g]!;
      const accRow = this.accRow[g]!;
      for (let r = 0; r < M; r++) {
        const to = (accRow + r) * cols;
        const from = r * N + nOff;
        if (this.replace[g]) for (let c = 0; c < n; c++) acc[to + c] = sums[from + c]!;
        else for (let c = 0; c < n; c++) acc[to + c]! += sums[from + c]!;
      }
    }
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
