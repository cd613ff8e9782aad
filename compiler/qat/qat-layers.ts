// The fake-quantization layers of a QAT network (activations, binary outputs, binarization, pools and
// clamps on a grid) and its weight transforms (LSQ weights, binary weights), over fake-quant.ts. Each
// mirrors one integer op of the exported graph: its forward uses the same grid and rounding, its
// backward the STE/LSQ rules. Learned parameters are read from, and gradients added to, the flat arrays.
import { type Act, makeAct } from '../train/act.js';
import type { Layer, LayerSpecBase, RunContext, Slot, WeightTransform } from '../train/layer.js';
import { forEachPoolTap, poolOut, type PoolSpec } from '../train/ops/pool.js';
import { roundHalfEven, roundingDivideHalfAwayFromZero } from '../../core/rounding.js';
import { type Requant, reduceAccumulator, requantize } from '../ir/ops/quantized/requantize.js';
import { quantizeMultiplier } from '../quant/multiplier.js';
import { binarizeThreshold } from '../quant/explicit-params.js';
import { qRange } from '../quant/quant-params.js';
import { type RequantEmulation, accumulatorRounding } from './accumulator-emulation.js';
import { type Grid, activationGrid, binaryBackward, codeOf, fakeQuantForward, fakeQuantWeights, fakeQuantWeightsBackward } from './fake-quant.js';

/** Where a multi-bit grid's scale and real offset live: learned (a slot) or fixed (a number). */
export interface GridSpec {
  readonly s: Slot | number;
  readonly beta: Slot | number;
  readonly bits: number;
  readonly signed: boolean;
  readonly actMin: number;
  readonly actMax: number;
}

const read = (v: Slot | number, params: Float32Array): number => (typeof v === 'number' ? v : params[v.offset]!);
const addGrad = (v: Slot | number, grads: Float32Array, d: number): void => {
  if (typeof v !== 'number') grads[v.offset]! += d;
};

/** The current grid of a spec. */
export function gridOf(spec: GridSpec, params: Float32Array): Grid {
  return activationGrid(read(spec.s, params), read(spec.beta, params), spec.bits, spec.signed, spec.actMin, spec.actMax);
}

abstract class Unary implements Layer {
  readonly name: string;
  readonly inputs: readonly string[];
  protected x?: Act;
  constructor(protected readonly base: LayerSpecBase) {
    this.name = base.name;
    this.inputs = base.inputs;
  }
  abstract forward(xs: readonly Act[], ctx: RunContext): Act;
  abstract backward(dy: Float32Array, ctx: RunContext): (Float32Array | undefined)[];
  protected like(x: Act, data: Float32Array): Act {
    return makeAct(x.rank, x.n, x.c, x.h, x.w, data);
  }
}

/**
 * The codes the integer graph computes from a float pre-activation x of channel c: the integer
 * accumulator (accumulatorRounding: the float constant taken out, the rounding done near an integer, the
 * integer bias added as foldBias computes it), then requantized exactly as qconv2d/qdense do. The kernels
 * run the common case (right shifts, |acc| < 2^21); otherwise the shared `requantize` of the integer
 * reference does, element by element.
 */
function emulatedForward(x: Float32Array, channels: number, g: Grid, e: RequantEmulation, ctx: RunContext, out: Float32Array, codes: Float32Array): void {
  const { acc, inv, add } = accumulatorRounding(e, channels, ctx.params);
  const m0 = new Float64Array(channels);
  const shift = new Int32Array(channels);
  for (let c = 0; c < channels; c++) ({ m0: m0[c]!, shift: shift[c]! } = quantizeMultiplier(acc[c]! / g.s));
  const fast = shift.every((v) => v <= 0 && v >= -31) && e.accBits >= 22;
  if (fast && ctx.kernels.requantCodes({ x, channels, inv, add, m0, right: shift.map((v) => -v), s: g.s, z: g.z, qlo: g.qlo, qhi: g.qhi, out, codes })) return;
  const r: Requant = { yZero: g.z, qmin: g.qlo, qmax: g.qhi, outDtype: 'u8', pow2: false, accBits: e.accBits, saturate: e.saturate, accLo: -(2 ** (e.accBits - 1)), accHi: 2 ** (e.accBits - 1) - 1 };
  const counters = { accOverflows: 0 };
  for (let i = 0, c = 0; i < x.length; i++, c = c + 1 === channels ? 0 : c + 1) {
    const q = requantize(reduceAccumulator(Math.floor(x[i]! * inv[c]! + add[c]!), r, counters), m0[c]!, shift[c]!, r);
    codes[i] = q;
    out[i] = g.s * (q - g.z);
  }
}

/** A multi-bit activation quantizer (LSQ; LSQ+ when beta is learned); g is LSQ's gradient scale. */
export interface ActQuantSpec extends LayerSpecBase {
  readonly kind: 'actquant';
  readonly grid: GridSpec;
  readonly g: number;
  /** The output of a conv/dense: its codes come from the emulated integer requantization. */
  readonly requant?: RequantEmulation;
}

export class ActQuantLayer extends Unary {
  private codes?: Float32Array;
  private grid?: Grid;
  constructor(private readonly spec: ActQuantSpec) { super(spec); }

  forward(xs: readonly Act[], ctx: RunContext): Act {
    const x = xs[0]!;
    this.x = x;
    const g = gridOf(this.spec.grid, ctx.params);
    this.grid = g;
    const out = new Float32Array(x.data.length);
    this.codes = new Float32Array(x.data.length);
    if (this.spec.requant) emulatedForward(x.data, x.c, g, this.spec.requant, ctx, out, this.codes);
    else fakeQuantForward(x.data, g, out, new Uint8Array(x.data.length), this.codes);
    return this.like(x, out);
  }

  backward(dy: Float32Array, ctx: RunContext): (Float32Array | undefined)[] {
    const g = this.grid!;
    const { ds, dbeta } = ctx.kernels.fakeQuantGrads(this.x!.data, dy, this.codes!, 1 / g.s, g.z, g.qlo, g.qhi);
    addGrad(this.spec.grid.s, ctx.grads, ds * this.spec.g);
    addGrad(this.spec.grid.beta, ctx.grads, dbeta * this.spec.g);
    return [this.spec.needGrad[0] ? dy : undefined];
  }
}

/**
 * Binary outputs of a conv/dense: x̂ = t + β·(x ≥ t ? 1 : −1), t clamped into the fused clamp [lo, hi];
 * with `requant` as the integer graph decides it: accumulator ≥ ⌈t/(s_x·s_w[c])⌉.
 */
export interface BinaryActSpec extends LayerSpecBase {
  readonly kind: 'binact';
  readonly t: Slot;
  readonly beta: Slot;
  readonly lo: number;
  readonly hi: number;
  readonly g: number;
  readonly requant?: RequantEmulation;
}

export class BinaryActLayer extends Unary {
  private tb = { t: 0, beta: 1 };
  constructor(private readonly spec: BinaryActSpec) { super(spec); }

  forward(xs: readonly Act[], ctx: RunContext): Act {
    const x = xs[0]!;
    this.x = x;
    const t = Math.min(this.spec.hi, Math.max(this.spec.lo, ctx.params[this.spec.t.offset]!));
    const beta = ctx.params[this.spec.beta.offset]!;
    this.tb = { t, beta };
    const out = new Float32Array(x.data.length);
    const e = this.spec.requant;
    if (e) {
      const { acc, inv, add } = accumulatorRounding(e, x.c, ctx.params);
      const threshold = acc.map((a) => Math.ceil(t / a));
      for (let i = 0, c = 0; i < out.length; i++, c = c + 1 === x.c ? 0 : c + 1) out[i] = Math.floor(x.data[i]! * inv[c]! + add[c]!) >= threshold[c]! ? t + beta : t - beta;
    } else {
      for (let i = 0; i < out.length; i++) out[i] = x.data[i]! >= t ? t + beta : t - beta;
    }
    // A binary conv reading these pads with +1, the value t + β (qconv2d's padding rule).
    return makeAct(x.rank, x.n, x.c, x.h, x.w, out, t + beta);
  }

  backward(dy: Float32Array, ctx: RunContext): (Float32Array | undefined)[] {
    const { dbeta, dt } = binaryBackward(this.x!.data, dy, this.tb, dy);
    ctx.grads[this.spec.beta.offset]! += dbeta * this.spec.g;
    ctx.grads[this.spec.t.offset]! += dt * this.spec.g;
    return [this.spec.needGrad[0] ? dy : undefined];
  }
}

/** qbinarize of a multi-bit value on grid `grid`: +1 where its code ≥ T = z + ⌈t/s⌉ (binarizeThreshold), x̂ = t + β·y. */
export interface BinarizeSpec extends LayerSpecBase {
  readonly kind: 'binarize';
  readonly t: Slot;
  readonly beta: Slot;
  readonly grid: GridSpec;
  readonly g: number;
}

export class BinarizeLayer extends Unary {
  private tb = { t: 0, beta: 1 };
  constructor(private readonly spec: BinarizeSpec) { super(spec); }

  forward(xs: readonly Act[], ctx: RunContext): Act {
    const x = xs[0]!;
    this.x = x;
    const g = gridOf(this.spec.grid, ctx.params);
    const { threshold, quant } = binarizeThreshold({ dtype: 'u8', scale: g.s, zero: g.z, qmin: g.qlo, qmax: g.qhi, offset: 0 }, ctx.params[this.spec.t.offset]!, ctx.params[this.spec.beta.offset]!, this.name);
    this.tb = { t: quant.offset, beta: quant.scale };
    const out = x.data.map((v) => (codeOf(v, g) >= threshold ? quant.offset + quant.scale : quant.offset - quant.scale));
    return makeAct(x.rank, x.n, x.c, x.h, x.w, out, quant.offset + quant.scale);
  }

  backward(dy: Float32Array, ctx: RunContext): (Float32Array | undefined)[] {
    const { dbeta, dt } = binaryBackward(this.x!.data, dy, this.tb, dy);
    ctx.grads[this.spec.beta.offset]! += dbeta * this.spec.g;
    ctx.grads[this.spec.t.offset]! += dt * this.spec.g;
    return [this.spec.needGrad[0] ? dy : undefined];
  }
}

/** An average pool on the integer codes of its input's grid (qavgpool/qglobal_avgpool: Σq / count rounded half away from zero). */
export interface GridPoolSpec extends LayerSpecBase {
  readonly kind: 'gridpool';
  readonly global: boolean;
  readonly pool?: Pick<PoolSpec, 'kernel' | 'stride' | 'pad' | 'ceilMode'>;
  readonly grid: GridSpec;
}

export class GridPoolLayer extends Unary {
  private oh = 1;
  private ow = 1;
  constructor(private readonly spec: GridPoolSpec) { super(spec); }

  private taps(x: Act, f: (o: number, i: number, count: number) => void): void {
    if (this.spec.global) {
      const pix = x.h * x.w;
      for (let b = 0; b < x.n; b++) for (let p = 0; p < pix; p++) f(b, b * pix + p, pix);
      return;
    }
    forEachPoolTap(x, { ...this.spec.pool!, countIncludePad: false }, this.oh, this.ow, f);
  }

  forward(xs: readonly Act[], ctx: RunContext): Act {
    const x = xs[0]!;
    this.x = x;
    const p = this.spec.pool;
    [this.oh, this.ow] = this.spec.global ? [1, 1] : [poolOut(x.h, p!.kernel[0], p!.stride[0], p!.pad[0], p!.pad[2], p!.ceilMode), poolOut(x.w, p!.kernel[1], p!.stride[1], p!.pad[1], p!.pad[3], p!.ceilMode)];
    const g = gridOf(this.spec.grid, ctx.params);
    const c = x.c;
    const sums = new Float64Array(x.n * this.oh * this.ow * c);
    const counts = new Int32Array(x.n * this.oh * this.ow);
    this.taps(x, (o, i, count) => {
      counts[o] = count;
      for (let ch = 0; ch < c; ch++) sums[o * c + ch]! += codeOf(x.data[i * c + ch]!, g);
    });
    const out = new Float32Array(sums.length);
    for (let k = 0; k < out.length; k++) out[k] = g.s * (roundingDivideHalfAwayFromZero(sums[k]!, counts[Math.floor(k / c)]!) - g.z);
    return makeAct(4, x.n, c, this.oh, this.ow, out);
  }

  backward(dy: Float32Array): (Float32Array | undefined)[] {
    if (!this.spec.needGrad[0]) return [undefined];
    const x = this.x!;
    const c = x.c;
    const dx = new Float32Array(x.data.length);
    this.taps(x, (o, i, count) => {
      for (let ch = 0; ch < c; ch++) dx[i * c + ch]! += dy[o * c + ch]! / count;
    });
    return [dx];
  }
}

/** relu/relu6/clip after a pool: the codes clamped to [z + round(lo/s), z + round(hi/s)] ∩ [qlo, qhi] (insert-quantizers' quantizeClamp). */
export interface GridClampSpec extends LayerSpecBase {
  readonly kind: 'gridclamp';
  readonly grid: GridSpec;
  readonly lo: number;
  readonly hi: number;
}

export class GridClampLayer extends Unary {
  private pass?: Uint8Array;
  constructor(private readonly spec: GridClampSpec) { super(spec); }

  forward(xs: readonly Act[], ctx: RunContext): Act {
    const x = xs[0]!;
    this.x = x;
    const g = gridOf(this.spec.grid, ctx.params);
    const { lo, hi } = this.spec;
    const qlo = Number.isFinite(lo) ? Math.min(g.qhi, Math.max(g.qlo, g.z + roundHalfEven(lo / g.s))) : g.qlo;
    const qhi = Number.isFinite(hi) ? Math.max(qlo, Math.min(g.qhi, g.z + roundHalfEven(hi / g.s))) : g.qhi;
    this.pass = new Uint8Array(x.data.length);
    const out = new Float32Array(x.data.length);
    for (let i = 0; i < out.length; i++) {
      const q = codeOf(x.data[i]!, g);
      this.pass[i] = q > qlo && q < qhi ? 1 : 0;
      out[i] = g.s * (Math.min(qhi, Math.max(qlo, q)) - g.z);
    }
    return this.like(x, out);
  }

  backward(dy: Float32Array): (Float32Array | undefined)[] {
    for (let i = 0; i < dy.length; i++) if (!this.pass![i]) dy[i] = 0;
    return [this.spec.needGrad[0] ? dy : undefined];
  }
}

/** LSQ weight quantization: one learned step size per output channel (or one per tensor), symmetric signed grid. */
export interface LsqWeightSpec {
  readonly kind: 'lsq-weight';
  readonly s: Slot;
  readonly bits: number;
  readonly narrow: boolean;
  readonly g: number;
}

export class LsqWeight implements WeightTransform {
  private w?: Float32Array;
  private inside?: Uint8Array;
  private readonly range: { qmin: number; qmax: number };
  constructor(private readonly spec: LsqWeightSpec) {
    this.range = qRange(spec.bits, true, spec.narrow);
  }

  forward(w: Float32Array, ctx: RunContext): Float32Array {
    const scales = ctx.params.subarray(this.spec.s.offset, this.spec.s.offset + this.spec.s.length);
    const { out, inside } = fakeQuantWeights(w, scales, this.range.qmin, this.range.qmax);
    this.w = w;
    this.inside = inside;
    return out;
  }

  backward(dw: Float32Array, ctx: RunContext): Float32Array {
    const scales = ctx.params.subarray(this.spec.s.offset, this.spec.s.offset + this.spec.s.length);
    const r = fakeQuantWeightsBackward(this.w!, dw, scales, this.range.qmin, this.range.qmax, this.inside!);
    for (let c = 0; c < r.ds.length; c++) ctx.grads[this.spec.s.offset + c]! += r.ds[c]! * this.spec.g;
    return r.dw;
  }
}

/** Binary weights ŵ = α_c·sign(w) (0 → +1) with a learned α per output channel; latent weights kept in [−1, 1]. */
export interface BinaryWeightSpec {
  readonly kind: 'binary-weight';
  readonly alpha: Slot;
  readonly g: number;
}

export class BinaryWeight implements WeightTransform {
  private w?: Float32Array;
  constructor(private readonly spec: BinaryWeightSpec) {}

  forward(w: Float32Array, ctx: RunContext): Float32Array {
    const channels = this.spec.alpha.length;
    const k = w.length / channels;
    const out = new Float32Array(w.length);
    for (let c = 0; c < channels; c++) {
      const a = ctx.params[this.spec.alpha.offset + c]!;
      for (let i = c * k; i < (c + 1) * k; i++) out[i] = w[i]! >= 0 ? a : -a;
    }
    this.w = w;
    return out;
  }

  backward(dw: Float32Array, ctx: RunContext): Float32Array {
    const channels = this.spec.alpha.length;
    const w = this.w!;
    const k = w.length / channels;
    const d = new Float32Array(w.length);
    for (let c = 0; c < channels; c++) {
      const a = ctx.params[this.spec.alpha.offset + c]!;
      let da = 0;
      for (let i = c * k; i < (c + 1) * k; i++) {
        da += dw[i]! * (w[i]! >= 0 ? 1 : -1);
        // STE on the latent weight (clipped to [−1, 1] after every step, so the hard-tanh window always passes).
        d[i] = dw[i]! * a;
      }
      ctx.grads[this.spec.alpha.offset + c]! += da * this.spec.g;
    }
    return d;
  }
}
