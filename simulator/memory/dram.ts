// DRAM: storage (a byte array sized to what the program touches, not the configured capacity) and the
// timing of the channel both DMA engines share. Timing model (docs/CYCLE-MODEL.md §DMA):
//   - a transfer is split into bursts of `burstBytes`, aligned; consecutive steps that fall in the same
//     burst are coalesced (the DMA does not re-request the block it just fetched);
//   - the DMA issues one burst request per cycle, at most `maxInflightBursts` outstanding;
//   - a burst's data arrives `latencyCycles` after its request, then occupies the shared data bus for
//     ceil(burstBytes / bandwidth) cycles; the bus serves bursts in order, transfers first come first
//     served (a transfer that starts later waits for the bus behind the earlier one).
import type { HwConfig } from '../../isa/hw-config.js';

/** Where the cycles of one transfer went, for the stall statistics. */
export interface DramTiming {
  /** Cycle the last burst's data finished crossing the bus. */
  readonly done: number;
  readonly bursts: number;
  /** Cycles the bus sat idle for this transfer waiting on request latency (outstanding limit included). */
  readonly latencyCycles: number;
  /** Cycles this transfer waited for the bus while another transfer held it. */
  readonly busWaitCycles: number;
  /** Cycles the bus moved this transfer's bursts. */
  readonly dataCycles: number;
}

/** The shared DRAM channel: bus occupancy carried across transfers. */
export class DramChannel {
  private busFree = 0;
  readonly cyclesPerBurst: number;
  /** Per burst slot b mod F: completion, request cycle and latency wait of the last burst there. */
  private readonly ring: Float64Array;
  private readonly requests: Float64Array;
  private readonly latencies: Float64Array;

  constructor(private readonly hw: HwConfig) {
    this.cyclesPerBurst = Math.ceil(hw.dram.burstBytes / hw.dram.bandwidthBytesPerCycle);
    this.ring = new Float64Array(hw.dma.maxInflightBursts);
    this.requests = new Float64Array(hw.dma.maxInflightBursts);
    this.latencies = new Float64Array(hw.dma.maxInflightBursts);
  }

  /**
   * Times `bursts` bursts requested from cycle `start` on (call in start-time order). The recurrence is
   * max-plus linear, so once the state it carries — the last request and the last F completions — has
   * moved by the same P over one window of F bursts, every later window repeats it shifted by P: the rest
   * is extrapolated, not walked (a long transfer costs ~2F steps, the result is the walk's exactly).
   *
   * Mutation testing: within one transfer the recurrence in fact repeats from its first window on
   * (completions every F bursts shifted by max(F·bc, L + bc), latency waits from the second burst on;
   * test/simulator/memory/dram-sram.test.ts states it), so the repeat detection may fire at any burst
   * b >= F, late or never, without changing a result: mutants that only delay, prevent or hurry it within
   * b >= F are equivalent (only speed). The `Stryker disable` lines below name such mutators; where a
   * line's same mutator also has a result-changing replacement (killed by the walk property), that one
   * is ignored with it, which lowers the killed count, never raises it.
   */
  transfer(start: number, bursts: number): DramTiming {
    // Stryker disable next-line ConditionalExpression: "→ false": the loop does not run for 0 bursts and the end returns the same record
    if (bursts === 0) return { done: start, bursts: 0, latencyCycles: 0, busWaitCycles: 0, dataCycles: 0 };
    const L = this.hw.dram.latencyCycles;
    const bc = this.cyclesPerBurst;
    const F = this.ring.length;
    const ring = this.ring;
    const requests = this.requests;
    const latencies = this.latencies;
    let latency = 0;
    let busWait = 0;
    let request = start;
    let prevDone = start;
    // Bursts in a row whose completion and request both moved by `period` since F bursts before.
    let streak = 0;
    let period = NaN;
    for (let b = 0; b < bursts; b++) {
      // One request per cycle never binds: burst b−1 completes at least L + bc >= L + 1 after its request,
      // so an earlier request (no +1, or −1) arrives no later than the bus is ready either way.
      // Stryker disable next-line ConditionalExpression,AssignmentOperator: "b > 0 → false", "+= → −=" (above)
      if (b > 0) request += 1;
      if (b >= F) request = Math.max(request, ring[b % F]!); // wait for an outstanding slot
      const arrive = request + L;
      const ready = Math.max(prevDone, this.busFree);
      // busFree < prevDone only at b = 0 with the bus idle, when arrive >= start > busFree; at equality the
      // wait added is 0: "busFree > prevDone → true", ">= prevDone", ">= arrive" add nothing.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: (above)
      if (this.busFree > prevDone && this.busFree > arrive) busWait += this.busFree - Math.max(prevDone, arrive);
      // Stryker disable next-line EqualityOperator: "arrive >= ready" adds 0 at equality
      const late = arrive > ready ? arrive - ready : 0;
      latency += late;
      const done = Math.max(arrive, ready) + bc;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: detection only (doc comment); streak <= b, so it fires at b >= F at the earliest
      if (b >= F) {
        // Stryker disable next-line ArithmeticOperator: a wrong shift never repeats, so the walk goes on
        const shift = done - ring[b % F]!;
        // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: detection only (doc comment)
        streak = shift === period && request - requests[b % F]! === period ? streak + 1 : 0;
        period = shift;
      }
      ring[b % F] = done;
      // Stryker disable next-line ArithmeticOperator: detection only (doc comment)
      requests[b % F] = request;
      latencies[b % F] = late;
      prevDone = done;
      this.busFree = done;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: later, never, or at the last burst (rest 0: done unchanged)
      if (streak >= F && b + 1 < bursts) {
        // Bursts b+1.. repeat bursts b+1−F.. shifted by `period`, window after window.
        const rest = bursts - 1 - b;
        const windows = Math.floor(rest / F);
        let windowLatency = 0;
        for (let j = 0; j < F; j++) windowLatency += latencies[j]!;
        latency += windows * windowLatency;
        const tail = rest - windows * F;
        for (let j = 1; j <= tail; j++) latency += latencies[(b + j) % F]!;
        // The last burst, b + rest, completes ceil(rest / F) periods after the burst of the window just
        // walked that holds its slot (b + rest mod F).
        prevDone = ring[(b + rest) % F]! + Math.ceil(rest / F) * period;
        this.busFree = prevDone;
        break;
      }
    }
    return { done: prevDone, bursts, latencyCycles: latency, busWaitCycles: busWait, dataCycles: bursts * bc };
  }
}

/** Counts the aligned bursts a strided walk touches, coalescing repeats of the last burst. */
export class BurstCounter {
  private last = -1;
  bursts = 0;
  constructor(private readonly burstBytes: number) {}
  add(addr: number, length: number): void {
    const first = Math.floor(addr / this.burstBytes);
    const last = Math.floor((addr + length - 1) / this.burstBytes);
    this.bursts += last - first + 1 - (first === this.last ? 1 : 0);
    this.last = last;
  }
}

/** DRAM contents: the program's image at 0, grown on demand up to the configured capacity. */
export class DramStorage {
  bytes: Uint8Array;
  /** `reuse`: a buffer of exactly the size needed to start from (its old contents are overwritten). */
  constructor(image: Uint8Array, initialBytes: number, reuse?: Uint8Array) {
    const size = Math.max(image.length, initialBytes);
    if (reuse !== undefined && reuse.length === size) {
      reuse.set(image);
      reuse.fill(0, image.length);
      this.bytes = reuse;
    } else {
      this.bytes = new Uint8Array(size);
      this.bytes.set(image);
    }
  }
  read(addr: number, length: number): Uint8Array {
    return this.bytes.subarray(addr, addr + length);
  }
  write(addr: number, src: Uint8Array): void {
    this.bytes.set(src, addr);
  }
}
