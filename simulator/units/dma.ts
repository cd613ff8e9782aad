// The DMA engines (LOAD on the load queue, STORE on the store queue): the strided 3-D walk of
// docs/ISA.md, moving bytes between DRAM and a buffer (dma-data.ts), and its timing: DRAM bursts
// (dma-bursts.ts) through the shared channel (memory/dram.ts) pipelined with the SRAM side, one access per
// bank per cycle, in order (dma-banks.ts); the cycles past the ideal are attributed to their causes here.
import type { DramChannel, DramStorage, DramTiming } from '../memory/dram.js';
import type { Buffers } from '../memory/sram.js';
import type { Counters } from '../stats.js';
import { walkBankCycles, type RowWalk } from './dma-banks.js';
import { countBursts } from './dma-bursts.js';
import { moveTransferData, type Transfer } from './dma-data.js';

/** Where a transfer's cycles went, and the DRAM bursts it moved. */
export interface DmaTiming {
  readonly duration: number;
  readonly bursts: number;
  readonly latencyStall: number;
  readonly bandwidthStall: number;
  readonly bankStall: number;
}

/**
 * Executes a LOAD or STORE starting at cycle `start` (data moves now; callers run instructions in
 * start order) and returns its timing. The transfer ends when both its last burst has crossed the bus
 * and its last SRAM access is done: end = max(DRAM done, start + SRAM cycles).
 */
export function transfer(
  t: Transfer, start: number, buffers: Buffers, dram: DramStorage, channel: DramChannel, burstBytes: number, k: Counters,
): DmaTiming {
  moveTransferData(t, buffers, dram);
  const buf = buffers[t.buffer];
  const shape = walkShape(t, buf.rowBytes, buf.banks, burstBytes);
  const bursts = shape[BURSTS]!;
  const cycles = shape[CYCLES]!;
  const accesses = shape[ACCESSES]!;
  countTransfer(t, buffers, bursts, burstBytes, accesses, k);
  const timingDram = channel.transfer(start, bursts);
  // Stryker disable next-line ArithmeticOperator: start + 1 never binds (rows, repeat and bytesPerRow are at least 1, so the SRAM side takes a cycle or more): start − 1 is equivalent (start − cycles is killed)
  const end = Math.max(timingDram.done, start + cycles, start + 1);
  return { ...attributeStalls(end - start, Math.ceil(accesses / buf.banks), cycles, timingDram), bursts };
}

// A transfer's burst count and SRAM bank cycles depend only on its fields and the machine's geometry, not on
// the data or the time: they are kept per instruction object, after the fields they were computed from, and
// reused while those still match (every image of a program; ResNet-18's strided output-buffer LOADs walk
// ~1,300 steps each for their bank cycles). Layout: the KEY_FIELDS inputs, then bursts, cycles, accesses.
const KEY_FIELDS = 15;
const BURSTS = KEY_FIELDS;
// Stryker disable next-line ArithmeticOperator: an index inside the key (KEY_FIELDS − 1) is written and read back consistently; it only defeats the memo (that key field stops matching), same results
const CYCLES = KEY_FIELDS + 1;
// Stryker disable next-line ArithmeticOperator: as CYCLES
const ACCESSES = KEY_FIELDS + 2;
const walkShapes = new WeakMap<Transfer, Float64Array>();

/** [inputs…, bursts, SRAM cycles, SRAM row accesses] of transfer `t` (memoized; see above). */
function walkShape(t: Transfer, rowBytes: number, banks: number, burstBytes: number): Float64Array {
  let m = walkShapes.get(t);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the fill key only has to tell a fill from a copy: a STORE has no fill field (→ true on the op test) and !== keeps the two apart, inverted (the collapsing forms are killed)
  const fill = t.op === 'LOAD' && t.fill === 1 ? 1 : 0;
  // A walk's bank cycles do not change when all its rows move by the same amount (banks are rows mod banks, permuted alike),
  // and its bursts and accesses do not depend on sramRow, nor on the op beyond `fill`: the sramRow and op key fields only
  // keep the memo conservative, so their → true and !== forms are equivalent (the other fields' are killed by dma.test.ts).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: see above (m[1])
  if (m !== undefined && m[0] === fill && m[1] === t.sramRow && m[2] === t.sramByte && m[3] === t.bytesPerRow && m[4] === t.rows
    && m[5] === t.sramRowStride && m[6] === t.repeat && m[7] === t.sramOuterStride && m[8] === t.dramAddr && m[9] === t.dramRowStride
    && m[10] === t.dramOuterStride && m[11] === rowBytes && m[12] === banks && m[13] === burstBytes && (
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: see above (m[14]; a comment before `&&` is not seen)
      m[14] === (t.op === 'LOAD' ? 0 : 1))) return m;
  m ??= new Float64Array(KEY_FIELDS + 3);
  // Stryker disable next-line ArrayDeclaration: setting no key fields only makes every later lookup miss (the results are stored below): speed only
  m.set([fill, t.sramRow, t.sramByte, t.bytesPerRow, t.rows, t.sramRowStride, t.repeat, t.sramOuterStride, t.dramAddr, t.dramRowStride,
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: see above (the op key field)
    t.dramOuterStride, rowBytes, banks, burstBytes, t.op === 'LOAD' ? 0 : 1]);
  const sram = walkBankCycles(transferWalk(t), rowBytes, banks);
  m[BURSTS] = countBursts(t, burstBytes);
  m[CYCLES] = sram.cycles;
  m[ACCESSES] = sram.accesses;
  walkShapes.set(t, m);
  return m;
}

/** The SRAM side of a transfer as a walk of steps over rows. */
export function transferWalk(t: Transfer): RowWalk {
  return { row: t.sramRow, byte: t.sramByte, bytes: t.bytesPerRow, rows: t.rows, inner: t.sramRowStride, repeat: t.repeat, outer: t.sramOuterStride };
}

/** The transfer's buffer bytes, SRAM (`rowAccesses` rows) or accumulator accesses and DRAM bytes, into the layer's counters. */
function countTransfer(t: Transfer, buffers: Buffers, bursts: number, burstBytes: number, rowAccesses: number, k: Counters): void {
  const isLoad = t.op === 'LOAD';
  const moved = t.rows * t.repeat * t.bytesPerRow;
  k.bufferBytes[t.buffer] += moved;
  if (t.buffer === 'accumulator') {
    const entries = Math.ceil(moved / buffers.accumulator.entryBytes);
    if (isLoad) k.accWrites += entries;
    else k.accReads += entries;
  } else if (isLoad) k.sramWrites[t.buffer] += rowAccesses;
  else k.sramReads[t.buffer] += rowAccesses;
  // Stryker disable next-line ConditionalExpression: a STORE has no fill field, so the op test is redundant (the other forms, counting a fill's DRAM bytes or not a load's, are killed by dma.test.ts)
  if (!(t.op === 'LOAD' && t.fill === 1)) {
    k.dramRequestedBytes += moved;
    if (isLoad) k.dramReadBytes += bursts * burstBytes;
    else k.dramWriteBytes += bursts * burstBytes;
  }
}

/**
 * Splits a transfer's `duration` beyond its ideal SRAM cycles (`sramIdeal`: every bank busy every cycle)
 * into causes, in this order, each capped by what is left (the parts overlap in hardware): DRAM latency,
 * then DRAM bandwidth (bus waits and data cycles past the ideal), then bank conflicts (`sramCycles` past it).
 */
export function attributeStalls(duration: number, sramIdeal: number, sramCycles: number, dram: DramTiming): Omit<DmaTiming, 'bursts'> {
  let left = duration - sramIdeal;
  const latencyStall = Math.max(0, Math.min(left, dram.latencyCycles));
  left -= latencyStall;
  const bandwidthStall = Math.max(0, Math.min(left, dram.busWaitCycles + dram.dataCycles - sramIdeal));
  left -= bandwidthStall;
  const bankStall = Math.max(0, Math.min(left, sramCycles - sramIdeal));
  return { duration, latencyStall, bandwidthStall, bankStall };
}
