// The timeline of a program is the same for every input: after its first simulation, the next ones of the same
// program (and machine) replay the recorded commit order for the values only (Machine.replay) and take every
// cycle stamp and counter from the record, except the value statistic REQUANT overflows, counted per image.
//
// Why the timeline cannot depend on the data (integer modes; docs/CYCLE-MODEL.md "Timeline reuse"): the step
// loop picks the head with the least start (ties: program order), and a start is a max over the fetcher's
// dispatch (earlier starts), token pushes (earlier ends), the DMA engine's and compute units' busy state
// (earlier starts, ends and array timings). By induction over the steps the timeline is data-free when every
// duration is, and every duration is a function of the instruction's fields, the machine, and the CONFIG and
// WINDOW in force (fields too): DMA (burst counts and bank walks from the fields; the DRAM channel from those
// and the start), MOVE (bank walks), LOAD_WEIGHTS and COMPUTE (closed forms of m, n, k, mode, window geometry;
// the PE model is held equal to them), vector instructions (rows, elements, bank rows, pool windows from the
// geometry and padding; LUT charges its whole table), CONFIG, WINDOW, HALT. The values decide only which exact
// path computes them (the REQUANT kernel's fallback, the packed-weight cache), never a cycle, an address or a
// count; nothing in the ISA branches or addresses by a value. The float modes are left out (the float datapath
// is still changing), so a program with a float-mode CONFIG always runs in full.
import { isFloatMode } from '../isa/spec.js';
import type { Program } from '../isa/program-file.js';
import type { CommitSteps, Machine, MachineRun } from './machine.js';
import { Counters } from './stats.js';
import type { TimelineStream } from './timeline-stream.js';

/** A program's recorded run and the machine it ran on (a caller may edit a program's hwConfig in place). */
interface Recorded {
  readonly hwKey: string;
  readonly run: MachineRun;
}

const recorded = new WeakMap<Program, Recorded>();
const eligible = new WeakMap<Program, boolean>();

/** Whether `program`'s timeline may be reused (no float-mode CONFIG; see above). */
export function timelineReusable(program: Program): boolean {
  let ok = eligible.get(program);
  if (ok === undefined) {
    ok = program.instructions.every((i) => i.op !== 'CONFIG' || !isFloatMode(i.mode));
    eligible.set(program, ok);
  }
  return ok;
}

/** The run recorded for `program` on its current machine, if any. */
export function recordedRun(program: Program): MachineRun | undefined {
  const r = recorded.get(program);
  return r !== undefined && r.hwKey === JSON.stringify(program.hwConfig) ? r.run : undefined;
}

/** Keeps `run` (a full simulation of `program`) for the next simulations of it. */
export function recordRun(program: Program, run: MachineRun): void {
  // A copy: the caller gets `run` itself and may change it.
  const copy = { ...run, start: run.start.slice(), end: run.end.slice(), layerCounters: run.layerCounters.map((k) => withOverflows(k, k.overflows)) };
  recorded.set(program, { hwKey: JSON.stringify(program.hwConfig), run: copy });
}

/** A copy of `k` with `overflows` in place of its own. */
function withOverflows(k: Counters, overflows: number): Counters {
  const c = new Counters();
  c.merge(k);
  c.overflows = overflows;
  return c;
}

/** Streams waiting for the next recording of their program in this thread (run-batch.ts hands them to workers). */
const waiting = new WeakMap<Program, TimelineStream>();

/** The next run of `program` in this thread that records (see recordRun) writes its commit order into `stream`
 *  as it goes, and finishes it (or aborts it if the run fails). */
export function streamNextRecording(program: Program, stream: TimelineStream): void {
  waiting.set(program, stream);
}

/** The stream the recording run about to start writes to, if one waits (it is handed out once). */
export function takeRecordingStream(program: Program): TimelineStream | undefined {
  const s = waiting.get(program);
  waiting.delete(program);
  return s;
}

/**
 * `machine` (inputs written) runs `rec`'s commit order for the values; the run it returns is `rec`'s timeline
 * with fresh counters whose value statistics are this run's. Its stamps are the record's own arrays, not
 * copies (2 MB per ResNet-18 image of short-lived external memory made the collector run): read them only.
 */
export function replayRun(machine: Machine, rec: MachineRun): MachineRun {
  return withRecordedTimeline(rec, replayOverflows(machine, rec.commitOrder, rec.layerOf, rec.layerCounters.length));
}

/** `machine` (inputs written) replays commit order `steps` for the values; REQUANT overflows per layer counter
 *  (by `layerOf`; `layers` counters, the last for instructions outside every layer). */
export function replayOverflows(machine: Machine, steps: CommitSteps | Int32Array, layerOf: Int32Array, layers: number): number[] {
  const values = Array.from({ length: layers }, () => new Counters());
  machine.replay(steps, layerOf, values);
  return values.map((k) => k.overflows);
}

/** `rec`'s timeline and counters with the value statistics of a replay (`overflows` per layer counter). */
export function withRecordedTimeline(rec: MachineRun, overflows: readonly number[]): MachineRun {
  const layerCounters = rec.layerCounters.map((k, n) => withOverflows(k, overflows[n]!));
  return { cycles: rec.cycles, start: rec.start, end: rec.end, layerCounters, layerOf: rec.layerOf, commitOrder: rec.commitOrder };
}
