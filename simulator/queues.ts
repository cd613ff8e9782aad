// The three decoupled queues' plumbing: in-order fetch into queues of bounded depth, and the four
// VTA-style dependency-token FIFOs (docs/HARDWARE.md §5). Times are cycle stamps; an event that is not
// known yet (its instruction has not been scheduled) is `undefined`, which blocks whoever needs it.
import { queueOf, type Instruction } from '../isa/instruction.js';
import type { QueueName } from '../isa/spec-types.js';

/**
 * One token FIFO of `depth` entries. The n-th pop consumes the n-th push. A push waits for room: push n
 * (n ≥ depth) happens no earlier than pop n − depth. Pushes of one channel happen in order.
 */
export class TokenChannel {
  /** Cycle each pushing instruction finished (the earliest its push could happen). */
  private readonly pushReady: number[] = [];
  private readonly pushTime: number[] = [];
  readonly popTime: number[] = [];
  constructor(readonly name: string, private readonly depth: number) {}

  /** Records that the next push's instruction finishes at `ready`. */
  push(ready: number): void {
    this.pushReady.push(ready);
  }
  get pushes(): number {
    return this.pushReady.length;
  }
  /** When push n happened, or undefined while it waits for a pop not yet scheduled. */
  pushAt(n: number): number | undefined {
    for (let j = this.pushTime.length; j <= n; j++) {
      if (j >= this.pushReady.length) return undefined;
      let t = this.pushReady[j]!;
      if (j > 0) t = Math.max(t, this.pushTime[j - 1]!);
      if (j >= this.depth) {
        const room = this.popTime[j - this.depth];
        if (room === undefined) return undefined;
        t = Math.max(t, room);
      }
      this.pushTime.push(t);
    }
    return this.pushTime[n];
  }
  /** When the next pop could consume its token (undefined: not pushed yet). */
  nextPopReady(): number | undefined {
    return this.pushAt(this.popTime.length);
  }
  pop(at: number): void {
    this.popTime.push(at);
  }
  /** Every push has happened (the machine can only finish when all are resolved). */
  allPushesResolved(): boolean {
    return this.pushReady.length === 0 || this.pushAt(this.pushReady.length - 1) !== undefined;
  }
  /** Time of the last push (all resolved), 0 when none. */
  lastPush(): number {
    return this.pushReady.length === 0 ? 0 : this.pushAt(this.pushReady.length - 1)!;
  }
}

/** The four channels, named by direction. */
export interface Channels {
  readonly loadToCompute: TokenChannel;
  readonly computeToLoad: TokenChannel;
  readonly computeToStore: TokenChannel;
  readonly storeToCompute: TokenChannel;
}

export function makeChannels(depth: number): Channels {
  return {
    loadToCompute: new TokenChannel('load→compute', depth),
    computeToLoad: new TokenChannel('compute→load', depth),
    computeToStore: new TokenChannel('compute→store', depth),
    storeToCompute: new TokenChannel('store→compute', depth),
  };
}

/** The channel an instruction of queue `q` pops from / pushes to for each flag (undefined: no such neighbour). */
export function channelFor(ch: Channels, q: QueueName, flag: 'popPrev' | 'popNext' | 'pushPrev' | 'pushNext'): TokenChannel | undefined {
  switch (q) {
    case 'load':
      return flag === 'popNext' ? ch.computeToLoad : flag === 'pushNext' ? ch.loadToCompute : undefined;
    case 'compute':
      return { popPrev: ch.loadToCompute, popNext: ch.storeToCompute, pushPrev: ch.computeToLoad, pushNext: ch.computeToStore }[flag];
    case 'store':
      return flag === 'popPrev' ? ch.computeToStore : flag === 'pushPrev' ? ch.storeToCompute : undefined;
  }
}

/**
 * In-order fetch, one instruction per cycle, into queues of bounded depth: instruction i enters its
 * queue at max(fetch of i−1 + 1, start of the instruction `depth` places ahead of it in that queue),
 * i.e. it waits for a free slot, and everything behind it waits too.
 */
export class Fetcher {
  readonly dispatch: number[] = [];
  /** Index of each instruction within its queue, and the queue's instruction list. */
  readonly queueIndex: Int32Array;
  readonly queues: Record<QueueName, number[]> = { load: [], compute: [], store: [] };

  constructor(private readonly instrs: readonly Instruction[], private readonly depth: Record<QueueName, number>) {
    this.queueIndex = new Int32Array(instrs.length);
    instrs.forEach((ins, i) => {
      const q = this.queues[queueOf(ins.op)];
      this.queueIndex[i] = q.length;
      q.push(i);
    });
  }

  /** Dispatch time of instruction `i` (undefined while a slot it needs is still occupied). */
  dispatchOf(i: number, startOf: (instr: number) => number | undefined): number | undefined {
    while (this.dispatch.length <= i) {
      const j = this.dispatch.length;
      const q = queueOf(this.instrs[j]!.op);
      const pos = this.queueIndex[j]!;
      let t = j === 0 ? 0 : this.dispatch[j - 1]! + 1;
      if (pos >= this.depth[q]) {
        const ahead = startOf(this.queues[q][pos - this.depth[q]]!);
        if (ahead === undefined) return undefined;
        t = Math.max(t, ahead);
      }
      this.dispatch.push(t);
    }
    return this.dispatch[i];
  }
}
