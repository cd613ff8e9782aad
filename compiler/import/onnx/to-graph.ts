// importOnnx: .onnx bytes → a verified accsim Graph (float), with the used initializers as graph constants.
// Problems are UserErrors (one line each) with the ONNX codes of core/error-codes/onnx.ts (docs/ERRORS.md).
import { basename } from 'node:path';
import { type OnnxGraph, type OnnxModel, type OnnxValueInfo, decodeModel } from './decode.js';
import { perImageMismatch } from './per-image.js';
import { ImportContext } from './context.js';
import { importNode } from './op-map.js';
import { sanitizeGraphName } from './names.js';
import { onnxDtypeName } from './tensor-data.js';
import { ONNX_DTYPE } from './onnx-schema.js';
import { type Graph, emptyGraph } from '../../ir/graph.js';
import { type TensorType, tensorType } from '../../ir/tensor.js';
import { inferTypes } from '../../ir/verify.js';
import { UserError, fail } from '../../../core/diagnostics.js';
import { MAX_OPSET, MIN_OPSET } from './op-versions.js';

export { MAX_OPSET, MIN_OPSET };


export interface ImportOnnxOptions {
  /** The file the bytes came from, for error messages and the default graph name. */
  file?: string;
  /** The graph name (default: the file name without .onnx, else the ONNX graph name, else "model"). */
  name?: string;
  /**
   * 'per-image' (default): a model exported with a fixed batch N > 1 is imported with batch 1 when it
   * computes each image on its own (per-image.ts), so it runs any number of images; 'keep': as exported.
   */
  batch?: 'per-image' | 'keep';
}

/** What the import did beyond a plain translation, for the user (the batch made per-image, or why not). */
export interface ImportResult {
  readonly graph: Graph;
  readonly notes: readonly string[];
}

/**
 * A graph input's type. The first (batch) dim may be symbolic or unknown ("N", "batch_size"): it becomes 1,
 * because accsim graphs have static shapes and batches run one image at a time; with `batchOne` a fixed
 * batch becomes 1 too. Any other unknown dim is an error (ONNX006), as are non-float32 inputs.
 */
function inputType(v: OnnxValueInfo, file: string | undefined, batchOne: boolean): TensorType {
  if (v.elemType === undefined) fail('ONNX006', `graph input ${v.name} is not a tensor`, { file });
  const dtype = FLOAT_INPUTS.has(v.elemType) ? 'f32' : INTEGER_INPUTS.get(v.elemType);
  if (dtype === undefined) fail('ONNX006', `graph input ${v.name} is ${onnxDtypeName(v.elemType)}; supported: FLOAT, FLOAT16 and DOUBLE (computed in float32), UINT8, INT8, INT16, INT32`, { file });
  if (v.dims === undefined) fail('ONNX006', `graph input ${v.name} has no shape; export the model with a static input shape`, { file });
  const shape = v.dims.map((d, k) => {
    if (k === 0 && (d === undefined || batchOne)) return 1;
    if (d !== undefined && d >= 0) return d;
    return fail('ONNX006', `graph input ${v.name}: dim ${k} is unknown or symbolic; only the batch dim (0) may be`, { file });
  });
  return tensorType(dtype, shape);
}

/**
 * Graph input element types: FLOAT, and FLOAT16 and DOUBLE computed in float32 (a note says so; data given to
 * such a graph is converted to float32, and a DOUBLE value beyond float32's range is the caller's error).
 */
const FLOAT_INPUTS: ReadonlySet<number> = new Set([ONNX_DTYPE.FLOAT, ONNX_DTYPE.FLOAT16, ONNX_DTYPE.DOUBLE]);

/**
 * Integer graph inputs: the ops that copy, compare or do integer arithmetic take them with ONNX's integer
 * semantics (wrap-around, truncating division); quantization starts from float inputs (QMOD002).
 */
const INTEGER_INPUTS: ReadonlyMap<number, 'u8' | 'i8' | 'i16' | 'i32'> = new Map([
  [ONNX_DTYPE.UINT8, 'u8'], [ONNX_DTYPE.INT8, 'i8'], [ONNX_DTYPE.INT16, 'i16'], [ONNX_DTYPE.INT32, 'i32'],
]);

/** The fixed batch N > 1 that every graph input has in its first dim, else undefined. */
function fixedBatch(g: OnnxGraph): number | undefined {
  const inputs = g.inputs.filter((v) => !g.initializers.has(v.name));
  const first = inputs.map((v) => v.dims?.[0]);
  const n = first[0];
  return n !== undefined && n > 1 && first.every((d) => d === n) ? n : undefined;
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
  return importOnnxWithNotes(bytes, options).graph;
}

/**
 * importOnnx, with notes on the batch: a model exported with a fixed batch N is imported with batch 1 when
 * that is equivalent image by image (the note says so), else as exported (the note says why).
 */
export function importOnnxWithNotes(bytes: Uint8Array, options: ImportOnnxOptions = {}): ImportResult {
  const file = options.file;
  const model = decodeModel(bytes, file);
  if (model.opset === undefined) fail('ONNX003', 'the model does not import the default ONNX operator set', { file });
  if (model.opset < MIN_OPSET || model.opset > MAX_OPSET) {
    fail('ONNX003', `opset ${model.opset} is not supported: the importer knows the ONNX operator sets ${MIN_OPSET} to ${MAX_OPSET}`, { file });
  }
  const n = options.batch === 'keep' ? undefined : fixedBatch(model.graph);
  const many = importGraph(model, options, undefined);
  if (n === undefined) return many;
  let reason: string | undefined;
  try {
    const one = importGraph(model, options, n);
    reason = perImageMismatch(many.graph, one.graph, n);
    if (reason === undefined) {
      return { graph: one.graph, notes: [...one.notes, `the model was exported with a fixed batch of ${n}; it computes each image on its own, so it was imported with batch 1 and runs any number of images`] };
    }
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    reason = `it does not import with batch 1 (${e.diagnostics[0]?.message ?? e.message})`;
  }
  return { graph: many.graph, notes: [...many.notes, `the model was exported with a fixed batch of ${n} and keeps it: ${reason}; it runs exactly ${n} images at a time`] };
}

/** One import of `model`; with `rebatchFrom` its inputs' batch N becomes 1. */
function importGraph(model: OnnxModel, options: ImportOnnxOptions, rebatchFrom: number | undefined): ImportResult {
  const file = options.file;
  const g = model.graph;
  const graph = emptyGraph(graphName(g, options));
  graph.weightsFile = undefined;
  const ctx = new ImportContext(graph, model.opset!, file, g.nodes, g.outputs.map((o) => o.name), rebatchFrom);
  for (const [name, t] of g.initializers) ctx.defineConst(name, t);
  for (const v of g.inputs) {
    if (g.initializers.has(v.name)) continue; // IR < 4 lists initializers among the inputs
    const type = inputType(v, file, rebatchFrom !== undefined);
    if (v.elemType === ONNX_DTYPE.FLOAT16 || v.elemType === ONNX_DTYPE.DOUBLE) ctx.note(`graph input ${v.name} is ${onnxDtypeName(v.elemType)}; accsim computes in float32`);
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
  return { graph, notes: ctx.notes };
}
