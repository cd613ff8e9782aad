// One conv2d or dense layer of a float model on the machine (issue 18; docs/HARDWARE.md §3 "Float and MX
// datapath"): fp8-e4m3, an MX mode (mxint8, mxfp8, mxfp4: CVT_IN converts by pixel blocks and writes the E8M0
// side buffer, each weight K tile is followed by its exponent vector, conv K is cut at every tap and block
// edge: convChunkStarts), or the int8 mode for a GEMM the preset runs in INT8 (INTEGER-SEMANTICS §14). A
// dense layer is a 1×1 window over one pixel of F channels. The layer's input (FP32 NHWC in DRAM; an INT8
// GEMM's: uint8 codes) is brought into the input buffer once, padded: fp8 LOADs it into the output buffer
// and CVT_IN converts it, element(x · fp32(1/s_a)), into the padded image; int8 LOADs the codes there, the
// padding filled with the zero point. Then per group and channel tile (≤ cols outputs; its K rows of weight
// bytes and its two param rows LOADed into alternating slots) and per block of output pixels: window
// COMPUTEs over K tiles cut at the 32-element chunks (format-tiles.ts; ws: ≤ rows elements each, after a
// LOAD_WEIGHTS; os: one chunk, ≤ rows pixels each), the first starting the entries at the FP32 bias row
// (int8: at 0), each chunk's last with chunkEnd; CVT_OUT (scale, fused clamp; int8: the folded int32 bias,
// then int32 → FP32) and a STORE of the FP32 outputs (NHWC). Tokens come from sync.ts.
import { assert } from '../../core/diagnostics.js';
import { encodeElement } from '../../core/element-codec.js';
import { CHUNK_MAX } from '../../core/format-dot.js';
import { ELEMENT_TYPES } from '../../core/number-formats.js';
import { roundHalfEven } from '../../core/rounding.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import { FLOAT_MODE_ELEMENTS, type FloatClamp, type FloatMode } from '../../isa/float-opcodes.js';
import { E8M0 } from '../../core/number-formats.js';
import type { FormatTensor } from '../quant/format-quantize.js';
import { activationMultiplier } from '../quant/format-quantize.js';
import type { LowerContext } from './context.js';
import { newTile, push, type Tile } from './emit.js';
import { convChunkStarts, cutFormatTiles, k32ChunkStarts, type FormatTile } from './format-tiles.js';
import { mapFail } from './mapping-errors.js';

/** A float model's GEMM as the lowering needs it (input [cin, h, w] NHWC; dense: h = w = 1). */
export interface FormatGemm {
  readonly name: string;
  /** A float array mode (fp8-e4m3, mxint8, mxfp8, mxfp4), or int8: the int8 mode on uint8 codes with zero point `zero`. */
  readonly kind: FloatMode | 'int8';
  readonly cin: number; readonly h: number; readonly w: number;
  readonly cout: number; readonly ho: number; readonly wo: number;
  readonly kh: number; readonly kw: number; readonly sy: number; readonly sx: number; readonly dy: number; readonly dx: number;
  /** Padding top, left, bottom, right. */
  readonly pads: readonly [number, number, number, number];
  readonly groups: number;
  /** Converted weights (values; OIHW or [O, K]) and the real input scale s_a. */
  readonly weights: FormatTensor;
  readonly actScale: number;
  readonly zero: number;
  readonly bias: ArrayLike<number> | undefined;
  readonly clamp: FloatClamp;
  /** A pool run on the layer's output blocks (its input never leaves the chip): GemmPlacement.y is then the pool's output. */
  readonly pool?: FusedPool;
}

/**
 * A max or average pool whose windows tile the GEMM's output without overlap or padding (kernel = stride,
 * or global: one window of the whole image): a band of whole output rows, a multiple of the window height,
 * pools to whole pooled rows by itself, so FPOOL runs on each output block as CVT_OUT leaves it.
 */
export interface FusedPool {
  readonly name: string;
  readonly kind: 'max' | 'avg';
  /** Window = stride. */
  readonly kh: number; readonly kw: number;
  /** The pooled output's rows and columns. */
  readonly ho: number; readonly wo: number;
}

/** The CONFIG of a float model's layers (vector layers use fp8-e4m3's). */
export function formatConfig(kind: FloatMode | 'int8', dataflow: 'ws' | 'os'): InstructionFields<'CONFIG'> {
  return { mode: kind, dataflow, accBits: 32, overflow: 'saturate', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 };
}

const isMxKind = (kind: FloatMode | 'int8'): boolean => kind !== 'int8' && FLOAT_MODE_ELEMENTS[kind].mx;

/**
 * The K tiles of group `gi` (ws: ≤ rows elements; os: ≤ one chunk): MX cuts conv K at every tap and at the
 * 32-channel block edges of the group's absolute channels (convChunkStarts; a dense layer is one tap);
 * per-tensor FP8 and INT8 at every 32nd K only.
 */
export function gemmKTiles(ctx: LowerContext, g: FormatGemm, gi: number): FormatTile[] {
  const cinG = g.cin / g.groups;
  const starts = isMxKind(g.kind) ? convChunkStarts(g.kh * g.kw, cinG, gi * cinG) : k32ChunkStarts(cinG * g.kh * g.kw);
  return cutFormatTiles(starts, ctx.hw.array.dataflow === 'ws' ? ctx.hw.array.rows : CHUNK_MAX);
}

/** Weight rows of one channel tile of group `gi`: its K rows, and in MX one exponent vector after each K tile. */
export function tileWeightRows(ctx: LowerContext, g: FormatGemm, gi: number): number {
  const k = (g.cin / g.groups) * g.kh * g.kw;
  return k + (isMxKind(g.kind) ? gemmKTiles(ctx, g, gi).length : 0);
}

/** The weight row (from the channel tile's first) of K tile `j` starting at k0: MX interleaves one exponent vector per tile. */
const kTileRow = (g: FormatGemm, kt: FormatTile, j: number): number => kt.k0 + (isMxKind(g.kind) ? j : 0);

/** Rows of `elems` FP32 values in buffer rows of `rowBytes` (ISA.md span). */
export const fp32Rows = (elems: number, rowBytes: number): number => Math.ceil((4 * elems) / rowBytes);
const f32Bits = (x: number): number => new Uint32Array(Float32Array.of(x).buffer)[0]!;

/** The layer's constants: weight rows (per group and channel tile: K rows of the tile's bytes) and param rows (two per tile). */
export function gemmConstants(ctx: LowerContext, g: FormatGemm): { weights: Uint8Array; params: Uint8Array; tiles: number; k: number; tileRows: number[] } {
  const { cols } = ctx.hw.array;
  const rbW = ctx.d.rowBytes.weight;
  const rbP = ctx.d.rowBytes.param;
  const cinG = g.cin / g.groups;
  const coutG = g.cout / g.groups;
  const k = cinG * g.kh * g.kw;
  const tilesPerGroup = Math.ceil(coutG / cols);
  const tiles = g.groups * tilesPerGroup;
  // Rows before each channel tile's (tileRows: the first row of tile t; MX tiles carry exponent vectors too).
  const tileRows = [0];
  for (let gi = 0; gi < g.groups; gi++) for (let t = 0; t < tilesPerGroup; t++) tileRows.push(tileRows.at(-1)! + tileWeightRows(ctx, g, gi));
  const weights = new Uint8Array(tileRows.at(-1)! * rbW);
  const params = new Uint8Array(tiles * 2 * rbP);
  const view = new DataView(params.buffer);
  const w = g.weights;
  const mx = isMxKind(g.kind);
  const el = g.kind === 'int8' ? undefined : ELEMENT_TYPES[FLOAT_MODE_ELEMENTS[g.kind].element];
  for (let gi = 0; gi < g.groups; gi++) {
    const kTiles = mx ? gemmKTiles(ctx, g, gi) : [];
    for (let t = 0; t < tilesPerGroup; t++) {
      const tile = gi * tilesPerGroup + t;
      const row0 = tileRows[tile]!;
      for (let j = 0; j < cols && t * cols + j < coutG; j++) {
        const o = gi * coutG + t * cols + j;
        const sW = w.channelScales?.[o] ?? w.realScale;
        // MX: every scale is a block exponent (realScale 1, the activations' too).
        const s = mx ? 1 : g.actScale * sW;
        const flat = (kk: number) => {
          const tap = Math.floor(kk / cinG);
          return ((o * cinG + (kk % cinG)) * g.kh + Math.floor(tap / g.kw)) * g.kw + (tap % g.kw);
        };
        // MX: the exponent vector after K tile q holds the E8M0 code of the weight block of its first K.
        kTiles.forEach((kt, q) => { weights[(row0 + kTileRow(g, kt, q) + kt.k1 - kt.k0) * rbW + j] = w.exps[flat(kt.k0)]! + E8M0.bias; });
        let wSum = 0;
        for (let c = 0; c < cinG; c++) {
          for (let ky = 0; ky < g.kh; ky++) {
            for (let kx = 0; kx < g.kw; kx++) {
              const v = w.vals[((o * cinG + c) * g.kh + ky) * g.kw + kx]!;
              // The window's K order: tap-major, kk = (ky·kw + kx)·cinG + c (INTEGER-SEMANTICS §14 convK).
              const kk = (ky * g.kw + kx) * cinG + c;
              const q = mx ? kTiles.findIndex((kt) => kk < kt.k1) : 0;
              weights[(row0 + kk + q) * rbW + j] = (el === undefined ? v : encodeElement(v, el)) & 0xff;
              wSum += v;
            }
          }
        }
        const b = g.bias?.[o] ?? 0;
        const p0 = tile * 2 * rbP + 4 * j;
        if (g.kind !== 'int8') {
          view.setFloat32(p0, b / s, true); // the accumulator starts at fp32(b / (s_a·s_w))
          view.setFloat32(p0 + rbP, s, true); // outputs: fp32(sum · fp32(s_a·s_w))
        } else {
          // int8: every padded tap reads the zero point, so Σ w·q = Σ w·(q − z) + z·Σ w: fold −z·Σ w into the int32 bias.
          const folded = Math.min(2 ** 31 - 1, Math.max(-(2 ** 31), roundHalfEven(b / s))) - g.zero * wSum;
          if (folded < -(2 ** 31) || folded >= 2 ** 31) mapFail('MAP003', g.name, `the folded int32 bias ${folded} of channel ${o} does not fit 32 bits`);
          view.setFloat32(p0, s, true);
          view.setInt32(p0 + rbP, folded, true);
        }
      }
    }
  }
  return { weights, params, tiles, k, tileRows };
}

/**
 * The output pixels the layer computes and the block of them one accumulator half and one output-buffer half
 * take (ws: half the accumulator rows; os: whole R-pixel sub-blocks). With a fused pool: only the rows its
 * windows read, in bands of whole windows whose outputs and pooled outputs share the half; block 0 when
 * one band does not fit (the pool then runs on its own: fusedPoolFits).
 */
function outputBlocks(ctx: LowerContext, g: FormatGemm, region: number): { pixels: number; block: number } {
  const { hw, d } = ctx;
  const R = hw.array.rows;
  const accHalf = Math.floor(d.accRowsByMode[g.kind] / 2);
  const spanC = fp32Rows(Math.min(hw.array.cols, g.cout / g.groups), d.rowBytes.output);
  const limit = Math.min(hw.array.dataflow === 'ws' ? accHalf : R * Math.floor(accHalf / R), 65535);
  const pool = g.pool;
  if (pool === undefined) return { pixels: g.ho * g.wo, block: Math.min(g.ho * g.wo, limit, Math.floor(region / spanC)) };
  const rows = pool.ho * pool.kh;
  let band = rows;
  const fits = (b: number) => b * g.wo <= limit && b <= 1023 && (b * g.wo + (b / pool.kh) * pool.wo) * spanC <= region;
  while (band > 0 && !fits(band)) band -= pool.kh;
  return { pixels: rows * g.wo, block: band * g.wo };
}

/** Whether `g.pool` can run on the layer's output blocks (a band of one window's rows fits in half the output buffer). */
export const fusedPoolFits = (ctx: LowerContext, g: FormatGemm): boolean => outputBlocks(ctx, g, Math.floor(ctx.d.bufferRows.output / 2)).block > 0;

/** The fewest output-buffer rows per working half the layer needs (an FP32 input row staged, one output block of one window's rows). */
export function gemmMinRegion(ctx: LowerContext, g: FormatGemm): number {
  const rb = ctx.d.rowBytes.output;
  const spanC = fp32Rows(Math.min(ctx.hw.array.cols, g.cout / g.groups), rb);
  const out = g.pool === undefined ? spanC : (g.pool.kh * g.wo + g.pool.wo) * spanC;
  return Math.max(g.kind === 'int8' ? 0 : fp32Rows(g.w * g.cin, rb), out);
}

/** Where the layer's data lives: DRAM addresses of input, output, weights, params; slots alternate across layers. */
export interface GemmPlacement {
  readonly x: number;
  readonly y: number;
  readonly weights: number;
  readonly params: number;
  /** Rows of each of the two working halves of the output buffer (rows [0, 2·region); resident tensors lie above). */
  readonly region: number;
  /** The input or output as a resident FP32 tensor in the output buffer: its first row (pixel p at row + p·span(C)); else in DRAM. */
  readonly xRow?: number;
  readonly yRow?: number;
  /** Channel tiles emitted so far in the program (weight and param slots alternate with it; shared by the layers). */
  readonly tiles: { count: number };
}

/** Emits the layer (constants as gemmConstants packed them, at `at`). */
export function emitGemm(ctx: LowerContext, g: FormatGemm, at: GemmPlacement): void {
  const { hw, d, emitter } = ctx;
  const { rows: R, cols: C, dataflow } = hw.array;
  const ws = dataflow === 'ws';
  const rbIn = d.rowBytes.input, rbOut = d.rowBytes.output, rbW = d.rowBytes.weight, rbP = d.rowBytes.param;
  const cinG = g.cin / g.groups, coutG = g.cout / g.groups;
  const K = cinG * g.kh * g.kw;
  const [pt, pl, pb, pr] = g.pads;
  const hp = g.h + pt + pb, wp = g.w + pl + pr;
  const pitchRows = Math.ceil((wp * g.cin) / rbIn);
  if (hp * pitchRows > d.bufferRows.input) mapFail('MAP001', g.name, `the padded input needs ${hp * pitchRows} input-buffer rows, the buffer has ${d.bufferRows.input}`);
  const float = g.kind !== 'int8';
  // Float inputs: FP32 through the output buffer in bands of image rows (two halves alternate);
  // the output blocks then use the two halves again (the stream is sequential: sync.ts orders the reuse).
  const region = at.region;
  const band = at.xRow !== undefined ? g.h : float ? Math.floor(region / fp32Rows(g.w * g.cin, rbOut)) : g.h;
  const accHalf = Math.floor(d.accRowsByMode[g.kind] / 2);
  const { pixels, block } = outputBlocks(ctx, g, region);
  const slotRows = Math.max(...Array.from({ length: g.groups }, (_, gi) => tileWeightRows(ctx, g, gi)));
  if (block < 1 || 2 * slotRows > d.bufferRows.weight || band < 1) mapFail('MAP001', g.name, `a tile does not fit: K ${K} (${slotRows} weight rows of ${d.bufferRows.weight}), an FP32 input row of ${g.w * g.cin} elements in ${region} output rows, ${accHalf} accumulator rows per half`);
  if (isMxKind(g.kind)) {
    // The scale side buffer: one byte per pixel (of cin bytes) and 32-channel block of the padded image (ISA.md CVT_IN).
    const scales = Math.ceil((hp * pitchRows * rbIn) / g.cin) * Math.ceil(g.cin / CHUNK_MAX);
    if (scales > hw.mxScales.sizeBytes) mapFail('MAP001', g.name, `the padded input's block scales need ${scales} bytes of the MX scale side buffer, it has ${hw.mxScales.sizeBytes}`);
  }
  const config = formatConfig(g.kind, dataflow);
  emitter.beginLayer(g.name, config, `${g.kind} GEMM ${g.cin}x${g.h}x${g.w} → ${g.cout}x${g.ho}x${g.wo}, K ${K}, ${g.groups} group(s), output pixels in blocks of ${block}${g.pool === undefined ? '' : `, each ${g.pool.kind} pooled ${g.pool.kh}x${g.pool.kw} (${g.pool.name}) on chip`}`);
  const inRow0 = 0;
  const tilesPerGroup = Math.ceil(coutG / C);
  let input = emitInput(ctx, g, at, pitchRows, band);
  const spanY = fp32Rows(g.cout, rbOut);
  let first = true;
  let n = 0;
  let tileRow0 = 0;
  for (let gi = 0; gi < g.groups; gi++) {
    const kTiles = gemmKTiles(ctx, g, gi);
    for (let t = 0; t < tilesPerGroup; t++) {
      const tile = gi * tilesPerGroup + t;
      const slot = at.tiles.count++ % 2;
      const wRow = slot * slotRows;
      const pRow = slot * 2;
      const nt = Math.min(C, coutG - t * C);
      const o0 = gi * coutG + t * C;
      const rowsOfTile = tileWeightRows(ctx, g, gi);
      for (let p0 = 0; p0 < pixels; p0 += block, n++) {
        const mb = Math.min(block, pixels - p0);
        const tl = newTile(`${g.name} g${gi} t${t} p${p0}`);
        if (input !== undefined) tl.loads.push(...input.loads);
        input = undefined;
        if (p0 === 0) {
          push(tl.loads, 'LOAD', { buffer: 'weight', sramRow: wRow, sramByte: 0, bytesPerRow: rbW, rows: rowsOfTile, sramRowStride: 1, dramAddr: at.weights + tileRow0 * rbW, dramRowStride: rbW, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 });
          push(tl.loads, 'LOAD', { buffer: 'param', sramRow: pRow, sramByte: 0, bytesPerRow: 2 * rbP, rows: 1, sramRowStride: 0, dramAddr: at.params + tile * 2 * rbP, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 });
        }
        if (first || (t === 0 && p0 === 0)) {
          push(tl.computes, 'WINDOW', { pitch: pitchRows * rbIn, pixelBytes: g.cin, cinTap: cinG, chanOffset: gi * cinG, kernelW: g.kw, strideH: g.sy, strideW: g.sx, dilationH: g.dy, dilationW: g.dx, outW: g.wo });
        }
        first = false;
        const accRow = (n % 2) * accHalf;
        for (let i0 = 0; i0 < mb; i0 += ws ? mb : R) {
          const m = ws ? mb : Math.min(R, mb - i0);
          kTiles.forEach((kt, j) => {
            const k = kt.k1 - kt.k0;
            const row = wRow + kTileRow(g, kt, j);
            if (ws) push(tl.computes, 'LOAD_WEIGHTS', { weightRow: row, k, n: nt });
            push(tl.computes, 'COMPUTE', {
              inputRow: inRow0, inputRowStride: 0, weightRow: ws ? 0 : row, accRow: accRow + i0, m, k, n: nt, accumulate: j === 0 ? 0 : 1,
              window: 1, kOffset: kt.k0, firstPixel: p0 + i0, ...(float ? { chunkEnd: kt.chunkEnd ? 1 : 0, biasRow: pRow } : {}),
            });
          });
        }
        const outRow = (n % 2) * region;
        const span = fp32Rows(nt, rbOut);
        // Output pixels [first, first + count) of the tile's channels: into the resident tensor in place when the
        // tile is every channel, else from the staging rows by a MOVE (resident) or a STORE (DRAM).
        const direct = at.yRow !== undefined && nt === g.cout;
        const dst = (staging: number, first: number) => (direct ? at.yRow! + first * spanY : staging);
        const send = (row: number, first: number, count: number) => {
          if (at.yRow === undefined) push(tl.stores, 'STORE', { buffer: 'output', sramRow: row, sramByte: 0, bytesPerRow: 4 * nt, rows: count, sramRowStride: span, dramAddr: at.y + 4 * (first * g.cout + o0), dramRowStride: 4 * g.cout, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 });
          else if (!direct) push(tl.stores, 'MOVE', { srcBuffer: 'output', srcRow: row, srcByte: 0, dstBuffer: 'output', dstRow: at.yRow + first * spanY + Math.floor((4 * o0) / rbOut), dstByte: (4 * o0) % rbOut, bytesPerRow: 4 * nt, rows: count, srcRowStride: span, dstRowStride: spanY, repeat: 1, srcOuterStride: 0, dstOuterStride: 0 });
        };
        const pool = g.pool;
        push(tl.computes, 'CVT_OUT', { accRow, outRow: pool === undefined ? dst(outRow, p0) : outRow, rows: mb, n: nt, paramRow: float ? pRow + 1 : pRow, kind: float ? 'float' : 'int', addBias: float ? 0 : 1, clamp: g.clamp });
        if (pool === undefined) send(outRow, p0, mb);
        else {
          // The block's rows pooled right after it in the same half; only the pooled pixels leave it.
          const inH = mb / g.wo;
          const pooledRow = outRow + mb * span;
          const pooled0 = (p0 / g.wo / pool.kh) * pool.wo;
          push(tl.computes, 'FPOOL', { kind: pool.kind, srcRow: outRow, dstRow: dst(pooledRow, pooled0), channels: nt, inH, inW: g.wo, kernelH: pool.kh, kernelW: pool.kw, strideH: pool.kh, strideW: pool.kw, padTop: 0, padLeft: 0, padBottom: 0, padRight: 0 });
          send(pooledRow, pooled0, (inH / pool.kh) * pool.wo);
        }
        emitter.addTile(tl);
      }
      tileRow0 += rowsOfTile;
    }
  }
  assert(!first, `${g.name}: no tile emitted`);
}

/**
 * The layer's input into the padded image at input-buffer row 0: the padding filled (+0 in E4M3, the zero
 * point in int8: sum terms of 0 either way), then fp8: per band of `band` image rows a tile that LOADs the
 * FP32 rows into an output-buffer half and CVT_INs them, element(x · fp32(1/s_a)), into the image; int8: the
 * uint8 codes LOADed straight in (a tile of its own would need a compute: returned, to join the first tile's loads).
 */
function emitInput(ctx: LowerContext, g: FormatGemm, at: GemmPlacement, pitchRows: number, band: number): Tile | undefined {
  const xAddr = at.x;
  const { rowBytes } = ctx.d;
  const [pt, pl, pb, pr] = g.pads;
  const hp = g.h + pt + pb;
  const rowElems = g.w * g.cin;
  const tl = newTile(`${g.name} input`);
  if (pt + pl + pb + pr > 0) push(tl.loads, 'LOAD', { buffer: 'input', sramRow: 0, sramByte: 0, bytesPerRow: rowBytes.input, rows: hp * pitchRows, sramRowStride: 1, dramAddr: 0, dramRowStride: 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 1, fillByte: g.kind === 'int8' ? g.zero : 0 });
  if (g.kind === 'int8') {
    push(tl.loads, 'LOAD', { buffer: 'input', sramRow: pt * pitchRows, sramByte: pl * g.cin, bytesPerRow: rowElems, rows: g.h, sramRowStride: pitchRows, dramAddr: xAddr, dramRowStride: rowElems, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 });
    return tl;
  }
  const span = fp32Rows(rowElems, rowBytes.output);
  const r = f32Bits(activationMultiplier(g.actScale));
  for (let y0 = 0, b = 0; y0 < g.h; y0 += band, b++) {
    const rows = Math.min(band, g.h - y0);
    const t = b === 0 ? tl : newTile(`${g.name} input rows ${y0}`);
    // A resident input is read in place (one band of every row); else its band is LOADed into a working half.
    const stage = at.xRow !== undefined ? at.xRow + y0 * span : (b % 2) * at.region;
    if (at.xRow === undefined) push(t.loads, 'LOAD', { buffer: 'output', sramRow: stage, sramByte: 0, bytesPerRow: 4 * rowElems, rows, sramRowStride: span, dramAddr: xAddr + 4 * rowElems * y0, dramRowStride: 4 * rowElems, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 });
    const element = FLOAT_MODE_ELEMENTS[g.kind].element;
    if (isMxKind(g.kind)) push(t.computes, 'CVT_IN', { srcRow: stage, dstRow: (pt + y0) * pitchRows, dstByte: pl * g.cin, dstRowStride: pitchRows, rows, elems: rowElems, element, multiplier: 0, pixelElems: g.cin }, `input rows ${y0}… in MX blocks of 32 channels`);
    else push(t.computes, 'CVT_IN', { srcRow: stage, dstRow: (pt + y0) * pitchRows, dstByte: pl * g.cin, dstRowStride: pitchRows, rows, elems: rowElems, element, multiplier: r }, `input rows ${y0}… × fp32(1/${g.actScale})`);
    ctx.emitter.addTile(t);
  }
  return undefined;
}
