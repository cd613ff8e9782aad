// The format reference's conv2d and dense (docs/INTEGER-SEMANTICS.md, "Float and microscaling formats"):
// plain loops over one output at a time. Each output starts at its FP32 bias (in accumulator units), walks
// K in order — conv: taps (ky, kx), then the input channels of the group (convK) — and cuts K into chunks:
// a chunk ends where the activation block (a pixel's 32-channel block; a new tap is a new pixel) or the
// weight block (32 consecutive K) ends. Each chunk's exact product sum is added by accumulateChunk; the
// output is the accumulator times the FP32 product of the per-tensor scales (1 for MX). Padding taps read
// the zero fill: a chunk of +0 products each.
import { accumulateChunk, CHUNK_MAX } from '../../core/format-dot.js';
import type { Window2d } from '../ir/ops/conv-geometry.js';
import type { FormatTensor } from '../quant/format-quantize.js';

/** The FP32 multiplier from accumulator units to real values, and the bias in accumulator units, per output channel. */
function scaling(x: FormatTensor, w: FormatTensor, bias: ArrayLike<number> | undefined, outCh: number): { m: Float64Array; biasAcc: Float64Array } {
  const m = new Float64Array(outCh);
  const biasAcc = new Float64Array(outCh);
  for (let o = 0; o < outCh; o++) {
    const s = x.realScale * (w.channelScales?.[o] ?? w.realScale);
    biasAcc[o] = Math.fround((bias?.[o] ?? 0) / s);
    m[o] = Math.fround(s);
  }
  return { m, biasAcc };
}

/** dense: x [N,K] · w [O,K]ᵀ + b → [N,O] as FP32. */
export function formatDense(x: FormatTensor, w: FormatTensor, bias: ArrayLike<number> | undefined): Float32Array {
  const [n, k] = x.shape as [number, number];
  const o = w.shape[0]!;
  const { m, biasAcc } = scaling(x, w, bias, o);
  const out = new Float32Array(n * o);
  for (let ni = 0; ni < n; ni++) {
    for (let oc = 0; oc < o; oc++) {
      let acc = biasAcc[oc]!;
      for (let k0 = 0; k0 < k; k0 += CHUNK_MAX) {
        const xi = ni * k + k0, wi = oc * k + k0;
        let sum = 0;
        for (let j = 0; j < Math.min(CHUNK_MAX, k - k0); j++) sum += x.vals[xi + j]! * w.vals[wi + j]!;
        acc = accumulateChunk(acc, sum, x.exps[xi]! + w.exps[wi]!);
      }
      out[ni * o + oc] = Math.fround(acc * m[oc]!);
    }
  }
  return out;
}

/** The same tensor with its channels innermost: NCHW → NHWC, OIHW → OHWI (the K order of convK). */
function channelsLast(t: FormatTensor): { vals: Float64Array; exps: Int16Array } {
  const [n, c, h, w] = t.shape as [number, number, number, number];
  const vals = new Float64Array(t.vals.length);
  const exps = new Int16Array(t.exps.length);
  for (let ni = 0; ni < n; ni++) {
    for (let ci = 0; ci < c; ci++) {
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
 * last, so each tap's channels are contiguous; chunk ends are found per tap, not tested per product.
 */
export function formatConv2d(x: FormatTensor, w: FormatTensor, bias: ArrayLike<number> | undefined, groups: number, win: Window2d, outShape: readonly number[]): Float32Array {
  const [n, cin, h, wd] = x.shape as [number, number, number, number];
  const [cout, cinG, kh, kw] = w.shape as [number, number, number, number];
  const [, , hOut, wOut] = outShape as [number, number, number, number];
  const { m, biasAcc } = scaling(x, w, bias, cout);
  const xc = channelsLast(x);
  let wc = weightsLast.get(w);
  if (wc === undefined) weightsLast.set(w, (wc = channelsLast(w)));
  const coutG = cout / groups;
  const out = new Float32Array(n * cout * hOut * wOut);
  for (let ni = 0; ni < n; ni++) {
    for (let oc = 0; oc < cout; oc++) {
      const icBase = Math.floor(oc / coutG) * cinG;
      for (let oy = 0; oy < hOut; oy++) {
        for (let ox = 0; ox < wOut; ox++) {
          let acc = biasAcc[oc]!;
          for (let ky = 0; ky < kh; ky++) {
            const iy = oy * win.h.stride + ky * win.h.dilation - win.h.padBegin;
            for (let kx = 0; kx < kw; kx++) {
              const ix = ox * win.w.stride + kx * win.w.dilation - win.w.padBegin;
              // A padding tap is a chunk of +0 products (the array reads the zero fill and folds it):
              // fp32(acc + 0) only turns a −0 accumulator into +0, once however many chunks the tap has.
              if (iy < 0 || iy >= h || ix < 0 || ix >= wd) {
                acc = Math.fround(acc + 0);
                continue;
              }
              const kTap = (ky * kw + kx) * cinG;
              const xPix = ((ni * h + iy) * wd + ix) * cin + icBase;
              const wTap = oc * cinG * kh * kw + kTap;
              // Chunks of this tap: [c0, c1) ends at the tap's end, an activation block end (absolute
              // channel a multiple of 32) or a weight block end (K a multiple of 32).
              for (let c0 = 0; c0 < cinG;) {
                const c1 = Math.min(cinG, CHUNK_MAX - ((icBase + c0) % CHUNK_MAX) + c0, CHUNK_MAX - ((kTap + c0) % CHUNK_MAX) + c0);
                let sum = 0;
                for (let c = c0; c < c1; c++) sum += xc.vals[xPix + c]! * wc.vals[wTap + c]!;
                acc = accumulateChunk(acc, sum, xc.exps[xPix + c0]! + wc.exps[wTap + c0]!);
                c0 = c1;
              }
            }
          }
          out[((ni * cout + oc) * hOut + oy) * wOut + ox] = Math.fround(acc * m[oc]!);
        }
      }
    }
  }
  return out;
}
