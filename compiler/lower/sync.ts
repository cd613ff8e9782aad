// loc-budget: one algorithm over one set of agent tables (footprints → edges → fewest tokens); split, it would scatter the invariants
// Token placement: the one generic pass that turns a sequential program into a correct parallel one.
// The lowering emits instructions in stream order with sequential meaning (the functional model runs
// them one by one) and no token flags. This pass derives, from every instruction's footprint (the SRAM
// rows and DRAM bytes isa/check/footprint.ts says it reads and writes), the happens-before edges the
// three decoupled queues need — a read after a write, a write after a read or a write, by different
// queues — and places the fewest VTA tokens that enforce them:
//   - per channel (load→compute, compute→load, compute→store, store→compute) and consumer, only the
//     latest producer of each "agent" matters: queues run in order, and inside the compute queue the
//     array's COMPUTEs, its weight loader and the vector unit each finish in issue order;
//   - an edge already implied by an earlier pop of the same consumer queue is dropped;
//   - the push goes on the producer itself (no queue waits longer than its data needs), the pop on the
//     consumer; pushes and pops of a channel pair up in FIFO order by construction;
//   - load↔store edges (a LOAD reading DRAM a STORE wrote, a LOAD overwriting rows a MOVE read) are
//     relayed through the last compute-queue instruction between them (or an inserted CONFIG);
//   - a consumer that needs both the array and the vector unit, which no single push covers, waits on a
//     CONFIG (it issues only when both units are idle: HARDWARE.md §5, CYCLE-MODEL.md §1).
// The static checker (isa/check/hazards.ts) independently proves the result; every test runs it.
import { assert } from '../../core/diagnostics.js';
import { accessesOf } from '../../isa/check/footprint.js';
import { deriveHw, type HwConfig } from '../../isa/hw-config.js';
import { queueOf, type Instruction, type InstructionOf } from '../../isa/instruction.js';
import { makeInstruction } from '../../isa/make-instruction.js';
import { BUFFERS, type ArrayMode, type BufferName } from '../../isa/spec.js';

/** An instruction of the stream and the comment lines printed before it. */
export interface StreamItem {
  readonly instr: Instruction;
  readonly comments: string[];
  /** Index of the layer the instruction belongs to (the layer table's ranges are rebuilt from it). */
  readonly layer?: number;
}

/** Who executes an instruction: instructions of one agent finish in stream order. */
const enum Agent { Load, Store, Weights, Array, Vector, Fence, State }
const AGENTS = [Agent.Load, Agent.Store, Agent.Weights, Agent.Array, Agent.Vector, Agent.Fence, Agent.State];
/** Queues: 0 load, 1 compute, 2 store. */
const QUEUE = { load: 0, compute: 1, store: 2 } as const;
/** Channel from queue a to queue b at [3a + b]: 0 load→compute, 1 compute→load, 2 compute→store, 3 store→compute. */
const CHANNEL_OF = [-1, 0, -1, 1, -1, 2, -1, 3, -1];

function agentOf(i: Instruction): Agent {
  switch (queueOf(i.op)) {
    case 'load': return Agent.Load;
    case 'store': return Agent.Store;
    default:
      if (i.op === 'LOAD_WEIGHTS') return Agent.Weights;
      if (i.op === 'COMPUTE') return Agent.Array;
      if (i.op === 'CONFIG' || i.op === 'HALT') return Agent.Fence;
      if (i.op === 'WINDOW') return Agent.State;
      return Agent.Vector;
  }
}

/**
 * Whether the end of `P` (agent `aP`) comes after the end of the earlier compute-queue instruction of
 * agent `ap`: same agent; a COMPUTE waits for the last latched weights; a CONFIG for both units (not
 * for the weight loader).
 */
function covers(aP: Agent, ap: Agent): boolean {
  if (aP === ap || aP === Agent.Load || aP === Agent.Store) return true;
  if (aP === Agent.Array && ap === Agent.Weights) return true;
  return aP === Agent.Fence && (ap === Agent.Array || ap === Agent.Vector || ap === Agent.Fence || ap === Agent.State);
}

/** What the pass did (for the disassembly header and tests). */
export interface SyncStats {
  readonly tokens: number;
  readonly relays: number;
  readonly fences: number;
  /** Largest number of tokens a channel holds at any point of the stream. */
  readonly maxOutstanding: number;
}

/**
 * Places the dependency tokens of `stream` (flags must be clear) for machine `hw`; returns the stream
 * (with any inserted CONFIGs) and what was placed. CONFIGs inserted as relays or fences repeat the
 * CONFIG in effect, so they change no state.
 */
export function placeTokens(stream: readonly StreamItem[], hw: HwConfig): { stream: StreamItem[]; stats: SyncStats } {
  let items = stream.slice();
  let relays = 0;
  let fences = 0;
  for (;;) {
    const r = analyse(items, hw);
    if (r.insertBefore.size === 0) {
      const maxOutstanding = apply(items, r.flags, hw.queues.tokenDepth);
      return { stream: items, stats: { tokens: r.tokens, relays: relays + r.relays, fences, maxOutstanding } };
    }
    fences += r.fences;
    relays += r.insertedRelays;
    items = insertConfigs(items, r.insertBefore);
  }
}

/** Token flags per instruction: bit 0 popPrev, 1 popNext, 2 pushPrev, 3 pushNext. */
const POP_PREV = 1;
const POP_NEXT = 2;
const PUSH_PREV = 4;
const PUSH_NEXT = 8;
/** Per channel: the producer's push flag and the consumer's pop flag. */
const CHANNEL_FLAGS = [[PUSH_NEXT, POP_PREV], [PUSH_PREV, POP_NEXT], [PUSH_NEXT, POP_PREV], [PUSH_PREV, POP_NEXT]] as const;

interface Analysis {
  readonly flags: Uint8Array;
  readonly insertBefore: Set<number>;
  readonly tokens: number;
  readonly relays: number;
  readonly insertedRelays: number;
  readonly fences: number;
}

/** Requirements of one consumer on one channel: the latest producer per agent. */
type Needs = Map<Agent, number>;

function analyse(items: readonly StreamItem[], hw: HwConfig): Analysis {
  const n = items.length;
  const d = deriveHw(hw);
  const queue = new Uint8Array(n);
  const agent = new Uint8Array(n);
  items.forEach((it, k) => {
    queue[k] = QUEUE[queueOf(it.instr.op)];
    agent[k] = agentOf(it.instr);
  });
  // The last compute-queue instruction before each stream position (relay candidates).
  const lastCompute = new Int32Array(n);
  for (let k = 0, last = -1; k < n; k++) {
    lastCompute[k] = last;
    if (queue[k] === 1) last = k;
  }
  // The next instruction of the same queue after each position (−1: none).
  const nextInQueue = new Int32Array(n).fill(-1);
  const lastOf = [-1, -1, -1];
  for (let k = 0; k < n; k++) {
    const prev = lastOf[queue[k]!]!;
    if (prev >= 0) nextInQueue[prev] = k;
    lastOf[queue[k]!] = k;
  }
  // A LOAD_WEIGHTS is done when the COMPUTE after it starts: name that COMPUTE as the producer
  // instead, so that a CONFIG (which waits for COMPUTEs, not for the weight loader) can cover it.
  const nextArray = new Int32Array(n).fill(-1);
  for (let k = n - 1, next = -1; k >= 0; k--) {
    nextArray[k] = next;
    if (agent[k] === Agent.Array) next = k;
  }
  // needs[channel][consumer] → agent → latest producer.
  const needs: Map<number, Needs>[] = [new Map(), new Map(), new Map(), new Map()];
  const insertBefore = new Set<number>();
  let relays = 0;
  let insertedRelays = 0;
  let lastInsert = -1;
  const need = (c: number, consumer: number, p: number) => {
    const producer = agent[p] === Agent.Weights && nextArray[p]! >= 0 && nextArray[p]! < consumer ? nextArray[p]! : p;
    let m = needs[c]!.get(consumer);
    if (m === undefined) needs[c]!.set(consumer, (m = new Map()));
    const a = agent[producer] as Agent;
    if ((m.get(a) ?? -1) < producer) m.set(a, producer);
  };
  const edge = (p: number, k: number) => {
    const qp = queue[p]!;
    const qk = queue[k]!;
    if (qp === qk) return;
    const c = CHANNEL_OF[3 * qp + qk]!;
    if (c >= 0) {
      need(c, k, p);
      return;
    }
    // load↔store: through the last compute-queue instruction between them.
    const x = lastCompute[k]!;
    if (x <= p) {
      // A CONFIG already planned between them will do (the next round uses it).
      if (lastInsert > p) return;
      insertBefore.add(k);
      lastInsert = k;
      insertedRelays++;
      return;
    }
    relays++;
    need(CHANNEL_OF[3 * qp + 1]!, x, p);
    need(CHANNEL_OF[3 + qk]!, k, x);
  };
  hazards(items, hw, d, edge);
  // Per channel, consumers in stream order: pop only what earlier pops do not already imply.
  const flags = new Uint8Array(n);
  let tokens = 0;
  let fences = 0;
  for (let c = 0; c < 4; c++) {
    const [pushFlag, popFlag] = CHANNEL_FLAGS[c]!;
    const consumers = [...needs[c]!.keys()].sort((a, b) => a - b);
    const satisfied = new Map<Agent, number>();
    let lastPusher = -1;
    const pairs: [number, number][] = [];
    for (const k of consumers) {
      const open = [...needs[c]!.get(k)!].filter(([a, p]) => (satisfied.get(a) ?? -1) < p);
      if (open.length === 0) continue;
      // The earliest instruction of the producing queue after every open producer (and after the last
      // pusher: FIFO order) whose push covers them all; else a CONFIG is inserted before the consumer.
      const maxOpen = Math.max(...open.map(([, p]) => p));
      let pusher = -1;
      for (let x = maxOpen > lastPusher ? maxOpen : nextInQueue[lastPusher]!; x >= 0 && x < k; x = nextInQueue[x]!) {
        if (open.every(([a]) => covers(agent[x] as Agent, a))) { pusher = x; break; }
      }
      if (pusher < 0) {
        assert(queue[maxOpen] === 1 && open.every(([a]) => covers(Agent.Fence, a)), `no instruction can release instruction ${k} (${items[k]!.instr.op}) on channel ${c}`);
        const planned = [...insertBefore].filter((i) => i > Math.max(maxOpen, lastPusher) && i <= k);
        if (planned.length === 0) {
          insertBefore.add(k);
          fences++;
        }
        // The CONFIG waits for every compute-queue instruction before it: the later consumers need no fence
        // for those (without this, each MOVE of a layer's blocks got a CONFIG of its own, holding the
        // array idle until the block's REQUANT had finished, though the first one covered the old reader).
        const at = planned.length === 0 ? k : Math.min(...planned);
        for (const a of AGENTS) if (covers(Agent.Fence, a)) satisfied.set(a, Math.max(satisfied.get(a) ?? -1, lastCompute[at]!));
        continue;
      }
      pairs.push([pusher, k]);
      lastPusher = pusher;
      const aP = agent[pusher] as Agent;
      for (const a of AGENTS) {
        if (covers(aP, a)) satisfied.set(a, Math.max(satisfied.get(a) ?? -1, pusher));
      }
    }
    const limited = limitOutstanding(pairs, hw.queues.tokenDepth, agent, nextInQueue, (x) => items[x]!.instr.op === 'CONFIG');
    if (!Array.isArray(limited)) {
      insertBefore.add(limited.insertAfter + 1);
      fences++;
      continue;
    }
    for (const [P, k] of limited) {
      flags[P]! |= pushFlag;
      flags[k]! |= popFlag;
      tokens++;
    }
  }
  return { flags, insertBefore, tokens, relays, insertedRelays, fences };
}

/**
 * Keeps at most `depth` tokens of a channel alive at any point of the stream (a push waits for room in
 * its FIFO, HARDWARE.md Clarifications 7; with this bound the pop it waits for is always earlier in the
 * stream, so the wait cannot deadlock). `pairs` are (pusher, popper) in FIFO order. Where too many are
 * alive, two consecutive ones merge: the first popper takes the second pusher's token (it waits a little
 * longer; the second popper then needs no token). The pair whose pushers are closest merges first.
 */
function limitOutstanding(pairs: [number, number][], depth: number, agent: Uint8Array, nextInQueue: Int32Array, isConfig: (k: number) => boolean): [number, number][] | { insertAfter: number } {
  const tok = pairs.map(([P, k]) => ({ P, k, dead: false }));
  type Tok = (typeof tok)[number];
  const events: [number, number, Tok][] = [];
  for (const t of tok) {
    events.push([t.P, 1, t]);
    events.push([t.k, 0, t]);
  }
  const pushers = new Set(tok.map((t) => t.P));
  // By stream position; a pop (at its instruction's start) before a push at the same position.
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let alive: Tok[] = [];
  for (const [, kind, t] of events) {
    if (t.dead) continue;
    if (kind === 0) {
      alive = alive.filter((x) => x !== t);
      continue;
    }
    alive.push(t);
    if (alive.length <= depth) continue;
    let best = -1;
    for (let a = 0; a + 1 < alive.length; a++) {
      const x = alive[a]!;
      const y = alive[a + 1]!;
      if (!covers(agent[y.P] as Agent, agent[x.P] as Agent)) continue;
      if (best < 0 || y.P - x.P < alive[best + 1]!.P - alive[best]!.P) best = a;
    }
    if (best >= 0) {
      const x = alive[best]!;
      const y = alive[best + 1]!;
      x.P = y.P;
      y.dead = true;
      alive.splice(best + 1, 1);
      continue;
    }
    // The newest two come from units no single push covers (the array and the vector unit): a CONFIG
    // right after the newer one covers both; insert it when the stream has none there.
    const x = alive[alive.length - 2]!;
    const y = alive[alive.length - 1]!;
    // A CONFIG already pushing for another consumer cannot push again: look past a run of such CONFIGs
    // (else the one inserted last round is taken as a pusher and the same insertion repeats forever).
    let f = nextInQueue[y.P]!;
    while (f >= 0 && f < x.k && isConfig(f) && pushers.has(f)) f = nextInQueue[f]!;
    if (f < 0 || !isConfig(f) || f >= x.k || pushers.has(f)) return { insertAfter: y.P };
    x.P = f;
    y.dead = true;
    alive.splice(alive.length - 1, 1);
    // Its push moved later: the count at this point drops by one, as for any merge.
  }
  return tok.filter((t) => !t.dead).map((t) => [t.P, t.k]);
}

/**
 * Calls `edge(p, k)` for every pair of instructions of different queues where k (later in the stream)
 * must wait for p: RAW, WAR and WAW on SRAM rows and DRAM bytes. Only the last write and the reads
 * since it matter; earlier accesses are ordered through them.
 */
function hazards(items: readonly StreamItem[], hw: HwConfig, d: ReturnType<typeof deriveHw>, edge: (p: number, k: number) => void): void {
  let mode: ArrayMode = 'int8';
  let window: InstructionOf<'WINDOW'> | undefined;
  const accesses = items.map(({ instr }) => {
    if (instr.op === 'CONFIG') mode = instr.mode;
    if (instr.op === 'WINDOW') window = instr;
    return accessesOf(instr, mode, hw, d, window);
  });
  // A buffer only one queue touches needs no tokens (the accumulator, usually).
  const queues = new Map<BufferName, Set<number>>();
  accesses.forEach((acc, k) => {
    for (const a of acc.rows) {
      let q = queues.get(a.buffer);
      if (q === undefined) queues.set(a.buffer, (q = new Set()));
      q.add(QUEUE[queueOf(items[k]!.instr.op)]);
    }
  });
  const rows = new Map<BufferName, RowState>();
  for (const b of BUFFERS) if ((queues.get(b)?.size ?? 0) > 1) rows.set(b, new RowState(d.bufferRows[b]));
  const dram = new DramState();
  accesses.forEach((acc, k) => {
    const ag = agentOf(items[k]!.instr);
    // Distinct producers only (a block of rows usually has one writer): one edge call each.
    let prev = -1;
    const found = (p: number) => {
      if (p !== prev) {
        edge(p, k);
        prev = p;
      }
    };
    for (const a of acc.rows) {
      const st = rows.get(a.buffer);
      if (st !== undefined && a.write) st.checkWrite(a.first, a.first + a.count, found);
      else if (st !== undefined) st.read(ag, a.first, a.first + a.count, k, found);
    }
    // Writes recorded after every edge is found: an instruction's own reads and writes do not conflict.
    for (const a of acc.rows) if (a.write) rows.get(a.buffer)?.wrote(a.first, a.first + a.count, k);
    if (acc.dram.length > 0) {
      let lo = Infinity;
      let hi = 0;
      for (const x of acc.dram) {
        lo = Math.min(lo, x.addr);
        hi = Math.max(hi, x.addr + x.bytes);
      }
      dram.access(lo, hi, acc.dram[0]!.write, k, edge);
    }
  });
}

/**
 * Per row of one buffer: the last writer and, per agent, the last reader since. Reads of one agent
 * repeating a range (a band every COMPUTE of a layer reads) are kept as one pending range, written into
 * the rows only when the agent reads elsewhere: a repeated read needs no edge (the earlier read of the
 * same queue already waited for the same writers), and the rows are not walked again.
 */
class RowState {
  private readonly write: Int32Array;
  private readonly reads: Int32Array[];
  private readonly pLo = AGENTS.map(() => 0);
  private readonly pHi = AGENTS.map(() => 0);
  private readonly pK = AGENTS.map(() => -1);
  private readonly pEpoch = AGENTS.map(() => -1);
  private epoch = 0;

  constructor(rows: number) {
    this.write = new Int32Array(rows).fill(-1);
    this.reads = AGENTS.map(() => new Int32Array(rows).fill(-1));
  }

  read(a: Agent, lo: number, hi: number, k: number, found: (p: number) => void): void {
    if (this.pK[a]! >= 0 && this.pEpoch[a] === this.epoch && lo >= this.pLo[a]! && hi <= this.pHi[a]!) {
      this.pK[a] = k;
      return;
    }
    for (let r = lo; r < hi; r++) {
      const w = this.write[r]!;
      if (w >= 0) found(w);
    }
    this.flush(a);
    this.pLo[a] = lo;
    this.pHi[a] = hi;
    this.pK[a] = k;
    this.pEpoch[a] = this.epoch;
  }

  /** Finds the writers and the readers since them of rows [lo, hi) that a write must wait for. */
  checkWrite(lo: number, hi: number, found: (p: number) => void): void {
    for (let r = lo; r < hi; r++) {
      const w = this.write[r]!;
      if (w >= 0) found(w);
      for (const a of AGENTS) {
        let rd = this.reads[a]![r]!;
        if (this.pK[a]! > rd && r >= this.pLo[a]! && r < this.pHi[a]!) rd = this.pK[a]!;
        if (rd > w) found(rd);
      }
    }
  }

  wrote(lo: number, hi: number, k: number): void {
    this.write.fill(k, lo, hi);
    this.epoch++;
  }

  private flush(a: Agent): void {
    if (this.pK[a]! >= 0) this.reads[a]!.fill(this.pK[a]!, this.pLo[a]!, this.pHi[a]!);
    this.pK[a] = -1;
  }
}

/** DRAM hazards over byte ranges (a transfer's bounding range: conservative, never misses a conflict). */
class DramState {
  /** Disjoint segments sorted by start: last writer and last reader since it (−1 none). */
  private readonly lo: number[] = [];
  private readonly hi: number[] = [];
  private readonly write: number[] = [];
  private readonly read: number[] = [];

  access(lo: number, hi: number, isWrite: boolean, k: number, edge: (p: number, k: number) => void): void {
    this.split(lo);
    this.split(hi);
    let s = this.firstAtOrAfter(lo);
    let pos = lo;
    const fresh = { lo: [] as number[], hi: [] as number[] };
    while (pos < hi) {
      if (s < this.lo.length && this.lo[s]! === pos) {
        const w = this.write[s]!;
        if (w >= 0) edge(w, k);
        if (isWrite && this.read[s]! > w) edge(this.read[s]!, k);
        if (isWrite) { this.write[s] = k; this.read[s] = -1; } else this.read[s] = k;
        pos = this.hi[s]!;
        s++;
      } else {
        // A gap nobody touched yet: a new segment.
        const end = s < this.lo.length ? Math.min(hi, this.lo[s]!) : hi;
        fresh.lo.push(pos);
        fresh.hi.push(end);
        this.lo.splice(s, 0, pos);
        this.hi.splice(s, 0, end);
        this.write.splice(s, 0, isWrite ? k : -1);
        this.read.splice(s, 0, isWrite ? -1 : k);
        pos = end;
        s++;
      }
    }
    if (isWrite) this.mergeRange(lo, hi);
  }

  private firstAtOrAfter(x: number): number {
    let a = 0;
    let b = this.lo.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (this.lo[m]! < x) a = m + 1;
      else b = m;
    }
    return a;
  }

  /** Splits the segment containing x (strictly inside) at x. */
  private split(x: number): void {
    const s = this.firstAtOrAfter(x + 1) - 1;
    if (s < 0 || this.lo[s]! >= x || this.hi[s]! <= x) return;
    this.lo.splice(s + 1, 0, x);
    this.hi.splice(s + 1, 0, this.hi[s]!);
    this.write.splice(s + 1, 0, this.write[s]!);
    this.read.splice(s + 1, 0, this.read[s]!);
    this.hi[s] = x;
  }

  /** After a write, the segments of [lo, hi) share one state: keep one. */
  private mergeRange(lo: number, hi: number): void {
    const s = this.firstAtOrAfter(lo);
    let e = s;
    while (e < this.lo.length && this.hi[e]! <= hi) e++;
    if (e - s <= 1) return;
    this.hi[s] = this.hi[e - 1]!;
    this.lo.splice(s + 1, e - s - 1);
    this.hi.splice(s + 1, e - s - 1);
    this.write.splice(s + 1, e - s - 1);
    this.read.splice(s + 1, e - s - 1);
  }
}

/** Writes the flags into the instructions; returns the largest token count any channel holds. */
function apply(items: readonly StreamItem[], flags: Uint8Array, depth: number): number {
  const held = [0, 0, 0, 0];
  let max = 0;
  items.forEach(({ instr }, k) => {
    const f = flags[k]!;
    const m = instr as { popPrev: number; popNext: number; pushPrev: number; pushNext: number };
    assert(m.popPrev === 0 && m.popNext === 0 && m.pushPrev === 0 && m.pushNext === 0, `instruction ${k} (${instr.op}) already has token flags`);
    m.popPrev = f & POP_PREV ? 1 : 0;
    m.popNext = f & POP_NEXT ? 1 : 0;
    m.pushPrev = f & PUSH_PREV ? 1 : 0;
    m.pushNext = f & PUSH_NEXT ? 1 : 0;
    const q = QUEUE[queueOf(instr.op)];
    // Pops first (an instruction's pops happen at its start, its pushes at its end).
    if (m.popPrev) held[q === 1 ? 0 : 2]!--;
    if (m.popNext) held[q === 0 ? 1 : 3]!--;
    if (m.pushPrev) held[q === 1 ? 1 : 3]!++;
    if (m.pushNext) held[q === 0 ? 0 : 2]!++;
    for (const h of held) {
      assert(h >= 0, `instruction ${k} pops a token no earlier instruction pushed`);
      max = Math.max(max, h);
    }
  });
  assert(held.every((h) => h === 0), 'every pushed token is popped');
  assert(max <= depth, `a token channel holds ${max} tokens at once, more than queues.tokenDepth = ${depth}`);
  return max;
}

/** A copy of `items` with a CONFIG (repeating the one in effect) before each position in `at`. */
function insertConfigs(items: readonly StreamItem[], at: Set<number>): StreamItem[] {
  const out: StreamItem[] = [];
  let config: Instruction | undefined;
  items.forEach((it, k) => {
    if (at.has(k)) {
      assert(config !== undefined && config.op === 'CONFIG', 'a CONFIG precedes every relay');
      const { op: _op, popPrev: _a, popNext: _b, pushPrev: _c, pushNext: _d, ...fields } = config;
      out.push({ instr: makeInstruction('CONFIG', fields), comments: ['sync: wait for both compute units (relay or fence)'], ...(it.layer === undefined ? {} : { layer: it.layer }) });
    }
    if (it.instr.op === 'CONFIG') config = it.instr;
    out.push(it);
  });
  return out;
}
