// Tiling of a conv/dense layer on the band (docs/LOWERING.md §Conv on the band). The loop nest is
//   for band b (output rows; its input rows + halo are one slab) | for channel group gi (npg tiles)
//     [the two in either order]
//     for segment (the band's pixels whose partial sums the accumulator holds across k-groups)
//       for k-group kg (kcpg chunks of every tile of the group: one weight slab)
//         for block (accumulator-sized pixel range): LOAD_WEIGHTS/COMPUTE per tile and chunk,
//           REQUANT at the last k-group, STORE (DRAM) or MOVE (the consumer's on-chip image).
// Input bands, weight slabs and parameter blocks live in slab caches (slab-cache.ts); the walk below is
// shared by the plan search (which replays it to count DRAM bytes and estimate cycles) and the emitter.
import type { ConvGeometry } from './conv-geometry.js';
import { inputRowsOf } from './conv-geometry.js';
import type { ImgLayout } from './onchip-layout.js';
import { imgPitch } from './onchip-layout.js';
import { SlabCache, type SlabUse } from './slab-cache.js';
import type { RunAhead } from './cost-model.js';
import { VECTOR_BANDS } from './interleave-vector.js';

/** Where the input comes from: bands loaded from DRAM (dense NHWC pixels), or a resident image. */
export type ConvSource = { readonly kind: 'dram'; readonly pixBytes: number } | { readonly kind: 'img'; readonly img: ImgLayout };

/** A DRAM band's slab: input rows, padded width, bytes per row (pitch) and per pixel, buffer rows. */
export interface BandSlab {
  readonly inRows: number;
  readonly paddedWidth: number;
  readonly pitch: number;
  readonly pixelBytes: number;
  readonly rows: number;
}

/** Tile sizes, loop order and buffer slots of one layer. */
export interface ConvPlan {
  readonly geo: ConvGeometry;
  readonly source: ConvSource;
  readonly order: 'bands' | 'groups';
  /** Output rows [oy0, oy1) of each band. */
  readonly bands: readonly (readonly [number, number])[];
  readonly npg: number;
  readonly nGroups: number;
  readonly kcpg: number;
  readonly kGroups: number;
  /** Pixels per segment (partial sums across k-groups) and per block (one REQUANT). */
  readonly segPixels: number;
  readonly blockPixels: number;
  readonly band: BandSlab | undefined;
  /**
   * A DRAM input loaded once as one slab of the whole map (the first visit loads it) while the bands compute
   * inside it: the bands' halo rows are not re-read from DRAM (the pool/add beside the producer, issue 13).
   */
  readonly inputOnce?: boolean;
  /**
   * The parameters load with the first k-group's weights, not the last's (k-groups behind the input's channel
   * groups, conv-search.ts inputGroupsOf): the REQUANT then never waits for a LOAD queued behind the later slabs.
   */
  readonly paramsFirst?: boolean;
  /** Slots per buffer and rows per slab. */
  readonly inSlots: number;
  readonly wSlots: number;
  readonly pSlots: number;
  /**
   * Accumulator slots blocks rotate through: with two, a ws block's sums wait for the REQUANT of the block two
   * before it, which ends a drain plus a REQUANT after that block's stream; a third hides it (issue 13).
   */
  readonly accSlots: 1 | 2 | 3;
  readonly stageSlots: number;
  readonly wSlabRows: number;
  /** Weight-buffer rows per tile inside a slab (kcpg chunks). */
  readonly wTileRows: number;
  /** Accumulator rows of one slot (a block: blockPixels × npg). */
  readonly accRows: number;
  /** Output-buffer staging rows per slot (blockPixels × npg), 0 when the output is written in place. */
  readonly stageRows: number;
}

/** The slab of `inRows` input rows of the layer (DRAM source). */
export function bandSlab(geo: ConvGeometry, inRows: number, pixBytes: number, rowBytes: number): BandSlab {
  const paddedWidth = geo.pads.left + geo.s.w + geo.pads.right;
  const pitch = imgPitch(paddedWidth, pixBytes, rowBytes);
  return { inRows, paddedWidth, pitch, pixelBytes: pixBytes, rows: (inRows * pitch) / rowBytes };
}

/**
 * The band height for a conv whose result feeds only in-place pools/adds: about VECTOR_BANDS bands, each
 * band's REQUANTs before the next band's COMPUTEs, so the pool/add of the rows done runs beside the array
 * (interleave-vector.ts). Only bands of whole os COMPUTEs (a multiple of R pixels, at least 4R): a small
 * map (ResNet-18's 14x14 and 7x7 layers) would pay partial COMPUTEs for less vector work than it hides.
 */
export function vectorBandHeight(oh: number, ow: number, R: number): number | undefined {
  const bh = Math.ceil(oh / VECTOR_BANDS);
  for (let h = bh; h <= Math.min(oh - 1, 2 * bh); h++) if ((h * ow) % R === 0 && h * ow >= 4 * R) return h;
  return undefined;
}

/** Input rows of the tallest band of `bh` output rows. */
export function bandInputRows(geo: ConvGeometry, bh: number): number {
  const [lo, hi] = inputRowsOf(geo.s, 0, bh);
  return hi - lo;
}

/** Input rows [lo, hi) (padded coordinates) of the slab band b's visits read: the whole map's when the plan loads it once. */
export function slabInputRows(p: ConvPlan, b: number): [number, number] {
  const s = p.geo.s;
  return p.inputOnce === true ? inputRowsOf(s, 0, s.oh) : inputRowsOf(s, p.bands[b]![0], p.bands[b]![1]);
}

/** Image rows from the first row of band b's slab to its window origin (0 unless the slab is the whole map). */
export function originSlabRows(p: ConvPlan, b: number): number {
  return inputRowsOf(p.geo.s, p.bands[b]![0], p.bands[b]![1])[0] - slabInputRows(p, b)[0];
}

/** Band boundaries for `bh` output rows per band. */
export function bandsOf(oh: number, bh: number): [number, number][] {
  const out: [number, number][] = [];
  for (let y = 0; y < oh; y += bh) out.push([y, Math.min(oh, y + bh)]);
  return out;
}

/** One block of a visit: pixels [p0, p1) of the band (row-major over output columns), its accumulator slot. */
export interface Block {
  readonly p0: number;
  readonly p1: number;
  readonly accSlot: number;
  readonly stageSlot: number;
}

/** One visit of the loop nest: which slabs it needs (and whether to load them) and its blocks. */
export interface Visit {
  readonly b: number;
  readonly gi: number;
  readonly kg: number;
  /** Tiles [j0, j1) and chunks [c0, c1) (per tile clipped to its own chunk count). */
  readonly j0: number;
  readonly j1: number;
  readonly c0: number;
  readonly c1: number;
  readonly input: SlabUse | undefined;
  readonly weights: SlabUse;
  readonly params: SlabUse | undefined;
  readonly blocks: readonly Block[];
  readonly firstK: boolean;
  readonly lastK: boolean;
}

/** Replays the loop nest of `p` (working rows from `inBase`), calling `visit` in emission order. */
export function walkPlan(p: ConvPlan, inBase: number, visit: (v: Visit) => void): void {
  const inputs = p.band === undefined ? undefined : new SlabCache<number>(inBase, p.band.rows, p.inSlots);
  const weights = new SlabCache<number>(0, p.wSlabRows, p.wSlots);
  const params = new SlabCache<number>(0, 3 * p.npg, p.pSlots);
  const tiles = p.geo.tiles.length;
  let acc = 0;
  let stage = 0;
  const outer = p.order === 'bands' ? p.bands.length : p.nGroups;
  const inner = p.order === 'bands' ? p.nGroups : p.bands.length;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const b = p.order === 'bands' ? o : i;
      const gi = p.order === 'bands' ? i : o;
      const [oy0, oy1] = p.bands[b]!;
      const pixels = (oy1 - oy0) * p.geo.s.ow;
      const j0 = gi * p.npg;
      const j1 = Math.min(tiles, j0 + p.npg);
      // The group's own k-groups (grouped convs: tiles may reduce over fewer channels than others).
      const kGroups = Math.ceil(Math.max(...p.geo.tiles.slice(j0, j1).map((t) => t.chunks)) / p.kcpg);
      for (let s0 = 0; s0 < pixels; s0 += p.segPixels) {
        const s1 = Math.min(pixels, s0 + p.segPixels);
        // With several k-groups the segment's sums stay in one accumulator slot across them.
        const segAcc = acc;
        if (p.kGroups > 1) acc = (acc + 1) % p.accSlots;
        for (let kg = 0; kg < kGroups; kg++) {
          const blocks: Block[] = [];
          const lastK = kg === kGroups - 1;
          if (p.kGroups > 1) {
            blocks.push({ p0: s0, p1: s1, accSlot: segAcc, stageSlot: lastK ? stage : 0 });
            if (lastK) stage = (stage + 1) % Math.max(1, p.stageSlots);
          } else {
            for (let q = s0; q < s1; q += p.blockPixels) {
              blocks.push({ p0: q, p1: Math.min(s1, q + p.blockPixels), accSlot: acc, stageSlot: stage });
              acc = (acc + 1) % p.accSlots;
              stage = (stage + 1) % Math.max(1, p.stageSlots);
            }
          }
          visit({
            b, gi, kg, j0, j1, c0: kg * p.kcpg, c1: (kg + 1) * p.kcpg,
            input: inputs?.use(p.inputOnce === true ? 0 : b), weights: weights.use(gi * p.kGroups + kg), params: lastK || (p.paramsFirst === true && kg === 0) ? params.use(gi) : undefined,
            blocks, firstK: kg === 0, lastK,
          });
        }
      }
    }
  }
}

/**
 * Where a block's REQUANTs go in the compute stream (the emitter and the cost model both follow it). ws: a
 * REQUANT waits for its tile's last COMPUTE to drain (R + C cycles after its stream) and, the compute queue
 * issuing in order, holds up every instruction behind it meanwhile. So tile j's REQUANT goes after the next
 * COMPUTEs whose streams (m steps, at least a cycle each) cover that drain: the array streams while the
 * REQUANT waits. It touches only tile j's accumulator rows, its output rows and parameter rows, which the
 * block's other tiles do not touch, so the stream's meaning is unchanged. What is still waiting at the
 * block's end is REQUANTed in the next block's stream when requantsCarry allows (a banded producer's bands),
 * else at the block's end. os keeps every REQUANT at the block's end: its drains already overlap
 * the next COMPUTEs (two accumulator sets), and moving the REQUANTs earlier measured slower on the default
 * machine (fmnist_cnn w4a8 16x16 os 8,256 → 8,286 cycles).
 */
export class RequantSlots {
  private readonly waiting: { tile: number; cover: number }[] = [];

  constructor(private readonly R: number, private readonly C: number, private readonly os: boolean) {}

  /** Tile j's array work is done (`worked`: it had some in this block; else there is nothing to wait for). */
  done(tile: number, worked: boolean): void {
    this.waiting.push({ tile, cover: this.os ? Infinity : worked ? this.R + this.C : 0 });
  }

  /** A COMPUTE streaming at least `stream` cycles was issued: the tiles to REQUANT now, in order. */
  streamed(stream: number): number[] {
    for (const w of this.waiting) w.cover -= stream;
    let n = 0;
    while (n < this.waiting.length && this.waiting[n]!.cover <= 0) n++;
    return this.waiting.splice(0, n).map((w) => w.tile);
  }

  /** The tiles still waiting, at the block's end. */
  rest(): number[] {
    return this.waiting.splice(0).map((w) => w.tile);
  }
}

/**
 * Whether block `from`'s last REQUANTs (still waiting for their drain at its end, ws) and its hand-off go into
 * the next block's stream, behind its first COMPUTEs, instead of holding the array up between the two (a
 * banded producer's bands, issue 13). Safe when the next block does not load over a slot the earlier visit
 * reads (inPlace), sums into another accumulator slot, stages into the other staging slot, and reads the
 * same parameter slot (so a later visit that reloads that slot is itself in place and waits for the REQUANTs).
 * Not into another channel group's block (tried on branch sched7: ResNet-18 conv1 32x32 ws 126,991 → 125,536,
 * but projection convs beside a sibling branch then overlap the layer before them, which the per-layer cost
 * model cannot price, and 7 more layers left its 10 % band: docs/CYCLE-MODEL.md).
 */
export function requantsCarry(p: ConvPlan, os: boolean, from: { v: Visit; blk: Block }, to: { v: Visit; blk: Block; inPlace: boolean } | undefined): boolean {
  return !os && to !== undefined && !to.inPlace && from.v.lastK && to.blk.accSlot !== from.blk.accSlot
    && (p.stageSlots === 0 || to.blk.stageSlot !== from.blk.stageSlot)
    && to.v.params !== undefined && to.v.params.slot === from.v.params?.slot;
}

/** Whether a visit loads its parameters right after the first tile's weights (ws, for its early first REQUANT) or after all of them. */
export function paramsAfterFirstTile(os: boolean): boolean {
  return !os;
}

/**
 * The input's channel groups as its producer writes them (RunAhead.inputGroups), when the layer can start a
 * k-group on each: a one-pixel, one-tap input on chip (a dense layer after a global pool) whose groups are
 * whole reduction chunks, not group-scaled, and one channel tile (models/examples/cnn_bn.qir's fc at 8x8 has
 * two: a later k-group's weight LOAD then sits behind the pool in the stream, the token pass fences the
 * layer's first instruction behind the last POOL, and the layer gained nothing: 61 cycles, predicted 29).
 */
export function inputGroupsOf(geo: ConvGeometry, source: ConvSource, lead: RunAhead): RunAhead['inputGroups'] {
  const g = lead.inputGroups;
  const ok = g !== undefined && source.kind === 'img' && geo.taps === 1 && geo.s.oh * geo.s.ow === 1 && geo.kChunks === undefined && g.channels % geo.kTile === 0 && geo.tiles.length === 1;
  return ok ? g : undefined;
}

/** When a visit's input channels are in (RunAhead.inputGroups): the latest of the groups its k-range reads. */
export function visitGroupsReady(p: ConvPlan, v: Visit, groups: NonNullable<RunAhead['inputGroups']>): number {
  const { kTile, s } = p.geo;
  const last = Math.min(s.cin, v.c1 * kTile) - 1;
  return Math.max(...groups.ready.slice(Math.floor((v.c0 * kTile) / groups.channels), Math.floor(last / groups.channels) + 1));
}
