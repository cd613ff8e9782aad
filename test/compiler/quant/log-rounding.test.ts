// logRoundRows: levels stay on the log grid, the output error eᵀGe is never worse than round-to-nearest,
// G = I (uncorrelated inputs) gives nearest exactly, and correlated inputs make it trade one weight up
// against another.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOG_ROUND_MAX_SWEEPS, logRoundRows } from '../../../compiler/quant/log-rounding.js';
import { roundToLogLevel } from '../../../compiler/quant/log-weights.js';
import { gramMatrix, quadraticForm } from '../../../compiler/quant/adaround.js';
import { isLogLevel } from '../../../isa/log-weight-code.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const errRow = (w: readonly number[], s: number, q: ArrayLike<number>): Float64Array => Float64Array.from(w, (v, i) => v - s * q[i]!);
/** The log grid in increasing order (−64 … 64). */
const LEVELS = [-64, -32, -16, -8, -4, -2, -1, 0, 1, 2, 4, 8, 16, 32, 64];
/**
 * G of two inputs with x2 = c·x1: eᵀGe = (e1 + c·e2)². With c large, weight 2 (at 0.4 or −0.4, nearest 0)
 * cannot move, and weight 1 is pulled to cancel c·e2 = ±0.4c.
 */
const pulled = (c: number) => Float64Array.from([1, c, c, c * c]);

describe('logRoundRows', () => {
  it('never worse than nearest on random layers and inputs; every level on the grid', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      (k, rows, seed) => {
        let st = seed;
        const rnd = (): number => ((st = (st * 48271) % 2147483647) / 2147483647);
        const w = Array.from({ length: k }, () => (rnd() - 0.5) * 4);
        const x = Float64Array.from({ length: rows * k }, () => rnd() * 2 - 0.3);
        const g = gramMatrix(x, rows, k);
        const s = Math.max(...w.map(Math.abs)) / 64 || 1;
        const q = logRoundRows(w, [s], 1, k, g);
        const nearest = w.map((v) => roundToLogLevel(v / s));
        expect(Array.from(q).every(isLogLevel)).toBe(true);
        expect(quadraticForm(g, errRow(w, s, q), k)).toBeLessThanOrEqual(quadraticForm(g, errRow(w, s, nearest), k) * (1 + 1e-12) + 1e-300);
      }), { numRuns: 200 });
  });

  it('stops at a local minimum (no single step to a neighbouring level lowers eᵀGe) unless 8 sweeps run out; rows are independent', () => {
    let moved = 0;
    let notLocalMin = 0;
    fc.assert(fc.property(
      fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      (k, rows, seed) => {
        let st = seed;
        const rnd = (): number => ((st = (st * 48271) % 2147483647) / 2147483647);
        const cout = 3;
        const w = Array.from({ length: cout * k }, () => (rnd() - 0.5) * 4);
        const x = Float64Array.from({ length: rows * k }, () => rnd() * 2 - 0.3);
        const g = gramMatrix(x, rows, k);
        const scales = [0, 1, 2].map((n) => Math.max(...w.slice(n * k, (n + 1) * k).map(Math.abs)) / (64 >> n));
        const q = logRoundRows(w, scales, cout, k, g);
        for (let n = 0; n < cout; n++) {
          const row = w.slice(n * k, (n + 1) * k);
          const qn = Array.from(q.subarray(n * k, (n + 1) * k));
          expect(Array.from(logRoundRows(row, [scales[n]!], 1, k, g))).toEqual(qn);
          const obj = (levels: readonly number[]) => quadraticForm(g, errRow(row, scales[n]!, levels), k);
          const here = obj(qn);
          if (qn.some((v, i) => v !== roundToLogLevel(row[i]! / scales[n]!))) moved++;
          let better = false;
          for (let i = 0; i < k; i++) {
            const at = LEVELS.indexOf(qn[i]!);
            for (const to of [at - 1, at + 1]) {
              if (to < 0 || to >= LEVELS.length) continue;
              const other = [...qn];
              other[i] = LEVELS[to]!;
              if (obj(other) < here * (1 - 1e-12)) better = true;
            }
          }
          if (better) notLocalMin++;
        }
      }), { seed: PROPERTY_SEED, numRuns: 150 });
    expect(moved).toBeGreaterThan(20); // the rows do leave round-to-nearest
    // A weight moves at most one level per sweep, so a rare row still has a better neighbour after the last sweep.
    expect(notLocalMin).toBeLessThanOrEqual(5);
  });

  it('uncorrelated unit inputs (G = I): exactly round-to-nearest, ties included', () => {
    const w = [0.5, 0.75, 1.5, 3, -6, 100, -0.2, 12];
    const g = new Float64Array(64);
    for (let i = 0; i < 8; i++) g[i * 8 + i] = 1;
    expect(Array.from(logRoundRows(w, [1], 1, 8, g))).toEqual(w.map(roundToLogLevel));
  });

  it('two identical inputs: 1.4 and 1.4 become 2 and 1 (sum 2.8 → 3), not 1 and 1 (→ 2)', () => {
    const g = Float64Array.from([1, 1, 1, 1]);
    expect(Array.from(logRoundRows([1.4, 1.4], [1], 1, 2, g))).toEqual([2, 1]);
    // per row: the second row's scale is its own (2.8 and 2.8 in units of 2 are the same case)
    expect(Array.from(logRoundRows([1.4, 1.4, 2.8, 2.8], [1, 2], 2, 2, g))).toEqual([2, 1, 2, 1]);
  });

  it('a weight ends at most LOG_ROUND_MAX_SWEEPS levels from nearest, even while moving on would still lower eᵀGe', () => {
    // From −64, e1 = 0 and each step up lowers (e1 + 400)² until 64: the sweeps run out first.
    const g = pulled(1000);
    const w = [-64, 0.4];
    const q = Array.from(logRoundRows(w, [1], 1, 2, g));
    expect(q[1]).toBe(0);
    expect(LEVELS.indexOf(q[0]!) - LEVELS.indexOf(-64)).toBe(LOG_ROUND_MAX_SWEEPS);
    const next = [LEVELS[LEVELS.indexOf(q[0]!) + 1]!, 0];
    expect(quadraticForm(g, errRow(w, 1, next), 2)).toBeLessThan(quadraticForm(g, errRow(w, 1, q), 2));
  });

  it('reaches both end levels ±64 when the pull asks for them', () => {
    expect(Array.from(logRoundRows([-40, -0.4], [1], 1, 2, pulled(1000)))).toEqual([-64, 0]); // nearest −32
    expect(Array.from(logRoundRows([40, 0.4], [1], 1, 2, pulled(1000)))).toEqual([64, 0]); // nearest 32
  });

  it('a weight whose input is always 0 keeps its nearest level (each of its moves leaves eᵀGe unchanged: no move is taken on a tie)', () => {
    // Dead inputs are common (the zero border pixels of Fashion-MNIST): the other weights still move.
    let othersMoved = 0;
    fc.assert(fc.property(
      fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      (k, rows, seed) => {
        let st = seed;
        const rnd = (): number => ((st = (st * 48271) % 2147483647) / 2147483647);
        const dead = Array.from({ length: k }, (_, i) => i === 0 || rnd() < 0.3);
        const w = Array.from({ length: k }, () => (rnd() - 0.5) * 4);
        const x = Float64Array.from({ length: rows * k }, (_, j) => (dead[j % k] ? 0 : rnd() * 2 - 0.3));
        const s = Math.max(...w.map(Math.abs)) / 64;
        const q = logRoundRows(w, [s], 1, k, gramMatrix(x, rows, k));
        w.forEach((v, i) => {
          if (dead[i]) expect(q[i], `weight ${i} of ${k}, dead input`).toBe(roundToLogLevel(v / s));
          else if (q[i] !== roundToLogLevel(v / s)) othersMoved++;
        });
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
    expect(othersMoved).toBeGreaterThan(0);
  });
});
