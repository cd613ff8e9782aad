// The data-moving and elementwise layers of training: clamp (relu, relu6, clip), add (with a fused clamp),
// concat along channels, and flatten (NHWC storage → the graph's NCHW feature order).
import { type Act, makeAct } from '../act.js';
import { SpecLayer, type LayerSpecBase } from '../layer.js';
import { assert } from '../../../core/diagnostics.js';
import { applyClamp, maskByClamp } from './clamp.js';

/** relu / relu6 / clip as one clamp to [lo, hi]. */
export interface ClampSpec extends LayerSpecBase {
  readonly kind: 'clamp';
  readonly lo: number;
  readonly hi: number;
}

export class ClampLayer extends SpecLayer<ClampSpec> {
  private y?: Float32Array;

  forward(xs: readonly Act[]): Act {
    const x = xs[0]!;
    const y = x.data.slice();
    applyClamp(y, this.spec.lo, this.spec.hi);
    this.y = y;
    return makeAct(x.rank, x.n, x.c, x.h, x.w, y);
  }

  backward(dy: Float32Array): (Float32Array | undefined)[] {
    maskByClamp(dy, this.y!, this.spec.lo, this.spec.hi);
    return [this.spec.needGrad[0] ? dy : undefined];
  }
}

/** a + b of the same shape, then the fused clamp when present. */
export interface AddSpec extends LayerSpecBase {
  readonly kind: 'add';
  readonly clamp?: readonly [number, number];
}

export class AddLayer extends SpecLayer<AddSpec> {
  private y?: Float32Array;

  forward(xs: readonly Act[]): Act {
    const [a, b] = xs as [Act, Act];
    assert(a.data.length === b.data.length && a.c === b.c, `add ${this.name}: operands [${a.n},${a.c},${a.h},${a.w}] and [${b.n},${b.c},${b.h},${b.w}] differ (broadcasting is not trained)`);
    const y = new Float32Array(a.data.length);
    for (let i = 0; i < y.length; i++) y[i] = a.data[i]! + b.data[i]!;
    if (this.spec.clamp) applyClamp(y, this.spec.clamp[0], this.spec.clamp[1]);
    this.y = y;
    return makeAct(a.rank, a.n, a.c, a.h, a.w, y);
  }

  backward(dy: Float32Array): (Float32Array | undefined)[] {
    if (this.spec.clamp) maskByClamp(dy, this.y!, this.spec.clamp[0], this.spec.clamp[1]);
    return this.spec.needGrad.map((need, i) => (need ? (i === 0 ? dy : dy.slice()) : undefined));
  }
}

/** Concatenation along the channel axis. */
export class ConcatLayer extends SpecLayer<LayerSpecBase> {
  private widths: number[] = [];

  forward(xs: readonly Act[]): Act {
    const first = xs[0]!;
    const pixels = first.n * first.h * first.w;
    this.widths = xs.map((x) => x.c);
    const c = this.widths.reduce((s, w) => s + w, 0);
    const y = new Float32Array(pixels * c);
    let offset = 0;
    for (const x of xs) {
      assert(x.n * x.h * x.w === pixels, `concat ${this.name}: operands differ in batch or spatial size`);
      for (let p = 0; p < pixels; p++) y.set(x.data.subarray(p * x.c, (p + 1) * x.c), p * c + offset);
      offset += x.c;
    }
    return makeAct(first.rank, first.n, c, first.h, first.w, y);
  }

  backward(dy: Float32Array): (Float32Array | undefined)[] {
    const c = this.widths.reduce((s, w) => s + w, 0);
    const pixels = dy.length / c;
    let offset = 0;
    return this.widths.map((w, i) => {
      const start = offset;
      offset += w;
      if (!this.spec.needGrad[i]) return undefined;
      const dx = new Float32Array(pixels * w);
      for (let p = 0; p < pixels; p++) dx.set(dy.subarray(p * c + start, p * c + start + w), p * w);
      return dx;
    });
  }
}

/** flatten (and a reshape to [N, C·H·W]): features in NCHW order c·H·W + y·W + x, as the graph defines them. */
export class FlattenLayer extends SpecLayer<LayerSpecBase> {
  private x?: Act;

  forward(xs: readonly Act[]): Act {
    const x = xs[0]!;
    this.x = x;
    const pix = x.h * x.w;
    const f = x.c * pix;
    if (pix === 1) return makeAct(2, x.n, f, 1, 1, x.data);
    const y = new Float32Array(x.data.length);
    for (let b = 0; b < x.n; b++) {
      for (let p = 0; p < pix; p++) for (let ch = 0; ch < x.c; ch++) y[b * f + ch * pix + p] = x.data[(b * pix + p) * x.c + ch]!;
    }
    return makeAct(2, x.n, f, 1, 1, y);
  }

  backward(dy: Float32Array): (Float32Array | undefined)[] {
    if (!this.spec.needGrad[0]) return [undefined];
    const x = this.x!;
    const pix = x.h * x.w;
    if (pix === 1) return [dy];
    const f = x.c * pix;
    const dx = new Float32Array(dy.length);
    for (let b = 0; b < x.n; b++) {
      for (let p = 0; p < pix; p++) for (let ch = 0; ch < x.c; ch++) dx[(b * pix + p) * x.c + ch] = dy[b * f + ch * pix + p]!;
    }
    return [dx];
  }
}
