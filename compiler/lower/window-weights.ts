// Weight packing for the window path. Tile j (output channels [n0, n0 + n)) reduces over element
// e = t·cinTap + c (tap-major, input channel chanOffset + c): the order in which the window reads its
// band. Vector r of chunk q holds, for column col, the P elements e = q·R·P + r·P + p at position
// col·P + p (HARDWARE.md §3: ws latches chunk q as one tile, os feeds vector q·R + r at step q·R + r).
// Grouped convolutions are block-diagonal inside a tile: the weight is zero where the input channel
// is outside the output channel's group. Dense layers read their NCHW-flattened weights
// (c·H·W + y·W + x) through the same formula with the kernel = the whole input.
// Group-scaled layers (geo.kChunks) pack chunk c's elements [k0, k0 + k) from its vector 0, and the chunk's
// column multipliers m[n, group] as the vector after its ceil(k/P) weight vectors (isa/spec.ts LOAD_WEIGHTS).
import { chunkRange, type ConvGeometry } from './conv-geometry.js';
import { assert } from '../../core/diagnostics.js';
import { setElement, weightCode } from './layout.js';

/** Packed weights of every tile, back to back; `tileOffset[j]` is where tile j starts. */
export interface PackedWeights {
  readonly bytes: Uint8Array;
  readonly tileOffset: readonly number[];
  /** Bytes of one chunk (R weight vectors). */
  readonly chunkBytes: number;
}

/** The u8 group multipliers `mult[n·count + g]` of a group-scaled layer (the w_mult operand). */
export interface GroupMultipliers {
  readonly mult: ArrayLike<number>;
  readonly count: number;
}

/** Packs OIHW weights (`weights[(n·gIn + i)·taps + t]`, gIn = cin / groups) for the tiles of `geo`. */
export function packWindowWeights(weights: ArrayLike<number>, geo: ConvGeometry, weightBits: number, groupMult?: GroupMultipliers): PackedWeights {
  const { s, P, taps } = geo;
  const gIn = s.cin / s.groups;
  const gOut = s.cout / s.groups;
  assert((geo.kChunks === undefined) === (groupMult === undefined), 'a group-scaled layer packs its multipliers, no other layer has any');
  const chunkBytes = (geo.chunkRowsW / geo.rpvW) * geo.weightVectorBytes;
  const tileOffset: number[] = [];
  let total = 0;
  for (const t of geo.tiles) {
    tileOffset.push(total);
    total += t.chunks * chunkBytes;
  }
  const bytes = new Uint8Array(total);
  geo.tiles.forEach((tile, j) => {
    for (let col = 0; col < tile.n; col++) {
      const n = tile.n0 + col;
      const group = Math.floor(n / gOut);
      for (let e = 0; e < tile.k; e++) {
        const t = Math.floor(e / tile.cinTap);
        const i = tile.chanOffset + (e % tile.cinTap) - group * gIn;
        if (i < 0 || i >= gIn) continue;
        const value = weights[(n * gIn + i) * taps + t]!;
        // Stryker disable next-line ConditionalExpression: skipping zeros only saves time (the bytes start at 0 and each element is written once); → true is killed
        if (value === 0) continue;
        const q = chunkOf(e);
        const local = e - chunkRange(geo, tile, q).k0;
        const base = tileOffset[j]! + q * chunkBytes + Math.floor(local / P) * geo.weightVectorBytes;
        setElement(bytes, base, col * P + (local % P), weightBits, weightCode(value, weightBits));
      }
      // Stryker disable next-line LogicalOperator,ConditionalExpression: both are set or neither (asserted above), so && or either test alone decides alike; the whole → true and → false this also covers are killed
      if (geo.kChunks === undefined || groupMult === undefined) continue;
      geo.kChunks.forEach((ch, q) => {
        bytes[tileOffset[j]! + q * chunkBytes + Math.ceil(ch.k / P) * geo.weightVectorBytes + col] = groupMult.mult[n * groupMult.count + ch.group]!;
      });
    }
  });
  return { bytes, tileOffset, chunkBytes };

  /** The chunk holding reduction element e (group-scaled layers: the last chunk starting at or before e). */
  function chunkOf(e: number): number {
    const ch = geo.kChunks;
    if (ch === undefined) return Math.floor(e / geo.kTile);
    let lo = 0;
    let hi = ch.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ch[mid]!.k0 <= e) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
