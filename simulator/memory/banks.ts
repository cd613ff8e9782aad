// Bank-conflict arithmetic shared by every unit. Rows are interleaved over banks (row r lives in bank
// r mod banks, docs/HARDWARE.md §2); a bank serves one access per port per cycle. Two port models:
// ports = 2 is one read port and one write port per bank, ports = 1 is one access (read or write).

/**
 * Cycles a unit needs to read one vector of `rowsPerVector` consecutive rows: consecutive rows fall
 * in distinct banks, so a vector costs ceil(rowsPerVector / banks) cycles (1 when it fits the banks).
 */
export function cyclesPerVector(rowsPerVector: number, banks: number): number {
  return Math.ceil(rowsPerVector / banks);
}

/**
 * Cycles an in-order stream of single-row accesses takes when every cycle may serve at most one
 * access per bank (the DMA's SRAM side): a new cycle starts whenever the next row's bank was already
 * used in the current cycle. `rowAt(i)` gives the i-th row. Exact greedy in-order packing.
 */
export function inOrderBankCycles(count: number, banks: number, rowAt: (i: number) => number): number {
  if (count === 0) return 0;
  // Stryker disable next-line ConditionalExpression: a shortcut; with one bank the loop below also counts one cycle per access
  if (banks === 1) return count;
  const usedInCycle = new Int32Array(banks).fill(-1);
  let cycle = 0;
  for (let i = 0; i < count; i++) {
    const b = rowAt(i) % banks;
    if (usedInCycle[b] === cycle) cycle++;
    usedInCycle[b] = cycle;
  }
  return cycle + 1;
}

/** Per-bank access counts of one instruction on one buffer (reads and writes kept apart). */
export class BankCounter {
  readonly reads: Float64Array;
  readonly writes: Float64Array;
  constructor(readonly banks: number) {
    this.reads = new Float64Array(banks);
    this.writes = new Float64Array(banks);
  }
  /** `count` reads of the rows first, first+1, … (consecutive rows rotate over the banks). */
  readRows(first: number, count: number): void {
    addRows(this.reads, first, count);
  }
  writeRows(first: number, count: number): void {
    addRows(this.writes, first, count);
  }
  /**
   * Fewest cycles these accesses need: with 2 ports a bank does a read and a write per cycle
   * (max of the two), with 1 port one of them (their sum); the slowest bank decides.
   */
  cycles(ports: number): number {
    let worst = 0;
    for (let b = 0; b < this.banks; b++) {
      const r = this.reads[b]!;
      const w = this.writes[b]!;
      worst = Math.max(worst, ports >= 2 ? Math.max(r, w) : r + w);
    }
    return worst;
  }
}

function addRows(into: Float64Array, first: number, count: number): void {
  const banks = into.length;
  const full = Math.floor(count / banks);
  // Stryker disable next-line EqualityOperator,ConditionalExpression: adding full = 0 changes nothing, and into[banks] is outside the typed array (ignored)
  if (full > 0) for (let b = 0; b < banks; b++) into[b]! += full;
  for (let i = full * banks; i < count; i++) into[(first + i) % banks]! += 1;
}
