// The one table of supported ONNX ops (default domain, opsets 1-28): ONNX op type → its importer.
// Each importer lives with its family in ops/; this file only assembles them and dispatches.
import type { OnnxNode } from './decode.js';
import type { ImportContext, OnnxOpImporter } from './context.js';
import { opVersionAt, ONNX_OP_VERSIONS } from './op-versions.js';
import { CONST_EVAL_OPS, tryEvaluateConstant } from './const-eval.js';
import { ACTIVATION_IMPORTERS } from './ops/activation.js';
import { CONV_IMPORTERS } from './ops/conv.js';
import { ELEMENTWISE_IMPORTERS } from './ops/elementwise.js';
import { LINEAR_IMPORTERS } from './ops/linear.js';
import { PAD_IMPORTERS } from './ops/pad.js';
import { POOL_IMPORTERS } from './ops/pool.js';
import { RESIZE_IMPORTERS } from './ops/resize.js';
import { REDUCE_IMPORTERS } from './ops/reduce.js';
import { LAYOUT_IMPORTERS } from './ops/layout.js';
import { NORMALIZATION_IMPORTERS } from './ops/normalization.js';
import { SHAPE_IMPORTERS } from './ops/shape.js';

/** Every supported ONNX op type and its importer. */
export const ONNX_OP_MAP: ReadonlyMap<string, OnnxOpImporter> = new Map(Object.entries({
  ...CONV_IMPORTERS,
  ...POOL_IMPORTERS,
  ...LINEAR_IMPORTERS,
  ...ELEMENTWISE_IMPORTERS,
  ...ACTIVATION_IMPORTERS,
  ...SHAPE_IMPORTERS,
  ...PAD_IMPORTERS,
  ...RESIZE_IMPORTERS,
  ...REDUCE_IMPORTERS,
  ...LAYOUT_IMPORTERS,
  ...NORMALIZATION_IMPORTERS,
}));

/** Sorted supported op types, for messages. */
export function supportedOnnxOps(): string[] {
  return [...ONNX_OP_MAP.keys()].sort();
}

/** The attributes `importer` reads for op definition `version`. */
export function importerAttrs(importer: OnnxOpImporter, version: number): readonly string[] {
  return typeof importer.attrs === 'function' ? importer.attrs(version) : importer.attrs;
}

/**
 * Imports one node: unknown ops and ops that do not exist at the model's opset (ONNX010), refused op
 * definitions and unknown attributes (ONNX011) are user errors.
 */
export function importNode(node: OnnxNode, ctx: ImportContext): void {
  const domain = node.domain === '' || node.domain === 'ai.onnx' ? '' : node.domain;
  const importer = domain === '' ? ONNX_OP_MAP.get(node.opType) : undefined;
  const version = opVersionAt(node.opType, ctx.opset);
  if (domain === '' && (version !== undefined || importer === undefined) && tryEvaluateConstant(node, ctx)) return;
  if (importer === undefined) {
    const what = domain === '' ? node.opType : `${domain}.${node.opType}`;
    const constOnly = domain === '' && CONST_EVAL_OPS.includes(node.opType) ? ` (${node.opType} is evaluated at import only when its inputs are constants)` : '';
    ctx.fail(node, 'ONNX010', `unsupported op ${what}${constOnly}; supported ops: ${supportedOnnxOps().join(', ')}`);
  }
  if (version === undefined) {
    const first = Math.min(...(ONNX_OP_VERSIONS[node.opType] ?? [Infinity]));
    ctx.fail(node, 'ONNX010', `${node.opType} does not exist at opset ${ctx.opset} (it was added in opset ${first})`);
  }
  const refused = importer.rejects?.[version];
  if (refused !== undefined) ctx.fail(node, 'ONNX011', `the opset-${version} definition of ${node.opType} is not supported: ${refused}`);
  const attrs = importerAttrs(importer, version);
  for (const name of node.attrs.keys()) {
    if (!attrs.includes(name)) {
      ctx.fail(node, 'ONNX011', `attribute ${name} is not supported; ${node.opType}-${version} takes ${attrs.length ? attrs.join(', ') : 'no attributes'}`);
    }
  }
  importer.run(node, ctx);
}
