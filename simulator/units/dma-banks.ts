// The DMA's SRAM bank timing: the cycles its in-order walk of buffer rows takes when each of the
// buffer's banks serves one row per cycle (inOrderBankCycles in memory/banks.ts is the step-by-step
// definition). A step touches every row its bytes cover (a multi-row step several consecutive rows);
// an arithmetic sequence of one-row steps, and steps that tile consecutive rows, have closed forms.

/** A 3-D walk of steps over one buffer's rows: step (o, r) starts at byte `byte` of row row + o·outer + r·inner. */
export interface RowWalk {
  readonly row: number;
  readonly byte: number;
  readonly bytes: number;
  readonly rows: number;
  readonly inner: number;
  readonly repeat: number;
  readonly outer: number;
}

/** Per-bank "last cycle used" of the in-order walk (reused: transfers run one at a time). */
let bankUse = new Int32Array(0);

/** Rows each step of `w` touches on a buffer of `rowBytes`-byte rows (the same for every step). */
export function rowsPerStep(w: RowWalk, rowBytes: number): number {
  return Math.floor((w.byte + w.bytes - 1) / rowBytes) - Math.floor(w.byte / rowBytes) + 1;
}

/**
 * SRAM cycles and row accesses of walk `w` on a buffer of `banks` banks: greedy in-order packing of every
 * step's rows, one access per bank per cycle (a row two consecutive steps share is accessed by each).
 */
export function walkBankCycles(w: RowWalk, rowBytes: number, banks: number): { cycles: number; accesses: number } {
  const span = rowsPerStep(w, rowBytes);
  const steps = w.rows * w.repeat;
  const accesses = steps * span;
  if (steps === 0) return { cycles: 0, accesses: 0 };
  // Stryker disable next-line ConditionalExpression: a shortcut; with one bank the general loop below also counts one cycle per access
  if (banks === 1) return { cycles: accesses, accesses };
  // `continues` only admits the closed forms below; a walk wrongly refused one takes the general loop, which gives
  // the same cycles (test/simulator/units/dma-banks.test.ts: walkBankCycles equals the greedy packing on every walk).
  // Stryker disable next-line ConditionalExpression,LogicalOperator: refusing a closed form only costs time (→ true is killed)
  const continues = w.repeat === 1 || w.outer === w.rows * w.inner;
  // One-row steps in one arithmetic row sequence with stride S visit banks with period P = banks / gcd(S, banks):
  // every window of P steps hits P distinct banks, so the greedy packing starts a cycle every P steps.
  // Stryker disable next-line ConditionalExpression: skipping the closed form only costs time (→ true is killed)
  if (span === 1 && continues) return { cycles: Math.ceil(steps / (banks / gcd(Math.abs(w.inner), banks))), accesses };
  // Steps that tile consecutive rows (each starts on the row after the previous one's last): one run of rows.
  // Stryker disable next-line ConditionalExpression: skipping the closed form only costs time (→ true is killed)
  if (w.inner === span && continues) return { cycles: Math.ceil(accesses / banks), accesses };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: allocating the scratch array anew is only slower (→ false is killed)
  if (bankUse.length < banks) bankUse = new Int32Array(banks);
  bankUse.fill(-1, 0, banks);
  // Any non-negative `first` moves every row by the same amount, which keeps the cycles (banks are rows mod banks; the
  // test "the cycles do not depend on where the walk starts"); a negative start is killed (row − first).
  // Stryker disable next-line ArithmeticOperator: byte · rowBytes only moves the whole walk further
  const first = Math.floor(w.byte / rowBytes);
  let cycle = 0;
  for (let o = 0; o < w.repeat; o++) {
    for (let r = 0, row = w.row + o * w.outer + first; r < w.rows; r++, row += w.inner) {
      for (let j = 0; j < span; j++) {
        const b = (row + j) % banks;
        if (bankUse[b] === cycle) cycle++;
        bankUse[b] = cycle;
      }
    }
  }
  return { cycles: cycle + 1, accesses };
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}
