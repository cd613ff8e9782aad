// MOVE on the store queue's DMA engine: buffer to buffer, the strided 3-D walk of docs/ISA.md, no DRAM.
// Data: each step copies its bytes as a whole (memmove), steps in order. Timing (docs/CYCLE-MODEL.md §2):
// the source rows are read and the destination rows written in order, one access per bank per cycle on
// each buffer (the in-order bank rule, as a transfer's SRAM side); reads and writes of different buffers,
// or of one dual-ported buffer, overlap, so duration = max(read cycles, write cycles) + 1 (a row is
// written the cycle after it is read); on one single-ported buffer they share the port: reads + writes.
import type { InstructionOf } from '../../isa/instruction.js';
import type { Buffers, Sram } from '../memory/sram.js';
import type { Counters } from '../stats.js';
import { walkBankCycles, type RowWalk } from './dma-banks.js';

/** A MOVE's duration and the part of it lost to bank conflicts. */
export interface MoveTiming {
  readonly duration: number;
  readonly bankStall: number;
}

type Move = InstructionOf<'MOVE'>;

/** The byte arrays of the buffers MOVE may address (never the accumulator: the bounds checker refuses it). */
function plain(buffers: Buffers, name: Move['srcBuffer']): Sram {
  return buffers[name as 'input' | 'weight' | 'param' | 'output'];
}

/** The source and destination sides as walks of steps over rows. */
export function moveWalks(i: Move): { src: RowWalk; dst: RowWalk } {
  return {
    src: { row: i.srcRow, byte: i.srcByte, bytes: i.bytesPerRow, rows: i.rows, inner: i.srcRowStride, repeat: i.repeat, outer: i.srcOuterStride },
    dst: { row: i.dstRow, byte: i.dstByte, bytes: i.bytesPerRow, rows: i.rows, inner: i.dstRowStride, repeat: i.repeat, outer: i.dstOuterStride },
  };
}

/** Moves the bytes of MOVE `i` (now: callers run instructions in start order). */
export function moveData(i: Move, buffers: Buffers): void {
  const src = plain(buffers, i.srcBuffer);
  const dst = plain(buffers, i.dstBuffer);
  const len = i.bytesPerRow;
  const srcStep = i.srcRowStride * src.rowBytes;
  const dstStep = i.dstRowStride * dst.rowBytes;
  const a0 = i.srcRow * src.rowBytes + i.srcByte;
  const b0 = i.dstRow * dst.rowBytes + i.dstByte;
  const total = i.rows * i.repeat * len;
  // Both sides one run of bytes (steps and outer steps continuing each other), and a step-wise copy cannot see
  // its own writes (another buffer, or no overlap): one copy. Narrowing these conditions only sends a MOVE to the
  // step loop below, which moves the same bytes (speed only): the → false, && for || and < for <= forms are
  // equivalent; the widening forms are killed by test/simulator/units/move.test.ts.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: narrowing only (see above)
  const runs = srcStep === len && dstStep === len && (i.repeat === 1 || (
    // Stryker disable next-line ConditionalExpression: narrowing only (see above; a comment before `||` is not seen)
    i.srcOuterStride * src.rowBytes === i.rows * len && i.dstOuterStride * dst.rowBytes === i.rows * len));
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: narrowing only (see above)
  if (runs && (src !== dst || a0 + total <= b0 || b0 + total <= a0)) {
    // Stryker disable next-line ConditionalExpression: → false copies within one buffer by set(subarray), which copies as if through a clone: the same bytes as copyWithin (→ true is killed)
    if (src === dst) dst.bytes.copyWithin(b0, a0, a0 + total);
    else dst.bytes.set(src.bytes.subarray(a0, a0 + total), b0);
    return;
  }
  for (let o = 0; o < i.repeat; o++) {
    for (let r = 0; r < i.rows; r++) {
      const a = a0 + o * i.srcOuterStride * src.rowBytes + r * srcStep;
      const b = b0 + o * i.dstOuterStride * dst.rowBytes + r * dstStep;
      // Stryker disable next-line ConditionalExpression: as above, set(subarray) within one buffer equals copyWithin (→ true is killed)
      if (src === dst) dst.bytes.copyWithin(b, a, a + len);
      else dst.bytes.set(src.bytes.subarray(a, a + len), b);
    }
  }
}

/** Executes MOVE `i`: moves its bytes, counts its row accesses and bytes, returns its timing. */
export function move(i: Move, buffers: Buffers, k: Counters): MoveTiming {
  moveData(i, buffers);
  const src = plain(buffers, i.srcBuffer);
  const dst = plain(buffers, i.dstBuffer);
  const walks = moveWalks(i);
  const reads = walkBankCycles(walks.src, src.rowBytes, src.banks);
  const writes = walkBankCycles(walks.dst, dst.rowBytes, dst.banks);
  const bytes = i.rows * i.repeat * i.bytesPerRow;
  k.sramReads[i.srcBuffer] += reads.accesses;
  k.sramWrites[i.dstBuffer] += writes.accesses;
  k.bufferBytes[i.srcBuffer] += bytes;
  k.bufferBytes[i.dstBuffer] += bytes;
  const shared = src === dst && src.ports === 1;
  const duration = (shared ? reads.cycles + writes.cycles : Math.max(reads.cycles, writes.cycles)) + 1;
  const ideal = shared ? Math.ceil((reads.accesses + writes.accesses) / src.banks) : Math.max(Math.ceil(reads.accesses / src.banks), Math.ceil(writes.accesses / dst.banks));
  return { duration, bankStall: duration - 1 - ideal };
}
