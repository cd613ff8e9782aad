// The format reference's conv2d and dense (docs/INTEGER-SEMANTICS.md, "Float and microscaling formats"):
// plain loops over one output at a time. Each output starts at its bias (in accumulator units), walks K in
// order — conv: taps (ky, kx), then the input channels of the group (convK) — and cuts K into chunks. MX
// ('pixel' chunks): a chunk ends where the activation block (a pixel's 32-channel block; a new tap is a
// new pixel) or the weight block (32 consecutive K) ends. Per-tensor FP8 and INT8 ('k32' chunks): only
// every 32nd K ends a chunk (no block exponents, so the tap is no edge). Each chunk's exact product sum
// is folded by the arithmetic (FP32 accumulation for the formats, the exact int32 sum for INT8 GEMMs);
// padding taps read the zero fill: +0 products.
import { accumulateChunk, CHUNK_MAX } from '../../core/format-dot.js';
import { assert } from '../../core/diagnostics.js';
import { roundHalfEven } from '../../core/rounding.js';
import type { Window2d } from '../ir/ops/conv-geometry.js';
import type { FormatTensor } from '../quant/format-quantize.js';

/** Where chunks end: MX at pixel blocks, taps and 32nd K; per-tensor formats and INT8 at every 32nd K only. */
export type ChunkRule = 'pixel' | 'k32';

/** How one output is accumulated: its start from the bias, a chunk fold and the conversion to FP32. */
interface Arith {
  readonly rule: ChunkRule;
  start(oc: number): number;
  fold(acc: number, sum: number, exp: number): number;
  finish(acc: number, oc: number): number;
}

/** The real scale of output channel o in accumulator units: s_a · s_w. */
function accScale(x: FormatTensor, w: FormatTensor, o: number): number {
  return x.realScale * (w.channelScales?.[o] ?? w.realScale);
}

/**
 * The format arithmetic (§14 steps 1, 3, 4): acc = fp32(b / (s_a·s_w)), each chunk folded into the FP32
 * accumulator (accumulateChunk), the output fp32(acc · fp32(s_a·s_w)).
 */
function formatArith(x: FormatTensor, w: FormatTensor, bias: ArrayLike<number> | undefined, outCh: number, rule: ChunkRule): Arith {
  const m = new Float64Array(outCh);
  const biasAcc = new Float64Array(outCh);
  // Stryker disable next-line EqualityOperator: o = outCh writes one past the Float64Arrays (dropped) and reads bias and scales as absent (bias 0, the tensor scale): no output reads it
  for (let o = 0; o < outCh; o++) {
    const s = accScale(x, w, o);
    biasAcc[o] = Math.fround((bias?.[o] ?? 0) / s);
    m[o] = Math.fround(s);
  }
  return { rule, start: (o) => biasAcc[o]!, fold: accumulateChunk, finish: (acc, o) => Math.fround(acc * m[o]!) };
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const sat32 = (v: number): number => Math.min(INT32_MAX, Math.max(INT32_MIN, v));

/**
 * The INT8 GEMM arithmetic (§14 "INT8 GEMMs inside a format model"): acc = b_int32 + Σ w_q·(q − z) exact
 * (b_int32 = roundHalfEven(b / (s_a·s_w)) saturated to int32, the int8 mode's bias), the sum saturated to
 * int32 once, then the vector unit's two roundings: fp32(fp32(acc) · fp32(s_a·s_w)).
 */
function int8Arith(x: FormatTensor, w: FormatTensor, bias: ArrayLike<number> | undefined, outCh: number): Arith {
  const m = new Float64Array(outCh);
  const biasInt = new Float64Array(outCh);
  // Stryker disable next-line EqualityOperator: o = outCh writes one past the Float64Arrays (dropped) and reads bias and scales as absent (bias 0, the tensor scale): no output reads it
  for (let o = 0; o < outCh; o++) {
    const s = accScale(x, w, o);
    biasInt[o] = sat32(roundHalfEven((bias?.[o] ?? 0) / s));
    m[o] = Math.fround(s);
  }
  return {
    // Stryker disable next-line StringLiteral: the rule is only ever compared with 'pixel' (formatConv2d), so any other string is k32
    rule: 'k32',
    start: (o) => biasInt[o]!,
    fold: (acc, sum) => {
      // Integer products of |q − z| ≤ 255 and |w| ≤ 127: every partial is an exact double.
      assert(Number.isInteger(sum) && Math.abs(acc + sum) < 2 ** 53, 'INT8 GEMM sums are exact integers');
      return acc + sum;
    },
    finish: (acc, o) => Math.fround(Math.fround(sat32(acc)) * m[o]!),
  };
}

/** Which arithmetic a GEMM runs: the format's (MX: 'pixel' chunks; per tensor: 'k32') or INT8's. */
export type GemmKind = 'mx' | 'per-tensor' | 'int8';

function arithOf(kind: GemmKind, x: FormatTensor, w: FormatTensor, bias: ArrayLike<number> | undefined, outCh: number): Arith {
  if (kind === 'int8') return int8Arith(x, w, bias, outCh);
  // Stryker disable next-line StringLiteral: 'k32' → '' is equivalent (the rule is only compared with 'pixel'); the line's 'mx' and 'pixel' forms are killed (test: an MX conv's chunks) but ignored with it
  return formatArith(x, w, bias, outCh, kind === 'mx' ? 'pixel' : 'k32');
}

/** dense: x [N,K] · w [O,K]ᵀ + b → [N,O] as FP32 (both chunk rules cut dense K at every 32nd input). */
export function formatDense(x: FormatTensor, w: FormatTensor, bias: ArrayLike<number> | undefined, kind: GemmKind): Float32Array {
  const [n, k] = x.shape as [number, number];
  const o = w.shape[0]!;
  const ar = arithOf(kind, x, w, bias, o);
  const out = new Float32Array(n * o);
  for (let ni = 0; ni < n; ni++) {
    for (let oc = 0; oc < o; oc++) {
      let acc = ar.start(oc);
      for (let k0 = 0; k0 < k; k0 += CHUNK_MAX) {
        const xi = ni * k + k0, wi = oc * k + k0;
        let sum = 0;
        for (let j = 0; j < Math.min(CHUNK_MAX, k - k0); j++) sum += x.vals[xi + j]! * w.vals[wi + j]!;
        acc = ar.fold(acc, sum, x.exps[xi]! + w.exps[wi]!);
      }
      out[ni * o + oc] = ar.finish(acc, oc);
    }
  }
  return out;
}

/** The same tensor with its channels innermost: NCHW → NHWC, OIHW → OHWI (the K order of convK). */
function channelsLast(t: FormatTensor): { vals: Float64Array; exps: Int16Array } {
  const [n, c, h, w] = t.shape as [number, number, number, number];
  const vals = new Float64Array(t.vals.length);
  const exps = new Int16Array(t.exps.length);
  // Stryker disable next-line EqualityOperator: ni = n reads past the tensor and writes past both arrays (dropped)
  for (let ni = 0; ni < n; ni++) {
    for (let ci = 0; ci < c; ci++) {
      // Stryker disable next-line EqualityOperator: p = h·w writes pixel 0 of the next image (rewritten when that image is copied) or past the end (dropped)
      for (let p = 0; p < h * w; p++) {
        const from = (ni * c + ci) * h * w + p;
        const to = (ni * h * w + p) * c + ci;
        vals[to] = t.vals[from]!;
        exps[to] = t.exps[from]!;
      }
    }
  }
  return { vals, exps };
}

// The weights are converted once per model, not once per image.
const weightsLast = new WeakMap<FormatTensor, { vals: Float64Array; exps: Int16Array }>();

/**
 * conv2d: x [N,C,H,W], w [O, C/groups, kh, kw] → [N,O,Hout,Wout] as FP32. Both operands are read channels
 * last, so each tap's channels are contiguous; chunk ends are found per segment, not tested per product.
 */
export function formatConv2d(x: FormatTensor, w: FormatTensor, bias: ArrayLike<number> | undefined, groups: number, win: Window2d, outShape: readonly number[], kind: GemmKind): Float32Array {
  const [n, cin, h, wd] = x.shape as [number, number, number, number];
  const [cout, cinG, kh, kw] = w.shape as [number, number, number, number];
  const [, , hOut, wOut] = outShape as [number, number, number, number];
  const ar = arithOf(kind, x, w, bias, cout);
  const pixelRule = ar.rule === 'pixel';
  const kLen = kh * kw * cinG;
  const xc = channelsLast(x);
  let wc = weightsLast.get(w);
  // Stryker disable next-line ConditionalExpression: a cache: converting the weights again gives the same copy (the form that never fills it, 'false', is killed but ignored with it)
  if (wc === undefined) weightsLast.set(w, (wc = channelsLast(w)));
  const coutG = cout / groups;
  const out = new Float32Array(n * cout * hOut * wOut);
  for (let ni = 0; ni < n; ni++) {
    for (let oc = 0; oc < cout; oc++) {
      const icBase = Math.floor(oc / coutG) * cinG;
      // Stryker disable next-line EqualityOperator: row hOut writes row 0 of the next channel or image (computed after it) or past the end (dropped); its reads stay in the input (rows past it are padding taps)
      for (let oy = 0; oy < hOut; oy++) {
        // Stryker disable next-line EqualityOperator: column wOut writes column 0 of the next row, channel or image (computed after it) or past the end (dropped); its reads stay in the input
        for (let ox = 0; ox < wOut; ox++) {
          let acc = ar.start(oc);
          let sum = 0;
          for (let ky = 0; ky < kh; ky++) {
            const iy = oy * win.h.stride + ky * win.h.dilation - win.h.padBegin;
            for (let kx = 0; kx < kw; kx++) {
              const ix = ox * win.w.stride + kx * win.w.dilation - win.w.padBegin;
              // A padding tap reads the zero fill: +0 products, folded like any (MX: a chunk of them,
              // fp32(acc + 0), which only turns a −0 accumulator into +0).
              const pad = iy < 0 || iy >= h || ix < 0 || ix >= wd;
              const kTap = (ky * kw + kx) * cinG;
              const xPix = ((ni * h + iy) * wd + ix) * cin + icBase;
              const wTap = oc * cinG * kh * kw + kTap;
              // Segments [c0, c1) of this tap end at the tap's end or a weight block end (K a multiple
              // of 32) and, MX, an activation block end (absolute channel a multiple of 32).
              for (let c0 = 0; c0 < cinG;) {
                let c1 = Math.min(cinG, CHUNK_MAX - ((kTap + c0) % CHUNK_MAX) + c0);
                // Stryker disable next-line ConditionalExpression: 'true' only cuts k32 segments finer; they fold where (kTap + c1) is a 32nd K or the end, which were segment ends already (the 'false' form, killed by the MX property, is ignored with it)
                if (pixelRule) c1 = Math.min(c1, CHUNK_MAX - ((icBase + c0) % CHUNK_MAX) + c0);
                if (!pad) for (let c = c0; c < c1; c++) sum += xc.vals[xPix + c]! * wc.vals[wTap + c]!;
                // MX: every segment is a chunk (the tap ends one); k32: only a 32nd K or the end of K.
                if (pixelRule || (kTap + c1) % CHUNK_MAX === 0 || kTap + c1 === kLen) {
                  acc = ar.fold(acc, sum, pad || !pixelRule ? 0 : xc.exps[xPix + c0]! + wc.exps[wTap + c0]!);
                  sum = 0;
                }
                c0 = c1;
              }
            }
          }
          out[((ni * cout + oc) * hOut + oy) * wOut + ox] = ar.finish(acc, oc);
        }
      }
    }
  }
  return out;
}
