// Decodes .onnx bytes into plain, typed records (model, graph, nodes, attributes, value infos).
// Only structure is checked here; what the nodes mean is op-map's job.
import { MODEL_PROTO, ONNX_ATTR_TYPE } from './onnx-schema.js';
import { type Int64Like, int64ToNumber } from './int64.js';
import { type TensorProtoMsg, decodeTensor } from './tensor-data.js';
import type { Tensor } from '../../ir/tensor.js';
import { fail } from '../../../core/diagnostics.js';

/** One decoded attribute. Graph-valued and other exotic attributes are kept only by kind, to name them in errors. */
export type OnnxAttr =
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'tensor'; readonly value: Tensor }
  | { readonly kind: 'floats'; readonly value: readonly number[] }
  | { readonly kind: 'ints'; readonly value: readonly number[] }
  | { readonly kind: 'strings'; readonly value: readonly string[] }
  | { readonly kind: 'other'; readonly typeName: string };

/** One ONNX node. Empty strings in `inputs`/`outputs` mean "optional input/output not given". */
export interface OnnxNode {
  readonly name: string;
  readonly opType: string;
  readonly domain: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attrs: ReadonlyMap<string, OnnxAttr>;
}

/** A graph input or output: element type and dims (undefined for a symbolic or unknown dim). */
export interface OnnxValueInfo {
  readonly name: string;
  /** TensorProto.DataType number, or undefined when the value is not a tensor. */
  readonly elemType: number | undefined;
  /** undefined when no shape is given at all. */
  readonly dims: readonly (number | undefined)[] | undefined;
}

export interface OnnxGraph {
  readonly name: string;
  readonly nodes: readonly OnnxNode[];
  readonly initializers: ReadonlyMap<string, Tensor>;
  readonly inputs: readonly OnnxValueInfo[];
  readonly outputs: readonly OnnxValueInfo[];
}

export interface OnnxModel {
  readonly irVersion: number;
  /** Version of the default ("" or "ai.onnx") operator set, undefined when it is not imported. */
  readonly opset: number | undefined;
  readonly producer: string;
  readonly graph: OnnxGraph;
}

// The shapes protobufjs produces for the messages we read (see onnx-schema.ts).
interface AttributeMsg {
  name: string; type: number; f: number; i: Int64Like; s: Uint8Array; t?: TensorProtoMsg | null;
  floats: number[]; ints: Int64Like[]; strings: Uint8Array[];
}
interface NodeMsg { input: string[]; output: string[]; name: string; op_type: string; domain: string; attribute: AttributeMsg[] }
interface DimensionMsg { dim_value: Int64Like; dim_param: string }
interface ValueInfoMsg { name: string; type?: { tensor_type?: { elem_type: number; shape?: { dim: DimensionMsg[] } | null } | null } | null }
interface GraphMsg { node: NodeMsg[]; name: string; initializer: TensorProtoMsg[]; input: ValueInfoMsg[]; output: ValueInfoMsg[] }
interface ModelMsg { ir_version: Int64Like; producer_name: string; graph?: GraphMsg | null; opset_import: { domain: string; version: Int64Like }[] }

const has = (msg: object, field: string): boolean => Object.prototype.hasOwnProperty.call(msg, field);
const utf8 = new TextDecoder('utf-8');
const ATTR_TYPE_NAMES = new Map(Object.entries(ONNX_ATTR_TYPE).map(([k, v]) => [v as number, k]));

/** ir_version ≤ 2 files may leave `type` unset: guess it from the one field that is present. */
function attrType(a: AttributeMsg): number {
  if (a.type !== 0) return a.type;
  if (has(a, 'f')) return ONNX_ATTR_TYPE.FLOAT;
  if (has(a, 'i')) return ONNX_ATTR_TYPE.INT;
  if (has(a, 's')) return ONNX_ATTR_TYPE.STRING;
  if (has(a, 't')) return ONNX_ATTR_TYPE.TENSOR;
  if (a.floats.length > 0) return ONNX_ATTR_TYPE.FLOATS;
  if (a.ints.length > 0) return ONNX_ATTR_TYPE.INTS;
  if (a.strings.length > 0) return ONNX_ATTR_TYPE.STRINGS;
  return ONNX_ATTR_TYPE.UNDEFINED;
}

function decodeAttr(a: AttributeMsg, where: string, file: string | undefined): OnnxAttr {
  const what = `attribute ${a.name} of ${where}`;
  switch (attrType(a)) {
    case ONNX_ATTR_TYPE.FLOAT: return { kind: 'float', value: a.f };
    case ONNX_ATTR_TYPE.INT: return { kind: 'int', value: int64ToNumber(a.i, what, file) };
    // An absent bytes field reads as protobufjs's default, a plain empty array: decode only real bytes.
    case ONNX_ATTR_TYPE.STRING: return { kind: 'string', value: a.s instanceof Uint8Array ? utf8.decode(a.s) : '' };
    case ONNX_ATTR_TYPE.TENSOR:
      if (!a.t) fail('ONNX001', `not a valid ONNX model: ${what} is a tensor attribute without a tensor`, { file });
      return { kind: 'tensor', value: decodeTensor(a.t, `${what}`, file) };
    case ONNX_ATTR_TYPE.FLOATS: return { kind: 'floats', value: [...a.floats] };
    case ONNX_ATTR_TYPE.INTS: return { kind: 'ints', value: a.ints.map((x) => int64ToNumber(x, what, file)) };
    case ONNX_ATTR_TYPE.STRINGS: return { kind: 'strings', value: a.strings.map((s) => utf8.decode(s)) };
    default: return { kind: 'other', typeName: ATTR_TYPE_NAMES.get(a.type) ?? `type ${a.type}` };
  }
}

function decodeNode(n: NodeMsg, index: number, file: string | undefined): OnnxNode {
  const where = `node ${n.name || `#${index}`} (${n.op_type})`;
  const attrs = new Map<string, OnnxAttr>();
  for (const a of n.attribute) attrs.set(a.name, decodeAttr(a, where, file));
  return { name: n.name, opType: n.op_type, domain: n.domain, inputs: [...n.input], outputs: [...n.output], attrs };
}

function decodeValueInfo(v: ValueInfoMsg, file: string | undefined): OnnxValueInfo {
  const tt = v.type?.tensor_type;
  if (!tt) return { name: v.name, elemType: undefined, dims: undefined };
  const shape = tt.shape;
  const dims = shape ? shape.dim.map((d) => (has(d, 'dim_value') ? int64ToNumber(d.dim_value, `a dim of ${v.name}`, file) : undefined)) : undefined;
  return { name: v.name, elemType: tt.elem_type, dims };
}

function decodeGraph(g: GraphMsg, file: string | undefined): OnnxGraph {
  const initializers = new Map<string, Tensor>();
  for (const t of g.initializer) initializers.set(t.name, decodeTensor(t, `initializer ${t.name}`, file));
  return {
    name: g.name,
    nodes: g.node.map((n, i) => decodeNode(n, i, file)),
    initializers,
    inputs: g.input.map((v) => decodeValueInfo(v, file)),
    outputs: g.output.map((v) => decodeValueInfo(v, file)),
  };
}

/**
 * Decodes an ONNX ModelProto. Bytes that protobuf cannot parse (a truncated file, not a protobuf at
 * all) and messages without the fields every model has (ir_version, opset_import, graph) are ONNX001.
 */
export function decodeModel(bytes: Uint8Array, file?: string): OnnxModel {
  let msg: ModelMsg;
  try {
    msg = MODEL_PROTO.decode(bytes) as unknown as ModelMsg;
  } catch (e) {
    fail('ONNX001', `not a valid ONNX model: ${(e as Error).message}`, { file });
  }
  const irVersion = int64ToNumber(msg.ir_version, 'ir_version', file);
  if (!has(msg, 'ir_version') || irVersion <= 0) fail('ONNX001', 'not a valid ONNX model: no ir_version', { file });
  if (!msg.graph) fail('ONNX001', 'not a valid ONNX model: no graph', { file });
  if (msg.opset_import.length === 0) fail('ONNX001', 'not a valid ONNX model: no opset_import', { file });
  const def = msg.opset_import.filter((o) => o.domain === '' || o.domain === 'ai.onnx');
  const opset = def.length === 0 ? undefined : Math.max(...def.map((o) => int64ToNumber(o.version, 'opset version', file)));
  return { irVersion, opset, producer: msg.producer_name, graph: decodeGraph(msg.graph, file) };
}
