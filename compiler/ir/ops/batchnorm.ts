// batchnorm: inference-time batch normalization per channel on axis 1 (ONNX BatchNormalization, test mode).
// Float semantics: y = (x − mean)·(gamma/sqrt(var + eps)) + beta in float64 (the factor once per channel),
// rounded once to f32.
import { type OpSpec, numAttr, requireFloat, shapeError } from '../op-spec.js';
import type { AttrValue } from '../graph.js';
import { type TensorType, formatShape, numel } from '../tensor.js';

const PARAMS = ['gamma', 'beta', 'mean', 'var'] as const;

const nonNegativeFinite = (v: AttrValue): string | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : 'a finite number ≥ 0';

/**
 * batchnorm(x, gamma, beta, mean, var) {eps}: x [N,C,...]; each parameter is [C].
 * Counts 0 MACs: it is per-element vector work, and the compiler folds it into the preceding conv/dense.
 */
export const batchnorm: OpSpec = {
  name: 'batchnorm',
  summary: 'per-channel (axis 1) normalization with running statistics',
  shapes: "x [N,C,...], gamma/beta/mean/var [C] → x's shape",
  quantization: 'folded into the conv2d/dense it follows (fold-batchnorm); after an activation, into the next conv2d/dense when that has no padding, else a depthwise 1x1 conv2d (fold-channel-affine)',
  operands: [
    { name: 'x', kind: 'value' },
    ...PARAMS.map((name) => ({ name, kind: 'const' as const })),
  ],
  attrs: {
    eps: { kind: 'float', default: 1e-5, doc: 'added to the variance before the square root', check: nonNegativeFinite },
  },
  inferType(inputs, _attrs, ctx) {
    const x = inputs[0]!;
    requireFloat(ctx, 'x', x);
    if (x.shape.length < 2) shapeError(ctx, `x must have a channel axis (rank ≥ 2), got ${formatShape(x.shape)}`);
    const c = x.shape[1]!;
    PARAMS.forEach((name, i) => {
      const p: TensorType = inputs[i + 1]!;
      if (p.shape.length !== 1 || p.shape[0] !== c) {
        shapeError(ctx, `${name} ${formatShape(p.shape)} must be [${c}] (one per channel of x ${formatShape(x.shape)})`);
      }
    });
    return x;
  },
  macs: () => 0,
  evalFloat([x, gamma, beta, mean, variance], attrs, output) {
    const shape = x!.type.shape;
    const c = shape[1]!;
    const inner = numel(shape.slice(2));
    const eps = numAttr(attrs, 'eps');
    const xd = x!.data as Float32Array;
    const [g, b, m, v] = [gamma, beta, mean, variance].map((t) => t!.data as Float32Array) as [Float32Array, Float32Array, Float32Array, Float32Array];
    const out = new Float32Array(xd.length);
    for (let base = 0, ch = 0; base < xd.length; base += inner, ch = (ch + 1) % c) {
      const scale = g[ch]! / Math.sqrt(v[ch]! + eps);
      const mu = m[ch]!;
      const beta0 = b[ch]!;
      for (let i = base; i < base + inner; i++) out[i] = (xd[i]! - mu) * scale + beta0;
    }
    return { type: output, data: out };
  },
};
