import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSafetensors, writeSafetensors } from '../../../compiler/qir/safetensors.js';
import { UserError } from '../../../core/diagnostics.js';
import type { Tensor } from '../../../compiler/ir/tensor.js';
import { ELEMENT_ARBITRARIES, sameElements, tensorArbitrary, tensorOf } from '../io/tensor-arbitraries.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

/** A .safetensors file by hand: u64 LE header length, the header text, the data bytes. */
function handMade(header: string | object, data: number[] = []): Uint8Array {
  const text = Buffer.from(typeof header === 'string' ? header : JSON.stringify(header), 'utf8');
  const length = [text.length & 0xff, (text.length >> 8) & 0xff, 0, 0, 0, 0, 0, 0];
  return Uint8Array.from([...length, ...text, ...data]);
}

function errorOf(f: () => unknown): { code: string; message: string; file?: string; node?: string } {
  try {
    f();
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics[0]!;
    throw err;
  }
  return { code: 'no error', message: '' };
}

const entry = (dtype: string, shape: number[], begin: number, end: number) => ({ dtype, shape, data_offsets: [begin, end] });

describe('readSafetensors', () => {
  it('parses a hand-made file with metadata, a 0-d and an empty tensor', () => {
    const bytes = handMade(
      { __metadata__: { format: 'pt' }, w: entry('F32', [2], 0, 8), s: entry('I16', [], 8, 10), e: entry('U8', [0, 3], 10, 10) },
      [0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0, 0xff, 0x7f],
    );
    const { tensors, metadata } = readSafetensors(bytes);
    expect(metadata).toEqual({ format: 'pt' });
    expect([...tensors.keys()]).toEqual(['w', 's', 'e']);
    expect(tensors.get('w')!.type).toEqual({ dtype: 'f32', shape: [2] });
    expect([...tensors.get('w')!.data]).toEqual([1, -2]);
    expect([...tensors.get('s')!.data]).toEqual([32767]);
    expect(tensors.get('e')!.type.shape).toEqual([0, 3]);
  });

  it('reads F16 exactly (specials included) and I64 as BigInt', () => {
    const halves = [0x0000, 0x8000, 0x0001, 0x03ff, 0x7bff, 0x7c00, 0xfc00, 0x3555];
    const f16 = halves.flatMap((h) => [h & 0xff, h >> 8]);
    const i64 = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0, 0, 0, 0, 0x80];
    const { tensors } = readSafetensors(handMade({ h: entry('F16', [8], 0, 16), q: entry('I64', [2], 16, 32) }, [...f16, ...i64]));
    const h = tensors.get('h')!;
    expect(h.type.dtype).toBe('f16');
    expect(h.data).toBeInstanceOf(Float32Array);
    expect([...h.data]).toEqual([0, -0, 2 ** -24, 1023 * 2 ** -24, 65504, Infinity, -Infinity, 0.333251953125]);
    expect(Object.is(h.data[1], -0)).toBe(true);
    expect([...tensors.get('q')!.data]).toEqual([2n ** 63n - 1n, -(2n ** 63n)]);
  });

  it('accepts a header padded with spaces', () => {
    const bytes = handMade(`{"a":${JSON.stringify(entry('U8', [1], 0, 1))}}   `, [5]);
    expect([...readSafetensors(bytes).tensors.get('a')!.data]).toEqual([5]);
  });
});

describe('readSafetensors validation', () => {
  const cases: [string, () => Uint8Array, string, RegExp][] = [
    ['file shorter than 8 bytes', () => Uint8Array.from([1, 0, 0]), 'ST001', /truncated/],
    ['header length beyond the file', () => handMade('{}').subarray(0, 9), 'ST001', /runs past the end/],
    ['huge header length', () => Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0x10, 0x7b, 0x7d]), 'ST001', /runs past the end/],
    ['bad JSON', () => handMade('{"a": '), 'ST002', /not valid UTF-8 JSON/],
    ['invalid UTF-8', () => Uint8Array.from([3, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0xff, 0x7d]), 'ST002', /not valid UTF-8 JSON/],
    ['header is an array', () => handMade('[]'), 'ST002', /not a JSON object/],
    ['entry not an object', () => handMade({ a: 3 }), 'ST003', /'a': entry is not an object/],
    ['missing dtype', () => handMade({ a: { shape: [1], data_offsets: [0, 1] } }, [0]), 'ST003', /"dtype"/],
    ['negative dim', () => handMade({ a: entry('U8', [-1], 0, 0) }), 'ST003', /"shape"/],
    ['offsets not a pair', () => handMade({ a: { dtype: 'U8', shape: [1], data_offsets: [0] } }, [0]), 'ST003', /"data_offsets"/],
    ['unknown dtype', () => handMade({ a: entry('BF16', [1], 0, 2) }, [0, 0]), 'ST004', /unsupported dtype "BF16"; supported: F64, F32, F16, I64, I32, I16, I8, U8/],
    ['end beyond the data', () => handMade({ a: entry('U8', [4], 0, 4) }, [1, 2]), 'ST005', /outside the 2 data bytes/],
    ['begin after end', () => handMade({ a: entry('U8', [0], 2, 1) }, [1, 2]), 'ST005', /outside/],
    ['size not shape x itemsize', () => handMade({ a: entry('F32', [2], 0, 4) }, [0, 0, 0, 0]), 'ST005', /hold 4 bytes, F32\[2\] needs 8/],
    ['overlap', () => handMade({ a: entry('U8', [2], 0, 2), b: entry('U8', [2], 1, 3) }, [1, 2, 3]), 'ST006', /'a' and 'b' overlap/],
    ['gap', () => handMade({ a: entry('U8', [1], 1, 2) }, [1, 2]), 'ST006', /bytes 0\.\.1 of the data belong to no tensor/],
    ['trailing bytes', () => handMade({ a: entry('U8', [1], 0, 1) }, [1, 2]), 'ST006', /1 bytes after the last tensor/],
    ['metadata values not strings', () => handMade({ __metadata__: { n: 1 } }), 'ST007', /__metadata__/],
  ];
  it.each(cases)('%s', (_name, bytes, code, message) => {
    const e = errorOf(() => readSafetensors(bytes(), 'net.safetensors'));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.file).toBe('net.safetensors');
  });
});

describe('writeSafetensors', () => {
  it('writes metadata first, tensors sorted by name, header padded with spaces to 8 bytes', () => {
    const tensors = new Map<string, Tensor>([
      ['b', tensorOf('i16', [2], [1, -1])],
      ['a', tensorOf('u8', [], [7])],
    ]);
    const bytes = writeSafetensors(tensors, { x: 'y' });
    const json = '{"__metadata__":{"x":"y"},"a":{"dtype":"U8","shape":[],"data_offsets":[0,1]},'
      + '"b":{"dtype":"I16","shape":[2],"data_offsets":[1,5]}}';
    const headerLength = json.length + ((8 - (json.length % 8)) % 8);
    expect(json.length).toBe(130);
    expect(headerLength).toBe(136);
    expect([...bytes.subarray(0, 8)]).toEqual([136, 0, 0, 0, 0, 0, 0, 0]);
    expect(Buffer.from(bytes.subarray(8, 8 + headerLength)).toString('utf8')).toBe(json + '      ');
    expect([...bytes.subarray(8 + headerLength)]).toEqual([7, 1, 0, 0xff, 0xff]);
  });

  it('omits empty metadata and writes sub-byte types as I8/U8 one per byte', () => {
    const bytes = writeSafetensors(new Map([['w', tensorOf('i4', [2], [-8, 7])], ['z', tensorOf('u4', [1], [15])]]), {});
    const { tensors, metadata } = readSafetensors(bytes);
    expect(metadata).toEqual({});
    expect(tensors.get('w')!.type).toEqual({ dtype: 'i8', shape: [2] });
    expect([...tensors.get('w')!.data]).toEqual([-8, 7]);
    expect(tensors.get('z')!.type.dtype).toBe('u8');
  });

  it('rounds F16 to nearest even and keeps ±0, subnormals, ±inf and NaN', () => {
    const values = [0, -0, 2 ** -24, 2 ** -25, 3 * 2 ** -25, 1 + 2 ** -11, 1 + 3 * 2 ** -11, 65519, 65520, -Infinity, NaN];
    const back = readSafetensors(writeSafetensors(new Map([['h', tensorOf('f16', [values.length], values)]]))).tensors.get('h')!;
    expect(back.type.dtype).toBe('f16');
    const expected = [0, -0, 2 ** -24, 0, 2 * 2 ** -24, 1, 1 + 2 ** -9, 65504, Infinity, -Infinity, NaN];
    expect([...back.data].map((v, i) => Object.is(v, expected[i]) || `${i}: ${v}`)).toEqual(expected.map(() => true));
  });

  it('keeps a tensor named __proto__ as an ordinary name', () => {
    const back = readSafetensors(writeSafetensors(new Map([['__proto__', tensorOf('u8', [1], [3])]])));
    expect([...back.tensors.keys()]).toEqual(['__proto__']);
  });

  it('refuses a tensor named __metadata__', () => {
    expect(errorOf(() => writeSafetensors(new Map([['__metadata__', tensorOf('u8', [1], [0])]]))).code).toBe('ST008');
  });

  it('round-trips maps of tensors of every dtype with metadata', () => {
    const named = fc.dictionary(
      fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'conv1.w'))
        .filter((s) => s !== '__metadata__'),
      fc.constantFrom(...Object.values(ELEMENT_ARBITRARIES)).chain(([dtype, element]) => tensorArbitrary(dtype, element)),
      { maxKeys: 5 },
    );
    const meta = fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 8 }), { maxKeys: 3 });
    fc.assert(fc.property(named, meta, (tensors, metadata) => {
      const map = new Map(Object.entries(tensors));
      const bytes = writeSafetensors(map, metadata);
      expect((new DataView(bytes.buffer).getUint32(0, true) + 8) % 8).toBe(0);
      const back = readSafetensors(bytes);
      expect(back.metadata).toEqual(metadata);
      expect([...back.tensors.keys()].sort()).toEqual([...map.keys()].sort());
      for (const [name, t] of map) {
        expect(back.tensors.get(name)!.type).toEqual(t.type);
        expect(sameElements(back.tensors.get(name)!, t)).toBe(true);
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });
});
