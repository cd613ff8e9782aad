// The DMA's SRAM bank timing: the cycles its in-order walk of buffer rows takes when each of the
// buffer's banks serves one row per cycle (inOrderBankCycles in memory/banks.ts is the step-by-step
// definition; an arithmetic row sequence has a closed form).
import type { Transfer } from './dma-data.js';

/** Per-bank "last cycle used" of the in-order walk (reused: transfers run one at a time). */
let bankUse = new Int32Array(0);

/** SRAM cycles of transfer `t` on a buffer of `banks` banks: greedy in-order packing, one access per bank per cycle. */
export function transferBankCycles(t: Transfer, banks: number): number {
  const rows = t.rows;
  const steps = rows * t.repeat;
  if (steps === 0) return 0;
  if (banks === 1) return steps;
  // One arithmetic row sequence with stride S visits banks with period P = banks / gcd(S, banks): every
  // window of P steps hits P distinct banks, so the greedy packing starts a cycle every P steps.
  if (t.repeat === 1 || t.sramOuterStride === rows * t.sramRowStride) return Math.ceil(steps / (banks / gcd(Math.abs(t.sramRowStride), banks)));
  if (bankUse.length < banks) bankUse = new Int32Array(banks);
  bankUse.fill(-1, 0, banks);
  let cycle = 0;
  for (let o = 0; o < t.repeat; o++) {
    for (let r = 0, row = t.sramRow + o * t.sramOuterStride; r < rows; r++, row += t.sramRowStride) {
      const b = row % banks;
      if (bankUse[b] === cycle) cycle++;
      bankUse[b] = cycle;
    }
  }
  return cycle + 1;
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}
