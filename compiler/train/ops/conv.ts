// conv2d for training: forward and both backward products as GEMMs over im2col rows (NHWC), per channel
// group; depthwise convolutions (one input channel per group) as direct loops, where a GEMM would have
// one row of weights. With the fused activation clamp of fuse-activations, when present. Padding reads
// the input's `pad` value (0, or the +1 of binary activations: the weight gradient of padded taps is kept
// through the im2col rows; the input gradient of the padding is dropped).
//   forward  Y[p][oc]      = b[oc] + Σ_k row[p][k]·W[oc][k]        (W in OHWI order, k = tap·cinG + c)
//   backward dW[oc][k]     = Σ_p dY[p][oc]·row[p][k]               (dYᵀ · rows)
//            drow[p][k]    = Σ_oc dY[p][oc]·W[oc][k]               (dY · W), then col2im
import { type Act, makeAct } from '../act.js';
import { SpecLayer, type LayerSpecBase, type RunContext, type Slot, type WeightTransform, type WeightTransformFactory } from '../layer.js';
import { type ConvGeometry, addOhwiToOihw, col2im, colShape, im2col, isPointwise, weightsToOhwi } from './im2col.js';
import { applyClamp, maskByClamp } from './clamp.js';
import { depthwiseBackward, depthwiseForward } from './depthwise.js';

/** A convolution layer: OIHW weights and optional bias in the parameter array, NCHW attribute order of the graph. */
export interface ConvSpec extends LayerSpecBase {
  readonly kind: 'conv2d';
  readonly w: Slot;
  readonly b?: Slot;
  /** [cout, cin/groups, kh, kw] */
  readonly wShape: readonly [number, number, number, number];
  readonly stride: readonly [number, number];
  /** [top, left, bottom, right] */
  readonly pad: readonly [number, number, number, number];
  readonly dilation: readonly [number, number];
  readonly groups: number;
  /** The fused activation [lo, hi] (fuse-activations' act_min/act_max), absent when none. */
  readonly clamp?: readonly [number, number];
  /** Fake quantization of the weights (QAT), absent for float training. */
  readonly wq?: { readonly kind: string };
}

/** Output size of one spatial axis (floor mode, as conv2d). */
export function convOut(size: number, k: number, s: number, d: number, p0: number, p1: number): number {
  return Math.floor((size + p0 + p1 - d * (k - 1) - 1) / s) + 1;
}

/** Transposes a row-major [rows][cols] matrix. */
export function transpose(src: Float32Array, rows: number, cols: number, out = new Float32Array(rows * cols)): Float32Array {
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = src[r * cols + c]!;
  return out;
}

export class Conv2dLayer extends SpecLayer<ConvSpec> {
  private geom?: ConvGeometry;
  private x?: Act;
  private y?: Float32Array;
  private used?: Float32Array;
  private cols: Float32Array[] = [];
  private ohwi: Float32Array[] = [];
  private readonly transform?: WeightTransform;

  constructor(spec: ConvSpec, transforms: Readonly<Record<string, WeightTransformFactory>>) {
    super(spec);
    if (spec.wq) this.transform = transforms[spec.wq.kind]!(spec.wq);
  }

  private geometry(x: Act): ConvGeometry {
    const s = this.spec;
    const [cout, , kh, kw] = s.wShape;
    const oh = convOut(x.h, kh, s.stride[0], s.dilation[0], s.pad[0], s.pad[2]);
    const ow = convOut(x.w, kw, s.stride[1], s.dilation[1], s.pad[1], s.pad[3]);
    return { n: x.n, h: x.h, w: x.w, cin: x.c, cout, groups: s.groups, kh, kw, sh: s.stride[0], sw: s.stride[1], dh: s.dilation[0], dw: s.dilation[1], pt: s.pad[0], pl: s.pad[1], oh, ow };
  }

  forward(xs: readonly Act[], ctx: RunContext): Act {
    const x = xs[0]!;
    const g = this.geometry(x);
    const s = this.spec;
    const latent = ctx.params.subarray(s.w.offset, s.w.offset + s.w.length);
    const w = this.transform ? this.transform.forward(latent, ctx) : latent;
    const rows = g.n * g.oh * g.ow;
    const y = new Float32Array(rows * g.cout);
    if (g.cin / g.groups === 1 && g.cout / g.groups === 1) depthwiseForward(x.data, w, g, y, x.pad ?? 0);
    else this.gemmForward(x.data, w, g, y, ctx, x.pad ?? 0);
    if (s.b) {
      const b = ctx.params.subarray(s.b.offset, s.b.offset + g.cout);
      for (let p = 0, i = 0; p < rows; p++) for (let oc = 0; oc < g.cout; oc++, i++) y[i]! += b[oc]!;
    }
    if (s.clamp) applyClamp(y, s.clamp[0], s.clamp[1]);
    Object.assign(this, { geom: g, x, y, used: w });
    return makeAct(4, g.n, g.cout, g.oh, g.ow, y);
  }

  private gemmForward(x: Float32Array, w: Float32Array, g: ConvGeometry, y: Float32Array, ctx: RunContext, pad: number): void {
    const { rows, cols } = colShape(g);
    const coutG = g.cout / g.groups;
    this.cols = [];
    this.ohwi = [];
    const out = g.groups === 1 ? y : new Float32Array(rows * coutG);
    for (let gr = 0; gr < g.groups; gr++) {
      let col: Float32Array;
      if (isPointwise(g)) col = x;
      else {
        col = new Float32Array(rows * cols);
        im2col(x, g, gr, col, pad);
      }
      const wt = new Float32Array(coutG * cols);
      weightsToOhwi(w, g, gr, wt);
      ctx.kernels.matmul(out, col, wt, rows, coutG, cols, 'nk');
      if (g.groups > 1) for (let p = 0; p < rows; p++) y.set(out.subarray(p * coutG, (p + 1) * coutG), p * g.cout + gr * coutG);
      this.cols.push(col);
      this.ohwi.push(wt);
    }
  }

  backward(dy: Float32Array, ctx: RunContext): (Float32Array | undefined)[] {
    const s = this.spec;
    const g = this.geom!;
    if (s.clamp) maskByClamp(dy, this.y!, s.clamp[0], s.clamp[1]);
    const rows = g.n * g.oh * g.ow;
    if (s.b) {
      const db = ctx.grads.subarray(s.b.offset, s.b.offset + g.cout);
      for (let p = 0, i = 0; p < rows; p++) for (let oc = 0; oc < g.cout; oc++, i++) db[oc]! += dy[i]!;
    }
    const dw = new Float32Array(s.w.length);
    const dx = s.needGrad[0] ? new Float32Array(this.x!.data.length) : undefined;
    if (g.cin / g.groups === 1 && g.cout / g.groups === 1) depthwiseBackward(this.x!.data, this.used!, dy, g, dw, dx, this.x!.pad ?? 0);
    else this.gemmBackward(dy, g, dw, dx, ctx);
    const dLatent = this.transform ? this.transform.backward(dw, ctx) : dw;
    const gw = ctx.grads.subarray(s.w.offset, s.w.offset + s.w.length);
    for (let i = 0; i < gw.length; i++) gw[i]! += dLatent[i]!;
    this.cols = [];
    this.ohwi = [];
    return [dx];
  }

  private gemmBackward(dy: Float32Array, g: ConvGeometry, dw: Float32Array, dx: Float32Array | undefined, ctx: RunContext): void {
    const { rows, cols } = colShape(g);
    const coutG = g.cout / g.groups;
    const dyG = g.groups === 1 ? dy : new Float32Array(rows * coutG);
    const dyT = new Float32Array(rows * coutG);
    const dwG = new Float32Array(coutG * cols);
    const dcol = dx ? new Float32Array(rows * cols) : undefined;
    for (let gr = 0; gr < g.groups; gr++) {
      if (g.groups > 1) for (let p = 0; p < rows; p++) dyG.set(dy.subarray(p * g.cout + gr * coutG, p * g.cout + (gr + 1) * coutG), p * coutG);
      transpose(dyG, rows, coutG, dyT);
      ctx.kernels.matmul(dwG, dyT, this.cols[gr]!, coutG, cols, rows, 'kn');
      addOhwiToOihw(dwG, g, gr, dw);
      if (dx && dcol) {
        ctx.kernels.matmul(dcol, dyG, this.ohwi[gr]!, rows, cols, coutG, 'kn');
        if (isPointwise(g)) dx.set(dcol);
        else col2im(dcol, g, gr, dx);
      }
    }
  }
}
