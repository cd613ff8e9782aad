// The .safetensors sidecar that holds a QIR graph's weights (huggingface/safetensors format):
//   u64 LE n | n bytes of JSON header | data
// The header maps each tensor name to {dtype, shape, data_offsets: [begin, end]} (offsets relative to
// the start of the data, little-endian, C order) plus an optional "__metadata__" string map.
import { fail } from '../../core/diagnostics.js';
import type { DType } from '../ir/dtype.js';
import { type Tensor, formatShape, makeTensor, numel } from '../ir/tensor.js';
import { decodeLittleEndian, encodeLittleEndian, fileItemSize } from '../io/little-endian.js';

const FILE_DTYPES: Readonly<Record<string, DType>> = {
  F64: 'f64', F32: 'f32', F16: 'f16', I64: 'i64', I32: 'i32', I16: 'i16', I8: 'i8', U8: 'u8',
};

/**
 * The file dtype of each accsim dtype. Sub-byte types are stored one element per byte in their
 * signed or unsigned byte container and read back as i8/u8: the QIR text carries the logical type.
 */
const WRITE_DTYPES: Readonly<Record<DType, string>> = {
  f64: 'F64', f32: 'F32', f16: 'F16', i64: 'I64', i32: 'I32', i16: 'I16',
  i8: 'I8', i4: 'I8', i2: 'I8', b1: 'I8', u8: 'U8', u4: 'U8',
};

const METADATA_KEY = '__metadata__';

/** The contents of a .safetensors file. */
export interface Safetensors {
  tensors: Map<string, Tensor>;
  metadata: Record<string, string>;
}

interface Entry {
  name: string;
  dtype: DType;
  shape: number[];
  begin: number;
  end: number;
}

/**
 * Parses and validates a .safetensors file. Every inconsistency (header length beyond the file, bad
 * JSON, an unknown dtype, offsets out of range, overlapping, leaving gaps or not matching
 * shape × item size) is a UserError ST001..ST007 naming `file`. F16 is widened exactly into a
 * Float32Array (dtype stays 'f16'); I64 reads into a BigInt64Array.
 */
export function readSafetensors(bytes: Uint8Array, file?: string): Safetensors {
  const where = file === undefined ? {} : { file };
  if (bytes.length < 8) fail('ST001', `truncated .safetensors file: ${bytes.length} bytes, the 8-byte header length is cut off`, where);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = Number(view.getBigUint64(0, true));
  if (headerLength > bytes.length - 8) {
    fail('ST001', `header length ${headerLength} runs past the end of the file (${bytes.length} bytes): truncated or not a .safetensors file`, where);
  }
  const header = parseHeaderJson(bytes.subarray(8, 8 + headerLength), file);
  const data = bytes.subarray(8 + headerLength);
  const metadata = parseMetadata(header[METADATA_KEY], file);
  const entries = Object.entries(header)
    .filter(([name]) => name !== METADATA_KEY)
    .map(([name, value]) => parseEntry(name, value, data.length, file));
  checkLayout(entries, data.length, file);
  const tensors = new Map<string, Tensor>();
  for (const e of entries) {
    const count = numel(e.shape);
    tensors.set(e.name, makeTensor(e.dtype, e.shape, decodeLittleEndian(e.dtype, data.subarray(e.begin, e.end), count)));
  }
  return { tensors, metadata };
}

/**
 * Serialises tensors as .safetensors: optional metadata first, tensors sorted by name in both the
 * header and the data, header padded with spaces so the data starts 8-byte aligned. F16 rounds to
 * nearest even. A tensor named "__metadata__" is UserError ST008 (the format reserves the name).
 */
export function writeSafetensors(tensors: ReadonlyMap<string, Tensor>, metadata?: Record<string, string>): Uint8Array {
  if (tensors.has(METADATA_KEY)) fail('ST008', `a tensor cannot be named "${METADATA_KEY}": the safetensors format reserves it`);
  const names = [...tensors.keys()].sort();
  // No prototype: a tensor named "__proto__" must become a key, not replace the object's prototype.
  const header: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (metadata !== undefined && Object.keys(metadata).length > 0) header[METADATA_KEY] = { ...metadata };
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const name of names) {
    const t = tensors.get(name)!;
    const chunk = encodeLittleEndian(t.type.dtype, t.data);
    header[name] = { dtype: WRITE_DTYPES[t.type.dtype], shape: [...t.type.shape], data_offsets: [offset, offset + chunk.length] };
    chunks.push(chunk);
    offset += chunk.length;
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const padding = (8 - (json.length % 8)) % 8;
  const headerLength = json.length + padding;
  const out = new Uint8Array(8 + headerLength + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(headerLength), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + headerLength);
  let at = 8 + headerLength;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function parseHeaderJson(bytes: Uint8Array, file: string | undefined): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    fail('ST002', `header is not valid UTF-8 JSON: ${(err as Error).message}`, file === undefined ? {} : { file });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    fail('ST002', 'header is not a JSON object', file === undefined ? {} : { file });
  }
  return parsed as Record<string, unknown>;
}

function parseMetadata(value: unknown, file: string | undefined): Record<string, string> {
  if (value === undefined) return {};
  const ok = typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
  if (!ok) fail('ST007', `"${METADATA_KEY}" must be an object of string values`, file === undefined ? {} : { file });
  return { ...(value as Record<string, string>) };
}

function parseEntry(name: string, value: unknown, dataLength: number, file: string | undefined): Entry {
  const where = { ...(file === undefined ? {} : { file }), node: name };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('ST003', `tensor '${name}': entry is not an object`, where);
  const { dtype, shape, data_offsets: offsets } = value as Record<string, unknown>;
  if (typeof dtype !== 'string') fail('ST003', `tensor '${name}': "dtype" is missing or not a string`, where);
  const accsimDtype = FILE_DTYPES[dtype];
  if (accsimDtype === undefined) {
    fail('ST004', `tensor '${name}': unsupported dtype ${JSON.stringify(dtype)}; supported: ${Object.keys(FILE_DTYPES).join(', ')}`, where);
  }
  if (!isIntegerList(shape)) fail('ST003', `tensor '${name}': "shape" is not a list of non-negative integers`, where);
  if (!isIntegerList(offsets) || offsets.length !== 2) {
    fail('ST003', `tensor '${name}': "data_offsets" is not a pair of non-negative integers`, where);
  }
  const [begin, end] = offsets as [number, number];
  if (begin > end || end > dataLength) {
    fail('ST005', `tensor '${name}': data_offsets [${begin}, ${end}] are outside the ${dataLength} data bytes`, where);
  }
  const expected = numel(shape) * fileItemSize(accsimDtype);
  if (end - begin !== expected) {
    fail('ST005', `tensor '${name}': data_offsets [${begin}, ${end}] hold ${end - begin} bytes, ${dtype}${formatShape(shape)} needs ${expected}`, where);
  }
  return { name, dtype: accsimDtype, shape, begin, end };
}

/** The tensors must tile the data exactly, as the reference implementation requires: no overlap, no gap, nothing after. */
function checkLayout(entries: readonly Entry[], dataLength: number, file: string | undefined): void {
  const where = file === undefined ? {} : { file };
  const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let cursor = 0;
  let previous = '';
  for (const e of sorted) {
    if (e.begin < cursor) {
      fail('ST006', `tensors '${previous}' and '${e.name}' overlap: '${e.name}' starts at ${e.begin}, before ${cursor}`, { ...where, node: e.name });
    }
    if (e.begin > cursor) fail('ST006', `bytes ${cursor}..${e.begin} of the data belong to no tensor (a gap before '${e.name}')`, { ...where, node: e.name });
    cursor = e.end;
    previous = e.name;
  }
  if (cursor !== dataLength) fail('ST006', `${dataLength - cursor} bytes after the last tensor belong to no tensor`, where);
}

function isIntegerList(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0);
}
