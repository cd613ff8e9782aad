// IDX files, the format of MNIST and Fashion-MNIST (http://yann.lecun.com/exdb/mnist/):
// two zero bytes, a type code byte, the number of dimensions, then each dimension as a big-endian
// u32, then the data in C order. The data sets ship gzip-compressed, so gzip is undone here too.
import { gunzipSync } from 'node:zlib';
import { fail } from '../../core/diagnostics.js';
import { formatShape } from '../ir/tensor.js';

/** The IDX element type codes. accsim's data sets are all unsigned bytes (0x08). */
const IDX_TYPES: Readonly<Record<number, { name: string; bytes: number }>> = {
  0x08: { name: 'unsigned byte', bytes: 1 },
  0x09: { name: 'signed byte', bytes: 1 },
  0x0b: { name: 'short (16-bit)', bytes: 2 },
  0x0c: { name: 'int (32-bit)', bytes: 4 },
  0x0d: { name: 'float (32-bit)', bytes: 4 },
  0x0e: { name: 'double (64-bit)', bytes: 8 },
};

/** An unsigned-byte IDX array: its dimensions and its C-order data. */
export interface IdxArray {
  shape: number[];
  data: Uint8Array;
}

/**
 * Parses an IDX file of unsigned bytes (type 0x08), gunzipping it first when it starts with the gzip
 * magic 1f 8b. Other IDX element types, bad magic, truncation and trailing bytes are UserErrors
 * IDX001..IDX005 naming `file`.
 */
export function readIdx(bytes: Uint8Array, file?: string): IdxArray {
  const where = file === undefined ? {} : { file };
  const raw = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzip(bytes, file) : bytes;
  if (raw.length < 4 || raw[0] !== 0 || raw[1] !== 0) {
    fail('IDX001', 'not an IDX file: it does not start with two zero bytes (and is not gzip-compressed)', where);
  }
  const typeCode = raw[2]!;
  const type = IDX_TYPES[typeCode];
  if (type === undefined) fail('IDX001', `not an IDX file: unknown element type code 0x${hex(typeCode)}`, where);
  if (typeCode !== 0x08) {
    fail('IDX002', `IDX element type 0x${hex(typeCode)} (${type.name}) is not supported; accsim reads unsigned-byte IDX files (0x08)`, where);
  }
  const rank = raw[3]!;
  const dataStart = 4 + 4 * rank;
  if (raw.length < dataStart) {
    fail('IDX003', `truncated IDX file: ${rank} dimensions need a ${dataStart}-byte header, the file has ${raw.length} bytes`, where);
  }
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const shape: number[] = [];
  let count = 1;
  for (let i = 0; i < rank; i++) {
    const dim = view.getUint32(4 + 4 * i, false);
    shape.push(dim);
    count *= dim;
  }
  const present = raw.length - dataStart;
  if (present < count) {
    fail('IDX003', `truncated IDX file: shape ${formatShape(shape)} needs ${count} data bytes, the file has ${present}`, where);
  }
  if (present > count) {
    fail('IDX004', `IDX file has ${present - count} bytes after the ${count} data bytes of shape ${formatShape(shape)}`, where);
  }
  return { shape, data: raw.slice(dataStart) };
}

function gunzip(bytes: Uint8Array, file: string | undefined): Uint8Array {
  try {
    return new Uint8Array(gunzipSync(bytes));
  } catch (err) {
    return fail('IDX005', `cannot decompress gzip data: ${(err as Error).message}`, file === undefined ? {} : { file });
  }
}

function hex(n: number): string {
  return n.toString(16).padStart(2, '0');
}
