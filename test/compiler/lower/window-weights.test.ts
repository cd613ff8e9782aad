// The window path's layer geometry and weight packing against brute-force re-statements of their
// definitions (docs/LOWERING.md §Conv on the band, HARDWARE.md §2-§3): every output-channel tile's input
// channels are exactly its channels' groups, the padding is what the windows reach past the image, the
// input rows of a block of output rows are those its windows touch, and every element of every packed
// weight vector (padding columns and elements past the reduction included) holds the weight the
// documented position names, or zero.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convGeometry, inputRowsOf, type ConvShape } from '../../../compiler/lower/conv-geometry.js';
import { packWindowWeights } from '../../../compiler/lower/window-weights.js';
import { applyOverrides, defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
import type { ArrayMode } from '../../../isa/spec.js';
import { weightGroupLayout } from '../../../core/weight-groups.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

/** Array modes with the storage bits of their weights. */
const MODES: readonly (readonly [ArrayMode, number])[] = [['int8', 8], ['int4', 4], ['w4a8', 4], ['binary', 1]];

const layer = fc.record({
  groups: fc.integer({ min: 1, max: 4 }), gIn: fc.integer({ min: 1, max: 5 }), gOut: fc.integer({ min: 1, max: 5 }),
  kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }), sh: fc.integer({ min: 1, max: 3 }), sw: fc.integer({ min: 1, max: 3 }),
  dh: fc.integer({ min: 1, max: 2 }), dw: fc.integer({ min: 1, max: 2 }), pt: fc.nat(2), pl: fc.nat(2), pb: fc.nat(2), pr: fc.nat(2),
  h: fc.integer({ min: 1, max: 9 }), w: fc.integer({ min: 1, max: 9 }),
  rows: fc.constantFrom(1, 2, 3, 4, 8), cols: fc.constantFrom(1, 2, 3, 4, 8), mode: fc.constantFrom(...MODES), seed: fc.nat(1000),
}).filter((c) => (c.h + c.pt + c.pb - (c.kh - 1) * c.dh - 1) >= 0 && (c.w + c.pl + c.pr - (c.kw - 1) * c.dw - 1) >= 0);

function shapeOf(c: typeof layer extends fc.Arbitrary<infer T> ? T : never): ConvShape {
  const oh = Math.floor((c.h + c.pt + c.pb - (c.kh - 1) * c.dh - 1) / c.sh) + 1;
  const ow = Math.floor((c.w + c.pl + c.pr - (c.kw - 1) * c.dw - 1) / c.sw) + 1;
  return {
    h: c.h, w: c.w, cin: c.groups * c.gIn, cout: c.groups * c.gOut, kh: c.kh, kw: c.kw, sh: c.sh, sw: c.sw,
    dh: c.dh, dw: c.dw, pt: c.pt, pl: c.pl, oh, ow, groups: c.groups,
  };
}

/** Element `index` (LSB-first, `bits` wide, two's complement unless 1 bit) of the bytes from `at`. */
function elementAt(bytes: Uint8Array, at: number, index: number, bits: number): number {
  let v = 0;
  for (let b = 0; b < bits; b++) {
    const bit = index * bits + b;
    v |= ((bytes[at + Math.floor(bit / 8)]! >> (bit % 8)) & 1) << b;
  }
  return bits > 1 && v >= 2 ** (bits - 1) ? v - 2 ** bits : v;
}

const opts = (runs: number) => ({ seed: PROPERTY_SEED, numRuns: propertyRuns(runs) });

describe('convGeometry', () => {
  it('tiles of C output channels, each reducing over exactly its channels\' groups, tap-major, in chunks of R·P', () => {
    fc.assert(fc.property(layer, (c) => {
      const s = shapeOf(c);
      const hw = applyOverrides(defaultHwConfig(), { array: `${c.rows}x${c.cols}` });
      const d = deriveHw(hw);
      const [mode] = c.mode;
      const geo = convGeometry(s, mode, hw, d);
      const P = hw.array.macsPerPePerCycle[mode];
      expect([geo.R, geo.C, geo.P, geo.kTile, geo.taps]).toEqual([c.rows, c.cols, P, c.rows * P, c.kh * c.kw]);
      expect([geo.bits, geo.rpvIn, geo.rpvW]).toEqual([d.elementBits.input[mode], d.rowsPerVector.input[mode], d.rowsPerVector.weight[mode]]);
      expect([geo.chunkRowsW, geo.weightVectorBytes]).toEqual([c.rows * d.rowsPerVector.weight[mode], d.vectorBytes.weight[mode]]);
      let next = 0;
      for (const t of geo.tiles) {
        expect(t.n0).toBe(next);
        expect(t.n).toBe(Math.min(c.cols, s.cout - t.n0));
        next += t.n;
        // The input channels of the tile's channels' groups, which must be one contiguous range.
        const chans = new Set<number>();
        for (let n = t.n0; n < t.n0 + t.n; n++) {
          const g = Math.floor(n / c.gOut);
          for (let i = 0; i < c.gIn; i++) chans.add(g * c.gIn + i);
        }
        expect(t.chanOffset).toBe(Math.min(...chans));
        expect(t.cinTap).toBe(chans.size);
        expect(Math.max(...chans)).toBe(t.chanOffset + t.cinTap - 1);
        expect(t.k).toBe(c.kh * c.kw * t.cinTap);
        expect(t.chunks).toBe(Math.ceil(t.k / geo.kTile));
      }
      expect(next).toBe(s.cout);
      expect(geo.maxChunks).toBe(Math.max(...geo.tiles.map((t) => t.chunks)));
    }), opts(300));
  });

  it('pads: what the windows reach past the image on each side; inputRowsOf: the rows a block of output rows reads', () => {
    fc.assert(fc.property(layer, fc.nat(20), fc.nat(20), (c, a, b) => {
      const s = shapeOf(c);
      const hw = applyOverrides(defaultHwConfig(), { array: `${c.rows}x${c.cols}` });
      const geo = convGeometry(s, c.mode[0], hw, deriveHw(hw));
      const rowsRead = (oy0: number, oy1: number) => {
        const rows: number[] = [];
        for (let oy = oy0; oy < oy1; oy++) for (let ky = 0; ky < s.kh; ky++) rows.push(oy * s.sh - s.pt + ky * s.dh);
        return rows;
      };
      const cols: number[] = [];
      for (let ox = 0; ox < s.ow; ox++) for (let kx = 0; kx < s.kw; kx++) cols.push(ox * s.sw - s.pl + kx * s.dw);
      const all = rowsRead(0, s.oh);
      expect(geo.pads).toEqual({ top: s.pt, left: s.pl, bottom: Math.max(0, Math.max(...all) - (s.h - 1)), right: Math.max(0, Math.max(...cols) - (s.w - 1)) });
      const oy0 = a % s.oh;
      const oy1 = oy0 + 1 + (b % (s.oh - oy0));
      const rows = rowsRead(oy0, oy1);
      expect(inputRowsOf(s, oy0, oy1)).toEqual([Math.min(...rows), Math.max(...rows) + 1]);
    }), opts(300));
  });
});

describe('packWindowWeights', () => {
  it('element p of vector r of chunk q, column col, holds W[n0 + col] at reduction element q·R·P + r·P + p, or zero', () => {
    fc.assert(fc.property(layer, (c) => {
      const s = shapeOf(c);
      const hw = applyOverrides(defaultHwConfig(), { array: `${c.rows}x${c.cols}` });
      const d = deriveHw(hw);
      const mode = c.mode[0];
      const bits = c.mode[1];
      const geo = convGeometry(s, mode, hw, d);
      const taps = s.kh * s.kw;
      // OIHW weights, every value of the storage width (binary ±1), zeros included.
      const weights = Array.from({ length: s.cout * c.gIn * taps }, (_, i) => {
        const x = (i * 7919 + c.seed * 104729) % 2 ** Math.max(bits, 2);
        return bits === 1 ? (x % 2 === 0 ? 1 : -1) : x - 2 ** (bits - 1);
      });
      const p = packWindowWeights(weights, geo, bits);
      const { R, P } = geo;
      const vectorBytes = d.vectorBytes.weight[mode];
      expect(p.chunkBytes).toBe(R * vectorBytes);
      let offset = 0;
      geo.tiles.forEach((tile, j) => {
        expect(p.tileOffset[j]).toBe(offset);
        for (let q = 0; q < tile.chunks; q++) {
          for (let r = 0; r < R; r++) {
            const at = offset + q * p.chunkBytes + r * vectorBytes;
            for (let col = 0; col < (vectorBytes * 8) / bits / P; col++) {
              for (let pp = 0; pp < P; pp++) {
                const e = q * R * P + r * P + pp;
                let want = 0;
                if (col < tile.n && e < tile.k) {
                  const n = tile.n0 + col;
                  const chan = tile.chanOffset + (e % tile.cinTap);
                  const group = Math.floor(n / c.gOut);
                  if (Math.floor(chan / c.gIn) === group) {
                    const v = weights[(n * c.gIn + chan - group * c.gIn) * taps + Math.floor(e / tile.cinTap)]!;
                    want = bits === 1 ? (v > 0 ? 1 : 0) : v;
                  }
                }
                const got = elementAt(p.bytes, at, col * P + pp, bits);
                if (got !== want) expect.fail(`tile ${j} chunk ${q} vector ${r} column ${col} element ${pp}: ${got}, want ${want}`);
              }
            }
          }
        }
        offset += tile.chunks * p.chunkBytes;
      });
      expect(p.bytes.length).toBe(offset);
    }), opts(150));
  });
});

describe('group-scaled layers (w_group)', () => {
  it('chunks are the maximal runs of one weight group of at most R·P elements; each packs its elements from vector 0, then its multipliers', () => {
    const arb = fc.record({
      cin: fc.integer({ min: 1, max: 6 }), cout: fc.integer({ min: 1, max: 5 }), kh: fc.integer({ min: 1, max: 2 }), kw: fc.integer({ min: 1, max: 2 }),
      // Group sizes far below the real ones (32 and up): the layout is defined for any size, and small ones cut often.
      size: fc.integer({ min: 1, max: 4 }), rows: fc.constantFrom(1, 2, 4), cols: fc.constantFrom(1, 2, 4),
      mode: fc.constantFrom(['int8-group', 8] as const, ['w4a8-group', 4] as const), seed: fc.nat(1000),
    });
    fc.assert(fc.property(arb, (c) => {
      const s: ConvShape = { h: c.kh, w: c.kw, cin: c.cin, cout: c.cout, kh: c.kh, kw: c.kw, sh: 1, sw: 1, dh: 1, dw: 1, pt: 0, pl: 0, oh: 1, ow: 1, groups: 1 };
      const hw = applyOverrides(defaultHwConfig(), { array: `${c.rows}x${c.cols}` });
      const d = deriveHw(hw);
      const mode = c.mode[0];
      const bits = c.mode[1];
      const layout = weightGroupLayout([c.cout, c.cin, c.kh, c.kw], c.size);
      const geo = convGeometry(s, mode, hw, d, layout);
      const taps = c.kh * c.kw;
      const k = taps * c.cin;
      // Element e = t·cin + ch of the tap-major reduction is weight-row element ch·taps + t.
      const groupAt = (e: number) => layout.groupOf[(e % c.cin) * taps + Math.floor(e / c.cin)]!;
      const chunks = geo.kChunks!;
      let next = 0;
      chunks.forEach((ch, q) => {
        expect(ch.k0).toBe(next);
        expect(ch.k).toBeGreaterThan(0);
        expect(ch.k).toBeLessThanOrEqual(geo.kTile);
        for (let e = ch.k0; e < ch.k0 + ch.k; e++) expect(groupAt(e)).toBe(ch.group);
        // Maximal: a chunk shorter than R·P ends where the group changes (or the reduction ends).
        if (ch.k < geo.kTile && q < chunks.length - 1) expect(groupAt(ch.k0 + ch.k)).not.toBe(ch.group);
        next = ch.k0 + ch.k;
      });
      expect(next).toBe(k);
      expect(geo.tiles.map((t) => t.chunks)).toEqual(geo.tiles.map(() => chunks.length));
      const vectorsPerChunk = Math.max(...chunks.map((ch) => Math.ceil(ch.k / geo.P))) + 1;
      expect(geo.chunkRowsW).toBe(vectorsPerChunk * d.rowsPerVector.weight[mode]);

      const weights = Array.from({ length: c.cout * c.cin * taps }, (_, i) => ((i * 7919 + c.seed * 104729) % 2 ** bits) - 2 ** (bits - 1));
      const mult = Array.from({ length: c.cout * layout.count }, (_, i) => (i * 37 + c.seed) % 255 + 1);
      const p = packWindowWeights(weights, geo, bits, { mult, count: layout.count });
      const vectorBytes = geo.weightVectorBytes;
      expect(p.chunkBytes).toBe(vectorsPerChunk * vectorBytes);
      geo.tiles.forEach((tile, j) => {
        chunks.forEach((ch, q) => {
          const used = Math.ceil(ch.k / geo.P);
          for (let r = 0; r < vectorsPerChunk; r++) {
            const at = p.tileOffset[j]! + q * p.chunkBytes + r * vectorBytes;
            if (r === used) {
              // The multiplier vector: byte col holds column col's multiplier of this chunk's group.
              const want = Array.from({ length: vectorBytes }, (_, col) => (col < tile.n ? mult[(tile.n0 + col) * layout.count + ch.group]! : 0));
              expect([...p.bytes.subarray(at, at + vectorBytes)]).toEqual(want);
              continue;
            }
            for (let col = 0; col < (vectorBytes * 8) / bits / geo.P; col++) {
              for (let pp = 0; pp < geo.P; pp++) {
                const local = r * geo.P + pp;
                const e = ch.k0 + local;
                const want = r < used && col < tile.n && local < ch.k ? weights[((tile.n0 + col) * c.cin + (e % c.cin)) * taps + Math.floor(e / c.cin)]! : 0;
                expect(elementAt(p.bytes, at, col * geo.P + pp, bits), `tile ${j} chunk ${q} vector ${r} column ${col} element ${pp}`).toBe(want);
              }
            }
          }
        });
      });
    }), opts(150));
  });

  it('a group-scaled geometry packs with its multipliers, any other without: a mismatch is a lowering bug, refused', () => {
    const s: ConvShape = { h: 1, w: 1, cin: 4, cout: 2, kh: 1, kw: 1, sh: 1, sw: 1, dh: 1, dw: 1, pt: 0, pl: 0, oh: 1, ow: 1, groups: 1 };
    const hw = applyOverrides(defaultHwConfig(), { array: '4x4' });
    const d = deriveHw(hw);
    const layout = weightGroupLayout([2, 4, 1, 1], 2);
    const weights = [1, 2, 3, 4, 5, 6, 7, 8];
    const mult = { mult: [1, 2, 3, 4], count: layout.count };
    const why = 'a group-scaled layer packs its multipliers, no other layer has any';
    expect(() => packWindowWeights(weights, convGeometry(s, 'int8-group', hw, d, layout), 8)).toThrow(why);
    expect(() => packWindowWeights(weights, convGeometry(s, 'int8', hw, d), 8, mult)).toThrow(why);
    expect(() => packWindowWeights(weights, convGeometry(s, 'int8-group', hw, d, layout), 8, mult)).not.toThrow();
  });
});
