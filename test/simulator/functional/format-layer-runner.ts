// Runs one conv2d or dense layer of a float/MX format through the array datapath the way the lowering
// tiles it (compiler/lower/format-tiles.ts): per output-channel tile of ≤ cols channels, the accumulator
// starts at the FP32 bias, then one COMPUTE per K tile (ws: ≤ rows elements; os: one chunk), its element
// bytes gathered im2col-style (a padding pixel reads the fill byte 0, +0 in every element type), and the
// vector unit's output conversion scales and clamps the sums (format-convert.ts). `pe` steps the PE-level
// models instead of the fast tile arithmetic (os: one COMPUTE per ≤ rows output rows).
// The constants (bias in accumulator units, output scale) restate INTEGER-SEMANTICS §14 steps 1 and 4.
import { convChunkStarts, cutFormatTiles, k32ChunkStarts, type FormatTile } from '../../../compiler/lower/format-tiles.js';
import type { FormatTensor } from '../../../compiler/quant/format-quantize.js';
import type { ChunkRule } from '../../../compiler/reference/format-gemm.js';
import type { Window2d } from '../../../compiler/ir/ops/conv-geometry.js';
import { encodeElement } from '../../../core/element-codec.js';
import { CHUNK_MAX } from '../../../core/format-dot.js';
import type { ElementType } from '../../../core/number-formats.js';
import { elementValueTable, FormatAccumulator } from '../../../simulator/functional/format-accumulator.js';
import { convertIntOutput, convertOutput } from '../../../simulator/functional/format-convert.js';
import { roundHalfEven } from '../../../core/rounding.js';
import { stepFormatComputeOs, stepFormatComputeWs } from '../../../simulator/format-pe-array.js';

/** The array the layer runs on. */
export interface ArrayShape {
  readonly rows: number;
  readonly cols: number;
  readonly dataflow: 'ws' | 'os';
  /** Step the PE-level model (os: one COMPUTE per ≤ rows output rows). */
  readonly pe?: boolean;
  /** The fused clamp the output conversion applies (default none). */
  readonly clamp?: readonly [number, number];
  /**
   * The GEMM runs in the int8 mode instead (§14 "INT8 GEMMs inside a format model"): uint8 input codes
   * with this zero point (the padding fill), int8 weights, the bias folded as an int32.
   */
  readonly int8Zero?: number;
}

/** What a run reports besides the outputs: COMPUTEs issued and the ws write cycles of the PE model. */
export interface RunCounts {
  computes: number;
  peDurations: { m: number; k: number; duration: number }[];
}

/** The byte an element value is stored in (fp: its code; int: two's complement). */
function byteOf(v: number, el: ElementType): number {
  return encodeElement(v, el) & 0xff;
}

function scaling(x: FormatTensor, w: FormatTensor, bias: ArrayLike<number> | undefined, o: number): { bias: Float32Array; scale: Float32Array } {
  const b = new Float32Array(o);
  const scale = new Float32Array(o);
  for (let oc = 0; oc < o; oc++) {
    const s = x.realScale * (w.channelScales?.[oc] ?? w.realScale);
    b[oc] = (bias?.[oc] ?? 0) / s;
    scale[oc] = s;
  }
  return { bias: b, scale };
}

/** A GEMM as the datapath sees it: element (row i, K index k) of the input, (K index k, output o) of the weights. */
interface GemmView {
  readonly m: number;
  readonly outCh: number;
  /** K tiles of output channel o (all channels of one tile share them: one group). */
  readonly tiles: (o: number) => FormatTile[];
  /** Index into the activation tensor of element (row i, K index k) for output channel o; −1: padding. */
  readonly x: (i: number, o: number, k: number) => number;
  /** Index into the weight tensor of element (output o, K index k). */
  readonly w: (o: number, k: number) => number;
  readonly groupOf: (o: number) => number;
}

const sat32 = (v: number): number => Math.min(2 ** 31 - 1, Math.max(-(2 ** 31), v));

/**
 * The int8 mode as every int8 layer runs (INTEGER-SEMANTICS §4, §5): raw uint8 codes q = value + z, the
 * padding fill z, the bias folded b_int32 = sat32(roundHalfEven(b / s) − z · Σ_k w) over the channel's
 * whole K, the exact sum, acc_fit (saturate, 32 bits); then the vector unit's convertIntOutput.
 */
function runInt8Gemm(g: GemmView, xs: FormatTensor, ws: FormatTensor, bias: ArrayLike<number> | undefined, z: number, arr: ArrayShape, kLen: number): Float32Array {
  const out = new Float32Array(g.m * g.outCh);
  const acc = new Int32Array(g.m * g.outCh);
  const scale = new Float32Array(g.outCh);
  for (let o = 0; o < g.outCh; o++) {
    const s = xs.realScale * (ws.channelScales?.[o] ?? ws.realScale);
    scale[o] = s;
    let wSum = 0;
    for (let k = 0; k < kLen; k++) wSum += ws.vals[g.w(o, k)]!;
    const folded = sat32(roundHalfEven((bias?.[o] ?? 0) / s) - z * wSum);
    for (let i = 0; i < g.m; i++) {
      let sum = folded;
      for (let k = 0; k < kLen; k++) {
        const at = g.x(i, o, k);
        sum += ws.vals[g.w(o, k)]! * (at < 0 ? z : xs.vals[at]! + z);
      }
      acc[i * g.outCh + o] = sat32(sum);
    }
  }
  out.set(convertIntOutput(acc, scale, arr.clamp?.[0] ?? -Infinity, arr.clamp?.[1] ?? Infinity));
  return out;
}

function runGemm(g: GemmView, xs: FormatTensor, ws: FormatTensor, bias: ArrayLike<number> | undefined, xEl: ElementType, wEl: ElementType, arr: ArrayShape, counts: RunCounts): Float32Array {
  if (arr.int8Zero !== undefined) return runInt8Gemm(g, xs, ws, bias, arr.int8Zero, arr, g.tiles(0).at(-1)!.k1);
  const { bias: b, scale } = scaling(xs, ws, bias, g.outCh);
  const out = new Float32Array(g.m * g.outCh);
  const xTable = elementValueTable(xEl);
  const wTable = elementValueTable(wEl);
  // Each element encoded once: the bytes the buffers would hold.
  const xBytes = Uint8Array.from(xs.vals, (v) => byteOf(v, xEl));
  const wBytes = Uint8Array.from(ws.vals, (v) => byteOf(v, wEl));
  // Output-channel tiles never mix groups (the lowering's rule for grouped convs).
  for (let o0 = 0; o0 < g.outCh;) {
    let o1 = o0 + 1;
    while (o1 < g.outCh && o1 - o0 < arr.cols && g.groupOf(o1) === g.groupOf(o0)) o1++;
    const n = o1 - o0;
    const acc = new FormatAccumulator(g.m, n, xEl, wEl);
    acc.start(b.slice(o0, o1));
    for (const t of g.tiles(o0)) {
      const kt = t.k1 - t.k0;
      const x = new Uint8Array(g.m * kt);
      const w = new Uint8Array(kt * n);
      const xExp = new Int16Array(g.m);
      const wExp = new Int16Array(n);
      // A padding element is the fill byte 0 (+0) with exponent 0 (its chunk sum is +0 whatever the shift).
      for (let i = 0; i < g.m; i++) {
        for (let r = 0; r < kt; r++) {
          const at = g.x(i, o0, t.k0 + r);
          x[i * kt + r] = at < 0 ? 0 : xBytes[at]!;
        }
        const at0 = g.x(i, o0, t.k0);
        xExp[i] = at0 < 0 ? 0 : xs.exps[at0]!;
      }
      for (let c = 0; c < n; c++) {
        for (let r = 0; r < kt; r++) w[r * n + c] = wBytes[g.w(o0 + c, t.k0 + r)]!;
        wExp[c] = ws.exps[g.w(o0 + c, t.k0)]!;
      }
      const op = { x, w, kt, xTable, wTable };
      counts.computes++;
      if (arr.pe === true && arr.dataflow === 'ws') {
        const run = stepFormatComputeWs(arr.rows, arr.cols, op, acc, t.chunkEnd, xExp, wExp);
        counts.peDurations.push({ m: g.m, k: kt, duration: run.writeCycles[run.writeCycles.length - 1]! + 1 });
      } else if (arr.pe === true) {
        for (let i0 = 0; i0 < g.m; i0 += arr.rows) {
          const i1 = Math.min(g.m, i0 + arr.rows);
          const run = stepFormatComputeOs(arr.rows, arr.cols, op, acc, t.chunkEnd, xExp, wExp, i0, i1);
          counts.peDurations.push({ m: i1 - i0, k: kt, duration: run.writeCycles[run.writeCycles.length - 1]! + 1 });
        }
      } else {
        acc.tile(op, t.chunkEnd, xExp, wExp);
      }
    }
    const y = convertOutput(acc.sums(), scale.slice(o0, o1), arr.clamp?.[0] ?? -Infinity, arr.clamp?.[1] ?? Infinity);
    for (let i = 0; i < g.m; i++) for (let c = 0; c < n; c++) out[i * g.outCh + o0 + c] = y[i * n + c]!;
    o0 = o1;
  }
  return out;
}

/** dense: x [N,K], w [O,K] → [N,O]. */
export function runDenseOnArray(x: FormatTensor, w: FormatTensor, bias: ArrayLike<number> | undefined, xEl: ElementType, wEl: ElementType, arr: ArrayShape, counts: RunCounts): Float32Array {
  const [m, k] = x.shape as [number, number];
  const tiles = cutFormatTiles(k32ChunkStarts(k), arr.dataflow === 'ws' ? arr.rows : CHUNK_MAX);
  return runGemm({
    m, outCh: w.shape[0]!, tiles: () => tiles, groupOf: () => 0,
    x: (i, _o, kk) => i * k + kk,
    w: (o, kk) => o * k + kk,
  }, x, w, bias, xEl, wEl, arr, counts);
}

/**
 * conv2d (one image): x [1,C,H,W], w [O,C/g,kh,kw] → [1,O,Hout,Wout] (NCHW, as the reference); `rule`:
 * MX's chunks ('pixel': taps, pixel blocks, 32nd K) or per-tensor FP8's ('k32': every 32nd K only).
 */
export function runConvOnArray(x: FormatTensor, w: FormatTensor, bias: ArrayLike<number> | undefined, groups: number, win: Window2d, outHW: [number, number], xEl: ElementType, wEl: ElementType, arr: ArrayShape, counts: RunCounts, rule: ChunkRule): Float32Array {
  const [, , h, wd] = x.shape as [number, number, number, number];
  const [cout, cinG, kh, kw] = w.shape as [number, number, number, number];
  const [hOut, wOut] = outHW;
  const coutG = cout / groups;
  const maxK = arr.dataflow === 'ws' ? arr.rows : CHUNK_MAX;
  const tilesOf = Array.from({ length: groups }, (_, gi) => cutFormatTiles(rule === 'pixel' ? convChunkStarts(kh * kw, cinG, gi * cinG) : k32ChunkStarts(kh * kw * cinG), maxK));
  const groupOf = (o: number): number => Math.floor(o / coutG);
  const pixels = hOut * wOut;
  const nchw = runGemm({
    m: pixels, outCh: cout, tiles: (o) => tilesOf[groupOf(o)]!, groupOf,
    x: (i, o, k) => {
      const tap = Math.floor(k / cinG);
      const ci = groupOf(o) * cinG + (k % cinG);
      const iy = Math.floor(i / wOut) * win.h.stride + Math.floor(tap / kw) * win.h.dilation - win.h.padBegin;
      const ix = (i % wOut) * win.w.stride + (tap % kw) * win.w.dilation - win.w.padBegin;
      return iy < 0 || iy >= h || ix < 0 || ix >= wd ? -1 : (ci * h + iy) * wd + ix;
    },
    w: (o, k) => ((o * cinG + (k % cinG)) * kh + Math.floor(Math.floor(k / cinG) / kw)) * kw + (Math.floor(k / cinG) % kw),
  }, x, w, bias, xEl, wEl, arr, counts);
  // pixels × O → NCHW
  const out = new Float32Array(cout * pixels);
  for (let p = 0; p < pixels; p++) for (let o = 0; o < cout; o++) out[o * pixels + p] = nchw[p * cout + o]!;
  return out;
}
