// dense (y = x·Wᵀ + b) for training, the three products as GEMMs, with the fused activation clamp:
//   forward Y = X·Wᵀ (B = W, 'nk');  dX = dY·W ('kn');  dW = dYᵀ·X ('kn')
import { type Act, makeAct } from '../act.js';
import { SpecLayer, type LayerSpecBase, type RunContext, type Slot, type WeightTransform, type WeightTransformFactory } from '../layer.js';
import { assert } from '../../../core/diagnostics.js';
import { applyClamp, maskByClamp } from './clamp.js';
import { transpose } from './conv.js';

/** A dense layer: weights [out][in] and optional bias in the parameter array. */
export interface DenseSpec extends LayerSpecBase {
  readonly kind: 'dense';
  readonly w: Slot;
  readonly b?: Slot;
  /** [out, in] */
  readonly wShape: readonly [number, number];
  readonly clamp?: readonly [number, number];
  readonly wq?: { readonly kind: string };
}

export class DenseLayer extends SpecLayer<DenseSpec> {
  private x?: Act;
  private y?: Float32Array;
  private used?: Float32Array;
  private readonly transform?: WeightTransform;

  constructor(spec: DenseSpec, transforms: Readonly<Record<string, WeightTransformFactory>>) {
    super(spec);
    if (spec.wq) this.transform = transforms[spec.wq.kind]!(spec.wq);
  }

  forward(xs: readonly Act[], ctx: RunContext): Act {
    const x = xs[0]!;
    const [out, inp] = this.spec.wShape;
    assert(x.h * x.w === 1 && x.c === inp, `dense ${this.name}: input [${x.n},${x.c},${x.h},${x.w}] does not match ${inp} features`);
    const latent = ctx.params.subarray(this.spec.w.offset, this.spec.w.offset + this.spec.w.length);
    const w = this.transform ? this.transform.forward(latent, ctx) : latent;
    const y = new Float32Array(x.n * out);
    ctx.kernels.matmul(y, x.data, w, x.n, out, inp, 'nk');
    if (this.spec.b) {
      const b = ctx.params.subarray(this.spec.b.offset, this.spec.b.offset + out);
      for (let r = 0, i = 0; r < x.n; r++) for (let j = 0; j < out; j++, i++) y[i]! += b[j]!;
    }
    if (this.spec.clamp) applyClamp(y, this.spec.clamp[0], this.spec.clamp[1]);
    Object.assign(this, { x, y, used: w });
    return makeAct(2, x.n, out, 1, 1, y);
  }

  backward(dy: Float32Array, ctx: RunContext): (Float32Array | undefined)[] {
    const s = this.spec;
    const [out, inp] = s.wShape;
    const n = this.x!.n;
    if (s.clamp) maskByClamp(dy, this.y!, s.clamp[0], s.clamp[1]);
    if (s.b) {
      const db = ctx.grads.subarray(s.b.offset, s.b.offset + out);
      for (let r = 0, i = 0; r < n; r++) for (let j = 0; j < out; j++, i++) db[j]! += dy[i]!;
    }
    const dw = new Float32Array(out * inp);
    ctx.kernels.matmul(dw, transpose(dy, n, out), this.x!.data, out, inp, n, 'kn');
    const dLatent = this.transform ? this.transform.backward(dw, ctx) : dw;
    const gw = ctx.grads.subarray(s.w.offset, s.w.offset + s.w.length);
    for (let i = 0; i < gw.length; i++) gw[i]! += dLatent[i]!;
    if (!s.needGrad[0]) return [undefined];
    const dx = new Float32Array(n * inp);
    ctx.kernels.matmul(dx, dy, this.used!, n, inp, out, 'kn');
    return [dx];
  }
}
