// Element types of tensors in the graph and in the sidecar weight files, with their ranges.

/** Every element type accsim knows. Sub-byte types (i4, u4, i2, b1) are logical; storage is one per byte unless packed. */
export type DType = 'f64' | 'f32' | 'f16' | 'i64' | 'i32' | 'i16' | 'i8' | 'u8' | 'i4' | 'u4' | 'i2' | 'b1';

export interface DTypeInfo {
  readonly bits: number;
  readonly isFloat: boolean;
  readonly signed: boolean;
  /** Inclusive integer range (undefined for floats). b1 holds the two levels -1 and +1, stored as -1/+1 (bit-packing into 1 ↔ +1 happens only in hardware buffers). */
  readonly min?: number;
  readonly max?: number;
}

export const DTYPES: Readonly<Record<DType, DTypeInfo>> = {
  f64: { bits: 64, isFloat: true, signed: true },
  f32: { bits: 32, isFloat: true, signed: true },
  f16: { bits: 16, isFloat: true, signed: true },
  i64: { bits: 64, isFloat: false, signed: true, min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
  i32: { bits: 32, isFloat: false, signed: true, min: -2147483648, max: 2147483647 },
  i16: { bits: 16, isFloat: false, signed: true, min: -32768, max: 32767 },
  i8: { bits: 8, isFloat: false, signed: true, min: -128, max: 127 },
  u8: { bits: 8, isFloat: false, signed: false, min: 0, max: 255 },
  i4: { bits: 4, isFloat: false, signed: true, min: -8, max: 7 },
  u4: { bits: 4, isFloat: false, signed: false, min: 0, max: 15 },
  i2: { bits: 2, isFloat: false, signed: true, min: -2, max: 1 },
  b1: { bits: 1, isFloat: false, signed: true, min: -1, max: 1 },
};

export function isDType(s: string): s is DType {
  return Object.prototype.hasOwnProperty.call(DTYPES, s);
}

/** The JavaScript array that stores one element of `dtype` per slot (sub-byte types use Int8Array/Uint8Array). */
export type TypedArray =
  | Float64Array
  | Float32Array
  | Int32Array
  | Int16Array
  | Int8Array
  | Uint8Array
  | BigInt64Array;

/** Allocates storage for `n` elements of `dtype` (f16 is widened to Float32Array in memory). */
export function allocate(dtype: DType, n: number): TypedArray {
  switch (dtype) {
    case 'f64': return new Float64Array(n);
    case 'f32':
    case 'f16': return new Float32Array(n);
    case 'i64': return new BigInt64Array(n);
    case 'i32': return new Int32Array(n);
    case 'i16': return new Int16Array(n);
    case 'i8':
    case 'i4':
    case 'i2':
    case 'b1': return new Int8Array(n);
    case 'u8':
    case 'u4': return new Uint8Array(n);
  }
}
