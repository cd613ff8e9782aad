import { describe, expect, it } from 'vitest';
import { decodeLittleEndian, encodeLittleEndian, fileItemSize } from '../../../compiler/io/little-endian.js';
import { InternalError } from '../../../core/diagnostics.js';

describe('little-endian tensor codec', () => {
  it('encodes hand-checked byte patterns', () => {
    expect([...encodeLittleEndian('f32', Float32Array.from([1]))]).toEqual([0x00, 0x00, 0x80, 0x3f]);
    expect([...encodeLittleEndian('f16', Float32Array.from([1, -2]))]).toEqual([0x00, 0x3c, 0x00, 0xc0]);
    expect([...encodeLittleEndian('i16', Int16Array.from([0x1234]))]).toEqual([0x34, 0x12]);
    expect([...encodeLittleEndian('i64', BigInt64Array.from([-2n]))]).toEqual([0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect([...encodeLittleEndian('i8', Int8Array.from([-1, 5]))]).toEqual([0xff, 0x05]);
    expect([...encodeLittleEndian('i4', Int8Array.from([-8]))]).toEqual([0xf8]);
  });

  it('decodes at an unaligned byte offset', () => {
    const bytes = Uint8Array.from([0xaa, 0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0xc0]).subarray(1);
    expect([...decodeLittleEndian('f32', bytes, 2)]).toEqual([1, -2]);
    expect([...decodeLittleEndian('i32', Uint8Array.from([0xaa, 0xff, 0xff, 0xff, 0xff]).subarray(1), 1)]).toEqual([-1]);
    expect([...decodeLittleEndian('i8', Uint8Array.from([0xaa, 0xff, 0x80]).subarray(1), 2)]).toEqual([-1, -128]);
  });

  it('copying the bytes (a little-endian host) decodes every dtype as the element-by-element reading does', () => {
    for (const dtype of ['f64', 'f32', 'f16', 'i64', 'i32', 'i16', 'i8', 'u8', 'i4', 'u4', 'i2', 'b1'] as const) {
      const count = 5;
      // Random bytes at an odd offset (NaN payloads compare by their bits below).
      const bytes = Uint8Array.from({ length: count * fileItemSize(dtype) + 1 }, (_, j) => (j * 151 + 7) & 255).subarray(1);
      const [copied, read] = [true, false].map((copy) => decodeLittleEndian(dtype, bytes, count, copy));
      expect(copied!.constructor, dtype).toBe(read!.constructor);
      expect(new Uint8Array(copied!.buffer), dtype).toEqual(new Uint8Array(read!.buffer));
    }
  });

  it('stores sub-byte types one per byte', () => {
    expect(['i4', 'u4', 'i2', 'b1'].map((d) => fileItemSize(d as 'i4'))).toEqual([1, 1, 1, 1]);
    expect(fileItemSize('f16')).toBe(2);
  });

  it('refuses data whose array type does not match the dtype (a bug, not a user error)', () => {
    expect(() => encodeLittleEndian('f32', Float64Array.from([1]))).toThrow(InternalError);
  });
});
