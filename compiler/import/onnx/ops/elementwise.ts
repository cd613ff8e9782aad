// ONNX Add/Sub/Mul/Div, Relu, Clip, Identity, Dropout and Constant.
// Clip with bounds 0/6 becomes relu6 and 0/+inf relu, so later passes see the activations they fuse.
// Before opset 7 the binary ops broadcast only when asked (broadcast=1), B aligned at `axis`: that is
// rewritten as B reshaped to A's rank, after which numpy broadcasting means the same. A binary op of two
// constants is folded at import (evaluated once by the float reference).
import type { OnnxNode } from '../decode.js';
import type { ImportContext, OnnxOpImporter } from '../context.js';
import type { Operand } from '../../../ir/graph.js';
import { lookupOp } from '../../../ir/op-registry.js';
import { type Tensor, f32Tensor, makeTensor } from '../../../ir/tensor.js';
import { optionalConstScalar, reshapeTo, scalarOf } from '../const-inputs.js';

/** B of a legacy (opset < 7) broadcast, reshaped to A's rank with its dims at `axis` (default: the end). */
function legacyBroadcastOperand(node: OnnxNode, ctx: ImportContext, b: Operand, aRank: number): Operand {
  const bShape = ctx.typeOf(b).shape;
  const axis = ctx.attrInt(node, 'axis', aRank - bShape.length);
  if (axis < 0 || axis + bShape.length > aRank) ctx.badAttr(node, 'axis', axis, `B ${JSON.stringify(bShape)} must fit inside A's ${aRank} dims from axis`);
  const shape = [...new Array<number>(axis).fill(1), ...bShape, ...new Array<number>(aRank - axis - bShape.length).fill(1)];
  if (b.ref === 'const') {
    const t = ctx.graph.constants.get(b.name)!;
    return ctx.addConstant(`${b.name}.bcast`, makeTensor(t.type.dtype, shape, t.data));
  }
  return reshapeTo(node, ctx, b, shape, 'bcast');
}

/** Add/Sub/Mul/Div with ONNX broadcasting; either operand may be a constant (an initializer or a Constant node). */
function binary(op: 'add' | 'sub' | 'mul' | 'div'): OnnxOpImporter {
  return {
    attrs: (v) => (v === 1 ? ['broadcast', 'axis', 'consumed_inputs'] : v === 6 ? ['broadcast', 'axis'] : []),
    doc: `${op}${op === 'add' ? '' : ' (folded into a neighbouring layer or a depthwise 1x1 conv when quantized, see QIR.md)'}`,
    run(node, ctx) {
      const ca = ctx.constData(node, 0);
      const cb = ctx.constData(node, 1);
      if (ca !== undefined && cb !== undefined && ca.type.dtype === 'f32' && cb.type.dtype === 'f32') {
        foldConstant(node, ctx, op, [ca, cb]);
        return;
      }
      const a = ctx.operand(node, 0);
      let b = ctx.operand(node, 1);
      if (ctx.version(node) < 7 && ctx.attrInt(node, 'broadcast', 0) === 1) b = legacyBroadcastOperand(node, ctx, b, ctx.typeOf(a).shape.length);
      ctx.emit(node, op, [a, b], {});
    },
  };
}

/** Evaluates `op` on constant inputs with the float reference and makes the result the node's output constant. */
export function foldConstant(node: OnnxNode, ctx: ImportContext, op: string, inputs: readonly Tensor[]): void {
  const spec = lookupOp(op)!;
  const ctxInfo = { node: ctx.label(node), op };
  const type = spec.inferType(inputs.map((t) => t.type), {}, ctxInfo);
  ctx.defineConst(node.outputs[0]!, spec.evalFloat(inputs, {}, type));
}

/**
 * Clip bounds: inputs 2 (min) and 3 (max) from opset 11 on, attributes min/max before (their defaults, the
 * float32 extremes, are ±inf here). A bound computed at run time cannot become an attribute: an error.
 */
function clipBounds(node: OnnxNode, ctx: ImportContext): [number, number] {
  if (ctx.version(node) < 11) return [ctx.attrFloat(node, 'min', -Infinity), ctx.attrFloat(node, 'max', Infinity)];
  return [optionalConstScalar(node, ctx, 1, 'the min bound', -Infinity), optionalConstScalar(node, ctx, 2, 'the max bound', Infinity)];
}

const CLIP: OnnxOpImporter = {
  attrs: (v) => (v === 1 ? ['min', 'max', 'consumed_inputs'] : v === 6 ? ['min', 'max'] : []),
  doc: 'relu6 (bounds 0, 6), relu (0, +inf), else clip',
  run(node, ctx) {
    const [lo, hi] = clipBounds(node, ctx);
    const x = ctx.valueOperand(node, 0, 'the input');
    if (lo === 0 && hi === 6) ctx.emit(node, 'relu6', [x], {});
    else if (lo === 0 && hi === Infinity) ctx.emit(node, 'relu', [x], {});
    else if (lo > hi) ctx.emit(node, 'clip', [x], { min: hi, max: hi }); // ONNX: min > max sets everything to max
    else ctx.emit(node, 'clip', [x], { min: lo, max: hi });
  },
};

const RELU: OnnxOpImporter = {
  attrs: (v) => (v === 1 ? ['consumed_inputs'] : []),
  doc: 'relu',
  run(node, ctx) {
    ctx.emit(node, 'relu', [ctx.valueOperand(node, 0, 'the input')], {});
  },
};

const IDENTITY: OnnxOpImporter = {
  attrs: [],
  doc: 'nothing (its output is another name for its input)',
  run(node, ctx) {
    ctx.alias(node.outputs[0]!, ctx.inputName(node, 0));
  },
};

/**
 * Dropout is the identity in inference. Test mode is is_test=1 before opset 7, the default from 7 to 11,
 * and training_mode (input 3) false from 12 on; training mode with ratio 0 is the identity too. The mask
 * output is not supported.
 */
const DROPOUT: OnnxOpImporter = {
  attrs: (v) => (v === 1 ? ['ratio', 'is_test', 'consumed_inputs'] : v === 6 ? ['ratio', 'is_test'] : v < 12 ? ['ratio'] : ['seed']),
  doc: 'nothing in inference (identity)',
  run(node, ctx) {
    ctx.requireOutputsUnused(node, 1, 'the dropout mask output is not supported');
    const v = ctx.version(node);
    if (v < 7 && ctx.attrInt(node, 'is_test', 0) !== 1 && ctx.attrFloat(node, 'ratio', 0.5) !== 0) {
      ctx.fail(node, 'ONNX014', 'training mode (is_test=0) with a non-zero ratio is not supported; export in eval mode');
    }
    if (v >= 12 && ctx.hasInput(node, 2)) {
      const t = ctx.constData(node, 2);
      const training = t === undefined || scalarOf(node, ctx, t, 'training_mode') !== 0;
      const ratio = optionalConstScalar(node, ctx, 1, 'the ratio', 0.5);
      if (training && ratio !== 0) ctx.fail(node, 'ONNX014', `training_mode (input ${node.inputs[2]}) is not a constant false and the ratio is ${ratio}; only inference is supported`);
    }
    IDENTITY.run(node, ctx);
  },
};

const CONSTANT_ATTRS = ['value', 'value_float', 'value_floats', 'value_int', 'value_ints', 'value_string', 'value_strings', 'sparse_value'];

/** Constant: its tensor becomes constant data for its output, added to the graph only if a node uses it as an operand. */
const CONSTANT: OnnxOpImporter = {
  attrs: CONSTANT_ATTRS,
  doc: 'constant data for the nodes that read it',
  run(node, ctx) {
    const present = CONSTANT_ATTRS.filter((a) => node.attrs.has(a));
    if (present.length !== 1) ctx.fail(node, 'ONNX011', `needs exactly one value attribute, got ${present.length ? present.join(', ') : 'none'}`);
    const name = present[0]!;
    const a = node.attrs.get(name)!;
    let t: Tensor;
    if (a.kind === 'tensor' && name === 'value') t = a.value;
    else if (a.kind === 'float' && name === 'value_float') t = f32Tensor([], [a.value]);
    else if (a.kind === 'floats' && name === 'value_floats') t = f32Tensor([a.value.length], a.value);
    else if (a.kind === 'int' && name === 'value_int') t = makeTensor('i64', [], BigInt64Array.from([BigInt(a.value)]));
    else if (a.kind === 'ints' && name === 'value_ints') t = makeTensor('i64', [a.value.length], BigInt64Array.from(a.value.map((x) => BigInt(x))));
    else return ctx.badAttr(node, name, a.kind, 'supported: value (a tensor), value_float(s), value_int(s)');
    ctx.defineConst(node.outputs[0]!, t);
  },
};

/**
 * Sum and Mean of one or more tensors: an add chain (divided by the count for Mean). Before opset 8 the
 * inputs had one shape; from 8 they broadcast, as add does.
 */
function variadic(mean: boolean): OnnxOpImporter {
  return {
    attrs: (v) => (v === 1 ? ['consumed_inputs'] : []),
    doc: mean ? 'add chain, div by the count' : 'add chain',
    run(node, ctx) {
      const n = node.inputs.length;
      if (n === 1) {
        ctx.alias(node.outputs[0]!, ctx.inputName(node, 0));
        return;
      }
      let acc = ctx.operand(node, 0);
      for (let i = 1; i < n; i++) acc = ctx.emit(node, 'add', [acc, ctx.operand(node, i)], {}, i === n - 1 && !mean ? undefined : `sum${i}`);
      if (mean) ctx.emit(node, 'div', [acc, ctx.addConstant(`${ctx.label(node)}.count`, f32Tensor([], [n]))], {});
    },
  };
}

/** The elementwise and trivial ops, keyed by ONNX op type. */
export const ELEMENTWISE_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  Add: binary('add'),
  Sub: binary('sub'),
  Mul: binary('mul'),
  Div: binary('div'),
  Relu: RELU,
  Clip: CLIP,
  Identity: IDENTITY,
  Dropout: DROPOUT,
  Constant: CONSTANT,
  Sum: variadic(false),
  Mean: variadic(true),
};
