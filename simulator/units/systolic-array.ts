// The systolic array's contract and closed-form timing (docs/CYCLE-MODEL.md §Array). The fast model
// (fast/fast-array.ts) computes values with the exact int8 GEMM kernel on whole tiles; the PE-level model
// (simulator/pe-model.ts) implements the same ArrayEngine by stepping every PE register; the property
// test holds the two equal.
import type { DerivedHw, HwConfig } from '../../isa/hw-config.js';
import type { InstructionOf } from '../../isa/instruction.js';
import { tileWeightVectors, type Dataflow } from '../../isa/spec.js';
import { groupScaled, type ArrayModeState } from '../functional/operands.js';
import { cyclesPerVector } from '../memory/banks.js';

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
  /**
   * os COMPUTE: the last `drainCycles` of `duration` move the results from the PEs' accumulators to the
   * accumulator rows. Each PE has two accumulators, so the drain overlaps the next COMPUTE's streaming;
   * the compute scheduler places it after the previous drain. 0 for ws and LOAD_WEIGHTS.
   */
  readonly drainCycles: number;
  /** Input-buffer row reads of a COMPUTE (SRAM energy); 0 for LOAD_WEIGHTS. */
  readonly inputRowReads: number;
}

/**
 * What the window input path costs a COMPUTE window=1 (units/window-input.ts): ws, the cycles of its m
 * steps, Σ max(step read cycles, accumulator read-modify-write cycles); os, the cycles per vector step
 * the input lanes allow. And the rows it reads.
 */
export type WindowCost = { readonly wsStream: number; readonly rowReads: number } | { readonly osStep: number; readonly rowReads: number };

/** What executes LOAD_WEIGHTS and COMPUTE (fast closed-form engine or PE-level stepping). */
export interface ArrayEngine {
  loadWeights(i: InstructionOf<'LOAD_WEIGHTS'>, s: ArrayModeState): ArrayTiming;
  /** `window`: the last WINDOW (a COMPUTE window=1 reads through it); `index`: the instruction's index in its
   *  program, if known (an engine may key per-instruction memos by it). */
  compute(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, accumulatorPorts: number, window: InstructionOf<'WINDOW'> | undefined, index?: number): ArrayTiming;
  /**
   * Optional: a ws COMPUTE run's 2·tiles micro-ops at once (isa/compute-run.ts; `index`: its first micro-op's
   * index in the issued program), with the effect of issuing them one by one; their timings in issue order.
   * undefined: not for this run (the machine then calls loadWeights and compute per micro-op).
   */
  computeRun?(run: InstructionOf<'COMPUTE'>, s: ArrayModeState, accumulatorPorts: number, window: InstructionOf<'WINDOW'> | undefined, index: number): readonly ArrayTiming[] | undefined;
  /** Applies deferred accumulator updates; called before anything else touches the accumulator. */
  flush?(): void;
  /** Optional, instead of `flush` before a vector instruction that only reads accumulator rows [lo, hi) (and writes
   *  nothing the array reads): applies the deferred updates of those rows at least. */
  beforeAccumulatorRead?(lo: number, hi: number): void;
  /** Optional: from now on the caller (a replay of a recorded timeline) uses the values only, so the timings
   *  this engine returns need not be computed (they may be anything). */
  skipTiming?(): void;
  /** Called before `load` (undefined: a MOVE) writes bytes [lo, hi) of the input or weight buffer (deferred reads go first). */
  beforeWrite?(buffer: 'input' | 'weight', lo: number, hi: number, load: InstructionOf<'LOAD'> | undefined): void;
  /** Called before a STORE writes DRAM bytes [lo, hi). */
  beforeDramWrite?(lo: number, hi: number): void;
}

/** Geometry both engines need. */
export interface ArrayGeometry {
  readonly rows: number;
  readonly cols: number;
  readonly dataflow: Dataflow;
  readonly inputBanks: number;
  readonly weightBanks: number;
  /** Bytes of an input-buffer row (the window path's rows). */
  readonly inputRowBytes: number;
}

/** The array's shape and input banking as the array engines see it. */
export function arrayGeometry(hw: HwConfig, derived: DerivedHw): ArrayGeometry {
  const m = hw.memories;
  return {
    rows: hw.array.rows, cols: hw.array.cols, dataflow: hw.array.dataflow, inputBanks: m.input.banks, weightBanks: m.weight.banks,
    inputRowBytes: derived.rowBytes.input,
  };
}

/** Cycles per input step: a vector read may take several cycles; a read-modify-write of an
 *  accumulator row on a single-ported bank takes two. */
export function stepCycles(g: ArrayGeometry, s: ArrayModeState, accumulate: boolean, accumulatorPorts: number, dataflow: Dataflow): number {
  const input = cyclesPerVector(s.rowsPerVectorIn, g.inputBanks);
  const weight = dataflow === 'os' ? cyclesPerVector(s.rowsPerVectorW, g.weightBanks) : 1;
  const acc = accumulate && accumulatorPorts === 1 && dataflow === 'ws' ? 2 : 1;
  return Math.max(input, weight, acc);
}

/**
 * Cycles the group modes' column multiplier stage adds to a COMPUTE's latency: the partial sum leaving a
 * column (ws: after the de-skew; os: on the drain path) is multiplied by the column's u8 multiplier in one
 * pipeline register before the accumulator add (docs/CYCLE-MODEL.md §Array, group modes). Pipelined, so the
 * input port and the weights are released as without it.
 */
export const GROUP_SCALE_STAGE_CYCLES = 1;

/** The extra latency of `s`'s mode: GROUP_SCALE_STAGE_CYCLES in a group mode, else 0. */
function groupStage(s: ArrayModeState): number {
  return groupScaled(s) ? GROUP_SCALE_STAGE_CYCLES : 0;
}

/**
 * Closed-form timing of LOAD_WEIGHTS: the kv = ceil(k/P) vectors that exist shift down the weight chain,
 * the vector for row kv − 1 first, one read (cpv cycles) each; the rows past kv are not shifted (every PE
 * there is masked by k): duration = kv·cpv. A group mode reads one more vector, the column multipliers,
 * into the multiplier registers at the column bottoms: duration = (kv + 1)·cpv.
 */
export function loadWeightsTiming(g: ArrayGeometry, s: ArrayModeState, k: number): ArrayTiming {
  const vectors = tileWeightVectors(s.mode, k, s.packing);
  const cpv = cyclesPerVector(s.rowsPerVectorW, g.weightBanks);
  const duration = vectors * cpv;
  return { busyCycles: duration, duration, weightsReleased: 0, bankStallCycles: vectors * (cpv - 1), drainCycles: 0, inputRowReads: 0 };
}

/**
 * Closed-form timing of COMPUTE (derivation in docs/CYCLE-MODEL.md; pe-model.ts steps it). A step reads
 * one vector in cpv cycles, so vector j is in the skew registers after cycle t_j = (j+1)·cpv − 1 and
 * reaches PE(r, c) in cycle t_j + 1 + r + c. ws: the de-skewed result row i is written in cycle
 * t_i + R + C, so duration = m·cpv + R + C; the last PE uses the weights in cycle m·cpv − 1 + R + C − 1;
 * the input port is free after m·cpv. A window COMPUTE's steps take their own read cycles: m·cpv becomes
 * the stream `window.wsStream`. os: the last PE finishes in cycle kv·cpv − 1 + R + C − 1, then m rows
 * drain one per cycle (two with a single-ported accumulate): duration = kv·cpv + R + C − 1 + m·rmw; the
 * input port is free after kv·cpv (the drain is the scheduler's to place); a window COMPUTE's cpv is the
 * slower of its weight vector reads and `window.osStep`.
 */
export function computeTiming(g: ArrayGeometry, s: ArrayModeState, i: InstructionOf<'COMPUTE'>, accumulatorPorts: number, window?: WindowCost): ArrayTiming {
  const R = g.rows;
  const C = g.cols;
  if (g.dataflow === 'ws') {
    const cpv = stepCycles(g, s, i.accumulate === 1, accumulatorPorts, 'ws');
    const stream = window !== undefined && 'wsStream' in window ? window.wsStream : i.m * cpv;
    const duration = stream + R + C + groupStage(s);
    const rowReads = window?.rowReads ?? i.m * s.rowsPerVectorIn;
    return { busyCycles: stream, duration, weightsReleased: stream + R + C - 1, bankStallCycles: stream - i.m, drainCycles: 0, inputRowReads: rowReads };
  }
  const kv = Math.ceil(i.k / s.packing);
  const cpv = window !== undefined && 'osStep' in window
    ? Math.max(cyclesPerVector(s.rowsPerVectorW, g.weightBanks), window.osStep)
    : stepCycles(
      g, s,
      // (A comment inside the call: Stryker does not see one before the ternary's branch.)
      // Stryker disable next-line ConditionalExpression,EqualityOperator: an os step has no read-modify-write, so stepCycles ignores accumulate for os (test: stepCycles, "os drains instead")
      i.accumulate === 1, accumulatorPorts, 'os',
    );
  const rmw = osDrainCycles(i.accumulate === 1, accumulatorPorts);
  const stream = kv * cpv;
  const duration = stream + R + C - 1 + groupStage(s) + i.m * rmw;
  return {
    busyCycles: stream, duration, weightsReleased: 0, bankStallCycles: kv * (cpv - 1) + i.m * (rmw - 1), drainCycles: i.m * rmw,
    inputRowReads: window?.rowReads ?? kv * s.rowsPerVectorIn,
  };
}

/** os drain: cycles per accumulator row (a read-modify-write on a single-ported bank takes two). */
export function osDrainCycles(accumulate: boolean, accumulatorPorts: number): number {
  return accumulate && accumulatorPorts === 1 ? 2 : 1;
}
