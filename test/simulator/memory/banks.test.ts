// Bank arithmetic (simulator/memory/banks.ts) against brute force: every access placed on its bank
// (row mod banks) and served cycle by cycle, one access per bank and port per cycle. The array's step time
// and the PE model share cyclesPerVector, so their equality cannot catch a wrong count; this can.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BankCounter, cyclesPerVector, inOrderBankCycles } from '../../../simulator/memory/banks.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const opts = (runs: number) => ({ seed: PROPERTY_SEED, numRuns: propertyRuns(runs) });

/** Accesses per bank of rows `first .. first + count − 1`, counted one by one. */
function perBank(first: number, count: number, banks: number): number[] {
  const n = new Array<number>(banks).fill(0);
  for (let i = 0; i < count; i++) n[(first + i) % banks]!++;
  return n;
}

/**
 * Cycles to serve `reads[b]` reads and `writes[b]` writes on each bank b, simulated cycle by cycle: with 2
 * ports a bank serves one read and one write per cycle, with 1 port one access of either kind.
 */
function serve(reads: readonly number[], writes: readonly number[], ports: number): number {
  const r = [...reads];
  const w = [...writes];
  let cycles = 0;
  while (r.some((v) => v > 0) || w.some((v) => v > 0)) {
    for (let b = 0; b < r.length; b++) {
      if (ports >= 2) {
        if (r[b]! > 0) r[b]!--;
        if (w[b]! > 0) w[b]!--;
      } else if (r[b]! > 0) r[b]!--;
      else if (w[b]! > 0) w[b]!--;
    }
    cycles++;
  }
  return cycles;
}

describe('cyclesPerVector', () => {
  it('equals serving a vector of consecutive rows bank by bank, from any first row', () => {
    for (let banks = 1; banks <= 9; banks++) {
      for (let rows = 1; rows <= 40; rows++) {
        for (let first = 0; first < 2 * banks; first++) {
          const want = serve(perBank(first, rows, banks), new Array<number>(banks).fill(0), 2);
          expect(cyclesPerVector(rows, banks), `${rows} rows on ${banks} banks from row ${first}`).toBe(want);
        }
      }
    }
  });

  it('hand-computed: a vector that fits the banks takes one cycle; 5 rows on 2 banks take 3', () => {
    expect(cyclesPerVector(1, 8)).toBe(1);
    expect(cyclesPerVector(8, 8)).toBe(1);
    expect(cyclesPerVector(9, 8)).toBe(2);
    expect(cyclesPerVector(5, 2)).toBe(3);
    expect(cyclesPerVector(4, 1)).toBe(4);
  });
});

describe('BankCounter', () => {
  const access = fc.record({ write: fc.boolean(), first: fc.nat(200), count: fc.nat(70) });

  it('per-bank counts and cycles (1 and 2 ports) equal the brute-force count of every access', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), fc.array(access, { maxLength: 6 }), (banks, accesses) => {
      const k = new BankCounter(banks);
      const reads = new Array<number>(banks).fill(0);
      const writes = new Array<number>(banks).fill(0);
      for (const a of accesses) {
        (a.write ? k.writeRows : k.readRows).call(k, a.first, a.count);
        perBank(a.first, a.count, banks).forEach((n, b) => ((a.write ? writes : reads)[b]! += n));
      }
      expect(Array.from(k.reads)).toEqual(reads);
      expect(Array.from(k.writes)).toEqual(writes);
      expect(k.cycles(2)).toBe(serve(reads, writes, 2));
      expect(k.cycles(1)).toBe(serve(reads, writes, 1));
    }), opts(500));
  });

  it('hand-computed: 4 banks, reads of rows 2..7, writes of rows 5..6', () => {
    const k = new BankCounter(4);
    k.readRows(2, 6); // banks 2,3,0,1,2,3
    k.writeRows(5, 2); // banks 1,2
    expect(Array.from(k.reads)).toEqual([1, 1, 2, 2]);
    expect(Array.from(k.writes)).toEqual([0, 1, 1, 0]);
    expect(k.cycles(2)).toBe(2); // bank 2: 2 reads ‖ 1 write
    expect(k.cycles(1)).toBe(3); // bank 2: 2 reads + 1 write
  });
});

describe('inOrderBankCycles', () => {
  /** In-order packing written as cycles of distinct banks: a cycle closes when the next bank is already in it. */
  function bruteForce(rows: readonly number[], banks: number): number {
    const cycles: Set<number>[] = [];
    for (const row of rows) {
      const b = row % banks;
      const current = cycles[cycles.length - 1];
      if (current === undefined || current.has(b)) cycles.push(new Set([b]));
      else current.add(b);
    }
    return cycles.length;
  }

  it('equals packing the stream in order, one access per bank per cycle', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), fc.array(fc.nat(100), { maxLength: 60 }), (banks, rows) => {
      expect(inOrderBankCycles(rows.length, banks, (i) => rows[i]!)).toBe(bruteForce(rows, banks));
    }), opts(500));
  });

  it('hand-computed: strided rows on 4 banks', () => {
    expect(inOrderBankCycles(0, 4, (i) => i)).toBe(0);
    expect(inOrderBankCycles(8, 4, (i) => i)).toBe(2); // 0123 | 0123
    expect(inOrderBankCycles(4, 4, (i) => 2 * i)).toBe(2); // 0 2 | 0 2
    expect(inOrderBankCycles(3, 4, (i) => 4 * i)).toBe(3); // every row on bank 0
    expect(inOrderBankCycles(5, 1, (i) => i)).toBe(5);
  });
});
