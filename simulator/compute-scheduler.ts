// When the compute queue may issue its head instruction. The queue issues in order, at most one
// instruction per cycle, to two units that run concurrently: the systolic array (LOAD_WEIGHTS,
// COMPUTE) and the vector unit (REQUANT, POOL, ADD, PACK, DEPTHWISE). An instruction waits for its
// unit, and for the other unit when both touch the same accumulator rows (the only state they share);
// CONFIG and HALT wait until both units are idle. docs/CYCLE-MODEL.md §Compute queue.
import type { Instruction } from '../isa/instruction.js';
import type { ArrayTiming } from './units/systolic-array.js';

/** The issue constraints of the compute queue, and the unit state they depend on. Allocation-free:
 *  it runs once per compute-queue instruction (the accumulator ranges live in parallel arrays). */
export class ComputeScheduler {
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

  constructor(private readonly outPixels: (i: Instruction) => number) {}

  /** Earliest issue cycle (≥ `from`) into `this.at`, and into `this.vectorWait` how much of the wait
   *  was for the vector unit. */
  earliest(i: Instruction, from: number): void {
    const base = Math.max(from, this.lastIssue + 1);
    let unit = base;
    let vectorWait = 0;
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
        if (this.hasVector && this.vEnd > unit && this.vLo < i.accRow + i.m && i.accRow < this.vHi) {
          vectorWait = this.vEnd - unit;
          unit = this.vEnd;
        }
        break;
      }
      default: {
        unit = Math.max(base, this.vectorFree);
        vectorWait = unit - base;
        const lo = accLo(i);
        if (lo >= 0) {
          const hi = accHi(i, this.outPixels);
          for (let k = this.inHead; k < this.inEnd.length; k++) {
            if (this.inEnd[k]! > unit && this.inLo[k]! < hi && lo < this.inHi[k]!) unit = this.inEnd[k]!;
          }
        }
      }
    }
    this.at = unit;
    this.vectorWait = vectorWait;
  }

  /** Records that `i` issued at `start` with the given array timing (array ops) or duration. */
  issued(i: Instruction, start: number, end: number, array?: ArrayTiming): void {
    this.lastIssue = start;
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
        while (this.inHead < this.inEnd.length && this.inEnd[this.inHead]! <= start) this.inHead++;
        if (this.inHead > 4096) {
          // Drop the retired prefix now and then (amortised O(1) per instruction).
          this.inLo.splice(0, this.inHead);
          this.inHi.splice(0, this.inHead);
          this.inEnd.splice(0, this.inHead);
          this.inHead = 0;
        }
        this.inLo.push(i.accRow);
        this.inHi.push(i.accRow + i.m);
        this.inEnd.push(end);
        return;
      default: {
        this.vectorFree = end;
        const lo = accLo(i);
        this.hasVector = lo >= 0;
        if (lo >= 0) {
          this.vLo = lo;
          this.vHi = accHi(i, this.outPixels);
          this.vEnd = end;
        }
      }
    }
  }

  /** Cycle at which both units are idle. */
  idleAt(): number {
    return Math.max(this.arrayEnd, this.vectorFree, this.weightsReady);
  }
}

/** First accumulator row a vector-unit instruction touches (−1: none). */
function accLo(i: Instruction): number {
  return i.op === 'REQUANT' || i.op === 'DEPTHWISE' ? i.accRow : -1;
}

/** One past its last accumulator row (only when accLo ≥ 0). */
function accHi(i: Instruction, outPixels: (i: Instruction) => number): number {
  return i.op === 'REQUANT' ? i.accRow + i.rows : i.op === 'DEPTHWISE' ? i.accRow + outPixels(i) : -1;
}
