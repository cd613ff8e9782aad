// The lowering's cost model: the cycle model of docs/CYCLE-MODEL.md in closed form, per instruction
// kind, and a small pipeline of the machine's units (load queue, array, vector unit, store queue, the
// shared DRAM bus) that the plan search runs over a layer's tiles. It predicts the cycles the simulator
// will count; the asm comments print the prediction and a test holds it within 10% of the simulator.
import type { DerivedHw, HwConfig } from '../../isa/hw-config.js';

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
  readonly dataflow: 'ws' | 'os';
}

export function costMachine(hw: HwConfig): CostMachine {
  return {
    R: hw.array.rows, C: hw.array.cols, lanes: hw.vector.lanes, latency: hw.dram.latencyCycles, inflight: hw.dma.maxInflightBursts,
    burst: hw.dram.burstBytes, burstCycles: Math.ceil(hw.dram.burstBytes / hw.dram.bandwidthBytesPerCycle),
    banks: { input: hw.memories.input.banks, weight: hw.memories.weight.banks, output: hw.memories.output.banks, accumulator: hw.memories.accumulator.banks },
    accPorts: hw.memories.accumulator.ports, dataflow: hw.array.dataflow,
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

/** ws LOAD_WEIGHTS of `kv` vectors (each `cpv` cycles): the tile shifts down R row registers. */
export function loadWeightsCycles(m: CostMachine, kv: number, cpv: number): number {
  return m.R - kv + kv * cpv;
}

/** ws COMPUTE: the input port is busy m·cpv cycles; the last row lands R + C later. */
export function wsComputeBusy(m: number, cpv: number): number {
  return m * cpv;
}

/** os COMPUTE of `kv` vector steps for `rows` ≤ R pixels: fill, stream, drain (array busy throughout). */
export function osComputeCycles(m: CostMachine, kv: number, cpv: number, rows: number, accumulate: boolean): number {
  const rmw = accumulate && m.accPorts === 1 ? 2 : 1;
  return kv * cpv + m.R + m.C - 1 + rows * rmw;
}

/**
 * The units of the machine as a list schedule: each operation starts when its unit is free and its
 * inputs are ready, and returns its end. DRAM transfers also hold the shared bus for their bursts.
 */
export class UnitPipeline {
  load = 0;
  store = 0;
  array = 0;
  vector = 0;
  private bus = 0;
  end = 0;

  constructor(private readonly m: CostMachine) {}

  private dram(start: number, bursts: number, sramRows: number, banks: number): number {
    const end = start + transferCycles(this.m, bursts, sramRows, banks);
    if (bursts === 0) return end;
    // The bus moves one transfer's bursts at a time: a serial resource from the transfer's start.
    this.bus = Math.max(this.bus, start) + bursts * this.m.burstCycles;
    return Math.max(end, this.bus);
  }

  /** A LOAD (bursts 0: a fill) after `ready`. */
  loadOp(ready: number, bursts: number, sramRows: number, banks: number): number {
    const start = Math.max(this.load, ready);
    this.load = this.dram(start, bursts, sramRows, banks);
    return this.track(this.load);
  }

  /** A STORE (or an SRAM→SRAM move, bursts 0) after `ready`. */
  storeOp(ready: number, bursts: number, sramRows: number, banks: number): number {
    const start = Math.max(this.store, ready);
    this.store = this.dram(start, bursts, sramRows, banks);
    return this.track(this.store);
  }

  /** Array work of `busy` cycles whose results land `tail` cycles after it. */
  arrayOp(ready: number, busy: number, tail: number): number {
    const start = Math.max(this.array, ready);
    this.array = start + busy;
    return this.track(this.array + tail);
  }

  vectorOp(ready: number, cycles: number): number {
    const start = Math.max(this.vector, ready);
    this.vector = start + cycles;
    return this.track(this.vector);
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
