// ONNX Gemm, MatMul and BatchNormalization → dense, matmul, batchnorm (plus mul/add for Gemm's alpha and C).
// dense takes its weight as [out, in] (PyTorch Linear), so a constant B [K, N] is stored transposed.
import type { OnnxNode } from '../decode.js';
import type { ImportContext, OnnxOpImporter } from '../context.js';
import type { Operand } from '../../../ir/graph.js';
import { type Tensor, f32Tensor, formatShape, numel } from '../../../ir/tensor.js';

/** Bᵀ of a 2-D f32 tensor, each element multiplied by `scale` (rounded once to f32). */
function transposeScaled(b: Tensor, scale: number): Tensor {
  const [k, n] = b.type.shape as [number, number];
  const src = b.data as Float32Array;
  const out = new Float32Array(k * n);
  for (let i = 0; i < k; i++) for (let j = 0; j < n; j++) out[j * k + i] = src[i * n + j]! * scale;
  return f32Tensor([n, k], out);
}

function scaled(t: Tensor, scale: number, shape: readonly number[] = t.type.shape): Tensor {
  return f32Tensor(shape, (t.data as Float32Array).map((v) => v * scale));
}

/** A constant C that broadcasts to one value per output column ([], [1], [N], [1,1] or [1,N]) as a [N] bias, else undefined. */
function biasVector(c: Tensor, n: number, beta: number): Tensor | undefined {
  const s = c.type.shape;
  const count = numel(s);
  if (c.type.dtype !== 'f32' || s.length > 2 || (s.length === 2 && s[0] !== 1)) return undefined;
  if (count === n) return scaled(c, beta, [n]);
  if (count === 1) return f32Tensor([n], new Float32Array(n).fill(Math.fround((c.data as Float32Array)[0]! * beta)));
  return undefined;
}

function requireMatrix(node: OnnxNode, ctx: ImportContext, i: number, what: string): readonly number[] {
  const shape = ctx.inputType(node, i).shape;
  if (shape.length !== 2) ctx.fail(node, 'ONNX016', `${what} ${node.inputs[i]} must be 2-D, got ${formatShape(shape)}`);
  return shape;
}

/**
 * Gemm: Y = alpha·A'·B' + beta·C. With a constant B and transA=0 it becomes dense(A, w[, b]) where
 * w = alpha·B' as [N, K] (B itself when transB=1 and alpha=1, so the weight keeps its name) and
 * b = beta·C when C broadcasts per column. Otherwise: matmul {trans_a, trans_b}, then mul by alpha, then add C.
 */
const GEMM: OnnxOpImporter = {
  doc: 'dense (constant B), else matmul with mul/add for alpha and C',
  // Before opset 7, C broadcast only with broadcast=1 (else it had the output's shape: the same result).
  attrs: (v) => (v < 7 ? ['alpha', 'beta', 'transA', 'transB', 'broadcast'] : ['alpha', 'beta', 'transA', 'transB']),
  run(node, ctx) {
    const alpha = ctx.attrFloat(node, 'alpha', 1);
    const beta = ctx.attrFloat(node, 'beta', 1);
    const transA = ctx.attrInt(node, 'transA', 0);
    const transB = ctx.attrInt(node, 'transB', 0);
    if (transA !== 0 && transA !== 1) ctx.badAttr(node, 'transA', transA, '0 or 1');
    if (transB !== 0 && transB !== 1) ctx.badAttr(node, 'transB', transB, '0 or 1');
    requireMatrix(node, ctx, 0, 'A');
    const bShape = requireMatrix(node, ctx, 1, 'B');
    const a = ctx.valueOperand(node, 0, 'A');
    const n = transB ? bShape[0]! : bShape[1]!;
    const hasC = ctx.hasInput(node, 2);
    const bConst = ctx.constData(node, 1);
    const cConst = hasC ? ctx.constData(node, 2) : undefined;
    if (hasC && cConst === undefined && beta !== 1) ctx.badAttr(node, 'beta', beta, 'beta must be 1 when C is a computed tensor');

    if (bConst !== undefined && transA === 0) {
      const w = transB === 1 && alpha === 1 ? ctx.operand(node, 1)
        : ctx.addConstant(`${node.inputs[1]}${transB ? '' : '.T'}${alpha === 1 ? '' : '.scaled'}`,
          transB ? scaled(bConst, alpha) : transposeScaled(bConst, alpha));
      const bias = cConst === undefined ? undefined : biasVector(cConst, n, beta);
      if (!hasC || bias !== undefined) {
        // A [N] bias with beta = 1 is used as it is, keeping its name; anything else is a new constant.
        const asIs = beta === 1 && cConst?.type.shape.length === 1 && cConst.type.shape[0] === n;
        const b = bias === undefined ? [] : [asIs ? ctx.operand(node, 2) : ctx.addConstant(`${node.inputs[2]}.bias`, bias)];
        ctx.emit(node, 'dense', [a, w, ...b], {});
        return;
      }
      addC(node, ctx, ctx.emit(node, 'dense', [a, w], {}, 'dense'), cConst, beta);
      return;
    }
    const b = ctx.operand(node, 1);
    const last = !hasC && alpha === 1;
    let y = ctx.emit(node, 'matmul', [a, b], { trans_a: transA === 1, trans_b: transB === 1 }, last ? undefined : 'matmul');
    if (alpha !== 1) y = ctx.emit(node, 'mul', [y, ctx.addConstant(`${node.name || node.outputs[0]}.alpha`, f32Tensor([], [alpha]))], {}, hasC ? 'alpha' : undefined);
    if (hasC) addC(node, ctx, y, cConst, beta);
  },
};

/** The final `add` of C (scaled by beta when it is a constant; beta is 1 otherwise). */
function addC(node: OnnxNode, ctx: ImportContext, y: Operand, cConst: Tensor | undefined, beta: number): void {
  const c = cConst !== undefined && beta !== 1 ? ctx.addConstant(`${node.inputs[2]}.scaled`, scaled(cConst, beta)) : ctx.operand(node, 2);
  ctx.emit(node, 'add', [y, c], {});
}

/** MatMul: a constant 2-D B [K, N] with a 2-D A becomes dense(A, Bᵀ); anything else stays matmul. */
const MATMUL: OnnxOpImporter = {
  doc: 'dense (constant 2-D B), else matmul',
  attrs: [],
  run(node, ctx) {
    const bConst = ctx.constData(node, 1);
    const aRank = ctx.inputType(node, 0).shape.length;
    const a = ctx.valueOperand(node, 0, 'A');
    if (bConst !== undefined && bConst.type.dtype === 'f32' && bConst.type.shape.length === 2 && aRank === 2) {
      ctx.emit(node, 'dense', [a, ctx.addConstant(`${node.inputs[1]}.T`, transposeScaled(bConst, 1))], {});
      return;
    }
    ctx.emit(node, 'matmul', [a, ctx.operand(node, 1)], {});
  },
};

/**
 * BatchNormalization in inference mode: one output; the running-statistics outputs exist only in training.
 * Test mode is is_test=1 before opset 7 and training_mode=0 from opset 14.
 */
const BATCH_NORMALIZATION: OnnxOpImporter = {
  doc: 'batchnorm (inference)',
  attrs: (v) => (v === 1 ? ['epsilon', 'momentum', 'is_test', 'spatial', 'consumed_inputs'] : v === 6 ? ['epsilon', 'momentum', 'is_test', 'spatial']
    : v < 9 ? ['epsilon', 'momentum', 'spatial'] : v < 14 ? ['epsilon', 'momentum'] : ['epsilon', 'momentum', 'training_mode']),
  run(node, ctx) {
    const training = ctx.attrInt(node, 'training_mode', 0);
    if (training !== 0) ctx.badAttr(node, 'training_mode', training, 'only inference (0) is supported');
    if (ctx.version(node) < 7 && ctx.attrInt(node, 'is_test', 0) !== 1) ctx.badAttr(node, 'is_test', ctx.attrInt(node, 'is_test', 0), 'only test mode (1) is supported');
    const spatial = ctx.attrInt(node, 'spatial', 1);
    if (spatial !== 1) ctx.badAttr(node, 'spatial', spatial, 'only per-channel statistics (1) are supported');
    ctx.requireOutputsUnused(node, 1, 'the running mean/variance outputs exist only in training mode');
    const eps = ctx.attrFloat(node, 'epsilon', 1e-5);
    const x = ctx.valueOperand(node, 0, 'the input');
    ctx.emit(node, 'batchnorm', [x, ctx.operand(node, 1), ctx.operand(node, 2), ctx.operand(node, 3), ctx.operand(node, 4)], { eps });
  },
};

/** The linear-algebra ops, keyed by ONNX op type. */
export const LINEAR_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  Gemm: GEMM,
  MatMul: MATMUL,
  BatchNormalization: BATCH_NORMALIZATION,
};
