// Pools for training over NHWC batches: max (the gradient goes to the first maximum of each window),
// average (over the real elements, or the whole window with count_include_pad) and global average.
import { type Act, makeAct } from '../act.js';
import { SpecLayer, type LayerSpecBase } from '../layer.js';
import { convOut } from './conv.js';
import { axisWindows } from '../../ir/ops/conv-geometry.js';

/** maxpool / avgpool: kernel, stride, [top, left, bottom, right] padding, ceil mode, count_include_pad. */
export interface PoolSpec extends LayerSpecBase {
  readonly kind: 'maxpool' | 'avgpool';
  readonly kernel: readonly [number, number];
  readonly stride: readonly [number, number];
  readonly pad: readonly [number, number, number, number];
  readonly ceilMode: boolean;
  readonly countIncludePad: boolean;
}

/** The windows of a pool over x along its height and width (conv-geometry.ts axisWindows). */
function poolAxes(x: Act, s: Pick<PoolSpec, 'kernel' | 'stride' | 'pad' | 'countIncludePad'>, oh: number, ow: number) {
  const axis = (i: 0 | 1) => ({ kernel: s.kernel[i], stride: s.stride[i], dilation: 1, padBegin: s.pad[i], padEnd: s.pad[i + 2]! });
  return [axisWindows(x.h, oh, axis(0), s.countIncludePad), axisWindows(x.w, ow, axis(1), s.countIncludePad)] as const;
}

/**
 * Calls f(outputPixel, inputPixel, count) for every valid (unpadded) tap of every window of x; pixels
 * are indices over the batch (n·oh·ow + …, n·h·w + …) and count is the window's divisor (its real
 * elements, or the padded window with count_include_pad).
 */
export function forEachPoolTap(x: Act, s: Pick<PoolSpec, 'kernel' | 'stride' | 'pad' | 'countIncludePad'>, oh: number, ow: number, f: (o: number, i: number, count: number) => void): void {
  const [rows, cols] = poolAxes(x, s, oh, ow);
  let o = 0;
  for (let b = 0; b < x.n; b++) {
    for (const r of rows) {
      for (const col of cols) {
        for (let iy = r.lo; iy < r.hi; iy++) for (let ix = col.lo; ix < col.hi; ix++) f(o, (b * x.h + iy) * x.w + ix, r.count * col.count);
        o++;
      }
    }
  }
}

/** Output size with ceil mode (windows starting in the end padding dropped, as conv-geometry.ts). */
export function poolOut(size: number, k: number, s: number, p0: number, p1: number, ceil: boolean): number {
  if (!ceil) return convOut(size, k, s, 1, p0, p1);
  let out = Math.ceil((size + p0 + p1 - k) / s) + 1;
  if ((out - 1) * s >= size + p0) out--;
  return out;
}

export class PoolLayer extends SpecLayer<PoolSpec> {
  private x?: Act;
  private oh = 0;
  private ow = 0;
  /** maxpool: the input index each output came from. */
  private argmax?: Int32Array;

  private windows(x: Act, f: (o: number, i: number, count: number) => void): void {
    forEachPoolTap(x, this.spec, this.oh, this.ow, f);
  }

  forward(xs: readonly Act[]): Act {
    const x = xs[0]!;
    const s = this.spec;
    this.x = x;
    this.oh = poolOut(x.h, s.kernel[0], s.stride[0], s.pad[0], s.pad[2], s.ceilMode);
    this.ow = poolOut(x.w, s.kernel[1], s.stride[1], s.pad[1], s.pad[3], s.ceilMode);
    const c = x.c;
    const y = new Float32Array(x.n * this.oh * this.ow * c);
    if (s.kind === 'maxpool') {
      this.argmax = maxPoolNhwc(x, s, this.oh, this.ow, y);
    } else {
      const acc = new Float64Array(y.length);
      this.windows(x, (o, i, count) => {
        for (let ch = 0; ch < c; ch++) acc[o * c + ch]! += x.data[i * c + ch]! / count;
      });
      y.set(acc);
    }
    // A max pool keeps the meaning of the values, so their padding value too (an average pool of binary codes is never taken).
    return makeAct(4, x.n, c, this.oh, this.ow, y, s.kind === 'maxpool' ? x.pad : undefined);
  }

  backward(dy: Float32Array): (Float32Array | undefined)[] {
    if (!this.spec.needGrad[0]) return [undefined];
    const x = this.x!;
    const c = x.c;
    const dx = new Float32Array(x.data.length);
    if (this.spec.kind === 'maxpool') {
      const arg = this.argmax!;
      for (let i = 0; i < dy.length; i++) dx[arg[i]!]! += dy[i]!;
    } else {
      this.windows(x, (o, i, count) => {
        for (let ch = 0; ch < c; ch++) dx[i * c + ch]! += dy[o * c + ch]! / count;
      });
    }
    return [dx];
  }
}

/** Max pool over NHWC into y (overwritten); returns the input index of each maximum (the first one on ties). */
function maxPoolNhwc(x: Act, s: PoolSpec, oh: number, ow: number, y: Float32Array): Int32Array {
  const c = x.c;
  const d = x.data;
  const arg = new Int32Array(y.length);
  const [rows, cols] = poolAxes(x, s, oh, ow);
  let o = 0;
  for (let b = 0; b < x.n; b++) {
    for (const r of rows) {
      for (const col of cols) {
        for (let ch = 0; ch < c; ch++, o++) {
          let best = -Infinity;
          let at = 0;
          for (let iy = r.lo; iy < r.hi; iy++) {
            for (let ix = col.lo; ix < col.hi; ix++) {
              const k = ((b * x.h + iy) * x.w + ix) * c + ch;
              if (d[k]! > best) [best, at] = [d[k]!, k];
            }
          }
          y[o] = best;
          arg[o] = at;
        }
      }
    }
  }
  return arg;
}

/** global_avgpool: the mean over each channel's pixels, [n, c, 1, 1]. */
export class GlobalAvgPoolLayer extends SpecLayer<LayerSpecBase> {
  private x?: Act;

  forward(xs: readonly Act[]): Act {
    const x = xs[0]!;
    this.x = x;
    const pix = x.h * x.w;
    const acc = new Float64Array(x.n * x.c);
    for (let b = 0; b < x.n; b++) {
      for (let p = 0; p < pix; p++) {
        const src = (b * pix + p) * x.c;
        for (let ch = 0; ch < x.c; ch++) acc[b * x.c + ch]! += x.data[src + ch]!;
      }
    }
    const y = new Float32Array(acc.length);
    for (let i = 0; i < y.length; i++) y[i] = acc[i]! / pix;
    return makeAct(4, x.n, x.c, 1, 1, y);
  }

  backward(dy: Float32Array): (Float32Array | undefined)[] {
    if (!this.spec.needGrad[0]) return [undefined];
    const x = this.x!;
    const pix = x.h * x.w;
    const dx = new Float32Array(x.data.length);
    for (let b = 0; b < x.n; b++) {
      for (let p = 0; p < pix; p++) {
        const dst = (b * pix + p) * x.c;
        for (let ch = 0; ch < x.c; ch++) dx[dst + ch] = dy[b * x.c + ch]! / pix;
      }
    }
    return [dx];
  }
}
