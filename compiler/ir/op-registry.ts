// The one table of ops (name → OpSpec). The parser, verifier, printer, importer and interpreters read it.
import type { OpSpec } from './op-spec.js';
import { clip, relu, relu6 } from './ops/activation.js';
import { batchnorm } from './ops/batchnorm.js';
import { concat } from './ops/concat.js';
import { conv2d } from './ops/conv2d.js';
import { dense, matmul } from './ops/dense.js';
import { conv_transpose } from './ops/conv-transpose.js';
import { add, div, mul, prelu, sub } from './ops/elementwise.js';
import { pad } from './ops/pad.js';
import { avgpool, global_avgpool, maxpool } from './ops/pool.js';
import { reduce } from './ops/reduce.js';
import { lrn } from './ops/lrn.js';
import { expand, slice } from './ops/slice-expand.js';
import { flatten, reshape } from './ops/reshape.js';
import { resize } from './ops/resize.js';
import { log_softmax, softmax } from './ops/softmax.js';
import { transpose } from './ops/transpose.js';
import { UNARY_FUNCTION_OPS } from './ops/unary-functions.js';
import { avgpool3d, conv3d, maxpool3d } from './ops/window3d.js';
import { QUANTIZED_OPS } from './ops/quantized/index.js';

const ALL_OPS: readonly OpSpec[] = [
  conv2d, dense, matmul, batchnorm,
  relu, relu6, clip,
  maxpool, avgpool, global_avgpool,
  add, sub, mul, div, prelu,
  concat, flatten, reshape, softmax, log_softmax,
  ...UNARY_FUNCTION_OPS,
  pad, transpose, slice, expand, resize, reduce, lrn,
  conv_transpose, conv3d, maxpool3d, avgpool3d,
  ...QUANTIZED_OPS,
];

export const OP_REGISTRY: ReadonlyMap<string, OpSpec> = new Map(ALL_OPS.map((op) => [op.name, op]));

/** The OpSpec for `name`, or undefined for an unknown op. */
export function lookupOp(name: string): OpSpec | undefined {
  return OP_REGISTRY.get(name);
}

/** Sorted op names, for "expected one of" messages. */
export function opNames(): string[] {
  return [...OP_REGISTRY.keys()].sort();
}
