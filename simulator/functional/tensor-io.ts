// Program inputs into DRAM and outputs out of it, per the .accbin tensor descriptors: packed LSB-first
// for sub-byte dtypes (docs/HARDWARE.md §2), little-endian for multi-byte ones. Values follow the
// integer reference's conventions: one element per array slot, b1 as ±1.
import { fail } from '../../core/diagnostics.js';
import type { TensorDescriptor, TensorDtype } from '../../isa/program-tables.js';
import { readElement, writeElement } from './elements.js';

/** Element arrays accepted as inputs and returned as outputs. */
export type TensorValues = Int8Array | Uint8Array | Int16Array | Int32Array | Float32Array;

const SUB_BYTE: Partial<Record<TensorDtype, { bits: number; signed: boolean }>> = {
  i4: { bits: 4, signed: true }, u4: { bits: 4, signed: false }, i2: { bits: 2, signed: true }, b1: { bits: 1, signed: false },
};

function count(t: TensorDescriptor): number {
  return t.shape.reduce((a, b) => a * b, 1);
}

/** Sub-byte tensors pad their innermost dimension to whole bytes (docs/HARDWARE.md §2): element j's
 *  stream index inside the packed layout. */
function streamIndex(t: TensorDescriptor, bits: number): (j: number) => number {
  const inner = t.shape[t.shape.length - 1] ?? 1;
  const padded = Math.ceil((inner * bits) / 8) * (8 / bits);
  if (padded === inner) return (j) => j;
  return (j) => Math.floor(j / inner) * padded + (j % inner);
}

/** Writes `values` as tensor `t` into `dram` (SIM003 when the element count is wrong). */
export function writeTensor(dram: Uint8Array, t: TensorDescriptor, values: ArrayLike<number>): void {
  const n = count(t);
  if (values.length !== n) fail('SIM003', `input "${t.name}" has ${values.length} elements but the program expects ${n} (shape [${t.shape.join(', ')}])`, {});
  const at = t.dramAddr;
  const view = new DataView(dram.buffer, dram.byteOffset, dram.byteLength);
  const sub = SUB_BYTE[t.dtype];
  if (sub !== undefined) {
    const index = streamIndex(t, sub.bits);
    dram.fill(0, at, at + Math.ceil((index(n - 1) + 1) * sub.bits / 8));
    for (let j = 0; j < n; j++) writeElement(dram, at, index(j), sub.bits, t.dtype === 'b1' ? (values[j]! > 0 ? 1 : 0) : values[j]!);
    return;
  }
  for (let j = 0; j < n; j++) {
    const v = values[j]!;
    switch (t.dtype) {
      case 'i8': case 'u8': dram[at + j] = v & 0xff; break;
      case 'i16': view.setInt16(at + 2 * j, v, true); break;
      case 'i32': view.setInt32(at + 4 * j, v, true); break;
      default: view.setFloat32(at + 4 * j, v, true);
    }
  }
}

/** Reads tensor `t` from `dram` as element values (b1 as ±1, sub-byte types sign- or zero-extended). */
export function readTensor(dram: Uint8Array, t: TensorDescriptor): TensorValues {
  const n = count(t);
  const at = t.dramAddr;
  const view = new DataView(dram.buffer, dram.byteOffset, dram.byteLength);
  switch (t.dtype) {
    case 'i8': return new Int8Array(dram.buffer.slice(dram.byteOffset + at, dram.byteOffset + at + n));
    case 'u8': return dram.slice(at, at + n);
    case 'i16': return Int16Array.from({ length: n }, (_, j) => view.getInt16(at + 2 * j, true));
    case 'i32': return Int32Array.from({ length: n }, (_, j) => view.getInt32(at + 4 * j, true));
    case 'f32': return Float32Array.from({ length: n }, (_, j) => view.getFloat32(at + 4 * j, true));
    default: {
      const sub = SUB_BYTE[t.dtype]!;
      const out = sub.signed || t.dtype === 'b1' ? new Int8Array(n) : new Uint8Array(n);
      const index = streamIndex(t, sub.bits);
      for (let j = 0; j < n; j++) {
        const v = readElement(dram, at, index(j), sub.bits, sub.signed);
        out[j] = t.dtype === 'b1' ? (v === 1 ? 1 : -1) : v;
      }
      return out;
    }
  }
}
