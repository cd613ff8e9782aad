// The three decoupled queues' plumbing: in-order fetch into queues of bounded depth, and the four
// VTA-style dependency-token FIFOs (docs/HARDWARE.md §5). Times are cycle stamps; an event that is not
// known yet (its instruction has not been scheduled) is `undefined`, which blocks whoever needs it.
import type { IssuedInstructions } from '../isa/compute-run.js';
import type { QueueName } from '../isa/spec-types.js';
import { programIndex, QUEUE_NAMES } from './program-index.js';

/**
 * One token FIFO of `depth` entries. The n-th pop consumes the n-th push. A push waits for room: push n
 * (n ≥ depth) happens no earlier than pop n − depth. Pushes of one channel happen in order.
 */
export class TokenChannel {
  /** Cycle each pushing instruction finished (the earliest its push could happen); `pushes` filled. */
  private pushReady: Float64Array = new Float64Array(64);
  private pushTime: Float64Array = new Float64Array(64);
  private popAt: Float64Array = new Float64Array(64);
  /** Pushes recorded, push times resolved, pops done. */
  pushes = 0;
  private resolved = 0;
  pops = 0;
  constructor(readonly name: string, private readonly depth: number) {}

  /** Records that the next push's instruction finishes at `ready`. */
  push(ready: number): void {
    if (this.pushes === this.pushReady.length) {
      this.pushReady = grown(this.pushReady);
      this.pushTime = grown(this.pushTime);
    }
    this.pushReady[this.pushes++] = ready;
  }
  /** When push n happened, or undefined while it waits for a pop not yet scheduled. */
  pushAt(n: number): number | undefined {
    for (let j = this.resolved; j <= n; j++) {
      if (j >= this.pushes) return undefined;
      let t = this.pushReady[j]!;
      if (j > 0) t = Math.max(t, this.pushTime[j - 1]!);
      if (j >= this.depth) {
        if (j - this.depth >= this.pops) return undefined;
        t = Math.max(t, this.popAt[j - this.depth]!);
      }
      this.pushTime[j] = t;
      this.resolved = j + 1;
    }
    return this.pushTime[n];
  }
  /** When the next pop could consume its token (undefined: not pushed yet). */
  nextPopReady(): number | undefined {
    return this.pushAt(this.pops);
  }
  pop(at: number): void {
    if (this.pops === this.popAt.length) this.popAt = grown(this.popAt);
    this.popAt[this.pops++] = at;
  }
  /** Every push has happened (the machine can only finish when all are resolved). */
  allPushesResolved(): boolean {
    return this.pushes === 0 || this.pushAt(this.pushes - 1) !== undefined;
  }
  /** Time of the last push (all resolved), 0 when none. */
  lastPush(): number {
    return this.pushes === 0 ? 0 : this.pushAt(this.pushes - 1)!;
  }
}

/** A copy of `a` with twice the room. */
function grown(a: Float64Array): Float64Array {
  const b = new Float64Array(2 * a.length);
  b.set(a);
  return b;
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

/** How a program's instructions split over the queues (read-only; computed once per program). */
interface QueueSplit {
  readonly queueOfInstr: Uint8Array;
  readonly queueIndex: Int32Array;
  readonly lists: readonly Int32Array[];
}
const splits = new WeakMap<IssuedInstructions, QueueSplit>();

function queueSplit(instrs: IssuedInstructions): QueueSplit {
  const known = splits.get(instrs);
  if (known !== undefined) return known;
  const n = instrs.length;
  const queueIndex = new Int32Array(n);
  const queueOfInstr = programIndex(instrs).queue;
  const counts = [0, 0, 0];
  for (let i = 0; i < n; i++) queueIndex[i] = counts[queueOfInstr[i]!]!++;
  const lists = counts.map((c) => new Int32Array(c));
  for (let i = 0; i < n; i++) lists[queueOfInstr[i]!]![queueIndex[i]!] = i;
  const split = { queueOfInstr, queueIndex, lists };
  splits.set(instrs, split);
  return split;
}

/**
 * In-order fetch, one instruction per cycle, into queues of bounded depth: instruction i enters its
 * queue at max(fetch of i−1 + 1, start of the instruction `depth` places ahead of it in that queue),
 * i.e. it waits for a free slot, and everything behind it waits too.
 */
export class Fetcher {
  /** Dispatch cycle of instructions [0, dispatched). */
  private readonly dispatch: Float64Array;
  dispatched = 0;
  /** When dispatch last stopped: the instruction whose start frees the slot the next one needs (−1: none). */
  waitingFor = -1;
  /** Index of each instruction within its queue, and the queue's instruction list (shared, read-only). */
  readonly queueIndex: Int32Array;
  readonly queues: Record<QueueName, Int32Array>;
  /** Queue of each instruction (0 load, 1 compute, 2 store). */
  private readonly queueOfInstr: Uint8Array;
  private readonly depths: Int32Array;
  private readonly lists: readonly Int32Array[];

  constructor(instrs: IssuedInstructions, depth: Record<QueueName, number>) {
    const split = queueSplit(instrs);
    this.queueIndex = split.queueIndex;
    this.queueOfInstr = split.queueOfInstr;
    this.lists = split.lists;
    this.dispatch = new Float64Array(instrs.length);
    this.queues = { load: this.lists[0]!, compute: this.lists[1]!, store: this.lists[2]! };
    this.depths = Int32Array.from(QUEUE_NAMES, (q) => depth[q]);
  }

  /** Dispatch time of instruction `i`, or −1 while a slot it needs is still occupied (`start`: the
   *  machine's start cycles, −1 where not scheduled yet). */
  dispatchOf(i: number, start: Float64Array): number {
    while (this.dispatched <= i) {
      const j = this.dispatched;
      const q = this.queueOfInstr[j]!;
      const pos = this.queueIndex[j]!;
      const depth = this.depths[q]!;
      let t = j === 0 ? 0 : this.dispatch[j - 1]! + 1;
      if (pos >= depth) {
        const blocker = this.lists[q]![pos - depth]!;
        const ahead = start[blocker]!;
        if (ahead < 0) {
          this.waitingFor = blocker;
          return -1;
        }
        t = Math.max(t, ahead);
      }
      this.dispatch[j] = t;
      this.dispatched = j + 1;
    }
    return this.dispatch[i]!;
  }
}
