// The lowering's cost model: the cycle model of docs/CYCLE-MODEL.md in closed form, per instruction
// kind, and a small pipeline of the machine's units (load queue, array, vector unit, store queue, the
// shared DRAM bus) that the plan search runs over a layer's tiles. It predicts the cycles the simulator
// will count; the asm comments print the prediction and a test holds it within 10% of the simulator.
import type { DerivedHw, HwConfig } from '../../isa/hw-config.js';
import type { InstructionFields } from '../../isa/make-instruction.js';

/** The machine numbers the formulas use. */
export interface CostMachine {
  readonly R: number;
  readonly C: number;
  readonly lanes: number;
  readonly latency: number;
  readonly inflight: number;
  readonly burst: number;
  /** Bus cycles per burst. */
  readonly burstCycles: number;
  readonly banks: { readonly input: number; readonly weight: number; readonly output: number; readonly accumulator: number };
  readonly accPorts: number;
  /** Slots of each queue (fetch stalls when the queue of the next instruction is full). */
  readonly computeDepth: number;
  readonly loadDepth: number;
  readonly storeDepth: number;
  readonly dataflow: 'ws' | 'os';
}

export function costMachine(hw: HwConfig): CostMachine {
  return {
    R: hw.array.rows, C: hw.array.cols, lanes: hw.vector.lanes, latency: hw.dram.latencyCycles, inflight: hw.dma.maxInflightBursts,
    burst: hw.dram.burstBytes, burstCycles: Math.ceil(hw.dram.burstBytes / hw.dram.bandwidthBytesPerCycle),
    banks: { input: hw.memories.input.banks, weight: hw.memories.weight.banks, output: hw.memories.output.banks, accumulator: hw.memories.accumulator.banks },
    accPorts: hw.memories.accumulator.ports, computeDepth: hw.queues.computeDepth, loadDepth: hw.queues.loadDepth, storeDepth: hw.queues.storeDepth, dataflow: hw.array.dataflow,
  };
}

/** Bursts covering `bytes` contiguous bytes from `addr` (aligned blocks touched). */
export function burstsOf(addr: number, bytes: number, burst: number): number {
  if (bytes <= 0) return 0;
  return Math.floor((addr + bytes - 1) / burst) - Math.floor(addr / burst) + 1;
}

/**
 * Cycles of `bursts` DRAM bursts requested back to back (CYCLE-MODEL.md §2): the first arrives after
 * the latency and its bus time; then one per max(bus time, (latency + bus time) / in-flight limit, 1).
 */
export function dramCycles(m: CostMachine, bursts: number): number {
  if (bursts === 0) return 0;
  const rate = Math.max(m.burstCycles, (m.latency + m.burstCycles) / m.inflight, 1);
  return m.latency + m.burstCycles + (bursts - 1) * rate;
}

/** A LOAD/STORE: the DRAM side and the SRAM side (one access per bank per cycle, in order) overlap. */
export function transferCycles(m: CostMachine, bursts: number, sramRows: number, banks: number): number {
  return Math.max(1, dramCycles(m, bursts), Math.ceil(sramRows / banks));
}

/** REQUANT of `rows` rows of `n` channels on the vector unit. */
export function requantCycles(m: CostMachine, rows: number, n: number): number {
  return Math.max(1, rows * Math.ceil(n / m.lanes));
}

/**
 * How long before a layer's end its buffers went quiet: the load queue's last transfer, the last read of
 * the weight buffer and of the parameter buffer. The next layer's first slab loads (into the same rows)
 * may run that far ahead of it (prefetch across layers); 0 when unknown.
 */
export interface RunAhead {
  readonly loads: number;
  readonly weights: number;
  readonly params: number;
  /**
   * The layer's input image was written by a pool or add in pieces of image rows, each POOL/ADD followed by
   * its MOVE (interleave-vector.ts pieceRows): the in-order compute queue issues the layer's first array
   * instructions right behind the last POOL/ADD, this many cycles (the last piece's vector work and MOVE)
   * before the layers' end; the rows it reads last arrive by then (cnn_bn at 16x16 ws: conv2's first COMPUTE
   * 62 cycles before pool1's last MOVE ends). Only under the same CONFIG: a new one waits for the vector
   * unit to finish (cnn_bn w4a8: conv2 starts after the last POOL ends), and the lowering drops the lead.
   */
  readonly array?: { readonly cycles: number; readonly config: InstructionFields<'CONFIG'> };
  /**
   * The layer's input is one pixel written channel group by channel group (a global pool's POOL per group, each
   * followed by its MOVE): group g, channels [g·channels, (g + 1)·channels), is in the image `ready[g]` cycles
   * after the layers' end (negative: before it), and the compute queue may issue `lead` cycles before it (behind
   * the last POOL). A dense layer whose k-groups follow the groups may start each on its own channels
   * (conv-search.ts inputGroupsOf; the stream order is interleave-array.ts's).
   */
  readonly inputGroups?: { readonly channels: number; readonly ready: readonly number[]; readonly lead: number; readonly config: InstructionFields<'CONFIG'> };
}

/** No run-ahead: the next layer's loads start with it. */
export const NO_RUN_AHEAD: RunAhead = { loads: 0, weights: 0, params: 0 };

/** Cycles to read one vector of `rows` consecutive rows from `banks` banks (CYCLE-MODEL.md §3). */
export function vectorReadCycles(rows: number, banks: number): number {
  return Math.max(1, Math.ceil(rows / banks));
}

/**
 * Instruction fetch (CYCLE-MODEL.md §1): one instruction per cycle in program order, and an instruction
 * whose queue is full waits until the one `depth` places ahead of it in that queue has started, holding
 * up everything behind it. The models below ask it for each instruction's fetch cycle in program order.
 */
export class FetchModel {
  private cursor = -Infinity;

  /** Fetch cycle of the next instruction, `depth` places behind one that started at `aheadStart` (undefined: none). */
  next(aheadStart: number | undefined): number {
    this.cursor = Math.max(this.cursor + 1, aheadStart ?? -Infinity);
    return this.cursor;
  }
}

/**
 * The compute queue (CYCLE-MODEL.md §1 and §3, the simulator's compute-scheduler.ts): instructions issue
 * in order, at most one per cycle, to the weight loader, the array and the vector unit. ws: a LOAD_WEIGHTS
 * fills the weight register set two latches back once the COMPUTE that used it has released it (R + C − 1
 * after its stream); a COMPUTE starts when the array's input port is free and its weights are latched and
 * writes its last row R + C after its stream. os: two accumulator sets per PE, one drain at a time. A vector
 * instruction waits for the vector unit; in-order issue means the instructions behind it wait too.
 */
export class ComputeQueueModel {
  private lastIssue = -1;
  private arrayFree = 0;
  private loaderFree = 0;
  private weightsReady = 0;
  private latches = 0;
  private readonly release = [0, 0];
  private drainFree = 0;
  private readonly setFree = [0, 0];
  private osComputes = 0;
  private vectorFree = 0;
  /** The last end of anything issued. */
  end = 0;
  /** When the weight buffer was last read (ws: LOAD_WEIGHTS; os: a COMPUTE's stream) and the last vector end. */
  weightsRead = 0;
  vectorEnd = 0;

  constructor(private readonly m: CostMachine, private readonly fetch: FetchModel = new FetchModel()) {}

  /** Issue cycle of every instruction so far, in order. */
  readonly starts: number[] = [];

  /** The earliest issue of the next instruction: after the last one, once fetched. */
  private next(): number {
    return Math.max(this.lastIssue + 1, this.fetch.next(this.starts[this.starts.length - this.m.computeDepth]));
  }

  private issue(t: number, end: number): number {
    this.lastIssue = t;
    this.starts.push(t);
    this.end = Math.max(this.end, end);
    return end;
  }

  /** ws LOAD_WEIGHTS taking `cycles` (kv vector reads) once its slab is `ready`: when the weights are latched. */
  loadWeights(ready: number, cycles: number): number {
    const start = Math.max(ready, this.next(), this.loaderFree, this.release[this.latches % 2]!);
    this.loaderFree = this.weightsReady = this.weightsRead = start + cycles;
    this.latches++;
    return this.issue(start, this.weightsReady);
  }

  /** ws COMPUTE streaming `stream` cycles once its input and accumulator rows are `ready`: its end. */
  wsCompute(ready: number, stream: number): number {
    const start = Math.max(ready, this.next(), this.arrayFree, this.weightsReady);
    const end = start + stream + this.m.R + this.m.C;
    this.arrayFree = start + stream;
    if (this.latches > 0) {
      const set = (this.latches - 1) % 2;
      this.release[set] = Math.max(this.release[set]!, end - 1);
    }
    return this.issue(start, end);
  }

  /** os COMPUTE streaming `stream` cycles, then draining `drain` cycles (its rows, one drain at a time): its end. */
  osCompute(ready: number, stream: number, drain: number): number {
    const start = Math.max(ready, this.next(), this.arrayFree, this.setFree[this.osComputes % 2]!);
    this.arrayFree = this.weightsRead = start + stream;
    const end = Math.max(start + stream + this.m.R + this.m.C - 1, this.drainFree) + drain;
    this.drainFree = end;
    this.setFree[this.osComputes++ % 2] = end;
    return this.issue(start, end);
  }

  /** Lets the array side (issue, weight loader, array, drains) start `lead` cycles before the layer; the vector unit stays busy until 0. */
  startEarly(lead: number): void {
    this.lastIssue = -lead - 1;
    this.arrayFree = this.loaderFree = this.weightsReady = this.drainFree = -lead;
    this.release.fill(-lead);
    this.setFree.fill(-lead);
  }

  /** A vector instruction of `cycles` once its operands are `ready`: its end. */
  vector(ready: number, cycles: number): number {
    const start = Math.max(ready, this.next(), this.vectorFree);
    this.vectorFree = this.vectorEnd = start + cycles;
    return this.issue(start, this.vectorFree);
  }
}

/**
 * The DMA queues as a list schedule: each transfer starts when its queue is free and its inputs are
 * ready, and returns its end. DRAM transfers also hold the shared bus for their bursts.
 */
export class UnitPipeline {
  load = 0;
  store = 0;
  private bus = 0;
  end = 0;
  private readonly loadStarts: number[] = [];
  private readonly storeStarts: number[] = [];

  constructor(private readonly m: CostMachine, private readonly fetch: FetchModel = new FetchModel()) {}

  private dram(start: number, bursts: number, sramRows: number, banks: number): number {
    const end = start + transferCycles(this.m, bursts, sramRows, banks);
    if (bursts === 0) return end;
    // The bus moves one transfer's bursts at a time: a serial resource from the transfer's start.
    this.bus = Math.max(this.bus, start) + bursts * this.m.burstCycles;
    return Math.max(end, this.bus);
  }

  /** Lets the load queue (and the bus) start `lead` cycles before the layer: loads that wait for nothing run ahead. */
  runAhead(lead: number): void {
    this.load = -lead;
    this.bus = -lead;
  }

  /** A LOAD (bursts 0: a fill) after `ready`. */
  loadOp(ready: number, bursts: number, sramRows: number, banks: number): number {
    const fetched = this.fetch.next(this.loadStarts[this.loadStarts.length - this.m.loadDepth]);
    const start = Math.max(this.load, ready, fetched);
    this.loadStarts.push(start);
    this.load = this.dram(start, bursts, sramRows, banks);
    return this.track(this.load);
  }

  /** A STORE (or an SRAM→SRAM move, bursts 0) after `ready`. */
  storeOp(ready: number, bursts: number, sramRows: number, banks: number): number {
    const fetched = this.fetch.next(this.storeStarts[this.storeStarts.length - this.m.storeDepth]);
    const start = Math.max(this.store, ready, fetched);
    this.storeStarts.push(start);
    this.store = this.dram(start, bursts, sramRows, banks);
    return this.track(this.store);
  }

  private track(t: number): number {
    this.end = Math.max(this.end, t);
    return t;
  }
}

/** Derived numbers the plan search needs besides the machine. */
export interface CostContext {
  readonly m: CostMachine;
  readonly d: DerivedHw;
}
