// The fixed geometry of a conv/dense layer on the array's window path (docs/LOWERING.md §Conv on the
// band): output-channel tiles with the input-channel range each reduces over (grouped and depthwise
// convs: a tile covers only its groups' channels, `chanOffset`/`cinTap`), the reduction length and
// chunks per tile (tap-major: element e = t·cinTap + c), and the padding the window reads.
import type { WeightGroupLayout } from '../../core/weight-groups.js';
import type { DerivedHw, HwConfig } from '../../isa/hw-config.js';
import type { ArrayMode } from '../../isa/spec.js';
import type { Pads } from './onchip-layout.js';

/** Convolution geometry (dense: kernel = input, one output pixel). */
export interface ConvShape {
  readonly h: number; readonly w: number; readonly cin: number; readonly cout: number;
  readonly kh: number; readonly kw: number; readonly sh: number; readonly sw: number;
  readonly dh: number; readonly dw: number; readonly pt: number; readonly pl: number;
  readonly oh: number; readonly ow: number;
  /** Channel groups (1: ordinary conv; cin: depthwise). */
  readonly groups: number;
}

/** One output-channel tile: channels [n0, n0 + n), reducing over input channels [chanOffset, chanOffset + cinTap) per tap. */
export interface ChannelTile {
  readonly n0: number;
  readonly n: number;
  readonly chanOffset: number;
  readonly cinTap: number;
  /** Reduction elements (taps · cinTap) and array passes (chunks of R·P elements). */
  readonly k: number;
  readonly chunks: number;
}

/** A chunk of a group-scaled layer: reduction elements [k0, k0 + k) of every tile, all in weight group `group`. */
export interface KChunk {
  readonly k0: number;
  readonly k: number;
  readonly group: number;
}

/** What every tile of the layer shares. */
export interface ConvGeometry {
  readonly s: ConvShape;
  readonly mode: ArrayMode;
  /** MACs per PE per cycle, activation storage bits, elements and bytes of one input vector. */
  readonly P: number;
  readonly bits: number;
  readonly kTile: number;
  readonly rpvIn: number;
  readonly rpvW: number;
  readonly R: number;
  readonly C: number;
  readonly taps: number;
  readonly tiles: readonly ChannelTile[];
  /** The most chunks any tile has (weight-buffer stride per tile). */
  readonly maxChunks: number;
  /** Padding the window reads on each side (bottom/right: what the last window needs past the image). */
  readonly pads: Pads;
  /** Weight-buffer rows of one chunk (R vectors; a group-scaled layer's chunk adds its multiplier vector). */
  readonly chunkRowsW: number;
  /**
   * Group-scaled layers (w_group, the *-group modes): the chunks every tile reduces over, cut where the weight
   * group changes and after R·P elements, so one tile never spans two multipliers (INTEGER-SEMANTICS §6c).
   * Undefined: chunk c is elements [c·kTile, (c + 1)·kTile).
   */
  readonly kChunks: readonly KChunk[] | undefined;
  /** Bytes of one weight vector (a weight-buffer row group). */
  readonly weightVectorBytes: number;
}

/** Builds the geometry of a layer in array mode `mode` (`groups`: the weight-group layout of a group-scaled layer). */
export function convGeometry(s: ConvShape, mode: ArrayMode, hw: HwConfig, d: DerivedHw, groups?: WeightGroupLayout): ConvGeometry {
  const R = hw.array.rows;
  const C = hw.array.cols;
  const P = hw.array.macsPerPePerCycle[mode];
  const kTile = d.reductionPerPass[mode];
  const taps = s.kh * s.kw;
  const gIn = s.cin / s.groups;
  const gOut = s.cout / s.groups;
  const tiles: ChannelTile[] = [];
  for (let n0 = 0; n0 < s.cout; n0 += C) {
    const n = Math.min(C, s.cout - n0);
    // The groups this tile's channels belong to, and their input channels.
    const g0 = Math.floor(n0 / gOut);
    const g1 = Math.floor((n0 + n - 1) / gOut);
    const chanOffset = g0 * gIn;
    const cinTap = (g1 - g0 + 1) * gIn;
    const k = taps * cinTap;
    tiles.push({ n0, n, chanOffset, cinTap, k, chunks: Math.ceil(k / kTile) });
  }
  const kChunks = groups === undefined ? undefined : groupChunks(s, taps, kTile, groups);
  if (kChunks !== undefined) tiles.forEach((t, j) => (tiles[j] = { ...t, chunks: kChunks.length }));
  const bottom = Math.max(0, (s.oh - 1) * s.sh + (s.kh - 1) * s.dh + 1 - s.pt - s.h);
  const right = Math.max(0, (s.ow - 1) * s.sw + (s.kw - 1) * s.dw + 1 - s.pl - s.w);
  return {
    s, mode, P, bits: d.elementBits.input[mode], kTile, rpvIn: d.rowsPerVector.input[mode], rpvW: d.rowsPerVector.weight[mode], R, C, taps, tiles,
    maxChunks: Math.max(...tiles.map((t) => t.chunks)), pads: { top: s.pt, left: s.pl, bottom, right },
    chunkRowsW: chunkVectors(R, P, kChunks) * d.rowsPerVector.weight[mode], weightVectorBytes: d.vectorBytes.weight[mode], kChunks,
  };
}

/**
 * The chunks of a group-scaled layer (one channel group: every tile reduces over all taps × cin). Element
 * e = t·cin + c of the tap-major reduction is weight-row element c·taps + t (OIHW; dense: the NCHW flatten),
 * whose group `groups.groupOf` gives; a chunk is a run of one group, at most kTile long.
 */
function groupChunks(s: ConvShape, taps: number, kTile: number, groups: WeightGroupLayout): KChunk[] {
  const out: KChunk[] = [];
  const k = taps * s.cin;
  let k0 = 0;
  for (let e = 1; e <= k; e++) {
    const group = groups.groupOf[(k0 % s.cin) * taps + Math.floor(k0 / s.cin)]!;
    if (e === k || e - k0 === kTile || groups.groupOf[(e % s.cin) * taps + Math.floor(e / s.cin)] !== group) {
      out.push({ k0, k: e - k0, group });
      k0 = e;
    }
  }
  return out;
}

/**
 * Weight vectors per chunk: R; a group-scaled layer's chunks as many as its longest chunk fills plus the
 * multiplier vector (a conv on 16 channels per tap at 16x16 w4a8: 8 + 1, not 16 + 1, so the short chunks
 * cost no padding bytes in DRAM and the weight buffer).
 */
function chunkVectors(R: number, P: number, kChunks: readonly KChunk[] | undefined): number {
  if (kChunks === undefined) return R;
  return Math.max(...kChunks.map((c) => Math.ceil(c.k / P))) + 1;
}

/** Reduction elements [k0, k0 + k) of chunk c of tile t. */
export function chunkRange(geo: ConvGeometry, t: ChannelTile, c: number): { k0: number; k: number } {
  if (geo.kChunks !== undefined) return geo.kChunks[c]!;
  return { k0: c * geo.kTile, k: Math.min(geo.kTile, t.k - c * geo.kTile) };
}

/** Input rows [lo, hi) (image coordinates, may reach into the padding) that output rows [oy0, oy1) read. */
export function inputRowsOf(s: ConvShape, oy0: number, oy1: number): [number, number] {
  return [oy0 * s.sh - s.pt, (oy1 - 1) * s.sh - s.pt + (s.kh - 1) * s.dh + 1];
}
