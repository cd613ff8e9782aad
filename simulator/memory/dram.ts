// DRAM: storage (a byte array sized to what the program touches, not the configured capacity) and the
// timing of the channel both DMA engines share. Timing model (docs/CYCLE-MODEL.md §DMA):
//   - a transfer is split into bursts of `burstBytes`, aligned; consecutive steps that fall in the same
//     burst are coalesced (the DMA does not re-request the block it just fetched);
//   - the DMA issues one burst request per cycle, at most `maxInflightBursts` outstanding;
//   - a burst's data arrives `latencyCycles` after its request, then occupies the shared data bus for
//     ceil(burstBytes / bandwidth) cycles; the bus serves bursts in order, transfers first come first
//     served (a transfer that starts later waits for the bus behind the earlier one).
import type { HwConfig } from '../hw-config.js';

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
  private readonly ring: Float64Array;

  constructor(private readonly hw: HwConfig) {
    this.cyclesPerBurst = Math.ceil(hw.dram.burstBytes / hw.dram.bandwidthBytesPerCycle);
    this.ring = new Float64Array(hw.dma.maxInflightBursts);
  }

  /** Times `bursts` bursts requested from cycle `start` on (call in start-time order). */
  transfer(start: number, bursts: number): DramTiming {
    if (bursts === 0) return { done: start, bursts: 0, latencyCycles: 0, busWaitCycles: 0, dataCycles: 0 };
    const L = this.hw.dram.latencyCycles;
    const bc = this.cyclesPerBurst;
    const F = this.ring.length;
    let latency = 0;
    let busWait = 0;
    let request = start;
    let prevDone = start;
    for (let b = 0; b < bursts; b++) {
      if (b > 0) request += 1;
      if (b >= F) request = Math.max(request, this.ring[b % F]!); // wait for an outstanding slot
      const arrive = request + L;
      const ready = Math.max(prevDone, this.busFree);
      if (this.busFree > prevDone && this.busFree > arrive) busWait += this.busFree - Math.max(prevDone, arrive);
      if (arrive > ready) latency += arrive - ready;
      const done = Math.max(arrive, ready) + bc;
      this.ring[b % F] = done;
      prevDone = done;
      this.busFree = done;
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
  constructor(image: Uint8Array, initialBytes: number) {
    this.bytes = new Uint8Array(Math.max(image.length, initialBytes));
    this.bytes.set(image);
  }
  read(addr: number, length: number): Uint8Array {
    return this.bytes.subarray(addr, addr + length);
  }
  write(addr: number, src: Uint8Array): void {
    this.bytes.set(src, addr);
  }
}
