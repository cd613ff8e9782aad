// A global average pool whose plane does not fit the output buffer (or POOL's 63x63 window): the sum is
// tiled over pixel chunks on the vector unit's MAC path and finished by one REQUANT. Per channel group of
// C (array cols): each chunk of the plane is LOADed into the input buffer (alternating halves) and a
// DEPTHWISE with all-one weights and the chunk as its kernel adds its raw codes into one accumulator row
// (accumulate = 1 after the first chunk), so the accumulator holds exactly Σ q of the reference. REQUANT
// then divides by n = h·w with M0 = ⌊2^31/n⌋ + 1, shift 0, no bias, zero point 0: multiplyByQuantizedMultiplier
// rounds Σ·M0/2^31 half away from zero once, which equals roundingDivideHalfAwayFromZero(Σ, n) whenever
// |Σ|·|M0·n − 2^31| < 2^30 (2^31 for even n): the error stays below the distance between Σ/n and a
// rounding boundary (1/(2n), or 1/n for even n), and M0·n > 2^31 sends exact ties away from zero. Checked per layer; MAP001 otherwise.
import { INT32_MAX } from '../../core/rounding.js';
import { DTYPES } from '../ir/dtype.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import { HalfSwitch, type LayerLowering, type LowerContext } from './context.js';
import { newTile, push } from './emit.js';
import { DEPTHWISE_FIELD_MAX, MAX_TRANSFER_ROWS, POOL_FIELD_MAX } from './field-limits.js';
import { fillImgPadding, moveToImg } from './img-io.js';
import { packParams, storageSigned } from './layout.js';
import { mapFail } from './mapping-errors.js';
import type { VectorTensor } from './vector-io.js';

/** Whether POOL itself can pool the whole plane (lowerPool's smallest tile for a global window). */
export function globalPoolFitsPool(x: VectorTensor, y: VectorTensor, workRows: number): boolean {
  const { h, w } = x.t;
  const max = POOL_FIELD_MAX;
  const need = (x.out === undefined ? h * w : 0) + (y.out === undefined ? 1 : 0);
  return h <= max.kernelH && w <= max.kernelW && w <= max.inW && need <= workRows;
}

/** The REQUANT multiplier that divides sums of `n` codes by n exactly (module comment), or undefined. */
export function divisionMultiplier(n: number, maxAbsSum: number): number | undefined {
  // M0·n > 2^31 strictly: the high multiply rounds an exact negative half toward zero, so a tie must
  // arrive already pushed past it (n = 1 has no ties, and 2^31 does not fit).
  const m0 = n === 1 ? INT32_MAX : Math.floor(2 ** 31 / n) + 1;
  const err = Math.abs(m0 * n - 2 ** 31);
  // A non-tie x/n lies at least 1/n (even n) or 1/(2n) (odd n) from a rounding boundary.
  return maxAbsSum * err < (n % 2 === 0 ? 2 ** 31 : 2 ** 30) ? m0 : undefined;
}

/** Chunk sides (rows × cols of the plane) whose pixels fit half the input rows and whose taps the weight buffer. */
function chunkShape(h: number, w: number, pixelCap: number): { kh: number; kw: number } {
  const kw = Math.min(w, DEPTHWISE_FIELD_MAX.kernelW, pixelCap);
  const kh = Math.min(h, DEPTHWISE_FIELD_MAX.kernelH, Math.floor(pixelCap / Math.max(1, kw)));
  return { kh, kw };
}

/** Plans the tiled global pool: constants [all-one weights, params], then its tiles (`inputRows` input-buffer rows free). */
export function planTiledGlobalPool(ctx: LowerContext, name: string, x: VectorTensor, y: VectorTensor, cfg: InstructionFields<'CONFIG'>, inputRows: number, outputRows: number): LayerLowering {
  const { d } = ctx;
  const xt = x.t;
  const yt = y.t;
  const C = ctx.hw.array.cols;
  const n = xt.h * xt.w;
  if (xt.storageBits !== 8 || yt.storageBits !== 8) mapFail('MAP001', name, `a ${xt.h}x${xt.w} global pool of ${xt.storageBits}-bit elements needs ${n + 1} output-buffer rows, the layer may use ${outputRows}`);
  const range = DTYPES[xt.dtype];
  const maxAbs = Math.max(Math.abs(range.min!), Math.abs(range.max!)) * n;
  const m0 = divisionMultiplier(n, maxAbs);
  if (m0 === undefined) mapFail('MAP001', name, `a ${xt.h}x${xt.w} global pool needs ${n + 1} output-buffer rows (the layer may use ${outputRows}), and a tiled sum cannot be divided by ${n} exactly`);
  // DEPTHWISE derives both spans from its `channels`; the caps use the widest group's.
  const pixelRows = Math.ceil(C / d.rowBytes.input);
  const tapRows = Math.ceil(C / d.rowBytes.weight);
  const inHalf = Math.floor(inputRows / 2);
  const pixelCap = Math.min(Math.floor(inHalf / pixelRows), Math.floor(d.bufferRows.weight / tapRows), MAX_TRANSFER_ROWS);
  const { kh, kw } = chunkShape(xt.h, xt.w, pixelCap);
  if (kh < 1 || kw < 1 || d.bufferRows.param < 3) {
    mapFail('MAP001', name, `one pixel of the tiled global pool needs ${pixelRows} input rows (per half the layer may use ${inHalf}), ${tapRows} weight rows (the buffer has ${d.bufferRows.weight}) and 3 param rows`);
  }
  const taps = kh * kw;
  // Every byte is a weight 1, so a narrower last group (fewer rows per tap) reads ones as well.
  const weights = new Uint8Array(taps * tapRows * d.rowBytes.weight).fill(1);
  const params = packParams(new Array<number>(C).fill(0), new Array<number>(C).fill(m0), new Array<number>(C).fill(0), C);
  const layerCfg: InstructionFields<'CONFIG'> = { ...cfg, mode: 'int8', requantMode: 'm0shift', weightBits: 8 };
  return {
    constants: [weights, params],
    emit: ([wAddr, pAddr]) => {
      ctx.emitter.beginLayer(name, layerCfg, `qglobal_avgpool ${xt.h}x${xt.w}x${xt.c} → ${yt.c}: sums of ${kh}x${kw} chunks accumulated by DEPTHWISE (all-one weights), divided by ${n} in one REQUANT (M0 ${m0}, shift 0)`);
      const chunks: [number, number, number, number][] = [];
      for (let r0 = 0; r0 < xt.h; r0 += kh) for (let q0 = 0; q0 < xt.w; q0 += kw) chunks.push([r0, Math.min(kh, xt.h - r0), q0, Math.min(kw, xt.w - q0)]);
      const half = new HalfSwitch<number>(0, inHalf);
      const rowBytes = d.rowBytes.input;
      let step = 0;
      let outSlot = 0;
      let first = true;
      for (let g = 0; g * C < xt.c; g++) {
        const c0 = g * C;
        const cg = Math.min(C, xt.c - c0);
        const bytes = cg;
        const pr = Math.ceil(cg / rowBytes);
        const accRow = g % 2;
        chunks.forEach(([r0, rows, q0, cols], k) => {
          const tile = newTile(`channels ${c0}..${c0 + cg - 1}, rows ${r0}..${r0 + rows - 1} cols ${q0}..${q0 + cols - 1}`);
          if (first) {
            if (y.img !== undefined) fillImgPadding(tile, ctx, yt, y.img);
            push(tile.loads, 'LOAD', {
              buffer: 'weight', sramRow: 0, sramByte: 0, bytesPerRow: d.rowBytes.weight, rows: taps * tapRows, sramRowStride: 1,
              dramAddr: wAddr!, dramRowStride: d.rowBytes.weight, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
            }, `${taps} all-one taps`);
            push(tile.loads, 'LOAD', {
              buffer: 'param', sramRow: 0, sramByte: 0, bytesPerRow: d.rowBytes.param, rows: 3, sramRowStride: 1,
              dramAddr: pAddr!, dramRowStride: d.rowBytes.param, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
            }, `divide by ${n}: bias 0, M0 ${m0}, shift 0`);
            first = false;
          }
          const base = half.use(step++).row;
          for (let b = 0; b * rowBytes < bytes; b++) {
            push(tile.loads, 'LOAD', {
              buffer: 'input', sramRow: base + b, sramByte: 0, bytesPerRow: Math.min(rowBytes, bytes - b * rowBytes), rows: cols, sramRowStride: pr,
              dramAddr: xt.dramAddr + (r0 * xt.w + q0) * xt.pixBytes + c0 + b * rowBytes, dramRowStride: xt.pixBytes,
              repeat: rows, sramOuterStride: rows > 1 ? cols * pr : 0, dramOuterStride: rows > 1 ? xt.w * xt.pixBytes : 0, fill: 0, fillByte: 0,
            }, `chunk rows ${r0}..${r0 + rows - 1} cols ${q0}..${q0 + cols - 1} of ${xt.name}`);
          }
          push(tile.computes, 'DEPTHWISE', {
            srcRow: base, weightRow: 0, accRow, channels: cg, inH: rows, inW: cols, kernelH: rows, kernelW: cols, strideH: 1, strideW: 1, accumulate: k === 0 ? 0 : 1,
          }, `Σ of ${rows * cols} pixels × ${cg} channels`);
          if (k === chunks.length - 1) {
            const og = y.out === undefined ? 0 : Math.floor(c0 / y.out.groupChannels);
            const outRow = y.out === undefined ? (outputRows >= 2 ? outSlot : 0) : y.out.base + og * y.out.pixels;
            const outByte = y.out === undefined ? 0 : c0 - og * y.out.groupChannels;
            push(tile.computes, 'REQUANT', {
              accRow, outRow, outByte, rows: 1, n: cg, paramRow: 0, addBias: 0, outZero: 0, qmin: DTYPES[yt.dtype].min!, qmax: DTYPES[yt.dtype].max!, outBits: 8, outSigned: storageSigned(yt.dtype) ? 1 : 0,
            }, `round(Σ / ${n}) half away from zero`);
            if (y.dram) {
              push(tile.stores, 'STORE', {
                buffer: 'output', sramRow: outRow, sramByte: outByte, bytesPerRow: cg, rows: 1, sramRowStride: 1,
                dramAddr: yt.dramAddr + c0, dramRowStride: yt.pixBytes, repeat: 1, sramOuterStride: 0, dramOuterStride: 0,
              }, `→ ${yt.name} @0x${yt.dramAddr.toString(16)}`);
            }
            if (y.img !== undefined) moveToImg(ctx, yt, tile, { row: outRow, byte: outByte }, c0, cg, 0, 1, y.img);
            outSlot ^= 1;
          }
          ctx.emitter.addTile(tile);
        });
      }
    },
  };
}
