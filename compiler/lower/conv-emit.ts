// Emits a conv/dense layer from its plan (conv-plan.ts): per visit of the loop nest the slab loads it
// needs (a band: one multi-row LOAD of its image rows and fill LOADs for its padding; a weight slab; a
// parameter block), then per block the array work (ws: LOAD_WEIGHTS + a window COMPUTE per tile and
// chunk; os: a window COMPUTE per R pixels and tile), and at the last k-group REQUANT into the output
// buffer (ws: each tile's behind the next tiles' first COMPUTEs, conv-plan.ts RequantSlots) and the
// hand-off of the results: STORE to DRAM, MOVE into the consumer's on-chip image, or nothing when the output buffer holds the tensor for its vector-unit consumers.
import type { InstructionFields } from '../../isa/make-instruction.js';
import type { LowerContext } from './context.js';
import { chunkRange } from './conv-geometry.js';
import { originSlabRows, paramsAfterFirstTile, RequantSlots, requantsCarry, slabInputRows, walkPlan, type Block, type ConvPlan, type Visit } from './conv-plan.js';
import { newTile, push, type Tile } from './emit.js';
import { MAX_COMPUTE_K, MAX_TRANSFER_BYTES, MAX_TRANSFER_ROWS } from './field-limits.js';
import { padByte, type ActTensor } from './layout.js';
import { imgByte, type ImgLayout, type OutLayout } from './onchip-layout.js';
import { fillImgPadding, moveToImg } from './img-io.js';
import type { PackedWeights } from './window-weights.js';
import type { requantOutput } from './requant.js';

/** Where a conv's results go (any combination). */
export interface ConvOutputs {
  readonly y: ActTensor;
  readonly dram: boolean;
  readonly out: OutLayout | undefined;
  readonly img: ImgLayout | undefined;
  readonly requant: ReturnType<typeof requantOutput>;
}

/** Everything the emitter needs besides the plan. */
export interface ConvEmitInput {
  readonly ctx: LowerContext;
  readonly plan: ConvPlan;
  readonly x: ActTensor;
  readonly outputs: ConvOutputs;
  readonly weights: PackedWeights;
  readonly wAddr: number;
  readonly pAddr: number;
  /** First rows of the working space (input and output buffers) below the resident tensors. */
  readonly inBase: number;
  readonly stageBase: number;
}

type WindowFields = InstructionFields<'WINDOW'>;

/** Emits every visit of the plan as tiles of the emitter. */
export function emitConv(e: ConvEmitInput): void {
  const { plan } = e;
  let window: WindowFields | undefined;
  let first = true;
  let prev: Visit | undefined;
  const os = e.ctx.hw.array.dataflow === 'os';
  // The previous block's REQUANTs still waiting at its end (ws), carried into this block's stream when
  // requantsCarry allows, else written into that block's own tile (still pending in the emitter).
  let carried: { v: Visit; blk: Block; tile: Tile; slots: RequantSlots } | undefined;
  const finish = (c: NonNullable<typeof carried>, tile: Tile) => {
    for (const r of c.slots.rest()) requant(e, tile, c.v, c.blk, r);
    handOff(e, tile, c.v, c.blk);
  };
  walkPlan(plan, e.inBase, (v) => {
    // One emitter tile per block: its stores then come before the next block's REQUANTs in the stream,
    // which may reuse the staging rows (one slot) — the token pass overlaps them when there are two.
    v.blocks.forEach((blk, bi) => {
      const tile = newTile(`${visitLabel(plan, v)}${v.blocks.length > 1 ? ` block ${bi + 1} of ${v.blocks.length}` : ''}`);
      if (bi === 0) {
        if (first && e.outputs.img !== undefined) fillImgPadding(tile, e.ctx, e.outputs.y, e.outputs.img);
        first = false;
        // A slab loaded into the slot the previous visit reads (one slot) waits for it in the stream too.
        tile.inPlace = prev !== undefined && ((v.input?.load === true && v.input.slot === prev.input?.slot)
          || (v.weights.load && v.weights.slot === prev.weights.slot) || (v.params?.load === true && v.params.slot === prev.params?.slot));
        if (v.input?.load) bandLoads(e, tile, v.b, v.input.row);
        // ws: the parameters right after the first tile's weights: the first tile's REQUANT issues behind the
        // next tile's first COMPUTE (RequantSlots), which parameters loaded after every tile would hold up.
        const params = () => { if (v.params?.load) paramLoad(e, tile, v); };
        const early = paramsAfterFirstTile(e.ctx.hw.array.dataflow === 'os');
        if (v.weights.load) weightLoads(e, tile, v, early ? params : () => {});
        if (!early || !v.weights.load) params();
      }
      const carry = carried !== undefined && requantsCarry(plan, os, carried, { v, blk, inPlace: tile.inPlace === true }) ? carried : undefined;
      if (carried !== undefined && carry === undefined) finish(carried, carried.tile);
      carried = undefined;
      // At the last k-group a tile's REQUANT goes behind the next tiles' first COMPUTEs (conv-plan.ts RequantSlots).
      const slots = new RequantSlots(e.plan.geo.R, e.plan.geo.C, os);
      for (let j = v.j0; j < v.j1; j++) {
        const w = windowOf(e, j);
        if (window === undefined || (Object.keys(w) as (keyof WindowFields)[]).some((k) => w[k] !== window![k])) {
          push(tile.computes, 'WINDOW', w, `window: pitch ${w.pitch} B, ${w.pixelBytes} B per pixel, channels ${w.chanOffset}..${w.chanOffset + w.cinTap - 1} per tap`);
          window = w;
        }
        const lastM = arrayWork(e, tile, v, blk, j, (stream) => {
          if (carry !== undefined) for (const r of carry.slots.streamed(stream)) requant(e, tile, carry.v, carry.blk, r);
          for (const r of slots.streamed(stream)) requant(e, tile, v, blk, r);
        });
        if (v.lastK) slots.done(j, lastM > 0);
      }
      if (carry !== undefined) finish(carry, tile);
      if (v.lastK) carried = { v, blk, tile, slots };
      e.ctx.emitter.addTile(tile);
    });
    prev = v;
  });
  if (carried !== undefined) finish(carried, carried.tile);
}

function visitLabel(p: ConvPlan, v: Visit): string {
  const [oy0, oy1] = p.bands[v.b]!;
  const t = p.geo.tiles;
  return `band ${v.b} (output rows ${oy0}..${oy1 - 1}) channels ${t[v.j0]!.n0}..${t[v.j1 - 1]!.n0 + t[v.j1 - 1]!.n - 1} k-group ${v.kg + 1} of ${p.kGroups}`;
}

/** The window state of tile j: the source layout and the tile's input-channel range. */
function windowOf(e: ConvEmitInput, j: number): WindowFields {
  const { geo, source, band } = e.plan;
  const s = geo.s;
  const t = geo.tiles[j]!;
  const pitch = source.kind === 'img' ? source.img.pitch : band!.pitch;
  const pixelBytes = source.kind === 'img' ? source.img.pixelBytes : band!.pixelBytes;
  return {
    pitch, pixelBytes, cinTap: t.cinTap, chanOffset: t.chanOffset, kernelW: s.kw, strideH: s.sh, strideW: s.sw,
    dilationH: s.dh, dilationW: s.dw, outW: s.ow,
  };
}

/** First input row and byte of the window origin (padded pixel (0, 0) of band b) for this visit. */
function windowOrigin(e: ConvEmitInput, v: Visit): { row: number; byte: number } {
  const { source, geo } = e.plan;
  const rowBytes = e.ctx.d.rowBytes.input;
  if (source.kind === 'dram') return { row: v.input!.row + (originSlabRows(e.plan, v.b) * e.plan.band!.pitch) / rowBytes, byte: 0 };
  const [oy0] = e.plan.bands[v.b]!;
  const off = imgByte(source.img, oy0 * geo.s.sh - geo.s.pt, -geo.s.pl);
  return { row: source.img.base + Math.floor(off / rowBytes), byte: off % rowBytes };
}

/** The rows of band b: interior image rows by one multi-row LOAD, the padding by fill LOADs. */
function bandLoads(e: ConvEmitInput, tile: Tile, b: number, row: number): void {
  const { geo, band } = e.plan;
  const s = geo.s;
  const x = e.x;
  const rowBytes = e.ctx.d.rowBytes.input;
  const [lo, hi] = slabInputRows(e.plan, b);
  // The image rows the band holds (a band may lie wholly in the padding).
  const r0 = Math.min(hi, Math.max(0, lo));
  const r1 = Math.max(r0, Math.min(s.h, hi));
  const pitchRows = band!.pitch / rowBytes;
  const at = (bandRow: number, byte: number) => ({ sramRow: row + bandRow * pitchRows + Math.floor(byte / rowBytes), sramByte: byte % rowBytes });
  const fillByte = padByte(x);
  const fill = (bandRow: number, rows: number, byte: number, bytes: number, what: string) => {
    if (rows <= 0 || bytes <= 0) return;
    for (const [q0, q1] of pieces(rows, bytes)) {
      push(tile.loads, 'LOAD', {
        buffer: 'input', ...at(bandRow + q0, byte), bytesPerRow: bytes, rows: q1 - q0, sramRowStride: pitchRows, dramAddr: 0, dramRowStride: 0,
        repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 1, fillByte,
      }, `band ${b} padding: ${what}`);
    }
  };
  const rowLen = s.w * x.pixBytes;
  const padL = geo.pads.left * band!.pixelBytes;
  if (r1 > r0) {
    for (let q = r0; q < r1; q += MAX_TRANSFER_ROWS) {
      const n = Math.min(MAX_TRANSFER_ROWS, r1 - q);
      push(tile.loads, 'LOAD', {
        buffer: 'input', ...at(q - lo, padL), bytesPerRow: rowLen, rows: n, sramRowStride: pitchRows,
        dramAddr: x.dramAddr + q * rowLen, dramRowStride: rowLen, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
      }, `band ${b}: input rows ${q}..${q + n - 1} of ${x.name} (${rowLen} B each)`);
    }
  }
  const width = band!.paddedWidth * band!.pixelBytes;
  fill(0, r0 - lo, 0, width, `${r0 - lo} row(s) above the image`);
  fill(r1 - lo, hi - r1, 0, width, `${hi - r1} row(s) below the image`);
  fill(r0 - lo, r1 - r0, 0, padL, 'left columns');
  fill(r0 - lo, r1 - r0, padL + rowLen, geo.pads.right * band!.pixelBytes, 'right columns');
}

/** Splits `rows` steps of `bytes` each at the field limits: [first, end) ranges. */
function pieces(rows: number, bytes: number): [number, number][] {
  const out: [number, number][] = [];
  if (bytes > MAX_TRANSFER_BYTES) throw new Error(`a band row of ${bytes} B exceeds the transfer step`);
  for (let q = 0; q < rows; q += MAX_TRANSFER_ROWS) out.push([q, Math.min(rows, q + MAX_TRANSFER_ROWS)]);
  return out;
}

/** The weight slab of a visit: per tile its run of chunks; `afterFirst` runs after the first tile's (once). */
function weightLoads(e: ConvEmitInput, tile: Tile, v: Visit, afterFirst: () => void): void {
  let first = true;
  const { geo, wTileRows } = e.plan;
  const rowBytes = e.ctx.d.rowBytes.weight;
  const chunkBytes = e.weights.chunkBytes;
  for (let j = v.j0; j < v.j1; j++) {
    const t = geo.tiles[j]!;
    const c1 = Math.min(v.c1, t.chunks);
    if (c1 <= v.c0) continue;
    const bytes = (c1 - v.c0) * chunkBytes;
    for (let off = 0; off < bytes; off += MAX_TRANSFER_BYTES - (MAX_TRANSFER_BYTES % rowBytes)) {
      const n = Math.min(bytes - off, MAX_TRANSFER_BYTES - (MAX_TRANSFER_BYTES % rowBytes));
      push(tile.loads, 'LOAD', {
        buffer: 'weight', sramRow: v.weights.row + (j - v.j0) * wTileRows + off / rowBytes, sramByte: 0, bytesPerRow: n, rows: 1, sramRowStride: 0,
        dramAddr: e.wAddr + e.weights.tileOffset[j]! + v.c0 * chunkBytes + off, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
      }, `weights of channel tile ${j}, chunks ${v.c0}..${c1 - 1}`);
    }
    if (first) afterFirst();
    first = false;
  }
  if (first) afterFirst();
}

function paramLoad(e: ConvEmitInput, tile: Tile, v: Visit): void {
  const rowBytes = e.ctx.d.rowBytes.param;
  const rows = 3 * (v.j1 - v.j0);
  push(tile.loads, 'LOAD', {
    buffer: 'param', sramRow: v.params!.row, sramByte: 0, bytesPerRow: rows * rowBytes, rows: 1, sramRowStride: 0,
    dramAddr: e.pAddr + 3 * v.j0 * rowBytes, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
  }, `requant params (bias, M0, shift) of channel tiles ${v.j0}..${v.j1 - 1}`);
}

function accRow(e: ConvEmitInput, v: Visit, blk: Block, j: number): number {
  return blk.accSlot * e.plan.accRows + (j - v.j0) * e.plan.blockPixels;
}

/**
 * ws: per chunk a LOAD_WEIGHTS and a window COMPUTE over the block; os: per R pixels a window COMPUTE.
 * `streamed` runs after each COMPUTE with its nominal stream (ws: m steps, os: kv vectors). Returns the
 * last COMPUTE's m (0: none).
 */
function arrayWork(e: ConvEmitInput, tile: Tile, v: Visit, blk: Block, j: number, streamed: (stream: number) => void): number {
  const { geo, wTileRows } = e.plan;
  const t = geo.tiles[j]!;
  const origin = windowOrigin(e, v);
  const c1 = Math.min(v.c1, t.chunks);
  const wBase = v.weights.row + (j - v.j0) * wTileRows;
  const acc = accRow(e, v, blk, j);
  const common = { window: 1, inputRow: origin.row, inputByte: origin.byte, inputRowStride: 0, n: t.n };
  if (e.ctx.hw.array.dataflow === 'ws') {
    for (let c = v.c0; c < c1; c++) {
      const { k0, k } = chunkRange(geo, t, c);
      push(tile.computes, 'LOAD_WEIGHTS', { weightRow: wBase + (c - v.c0) * geo.chunkRowsW, k, n: t.n });
      push(tile.computes, 'COMPUTE', {
        ...common, weightRow: 0, accRow: acc, m: blk.p1 - blk.p0, k, kOffset: k0, firstPixel: blk.p0, accumulate: c > 0 ? 1 : 0,
      });
      streamed(blk.p1 - blk.p0);
    }
    return c1 > v.c0 ? blk.p1 - blk.p0 : 0;
  }
  let lastM = 0;
  if (geo.kChunks !== undefined) {
    // os, group-scaled: a COMPUTE per chunk (its multipliers scale the whole COMPUTE), per sub-block of R pixels.
    for (let q = blk.p0; q < blk.p1; q += geo.R) {
      for (let c = v.c0; c < c1; c++) {
        const { k0, k } = chunkRange(geo, t, c);
        push(tile.computes, 'COMPUTE', {
          ...common, weightRow: wBase + (c - v.c0) * geo.chunkRowsW, accRow: acc + (q - blk.p0), m: Math.min(geo.R, blk.p1 - q),
          k, kOffset: k0, firstPixel: q, accumulate: c > 0 ? 1 : 0,
        });
        streamed(Math.ceil(k / geo.P));
        lastM = Math.min(geo.R, blk.p1 - q);
      }
    }
    return lastM;
  }
  // os: the k-group's chunks as few COMPUTEs as the k field allows, per sub-block of R pixels.
  const kStart = v.c0 * geo.kTile;
  const kEnd = Math.min(t.k, c1 * geo.kTile);
  const span = Math.floor(MAX_COMPUTE_K / geo.kTile) * geo.kTile;
  for (let q = blk.p0; q < blk.p1; q += geo.R) {
    for (let k0 = kStart; k0 < kEnd; k0 += span) {
      const k = Math.min(span, kEnd - k0);
      push(tile.computes, 'COMPUTE', {
        ...common, weightRow: wBase + ((k0 - kStart) / geo.kTile) * geo.chunkRowsW, accRow: acc + (q - blk.p0), m: Math.min(geo.R, blk.p1 - q),
        k, kOffset: k0, firstPixel: q, accumulate: k0 > 0 ? 1 : 0,
      });
      streamed(Math.ceil(k / geo.P));
      lastM = Math.min(geo.R, blk.p1 - q);
    }
  }
  return lastM;
}

/** First output pixel of a block (in the layer's output). */
function firstPixelOf(e: ConvEmitInput, v: Visit, blk: Block): number {
  return e.plan.bands[v.b]![0] * e.plan.geo.s.ow + blk.p0;
}

/** Where tile j's results are: the resident OUT copy (its group at a byte offset), or a staging slot. */
function placeOf(e: ConvEmitInput, v: Visit, blk: Block, j: number): { row: number; byte: number } {
  const { plan, outputs } = e;
  const t = plan.geo.tiles[j]!;
  const out = outputs.out;
  if (out !== undefined) {
    const g = Math.floor(t.n0 / out.groupChannels);
    return { row: out.base + g * out.pixels + firstPixelOf(e, v, blk), byte: ((t.n0 - g * out.groupChannels) * outputs.y.storageBits) / 8 };
  }
  return { row: e.stageBase + blk.stageSlot * plan.stageRows + (j - v.j0) * plan.blockPixels, byte: 0 };
}

/** REQUANT of tile j of the block. */
function requant(e: ConvEmitInput, tile: Tile, v: Visit, blk: Block, j: number): void {
  const t = e.plan.geo.tiles[j]!;
  const at = placeOf(e, v, blk, j);
  const pixel0 = firstPixelOf(e, v, blk);
  const pixels = blk.p1 - blk.p0;
  push(tile.computes, 'REQUANT', {
    accRow: accRow(e, v, blk, j), outRow: at.row, outByte: at.byte, rows: pixels, n: t.n, paramRow: v.params!.row + 3 * (j - v.j0), addBias: 1, ...e.outputs.requant,
  }, `requantize channels ${t.n0}..${t.n0 + t.n - 1}, pixels ${pixel0}..${pixel0 + pixels - 1}`);
}

/** STORE / MOVE of the block's requantized results. */
function handOff(e: ConvEmitInput, tile: Tile, v: Visit, blk: Block): void {
  const { plan, outputs } = e;
  const geo = plan.geo;
  const y = outputs.y;
  const bits = y.storageBits;
  const pixel0 = firstPixelOf(e, v, blk);
  const pixels = blk.p1 - blk.p0;
  const place = (j: number) => placeOf(e, v, blk, j);
  if (outputs.dram) {
    // Pixel-major walk (tiles inner): consecutive steps fill consecutive bytes of DRAM, whole bursts.
    // The tile stride exists only between tiles: one tile of 4-bit channels on an odd-width array (7x13) has
    // C·4/8 = 6.5 B, not a field value (chooseStorage keeps multi-tile tensors of such arrays as bytes).
    for (let j = v.j0; j < v.j1;) {
      let same = 1;
      while (j + same < v.j1 && geo.tiles[j + same]!.n === geo.tiles[j]!.n) same++;
      const a = place(j);
      const b = same > 1 ? place(j + 1) : a;
      const t = geo.tiles[j]!;
      push(tile.stores, 'STORE', {
        buffer: 'output', sramRow: a.row, sramByte: a.byte, bytesPerRow: Math.ceil((t.n * bits) / 8), rows: same, sramRowStride: b.row - a.row,
        dramAddr: y.dramAddr + pixel0 * y.pixBytes + (t.n0 * bits) / 8, dramRowStride: same > 1 ? (geo.C * bits) / 8 : 0, repeat: pixels, sramOuterStride: 1, dramOuterStride: y.pixBytes,
      }, `${pixels} pixels × channels ${t.n0}..${geo.tiles[j + same - 1]!.n0 + geo.tiles[j + same - 1]!.n - 1} → ${y.name} @0x${y.dramAddr.toString(16)}`);
      j += same;
    }
  }
  if (outputs.img !== undefined) {
    for (let j = v.j0; j < v.j1; j++) moveToImg(e.ctx, y, tile, place(j), geo.tiles[j]!.n0, geo.tiles[j]!.n, pixel0, pixels, outputs.img);
  }
}
