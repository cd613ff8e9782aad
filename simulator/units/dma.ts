// The DMA engines (LOAD on the load queue, STORE on the store queue): the strided 3-D walk of
// docs/ISA.md, moving bytes between DRAM and a buffer, and its timing: DRAM bursts through the shared
// channel (memory/dram.ts) pipelined with the SRAM side, one access per bank per cycle, in order.
import type { InstructionOf } from '../../isa/instruction.js';
import { BurstCounter, type DramChannel, type DramStorage } from '../memory/dram.js';
import { inOrderBankCycles } from '../memory/banks.js';
import type { Buffers } from '../memory/sram.js';
import type { Counters } from '../stats.js';

/** Where a transfer's cycles went. */
export interface DmaTiming {
  readonly duration: number;
  readonly latencyStall: number;
  readonly bandwidthStall: number;
  readonly bankStall: number;
}

type Transfer = InstructionOf<'LOAD'> | InstructionOf<'STORE'>;

/** SRAM row of step (o, r). */
function sramRowOf(t: Transfer, step: number): number {
  const o = Math.floor(step / t.rows);
  const r = step - o * t.rows;
  return t.sramRow + o * t.sramOuterStride + r * t.sramRowStride;
}

/**
 * Executes a LOAD or STORE starting at cycle `start` (data moves now; callers run instructions in
 * start order) and returns its timing. The transfer ends when both its last burst has crossed the bus
 * and its last SRAM access is done: end = max(DRAM done, start + SRAM cycles).
 */
export function transfer(
  t: Transfer, start: number, buffers: Buffers, dram: DramStorage, channel: DramChannel, burstBytes: number, k: Counters,
): DmaTiming {
  const buf = buffers[t.buffer];
  const steps = t.rows * t.repeat;
  const isLoad = t.op === 'LOAD';
  const fill = isLoad && t.fill === 1;
  const bursts = new BurstCounter(burstBytes);
  const fillBytes = fill ? new Uint8Array(t.bytesPerRow).fill(t.fillByte) : undefined;
  // Plain buffers are copied byte by byte (steps are short; subarray views would allocate per step).
  const plain = buf.name === 'accumulator' ? undefined : buffers[t.buffer as 'input'].bytes;
  const mem = dram.bytes;
  const len = t.bytesPerRow;
  for (let o = 0; o < t.repeat; o++) {
    for (let r = 0; r < t.rows; r++) {
      const s = t.sramRow + o * t.sramOuterStride + r * t.sramRowStride;
      const d = t.dramAddr + o * t.dramOuterStride + r * t.dramRowStride;
      if (plain !== undefined) {
        const at = s * buf.rowBytes + t.sramByte;
        if (fill) plain.fill(t.fillByte, at, at + len);
        else if (isLoad) for (let j = 0; j < len; j++) plain[at + j] = mem[d + j]!;
        else for (let j = 0; j < len; j++) mem[d + j] = plain[at + j]!;
      } else if (fillBytes !== undefined) buf.writeBytes(s, t.sramByte, fillBytes);
      else if (isLoad) buf.writeBytes(s, t.sramByte, dram.read(d, len));
      else dram.write(d, buf.readBytes(s, t.sramByte, len));
      if (!fill) bursts.add(d, len);
    }
  }
  const sramCycles = inOrderBankCycles(steps, buf.banks, (i) => sramRowOf(t, i));
  const sramIdeal = Math.ceil(steps / buf.banks);
  const moved = steps * t.bytesPerRow;
  k.bufferBytes[t.buffer] += moved;
  if (t.buffer === 'accumulator') {
    const entries = Math.ceil(moved / buffers.accumulator.entryBytes);
    if (isLoad) k.accWrites += entries;
    else k.accReads += entries;
  } else if (isLoad) k.sramWrites[t.buffer] += steps;
  else k.sramReads[t.buffer] += steps;
  const timingDram = channel.transfer(start, bursts.bursts);
  if (!fill) {
    k.dramRequestedBytes += moved;
    if (isLoad) k.dramReadBytes += bursts.bursts * burstBytes;
    else k.dramWriteBytes += bursts.bursts * burstBytes;
  }
  const end = Math.max(timingDram.done, start + sramCycles, start + 1);
  const duration = end - start;
  // Split the duration into causes, each capped by what is left (the parts overlap in hardware).
  let left = duration - sramIdeal;
  const latencyStall = Math.max(0, Math.min(left, timingDram.latencyCycles));
  left -= latencyStall;
  const bandwidthStall = Math.max(0, Math.min(left, timingDram.busWaitCycles + timingDram.dataCycles - sramIdeal));
  left -= bandwidthStall;
  const bankStall = Math.max(0, Math.min(left, sramCycles - sramIdeal));
  return { duration, latencyStall, bandwidthStall, bankStall };
}
