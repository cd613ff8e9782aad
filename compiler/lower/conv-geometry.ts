// The fixed geometry of a conv/dense layer on the array's window path (docs/LOWERING.md §Conv on the
// band): output-channel tiles with the input-channel range each reduces over (grouped and depthwise
// convs: a tile covers only its groups' channels, `chanOffset`/`cinTap`), the reduction length and
// chunks per tile (tap-major: element e = t·cinTap + c), and the padding the window reads.
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
  /** Weight-buffer rows of one chunk (R vectors). */
  readonly chunkRowsW: number;
  /** Bytes of one weight vector (a weight-buffer row group). */
  readonly weightVectorBytes: number;
}

/** Builds the geometry of a layer in array mode `mode`. */
export function convGeometry(s: ConvShape, mode: ArrayMode, hw: HwConfig, d: DerivedHw): ConvGeometry {
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
  const bottom = Math.max(0, (s.oh - 1) * s.sh + (s.kh - 1) * s.dh + 1 - s.pt - s.h);
  const right = Math.max(0, (s.ow - 1) * s.sw + (s.kw - 1) * s.dw + 1 - s.pl - s.w);
  return {
    s, mode, P, bits: d.elementBits.input[mode], kTile, rpvIn: d.rowsPerVector.input[mode], rpvW: d.rowsPerVector.weight[mode], R, C, taps, tiles,
    maxChunks: Math.max(...tiles.map((t) => t.chunks)), pads: { top: s.pt, left: s.pl, bottom, right },
    chunkRowsW: R * d.rowsPerVector.weight[mode], weightVectorBytes: d.vectorBytes.weight[mode],
  };
}

/** Input rows [lo, hi) (image coordinates, may reach into the padding) that output rows [oy0, oy1) read. */
export function inputRowsOf(s: ConvShape, oy0: number, oy1: number): [number, number] {
  return [oy0 * s.sh - s.pt, (oy1 - 1) * s.sh - s.pt + (s.kh - 1) * s.dh + 1];
}
