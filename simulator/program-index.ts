// What the machine's step loop reads of every instruction — its dependency flags and its queue — laid
// out once per program as typed arrays: instruction objects of 11 opcodes (11 shapes) seen at one call
// site make a shared field read such as `instr.popPrev` megamorphic, and the loop does it several times
// per instruction.
import { runHeads, type IssuedInstructions } from '../isa/compute-run.js';
import { queueOf } from '../isa/instruction.js';
import type { QueueName } from '../isa/spec-types.js';

/** Queue numbers of `queue` (the machine's order). */
export const QUEUE_NAMES: readonly QueueName[] = ['load', 'compute', 'store'];

/**
 * `make(i)` for i in [0, length), in an array built by push (always packed). Array.prototype.map makes a
 * packed array where its caller runs unoptimized and a holey one inlined in optimized code, so the machine's
 * step loop, optimized for one, deoptimized ("wrong map") on the other at the next run: Machine.run was
 * compiled 11 times over eight ResNet-18 images in one thread, 5 with these arrays.
 */
export function packedArray<T>(length: number, make: (i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < length; i++) out.push(make(i));
  return out;
}

/** Bits of `tokens`. */
export const POP_PREV = 1;
export const POP_NEXT = 2;
export const PUSH_PREV = 4;
export const PUSH_NEXT = 8;

/** The per-program tables (read-only, shared by every run of the program). */
export interface ProgramIndex {
  /** POP_PREV | POP_NEXT | PUSH_PREV | PUSH_NEXT of each instruction. */
  readonly tokens: Uint8Array;
  /** The queue of each instruction, as its index in QUEUE_NAMES. */
  readonly queue: Uint8Array;
}

const indexes = new WeakMap<IssuedInstructions, ProgramIndex>();

/** The tables of `instrs` (built on first use, then reused for every run of the same program). */
export function programIndex(instrs: IssuedInstructions): ProgramIndex {
  const known = indexes.get(instrs);
  if (known !== undefined) return known;
  const tokens = new Uint8Array(instrs.length);
  const queue = new Uint8Array(instrs.length);
  const heads = runHeads(instrs);
  // An issued program (isa/compute-run.ts) holds each run's first micro-op only: the others' entries are set
  // from the run without making them (120 k micro-ops for ResNet-18, ~25 ms of a cold start): a LOAD_WEIGHTS
  // and a COMPUTE per tile, the run's pops on the first (held) and its pushes on the last.
  const weightsQueue = QUEUE_NAMES.indexOf(queueOf('LOAD_WEIGHTS'));
  const computeQueue = QUEUE_NAMES.indexOf(queueOf('COMPUTE'));
  for (let n = 0; n < instrs.length; n++) {
    const i = instrs[n]!;
    tokens[n] = (i.popPrev ? POP_PREV : 0) | (i.popNext ? POP_NEXT : 0) | (i.pushPrev ? PUSH_PREV : 0) | (i.pushNext ? PUSH_NEXT : 0);
    queue[n] = QUEUE_NAMES.indexOf(queueOf(i.op));
    const run = heads?.[n];
    if (run === undefined) continue;
    const last = n + 2 * run.tiles - 1;
    for (let m = n + 1; m <= last; m++) queue[m] = (m - n) % 2 === 0 ? weightsQueue : computeQueue;
    tokens[last] = (run.pushPrev ? PUSH_PREV : 0) | (run.pushNext ? PUSH_NEXT : 0);
    n = last;
  }
  const index = { tokens, queue };
  indexes.set(instrs, index);
  return index;
}
