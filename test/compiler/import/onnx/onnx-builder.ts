// Test-side ONNX model builder: writes real .onnx bytes with protobufjs and the importer's schema, so the
// tests exercise the same decoding path as files exported by PyTorch.
import { MODEL_PROTO, ONNX_ATTR_TYPE, ONNX_DTYPE } from '../../../../compiler/import/onnx/onnx-schema.js';
import { mulberry32 } from '../../../../core/seeded-random.js';

/** A TensorProto as a plain object for protobufjs `fromObject`. */
export type TensorObj = Record<string, unknown>;

/** How a float tensor's data is stored: little-endian raw_data bytes or the repeated float_data field. */
export type FloatEncoding = 'raw' | 'float_data';

/** A float32 initializer or Constant value. */
export function floatTensor(name: string, dims: readonly number[], data: ArrayLike<number>, encoding: FloatEncoding = 'raw'): TensorObj {
  const f32 = Float32Array.from(data as ArrayLike<number>);
  if (encoding === 'float_data') return { name, dims: [...dims], data_type: ONNX_DTYPE.FLOAT, float_data: Array.from(f32) };
  return { name, dims: [...dims], data_type: ONNX_DTYPE.FLOAT, raw_data: new Uint8Array(f32.buffer) };
}

/** An int64 tensor (Reshape shapes), in int64_data or raw_data. */
export function int64Tensor(name: string, dims: readonly number[], data: readonly number[], encoding: 'raw' | 'int64_data' = 'int64_data'): TensorObj {
  if (encoding === 'int64_data') return { name, dims: [...dims], data_type: ONNX_DTYPE.INT64, int64_data: [...data] };
  const raw = new BigInt64Array(data.map((v) => BigInt(v)));
  return { name, dims: [...dims], data_type: ONNX_DTYPE.INT64, raw_data: new Uint8Array(raw.buffer) };
}

/** Attribute values, tagged by ONNX attribute type. */
export type AttrIn = { f: number } | { i: number } | { s: string } | { t: TensorObj } | { floats: number[] } | { ints: number[] };

function attrObj(name: string, a: AttrIn): Record<string, unknown> {
  if ('f' in a) return { name, type: ONNX_ATTR_TYPE.FLOAT, f: a.f };
  if ('i' in a) return { name, type: ONNX_ATTR_TYPE.INT, i: a.i };
  if ('s' in a) return { name, type: ONNX_ATTR_TYPE.STRING, s: new TextEncoder().encode(a.s) };
  if ('t' in a) return { name, type: ONNX_ATTR_TYPE.TENSOR, t: a.t };
  if ('floats' in a) return { name, type: ONNX_ATTR_TYPE.FLOATS, floats: a.floats };
  return { name, type: ONNX_ATTR_TYPE.INTS, ints: a.ints };
}

export interface NodeObj {
  readonly op_type: string;
  readonly [k: string]: unknown;
}

/** A NodeProto. Node names default to PyTorch's style "/<output>/<OpType>". */
export function node(opType: string, inputs: readonly string[], outputs: readonly string[], attrs: Record<string, AttrIn> = {}, name?: string): NodeObj {
  return {
    op_type: opType,
    name: name ?? `/${outputs[0]}/${opType}`,
    input: [...inputs],
    output: [...outputs],
    attribute: Object.entries(attrs).map(([k, v]) => attrObj(k, v)),
  };
}

/** A Constant node holding a float32 scalar (how PyTorch exports ReLU6's bounds). */
export function constScalar(output: string, value: number): NodeObj {
  return node('Constant', [], [output], { value: { t: floatTensor('', [], [value]) } });
}

export interface ValueSpec {
  readonly name: string;
  /** Numbers are fixed dims, strings symbolic ones (dim_param). */
  readonly dims: readonly (number | string)[];
  readonly elemType?: number;
}

function valueInfo(v: ValueSpec): Record<string, unknown> {
  const dim = v.dims.map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d }));
  return { name: v.name, type: { tensor_type: { elem_type: v.elemType ?? ONNX_DTYPE.FLOAT, shape: { dim } } } };
}

export interface ModelSpec {
  readonly inputs: readonly ValueSpec[];
  readonly outputs: readonly string[];
  readonly nodes: readonly NodeObj[];
  readonly initializers?: readonly TensorObj[];
  readonly opset?: number;
  readonly graphName?: string;
}

/** The ModelProto as an object (tests may tamper with it before encoding). */
export function modelObject(spec: ModelSpec): Record<string, unknown> {
  return {
    ir_version: 8,
    producer_name: 'accsim-test',
    opset_import: [{ domain: '', version: spec.opset ?? 13 }],
    graph: {
      name: spec.graphName ?? 'test_graph',
      node: spec.nodes,
      initializer: spec.initializers ?? [],
      input: spec.inputs.map(valueInfo),
      output: spec.outputs.map((name) => ({ name })),
    },
  };
}

/** Encodes a model object as .onnx bytes. */
export function encodeModel(obj: Record<string, unknown>): Uint8Array {
  return MODEL_PROTO.encode(MODEL_PROTO.fromObject(obj)).finish();
}

/** Builds and encodes a model. */
export function buildModel(spec: ModelSpec): Uint8Array {
  return encodeModel(modelObject(spec));
}

/** Deterministic pseudo-random floats in [-1, 1) (mulberry32), so every test model has fixed weights. */
export function randomFloats(n: number, seed: number): Float32Array {
  const next = mulberry32(seed);
  return Float32Array.from({ length: n }, () => next() * 2 - 1);
}
