// Elementwise binary ops add, sub, mul, div with numpy/ONNX multidirectional broadcasting, and prelu
// (x where x ≥ 0, slope·x below; the slope broadcasts to x).
// Float semantics: each result is the f64 operation on two f32 values rounded to f32, which equals
// IEEE f32 arithmetic exactly (f64 has more than 2·24+2 bits, so the double rounding is harmless).
// Integer tensors (an ONNX graph with integer inputs) follow ONNX's integer arithmetic: the exact result
// stored in the dtype, so add/sub/mul wrap around and div truncates toward zero.
import type { OpSpec } from '../op-spec.js';
import { shapeError } from '../op-spec.js';
import { type Tensor, type TensorType, formatShape, numel, sameShape, tensorType } from '../tensor.js';
import { allocate } from '../dtype.js';
import { broadcastShape, broadcastStrides } from './broadcast.js';
import { FUSED_ACTIVATION_ATTRS, applyFusedClamp } from './fused-attrs.js';

type BinaryKind = 'add' | 'sub' | 'mul' | 'div' | 'prelu';

/** The typed arrays of float and integer (≤ 32-bit) tensors. */
type NumberArray = Float32Array | Int32Array | Int16Array | Int8Array | Uint8Array;

/**
 * Applies `kind` to a row of `len` elements: out[o + i] = a[ia + i·sa] ∘ b[ib + i·sb].
 * The switch sits outside the element loop so the loop body is one arithmetic operation.
 */
function applyRow(kind: BinaryKind, out: NumberArray, o: number, a: NumberArray, ia: number, sa: number,
  b: NumberArray, ib: number, sb: number, len: number): void {
  switch (kind) {
    case 'add': for (let i = 0; i < len; i++) out[o + i] = a[ia + i * sa]! + b[ib + i * sb]!; return;
    case 'sub': for (let i = 0; i < len; i++) out[o + i] = a[ia + i * sa]! - b[ib + i * sb]!; return;
    case 'mul': for (let i = 0; i < len; i++) out[o + i] = a[ia + i * sa]! * b[ib + i * sb]!; return;
    case 'div': for (let i = 0; i < len; i++) out[o + i] = a[ia + i * sa]! / b[ib + i * sb]!; return; // an integer store truncates
    case 'prelu': for (let i = 0; i < len; i++) { const x = a[ia + i * sa]!; out[o + i] = x < 0 ? x * b[ib + i * sb]! : x; } return;
  }
}

/** Evaluates a broadcast binary op row by row (the last output dimension), with an odometer over the others. */
function evalBinary(kind: BinaryKind, a: Tensor, b: Tensor, output: TensorType): Tensor {
  const shape = output.shape;
  const ad = a.data as NumberArray;
  const bd = b.data as NumberArray;
  const out = allocate(output.dtype, numel(shape)) as NumberArray;
  if (out.length === 0) return { type: output, data: out };
  if (sameShape(a.type.shape, shape) && sameShape(b.type.shape, shape)) {
    applyRow(kind, out, 0, ad, 0, 1, bd, 0, 1, out.length);
    return { type: output, data: out };
  }
  if (shape.length === 0) {
    applyRow(kind, out, 0, ad, 0, 0, bd, 0, 0, 1);
    return { type: output, data: out };
  }
  const rank = shape.length;
  const sa = broadcastStrides(a.type.shape, shape);
  const sb = broadcastStrides(b.type.shape, shape);
  const len = shape[rank - 1]!;
  const index = new Array<number>(rank - 1).fill(0);
  let ia = 0, ib = 0;
  for (let o = 0; o < out.length; o += len) {
    applyRow(kind, out, o, ad, ia, sa[rank - 1]!, bd, ib, sb[rank - 1]!, len);
    // Advance the odometer over the outer dimensions, keeping the operand offsets in step.
    for (let d = rank - 2; d >= 0; d--) {
      index[d]!++;
      ia += sa[d]!;
      ib += sb[d]!;
      if (index[d]! < shape[d]!) break;
      ia -= sa[d]! * shape[d]!;
      ib -= sb[d]! * shape[d]!;
      index[d] = 0;
    }
  }
  return { type: output, data: out };
}

/** `fusedClamp`: the op takes act_min/act_max (a fused activation on a residual add). */
function binaryOp(kind: BinaryKind, summary: string, quantization: string, fusedClamp = false): OpSpec {
  return {
    name: kind,
    summary,
    shapes: 'a, b → their broadcast shape (numpy rules)',
    quantization,
    operands: [
      { name: 'a', kind: 'any' },
      { name: 'b', kind: 'any' },
    ],
    attrs: fusedClamp ? FUSED_ACTIVATION_ATTRS : {},
    inferType([a, b], _attrs, ctx) {
      const shape = broadcastShape(a!.shape, b!.shape);
      if (shape === undefined) shapeError(ctx, `cannot broadcast ${formatShape(a!.shape)} with ${formatShape(b!.shape)}`);
      return tensorType(a!.dtype, shape);
    },
    // Elementwise work runs on the vector unit; MACs count array work only (conv2d, dense, matmul).
    macs: () => 0,
    evalFloat: ([a, b], attrs, output) => {
      const y = evalBinary(kind, a!, b!, output);
      return fusedClamp ? applyFusedClamp(y, attrs) : y;
    },
  };
}

const SCALE_SHIFT = 'by a constant scalar or one per channel: folded into the neighbouring conv2d/dense or a depthwise 1x1 conv2d (fold-constant-affine, fold-channel-affine); of two activations: none (QMOD007)';

/** add(a, b) = a + b, broadcast (residual connections, per-channel bias [C,1,1] or [1,C,1,1]); act_min/act_max clamp the sum. */
export const add = binaryOp('add', 'a + b with broadcasting',
  'qadd for two activations of one shape (TFLite add); a constant scalar or one per channel: a bias of the neighbouring conv2d/dense or a depthwise 1x1 conv2d (fold-constant-affine, fold-channel-affine)', true);
/** sub(a, b) = a − b, broadcast. */
export const sub = binaryOp('sub', 'a − b with broadcasting', SCALE_SHIFT);
/** mul(a, b) = a · b, broadcast (e.g. per-channel scale). */
export const mul = binaryOp('mul', 'a · b with broadcasting', SCALE_SHIFT);
/** div(a, b) = a / b, broadcast (IEEE: x/0 is ±inf or NaN, no error). */
export const div = binaryOp('div', 'a / b with broadcasting', SCALE_SHIFT);

/** prelu(x, slope) = x if x ≥ 0 else slope·x; slope broadcasts to x's shape (ONNX PRelu, e.g. [C,1,1] per channel). */
export const prelu: OpSpec = {
  ...binaryOp('prelu', 'x if x ≥ 0, else slope·x (slope broadcasts to x)', 'none (QMOD010); the ONNX importer writes a one-slope PRelu as leaky_relu, a table'),
  shapes: 'x, slope broadcast to x → x\'s shape',
  operands: [
    { name: 'x', kind: 'value' },
    { name: 'slope', kind: 'any' },
  ],
  inferType([x, slope], _attrs, ctx) {
    const shape = broadcastShape(x!.shape, slope!.shape);
    if (shape === undefined || !sameShape(shape, x!.shape)) shapeError(ctx, `slope ${formatShape(slope!.shape)} must broadcast to x ${formatShape(x!.shape)}`);
    return x!;
  },
};
