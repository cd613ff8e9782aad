// The reduction tiles of a float/MX layer on the array (issue 18; docs/HARDWARE.md "Float and MX
// datapath"). The format dot product (INTEGER-SEMANTICS §14) sums each chunk of K exactly and rounds to
// FP32 once per chunk, so a tile may not straddle a chunk start: this file finds the chunk starts of a
// layer's K (the same rules as compiler/reference/format-gemm.ts: MX conv K at taps, pixel blocks and
// every 32nd K; dense K and per-tensor FP8 conv K at every 32nd K only) and cuts K into tiles of at most `maxK`
// elements that never contain a chunk start past their first element. A tile that reaches the end of its
// chunk carries `chunkEnd`: after it the accumulator folds the chunk's exact partial into its FP32 sum;
// a chunk longer than `maxK` (32 elements on a 16-row ws array) spans several tiles, its exact partial
// waiting in the accumulator between them.
import { assert } from '../../core/diagnostics.js';
import { CHUNK_MAX } from '../../core/format-dot.js';

/** One reduction tile: K elements [k0, k1); `chunkEnd` when k1 ends the chunk the tile belongs to. */
export interface FormatTile {
  readonly k0: number;
  readonly k1: number;
  readonly chunkEnd: boolean;
}

/**
 * The chunk starts of an MX conv2d's K (tap-major: k = tap·cinG + c), 1 where a chunk starts: every tap starts
 * one (a new tap is a new pixel, so a new activation block), and so does every absolute input channel
 * icBase + c that is a multiple of 32 (the activation block's edge) and every k that is a multiple of 32
 * (the weight block's edge). `icBase` is the group's first input channel.
 */
export function convChunkStarts(taps: number, cinG: number, icBase: number): Uint8Array {
  assert(taps >= 1 && cinG >= 1 && icBase >= 0, `conv chunk starts: bad shape taps ${taps}, cinG ${cinG}, icBase ${icBase}`);
  const starts = new Uint8Array(taps * cinG);
  for (let t = 0; t < taps; t++) {
    for (let c = 0; c < cinG; c++) {
      const k = t * cinG + c;
      starts[k] = c === 0 || (icBase + c) % CHUNK_MAX === 0 || k % CHUNK_MAX === 0 ? 1 : 0;
    }
  }
  return starts;
}

/**
 * The chunk starts at every 32nd K: a dense layer's K in every format (one block of both operands), and a
 * per-tensor FP8 conv2d's tap-major K (no block exponents, so a tap is no chunk edge: §14).
 */
export function k32ChunkStarts(k: number): Uint8Array {
  assert(k >= 1, `k32 chunk starts: K ${k}`);
  return Uint8Array.from({ length: k }, (_, i) => (i % CHUNK_MAX === 0 ? 1 : 0));
}

/**
 * K cut into tiles of at most `maxK` elements (ws: R·P, the latched tile; os: the chunk, CHUNK_MAX), each
 * inside one chunk; in K order. A chunk of length L takes ceil(L / maxK) tiles.
 */
export function cutFormatTiles(starts: Uint8Array, maxK: number): FormatTile[] {
  assert(starts.length >= 1 && starts[0] === 1, 'format tiles: K must start a chunk');
  assert(Number.isInteger(maxK) && maxK >= 1, `format tiles: maxK ${maxK}`);
  const tiles: FormatTile[] = [];
  for (let k0 = 0; k0 < starts.length;) {
    let k1 = k0 + 1;
    while (k1 < starts.length && k1 - k0 < maxK && starts[k1] === 0) k1++;
    tiles.push({ k0, k1, chunkEnd: k1 === starts.length || starts[k1] === 1 });
    k0 = k1;
  }
  return tiles;
}
