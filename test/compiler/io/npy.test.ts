import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNpy, readNpy, saveNpy, writeNpy } from '../../../compiler/io/npy.js';
import { UserError } from '../../../core/diagnostics.js';
import type { DType } from '../../../compiler/ir/dtype.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { ELEMENT_ARBITRARIES, sameElements, tensorArbitrary } from './tensor-arbitraries.js';
import { NUMPY_FIXTURES } from './npy-fixtures.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

function fixture(name: keyof typeof NUMPY_FIXTURES): Uint8Array {
  return new Uint8Array(Buffer.from(NUMPY_FIXTURES[name], 'base64'));
}

function errorOf(f: () => unknown): { code: string; message: string; file?: string } {
  try {
    f();
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics[0]!;
    throw err;
  }
  return { code: 'no error', message: '' };
}

/** A .npy file assembled by hand: magic, version, little-endian header length, header text, data. */
function handMade(major: 1 | 2 | 3, header: string, data: number[]): Uint8Array {
  const text = Buffer.from(header, major === 3 ? 'utf8' : 'latin1');
  const lengthBytes = major === 1 ? [text.length & 0xff, text.length >> 8] : [text.length & 0xff, (text.length >> 8) & 0xff, text.length >> 16, 0];
  return Uint8Array.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, major, 0, ...lengthBytes, ...text, ...data]);
}

describe('readNpy on files written by numpy', () => {
  const cases: [keyof typeof NUMPY_FIXTURES, DType, number[], (number | bigint)[]][] = [
    ['f4_2x3', 'f32', [2, 3], [1.5, -2, 0, 3.25, Math.fround(1e-8), -0]],
    ['f8_scalar', 'f64', [], [-2.5e300]],
    ['i8_big', 'i64', [4], [2n ** 63n - 1n, -(2n ** 63n), 2n ** 53n + 1n, -1n]],
    ['u1', 'u8', [4], [0, 1, 254, 255]],
    ['i1', 'i8', [4], [-128, -1, 0, 127]],
    ['i2', 'i16', [2, 2], [-32768, 32767, -2, 3]],
    ['i4', 'i32', [3], [-(2 ** 31), 2 ** 31 - 1, 7]],
    ['f2', 'f16', [6], [0, -0, 2 ** -24, 65504, -Infinity, 0.333251953125]],
    ['empty_f4', 'f32', [0, 3], []],
    ['v2_f4', 'f32', [3], [1, 2, 3]],
    ['v3_i4', 'i32', [1, 1], [5]],
  ];
  it.each(cases)('%s', (name, dtype, shape, values) => {
    const t = readNpy(fixture(name));
    expect(t.type).toEqual({ dtype, shape });
    expect([...t.data]).toEqual(values);
  });

  it('reads numpy bool as u8 0/1', () => {
    const t = readNpy(fixture('b1'));
    expect(t.type).toEqual({ dtype: 'u8', shape: [3] });
    expect([...t.data]).toEqual([1, 0, 1]);
  });
});

describe('writeNpy', () => {
  it.each(['f4_2x3', 'f8_scalar', 'i8_big', 'u1', 'i1', 'i2', 'i4', 'f2', 'empty_f4'] as const)(
    'is byte-identical to np.save for %s', (name) => {
      expect(Buffer.from(writeNpy(readNpy(fixture(name)))).toString('base64')).toBe(NUMPY_FIXTURES[name]);
    });

  it('pads the v1 header to 64 bytes with a newline last', () => {
    const bytes = writeNpy(makeTensor('i16', [7, 1, 2, 3], new Int16Array(42)));
    const headerLength = bytes[8]! | (bytes[9]! << 8);
    expect(bytes[6]).toBe(1);
    expect((10 + headerLength) % 64).toBe(0);
    expect(bytes[10 + headerLength - 1]).toBe(0x0a);
    expect(Buffer.from(bytes.subarray(10, 10 + headerLength)).toString('latin1').trimEnd()).toBe("{'descr': '<i2', 'fortran_order': False, 'shape': (7, 1, 2, 3), }");
    // np.save(f, np.zeros((7, 1, 2, 3), '<i2')) writes a 118-byte header (numpy 2.4, with its growth room).
    expect(headerLength).toBe(118);
  });

  it('switches to version 2 when the header exceeds 65535 bytes', () => {
    const shape = new Array<number>(22000).fill(1);
    const bytes = writeNpy(makeTensor('f32', shape, Float32Array.from([4.5])));
    expect(bytes[6]).toBe(2);
    const headerLength = new DataView(bytes.buffer).getUint32(8, true);
    expect(headerLength).toBeGreaterThan(65535);
    expect((12 + headerLength) % 64).toBe(0);
    const t = readNpy(bytes);
    expect(t.type.shape).toEqual(shape);
    expect([...t.data]).toEqual([4.5]);
  });

  it('never overflows the v1 length field near the 65535-byte boundary (padding included)', () => {
    // Shapes of n ones: the header dict grows by 3 characters per dimension and crosses 65535 near n = 21830.
    const versions = new Set<number>();
    for (let n = 21800; n <= 21860; n++) {
      const bytes = writeNpy(makeTensor('u8', new Array<number>(n).fill(1), Uint8Array.from([1])));
      versions.add(bytes[6]!);
      expect(readNpy(bytes).type.shape.length).toBe(n);
    }
    expect([...versions].sort()).toEqual([1, 2]);
  });

  it('writes sub-byte types one element per byte as |i1 / |u1', () => {
    expect(readNpy(writeNpy(makeTensor('i4', [2], Int8Array.from([-8, 7])))).type.dtype).toBe('i8');
    expect(readNpy(writeNpy(makeTensor('u4', [2], Uint8Array.from([0, 15])))).type.dtype).toBe('u8');
  });
});

describe('hand-crafted headers', () => {
  it('parses a v1 header written by hand', () => {
    const t = readNpy(handMade(1, "{'descr': '<i2', 'fortran_order': False, 'shape': (3,), }\n", [1, 0, 0xff, 0xff, 0x00, 0x80]));
    expect(t.type).toEqual({ dtype: 'i16', shape: [3] });
    expect([...t.data]).toEqual([1, -1, -32768]);
  });

  it('parses a v2 header (u32 length) written by hand, with any key order, quotes and Python 2 longs', () => {
    const header = '{"shape": (1L, 2L), "fortran_order": False, "descr": "<f4"}' + ' '.repeat(100) + '\n';
    const t = readNpy(handMade(2, header, [0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0]));
    expect(t.type).toEqual({ dtype: 'f32', shape: [1, 2] });
    expect([...t.data]).toEqual([1, -2]);
  });

  it('parses a v3 (UTF-8) header and a 0-d array', () => {
    const t = readNpy(handMade(3, "{'descr': '|u1', 'fortran_order': False, 'shape': ()}\n", [200]));
    expect(t.type).toEqual({ dtype: 'u8', shape: [] });
    expect([...t.data]).toEqual([200]);
  });

  it('treats the byte order of one-byte types as irrelevant', () => {
    expect(readNpy(handMade(1, "{'descr': '<u1', 'fortran_order': False, 'shape': (1,)}\n", [9])).type.dtype).toBe('u8');
  });
});

describe('readNpy errors', () => {
  it('bad magic, version and truncation', () => {
    expect(errorOf(() => readNpy(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).code).toBe('NPY001');
    expect(errorOf(() => readNpy(handMade(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,)}\n", [0, 0, 0, 0]).fill(4, 6, 7))).code).toBe('NPY003');
    const good = fixture('f4_2x3');
    expect(errorOf(() => readNpy(good.subarray(0, 9))).code).toBe('NPY002');
    expect(errorOf(() => readNpy(good.subarray(0, 50))).code).toBe('NPY002');
    const cut = errorOf(() => readNpy(good.subarray(0, good.length - 1), 'x.npy'));
    expect(cut).toMatchObject({ code: 'NPY008', file: 'x.npy' });
    expect(cut.message).toContain('needs 24 bytes, the file has 23');
    expect(errorOf(() => readNpy(Uint8Array.from([...good, 0]))).code).toBe('NPY008');
  });

  it('Fortran order, big-endian and unknown dtypes, with the fix in the message', () => {
    expect(errorOf(() => readNpy(fixture('fortran')))).toMatchObject({
      code: 'NPY005', message: 'Fortran-order arrays are not supported; save with np.ascontiguousarray',
    });
    const big = errorOf(() => readNpy(fixture('big_endian')));
    expect(big.code).toBe('NPY006');
    expect(big.message).toContain("big-endian dtype '>f4'");
    expect(big.message).toContain("arr.astype('<f4')");
    const u2 = errorOf(() => readNpy(fixture('u2')));
    expect(u2.code).toBe('NPY007');
    expect(u2.message).toMatch(/unsupported dtype '<u2'; supported: '<f8', '<f4'.*'\|b1'/);
    expect(errorOf(() => readNpy(fixture('structured'))).code).toBe('NPY007');
  });

  it('malformed header dicts', () => {
    const bad = (h: string) => errorOf(() => readNpy(handMade(1, h, []))).code;
    expect(bad("{'descr': '<f4', 'shape': (0,)}\n")).toBe('NPY004');
    expect(bad("{'descr': '<f4', 'fortran_order': 0, 'shape': (0,)}\n")).toBe('NPY004');
    expect(bad("{'descr': '<f4', 'fortran_order': False, 'shape': (-1,)}\n")).toBe('NPY004');
    expect(bad("{'descr': '<f4', 'fortran_order': False, 'shape': (0,)\n")).toBe('NPY004');
    expect(bad("{'descr': '<f4', 'fortran_order': False, 'shape': (0,), 'x': 1}\n")).toBe('NPY004');
    expect(bad("['descr']\n")).toBe('NPY004');
  });
});

describe('round trips', () => {
  it.each(Object.keys(ELEMENT_ARBITRARIES))('%s: readNpy(writeNpy(t)) equals t', (key) => {
    const [dtype, element] = ELEMENT_ARBITRARIES[key]!;
    fc.assert(fc.property(tensorArbitrary(dtype, element), (t) => {
      const back = readNpy(writeNpy(t));
      expect(back.type).toEqual(t.type);
      expect(sameElements(back, t)).toBe(true);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(50) });
  });
});

describe('loadNpy / saveNpy', () => {
  it('saves atomically and loads back; a missing file is NPY009', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-npy-'));
    try {
      const path = join(dir, 'x.npy');
      const t = makeTensor('f32', [2], Float32Array.from([0.5, -1]));
      saveNpy(path, t);
      expect(readdirSync(dir)).toEqual(['x.npy']);
      expect(new Uint8Array(readFileSync(path))).toEqual(writeNpy(t));
      expect(loadNpy(path)).toEqual(t);
      expect(errorOf(() => loadNpy(join(dir, 'missing.npy')))).toMatchObject({ code: 'NPY009', file: join(dir, 'missing.npy') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
