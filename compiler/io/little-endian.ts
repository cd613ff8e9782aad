// Tensor elements <-> little-endian bytes, the layout shared by .npy and .safetensors files.
// Goes through a DataView element by element: correct on any host byte order and any byte offset,
// and fast enough for weight files and data sets (tens of ns per element). Decoding on a little-endian
// host copies the bytes as they are instead (a cold `accsim sim` of eight ImageNet images reads 1.2 M
// float32 elements before its first simulation).
import { type DType, type TypedArray, allocate } from '../ir/dtype.js';
import { assert } from '../../core/diagnostics.js';
import { floatToHalfBits, halfBitsToFloat } from './half-float.js';

/**
 * Bytes per element in a file. Sub-byte types (i4, u4, i2, b1) are stored one element per byte, as
 * they are held in memory; packing them is the accelerator's business, not the file format's.
 */
export function fileItemSize(dtype: DType): number {
  switch (dtype) {
    case 'f64':
    case 'i64': return 8;
    case 'f32':
    case 'i32': return 4;
    case 'f16':
    case 'i16': return 2;
    case 'i8':
    case 'u8':
    case 'i4':
    case 'u4':
    case 'i2':
    case 'b1': return 1;
  }
}

const LITTLE_ENDIAN_HOST = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Decodes `count` little-endian elements of `dtype` starting at `bytes[0]` (f16 widens to float32).
 *  `copy`: take the bytes as they are (on a little-endian host, the default) rather than element by element. */
export function decodeLittleEndian(dtype: DType, bytes: Uint8Array, count: number, copy = LITTLE_ENDIAN_HOST): TypedArray {
  assert(bytes.length >= count * fileItemSize(dtype), `decodeLittleEndian: ${bytes.length} bytes for ${count} × ${dtype}`);
  const out = allocate(dtype, count);
  if (copy && dtype !== 'f16') {
    new Uint8Array(out.buffer).set(bytes.subarray(0, count * fileItemSize(dtype)));
    return out;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (dtype) {
    case 'f64': for (let i = 0; i < count; i++) out[i] = view.getFloat64(8 * i, true); break;
    case 'f32': for (let i = 0; i < count; i++) out[i] = view.getFloat32(4 * i, true); break;
    case 'f16': for (let i = 0; i < count; i++) out[i] = halfBitsToFloat(view.getUint16(2 * i, true)); break;
    case 'i64': {
      const big = out as BigInt64Array;
      for (let i = 0; i < count; i++) big[i] = view.getBigInt64(8 * i, true);
      break;
    }
    case 'i32': for (let i = 0; i < count; i++) out[i] = view.getInt32(4 * i, true); break;
    case 'i16': for (let i = 0; i < count; i++) out[i] = view.getInt16(2 * i, true); break;
    // One-byte types: copy the raw bytes (an Int8Array then reads 0xff as -1).
    default: new Uint8Array(out.buffer).set(bytes.subarray(0, count));
  }
  return out;
}

/** Encodes the elements of `data` (stored as `dtype`) as little-endian bytes; f16 rounds to nearest even. */
export function encodeLittleEndian(dtype: DType, data: TypedArray): Uint8Array {
  // A Float64Array behind an f32 tensor would be rounded silently: that is a bug, not a file problem.
  assert(data.constructor === allocate(dtype, 0).constructor, `${dtype} tensor data is a ${data.constructor.name}`);
  const count = data.length;
  const bytes = new Uint8Array(count * fileItemSize(dtype));
  const view = new DataView(bytes.buffer);
  switch (dtype) {
    case 'f64': for (let i = 0; i < count; i++) view.setFloat64(8 * i, data[i] as number, true); break;
    case 'f32': for (let i = 0; i < count; i++) view.setFloat32(4 * i, data[i] as number, true); break;
    case 'f16': for (let i = 0; i < count; i++) view.setUint16(2 * i, floatToHalfBits(data[i] as number), true); break;
    case 'i64': for (let i = 0; i < count; i++) view.setBigInt64(8 * i, data[i] as bigint, true); break;
    case 'i32': for (let i = 0; i < count; i++) view.setInt32(4 * i, data[i] as number, true); break;
    case 'i16': for (let i = 0; i < count; i++) view.setInt16(2 * i, data[i] as number, true); break;
    default: bytes.set(new Uint8Array(data.buffer, data.byteOffset, count));
  }
  return bytes;
}
