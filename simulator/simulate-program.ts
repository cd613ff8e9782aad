// The simulator's library entry: run a compiled program on its machine and report outputs, statistics,
// energy and (optionally) a trace. `simulateBatch` (run-batch.ts) spreads several images over workers.
import { fail } from '../core/diagnostics.js';
import { expandedInstructions, type IssuedProgram } from '../isa/compute-run.js';
import { dramFootprint } from './dram-footprint.js';
import type { Program } from '../isa/program-file.js';

export { dramFootprint };
import type { EnergyTable } from './energy/energy-table.js';
import { energyOf, type EnergyReport } from './energy/energy-model.js';
import { energyCosts } from './energy/scaling.js';
import { createInt8Gemm } from './fast/gemm-wasm.js';
import { readTensor, writeTensor, type TensorValues } from './functional/tensor-io.js';
import { deriveHw, requireValidHwConfig, type HwConfig } from '../isa/hw-config.js';
import { Machine, type CommitSteps, type Fidelity, type MachineRun } from './machine.js';
import { arrayGeometry } from './units/systolic-array.js';
import { WindowCosts } from './fast/window-costs.js';
import { GemmKernels } from './fast/gemm-kernels.js';
import { PackingScript } from './fast/int8-ws-weights.js';
import { peArrayEngine } from './pe-model.js';
import { programIndex } from './program-index.js';
import { Counters, type LayerStats, type RunStats } from './stats.js';
import { recordedRun, recordRun, replayOverflows, replayRun, takeRecordingStream, timelineReusable } from './timeline-reuse.js';
import { buildTrace, type Trace } from './trace.js';

/** Options of one simulation. */
export interface SimulateOptions {
  /** 'fast' (default): closed-form timing and the GEMM kernel; 'pe': every PE stepped (slow, small cases). */
  readonly fidelity?: Fidelity;
  readonly trace?: boolean;
  /** Energy table (default Horowitz 45 nm); load overrides with loadEnergyTable (--energy). */
  readonly energyTable?: EnergyTable;
  /** Keep the whole DRAM after the run in the result (`dram`); else its buffer is reused by the next run. */
  readonly keepDram?: boolean;
  /** Replay the timeline recorded by an earlier simulation of the program (timeline-reuse.ts; default true):
   *  false simulates every cycle stamp again (and records nothing). */
  readonly reuseTimeline?: boolean;
}

/** Energy of the run, in total and per layer. */
export interface RunEnergy {
  readonly total: EnergyReport;
  readonly layers: readonly { readonly name: string; readonly energy: EnergyReport }[];
  /** Average power at the configured clock. */
  readonly watts: number;
}

/** What one simulation produced. */
export interface SimulationResult {
  readonly outputs: Map<string, TensorValues>;
  readonly stats: RunStats;
  readonly energy: RunEnergy;
  readonly trace?: Trace;
  /** The DRAM after the run (with `keepDram`, for callers that read tensors other than the outputs). */
  readonly dram?: Uint8Array;
}


/** Runs `program` with `inputs` (by tensor name, element values) on the machine it was compiled for. */
export function simulateProgram(program: Program, inputs: ReadonlyMap<string, ArrayLike<number>>, options: SimulateOptions = {}): SimulationResult {
  const { hw, machine } = machineWithInputs(program, inputs, options.fidelity);
  const reuse = options.fidelity !== 'pe' && options.reuseTimeline !== false && timelineReusable(program);
  const rec = reuse ? recordedRun(program) : undefined;
  const run = rec !== undefined ? replayRun(machine, rec) : recordingRun(program, machine, reuse);
  const outputs = outputsOf(program, machine, options.keepDram === true);
  // The timeline is the issued program's (COMPUTE runs expanded): its stats and trace read that program.
  const issued = machine.program;
  const stats = runStats(hw, issued, run);
  const energy = runEnergy(hw, stats, options.energyTable);
  const trace = options.trace === true ? buildTrace(expandedInstructions(issued.instructions), run.start, run.end, issued.layers, run.layerOf, hw.clockHz) : undefined;
  return { outputs, stats, energy, ...(options.keepDram === true ? { dram: machine.dram.bytes } : {}), ...(trace === undefined ? {} : { trace }) };
}

/**
 * Replays `program`'s recorded commit order `steps` (timeline-reuse.ts; it may still be being recorded by another
 * thread: timeline-stream.ts) with `inputs`, for the values only: the outputs and the REQUANT overflows per layer
 * counter (the statistics are the record's with these overflows: timeline-reuse.ts withRecordedTimeline).
 */
export function replayValues(program: Program, inputs: ReadonlyMap<string, ArrayLike<number>>, steps: CommitSteps): { outputs: Map<string, TensorValues>; overflows: number[] } {
  const { machine } = machineWithInputs(program, inputs, 'fast');
  const overflows = replayOverflows(machine, steps, machine.layerOf(), machine.program.layers.length + 1);
  return { outputs: outputsOf(program, machine, false), overflows };
}

/** A machine for one run of `program` (its engine's memos shared with the program's other runs in this thread)
 *  with `inputs` written to its DRAM. */
function machineWithInputs(program: Program, inputs: ReadonlyMap<string, ArrayLike<number>>, fidelity: Fidelity | undefined): { hw: HwConfig; machine: Machine } {
  const hw = requireValidHwConfig(program.hwConfig);
  const kernels = fidelity === 'pe' ? undefined : kernelsFor(program);
  const engine = kernels === undefined ? { array: peArrayEngine } : { kernels, windowCosts: windowCostsFor(program, hw), packings: packingsFor(kernels, hw) };
  // A simulation's DRAM is tens of MiB: allocating one per image made the garbage collector run a full
  // mark-compact every few images. Runs of one program in this thread take turns with one buffer.
  const spare = spareDram.get(program);
  spareDram.delete(program);
  const machine = new Machine(hw, program, dramFootprint(program), engine, spare);
  for (const t of program.tensors) {
    if (t.role !== 'input') continue;
    const values = inputs.get(t.name);
    if (values === undefined) fail('SIM003', `missing input "${t.name}" (the program's inputs: ${program.tensors.filter((x) => x.role === 'input').map((x) => x.name).join(', ')})`, {});
    writeTensor(machine.dram.bytes, t, values!);
  }
  for (const name of inputs.keys()) {
    if (!program.tensors.some((t) => t.role === 'input' && t.name === name)) fail('SIM003', `"${name}" is not an input of the program`, {});
  }
  return { hw, machine };
}

/** A full run of `machine`; recorded for the program's next runs when `reuse`, into the stream a batch's workers
 *  follow if one waits (aborted if the run fails, so that they stop). */
function recordingRun(program: Program, machine: Machine, reuse: boolean): MachineRun {
  const stream = reuse ? takeRecordingStream(program) : undefined;
  let run: MachineRun;
  try {
    run = machine.run(stream);
  } catch (e) {
    stream?.abort();
    throw e;
  }
  if (reuse) recordRun(program, run);
  stream?.finish(run.commitOrder.length);
  return run;
}

/** The program's outputs read from `machine`'s DRAM; the DRAM is then lent to the program's next run unless kept. */
function outputsOf(program: Program, machine: Machine, keepDram: boolean): Map<string, TensorValues> {
  const outputs = new Map<string, TensorValues>();
  for (const t of program.tensors) if (t.role === 'output') outputs.set(t.name, readTensor(machine.dram.bytes, t));
  if (!keepDram) spareDram.set(program, machine.dram.bytes);
  return outputs;
}
/** The DRAM buffer of the last run of a program whose caller did not keep it. */
const spareDram = new WeakMap<Program, Uint8Array>();

/**
 * The GEMM kernels the simulations of one program share in this thread (one at a time: runs are
 * synchronous), so that every image after the first reuses the packed weights (fast/packed-cache.ts
 * checks their DRAM bytes). Dropped with the program; one set per backend choice.
 */
const kernelsByProgram = new WeakMap<Program, Map<string, GemmKernels>>();
function kernelsFor(program: Program): GemmKernels {
  const backend = process.env['ACCSIM_GEMM_BACKEND'] ?? 'auto';
  let byBackend = kernelsByProgram.get(program);
  if (byBackend === undefined) kernelsByProgram.set(program, (byBackend = new Map()));
  let k = byBackend.get(backend);
  if (k === undefined) byBackend.set(backend, (k = new GemmKernels(() => createInt8Gemm())));
  return k;
}

/** The packed-weight sequence the simulations of one program share (int8-ws-weights.ts), per kernel set (a packing
 *  lives in its kernel) and machine (the sequence follows the machine's buffers). */
const packingsByKernels = new WeakMap<GemmKernels, { readonly hwKey: string; readonly script: PackingScript }>();
function packingsFor(kernels: GemmKernels, hw: HwConfig): PackingScript {
  const hwKey = JSON.stringify(hw);
  let p = packingsByKernels.get(kernels);
  if (p === undefined || p.hwKey !== hwKey) packingsByKernels.set(kernels, (p = { hwKey, script: new PackingScript() }));
  return p.script;
}

/** The window cost memo the simulations of one program share (costs depend only on the program and its machine). */
const windowCostsByProgram = new WeakMap<Program, WindowCosts>();
function windowCostsFor(program: Program, hw: HwConfig): WindowCosts {
  const g = arrayGeometry(hw, deriveHw(hw));
  let w = windowCostsByProgram.get(program);
  // (A program's machine does not change; a caller who edits its hwConfig in place gets a fresh memo anyway.)
  if (w === undefined || !w.sameGeometry(g)) windowCostsByProgram.set(program, (w = new WindowCosts(g)));
  return w;
}

/** Cycles, utilization and counters per layer and in total. */
export function runStats(hw: HwConfig, program: IssuedProgram, run: MachineRun): RunStats {
  const totals = new Counters();
  for (const k of run.layerCounters) totals.merge(k);
  const layers: LayerStats[] = program.layers.map((l, k) => {
    let first = minOf(run.start, l.firstInstruction, l.firstInstruction + l.instructionCount);
    const last = maxOf(run.end, l.firstInstruction, l.firstInstruction + l.instructionCount);
    if (first === Infinity) first = 0;
    const counters = run.layerCounters[k]!;
    const cycles = Math.max(0, last - first);
    return {
      name: l.name, firstCycle: first, lastCycle: last, cycles, counters, utilization: cycles > 0 ? counters.peakCycleEquivalents / cycles : 0,
      ...(l.compulsoryBytes === undefined ? {} : { compulsoryBytes: l.compulsoryBytes }),
    };
  });
  const busy = busyPerQueue(programIndex(program.instructions).queue, run.start, run.end);
  return {
    cycles: run.cycles,
    seconds: run.cycles * deriveHw(hw).secondsPerCycle,
    clockHz: hw.clockHz,
    utilization: run.cycles > 0 ? totals.peakCycleEquivalents / run.cycles : 0,
    totals,
    layers,
    busyCycles: busy,
  };
}

// The loops over every issued instruction (ResNet-18: 125 k) as small functions of typed arrays only: once per
// image, inline in runStats they ran unoptimized often enough to box a number per element read.

/** Least of x[from, to) (Infinity when empty). */
function minOf(x: Float64Array, from: number, to: number): number {
  let m = Infinity;
  for (let i = from; i < to; i++) if (x[i]! < m) m = x[i]!;
  return m;
}

/** Greatest of x[from, to), at least 0. */
function maxOf(x: Float64Array, from: number, to: number): number {
  let m = 0;
  for (let i = from; i < to; i++) if (x[i]! > m) m = x[i]!;
  return m;
}

/** Σ (end − start) per queue (0 load, 1 compute, 2 store). */
function busyPerQueue(queue: Uint8Array, start: Float64Array, end: Float64Array): { load: number; compute: number; store: number } {
  let load = 0;
  let compute = 0;
  let store = 0;
  for (let n = 0; n < queue.length; n++) {
    const d = end[n]! - start[n]!;
    const q = queue[n]!;
    if (q === 0) load += d;
    else if (q === 1) compute += d;
    else store += d;
  }
  return { load, compute, store };
}

/** Energy per layer and in total from the counters. */
export function runEnergy(hw: HwConfig, stats: RunStats, table?: EnergyTable): RunEnergy {
  const costs = energyCosts(table);
  const d = deriveHw(hw);
  const total = energyOf(stats.totals, hw, d, costs);
  return {
    total,
    layers: stats.layers.map((l) => ({ name: l.name, energy: energyOf(l.counters, hw, d, costs) })),
    watts: stats.seconds > 0 ? (total.totalPj * 1e-12) / stats.seconds : 0,
  };
}
