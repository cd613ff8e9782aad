// The AdaRound memo returns exactly what the optimizer computes: a hit for the same inputs, a new entry when
// any input differs. On a model: adaround-memo-model.test.ts (fmnist_cnn) and layer-walk.test.ts (a small CNN).
import { describe, expect, it } from 'vitest';
import { ADAROUND_DEFAULTS, adaroundRows, gramMatrix } from '../../../compiler/quant/adaround.js';
import { type AdaroundMemo, memoAdaroundRows } from '../../../compiler/quant/adaround-memo.js';

const o = { ...ADAROUND_DEFAULTS, iterations: 60 };

describe('memoAdaroundRows', () => {
  const [rows, k, r] = [4, 12, 64];
  const x = Float64Array.from({ length: r * k }, (_, i) => ((i * 7919) % 97) / 97);
  const w = Float32Array.from({ length: rows * k }, (_, i) => (((i * 104729) % 89) / 89 - 0.5) * 0.3);
  const scale = Float32Array.from({ length: rows }, () => 0.05);
  const g = gramMatrix(x, r, k);

  it('equals the optimizer; the same inputs hit, a different Gram matrix, scale or option misses', () => {
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
});
