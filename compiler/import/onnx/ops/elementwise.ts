// ONNX Add/Sub/Mul/Div, Relu, Clip, Identity, Dropout and Constant.
// Clip with bounds 0/6 becomes relu6 and 0/+inf relu, so later passes see the activations they fuse.
import type { OnnxNode } from '../decode.js';
import { type ImportContext, type OnnxOpImporter, shortestF32 } from '../context.js';
import { type Tensor, f32Tensor, makeTensor, numel } from '../../../ir/tensor.js';

/** Add/Sub/Mul/Div with ONNX broadcasting; either operand may be a constant (an initializer or a Constant node). */
function binary(op: 'add' | 'sub' | 'mul' | 'div'): OnnxOpImporter {
  return {
    attrs: [],
    doc: op,
    run(node, ctx) {
      const a = ctx.operand(node, 0);
      const b = ctx.operand(node, 1);
      if (a.ref === 'const' && b.ref === 'const') {
        ctx.fail(node, 'ONNX017', 'both inputs are constants; constant folding is not supported, fold them when exporting');
      }
      ctx.emit(node, op, [a, b], {});
    },
  };
}

/** The one number held by a constant tensor (any numeric dtype), or an error naming `what`. */
function scalarOf(node: OnnxNode, ctx: ImportContext, t: Tensor, what: string): number {
  if (numel(t.type.shape) !== 1) ctx.fail(node, 'ONNX016', `${what} must be a scalar, got a tensor of shape [${t.type.shape.join(',')}]`);
  return Number(t.data[0]!);
}

/**
 * Clip bounds: optional inputs 1 (min) and 2 (max), as in every supported opset (≥ 11; older opsets had
 * `min`/`max` attributes, which are rejected with a pointer). A bound computed at run time cannot become
 * an attribute of accsim's clip, so it is an error.
 */
function clipBounds(node: OnnxNode, ctx: ImportContext): [number, number] {
  for (const a of ['min', 'max']) if (node.attrs.has(a)) ctx.fail(node, 'ONNX011', `attribute ${a} is not supported: from opset 11 on, ${a} is input ${a === 'min' ? 2 : 3}`);
  const bound = (i: number, name: string, dflt: number): number => {
    if (!ctx.hasInput(node, i)) return dflt;
    const t = ctx.constData(node, i);
    if (t === undefined) ctx.fail(node, 'ONNX012', `the ${name} bound comes from a computed tensor; only constant bounds are supported`);
    return shortestF32(scalarOf(node, ctx, t, `the ${name} bound ${node.inputs[i]}`));
  };
  return [bound(1, 'min', -Infinity), bound(2, 'max', Infinity)];
}

const CLIP: OnnxOpImporter = {
  doc: 'relu6 (bounds 0, 6), relu (0, +inf), else clip',
  attrs: ['min', 'max'],
  run(node, ctx) {
    const [lo, hi] = clipBounds(node, ctx);
    const x = ctx.valueOperand(node, 0, 'the input');
    if (lo === 0 && hi === 6) ctx.emit(node, 'relu6', [x], {});
    else if (lo === 0 && hi === Infinity) ctx.emit(node, 'relu', [x], {});
    else ctx.emit(node, 'clip', [x], { min: lo, max: hi });
  },
};

const RELU: OnnxOpImporter = {
  doc: 'relu',
  attrs: [],
  run(node, ctx) {
    ctx.emit(node, 'relu', [ctx.valueOperand(node, 0, 'the input')], {});
  },
};

const IDENTITY: OnnxOpImporter = {
  doc: 'nothing (its output is another name for its input)',
  attrs: [],
  run(node, ctx) {
    ctx.alias(node.outputs[0]!, ctx.inputName(node, 0));
  },
};

/** Dropout is the identity in inference; its mask output and training mode are training-only. */
const DROPOUT: OnnxOpImporter = {
  doc: 'nothing in inference (identity)',
  attrs: ['ratio', 'seed', 'is_test'],
  run(node, ctx) {
    ctx.requireOutputsUnused(node, 1, 'the dropout mask exists only in training mode');
    if (ctx.hasInput(node, 2)) {
      const t = ctx.constData(node, 2);
      if (t === undefined || scalarOf(node, ctx, t, 'training_mode') !== 0) {
        ctx.fail(node, 'ONNX014', `training_mode (input ${node.inputs[2]}) must be a constant false; only inference is supported`);
      }
    }
    IDENTITY.run(node, ctx);
  },
};

const CONSTANT_ATTRS = ['value', 'value_float', 'value_floats', 'value_int', 'value_ints', 'value_string', 'value_strings', 'sparse_value'];

/** Constant: its tensor becomes constant data for its output, added to the graph only if a node uses it as an operand. */
const CONSTANT: OnnxOpImporter = {
  doc: 'constant data for the nodes that read it',
  attrs: CONSTANT_ATTRS,
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
    else if (a.kind === 'ints' && name === 'value_ints') t = makeTensor('i64', [a.value.length], BigInt64Array.from(a.value.map((v) => BigInt(v))));
    else return ctx.badAttr(node, name, a.kind, 'supported: value (a tensor), value_float(s), value_int(s)');
    ctx.defineConst(node.outputs[0]!, t);
  },
};

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
};
