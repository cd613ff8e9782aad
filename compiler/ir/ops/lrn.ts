// lrn: local response normalization across channels (ONNX LRN, AlexNet/GoogLeNet). Float semantics, float64:
//   y[n,c,…] = x[n,c,…] / (bias + alpha/size · Σ x[n,i,…]²)^beta over i from c − ⌊(size−1)/2⌋ to c + ⌈(size−1)/2⌉
//   (channels outside [0, C) left out), rounded once to f32.
import { type OpSpec, numAttr, requireFloat, shapeError } from '../op-spec.js';
import { formatShape, numel } from '../tensor.js';

const positiveInt = (v: unknown): string | undefined => (Number.isInteger(v) && (v as number) > 0 ? undefined : 'a positive integer');

/** lrn(x) {size, alpha, beta, bias}: x [N, C, …] → same shape. */
export const lrn: OpSpec = {
  name: 'lrn',
  summary: 'local response normalization across `size` neighbouring channels',
  shapes: 'x [N,C,…] → same shape',
  quantization: 'none yet: float only (QMOD010)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: {
    size: { kind: 'int', doc: 'channels in the window', check: positiveInt },
    alpha: { kind: 'float', default: 0.0001, doc: 'scale of the sum of squares' },
    beta: { kind: 'float', default: 0.75, doc: 'exponent' },
    bias: { kind: 'float', default: 1, doc: 'added before the exponent' },
  },
  inferType([x], _attrs, ctx) {
    requireFloat(ctx, 'x', x!);
    if (x!.shape.length < 3) shapeError(ctx, `x must be [N, C, spatial…], got ${formatShape(x!.shape)}`);
    return x!;
  },
  macs: () => 0,
  evalFloat([x], attrs, output) {
    const [n, c] = x!.type.shape as [number, number];
    const inner = numel(x!.type.shape.slice(2));
    const size = numAttr(attrs, 'size');
    const [alpha, beta, bias] = ['alpha', 'beta', 'bias'].map((k) => numAttr(attrs, k)) as [number, number, number];
    const lo = Math.floor((size - 1) / 2);
    const hi = Math.ceil((size - 1) / 2);
    const xd = x!.data as Float32Array;
    const out = new Float32Array(xd.length);
    for (let b = 0; b < n; b++) {
      for (let ch = 0; ch < c; ch++) {
        for (let p = 0; p < inner; p++) {
          let sq = 0;
          for (let i = Math.max(0, ch - lo); i <= Math.min(c - 1, ch + hi); i++) sq += xd[(b * c + i) * inner + p]! ** 2;
          const at = (b * c + ch) * inner + p;
          out[at] = xd[at]! / (bias + (alpha / size) * sq) ** beta;
        }
      }
    }
    return { type: output, data: out };
  },
};
