// Weight packing for the window path. Tile j (output channels [n0, n0 + n)) reduces over element
// e = t·cinTap + c (tap-major, input channel chanOffset + c): the order in which the window reads its
// band. Vector r of chunk q holds, for column col, the P elements e = q·R·P + r·P + p at position
// col·P + p (HARDWARE.md §3: ws latches chunk q as one tile, os feeds vector q·R + r at step q·R + r).
// Grouped convolutions are block-diagonal inside a tile: the weight is zero where the input channel
// is outside the output channel's group. Dense layers read their NCHW-flattened weights
// (c·H·W + y·W + x) through the same formula with the kernel = the whole input.
import type { ConvGeometry } from './conv-geometry.js';
import { setElement, weightCode } from './layout.js';

/** Packed weights of every tile, back to back; `tileOffset[j]` is where tile j starts. */
export interface PackedWeights {
  readonly bytes: Uint8Array;
  readonly tileOffset: readonly number[];
  /** Bytes of one chunk (R weight vectors). */
  readonly chunkBytes: number;
}

/** Packs OIHW weights (`weights[(n·gIn + i)·taps + t]`, gIn = cin / groups) for the tiles of `geo`. */
export function packWindowWeights(weights: ArrayLike<number>, geo: ConvGeometry, weightBits: number): PackedWeights {
  const { s, R, P, kTile, taps } = geo;
  const gIn = s.cin / s.groups;
  const gOut = s.cout / s.groups;
  const chunkBytes = R * geo.weightVectorBytes;
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
        if (value === 0) continue;
        const q = Math.floor(e / kTile);
        const r = Math.floor((e % kTile) / P);
        const base = tileOffset[j]! + q * chunkBytes + r * geo.weightVectorBytes;
        setElement(bytes, base, col * P + (e % P), weightBits, weightCode(value, weightBits));
      }
    }
  });
  return { bytes, tileOffset, chunkBytes };
}
