// The DMA's closed forms (bulk copies, burst counts of row runs, bank cycles of arithmetic row
// sequences) against the step-by-step definitions: the bytes each step moves, BurstCounter over every
// step, inOrderBankCycles over every row — on random strided LOADs and STOREs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
import { inOrderBankCycles } from '../../../simulator/memory/banks.js';
import { BurstCounter, DramChannel, DramStorage } from '../../../simulator/memory/dram.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { Counters } from '../../../simulator/stats.js';
import { attributeStalls, transfer } from '../../../simulator/units/dma.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { firstDifference } from '../helpers.js';

describe('DMA transfer', () => {
  it('moves the bytes and counts the bursts and bank cycles of its steps', () => {
    fc.assert(fc.property(
      fc.record({
        load: fc.boolean(), banks: fc.constantFrom(1, 2, 8), burst: fc.constantFrom(16, 64),
        rows: fc.integer({ min: 1, max: 12 }), repeat: fc.integer({ min: 1, max: 3 }), bytesPerRow: fc.integer({ min: 1, max: 40 }),
        sramRow: fc.integer({ min: 0, max: 40 }), sramRowStride: fc.integer({ min: 0, max: 11 }), sramOuter: fc.integer({ min: 0, max: 40 }),
        sramByte: fc.constantFrom(0, 4), dramAddr: fc.integer({ min: 0, max: 300 }), dramRowStride: fc.integer({ min: 0, max: 140 }),
        dramOuter: fc.integer({ min: 0, max: 700 }), contiguous: fc.boolean(),
      }),
      (c) => {
        const hw = defaultHwConfig();
        hw.memories.input.banks = c.banks;
        hw.dram.burstBytes = c.burst;
        // A fast DRAM, so that the SRAM side's bank cycles show in the duration.
        hw.dram.latencyCycles = 0;
        hw.dram.bandwidthBytesPerCycle = 1024;
        const buffers = makeBuffers(hw, deriveHw(hw));
        const rb = buffers.input.rowBytes;
        // Half the cases take the run shapes the closed forms are for.
        const dramRowStride = c.contiguous ? c.bytesPerRow : c.dramRowStride;
        const sramRowStride = c.contiguous && c.bytesPerRow % rb === 0 ? c.bytesPerRow / rb : c.sramRowStride;
        const sramOuter = c.contiguous ? c.rows * sramRowStride : c.sramOuter;
        const fields = {
          buffer: 'input' as const, sramRow: c.sramRow, sramByte: c.sramByte, bytesPerRow: c.bytesPerRow, rows: c.rows, sramRowStride,
          dramAddr: c.dramAddr, dramRowStride, repeat: c.repeat, sramOuterStride: sramOuter, dramOuterStride: c.dramOuter,
        };
        const t = c.load ? makeInstruction('LOAD', { ...fields, fill: 0, fillByte: 0 }) : makeInstruction('STORE', fields);
        const image = Uint8Array.from({ length: 4096 }, (_, j) => (j * 131 + 7) % 256);
        // The walks stay in the first 8 KiB of the buffer (checked below; the rest stays zero on both sides).
        for (let j = 0; j < 8192; j++) buffers.input.bytes[j] = (j * 29 + 3) % 256;
        const dram = new DramStorage(image, image.length);
        const wantSram = buffers.input.bytes.slice();
        const wantDram = dram.bytes.slice();
        const bursts = new BurstCounter(c.burst);
        const rowsWalked: number[] = [];
        for (let o = 0; o < c.repeat; o++) {
          for (let r = 0; r < c.rows; r++) {
            const s = c.sramRow + o * sramOuter + r * sramRowStride;
            const d = c.dramAddr + o * c.dramOuter + r * dramRowStride;
            // A step touches every row its bytes cover (a 40-byte step spans up to 4 rows of 16 B).
            for (let row = s + Math.floor(c.sramByte / rb); row <= s + Math.floor((c.sramByte + c.bytesPerRow - 1) / rb); row++) rowsWalked.push(row);
            bursts.add(d, c.bytesPerRow);
            for (let j = 0; j < c.bytesPerRow; j++) {
              const at = s * rb + c.sramByte + j;
              if (at >= wantSram.length || d + j >= wantDram.length) continue;
              if (c.load) wantSram[at] = wantDram[d + j]!;
              else wantDram[d + j] = wantSram[at]!;
            }
          }
        }
        expect(Math.max(...rowsWalked) * rb).toBeLessThan(8192);
        const k = new Counters();
        const got = transfer(t, 10, buffers, dram, new DramChannel(hw), c.burst, k);
        expect(firstDifference(buffers.input.bytes, wantSram)).toBe(-1);
        expect(firstDifference(dram.bytes, wantDram)).toBe(-1);
        expect(c.load ? k.dramReadBytes : k.dramWriteBytes).toBe(bursts.bursts * c.burst);
        const sram = inOrderBankCycles(rowsWalked.length, c.banks, (i) => rowsWalked[i]!);
        const done = new DramChannel(hw).transfer(10, bursts.bursts).done;
        expect(got.duration).toBe(Math.max(done, 10 + sram, 11) - 10);
        expect(c.load ? k.sramWrites.input : k.sramReads.input).toBe(rowsWalked.length);
        // The cycles past the ideal (every bank busy every cycle) split into causes that never exceed them;
        // with this DRAM's zero latency the bank conflicts take what the DRAM side leaves.
        const ideal = Math.ceil(rowsWalked.length / c.banks);
        expect(got.latencyStall).toBe(0);
        expect(got.latencyStall + got.bandwidthStall + got.bankStall).toBeLessThanOrEqual(got.duration - ideal);
        expect(got.bankStall).toBe(Math.max(0, Math.min(got.duration - ideal - got.bandwidthStall, sram - ideal)));
      },
    ), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});

describe('DMA counters', () => {
  it('count every moved byte into its buffer, accumulator entries, SRAM rows, and DRAM bytes (none for a fill)', () => {
    const hw = defaultHwConfig();
    const buffers = makeBuffers(hw, deriveHw(hw));
    const dram = new DramStorage(new Uint8Array(4096), 4096);
    const burst = hw.dram.burstBytes;
    const entry = buffers.accumulator.entryBytes;
    const base = { sramRow: 0, sramByte: 0, bytesPerRow: 3 * entry, rows: 2, sramRowStride: 1, dramAddr: 0, dramRowStride: 3 * entry, repeat: 3, sramOuterStride: 2, dramOuterStride: 6 * entry };
    const moved = 2 * 3 * 3 * entry;
    const k = new Counters();
    const run = (t: Parameters<typeof transfer>[0]) => transfer(t, 0, buffers, dram, new DramChannel(hw), burst, k);
    const accLoad = run(makeInstruction('LOAD', { ...base, buffer: 'accumulator', fill: 0, fillByte: 0 }));
    expect(k.bufferBytes.accumulator).toBe(moved);
    expect([k.accWrites, k.accReads]).toEqual([Math.ceil(moved / entry), 0]);
    expect(k.dramRequestedBytes).toBe(moved);
    expect(k.dramReadBytes).toBe(accLoad.bursts * burst);
    const accStore = run(makeInstruction('STORE', { ...base, buffer: 'accumulator' }));
    expect(k.bufferBytes.accumulator).toBe(2 * moved);
    expect([k.accWrites, k.accReads]).toEqual([Math.ceil(moved / entry), Math.ceil(moved / entry)]);
    expect(k.dramWriteBytes).toBe(accStore.bursts * burst);
    expect(k.dramRequestedBytes).toBe(2 * moved);
    // An SRAM buffer counts rows accessed, not accumulator entries; a filling LOAD reads no DRAM.
    const fill = run(makeInstruction('LOAD', { ...base, buffer: 'input', fill: 1, fillByte: 7 }));
    expect(fill.bursts).toBe(0);
    expect(k.bufferBytes.input).toBe(moved);
    expect(k.sramWrites.input).toBeGreaterThan(0);
    expect([k.accWrites, k.accReads]).toEqual([Math.ceil(moved / entry), Math.ceil(moved / entry)]);
    expect([k.dramRequestedBytes, k.dramReadBytes]).toEqual([2 * moved, accLoad.bursts * burst]);
    run(makeInstruction('LOAD', { ...base, buffer: 'input', fill: 0, fillByte: 0 }));
    expect(k.dramRequestedBytes).toBe(3 * moved);
  });
});

describe('DMA transfer timing memo', () => {
  // transfer() keeps a transfer's bursts and bank cycles per instruction object: reusing an object whose fields
  // (or whose machine's banks and burst size) changed must time it as a fresh instruction with those fields.
  it('an instruction object edited in place, or run on other banks and bursts, is timed as a fresh one', () => {
    const shape = fc.record({
      rows: fc.integer({ min: 1, max: 8 }), repeat: fc.integer({ min: 1, max: 4 }), bytesPerRow: fc.integer({ min: 1, max: 40 }),
      sramRow: fc.integer({ min: 0, max: 30 }), sramRowStride: fc.integer({ min: 0, max: 9 }), sramOuterStride: fc.integer({ min: 0, max: 30 }),
      dramAddr: fc.integer({ min: 0, max: 300 }), dramRowStride: fc.integer({ min: 0, max: 140 }), dramOuterStride: fc.integer({ min: 0, max: 500 }),
      banks: fc.constantFrom(1, 2, 4, 8), burst: fc.constantFrom(16, 64), fill: fc.integer({ min: 0, max: 1 }),
      sramByte: fc.constantFrom(0, 4, 20), arrayRows: fc.constantFrom(8, 16),
    });
    // Each field changed alone (changing several at once would let a missing key field go unnoticed), every field
    // in every case: one edit per case left most key fields untried at a quarter of the runs (the mutation runs).
    const fieldsEdited = ['rows', 'repeat', 'bytesPerRow', 'sramRow', 'sramByte', 'sramRowStride', 'sramOuterStride', 'dramAddr', 'dramRowStride',
      'dramOuterStride', 'banks', 'burst', 'fill', 'arrayRows'] as const;
    fc.assert(fc.property(shape, shape, fc.boolean(), (a, other, load) => {
      const run = (t: ReturnType<typeof makeInstruction<'LOAD'>> | ReturnType<typeof makeInstruction<'STORE'>>, c: typeof a) => {
        const hw = defaultHwConfig();
        // (input rows are arrayRows bytes; small buffers keep the case cheap)
        hw.array.rows = c.arrayRows;
        for (const name of ['input', 'weight', 'output'] as const) hw.memories[name].sizeBytes = 8192;
        hw.memories.input.banks = c.banks;
        hw.dram.burstBytes = c.burst;
        // A fast DRAM, so that the bank cycles show in the duration.
        hw.dram.latencyCycles = 0;
        hw.dram.bandwidthBytesPerCycle = 1024;
        const k = new Counters();
        const got = transfer(t, 5, makeBuffers(hw, deriveHw(hw)), new DramStorage(new Uint8Array(4096), 4096), new DramChannel(hw), c.burst, k);
        return { got, reads: k.dramReadBytes, writes: k.dramWriteBytes, sram: k.sramWrites.input + k.sramReads.input };
      };
      const fields = (c: typeof a) => ({
        buffer: 'input' as const, sramByte: c.sramByte, sramRow: c.sramRow, bytesPerRow: c.bytesPerRow, rows: c.rows, sramRowStride: c.sramRowStride,
        dramAddr: c.dramAddr, dramRowStride: c.dramRowStride, repeat: c.repeat, sramOuterStride: c.sramOuterStride, dramOuterStride: c.dramOuterStride,
        // (a filling LOAD reads no DRAM: its bursts are 0; a STORE has no fill field)
        ...(load ? { fill: c.fill } : {}),
      });
      const make = (c: typeof a) => (load ? makeInstruction('LOAD', { fillByte: 0, ...fields(c), fill: c.fill as 0 | 1 }) : makeInstruction('STORE', fields(c)));
      for (const field of fieldsEdited) {
        const b = { ...a, [field]: other[field] };
        const reused = make(a);
        run(reused, a);
        Object.assign(reused, fields(b));
        expect(run(reused, b), field).toEqual(run(make(b), b));
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });
});

describe('attributeStalls', () => {
  const dram = { done: 0, bursts: 8, latencyCycles: 6, busWaitCycles: 2, dataCycles: 8 };
  it('splits the cycles past the ideal into latency, then bandwidth, then bank conflicts (by hand)', () => {
    // 16 past the ideal 4: latency 6, bandwidth 2 + 8 − 4 = 6, bank conflicts the last 4 (of 10 − 4).
    expect(attributeStalls(20, 4, 10, dram)).toEqual({ duration: 20, latencyStall: 6, bandwidthStall: 6, bankStall: 4 });
  });
  it('caps each cause by what the earlier ones left', () => {
    expect(attributeStalls(8, 4, 10, dram)).toEqual({ duration: 8, latencyStall: 4, bandwidthStall: 0, bankStall: 0 });
    expect(attributeStalls(4, 4, 4, dram)).toEqual({ duration: 4, latencyStall: 0, bandwidthStall: 0, bankStall: 0 });
    // 26 past the ideal: latency 6, bandwidth 6, and the bank conflicts only their own 10 − 4 of the 14 left.
    expect(attributeStalls(30, 4, 10, dram)).toEqual({ duration: 30, latencyStall: 6, bandwidthStall: 6, bankStall: 6 });
  });
});

/** The DRAM channel's recurrence walked burst by burst (the definition the extrapolation must equal). */
function walkedChannel(L: number, bc: number, F: number, busFree0: number, start: number, bursts: number) {
  const ring = new Float64Array(F);
  let busFree = busFree0;
  let latency = 0;
  let busWait = 0;
  let request = start;
  let prevDone = start;
  for (let b = 0; b < bursts; b++) {
    if (b > 0) request += 1;
    if (b >= F) request = Math.max(request, ring[b % F]!);
    const arrive = request + L;
    const ready = Math.max(prevDone, busFree);
    if (busFree > prevDone && busFree > arrive) busWait += busFree - Math.max(prevDone, arrive);
    if (arrive > ready) latency += arrive - ready;
    const done = Math.max(arrive, ready) + bc;
    ring[b % F] = done;
    prevDone = done;
    busFree = done;
  }
  return { done: prevDone, latencyCycles: latency, busWaitCycles: busWait };
}

describe('DramChannel', () => {
  it('times long transfers exactly as the burst-by-burst walk (latency- and bandwidth-bound, busy bus)', () => {
    const params = fc.record({
      latency: fc.integer({ min: 0, max: 300 }), bandwidth: fc.constantFrom(1, 2, 4, 8, 16, 32, 64, 128), burst: fc.constantFrom(16, 32, 64, 128),
      inflight: fc.integer({ min: 1, max: 32 }),
      transfers: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 500 }), bursts: fc.integer({ min: 1, max: 400 }) }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(fc.property(params, (p) => {
      const hw = defaultHwConfig();
      const cfg = { ...hw, dram: { ...hw.dram, latencyCycles: p.latency, bandwidthBytesPerCycle: p.bandwidth, burstBytes: p.burst }, dma: { ...hw.dma, maxInflightBursts: p.inflight } };
      const channel = new DramChannel(cfg);
      const bc = Math.ceil(p.burst / p.bandwidth);
      let busFree = 0;
      let start = 0;
      for (const t of p.transfers) {
        start += t.gap;
        const want = walkedChannel(p.latency, bc, p.inflight, busFree, start, t.bursts);
        const got = channel.transfer(start, t.bursts);
        expect({ done: got.done, latencyCycles: got.latencyCycles, busWaitCycles: got.busWaitCycles }).toEqual(want);
        busFree = want.done;
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});
