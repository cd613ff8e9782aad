// The DMA engines (LOAD on the load queue, STORE on the store queue): the strided 3-D walk of
// docs/ISA.md, moving bytes between DRAM and a buffer, and its timing: DRAM bursts through the shared
// channel (memory/dram.ts) pipelined with the SRAM side, one access per bank per cycle, in order.
import type { InstructionOf } from '../../isa/instruction.js';
import type { DramChannel, DramStorage } from '../memory/dram.js';
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

/** Per-bank "last cycle used" of the in-order SRAM walk (reused: transfers run one at a time). */
let bankUse = new Int32Array(0);

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
  const fillByte = t.op === 'LOAD' ? t.fillByte : 0;
  const plain = buf.name === 'accumulator' ? undefined : buffers[t.buffer as 'input'].bytes;
  const mem = dram.bytes;
  const len = t.bytesPerRow;
  const rb = buf.rowBytes;
  const rows = t.rows;
  // One outer step's rows form a single run on a side when consecutive rows are exactly `len` apart.
  const sramRun = t.sramRowStride * rb === len;
  const dramRun = t.dramRowStride === len;
  const banks = buf.banks;
  // One arithmetic row sequence with stride S visits banks with period P = banks / gcd(S, banks): every
  // window of P steps hits P distinct banks, so the greedy packing starts a cycle every P steps.
  const arithmetic = t.repeat === 1 || t.sramOuterStride === rows * t.sramRowStride;
  const period = banks / gcd(Math.abs(t.sramRowStride), banks);
  if (bankUse.length < banks) bankUse = new Int32Array(banks);
  bankUse.fill(-1, 0, banks);
  let cycle = 0;
  let bursts = 0;
  let lastBurst = -1;
  // Outer steps that continue each other's runs (the whole transfer is one block on both sides) move at once.
  const oneBlock = plain !== undefined && sramRun && (dramRun || fill) && t.sramOuterStride * rb === rows * len
    && (fill || t.dramOuterStride === rows * len);
  if (oneBlock) moveRows(t, steps, rb, plain, mem, t.sramRow * rb + t.sramByte, t.dramAddr, isLoad, fill, fillByte, sramRun, dramRun);
  for (let o = 0; o < t.repeat; o++) {
    const s0 = t.sramRow + o * t.sramOuterStride;
    const d0 = t.dramAddr + o * t.dramOuterStride;
    if (plain === undefined) {
      const acc = buffers.accumulator;
      for (let r = 0; r < rows; r++) {
        const srow = s0 + r * t.sramRowStride;
        const d = d0 + r * t.dramRowStride;
        if (fill) acc.writeBytes(srow, t.sramByte, new Uint8Array(len).fill(fillByte));
        else if (isLoad) acc.writeBytes(srow, t.sramByte, dram.read(d, len));
        else dram.write(d, acc.readBytes(srow, t.sramByte, len));
      }
    } else if (!oneBlock) moveRows(t, rows, rb, plain, mem, s0 * rb + t.sramByte, d0, isLoad, fill, fillByte, sramRun, dramRun);
    // Bursts: aligned blocks touched, a block repeated from the previous step coalesced (BurstCounter).
    if (!fill) {
      const stride = t.dramRowStride;
      if (dramRun || (len <= stride && stride <= burstBytes)) {
        // Rows in increasing order with gaps shorter than a burst: each step starts in the previous step's
        // last burst or the next one, so the count is every burst of the span once.
        const first = Math.floor(d0 / burstBytes);
        const last = Math.floor((d0 + (rows - 1) * stride + len - 1) / burstBytes);
        bursts += last - first + 1 - (first === lastBurst ? 1 : 0);
        lastBurst = last;
      } else if (stride > 0 && stride % burstBytes === 0 && (d0 % burstBytes) + len <= burstBytes) {
        // Every row inside one burst, a whole number of bursts apart: one burst per row.
        const first = Math.floor(d0 / burstBytes);
        bursts += rows - (first === lastBurst ? 1 : 0);
        lastBurst = Math.floor((d0 + (rows - 1) * stride) / burstBytes);
      } else {
        for (let r = 0, d = d0; r < rows; r++, d += t.dramRowStride) {
          const first = Math.floor(d / burstBytes);
          const last = Math.floor((d + len - 1) / burstBytes);
          bursts += last - first + 1 - (first === lastBurst ? 1 : 0);
          lastBurst = last;
        }
      }
    }
    // SRAM side: in-order greedy packing, at most one access per bank per cycle (inOrderBankCycles).
    if (banks > 1 && !arithmetic) {
      for (let r = 0, row = s0; r < rows; r++, row += t.sramRowStride) {
        const b = row % banks;
        if (bankUse[b] === cycle) cycle++;
        bankUse[b] = cycle;
      }
    }
  }
  const sramCycles = steps === 0 ? 0 : banks === 1 ? steps : arithmetic ? Math.ceil(steps / period) : cycle + 1;
  const sramIdeal = Math.ceil(steps / buf.banks);
  const moved = steps * t.bytesPerRow;
  k.bufferBytes[t.buffer] += moved;
  if (t.buffer === 'accumulator') {
    const entries = Math.ceil(moved / buffers.accumulator.entryBytes);
    if (isLoad) k.accWrites += entries;
    else k.accReads += entries;
  } else if (isLoad) k.sramWrites[t.buffer] += steps;
  else k.sramReads[t.buffer] += steps;
  const timingDram = channel.transfer(start, bursts);
  if (!fill) {
    k.dramRequestedBytes += moved;
    if (isLoad) k.dramReadBytes += bursts * burstBytes;
    else k.dramWriteBytes += bursts * burstBytes;
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

/** Copies below this many bytes go element by element (a subarray and a set cost more than they save). */
const SMALL_COPY = 64;

/**
 * Moves `rows` rows (one outer step's, or a whole transfer that is one block) between a plain buffer
 * (from byte `at`) and DRAM (from `d`): a single copy when the rows are one run on both sides (or one
 * fill on the SRAM side), else row by row.
 */
function moveRows(
  t: Transfer, rows: number, rb: number, plain: Uint8Array, mem: Uint8Array, at: number, d: number, isLoad: boolean, fill: boolean,
  fillByte: number, sramRun: boolean, dramRun: boolean,
): void {
  const len = t.bytesPerRow;
  const total = rows * len;
  const inBounds = at + total <= plain.length && d + total <= mem.length;
  if (fill && sramRun && inBounds) {
    if (total < SMALL_COPY) for (let j = 0; j < total; j++) plain[at + j] = fillByte;
    else plain.fill(fillByte, at, at + total);
  } else if (!fill && sramRun && dramRun && inBounds) {
    if (total < SMALL_COPY) {
      if (isLoad) for (let j = 0; j < total; j++) plain[at + j] = mem[d + j]!;
      else for (let j = 0; j < total; j++) mem[d + j] = plain[at + j]!;
    } else if (isLoad) plain.set(mem.subarray(d, d + total), at);
    else mem.set(plain.subarray(at, at + total), d);
  } else {
    const sStep = t.sramRowStride * rb;
    const dStep = t.dramRowStride;
    if (!fill && plain.byteOffset % 4 === 0 && mem.byteOffset % 4 === 0 && len % 4 === 0 && at % 4 === 0 && d % 4 === 0 && sStep % 4 === 0 && dStep % 4 === 0 && inBounds
      && at + (rows - 1) * sStep + len <= plain.length && at + (rows - 1) * sStep >= 0 && d + (rows - 1) * dStep + len <= mem.length && d + (rows - 1) * dStep >= 0) {
      // Word-aligned rows: copied as 32-bit words (same bytes).
      const p32 = words(plain);
      const m32 = words(mem);
      const w = len >> 2;
      const to = isLoad ? p32 : m32;
      const from = isLoad ? m32 : p32;
      let x = isLoad ? at >> 2 : d >> 2;
      let y = isLoad ? d >> 2 : at >> 2;
      const xStep = (isLoad ? sStep : dStep) >> 2;
      const yStep = (isLoad ? dStep : sStep) >> 2;
      if (w === 4) {
        // 16-byte rows (one vector of a 16-wide array: most im2col LOADs), unrolled.
        for (let r = 0; r < rows; r++, x += xStep, y += yStep) {
          to[x] = from[y]!;
          to[x + 1] = from[y + 1]!;
          to[x + 2] = from[y + 2]!;
          to[x + 3] = from[y + 3]!;
        }
      } else {
        for (let r = 0; r < rows; r++, x += xStep, y += yStep) for (let j = 0; j < w; j++) to[x + j] = from[y + j]!;
      }
      return;
    }
    for (let r = 0; r < rows; r++) {
      const a = at + r * sStep;
      const dd = d + r * dStep;
      if (fill) for (let j = 0; j < len; j++) plain[a + j] = fillByte;
      else if (isLoad) for (let j = 0; j < len; j++) plain[a + j] = mem[dd + j]!;
      else for (let j = 0; j < len; j++) mem[dd + j] = plain[a + j]!;
    }
  }
}

/** 32-bit word views of byte arrays (one per array, made on first use; the last two asked for kept at hand). */
const wordViews = new WeakMap<Uint8Array, Int32Array>();
let recent: [Uint8Array | undefined, Int32Array | undefined, Uint8Array | undefined, Int32Array | undefined] = [undefined, undefined, undefined, undefined];
function words(b: Uint8Array): Int32Array {
  if (recent[0] === b) return recent[1]!;
  if (recent[2] === b) return recent[3]!;
  let v = wordViews.get(b);
  if (v === undefined) {
    v = new Int32Array(b.buffer, b.byteOffset, b.length >> 2);
    wordViews.set(b, v);
  }
  recent = [b, v, recent[0], recent[1]];
  return v;
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}
