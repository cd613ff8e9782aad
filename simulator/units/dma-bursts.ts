// The DMA's burst counting: how many DRAM bursts a transfer moves. A step touches the aligned
// `burstBytes` blocks its bytes span; a block the previous step ended in is not fetched again
// (BurstCounter in memory/dram.ts is the step-by-step definition; the closed forms here equal it).
import type { Transfer } from './dma-data.js';

/** DRAM bursts of transfer `t` (0 for a LOAD that fills: it reads no DRAM). */
export function countBursts(t: Transfer, burstBytes: number): number {
  // Stryker disable next-line ConditionalExpression: a STORE has no fill field, so the op test is redundant (never returning 0 is killed by dma-bursts.test.ts)
  if (t.op === 'LOAD' && t.fill === 1) return 0;
  const len = t.bytesPerRow;
  const rows = t.rows;
  const stride = t.dramRowStride;
  // Stryker disable next-line ConditionalExpression: false only sends runs to a later branch or the general loop, which count the same (speed only; true is killed)
  const dramRun = stride === len;
  let bursts = 0;
  let lastBurst = -1;
  for (let o = 0; o < t.repeat; o++) {
    const d0 = t.dramAddr + o * t.dramOuterStride;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: narrowing this closed form only sends steps to the general loop, which counts the same (speed only); the widening forms are killed by dma-bursts.test.ts
    if (dramRun || (len <= stride && stride <= burstBytes)) {
      // Rows in increasing order with gaps shorter than a burst: each step starts in the previous step's
      // last burst or the next one, so the count is every burst of the span once.
      const first = Math.floor(d0 / burstBytes);
      const last = Math.floor((d0 + (rows - 1) * stride + len - 1) / burstBytes);
      bursts += last - first + 1 - (first === lastBurst ? 1 : 0);
      lastBurst = last;
    } else if (
      // Stryker disable next-line ConditionalExpression,ArithmeticOperator,EqualityOperator: as above, narrowing this closed form (→ false, stride · burstBytes, d0 · burstBytes, < burstBytes) only sends rows to the general loop, which counts the same (speed only); the widening forms (→ true, stride >= 0, > burstBytes, ...) are killed by dma-bursts.test.ts
      stride > 0 && stride % burstBytes === 0 && (d0 % burstBytes) + len <= burstBytes
    ) {
      // Every row inside one burst, a whole number of bursts apart: one burst per row.
      const first = Math.floor(d0 / burstBytes);
      bursts += rows - (first === lastBurst ? 1 : 0);
      lastBurst = Math.floor((d0 + (rows - 1) * stride) / burstBytes);
    } else {
      for (let r = 0, d = d0; r < rows; r++, d += stride) {
        const first = Math.floor(d / burstBytes);
        const last = Math.floor((d + len - 1) / burstBytes);
        bursts += last - first + 1 - (first === lastBurst ? 1 : 0);
        lastBurst = last;
      }
    }
  }
  return bursts;
}
