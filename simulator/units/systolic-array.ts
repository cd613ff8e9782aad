// The systolic array, fast model: values through the exact int8 GEMM kernel on whole tiles, timing in
// closed form (docs/CYCLE-MODEL.md §Array). The PE-level model (simulator/pe-model.ts) implements the
// same ArrayEngine by stepping every PE register; the property test holds the two equal.
import type { InstructionOf } from '../../isa/instruction.js';
import type { Dataflow } from '../../isa/spec.js';
import { MAX_GEMM_K, type Int8Gemm, type PackedWeights } from '../functional/gemm.js';
import { gatherOsOperands, gatherWsInputs, latchWeights, type ArrayModeState } from '../functional/operands.js';
import { cyclesPerVector } from '../memory/banks.js';
import type { Buffers } from '../memory/sram.js';

/** Cycle counts of one array instruction, relative to its start cycle. */
export interface ArrayTiming {
  /** Cycles until the array accepts the next instruction of the same kind (input port / weight loader). */
  readonly busyCycles: number;
  /** Cycles until the last result is written (COMPUTE) or the tile is latched (LOAD_WEIGHTS). */
  readonly duration: number;
  /** ws COMPUTE: the cycle after the last PE operation that used the latched weights. */
  readonly weightsReleased: number;
  /** Cycles lost to bank conflicts (reading a vector takes more than one cycle). */
  readonly bankStallCycles: number;
}

/** What executes LOAD_WEIGHTS and COMPUTE (fast closed-form engine or PE-level stepping). */
export interface ArrayEngine {
  loadWeights(i: InstructionOf<'LOAD_WEIGHTS'>, s: ArrayModeState): ArrayTiming;
  compute(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, accumulatorPorts: number): ArrayTiming;
  /** Applies deferred accumulator updates; called before anything else touches the accumulator. */
  flush?(): void;
}

/** Geometry both engines need. */
export interface ArrayGeometry {
  readonly rows: number;
  readonly cols: number;
  readonly dataflow: Dataflow;
  readonly inputBanks: number;
  readonly weightBanks: number;
}

/** Cycles per input step: a vector read may take several cycles; a read-modify-write of an
 *  accumulator row on a single-ported bank takes two. */
export function stepCycles(g: ArrayGeometry, s: ArrayModeState, accumulate: boolean, accumulatorPorts: number, dataflow: Dataflow): number {
  const input = cyclesPerVector(s.rowsPerVectorIn, g.inputBanks);
  const weight = dataflow === 'os' ? cyclesPerVector(s.rowsPerVectorW, g.weightBanks) : 1;
  const acc = accumulate && accumulatorPorts === 1 && dataflow === 'ws' ? 2 : 1;
  return Math.max(input, weight, acc);
}

/** Closed-form timing of LOAD_WEIGHTS: R shifts down the weight chain, reading ceil(k/P) vectors. */
export function loadWeightsTiming(g: ArrayGeometry, s: ArrayModeState, k: number): ArrayTiming {
  const vectors = Math.ceil(k / s.packing);
  const cpv = cyclesPerVector(s.rowsPerVectorW, g.weightBanks);
  const duration = g.rows - vectors + vectors * cpv;
  return { busyCycles: duration, duration, weightsReleased: 0, bankStallCycles: vectors * (cpv - 1) };
}

/**
 * Closed-form timing of COMPUTE (derivation in docs/CYCLE-MODEL.md; pe-model.ts steps it). A step reads
 * one vector in cpv cycles, so vector j is in the skew registers after cycle t_j = (j+1)·cpv − 1 and
 * reaches PE(r, c) in cycle t_j + 1 + r + c. ws: the de-skewed result row i is written in cycle
 * t_i + R + C, so duration = m·cpv + R + C; the last PE uses the weights in cycle m·cpv − 1 + R + C − 1;
 * the input port is free after m·cpv. os: the last PE finishes in cycle kv·cpv − 1 + R + C − 1, then m
 * rows drain one per cycle (two with a single-ported accumulate): duration = kv·cpv + R + C − 1 + m·rmw,
 * the array busy throughout.
 */
export function computeTiming(g: ArrayGeometry, s: ArrayModeState, i: InstructionOf<'COMPUTE'>, accumulatorPorts: number): ArrayTiming {
  const R = g.rows;
  const C = g.cols;
  const cpv = stepCycles(g, s, i.accumulate === 1, accumulatorPorts, g.dataflow);
  if (g.dataflow === 'ws') {
    const duration = i.m * cpv + R + C;
    return { busyCycles: i.m * cpv, duration, weightsReleased: duration - 1, bankStallCycles: i.m * (cpv - 1) };
  }
  const kv = Math.ceil(i.k / s.packing);
  const rmw = osDrainCycles(i.accumulate === 1, accumulatorPorts);
  const duration = kv * cpv + R + C - 1 + i.m * rmw;
  return { busyCycles: duration, duration, weightsReleased: 0, bankStallCycles: kv * (cpv - 1) + i.m * (rmw - 1) };
}

/** os drain: cycles per accumulator row (a read-modify-write on a single-ported bank takes two). */
export function osDrainCycles(accumulate: boolean, accumulatorPorts: number): number {
  return accumulate && accumulatorPorts === 1 ? 2 : 1;
}

/** Packed-weight bytes one GEMM kernel accumulates before it is replaced (bounds its memory). */
const PACKED_BYTES_PER_KERNEL = 32 * 1024 * 1024;

/**
 * COMPUTEs that accumulate into the same accumulator rows, one after another, form a group: their
 * operand tiles are gathered when each COMPUTE runs (the buffers may change later) and multiplied as
 * one GEMM over the concatenated reduction when the group ends. Exact: integer sums do not depend on
 * the order (the accumulator keeps guard bits, docs/HARDWARE.md §3).
 */
interface Group {
  readonly accRow: number;
  readonly m: number;
  readonly n: number;
  readonly accumulate: boolean;
  readonly unsigned: boolean;
  readonly a: (Int8Array | Uint8Array)[];
  readonly w: Int8Array[];
  readonly k: number[];
  kTotal: number;
}

/** The fast engine: exact values from the GEMM kernel on fused tiles, closed-form timing. */
export class FastArray implements ArrayEngine {
  private tile: Int8Array | undefined;
  /** Packing the tile was latched with: a COMPUTE in another mode sees every PE masked (as the PE model). */
  private tilePacking = 0;
  private gemm: Int8Gemm;
  private packedBytes = 0;
  private group: Group | undefined;

  /** `newGemm` makes a kernel; a kernel frees its packed weights only when dropped, so a fresh one is
   *  taken once PACKED_BYTES_PER_KERNEL bytes of weights have been packed into the current one. */
  constructor(private readonly g: ArrayGeometry, private readonly buffers: Buffers, private readonly newGemm: () => Int8Gemm) {
    this.gemm = newGemm();
  }

  loadWeights(i: InstructionOf<'LOAD_WEIGHTS'>, s: ArrayModeState): ArrayTiming {
    this.tile = latchWeights(i, s, this.buffers.weight, this.g.rows, this.g.cols);
    this.tilePacking = s.packing;
    return loadWeightsTiming(this.g, s, i.k);
  }

  compute(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, accumulatorPorts: number): ArrayTiming {
    const { input, weight } = this.buffers;
    let a: Int8Array | Uint8Array;
    let w: Int8Array;
    if (this.g.dataflow === 'ws') {
      a = gatherWsInputs(i, s, input);
      w = this.latchedSlice(i.n, i.k, s.packing);
    } else {
      ({ a, w } = gatherOsOperands(i, s, input, weight, this.g.rows, this.g.cols));
    }
    const unsigned = a instanceof Uint8Array;
    const g = this.group;
    const joins = g !== undefined && i.accumulate === 1 && g.accRow === i.accRow && g.m === i.m && g.n === i.n
      && g.unsigned === unsigned && g.kTotal + i.k <= MAX_GEMM_K;
    if (!joins) {
      this.flush();
      this.group = { accRow: i.accRow, m: i.m, n: i.n, accumulate: i.accumulate === 1, unsigned, a: [], w: [], k: [], kTotal: 0 };
    }
    const grp = this.group!;
    grp.a.push(a);
    grp.w.push(w);
    grp.k.push(i.k);
    grp.kTotal += i.k;
    return computeTiming(this.g, s, i, accumulatorPorts);
  }

  /** Multiplies the pending group into the accumulator (before anything else reads or writes it). */
  flush(): void {
    const grp = this.group;
    if (grp === undefined) return;
    this.group = undefined;
    const { m, n, kTotal: K } = grp;
    let a: Int8Array | Uint8Array;
    let w: Int8Array;
    if (grp.a.length === 1) {
      a = grp.a[0]!;
      w = grp.w[0]!;
    } else {
      // Concatenate the tiles along the reduction: A m × K, W n × K, both row-major.
      a = grp.unsigned ? new Uint8Array(m * K) : new Int8Array(m * K);
      w = new Int8Array(n * K);
      let at = 0;
      grp.k.forEach((k, t) => {
        const at_ = grp.a[t]!;
        const wt = grp.w[t]!;
        for (let r = 0; r < m; r++) for (let j = 0; j < k; j++) a[r * K + at + j] = at_[r * k + j]!;
        for (let c = 0; c < n; c++) for (let j = 0; j < k; j++) w[c * K + at + j] = wt[c * k + j]!;
        at += k;
      });
    }
    const dots = this.gemm.gemmView(a, m, this.pack(w, n, K));
    const acc = this.buffers.accumulator.values;
    const cols = this.buffers.accumulator.cols;
    for (let r = 0; r < m; r++) {
      const to = (grp.accRow + r) * cols;
      const from = r * n;
      if (grp.accumulate) for (let c = 0; c < n; c++) acc[to + c]! += dots[from + c]!;
      else for (let c = 0; c < n; c++) acc[to + c] = dots[from + c]!;
    }
  }

  private pack(w: Int8Array, n: number, k: number): PackedWeights {
    this.packedBytes += n * k * 2;
    if (this.packedBytes > PACKED_BYTES_PER_KERNEL) {
      this.gemm = this.newGemm();
      this.packedBytes = n * k * 2;
    }
    return this.gemm.packWeights(w, n, k);
  }

  /** The latched tile's first n channels × first k elements (n-major). */
  private latchedSlice(n: number, k: number, packing: number): Int8Array {
    const w = new Int8Array(n * k);
    // Nothing latched (or latched in another mode): every PE is masked, the slice stays 0.
    if (this.tile === undefined || this.tilePacking !== packing) return w;
    const kTile = this.g.rows * packing;
    for (let c = 0; c < n; c++) for (let j = 0; j < k; j++) w[c * k + j] = this.tile[c * kTile + j]!;
    return w;
  }
}
