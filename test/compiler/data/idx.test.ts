import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readIdx } from '../../../compiler/data/idx.js';
import { UserError } from '../../../core/diagnostics.js';

/** Hand-built IDX bytes: magic 00 00 <type> <rank>, big-endian u32 dims, then the data. */
function idxBytes(type: number, dims: number[], data: number[]): Uint8Array {
  const header = [0, 0, type, dims.length];
  for (const d of dims) header.push((d >>> 24) & 0xff, (d >>> 16) & 0xff, (d >>> 8) & 0xff, d & 0xff);
  return Uint8Array.from([...header, ...data]);
}

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics[0]!.code;
    throw err;
  }
  return 'no error';
}

describe('readIdx', () => {
  it('parses a hand-built 2x3 unsigned-byte array with big-endian dims', () => {
    const bytes = Uint8Array.from([0, 0, 8, 2, 0, 0, 0, 2, 0, 0, 0, 3, 10, 20, 30, 40, 50, 255]);
    const idx = readIdx(bytes);
    expect(idx.shape).toEqual([2, 3]);
    expect([...idx.data]).toEqual([10, 20, 30, 40, 50, 255]);
  });

  it('reads dims above 255 big-endian (labels file header 00 00 08 01 00 00 27 10)', () => {
    const data = new Array<number>(10000).fill(7);
    const idx = readIdx(idxBytes(8, [10000], data));
    expect(idx.shape).toEqual([10000]);
    expect(idx.data.length).toBe(10000);
  });

  it('gunzips automatically and gives the same result as the plain bytes', () => {
    const plain = idxBytes(8, [3, 1], [1, 2, 3]);
    expect(readIdx(gzipSync(plain))).toEqual(readIdx(plain));
  });

  it('reads a 0-dimensional file as one element', () => {
    expect(readIdx(idxBytes(8, [], [42]))).toEqual({ shape: [], data: Uint8Array.from([42]) });
  });

  it('rejects bad magic, unknown and unsupported types, truncation and trailing bytes with codes', () => {
    expect(codeOf(() => readIdx(Uint8Array.from([1, 0, 8, 1, 0, 0, 0, 0])))).toBe('IDX001');
    expect(codeOf(() => readIdx(Uint8Array.from([0, 0])))).toBe('IDX001');
    expect(codeOf(() => readIdx(idxBytes(0x07, [1], [0])))).toBe('IDX001');
    expect(codeOf(() => readIdx(idxBytes(0x0d, [1], [0, 0, 0, 0])))).toBe('IDX002');
    expect(codeOf(() => readIdx(idxBytes(8, [2, 2], [1, 2, 3])))).toBe('IDX003');
    expect(codeOf(() => readIdx(Uint8Array.from([0, 0, 8, 2, 0, 0, 0, 2])))).toBe('IDX003');
    expect(codeOf(() => readIdx(idxBytes(8, [2], [1, 2, 3])))).toBe('IDX004');
    expect(codeOf(() => readIdx(gzipSync(idxBytes(8, [2], [1, 2])).subarray(0, 12)))).toBe('IDX005');
  });

  it('names the file and the unsupported type in the message', () => {
    expect(() => readIdx(idxBytes(0x0d, [1], [0, 0, 0, 0]), 'x.idx')).toThrow(/x\.idx: error IDX002: IDX element type 0x0d \(float \(32-bit\)\)/);
  });
});
