// The systolic array's contract and closed-form timing (docs/CYCLE-MODEL.md §Array). The fast model
// (fast/fast-array.ts) computes values with the exact int8 GEMM kernel on whole tiles; the PE-level model
// (simulator/pe-model.ts) implements the same ArrayEngine by stepping every PE register; the property
// test holds the two equal.
import type { InstructionOf } from '../../isa/instruction.js';
import type { Dataflow } from '../../isa/spec.js';
import type { ArrayModeState } from '../functional/operands.js';
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
}

/** What executes LOAD_WEIGHTS and COMPUTE (fast closed-form engine or PE-level stepping). */
export interface ArrayEngine {
  loadWeights(i: InstructionOf<'LOAD_WEIGHTS'>, s: ArrayModeState): ArrayTiming;
  compute(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, accumulatorPorts: number): ArrayTiming;
  /** Applies deferred accumulator updates; called before anything else touches the accumulator. */
  flush?(): void;
  /** Called before `load` writes bytes [lo, hi) of the input or weight buffer (deferred reads go first). */
  beforeWrite?(buffer: 'input' | 'weight', lo: number, hi: number, load: InstructionOf<'LOAD'>): void;
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
