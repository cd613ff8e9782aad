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
  const bursts = countBursts(t, burstBytes);
  const buf = buffers[t.buffer];
  const sram = walkBankCycles(transferWalk(t), buf.rowBytes, buf.banks);
  countTransfer(t, buffers, bursts, burstBytes, sram.accesses, k);
  const timingDram = channel.transfer(start, bursts);
  const end = Math.max(timingDram.done, start + sram.cycles, start + 1);
  return { ...attributeStalls(end - start, Math.ceil(sram.accesses / buf.banks), sram.cycles, timingDram), bursts };
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
