// A global average pool whose plane does not fit the output buffer (or POOL's 63x63 window): the sum is
// tiled over pixel chunks on the vector unit's MAC path and finished by one REQUANT. Per channel group of
// C (array cols): each chunk of the plane is LOADed into the input buffer (alternating halves) and a
// DEPTHWISE with all-W weights (W = 2^L) and the chunk as its kernel adds W·q into one accumulator row
// (accumulate = 1 after the first chunk), so the accumulator holds exactly W·Σq of the reference. REQUANT
// then divides by n = h·w (no bias, zero point 0) and must equal roundingDivideHalfAwayFromZero(Σ, n):
// - small planes: W = 1, M0 = ⌊2^31/n⌋ + 1, shift 0 (exact when |Σ|·(M0·n − 2^31) < 2^30, 2^31 for even n;
//   M0·n > 2^31 sends exact ties away from zero) — every 8-bit plane up to 2052 pixels, even ones to 2900;
// - larger ones: W = 2^L > 1, shift −R, M0 = round(2^(31+R)/(n·W)) < 2^31. SRDHM gives t = round(W·Σ·M0/2^31)
//   = Σ·2^R/n + e; the right shift rounds t/2^R half away from zero. With δ = W·M0/2^31 − 2^R/n, a tie
//   (n even, Σ/n = k + ½) has Σ·2^R/n an integer, so t is exact when |Σ·δ| < ½ and the shift breaks the tie
//   away from zero as the reference does; any other Σ/n lies ≥ 1/(2n) (odd n) or 1/n (even n) from a
//   rounding boundary and |e|/2^R ≤ (|Σ·δ| + ½)/2^R stays below it. The weight W buys the precision the
//   Q31 M0 alone lacks (REQUANT's one shift field cannot shift left and right). divisionPlan checks these
//   bounds in exact integers per layer (every 8-bit plane up to 128×128 and beyond passes; MAP001 otherwise).
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

/** The REQUANT multiplier that divides sums of `n` codes by n exactly with W = 1 and shift 0 (module comment), or undefined. */
export function divisionMultiplier(n: number, maxAbsSum: number): number | undefined {
  // M0·n > 2^31 strictly: the high multiply rounds an exact negative half toward zero, so a tie must
  // arrive already pushed past it (n = 1 has no ties, and 2^31 does not fit).
  const m0 = n === 1 ? INT32_MAX : Math.floor(2 ** 31 / n) + 1;
  const err = Math.abs(m0 * n - 2 ** 31);
  // A non-tie x/n lies at least 1/n (even n) or 1/(2n) (odd n) from a rounding boundary.
  return maxAbsSum * err < (n % 2 === 0 ? 2 ** 31 : 2 ** 30) ? m0 : undefined;
}

/** How REQUANT divides the accumulated W·Σ by n: the DEPTHWISE weight W, the Q31 multiplier M0, the shift (≤ 0). */
export interface DivisionPlan {
  readonly weight: number;
  readonly m0: number;
  readonly shift: number;
}

/** Largest weight 2^L the int8 weights of DEPTHWISE hold. */
const MAX_WEIGHT_LOG2 = 6;

/**
 * The exact division of sums |Σ| ≤ maxAbsSum of `n` codes (module comment), for `accBits`-bit accumulators:
 * W = 1 when divisionMultiplier applies, else the first W = 2^L (L = 1…6) and the largest R whose bounds
 * hold in exact integers; undefined when none does.
 */
export function divisionPlan(n: number, maxAbsSum: number, accBits: number): DivisionPlan | undefined {
  const single = divisionMultiplier(n, maxAbsSum);
  if (single !== undefined) return { weight: 1, m0: single, shift: 0 };
  const X = BigInt(maxAbsSum);
  const N = BigInt(n);
  const accMax = 2n ** BigInt(Math.min(accBits, 32) - 1) - 1n;
  for (let L = 1; L <= MAX_WEIGHT_LOG2; L++) {
    const W = 2n ** BigInt(L);
    if (X * W > accMax) break;
    for (let R = 31; R >= 1; R--) {
      const twoR31 = 2n ** BigInt(31 + R);
      // M0 = round(2^(31+R) / (n·W)), half up.
      const m0 = (2n * twoR31 + N * W) / (2n * N * W);
      if (m0 >= 2n ** 31n) continue;
      // E = |W·M0·n − 2^(31+R)| = n·2^31·|δ|.
      const diff = W * m0 * N - twoR31;
      const E = diff < 0n ? -diff : diff;
      const tie = n % 2 === 1 || 2n * X * E < N * 2n ** 31n;
      const nonTie = 2n * X * E + N * 2n ** 31n < 2n ** BigInt(R + (n % 2 === 0 ? 32 : 31));
      if (tie && nonTie) return { weight: Number(W), m0: Number(m0), shift: -R };
      break;
    }
  }
  return undefined;
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
  const division = divisionPlan(n, maxAbs, cfg.accBits);
  if (division === undefined) mapFail('MAP001', name, `a ${xt.h}x${xt.w} global pool needs ${n + 1} output-buffer rows (the layer may use ${outputRows}), and a tiled sum cannot be divided by ${n} exactly in ${cfg.accBits}-bit accumulators`);
  const { weight, m0, shift } = division;
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
  // Every byte is the weight W, so a narrower last group (fewer rows per tap) reads W as well.
  const weights = new Uint8Array(taps * tapRows * d.rowBytes.weight).fill(weight);
  const params = packParams(new Array<number>(C).fill(0), new Array<number>(C).fill(m0), new Array<number>(C).fill(shift), C);
  const layerCfg: InstructionFields<'CONFIG'> = { ...cfg, mode: 'int8', requantMode: 'm0shift', weightBits: 8 };
  return {
    constants: [weights, params],
    emit: ([wAddr, pAddr]) => {
      ctx.emitter.beginLayer(name, layerCfg, `qglobal_avgpool ${xt.h}x${xt.w}x${xt.c} → ${yt.c}: sums of ${kh}x${kw} chunks accumulated by DEPTHWISE (all-${weight} weights), divided by ${n} in one REQUANT (M0 ${m0}, shift ${shift})`);
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
            }, `${taps} taps of weight ${weight}`);
            push(tile.loads, 'LOAD', {
              buffer: 'param', sramRow: 0, sramByte: 0, bytesPerRow: d.rowBytes.param, rows: 3, sramRowStride: 1,
              dramAddr: pAddr!, dramRowStride: d.rowBytes.param, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0,
            }, `divide ${weight}·Σ by ${n}: bias 0, M0 ${m0}, shift ${shift}`);
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
