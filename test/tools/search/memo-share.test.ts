// Sharing AdaRound memo entries between threads: the entries a task added are exactly the new keys, and a
// memo that took them returns the very result (a hit, no optimizer run) for the same optimizer inputs.
import { describe, expect, it } from 'vitest';
import { ADAROUND_DEFAULTS, gramMatrix } from '../../../compiler/quant/adaround.js';
import { type AdaroundMemo, memoAdaroundRows } from '../../../compiler/quant/adaround-memo.js';
import { addMemoEntries, memoEntriesSince } from '../../../tools/search/memo-share.js';

const o = { ...ADAROUND_DEFAULTS, iterations: 40 };
const [rows, k, r] = [3, 8, 32];
const x = Float64Array.from({ length: r * k }, (_, i) => ((i * 7919) % 97) / 97);
const w = Float32Array.from({ length: rows * k }, (_, i) => (((i * 104729) % 89) / 89 - 0.5) * 0.3);
const scale = Float32Array.from({ length: rows }, () => 0.05);
const g = gramMatrix(x, r, k);

describe('memo sharing', () => {
  it('exports the entries a task added and another thread\'s memo hits on them', () => {
    const a: AdaroundMemo = new Map();
    const first = memoAdaroundRows(a, w, scale, rows, k, -8, 7, g, o);
    const before = new Set(a.keys());
    expect(memoEntriesSince(a, before)).toEqual([]);
    const second = memoAdaroundRows(a, w, scale, rows, k, -2, 1, g, o);
    const added = memoEntriesSince(a, before);
    expect(added.map(([, v]) => v)).toEqual([second]);
    const b: AdaroundMemo = new Map();
    addMemoEntries(b, memoEntriesSince(a, new Set()));
    expect(b.size).toBe(2);
    // Same inputs (fresh copies): b returns a's integers without optimizing.
    expect(memoAdaroundRows(b, Float32Array.from(w), scale, rows, k, -8, 7, Float64Array.from(g), o)).toBe(first);
    expect(memoAdaroundRows(b, w, scale, rows, k, -2, 1, g, o)).toBe(second);
    // An entry already present is kept.
    addMemoEntries(b, [[added[0]![0], new Int32Array(1)]]);
    expect(memoAdaroundRows(b, w, scale, rows, k, -2, 1, g, o)).toBe(second);
  });
});
