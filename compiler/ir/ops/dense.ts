// dense (fully connected, PyTorch Linear layout) and matmul (general 2-D or batched product).
// Float semantics: f32 operands, products and sums accumulated in float64 (dense: bias first), rounded once to f32.
import { type OpContext, type OpSpec, boolAttr, requireFloat, shapeError } from '../op-spec.js';
import { type TensorType, formatShape, numel, stridesOf, tensorType } from '../tensor.js';
import { broadcastShape, broadcastStrides } from './broadcast.js';
import { BN_RANGE_ATTRS, FUSED_ACTIVATION_ATTRS, applyFusedClamp, checkBnStats } from './fused-attrs.js';

/**
 * dense(x, w, [b]): x [N,K], w [out,K], b [out] → y [N,out] with y = x·wᵀ + b.
 * The weight is [out, in] as in PyTorch's Linear (and ONNX Gemm with transB=1). act_min/act_max
 * clamp the output (fused activation); the bn_* attributes are informational (see fused-attrs.ts).
 */
export const dense: OpSpec = {
  name: 'dense',
  summary: 'fully connected layer: y = x·wᵀ + b, w is [out, in]',
  shapes: 'x [N,K], w [out,K] (PyTorch Linear), b [out] → [N,out]',
  quantization: 'qdense, as conv2d',
  operands: [
    { name: 'x', kind: 'value' },
    { name: 'w', kind: 'any' },
    { name: 'b', kind: 'any', optional: true },
  ],
  attrs: { ...FUSED_ACTIVATION_ATTRS, ...BN_RANGE_ATTRS },
  inferType(inputs, attrs, ctx) {
    const [x, w, b] = inputs as [TensorType, TensorType, TensorType | undefined];
    requireFloat(ctx, 'x', x);
    if (x.shape.length !== 2) shapeError(ctx, `x must be 2-D [N,K], got ${formatShape(x.shape)} (flatten it first)`);
    if (w.shape.length !== 2) shapeError(ctx, `weight must be 2-D [out,K], got ${formatShape(w.shape)}`);
    const [outF, k] = w.shape as [number, number];
    if (k !== x.shape[1]) shapeError(ctx, `weight ${formatShape(w.shape)} expects ${k} input features, x ${formatShape(x.shape)} has ${x.shape[1]}`);
    if (b !== undefined && (b.shape.length !== 1 || b.shape[0] !== outF)) {
      shapeError(ctx, `bias ${formatShape(b.shape)} must be [${outF}] (one per output of weight ${formatShape(w.shape)})`);
    }
    checkBnStats(ctx, attrs, outF);
    return tensorType(x.dtype, [x.shape[0]!, outF]);
  },
  macs: (inputs) => inputs[0]!.shape[0]! * inputs[1]!.shape[0]! * inputs[1]!.shape[1]!,
  evalFloat([x, w, b], attrs, output) {
    const [n, k] = x!.type.shape as [number, number];
    const outF = w!.type.shape[0]!;
    const xd = x!.data as Float32Array;
    const wd = w!.data as Float32Array;
    const bd = b?.data as Float32Array | undefined;
    const out = new Float32Array(n * outF);
    for (let i = 0; i < n; i++) {
      const xRow = i * k;
      for (let o = 0; o < outF; o++) {
        const wRow = o * k;
        let acc = bd === undefined ? 0 : bd[o]!;
        for (let j = 0; j < k; j++) acc += xd[xRow + j]! * wd[wRow + j]!;
        out[i * outF + o] = acc;
      }
    }
    return applyFusedClamp({ type: output, data: out }, attrs);
  },
};

/** The [rows, cols] of the matrix in the last two dimensions, after the optional transpose. */
function matrixDims(shape: readonly number[], transpose: boolean): [number, number] {
  const r = shape[shape.length - 2]!;
  const c = shape[shape.length - 1]!;
  return transpose ? [c, r] : [r, c];
}

/** Output batch dims (leading dims broadcast), M, K, N. With `ctx` (type inference) a mismatch is a user error naming the shapes. */
function matmulGeometry(a: TensorType, b: TensorType, transA: boolean, transB: boolean, ctx?: OpContext) {
  const [m, ka] = matrixDims(a.shape, transA);
  const [kb, n] = matrixDims(b.shape, transB);
  const batch = broadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
  if (ctx !== undefined) {
    const shapes = `a ${formatShape(a.shape)}${transA ? ' (trans_a)' : ''} and b ${formatShape(b.shape)}${transB ? ' (trans_b)' : ''}`;
    if (ka !== kb) shapeError(ctx, `inner dimensions differ: ${shapes} give [${m},${ka}]·[${kb},${n}]`);
    if (batch === undefined) shapeError(ctx, `cannot broadcast the batch dimensions of ${shapes}`);
  }
  return { batch: batch!, m, k: ka, n };
}

/**
 * matmul(a, b) {trans_a, trans_b}: a [..., M, K], b [..., K, N] → [..., M, N] (transposes apply to
 * the last two dimensions). Leading dimensions broadcast as in numpy/ONNX MatMul; ranks must be ≥ 2.
 */
export const matmul: OpSpec = {
  name: 'matmul',
  summary: 'matrix product of the last two dimensions, leading dimensions broadcast',
  shapes: 'a [..., M, K], b [..., K, N] → [..., M, N]; leading dims broadcast',
  quantization: 'dense when b is a constant matrix and a is 2-D (matmul-to-dense); two activations: none (QMOD007)',
  operands: [
    { name: 'a', kind: 'any' },
    { name: 'b', kind: 'any' },
  ],
  attrs: {
    trans_a: { kind: 'bool', default: false, doc: 'transpose the last two dimensions of a' },
    trans_b: { kind: 'bool', default: false, doc: 'transpose the last two dimensions of b' },
  },
  inferType(inputs, attrs, ctx) {
    const [a, b] = inputs as [TensorType, TensorType];
    for (const [name, t] of [['a', a], ['b', b]] as const) {
      requireFloat(ctx, name, t);
      if (t.shape.length < 2) shapeError(ctx, `${name} must have rank ≥ 2, got ${formatShape(t.shape)}`);
    }
    const g = matmulGeometry(a, b, boolAttr(attrs, 'trans_a'), boolAttr(attrs, 'trans_b'), ctx);
    return tensorType(a.dtype, [...g.batch, g.m, g.n]);
  },
  macs: (inputs, output, attrs) => numel(output.shape) * matrixDims(inputs[0]!.shape, boolAttr(attrs, 'trans_a'))[1],
  evalFloat([a, b], attrs, output) {
    const transA = boolAttr(attrs, 'trans_a');
    const transB = boolAttr(attrs, 'trans_b');
    const { batch, m, k, n } = matmulGeometry(a!.type, b!.type, transA, transB);
    // Element strides of a(i, kk) and b(kk, j) inside one matrix, so the loop is the same for every transpose.
    const saI = transA ? 1 : k, saK = transA ? m : 1;
    const sbK = transB ? 1 : n, sbJ = transB ? k : 1;
    const aBatch = broadcastStrides(a!.type.shape.slice(0, -2), batch);
    const bBatch = broadcastStrides(b!.type.shape.slice(0, -2), batch);
    const outBatch = stridesOf(batch);
    const ad = a!.data as Float32Array;
    const bd = b!.data as Float32Array;
    const out = new Float32Array(numel(output.shape));
    for (let t = 0; t < numel(batch); t++) {
      // Matrix offsets of this batch entry in a and b (strides count matrices, then scale by their size).
      let aMat = 0, bMat = 0;
      for (let d = 0; d < batch.length; d++) {
        const idx = Math.floor(t / outBatch[d]!) % batch[d]!;
        aMat += idx * aBatch[d]!;
        bMat += idx * bBatch[d]!;
      }
      const aOff = aMat * m * k, bOff = bMat * k * n, oOff = t * m * n;
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let acc = 0;
          for (let kk = 0; kk < k; kk++) acc += ad[aOff + i * saI + kk * saK]! * bd[bOff + kk * sbK + j * sbJ]!;
          out[oOff + i * n + j] = acc;
        }
      }
    }
    return { type: output, data: out };
  },
};
