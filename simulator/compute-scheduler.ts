// When the compute queue may issue its head instruction. The queue issues in order, at most one
// instruction per cycle, to two units that run concurrently: the systolic array (LOAD_WEIGHTS,
// COMPUTE) and the vector unit (REQUANT, POOL, ADD, PACK, DEPTHWISE). An instruction waits for its
// unit, and for the other unit when both touch the same accumulator rows (the only state they share);
// CONFIG and HALT wait until both units are idle. docs/CYCLE-MODEL.md §Compute queue.
import type { Instruction } from '../isa/instruction.js';
import type { ArrayTiming } from './units/systolic-array.js';

interface AccRange {
  readonly lo: number;
  readonly hi: number;
  readonly end: number;
}

/** The accumulator rows an instruction touches, if any. */
export function accRowsOf(i: Instruction, outPixels: (i: Instruction) => number): { lo: number; hi: number } | undefined {
  switch (i.op) {
    case 'COMPUTE': return { lo: i.accRow, hi: i.accRow + i.m };
    case 'REQUANT': return { lo: i.accRow, hi: i.accRow + i.rows };
    case 'DEPTHWISE': return { lo: i.accRow, hi: i.accRow + outPixels(i) };
    default: return undefined;
  }
}

/** The issue constraints of the compute queue, and the unit state they depend on. */
export class ComputeScheduler {
  private lastIssue = -1;
  private arrayFree = 0;
  private loaderFree = 0;
  private weightsReady = 0;
  private latchCount = 0;
  private readonly bankRelease = [0, 0];
  private arrayEnd = 0;
  private readonly arrayInflight: AccRange[] = [];
  private vectorFree = 0;
  private lastVector: AccRange | undefined;

  constructor(private readonly outPixels: (i: Instruction) => number) {}

  /** Earliest issue cycle (≥ `from`) and how much of the wait was for the vector unit. */
  earliest(i: Instruction, from: number): { at: number; vectorWait: number } {
    const base = Math.max(from, this.lastIssue + 1);
    let unit = base;
    let vectorWait = 0;
    const acc = accRowsOf(i, this.outPixels);
    switch (i.op) {
      case 'CONFIG':
      case 'HALT':
        unit = Math.max(base, this.arrayEnd, this.vectorFree);
        vectorWait = Math.max(0, this.vectorFree - Math.max(base, this.arrayEnd));
        break;
      case 'LOAD_WEIGHTS':
        unit = Math.max(base, this.loaderFree, this.bankRelease[this.latchCount % 2]!);
        break;
      case 'COMPUTE': {
        unit = Math.max(base, this.arrayFree, this.weightsReady);
        const v = this.lastVector;
        if (v !== undefined && acc !== undefined && v.end > unit && overlaps(v, acc)) {
          vectorWait = v.end - unit;
          unit = v.end;
        }
        break;
      }
      default: {
        unit = Math.max(base, this.vectorFree);
        vectorWait = unit - base;
        if (acc !== undefined) {
          for (const a of this.arrayInflight) if (a.end > unit && overlaps(a, acc)) unit = a.end;
        }
      }
    }
    return { at: unit, vectorWait };
  }

  /** Records that `i` issued at `start` with the given array timing (array ops) or duration. */
  issued(i: Instruction, start: number, end: number, array?: ArrayTiming): void {
    this.lastIssue = start;
    const acc = accRowsOf(i, this.outPixels);
    switch (i.op) {
      case 'CONFIG':
      case 'HALT':
        return;
      case 'LOAD_WEIGHTS':
        this.loaderFree = start + array!.busyCycles;
        this.weightsReady = end;
        this.latchCount++;
        return;
      case 'COMPUTE':
        this.arrayFree = start + array!.busyCycles;
        this.arrayEnd = Math.max(this.arrayEnd, end);
        // The tile in use is the last latched one, in bank (latchCount − 1) mod 2.
        if (this.latchCount > 0) {
          const bank = (this.latchCount - 1) % 2;
          this.bankRelease[bank] = Math.max(this.bankRelease[bank]!, start + array!.weightsReleased);
        }
        while (this.arrayInflight.length > 0 && this.arrayInflight[0]!.end <= start) this.arrayInflight.shift();
        this.arrayInflight.push({ ...acc!, end });
        return;
      default:
        this.vectorFree = end;
        this.lastVector = acc === undefined ? undefined : { ...acc, end };
    }
  }

  /** Cycle at which both units are idle. */
  idleAt(): number {
    return Math.max(this.arrayEnd, this.vectorFree, this.weightsReady);
  }
}

function overlaps(a: { lo: number; hi: number }, b: { lo: number; hi: number }): boolean {
  return a.lo < b.hi && b.lo < a.hi;
}
