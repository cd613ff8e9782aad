// DRAM and SRAM storage and timing against their step-by-step definitions: the DRAM channel (whose long
// transfers are extrapolated, not walked) against a burst-by-burst walk of docs/CYCLE-MODEL.md's rules,
// the burst counter against touching every byte, the accumulator's byte view against BigInt two's
// complement, and the DRAM buffer reuse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultHwConfig } from '../../../isa/hw-config.js';
import { BurstCounter, DramChannel, DramStorage } from '../../../simulator/memory/dram.js';
import { AccumulatorSram, Sram } from '../../../simulator/memory/sram.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const opts = (runs: number) => ({ seed: PROPERTY_SEED, numRuns: propertyRuns(runs) });

/**
 * The channel by its rules, one burst at a time: one request per cycle from the transfer's start, burst b
 * no earlier than the completion of burst b − F (F outstanding), data L cycles after the request, then the
 * bus for bc cycles, in order, behind every earlier burst. Latency: bus idle waiting for data; bus wait:
 * this transfer's data ready while the bus still carries an earlier transfer's bursts.
 */
class WalkedChannel {
  private busFree = 0;
  constructor(private readonly L: number, private readonly bc: number, private readonly F: number) {}
  transfer(start: number, bursts: number) {
    const t = this.transferBursts(start, bursts);
    const latency = t.late.reduce((a, x) => a + x, 0);
    return { done: bursts === 0 ? start : t.done[bursts - 1]!, bursts, latencyCycles: latency, busWaitCycles: t.busWait, dataCycles: bursts * this.bc };
  }
  /** Every burst's request, completion and latency wait. */
  transferBursts(start: number, bursts: number) {
    const done: number[] = [];
    const request: number[] = [];
    const late: number[] = [];
    let busWait = 0;
    for (let b = 0; b < bursts; b++) {
      let r = b === 0 ? start : request[b - 1]! + 1;
      if (b >= this.F) r = Math.max(r, done[b - this.F]!);
      request.push(r);
      const arrive = r + this.L;
      const prev = b === 0 ? start : done[b - 1]!;
      const ready = Math.max(prev, this.busFree);
      if (this.busFree > prev && this.busFree > arrive) busWait += this.busFree - Math.max(prev, arrive);
      late.push(Math.max(0, arrive - ready));
      done.push(Math.max(arrive, ready) + this.bc);
      this.busFree = done[b]!;
    }
    return { done, request, late, busWait };
  }
}

describe('DramChannel', () => {
  it('equals the burst-by-burst walk on random transfer sequences (long ones extrapolated)', () => {
    const transfer = fc.record({ gap: fc.nat(300), bursts: fc.oneof(fc.nat(12), fc.integer({ min: 50, max: 3000 })) });
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 120 }), fc.constantFrom(16, 64, 128), fc.constantFrom(1, 3, 16, 64), fc.integer({ min: 1, max: 16 }),
      fc.array(transfer, { minLength: 1, maxLength: 6 }),
      (latency, burstBytes, bandwidth, inflight, transfers) => {
        const hw = defaultHwConfig();
        hw.dram.latencyCycles = latency;
        hw.dram.burstBytes = burstBytes;
        hw.dram.bandwidthBytesPerCycle = bandwidth;
        hw.dma.maxInflightBursts = inflight;
        const channel = new DramChannel(hw);
        const walk = new WalkedChannel(latency, Math.ceil(burstBytes / bandwidth), inflight);
        expect(channel.cyclesPerBurst).toBe(Math.ceil(burstBytes / bandwidth));
        let start = 0;
        for (const t of transfers) {
          start += t.gap;
          expect(channel.transfer(start, t.bursts)).toEqual(walk.transfer(start, t.bursts));
        }
      },
    ), opts(300));
  });

  // Why the channel's repeat detection (simulator/memory/dram.ts) may fire at any burst b >= F without
  // changing a result, so its guards are marked as equivalent mutants there: within one transfer the walk's
  // completions repeat every F bursts from the first one on, shifted by P = max(F·bc, L + bc), and its
  // latency waits repeat from the second burst on. Also why the one-request-per-cycle rule never binds:
  // burst b−1 completes at least L + bc >= L + 1 after its request.
  it('a transfer repeats every F bursts from its first burst (period max(F·bc, L + bc)), whatever the bus held before', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.nat(200), fc.nat(40), fc.nat(100),
      (L, bc, F, busyBursts, gap, extra) => {
        const walk = new WalkedChannel(L, bc, F);
        walk.transfer(0, busyBursts); // leaves the bus busy (or not) when the transfer starts
        const bursts = 2 * F + 1 + extra;
        const t = walk.transferBursts(gap, bursts);
        const P = Math.max(F * bc, L + bc);
        for (let b = 0; b + F < bursts; b++) {
          expect(t.done[b + F]! - t.done[b]!).toBe(P);
          if (b > 0) expect(t.late[b + F]).toBe(t.late[b]);
          expect(t.done[b]! - t.request[b]!).toBeGreaterThanOrEqual(L + bc);
        }
        // The same on the channel: F more bursts cost one period, and one window's latency wait.
        const timed = (n: number) => {
          const hw = defaultHwConfig();
          hw.dram.latencyCycles = L;
          hw.dram.burstBytes = bc;
          hw.dram.bandwidthBytesPerCycle = 1;
          hw.dma.maxInflightBursts = F;
          const channel = new DramChannel(hw);
          channel.transfer(0, busyBursts);
          return channel.transfer(gap, n);
        };
        const n = 1 + (extra % (2 * F));
        const [short, long] = [timed(n), timed(n + F)];
        expect(long.done - short.done).toBe(P);
        expect(long.latencyCycles - short.latencyCycles).toBe(Math.max(0, L - (F - 1) * bc));
      },
    ), opts(150));
  });

  it('hand-computed: 3 bursts, latency 10, 4 cycles each, 2 in flight', () => {
    const hw = defaultHwConfig();
    hw.dram.latencyCycles = 10;
    hw.dram.burstBytes = 64;
    hw.dram.bandwidthBytesPerCycle = 16;
    hw.dma.maxInflightBursts = 2;
    // requests 0, 1, then burst 2 waits for burst 0 (done 14): arrivals 10, 11, 24; bus 10-14, 14-18, 24-28.
    expect(new DramChannel(hw).transfer(0, 3)).toEqual({ done: 28, bursts: 3, latencyCycles: 10 + 6, busWaitCycles: 0, dataCycles: 12 });
  });
});

describe('BurstCounter', () => {
  it('counts the aligned bursts of each step in order, a burst requested right after itself not again', () => {
    const step = fc.record({ addr: fc.nat(2000), length: fc.integer({ min: 1, max: 300 }) });
    fc.assert(fc.property(fc.constantFrom(1, 16, 64), fc.array(step, { maxLength: 8 }), (burst, steps) => {
      const c = new BurstCounter(burst);
      let want = 0;
      let last = -1;
      for (const s of steps) {
        // The step's bursts in request order; only the first can repeat the previous request.
        const requests: number[] = [];
        for (let a = s.addr; a < s.addr + s.length; a++) if (requests[requests.length - 1] !== Math.floor(a / burst)) requests.push(Math.floor(a / burst));
        want += requests.filter((b, i) => !(i === 0 && b === last)).length;
        last = requests[requests.length - 1]!;
        c.add(s.addr, s.length);
      }
      expect(c.bursts).toBe(want);
    }), opts(300));
  });
});

describe('AccumulatorSram byte view', () => {
  it('reads the low entryBytes of each exact sum, little-endian two\'s complement', () => {
    fc.assert(fc.property(fc.constantFrom(1, 2, 4), fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), { minLength: 3, maxLength: 3 }), fc.nat(5), (eb, sums, from) => {
      const acc = new AccumulatorSram(2, 3, eb, 1, 2);
      acc.values.set(sums, 3);
      const length = 3 * eb - Math.min(from, 3 * eb - 1);
      const want = sums.flatMap((s) => Array.from({ length: eb }, (_, k) => Number((BigInt.asUintN(8 * eb, BigInt(s)) >> BigInt(8 * k)) & 255n)));
      expect(Array.from(acc.readBytes(1, 3 * eb - length, length))).toEqual(want.slice(3 * eb - length));
    }), opts(300));
  });

  it('a write keeps the untouched bytes of an entry and sign-extends the entry', () => {
    fc.assert(fc.property(fc.constantFrom(2, 4), fc.nat(3), fc.uint8Array({ minLength: 1, maxLength: 5 }), (eb, at, src) => {
      const acc = new AccumulatorSram(1, 4, eb, 1, 2);
      const before = [1, -2, 300, -70000].map((v) => Number(BigInt.asIntN(8 * eb, BigInt(v))));
      acc.values.set(before);
      const bytes = before.flatMap((v) => Array.from({ length: eb }, (_, k) => Number((BigInt.asUintN(8 * eb, BigInt(v)) >> BigInt(8 * k)) & 255n)));
      const n = Math.min(src.length, 4 * eb - at);
      bytes.splice(at, n, ...src.subarray(0, n));
      acc.writeBytes(0, at, src.subarray(0, n));
      const want = [0, 1, 2, 3].map((e) => {
        let raw = 0n;
        for (let k = eb - 1; k >= 0; k--) raw = raw * 256n + BigInt(bytes[e * eb + k]!);
        return Number(BigInt.asIntN(8 * eb, raw));
      });
      expect(Array.from(acc.values)).toEqual(want);
      acc.fillBytes(0, 0, eb, 0xff);
      expect(acc.values[0]).toBe(-1);
      // An entry past the written bytes keeps its exact sum, even one wider than entryBytes (guard bits).
      const wide = new AccumulatorSram(1, 3, eb, 1, 2);
      wide.values.set([5, 2 ** 40 + 3, -(2 ** 41)]);
      wide.writeBytes(0, 0, src.subarray(0, Math.min(src.length, eb)));
      expect([wide.values[1], wide.values[2]]).toEqual([2 ** 40 + 3, -(2 ** 41)]);
    }), opts(300));
  });

  it('the entry\'s two edges: bytes 00..00 80 are its most negative value, ff..ff 7f its largest', () => {
    for (const eb of [1, 2, 4]) {
      const acc = new AccumulatorSram(1, 2, eb, 1, 2);
      const edge = (top: number, rest: number) => [...new Array<number>(eb - 1).fill(rest), top];
      acc.writeBytes(0, 0, Uint8Array.from([...edge(0x80, 0), ...edge(0x7f, 0xff)]));
      expect(Array.from(acc.values), `${eb} bytes`).toEqual([-(2 ** (8 * eb - 1)), 2 ** (8 * eb - 1) - 1]);
    }
  });
});

describe('Sram', () => {
  it('rows of rowBytes: writes, views and fills land at row·rowBytes + byte', () => {
    const s = new Sram('input', 4, 3, 2, 1);
    expect(s.sizeBytes).toBe(12);
    s.writeBytes(1, 1, Uint8Array.from([7, 8, 9]));
    expect(Array.from(s.bytes)).toEqual([0, 0, 0, 0, 0, 7, 8, 9, 0, 0, 0, 0]);
    expect(Array.from(s.readBytes(1, 2, 2))).toEqual([8, 9]);
    s.fillBytes(2, 1, 2, 5);
    expect(Array.from(s.bytes.subarray(8))).toEqual([0, 5, 5, 0]);
    const acc = new AccumulatorSram(4, 2, 4, 1, 2);
    expect(acc.sizeBytes).toBe(32);
    // Every entry, the last included, holds a sum and (float modes) its open chunk's partial, each its own.
    acc.values[7] = 3;
    acc.partial[7] = 0.25;
    acc.partial[0] = -1;
    expect([acc.values[7], acc.partial[7], acc.partial[0], acc.values[0]]).toEqual([3, 0.25, -1, 0]);
  });
});

describe('DramStorage', () => {
  it('holds the image at 0 and zeros after it; reuses a buffer of the right size, else allocates', () => {
    const image = Uint8Array.from([1, 2, 3]);
    const spare = new Uint8Array(8).fill(9);
    const d = new DramStorage(image, 8, spare);
    expect(d.bytes).toBe(spare);
    expect(Array.from(d.bytes)).toEqual([1, 2, 3, 0, 0, 0, 0, 0]);
    const other = new DramStorage(image, 6, spare);
    expect(other.bytes).not.toBe(spare);
    expect(Array.from(other.bytes)).toEqual([1, 2, 3, 0, 0, 0]);
    expect(new DramStorage(image, 2).bytes.length).toBe(3); // never smaller than the image
    other.write(4, Uint8Array.from([7, 8]));
    expect(Array.from(other.read(3, 3))).toEqual([0, 7, 8]);
  });
});
