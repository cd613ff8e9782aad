// The AdaRound memo returns exactly what the optimizer computes: a hit for the same inputs, a new entry when
// any input differs. On a model: adaround-memo-model.test.ts (fmnist_cnn) and layer-walk.test.ts (a small CNN).
import { describe, expect, it } from 'vitest';
import { ADAROUND_DEFAULTS, adaroundRows, gramMatrix } from '../../../compiler/quant/adaround.js';
import { ADAROUND_MEMO_ENTRIES, type AdaroundMemo, memoAdaroundRows } from '../../../compiler/quant/adaround-memo.js';

const o = { ...ADAROUND_DEFAULTS, iterations: 60 };

describe('memoAdaroundRows', () => {
  const [rows, k, r] = [4, 12, 64];
  const x = Float64Array.from({ length: r * k }, (_, i) => ((i * 7919) % 97) / 97);
  const w = Float32Array.from({ length: rows * k }, (_, i) => (((i * 104729) % 89) / 89 - 0.5) * 0.3);
  const scale = Float32Array.from({ length: rows }, () => 0.05);
  // In the tests, not at collection time (Stryker would count gramMatrix's mutants as static).
  const gram = () => gramMatrix(x, r, k);

  it('equals the optimizer; the same inputs hit, a different Gram matrix, scale or option misses', () => {
    const g = gram();
    const memo: AdaroundMemo = new Map();
    const direct = adaroundRows(w, scale, rows, k, -8, 7, g, o);
    const first = memoAdaroundRows(memo, w, scale, rows, k, -8, 7, g, o);
    expect(Array.from(first)).toEqual(Array.from(direct));
    expect(memoAdaroundRows(memo, Float32Array.from(w), Float32Array.from(scale), rows, k, -8, 7, Float64Array.from(g), o)).toBe(first);
    expect(memo.size).toBe(1);
    const g2 = Float64Array.from(g);
    g2[5]! += 1e-12;
    memoAdaroundRows(memo, w, scale, rows, k, -8, 7, g2, o);
    memoAdaroundRows(memo, w, Float32Array.from(scale, (s) => s * 1.5), rows, k, -8, 7, g, o);
    memoAdaroundRows(memo, w, scale, rows, k, -8, 7, g, { ...o, iterations: 61 });
    memoAdaroundRows(memo, w, scale, rows, k, -2, 1, g, o);
    expect(memo.size).toBe(5);
    expect(Array.from(memoAdaroundRows(undefined, w, scale, rows, k, -8, 7, g, o))).toEqual(Array.from(direct));
  });

  it('holds at most ADAROUND_MEMO_ENTRIES results, dropping the oldest first', () => {
    const memo: AdaroundMemo = new Map();
    const one = Float64Array.from([1]);
    const opts = { ...o, iterations: 1 };
    // One-weight layers that differ only in their weight: a distinct key each.
    const run = (i: number) => memoAdaroundRows(memo, Float32Array.from([i / 8]), Float32Array.from([1]), 1, 1, -8, 7, one, opts);
    const first = run(0);
    for (let i = 1; i < ADAROUND_MEMO_ENTRIES; i++) run(i);
    expect(memo.size).toBe(ADAROUND_MEMO_ENTRIES);
    expect(run(0)).toBe(first); // still held: a hit (and a hit does not reorder)
    run(ADAROUND_MEMO_ENTRIES);
    expect(memo.size).toBe(ADAROUND_MEMO_ENTRIES);
    const again = run(0); // the oldest was dropped: computed anew, which drops the next oldest (weight 1/8)
    expect(again).not.toBe(first);
    expect(Array.from(again)).toEqual(Array.from(first));
    expect(memo.size).toBe(ADAROUND_MEMO_ENTRIES);
    const second = memo.size;
    run(2); // weight 2/8 is still held
    expect(memo.size).toBe(second);
  });
});
