// loc-budget: the step loop, its executors and their replay (timeline reuse) share the units' private state; split, each would reach into the other
// The machine: three in-order queues (load, compute, store) running concurrently, synchronised by the
// dependency tokens, scheduled event by event with exact cycle stamps. Each step commits the queue head
// that can start earliest (ties: program order); nothing scheduled later can start before it, because
// every event a blocked head waits for comes from an instruction that has not started yet.
import { assert, fail } from '../core/diagnostics.js';
import { issuedInstruction, issuedProgram, runHeads, type IssuedInstructions, type IssuedProgram } from '../isa/compute-run.js';
import { handlerOf, type Instruction, type InstructionHandlers, type InstructionOf } from '../isa/instruction.js';
import type { DramRegion, LayerEntry, TensorDescriptor } from '../isa/program-tables.js';
import { countTraffic, regionsOf, type DramRegions } from './dram-traffic.js';
import { ComputeScheduler } from './compute-scheduler.js';
import type { Int8Gemm } from './functional/gemm.js';
import type { ArrayModeState } from './functional/operands.js';
import { deriveHw, type DerivedHw, type HwConfig } from '../isa/hw-config.js';
import { tileWeightVectors } from '../isa/spec.js';
import { DramChannel, DramStorage } from './memory/dram.js';
import { makeBuffers, type Buffers } from './memory/sram.js';
import { channelFor, Fetcher, makeChannels, type Channels, type TokenChannel } from './queues.js';
import { loadByteRange, storeDramRange, touchesAccumulatorOutsideArray } from '../isa/check/footprint.js';
import { arrayStateOf, countCompute, vectorStateOf } from './config-state.js';
import { packedArray, POP_NEXT, POP_PREV, programIndex, PUSH_NEXT, PUSH_PREV, QUEUE_NAMES } from './program-index.js';
import { Counters } from './stats.js';
import { chargeRun, runTimings, scheduleRun } from './run-issue.js';
import { transfer } from './units/dma.js';
import { moveTransferData } from './units/dma-data.js';
import { move, moveData, moveWalks } from './units/move.js';
import { FastArray } from './fast/fast-array.js';
import type { GemmKernels } from './fast/gemm-kernels.js';
import type { WindowCosts } from './fast/window-costs.js';
import type { PackingScript } from './fast/int8-ws-weights.js';
import { arrayGeometry, type ArrayEngine, type ArrayGeometry, type ArrayTiming } from './units/systolic-array.js';
import { FloatUnits } from './float-units.js';
import { add, depthwise, lut, pack, pool, requant, type VectorState, type VectorTiming } from './units/vector-unit.js';

/** A vector-unit instruction's duration; its bank stalls go to the layer's counters. */
function vectorCycles(t: VectorTiming, k: Counters): number {
  k.stalls.bankConflict += t.bankStallCycles;
  return t.duration;
}

/** How the array is modelled: closed form with the GEMM kernel, or every PE stepped. */
export type Fidelity = 'fast' | 'pe';

/** What the machine needs from a program (regions and tensors classify its DRAM traffic; optional). */
export interface MachineProgram {
  readonly instructions: readonly Instruction[];
  readonly dramImage: Uint8Array;
  readonly layers: readonly LayerEntry[];
  readonly regions?: readonly DramRegion[];
  readonly tensors?: readonly TensorDescriptor[];
}

/** A run's timeline and counters. */
export interface MachineRun {
  readonly cycles: number;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Counters per layer of the layer table, plus one for instructions outside every layer (last). */
  readonly layerCounters: readonly Counters[];
  readonly layerOf: Int32Array;
  /** The issued indices of the instructions (or runs) each step committed, in commit order (what `replay` needs). */
  readonly commitOrder: Int32Array;
}

/** Where a recording run (`Machine.run`) writes its commit order as it goes (timeline-stream.ts shares it with
 *  worker threads that replay it meanwhile): `order` holds at least one entry per issued instruction. */
export interface CommitSink {
  readonly order: Int32Array;
  /** The first `steps` entries of `order` are final. */
  published(steps: number): void;
}

/** A recorded commit order as `Machine.replay` reads it: `order`'s first `available(s)` entries are final;
 *  `available(s)` returns more than `s` unless the order has fewer steps (it may wait until it has). */
export interface CommitSteps {
  readonly order: Int32Array;
  available(s: number): number;
}

/** Steps published to a CommitSink at a time (a waiting replay wakes once per batch, not per step). */
const PUBLISH_EVERY = 1024;

/** Builds the array engine for a machine (the PE-level model plugs in here). */
export type ArrayEngineFactory = (g: ArrayGeometry, buffers: Buffers) => ArrayEngine;

/** The simulated accelerator for one program run (make a new one per run). */
export class Machine {
  readonly derived: DerivedHw;
  readonly buffers: Buffers;
  readonly dram: DramStorage;
  private readonly channel: DramChannel;
  private readonly array: ArrayEngine;
  /** The float modes' array engine and vector instructions (float-units.ts). */
  private readonly float: FloatUnits;
  private readonly geometry: ArrayGeometry;
  private readonly regions: DramRegions;
  private config: InstructionOf<'CONFIG'> | undefined;
  /** The last WINDOW (each COMPUTE window=1 reads through it). */
  private window: InstructionOf<'WINDOW'> | undefined;

  /** The program as the machine issues it: COMPUTE runs expanded into their micro-ops (isa/compute-run.ts),
   *  so its instruction indices, timeline and layer ranges are the issued ones (a run still executes in one
   *  step: run-issue.ts); a run's later micro-ops are holes. */
  readonly program: Omit<MachineProgram, 'instructions'> & IssuedProgram;

  /** `engine` supplies the array: a GEMM kernel factory (or kernels, window costs and the packed-weight sequence,
   *  shared by the machines that simulate one program) for the fast model, or an engine factory (PE model). */
  constructor(
    readonly hw: HwConfig, program: MachineProgram, dramBytes: number,
    engine: { gemm: () => Int8Gemm } | { kernels: GemmKernels; windowCosts?: WindowCosts; packings?: PackingScript } | { array: ArrayEngineFactory },
    /** A DRAM buffer of an earlier machine to start from (see DramStorage). */
    reuseDram?: Uint8Array,
  ) {
    const issued = issuedProgram(program.instructions, program.layers);
    this.program = issued.instructions === program.instructions ? program : { ...program, ...issued };
    this.derived = deriveHw(hw);
    this.buffers = makeBuffers(hw, this.derived);
    this.dram = new DramStorage(program.dramImage, dramBytes, reuseDram);
    this.channel = new DramChannel(hw);
    this.regions = regionsOf(program);
    this.geometry = arrayGeometry(hw, this.derived);
    this.array = 'array' in engine ? engine.array(this.geometry, this.buffers)
      : 'gemm' in engine ? new FastArray(this.geometry, this.buffers, engine.gemm, this.dram)
        : new FastArray(this.geometry, this.buffers, engine.kernels, this.dram, engine.windowCosts, engine.packings);
    this.float = new FloatUnits(this.geometry, this.buffers, 'array' in engine ? 'pe' : 'fast', this.array, hw.mxScales.sizeBytes);
  }

  /** Runs the program to completion; throws SIM001 on a token deadlock. `sink`: where the commit order goes
   *  as it is made (default: an array of its own). */
  run(sink?: CommitSink): MachineRun {
    this.once();
    const instrs = this.program.instructions;
    const tokens = programIndex(instrs).tokens;
    const n = instrs.length;
    const start = new Float64Array(n).fill(-1);
    const end = new Float64Array(n);
    const layerOf = this.layerOf();
    const counters = packedArray(this.program.layers.length + 1, () => new Counters());
    const q = this.hw.queues;
    const fetcher = new Fetcher(instrs, { load: q.loadDepth, compute: q.computeDepth, store: q.storeDepth });
    const channels = makeChannels(q.tokenDepth);
    const sched = new ComputeScheduler();
    // Everything per queue is indexed 0 load, 1 compute, 2 store; the loop allocates nothing per step.
    const lists = packedArray(3, (qi) => fetcher.queues[QUEUE_NAMES[qi]!]);
    const head = new Int32Array(3);
    // Single-unit queues (load, store) start an instruction once the previous one has ended and pushed.
    const queueReady = new Float64Array(3);
    // The push indices (−1: none) of the last instruction of each queue on its prev and next channels.
    const pendingPrev = new Int32Array(3).fill(-1);
    const pendingNext = new Int32Array(3).fill(-1);
    const pops = packedArray(3, (qi) => [channelFor(channels, QUEUE_NAMES[qi]!, 'popPrev'), channelFor(channels, QUEUE_NAMES[qi]!, 'popNext')] as const);
    const pushes = packedArray(3, (qi) => [channelFor(channels, QUEUE_NAMES[qi]!, 'pushPrev'), channelFor(channels, QUEUE_NAMES[qi]!, 'pushNext')] as const);
    const c = this.cand;
    // A queue head's start, once known, stays what it is until that queue issues: what it waits for
    // (dispatch, token pushes, pops of its own queue, the compute queue's unit state) only ever goes from
    // unknown to known. So only the queue that issued, and heads still blocked, are evaluated again.
    const known = new Uint8Array(3);
    const knownAt = new Float64Array(3);
    const knownToken = new Float64Array(3);
    const knownVector = new Float64Array(3);
    // Runs (isa/compute-run.ts) are issued in one step from their first micro-op (run-issue.ts).
    const runAt = runHeads(instrs);
    const commitOrder = sink?.order ?? new Int32Array(n);
    assert(commitOrder.length >= n, 'Machine.run: the commit sink is shorter than the issued program');
    let steps = 0;
    for (let done = 0; done < n; done++) {
      let bq = -1;
      let bi = 0;
      for (let qi = 0; qi < 3; qi++) {
        const list = lists[qi]!;
        if (head[qi]! >= list.length) continue;
        const i = list[head[qi]!]!;
        if (known[qi] === 0) {
          // Not dispatched, and the instruction whose start frees its slot has not started: still blocked.
          if (i >= fetcher.dispatched && fetcher.waitingFor >= 0 && start[fetcher.waitingFor]! < 0) continue;
          if (!this.candidate(instrs[i]!, tokens[i]!, i, qi, fetcher, start, queueReady[qi]!, pendingPrev[qi]!, pendingNext[qi]!, pops[qi]!, pushes[qi]!, sched)) continue;
          known[qi] = 1;
          knownAt[qi] = c.at;
          knownToken[qi] = c.tokenWait;
          knownVector[qi] = c.vectorWait;
        }
        if (bq < 0 || knownAt[qi]! < knownAt[bq]! || (knownAt[qi] === knownAt[bq] && i < bi)) {
          bq = qi;
          bi = i;
        }
      }
      if (bq >= 0) known[bq] = 0;
      const bAt = bq < 0 ? 0 : knownAt[bq]!;
      const bToken = bq < 0 ? 0 : knownToken[bq]!;
      const bVector = bq < 0 ? 0 : knownVector[bq]!;
      if (bq < 0) this.deadlock(instrs, fetcher, head, channels);
      commitOrder[steps++] = bi;
      if (sink !== undefined && steps % PUBLISH_EVERY === 0) sink.published(steps);
      const instr = instrs[bi]!;
      const flags = tokens[bi]!;
      const k = counters[layerOf[bi]!]!;
      k.stalls.dependencyWait += bToken;
      k.stalls.vectorUnitBusy += bVector;
      const pop = pops[bq]!;
      if ((flags & POP_PREV) !== 0) pop[0]!.pop(bAt);
      if ((flags & POP_NEXT) !== 0) pop[1]!.pop(bAt);
      this.current = bi;
      const run = runAt === undefined ? undefined : runAt[bi];
      // The last instruction this step issued (a run's last micro-op), its end and its token flags.
      let li = bi;
      if (run !== undefined) {
        li = this.issueRun(run, bi, bAt, k, fetcher, start, end, sched);
        done += li - bi;
      } else {
        const duration = this.execute(instr, bAt, k, sched);
        start[bi] = bAt;
        end[bi] = bAt + duration;
        if (bq === 1) sched.issued(instr, bAt, bAt + duration, this.lastArray);
      }
      const lEnd = end[li]!;
      const lFlags = tokens[li]!;
      queueReady[bq] = lEnd;
      const push = pushes[bq]!;
      pendingPrev[bq] = -1;
      pendingNext[bq] = -1;
      if ((lFlags & PUSH_PREV) !== 0) {
        pendingPrev[bq] = push[0]!.pushes;
        push[0]!.push(lEnd);
      }
      if ((lFlags & PUSH_NEXT) !== 0) {
        pendingNext[bq] = push[1]!.pushes;
        push[1]!.push(lEnd);
      }
      head[bq] += li - bi + 1;
    }
    this.array.flush?.();
    let cycles = 0;
    for (let i = 0; i < n; i++) cycles = Math.max(cycles, end[i]!);
    for (const ch of Object.values(channels) as TokenChannel[]) {
      // A push that never finds room (its FIFO is full and nobody pops any more) hangs the unit.
      if (!ch.allPushesResolved()) this.deadlock(instrs, fetcher, head, channels);
      cycles = Math.max(cycles, ch.lastPush());
    }
    return { cycles, start, end, layerCounters: counters, layerOf, commitOrder: commitOrder.slice(0, steps) };
  }

  /**
   * The functional effects of a run whose timeline is known (simulator/timeline-reuse.ts): the instructions (or
   * runs) of the commit order `steps` in that order, as `run` applies them, without scheduling, DMA and MOVE
   * timing or the array's timing. Value statistics (REQUANT overflows) go to `counters` by `layerOf`; the
   * other charges there are not meaningful. `steps` may still be being recorded (it waits for them).
   */
  replay(steps: CommitSteps | Int32Array, layerOf: Int32Array, counters: readonly Counters[]): void {
    this.once();
    const instrs = this.program.instructions;
    const runAt = runHeads(instrs);
    // (COMPUTE's executor asks a scheduler for its duration; the answer is dropped.)
    const sched = new ComputeScheduler();
    const ports = this.hw.memories.accumulator.ports;
    this.valuesOnly = true;
    this.array.skipTiming?.();
    const commitOrder = steps instanceof Int32Array ? steps : steps.order;
    let known = steps instanceof Int32Array ? steps.length : 0;
    for (let s = 0; ; s++) {
      if (s >= known && (steps instanceof Int32Array || (known = steps.available(s)) <= s)) break;
      const bi = commitOrder[s]!;
      this.current = bi;
      const run = runAt === undefined ? undefined : runAt[bi];
      // (The recorded run had a WINDOW before every run: it would have failed with SIM004 otherwise.)
      if (run === undefined) this.execute(instrs[bi]!, 0, counters[layerOf[bi]!]!, sched);
      else runTimings(this.array, run, instrs, bi, this.arrayState(), ports, this.window!);
    }
    this.array.flush?.();
  }

  /** The layer-table entry of each issued instruction (layers.length: outside every layer), as `run` reports it. */
  layerOf(): Int32Array {
    const layerOf = new Int32Array(this.program.instructions.length).fill(this.program.layers.length);
    this.program.layers.forEach((l, k) => layerOf.fill(k, l.firstInstruction, l.firstInstruction + l.instructionCount));
    return layerOf;
  }

  /** The last candidate's start cycle and waits (a reused record: the step loop allocates nothing). */
  private readonly cand = { at: 0, tokenWait: 0, vectorWait: 0 };
  /** Replaying (`replay`): LOAD, STORE and MOVE move their data only (their timing is the recorded run's). Set
   *  for the machine's whole life: a machine runs or replays once (`once`). */
  private valuesOnly = false;
  private used = false;
  /** A machine's units, memories and value switches start fresh for exactly one run or replay. */
  private once(): void {
    assert(!this.used, 'a Machine runs or replays one program once (make a new one per run)');
    this.used = true;
  }
  /** Index of the instruction executing (the array's per-instruction memos are keyed by it). */
  private current = -1;
  /** Array timing of the last executed array instruction (for the compute scheduler). */
  private lastArray: ArrayTiming | undefined;

  /** When the head `instr` of queue `qi` could start, into `this.cand`; false while it cannot be known. */
  private candidate(
    instr: Instruction, flags: number, i: number, qi: number, fetcher: Fetcher, start: Float64Array, queueReady: number,
    pendingPrev: number, pendingNext: number, pops: readonly [TokenChannel | undefined, TokenChannel | undefined],
    pushes: readonly [TokenChannel | undefined, TokenChannel | undefined], sched: ComputeScheduler,
  ): boolean {
    const dispatched = fetcher.dispatchOf(i, start);
    if (dispatched < 0) return false;
    let at = dispatched;
    let vectorWait = 0;
    if (qi === 1) {
      sched.earliest(instr, at);
      at = sched.at;
      vectorWait = sched.vectorWait;
    } else {
      at = Math.max(at, queueReady);
      if (pendingPrev >= 0) {
        const t = pushes[0]!.pushAt(pendingPrev);
        if (t === undefined) return false;
        at = Math.max(at, t);
      }
      if (pendingNext >= 0) {
        const t = pushes[1]!.pushAt(pendingNext);
        if (t === undefined) return false;
        at = Math.max(at, t);
      }
    }
    const beforeTokens = at;
    if ((flags & POP_PREV) !== 0) {
      const t = pops[0]!.nextPopReady();
      if (t === undefined) return false;
      at = Math.max(at, t);
    }
    if ((flags & POP_NEXT) !== 0) {
      const t = pops[1]!.nextPopReady();
      if (t === undefined) return false;
      at = Math.max(at, t);
    }
    const c = this.cand;
    c.at = at;
    c.tokenWait = at - beforeTokens;
    c.vectorWait = vectorWait;
    return true;
  }

  /** Executes `instr` at cycle `at`; returns its duration (array timing into `this.lastArray`). */
  private execute(instr: Instruction, at: number, k: Counters, sched: ComputeScheduler): number {
    this.lastArray = undefined;
    // Deferred array work lands before another unit touches the accumulator: all of it, or for a REQUANT (it reads
    // its rows and writes the output buffer, which the array never reads) only the work into its rows.
    if (instr.op === 'REQUANT' && this.array.beforeAccumulatorRead !== undefined) this.array.beforeAccumulatorRead(instr.accRow, instr.accRow + instr.rows);
    else if (touchesAccumulatorOutsideArray(instr)) this.array.flush?.();
    return handlerOf(this.executors, instr)(instr, at, k, sched);
  }

  /**
   * How each opcode executes, by the unit isa/spec.ts names for it: the DMA engines, the systolic array,
   * the vector unit, or the machine's own control state. Exhaustive: a new opcode does not compile until it
   * has an entry. Made once per machine; each entry runs one instruction at cycle `at` (layer counters `k`)
   * and returns its duration in cycles.
   */
  private readonly executors: InstructionHandlers<number, [at: number, k: Counters, sched: ComputeScheduler]> = {
    CONFIG: (i) => {
      this.setConfig(i);
      return 1;
    },
    HALT: (_i, at, _k, sched) => Math.max(0, sched.idleAt() - at),
    WINDOW: (i) => {
      this.window = i;
      return 1;
    },
    MOVE: (i, _at, k) => {
      // Deferred array reads of the rows it overwrites go first; then the weight rows no longer hold DRAM bytes.
      if ((i.dstBuffer === 'input' || i.dstBuffer === 'weight') && this.array.beforeWrite !== undefined) {
        const rb = this.buffers[i.dstBuffer].rowBytes;
        const { dst } = moveWalks(i);
        const last = dst.row + (dst.repeat - 1) * dst.outer + (dst.rows - 1) * dst.inner;
        this.array.beforeWrite(i.dstBuffer, dst.row * rb + dst.byte, last * rb + dst.byte + dst.bytes, undefined);
      }
      if (this.valuesOnly) return (moveData(i, this.buffers), 0);
      const t = move(i, this.buffers, k);
      k.stalls.bankConflict += t.bankStall;
      return t.duration;
    },
    LOAD: (i, at, k) => {
      if (i.buffer === 'input' || i.buffer === 'weight') this.beforeLoad(i);
      return this.dma(i, at, k);
    },
    STORE: (i, at, k) => {
      if (this.array.beforeDramWrite !== undefined) this.array.beforeDramWrite(...storeDramRange(i));
      return this.dma(i, at, k);
    },
    LOAD_WEIGHTS: (i, _at, k) => {
      const s = this.arrayState();
      const t = this.float.loadWeights(i, s) ?? this.array.loadWeights(i, s);
      k.sramReads.weight += tileWeightVectors(s.mode, i.k, s.packing) * s.rowsPerVectorW;
      k.stalls.bankConflict += t.bankStallCycles;
      this.lastArray = t;
      return t.duration;
    },
    COMPUTE: (i, at, k, sched) => {
      assert(i.tiles === 0, 'COMPUTE runs are issued as their micro-ops (isa/compute-run.ts)');
      // (readProgram refuses this statically; a program built in memory is not checked.)
      if (i.window === 1 && this.window === undefined) fail('SIM004', 'a COMPUTE with window = 1 ran before any WINDOW', {});
      const s = this.arrayState();
      const t = this.float.compute(i, s, this.hw.memories.accumulator.ports, this.window, k) ?? this.array.compute(i, s, this.hw.memories.accumulator.ports, this.window, this.current);
      countCompute(i, s, this.config!, this.macKey, this.derived, this.hw.array.dataflow, t.inputRowReads, k);
      k.stalls.bankConflict += t.bankStallCycles;
      this.lastArray = t;
      return sched.arrayDuration(at, t);
    },
    REQUANT: (i, _at, k) => vectorCycles(requant(i, this.vectorState(), this.buffers, this.hw.vector.lanes, k), k),
    // Every vector instruction needs a CONFIG (SIM002, from vectorState), even one that reads none of it.
    POOL: (i, _at, k) => this.vectorState() && vectorCycles(pool(i, this.buffers, this.hw.vector.lanes, k), k),
    ADD: (i, _at, k) => this.vectorState() && vectorCycles(add(i, this.buffers, this.hw.vector.lanes, k), k),
    PACK: (i, _at, k) => this.vectorState() && vectorCycles(pack(i, this.buffers, this.hw.vector.lanes, k), k),
    LUT: (i, _at, k) => this.vectorState() && vectorCycles(lut(i, this.buffers, this.hw.vector.lanes, k), k),
    DEPTHWISE: (i, _at, k) => vectorCycles(depthwise(i, this.vectorState(), this.buffers, this.hw.vector.lanes, k), k),
    CVT_IN: (i, _at, k) => vectorCycles(this.float.vector(i, this.vectorState(), this.hw.vector.lanes, k), k),
    CVT_OUT: (i, _at, k) => vectorCycles(this.float.vector(i, this.vectorState(), this.hw.vector.lanes, k), k),
    FPOOL: (i, _at, k) => vectorCycles(this.float.vector(i, this.vectorState(), this.hw.vector.lanes, k), k),
    FADD: (i, _at, k) => vectorCycles(this.float.vector(i, this.vectorState(), this.hw.vector.lanes, k), k),
  };

  /**
   * Issues COMPUTE run `run` whose first micro-op (issued index `first`) starts at `at`: the array executes
   * its tiles (at once when the engine can, else micro-op by micro-op), each micro-op is charged as `execute`
   * would charge it, and run-issue.ts schedules them. Returns the last micro-op's index.
   */
  private issueRun(run: InstructionOf<'COMPUTE'>, first: number, at: number, k: Counters, fetcher: Fetcher, start: Float64Array, end: Float64Array, sched: ComputeScheduler): number {
    if (this.window === undefined) fail('SIM004', 'a COMPUTE with window = 1 ran before any WINDOW', {});
    const s = this.arrayState();
    const timings = runTimings(this.array, run, this.program.instructions, first, s, this.hw.memories.accumulator.ports, this.window);
    chargeRun(run, s, timings, this.config!, this.macKey, this.derived, this.hw.array.dataflow, k);
    return scheduleRun(first, at, timings, run.accRow, run.accRow + run.m, fetcher, start, end, sched, k);
  }

  /** A LOAD or STORE on its DMA engine; its stalls go to the layer's counters. */
  private dma(i: InstructionOf<'LOAD'> | InstructionOf<'STORE'>, at: number, k: Counters): number {
    if (this.valuesOnly) return (moveTransferData(i, this.buffers, this.dram), 0);
    const t = transfer(i, at, this.buffers, this.dram, this.channel, this.hw.dram.burstBytes, k);
    countTraffic(i, t.bursts, this.hw.dram.burstBytes, this.regions, k);
    k.stalls.dramLatency += t.latencyStall;
    k.stalls.dramBandwidth += t.bandwidthStall;
    k.stalls.bankConflict += t.bankStall;
    return t.duration;
  }

  /** Tells the array which buffer bytes a LOAD is about to write (deferred reads of them go first). */
  private beforeLoad(i: InstructionOf<'LOAD'>): void {
    if (this.array.beforeWrite === undefined) return;
    const [lo, hi] = loadByteRange(i, this.buffers[i.buffer].rowBytes);
    this.array.beforeWrite(i.buffer as 'input' | 'weight', lo, hi, i);
  }

  /** The CONFIG state and what the units derive from it, computed once per CONFIG (not per instruction). */
  private setConfig(c: InstructionOf<'CONFIG'>): void {
    this.config = c;
    this.modeState = this.makeArrayState();
    this.macKey = `${c.mode}|${c.weightBits}|${c.actBits}|${c.accBits}`;
    this.vecState = undefined;
  }
  private modeState: ArrayModeState | undefined;
  private vecState: VectorState | undefined;
  private macKey = '';

  private arrayState(): ArrayModeState {
    return this.modeState ?? this.makeArrayState();
  }
  private makeArrayState(): ArrayModeState {
    return arrayStateOf(this.config!, this.hw, this.derived);
  }
  private vectorState(): VectorState {
    if (this.config === undefined) return fail('SIM002', 'a vector instruction ran before any CONFIG', {});
    return (this.vecState ??= vectorStateOf(this.config, this.derived));
  }

  private deadlock(instrs: IssuedInstructions, fetcher: Fetcher, head: Int32Array, channels: Channels): never {
    const heads = QUEUE_NAMES.map((qn, qi) => {
      const i = fetcher.queues[qn][head[qi]!];
      return i === undefined ? `${qn}: empty` : `${qn}: instruction ${i} (${issuedInstruction(instrs, i).op})`;
    });
    const tokens = (Object.values(channels) as TokenChannel[]).map((c) => `${c.name} ${c.pushes} pushed/${c.pops} popped`);
    return fail('SIM001', `the machine deadlocked waiting for dependency tokens; queue heads ${heads.join(', ')}; tokens ${tokens.join(', ')}`, {});
  }
}
