// ONNX elementwise functions (Sigmoid, HardSigmoid, HardSwish, LeakyRelu, Gelu, Swish, Tanh, Elu, …, Round)
// → the accsim elementwise function ops (compiler/ir/ops/unary-functions.ts), and PRelu → leaky_relu (one
// slope) or prelu. Their opset-1 definitions carry a legacy `consumed_inputs` attribute, which is ignored.
// A function of a constant is folded at import.
import type { ImportContext, OnnxOpImporter } from '../context.js';
import type { OnnxNode } from '../decode.js';
import type { AttrValue } from '../../../ir/graph.js';
import { unaryFunction } from '../../../ir/ops/unary-functions.js';
import { applyUnary } from '../../../ir/ops/unary-functions.js';
import { resolveAttrs } from '../../../ir/verify.js';
import { lookupOp } from '../../../ir/op-registry.js';
import { numel } from '../../../ir/tensor.js';

/** ONNX attribute name → accsim attribute name, per function. */
type AttrMap = Readonly<Record<string, string>>;

/** The importer of ONNX op → accsim function `op`, reading the float attributes in `attrs`. */
function unary(op: string, attrs: AttrMap = {}): OnnxOpImporter {
  const fn = unaryFunction(op)!;
  const names = Object.keys(attrs);
  return {
    attrs: (v) => (v === 1 ? [...names, 'consumed_inputs'] : names),
    doc: op,
    run(node, ctx) {
      const a: Record<string, AttrValue> = {};
      for (const [onnx, ours] of Object.entries(attrs)) {
        if (!node.attrs.has(onnx)) continue;
        a[ours] = fn.attrs[ours]!.kind === 'string' ? ctx.attrString(node, onnx, '') : ctx.attrFloat(node, onnx, 0);
      }
      const c = ctx.constData(node, 0);
      if (c !== undefined && c.type.dtype === 'f32') {
        const resolved = resolveAttrs({ name: ctx.label(node), op, operands: [], attrs: a }, lookupOp(op)!);
        ctx.defineConst(node.outputs[0]!, applyUnary(fn, c, resolved, c.type));
        return;
      }
      ctx.emit(node, op, [ctx.valueOperand(node, 0, 'the input')], a);
    },
  };
}

/**
 * PRelu(x, slope): a one-element slope is leaky_relu (one function, so it quantizes as a table); any other
 * slope is prelu with the slope broadcast to x. Before opset 7, a slope [C] of an input [N, C, …] means
 * one slope per channel (it is reshaped to [C, 1, …]).
 */
const PRELU: OnnxOpImporter = {
  attrs: (v) => (v === 1 ? ['consumed_inputs'] : []),
  doc: 'leaky_relu (one slope), else prelu',
  run(node: OnnxNode, ctx: ImportContext) {
    const x = ctx.valueOperand(node, 0, 'the input');
    const slope = ctx.constData(node, 1);
    if (slope !== undefined && slope.type.dtype === 'f32' && numel(slope.type.shape) === 1) {
      ctx.emit(node, 'leaky_relu', [x], { alpha: (slope.data as Float32Array)[0]! });
      return;
    }
    let s = ctx.operand(node, 1);
    const xShape = ctx.typeOf(x).shape;
    const sShape = ctx.typeOf(s).shape;
    if (ctx.version(node) < 7 && slope !== undefined && sShape.length === 1 && xShape.length > 2 && sShape[0] === xShape[1]) {
      s = ctx.addConstant(`${s.name}.per_channel`, { type: { dtype: 'f32', shape: [sShape[0]!, ...new Array<number>(xShape.length - 2).fill(1)] }, data: slope.data });
    }
    ctx.emit(node, 'prelu', [x, s], {});
  },
};

/** The elementwise function ops, keyed by ONNX op type. */
export const ACTIVATION_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  Sigmoid: unary('sigmoid'),
  HardSigmoid: unary('hard_sigmoid', { alpha: 'alpha', beta: 'beta' }),
  HardSwish: unary('hard_swish'),
  LeakyRelu: unary('leaky_relu', { alpha: 'alpha' }),
  Gelu: unary('gelu', { approximate: 'approximate' }),
  Swish: unary('silu', { alpha: 'alpha' }),
  Tanh: unary('tanh'),
  Elu: unary('elu', { alpha: 'alpha' }),
  Selu: unary('selu', { alpha: 'alpha', gamma: 'gamma' }),
  Celu: unary('celu', { alpha: 'alpha' }),
  Softplus: unary('softplus'),
  Softsign: unary('softsign'),
  Mish: unary('mish'),
  ThresholdedRelu: unary('thresholded_relu', { alpha: 'alpha' }),
  Shrink: unary('shrink', { bias: 'bias', lambd: 'lambd' }),
  Erf: unary('erf'),
  Exp: unary('exp'),
  Log: unary('log'),
  Sqrt: unary('sqrt'),
  Reciprocal: unary('reciprocal'),
  Abs: unary('abs'),
  Neg: unary('neg'),
  Sign: unary('sign'),
  Floor: unary('floor'),
  Ceil: unary('ceil'),
  Round: unary('round'),
  PRelu: PRELU,
};
