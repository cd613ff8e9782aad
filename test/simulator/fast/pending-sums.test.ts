// Pending int32 sums of int8 ws batches: settled, they leave the accumulator exactly as applying every
// batch to it in order would (replace or add per group), whatever the layouts and reduction lengths; blocks
// of whole accumulator rows go through the kernel's i32-to-f64 conversion, the others the JavaScript loop.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_GEMM_K } from '../../../simulator/functional/gemm.js';
import { PendingSums, type BatchGroups } from '../../../simulator/fast/pending-sums.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

// (6: a whole-row block converts four values per step and two one by one.)
const COLS = 6;
const ROWS = 12;

interface Batch {
  readonly m: number;
  readonly k: number;
  readonly groups: BatchGroups;
  readonly dots: Int32Array;
}

/** What the accumulator holds after `batches` applied one by one, in order (the definition). */
function applied(batches: readonly Batch[]): Float64Array {
  const acc = new Float64Array(ROWS * COLS).fill(7);
  for (const b of batches) {
    const N = b.groups.gN.reduce((s, n) => s + n, 0);
    for (let g = 0, nOff = 0; g < b.groups.gN.length; nOff += b.groups.gN[g]!, g++) {
      for (let r = 0; r < b.m; r++) for (let c = 0; c < b.groups.gN[g]!; c++) {
        const to = (b.groups.gAcc[g]! + r) * COLS + c;
        const v = b.dots[r * N + nOff + c]!;
        acc[to] = b.groups.gAccum[g] ? acc[to]! + v : v;
      }
    }
  }
  return acc;
}

function viaPending(batches: readonly Batch[], wasm = true): Float64Array {
  const acc = new Float64Array(ROWS * COLS).fill(7);
  const sums = new PendingSums(acc, COLS, wasm);
  for (const b of batches) {
    const N = b.groups.gN.reduce((s, n) => s + n, 0);
    sums.add(b.dots, b.m, N, b.k, b.groups.gN.length, b.groups);
  }
  sums.settle();
  return acc;
}

describe('PendingSums', () => {
  it('settles to the in-order result: repeated layouts, replaced and overlapping blocks, long reductions (WebAssembly and JS sums)', () => {
    // Few distinct layouts, so consecutive batches often repeat one (the case that is summed).
    const group = fc.record({ acc: fc.integer({ min: 0, max: 8 }), n: fc.integer({ min: 1, max: COLS }), accumulate: fc.boolean() });
    const layout = fc.record({ m: fc.integer({ min: 1, max: 4 }), groups: fc.array(group, { minLength: 1, maxLength: 3 }) });
    const batches = fc.array(layout, { minLength: 1, maxLength: 3 }).chain((layouts) => fc.array(
      fc.record({ pick: fc.nat(layouts.length - 1), k: fc.constantFrom(16, 1000, MAX_GEMM_K / 2), seed: fc.integer(), allAccumulate: fc.boolean() }),
      { minLength: 1, maxLength: 8 },
    ).map((picks) => picks.map(({ pick, k, seed, allAccumulate }): Batch => {
      const l = layouts[pick]!;
      const N = l.groups.reduce((s, g) => s + g.n, 0);
      // Values as large as a K-long int8 dot product can be, to exercise the int32 bound.
      const dots = Int32Array.from({ length: l.m * N }, (_, j) => (Math.imul(seed ^ j, 2654435761) % (k * 32640)) | 0);
      return {
        m: l.m, k, dots,
        groups: { gAcc: l.groups.map((g) => g.acc), gN: l.groups.map((g) => g.n), gAccum: l.groups.map((g) => allAccumulate || g.accumulate) },
      };
    })));
    fc.assert(fc.property(batches, fc.boolean(), (bs, wasm) => {
      expect(Array.from(viaPending(bs, wasm))).toEqual(Array.from(applied(bs)));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  it('two groups replacing the same rows: the later one wins, as in order', () => {
    const groups: BatchGroups = { gAcc: [0, 0], gN: [2, 2], gAccum: [false, false] };
    const first: Batch = { m: 1, k: 16, groups, dots: Int32Array.from([1, 2, 3, 4]) };
    const again: Batch = { m: 1, k: 16, groups: { ...groups, gAccum: [true, true] }, dots: Int32Array.from([10, 20, 30, 40]) };
    const got = viaPending([first, again]);
    // acc[0..1] = [3, 4] (second group replaced the first), then += [10, 20] and += [30, 40].
    expect(Array.from(got.subarray(0, 2))).toEqual([43, 64]);
  });
});
