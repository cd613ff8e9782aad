// A COMPUTE run's micro-ops scheduled in one step of the machine (isa/compute-run.ts). The micro-ops still
// exist in hardware — one fetch cycle and one compute-queue slot each, the loader and the array each as busy
// as for the unrolled pairs — so every one gets its exact start and end here, by the same rules the step loop
// applies (fetcher.dispatchOf, ComputeScheduler); only the loop's pass over the three queue heads per
// micro-op is saved. That is exact because nothing a later micro-op waits for comes from another queue: the
// run pops only on its first micro-op (the caller placed it) and pushes only on its last, the fetch slots it
// needs are freed by compute-queue instructions that already started, and the array and loader state belongs
// to the compute queue, which issues in order. Functional effects happen in commit order, so a LOAD or STORE
// that starts during the run now commits after all of its micro-ops: the same data for every program whose
// buffer accesses the tokens order (the lowering's; a LOAD racing a run's weight rows is not one).
import { assert } from '../core/diagnostics.js';
import type { ComputeScheduler } from './compute-scheduler.js';
import type { Fetcher } from './queues.js';
import type { Counters } from './stats.js';
import type { ArrayEngine, ArrayTiming } from './units/systolic-array.js';
import type { InstructionOf } from '../isa/instruction.js';
import { issuedInstruction, type IssuedInstructions } from '../isa/compute-run.js';
import type { DerivedHw } from '../isa/hw-config.js';
import { tileWeightVectors, type Dataflow } from '../isa/spec.js';
import type { ArrayModeState } from './functional/operands.js';
import { countCompute } from './config-state.js';

/**
 * Schedules the micro-ops of a run whose first one (issued index `first`, a LOAD_WEIGHTS) starts at `at0`:
 * `timings` are theirs in issue order (LOAD_WEIGHTS, COMPUTE, ...), every COMPUTE writes accumulator rows
 * [accLo, accHi). Fills `start` and `end`, charges vector-unit waits to `k`; returns the last micro-op's index.
 */
export function scheduleRun(
  first: number, at0: number, timings: readonly ArrayTiming[], accLo: number, accHi: number,
  fetcher: Fetcher, start: Float64Array, end: Float64Array, sched: ComputeScheduler, k: Counters,
): number {
  for (let j = 0; j < timings.length; j++) {
    const idx = first + j;
    const compute = (j & 1) === 1;
    let at = at0;
    if (j > 0) {
      const dispatched = fetcher.dispatchOf(idx, start);
      assert(dispatched >= 0, 'a run micro-op waits for a queue slot only earlier compute instructions hold');
      if (compute) sched.earliestArray(dispatched, accLo, accHi);
      else sched.earliestLoader(dispatched);
      at = sched.at;
      k.stalls.vectorUnitBusy += sched.vectorWait;
    }
    const t = timings[j]!;
    const e = at + (compute ? sched.arrayDuration(at, t) : t.duration);
    start[idx] = at;
    end[idx] = e;
    if (compute) sched.issuedArray(at, e, t, accLo, accHi);
    else sched.issuedLoader(at, e, t);
  }
  return first + timings.length - 1;
}

/**
 * What the array does for run `run` (issued index `first` of its first micro-op; `micro`: the issued
 * program): the engine's native run when it has one for it, else its micro-ops one by one. Their timings.
 */
export function runTimings(
  array: ArrayEngine, run: InstructionOf<'COMPUTE'>, micro: IssuedInstructions, first: number, s: ArrayModeState, ports: number,
  window: InstructionOf<'WINDOW'>,
): readonly ArrayTiming[] {
  const native = array.computeRun?.(run, s, ports, window, first);
  if (native !== undefined) return native;
  const timings: ArrayTiming[] = [];
  for (let j = first; j < first + 2 * run.tiles; j++) {
    const u = issuedInstruction(micro, j);
    timings.push(u.op === 'LOAD_WEIGHTS' ? array.loadWeights(u, s) : array.compute(u as InstructionOf<'COMPUTE'>, s, ports, window, j));
  }
  return timings;
}

/** Charges run `run`'s micro-ops to `k` as the machine's executors charge a LOAD_WEIGHTS and a COMPUTE, in issue order. */
export function chargeRun(
  run: InstructionOf<'COMPUTE'>, s: ArrayModeState, timings: readonly ArrayTiming[], cfg: InstructionOf<'CONFIG'>, macKey: string, d: DerivedHw,
  dataflow: Dataflow, k: Counters,
): void {
  const lwReads = tileWeightVectors(s.mode, run.k, s.packing) * s.rowsPerVectorW;
  const op = { m: run.m, n: run.n, k: run.k, accumulate: run.accumulate };
  for (let t = 0; t < run.tiles; t++) {
    k.sramReads.weight += lwReads;
    k.stalls.bankConflict += timings[2 * t]!.bankStallCycles;
    op.accumulate = t === 0 ? run.accumulate : 1;
    const c = timings[2 * t + 1]!;
    countCompute(op, s, cfg, macKey, d, dataflow, c.inputRowReads, k);
    k.stalls.bankConflict += c.bankStallCycles;
  }
}
