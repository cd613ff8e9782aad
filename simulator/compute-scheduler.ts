// When the compute queue may issue its head instruction. The queue issues in order, at most one
// instruction per cycle, to two units that run concurrently: the systolic array (LOAD_WEIGHTS,
// COMPUTE) and the vector unit (REQUANT, POOL, ADD, PACK, LUT, DEPTHWISE). An instruction waits for its
// unit, and for the other unit when both touch the same accumulator rows (the only state they share);
// CONFIG and HALT wait until both units are idle. docs/CYCLE-MODEL.md §Compute queue.
import { InternalError } from '../core/diagnostics.js';
import { depthwiseOutputs } from '../isa/check/footprint.js';
import type { Instruction, InstructionOf } from '../isa/instruction.js';
import type { Opcode } from '../isa/spec.js';
import type { ArrayTiming } from './units/systolic-array.js';

/** What the compute queue issues an instruction to: the weight loader or the array proper (the array
 *  unit's two stages), the vector unit, or both units at once (a barrier: it waits until both are idle). */
type IssueUnit = 'barrier' | 'state' | 'weight-loader' | 'array' | 'vector' | 'not-compute';

/** How the compute queue issues one opcode: its unit, and the accumulator rows [first, first + count) it
 *  touches (the only state the array and the vector unit share), if any. */
interface IssueRuleOf<I> {
  readonly unit: IssueUnit;
  readonly acc?: { readonly first: (i: I) => number; readonly count: (i: I) => number };
}

const BARRIER = { unit: 'barrier' } as const;
// WINDOW only sets state that each COMPUTE latches at issue: it waits for no unit, only its issue slot.
const STATE = { unit: 'state' } as const;
const VECTOR = { unit: 'vector' } as const;
// LOAD and STORE are issued by their own queues; the compute queue never sees them.
const NOT_COMPUTE = { unit: 'not-compute' } as const;

/** The issue rule of every opcode: a new opcode does not compile until it has one. */
const ISSUE: { readonly [Op in Opcode]: IssueRuleOf<InstructionOf<Op>> } = {
  CONFIG: BARRIER,
  HALT: BARRIER,
  WINDOW: STATE,
  LOAD: NOT_COMPUTE,
  STORE: NOT_COMPUTE,
  MOVE: NOT_COMPUTE,
  LOAD_WEIGHTS: { unit: 'weight-loader' },
  COMPUTE: { unit: 'array', acc: { first: (i) => i.accRow, count: (i) => i.m } },
  REQUANT: { unit: 'vector', acc: { first: (i) => i.accRow, count: (i) => i.rows } },
  POOL: VECTOR,
  ADD: VECTOR,
  PACK: VECTOR,
  LUT: VECTOR,
  DEPTHWISE: { unit: 'vector', acc: { first: (i) => i.accRow, count: depthwiseOutputs } },
  CVT_IN: VECTOR,
  CVT_OUT: { unit: 'vector', acc: { first: (i) => i.accRow, count: (i) => i.rows } },
  FPOOL: VECTOR,
  FADD: VECTOR,
};

/** The rule of `i` (the table is keyed by op, so the entry of i.op takes i). */
function ruleOf(i: Instruction): IssueRuleOf<Instruction> {
  return ISSUE[i.op] as IssueRuleOf<Instruction>;
}

function notCompute(i: Instruction): never {
  throw new InternalError(`${i.op} reached the compute queue's scheduler`);
}


/** The issue constraints of the compute queue, and the unit state they depend on. Allocation-free:
 *  it runs once per compute-queue instruction (the accumulator ranges live in parallel arrays). */
export class ComputeScheduler {
  /** os: when the previous drain ends, and when each of the PEs' two accumulator sets is drained. */
  private drainFree = 0;
  private readonly setFree = [0, 0];
  private osComputes = 0;
  private lastIssue = -1;
  private arrayFree = 0;
  private loaderFree = 0;
  private weightsReady = 0;
  private latchCount = 0;
  private readonly bankRelease = [0, 0];
  private arrayEnd = 0;
  /** In-flight array instructions' accumulator rows [lo, hi) and end cycles, live from `inHead` on. */
  private readonly inLo: number[] = [];
  private readonly inHi: number[] = [];
  private readonly inEnd: number[] = [];
  private inHead = 0;
  private vectorFree = 0;
  private hasVector = false;
  private vLo = 0;
  private vHi = 0;
  private vEnd = 0;
  /** Results of the last `earliest` call. */
  at = 0;
  vectorWait = 0;

  /** Earliest issue cycle (≥ `from`) into `this.at`, and into `this.vectorWait` how much of the wait
   *  was for the vector unit. */
  earliest(i: Instruction, from: number): void {
    const base = Math.max(from, this.lastIssue + 1);
    const rule = ruleOf(i);
    let unit = base;
    let vectorWait = 0;
    switch (rule.unit) {
      case 'barrier':
        unit = Math.max(base, this.arrayEnd, this.vectorFree);
        vectorWait = Math.max(0, this.vectorFree - Math.max(base, this.arrayEnd));
        break;
      case 'state':
        break;
      case 'weight-loader':
        this.earliestLoader(from);
        return;
      case 'array': {
        const acc = rule.acc!;
        const lo = acc.first(i);
        this.earliestArray(from, lo, lo + acc.count(i));
        return;
      }
      case 'vector': {
        unit = Math.max(base, this.vectorFree);
        vectorWait = unit - base;
        const acc = rule.acc;
        if (acc !== undefined) {
          const lo = acc.first(i);
          const hi = lo + acc.count(i);
          for (let k = this.inHead; k < this.inEnd.length; k++) {
            if (this.inEnd[k]! > unit && this.inLo[k]! < hi && lo < this.inHi[k]!) unit = this.inEnd[k]!;
          }
        }
        break;
      }
      case 'not-compute':
        notCompute(i);
    }
    this.at = unit;
    this.vectorWait = vectorWait;
  }

  /**
   * The duration of an array instruction issued at `start` with timing `t`: an os COMPUTE's drain (its last
   * t.drainCycles) starts when its PEs are done and the previous drain has ended (docs/CYCLE-MODEL.md §3).
   */
  arrayDuration(start: number, t: ArrayTiming): number {
    if (t.drainCycles === 0) return t.duration;
    const drainStart = Math.max(start + t.duration - t.drainCycles, this.drainFree);
    return drainStart + t.drainCycles - start;
  }

  /** Records that `i` issued at `start` with the given array timing (array ops) or duration. */
  issued(i: Instruction, start: number, end: number, array?: ArrayTiming): void {
    this.lastIssue = start;
    const rule = ruleOf(i);
    switch (rule.unit) {
      case 'barrier':
      case 'state':
        return;
      case 'weight-loader':
        this.issuedLoader(start, end, array!);
        return;
      case 'array': {
        const acc = rule.acc!;
        const lo = acc.first(i);
        this.issuedArray(start, end, array!, lo, lo + acc.count(i));
        return;
      }
      case 'vector': {
        this.vectorFree = end;
        const acc = rule.acc;
        this.hasVector = acc !== undefined;
        if (acc !== undefined) {
          this.vLo = acc.first(i);
          this.vHi = this.vLo + acc.count(i);
          this.vEnd = end;
        }
        return;
      }
      case 'not-compute':
        notCompute(i);
    }
  }

  /** `earliest` for a LOAD_WEIGHTS (also a run's, which has no instruction object: isa/compute-run.ts). */
  earliestLoader(from: number): void {
    const base = Math.max(from, this.lastIssue + 1);
    this.at = Math.max(base, this.loaderFree, this.bankRelease[this.latchCount % 2]!);
    this.vectorWait = 0;
  }

  /** `earliest` for an array COMPUTE writing accumulator rows [lo, hi). */
  earliestArray(from: number, lo: number, hi: number): void {
    const base = Math.max(from, this.lastIssue + 1);
    // os: the accumulator set this COMPUTE uses must have drained the COMPUTE two before it.
    let unit = Math.max(base, this.arrayFree, this.weightsReady, this.setFree[this.osComputes % 2]!);
    let vectorWait = 0;
    if (this.hasVector && this.vEnd > unit && this.vLo < hi && lo < this.vHi) {
      vectorWait = this.vEnd - unit;
      unit = this.vEnd;
    }
    this.at = unit;
    this.vectorWait = vectorWait;
  }

  /** `issued` for a LOAD_WEIGHTS. */
  issuedLoader(start: number, end: number, array: ArrayTiming): void {
    this.lastIssue = start;
    this.loaderFree = start + array.busyCycles;
    this.weightsReady = end;
    this.latchCount++;
  }

  /** `issued` for an array COMPUTE writing accumulator rows [lo, hi). */
  issuedArray(start: number, end: number, array: ArrayTiming, lo: number, hi: number): void {
    this.lastIssue = start;
    this.arrayFree = start + array.busyCycles;
    this.arrayEnd = Math.max(this.arrayEnd, end);
    if (array.drainCycles > 0) {
      this.drainFree = end;
      this.setFree[this.osComputes++ % 2] = end;
    }
    // The tile in use is the last latched one, in bank (latchCount − 1) mod 2.
    if (this.latchCount > 0) {
      const bank = (this.latchCount - 1) % 2;
      this.bankRelease[bank] = Math.max(this.bankRelease[bank]!, start + array.weightsReleased);
    }
    while (this.inHead < this.inEnd.length && this.inEnd[this.inHead]! <= start) this.inHead++;
    if (this.inHead > 4096) {
      // Drop the retired prefix now and then (amortised O(1) per instruction).
      this.inLo.splice(0, this.inHead);
      this.inHi.splice(0, this.inHead);
      this.inEnd.splice(0, this.inHead);
      this.inHead = 0;
    }
    this.inLo.push(lo);
    this.inHi.push(hi);
    this.inEnd.push(end);
  }

  /** Cycle at which both units are idle. */
  idleAt(): number {
    return Math.max(this.arrayEnd, this.vectorFree, this.weightsReady);
  }
}
