// NumPy .npy files: the simplest way to get arrays in and out of accsim (np.save / np.load).
// Format (numpy/lib/format.py, "NEP 1"): the magic "\x93NUMPY", major and minor version bytes, the
// header length (u16 LE in v1, u32 LE in v2 and v3), the header dict (latin-1, UTF-8 in v3), padded
// with spaces and a final '\n' so the data starts aligned, then the raw C-order data.
import { readFileSync } from 'node:fs';
import { fail } from '../../core/diagnostics.js';
import type { DType } from '../ir/dtype.js';
import { type Tensor, formatShape, makeTensor, numel } from '../ir/tensor.js';
import { writeFileAtomic } from './atomic-write.js';
import { decodeLittleEndian, encodeLittleEndian, fileItemSize } from './little-endian.js';
import { formatNpyHeaderDict, parseNpyHeader } from './npy-header.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // "\x93NUMPY"
/** numpy aligns the data to 64 bytes so that it can be memory-mapped with any element type. */
const ALIGN = 64;

/**
 * The array types accsim reads. numpy bool ('|b1') reads as u8 0/1: accsim's b1 means the two
 * levels -1/+1 of binary layers, not False/True, so mapping bool onto it would change the values.
 */
const READ_DTYPES: Readonly<Record<string, DType>> = {
  '<f8': 'f64', '<f4': 'f32', '<f2': 'f16',
  '<i8': 'i64', '<i4': 'i32', '<i2': 'i16', '|i1': 'i8', '|u1': 'u8', '|b1': 'u8',
};

/** The descr written for each dtype. Sub-byte types are written one element per byte, like in memory. */
const WRITE_DESCR: Readonly<Record<DType, string>> = {
  f64: '<f8', f32: '<f4', f16: '<f2', i64: '<i8', i32: '<i4', i16: '<i2',
  i8: '|i1', i4: '|i1', i2: '|i1', b1: '|i1', u8: '|u1', u4: '|u1',
};

/**
 * Parses a .npy file (versions 1, 2 and 3) into a tensor. Supported element types: '<f8', '<f4',
 * '<f2', '<i8', '<i4', '<i2', '|i1', '|u1' and '|b1' (as u8 0/1), C order, any shape including
 * 0-d. Anything else is a UserError naming `file`: NPY001 bad magic, NPY002 truncated header,
 * NPY003 unknown version, NPY004 malformed header, NPY005 Fortran order, NPY006 big-endian,
 * NPY007 unsupported dtype, NPY008 data size not matching the shape (truncated or trailing bytes).
 */
export function readNpy(bytes: Uint8Array, file?: string): Tensor {
  const where = file === undefined ? {} : { file };
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) {
    fail('NPY001', 'not a .npy file: it does not start with the magic "\\x93NUMPY"', where);
  }
  const major = bytes[6]!;
  if (major < 1 || major > 3) fail('NPY003', `unsupported .npy format version ${major}.${bytes[7]} (accsim reads 1.0, 2.0 and 3.0)`, where);
  const lengthBytes = major === 1 ? 2 : 4;
  const dataStart = 8 + lengthBytes;
  if (bytes.length < dataStart) fail('NPY002', `truncated .npy file: ${bytes.length} bytes, the header length field is cut off`, where);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  if (bytes.length < dataStart + headerLength) {
    fail('NPY002', `truncated .npy file: the header needs ${headerLength} bytes after byte ${dataStart}, the file has ${bytes.length} bytes`, where);
  }
  const headerBytes = bytes.subarray(dataStart, dataStart + headerLength);
  const text = major === 3 ? decodeUtf8(headerBytes, file) : Buffer.from(headerBytes).toString('latin1');
  const header = parseNpyHeader(text);
  if (typeof header === 'string') fail('NPY004', `malformed .npy header: ${header}`, where);
  if (header.fortranOrder) {
    fail('NPY005', 'Fortran-order arrays are not supported; save with np.ascontiguousarray', where);
  }
  const { dtype, isBool } = dtypeOfDescr(header.descr, file);
  const count = numel(header.shape);
  const data = bytes.subarray(dataStart + headerLength);
  const expected = count * fileItemSize(dtype);
  if (data.length !== expected) {
    fail('NPY008', `data size mismatch: shape ${formatShape(header.shape)} of '${descrText(header.descr)}' needs ${expected} bytes, the file has ${data.length} after the header${data.length < expected ? ' (truncated?)' : ''}`, where);
  }
  const values = decodeLittleEndian(dtype, data, count);
  if (isBool) {
    // numpy treats any non-zero byte as True; normalise so the tensor holds exactly 0 and 1.
    for (let i = 0; i < count; i++) values[i] = values[i] !== 0 ? 1 : 0;
  }
  return makeTensor(dtype, header.shape, values);
}

/**
 * Serialises a tensor as a .npy file that `np.load` reads back with the same shape and values:
 * version 1.0 (2.0 only when the header exceeds 65535 bytes), header padded to 64 bytes with '\n'
 * last. f16 is written as '<f2' (rounded to nearest even); sub-byte types as one byte per element.
 */
export function writeNpy(t: Tensor): Uint8Array {
  // numpy >= 1.23 leaves room for the first dimension to grow to 21 digits, so that appending along
  // axis 0 can rewrite the header in place; doing the same makes our files byte-identical to np.save.
  const shape = t.type.shape;
  const growthRoom = shape.length > 0 ? ' '.repeat(Math.max(0, 21 - String(shape[0]).length)) : '';
  const dict = formatNpyHeaderDict(WRITE_DESCR[t.type.dtype], shape) + growthRoom;
  const paddedLength = (prefixLength: number) => Math.ceil((prefixLength + dict.length + 1) / ALIGN) * ALIGN - prefixLength;
  const major = paddedLength(10) <= 0xffff ? 1 : 2;
  const prefixLength = major === 1 ? 10 : 12;
  const header = Buffer.from(dict.padEnd(paddedLength(prefixLength) - 1, ' ') + '\n', 'latin1');
  const data = encodeLittleEndian(t.type.dtype, t.data);
  const out = new Uint8Array(prefixLength + header.length + data.length);
  out.set(MAGIC, 0);
  out[6] = major;
  out[7] = 0;
  const view = new DataView(out.buffer);
  if (major === 1) view.setUint16(8, header.length, true);
  else view.setUint32(8, header.length, true);
  out.set(header, prefixLength);
  out.set(data, prefixLength + header.length);
  return out;
}

/** Reads and parses a .npy file from disk; an unreadable file is UserError NPY009. */
export function loadNpy(path: string): Tensor {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    fail('NPY009', `cannot read .npy file: ${(err as Error).message}`, { file: path });
  }
  return readNpy(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
}

/** Writes a tensor to `path` as .npy, atomically (temp file + rename). */
export function saveNpy(path: string, t: Tensor): void {
  writeFileAtomic(path, writeNpy(t));
}

/** Maps a header descr to a dtype, with the specific fix for the common mistakes. */
function dtypeOfDescr(descr: unknown, file: string | undefined): { dtype: DType; isBool: boolean } {
  const where = file === undefined ? {} : { file };
  const supported = Object.keys(READ_DTYPES).map((d) => `'${d}'`).join(', ');
  if (typeof descr !== 'string') {
    fail('NPY007', `unsupported dtype ${descrText(descr)} (structured arrays are not supported); supported: ${supported}`, where);
  }
  // Byte order is meaningless for one-byte types; numpy writes '|' but '<u1' and '>u1' are the same array.
  const normalised = /^[<>=|][iub]1$/.test(descr) ? `|${descr.slice(1)}` : descr;
  const dtype = READ_DTYPES[normalised];
  if (dtype !== undefined) return { dtype, isBool: normalised === '|b1' };
  if (descr.startsWith('>') && READ_DTYPES[`<${descr.slice(1)}`] !== undefined) {
    fail('NPY006', `big-endian dtype '${descr}' is not supported; convert with arr.astype('<${descr.slice(1)}')`, where);
  }
  return fail('NPY007', `unsupported dtype '${descr}'; supported: ${supported}`, where);
}

function descrText(descr: unknown): string {
  return typeof descr === 'string' ? descr : JSON.stringify(descr instanceof Map ? Object.fromEntries(descr) : descr);
}

function decodeUtf8(bytes: Uint8Array, file: string | undefined): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('NPY004', 'malformed .npy header: version 3 header is not valid UTF-8', file === undefined ? {} : { file });
  }
}
