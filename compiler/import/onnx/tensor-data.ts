// TensorProto → Tensor: the element type, the dims and the data from raw_data (little-endian bytes) or
// from the typed repeated fields (float_data, int32_data, int64_data, double_data).
import { DATA_LOCATION_EXTERNAL, ONNX_DTYPE } from './onnx-schema.js';
import { type Int64Like, int64ToBigInt, int64ToNumber } from './int64.js';
import { type DType, DTYPES, allocate } from '../../ir/dtype.js';
import { type Tensor, makeTensor, numel } from '../../ir/tensor.js';
import { fail } from '../../../core/diagnostics.js';

/** The fields of a decoded TensorProto message that the importer reads. */
export interface TensorProtoMsg {
  name: string;
  dims: Int64Like[];
  data_type: number;
  float_data: number[];
  int32_data: number[];
  int64_data: Int64Like[];
  double_data: number[];
  raw_data: Uint8Array;
  data_location: number;
  external_data: { key: string; value: string }[];
}

/** ONNX element types the importer accepts and the accsim dtype each becomes. BOOL becomes u8 (0/1). */
const DTYPE_OF: ReadonlyMap<number, DType> = new Map<number, DType>([
  [ONNX_DTYPE.FLOAT, 'f32'], [ONNX_DTYPE.DOUBLE, 'f64'], [ONNX_DTYPE.FLOAT16, 'f16'], [ONNX_DTYPE.INT64, 'i64'],
  [ONNX_DTYPE.INT32, 'i32'], [ONNX_DTYPE.INT16, 'i16'], [ONNX_DTYPE.INT8, 'i8'], [ONNX_DTYPE.UINT8, 'u8'], [ONNX_DTYPE.BOOL, 'u8'],
]);

/** Bytes per element in raw_data. */
const RAW_BYTES: Readonly<Record<number, number>> = {
  [ONNX_DTYPE.FLOAT]: 4, [ONNX_DTYPE.DOUBLE]: 8, [ONNX_DTYPE.FLOAT16]: 2, [ONNX_DTYPE.INT64]: 8, [ONNX_DTYPE.INT32]: 4,
  [ONNX_DTYPE.INT16]: 2, [ONNX_DTYPE.INT8]: 1, [ONNX_DTYPE.UINT8]: 1, [ONNX_DTYPE.BOOL]: 1,
};

const DTYPE_NAMES = new Map(Object.entries(ONNX_DTYPE).map(([k, v]) => [v as number, k]));

/** Name of an ONNX element type number, for messages ("FLOAT", "BFLOAT16", …). */
export function onnxDtypeName(t: number): string {
  return DTYPE_NAMES.get(t) ?? `data type ${t}`;
}

/** The accsim dtype of an ONNX element type, or undefined when it is not supported. */
export function dtypeOfOnnx(t: number): DType | undefined {
  return DTYPE_OF.get(t);
}

/** IEEE 754 binary16 bits → the number they encode (exact in float32). */
export function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

function readRaw(raw: Uint8Array, onnxType: number, out: ReturnType<typeof allocate>): void {
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const n = out.length;
  for (let i = 0; i < n; i++) {
    switch (onnxType) {
      case ONNX_DTYPE.FLOAT: out[i] = dv.getFloat32(4 * i, true); break;
      case ONNX_DTYPE.DOUBLE: out[i] = dv.getFloat64(8 * i, true); break;
      case ONNX_DTYPE.FLOAT16: out[i] = halfToFloat(dv.getUint16(2 * i, true)); break;
      case ONNX_DTYPE.INT64: (out as BigInt64Array)[i] = dv.getBigInt64(8 * i, true); break;
      case ONNX_DTYPE.INT32: out[i] = dv.getInt32(4 * i, true); break;
      case ONNX_DTYPE.INT16: out[i] = dv.getInt16(2 * i, true); break;
      case ONNX_DTYPE.INT8: out[i] = dv.getInt8(i); break;
      default: out[i] = dv.getUint8(i); break; // UINT8, BOOL
    }
  }
}

/** The typed repeated field that holds this element type, converted to numbers or BigInts. */
function typedField(t: TensorProtoMsg, dtype: DType, what: string, file: string | undefined): ArrayLike<number | bigint> {
  switch (t.data_type) {
    case ONNX_DTYPE.FLOAT: return t.float_data;
    case ONNX_DTYPE.DOUBLE: return t.double_data;
    case ONNX_DTYPE.INT64: return t.int64_data.map(int64ToBigInt);
    case ONNX_DTYPE.FLOAT16: return t.int32_data.map((bits) => halfToFloat(bits & 0xffff));
    default: {
      // int32_data carries INT32/INT16/INT8/UINT8/BOOL; a value outside the element type is a corrupt file.
      const { min, max } = DTYPES[dtype];
      const bad = t.int32_data.find((v) => v < min! || v > max!);
      if (bad !== undefined) fail('ONNX005', `${what}: int32_data value ${bad} is outside ${onnxDtypeName(t.data_type)}`, { file });
      return t.int32_data;
    }
  }
}

/**
 * Decodes a TensorProto. `what` names it in errors ("initializer conv1.weight"). Data stored in an
 * external file is not supported: the importer reads one self-contained file.
 */
export function decodeTensor(t: TensorProtoMsg, what: string, file: string | undefined): Tensor {
  if (t.data_location === DATA_LOCATION_EXTERNAL || t.external_data.length > 0) {
    fail('ONNX004', `external data initializer ${t.name || what} is not supported; re-export with all tensors inside the model`, { file });
  }
  const dtype = DTYPE_OF.get(t.data_type);
  if (dtype === undefined) fail('ONNX005', `${what} has element type ${onnxDtypeName(t.data_type)}; supported: ${[...DTYPE_OF.keys()].map(onnxDtypeName).join(', ')}`, { file });
  const shape = t.dims.map((d) => int64ToNumber(d, `a dim of ${what}`, file));
  if (shape.some((d) => d < 0)) fail('ONNX005', `${what} has a negative dim in [${shape.join(',')}]`, { file });
  const n = numel(shape);
  // The dims are untrusted: the data present must match them before anything of their size is allocated.
  if (t.raw_data.length > 0) {
    const want = n * RAW_BYTES[t.data_type]!;
    if (t.raw_data.length !== want) fail('ONNX005', `${what}: raw_data has ${t.raw_data.length} bytes, shape [${shape.join(',')}] of ${onnxDtypeName(t.data_type)} needs ${want}`, { file });
    const data = allocate(dtype, n);
    readRaw(t.raw_data, t.data_type, data);
    return makeTensor(dtype, shape, data);
  }
  const src = typedField(t, dtype, what, file);
  if (src.length !== n) fail('ONNX005', `${what} has ${src.length} values, shape [${shape.join(',')}] needs ${n}`, { file });
  const data = allocate(dtype, n);
  for (let i = 0; i < n; i++) (data as unknown as (number | bigint)[])[i] = src[i]!;
  return makeTensor(dtype, shape, data);
}
