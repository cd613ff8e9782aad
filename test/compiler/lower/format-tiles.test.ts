// The reduction tiles of float/MX layers: chunk starts of conv2d/dense K (INTEGER-SEMANTICS §14 step 2)
// and the cut into tiles that never straddle a chunk start. (That the tiles give the reference's bits is
// test/simulator/functional/format-datapath.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convChunkStarts, cutFormatTiles, k32ChunkStarts } from '../../../compiler/lower/format-tiles.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const ones = (s: Uint8Array): number[] => [...s.keys()].filter((k) => s[k] === 1);

describe('format tiles', () => {
  it('conv chunks start at every tap, every 32nd absolute channel and every 32nd K', () => {
    expect(ones(convChunkStarts(3, 1, 0))).toEqual([0, 1, 2]);
    // cinG 40 from channel 0: taps at 0, 40; channel 32 → 32, 72; K multiples of 32: 64
    expect(ones(convChunkStarts(2, 40, 0))).toEqual([0, 32, 40, 64, 72]);
    // second group of 20 channels (icBase 20): absolute channel 32 is c = 12 (K 12 and 32), taps at 0 and 20
    expect(ones(convChunkStarts(2, 20, 20))).toEqual([0, 12, 20, 32]);
    expect(ones(k32ChunkStarts(70))).toEqual([0, 32, 64]);
  });

  it('per-tensor FP8 (k32 chunks) on 8- and 16-row ws arrays tiles conv K as the integer mode does: ceil(K / R) tiles of R', () => {
    for (const [taps, cinG] of [[9, 1], [9, 32], [9, 17], [1, 100], [25, 6]] as const) {
      for (const r of [8, 16]) {
        const tiles = cutFormatTiles(k32ChunkStarts(taps * cinG), r);
        expect(tiles.map((t) => [t.k0, t.k1])).toEqual(Array.from({ length: Math.ceil((taps * cinG) / r) }, (_, i) => [i * r, Math.min(taps * cinG, (i + 1) * r)]));
      }
    }
  });

  it('tiles cover K in order, hold ≤ maxK elements, never contain a chunk start past their first and mark chunk ends', () => {
    const data = fc.record({ taps: fc.integer({ min: 1, max: 9 }), cinG: fc.integer({ min: 1, max: 70 }), icBase: fc.nat(64), maxK: fc.constantFrom(1, 4, 8, 16, 32, 64) });
    fc.assert(fc.property(data, ({ taps, cinG, icBase, maxK }) => {
      const starts = convChunkStarts(taps, cinG, icBase);
      const tiles = cutFormatTiles(starts, maxK);
      let k = 0;
      for (const t of tiles) {
        expect(t.k0).toBe(k);
        expect(t.k1 - t.k0).toBeGreaterThanOrEqual(1);
        expect(t.k1 - t.k0).toBeLessThanOrEqual(maxK);
        for (let j = t.k0 + 1; j < t.k1; j++) expect(starts[j]).toBe(0);
        expect(t.chunkEnd).toBe(t.k1 === starts.length || starts[t.k1] === 1);
        // a tile stops early only at a chunk start or K's end
        if (t.k1 - t.k0 < maxK) expect(t.chunkEnd).toBe(true);
        k = t.k1;
      }
      expect(k).toBe(taps * cinG);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });
});
