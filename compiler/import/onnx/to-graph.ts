// importOnnx: .onnx bytes → a verified accsim Graph (float), with the used initializers as graph constants.
// Problems are UserErrors (one line each) with the ONNX codes of core/error-codes/onnx.ts (docs/ERRORS.md).
import { basename } from 'node:path';
import { type OnnxGraph, type OnnxValueInfo, decodeModel } from './decode.js';
import { ImportContext } from './context.js';
import { importNode } from './op-map.js';
import { sanitizeGraphName } from './names.js';
import { onnxDtypeName } from './tensor-data.js';
import { ONNX_DTYPE } from './onnx-schema.js';
import { type Graph, emptyGraph } from '../../ir/graph.js';
import { type TensorType, tensorType } from '../../ir/tensor.js';
import { inferTypes } from '../../ir/verify.js';
import { fail } from '../../../core/diagnostics.js';
import { MAX_OPSET, MIN_OPSET } from './op-versions.js';

export { MAX_OPSET, MIN_OPSET };


export interface ImportOnnxOptions {
  /** The file the bytes came from, for error messages and the default graph name. */
  file?: string;
  /** The graph name (default: the file name without .onnx, else the ONNX graph name, else "model"). */
  name?: string;
}

/**
 * A graph input's type. The first (batch) dim may be symbolic or unknown ("N", "batch_size"): it becomes 1,
 * because accsim graphs have static shapes and batches run one sample at a time. Any other unknown dim is
 * an error (ONNX006), as are non-float32 inputs.
 */
function inputType(v: OnnxValueInfo, file: string | undefined): TensorType {
  if (v.elemType === undefined) fail('ONNX006', `graph input ${v.name} is not a tensor`, { file });
  if (v.elemType !== ONNX_DTYPE.FLOAT) fail('ONNX006', `graph input ${v.name} is ${onnxDtypeName(v.elemType)}; only FLOAT (float32) inputs are supported`, { file });
  if (v.dims === undefined) fail('ONNX006', `graph input ${v.name} has no shape; export the model with a static input shape`, { file });
  const shape = v.dims.map((d, k) => {
    if (d !== undefined && d > 0) return d;
    if (k === 0) return 1;
    return fail('ONNX006', `graph input ${v.name}: dim ${k} is unknown or symbolic; only the batch dim (0) may be`, { file });
  });
  return tensorType('f32', shape);
}

function graphName(g: OnnxGraph, options: ImportOnnxOptions): string {
  if (options.name !== undefined) return sanitizeGraphName(options.name);
  if (options.file !== undefined) return sanitizeGraphName(basename(options.file).replace(/\.onnx$/i, ''));
  return sanitizeGraphName(g.name);
}

/**
 * Imports an ONNX model (default-domain opsets 1-28, op by op as op-versions.ts says) as an accsim float Graph.
 *
 * - Initializers become `graph.constants` (never inline); only those some node uses as an operand are
 *   kept, and weights the importer rewrites (Gemm/MatMul transposes, alpha/beta scaling) get new names.
 *   `graph.weightsFile` is left undefined: whoever saves the graph names the sidecar.
 * - Names: a graph input keeps its ONNX name; a node's output is named after the ONNX node ("/conv1/Conv" →
 *   `%conv1/Conv`) when node names are unique, else after its output tensor; graph outputs keep their ONNX
 *   tensor name (`%logits`). Names are sanitized to [A-Za-z0-9_.:/-] and made unique (see names.ts).
 * - Ops are mapped by op-map.ts; anything else is a UserError (ONNX0xx) naming the op, the node and the
 *   supported set. The result is verified with `inferTypes` before it is returned.
 */
export function importOnnx(bytes: Uint8Array, options: ImportOnnxOptions = {}): Graph {
  const file = options.file;
  const model = decodeModel(bytes, file);
  if (model.opset === undefined) fail('ONNX003', 'the model does not import the default ONNX operator set', { file });
  if (model.opset < MIN_OPSET || model.opset > MAX_OPSET) {
    fail('ONNX003', `opset ${model.opset} is not supported: the importer knows the ONNX operator sets ${MIN_OPSET} to ${MAX_OPSET}`, { file });
  }
  const g = model.graph;
  const graph = emptyGraph(graphName(g, options));
  graph.weightsFile = undefined;
  const ctx = new ImportContext(graph, model.opset, file, g.nodes, g.outputs.map((o) => o.name));
  for (const [name, t] of g.initializers) ctx.defineConst(name, t);
  for (const v of g.inputs) {
    if (g.initializers.has(v.name)) continue; // IR < 4 lists initializers among the inputs
    const type = inputType(v, file);
    const name = ctx.defineInput(v.name);
    graph.inputs.push({ name, type });
    graph.values.set(name, { name, type });
  }
  for (const node of g.nodes) importNode(node, ctx);
  for (const o of g.outputs) {
    const v = ctx.valueNameOf(o.name);
    if (v === undefined) {
      const why = ctx.isConst(o.name) ? 'is a constant; accsim graph outputs must be computed' : 'is not produced by any node';
      fail('ONNX018', `graph output ${o.name} ${why}`, { file });
    }
    graph.outputs.push(v);
  }
  inferTypes(graph);
  return graph;
}
