// Decoding details: TensorProto data in raw_data and in the typed fields, int64 handling, f16 bits,
// attribute decoding, value infos, names. Values are hand-computed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_PROTO, ONNX_DTYPE } from '../../../../compiler/import/onnx/onnx-schema.js';
import { decodeTensor, halfToFloat, type TensorProtoMsg } from '../../../../compiler/import/onnx/tensor-data.js';
import { int64ToBigInt, int64ToNumber } from '../../../../compiler/import/onnx/int64.js';
import { NameTable, sanitizeGraphName, sanitizeName } from '../../../../compiler/import/onnx/names.js';
import { shortestF32 } from '../../../../compiler/import/onnx/context.js';
import { decodeModel } from '../../../../compiler/import/onnx/decode.js';
import { NAME_PATTERN } from '../../../../compiler/qir/tokens.js';
import { UserError } from '../../../../core/diagnostics.js';
import { buildModel, floatTensor, int64Tensor, node } from './onnx-builder.js';
import { PROPERTY_SEED, propertyRuns } from '../../../property-runs.js';

/** Round-trips a TensorProto object through protobuf so the decoder sees what a file would give it. */
function viaProto(obj: Record<string, unknown>): TensorProtoMsg {
  const T = MODEL_PROTO.root.lookupType('onnx.TensorProto');
  return T.decode(T.encode(T.fromObject(obj)).finish()) as unknown as TensorProtoMsg;
}

const bytesOf = (...b: number[]) => new Uint8Array(b);

describe('decodeTensor', () => {
  it('int64 from int64_data and from raw_data gives the same BigInts, negative and past 2^53 included', () => {
    const values = ['-3', '0', '9007199254740993', '-9223372036854775808'];
    const typed = decodeTensor(viaProto({ name: 'a', dims: [4], data_type: ONNX_DTYPE.INT64, int64_data: values }), 'a', undefined);
    const raw = new BigInt64Array(values.map((v) => BigInt(v)));
    const fromRaw = decodeTensor(viaProto({ name: 'b', dims: [4], data_type: ONNX_DTYPE.INT64, raw_data: new Uint8Array(raw.buffer) }), 'b', undefined);
    expect(typed.type).toEqual({ dtype: 'i64', shape: [4] });
    expect(Array.from(typed.data as BigInt64Array)).toEqual(values.map((v) => BigInt(v)));
    expect(fromRaw.data).toEqual(typed.data);
  });

  it('float16 from raw_data and from int32_data bit patterns', () => {
    // 0x3c00 = 1, 0xc000 = −2, 0x3555 = 0.333251953125, 0x0001 = 2^−24 (smallest subnormal), 0x7c00 = +inf
    const want = [1, -2, 0.333251953125, 2 ** -24, Infinity];
    const raw = decodeTensor(viaProto({ dims: [5], data_type: ONNX_DTYPE.FLOAT16, raw_data: bytesOf(0x00, 0x3c, 0x00, 0xc0, 0x55, 0x35, 0x01, 0x00, 0x00, 0x7c) }), 'h', undefined);
    const typed = decodeTensor(viaProto({ dims: [5], data_type: ONNX_DTYPE.FLOAT16, int32_data: [0x3c00, 0xc000, 0x3555, 0x0001, 0x7c00] }), 'h', undefined);
    expect(raw.type.dtype).toBe('f16');
    expect(Array.from(raw.data as Float32Array)).toEqual(want);
    expect(Array.from(typed.data as Float32Array)).toEqual(want);
    expect(Number.isNaN(halfToFloat(0x7e00))).toBe(true);
  });

  it('int8, uint8 and bool from int32_data and raw_data; doubles from double_data', () => {
    const i8 = decodeTensor(viaProto({ dims: [3], data_type: ONNX_DTYPE.INT8, int32_data: [-128, 0, 127] }), 'i8', undefined);
    expect(i8.type.dtype).toBe('i8');
    expect(Array.from(i8.data as Int8Array)).toEqual([-128, 0, 127]);
    const u8 = decodeTensor(viaProto({ dims: [2], data_type: ONNX_DTYPE.UINT8, raw_data: bytesOf(255, 7) }), 'u8', undefined);
    expect(Array.from(u8.data as Uint8Array)).toEqual([255, 7]);
    const b = decodeTensor(viaProto({ dims: [2], data_type: ONNX_DTYPE.BOOL, raw_data: bytesOf(1, 0) }), 'b', undefined);
    expect(b.type.dtype).toBe('u8');
    const d = decodeTensor(viaProto({ dims: [2], data_type: ONNX_DTYPE.DOUBLE, double_data: [0.1, -1e300] }), 'd', undefined);
    expect(Array.from(d.data as Float64Array)).toEqual([0.1, -1e300]);
  });

  it.each([
    [{ dims: [3], data_type: ONNX_DTYPE.INT8, int32_data: [1, 200, 3] }, 'ONNX005', 'w: int32_data value 200 is outside INT8'],
    [{ dims: [2], data_type: ONNX_DTYPE.FLOAT, raw_data: bytesOf(0, 0, 0) }, 'ONNX005', 'w: raw_data has 3 bytes, shape [2] of FLOAT needs 8'],
    [{ dims: [2, 2], data_type: ONNX_DTYPE.FLOAT, float_data: [1, 2, 3] }, 'ONNX005', 'w has 3 values, shape [2,2] needs 4'],
    [{ dims: [1], data_type: ONNX_DTYPE.BFLOAT16, raw_data: bytesOf(0, 0) }, 'ONNX005', /^w has element type BFLOAT16; supported: FLOAT, DOUBLE, FLOAT16/],
  ])('rejects %j', (obj, code, message) => {
    try {
      decodeTensor(viaProto(obj), 'w', undefined);
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).diagnostics[0]!.code).toBe(code);
      expect((e as UserError).diagnostics[0]!.message).toMatch(message instanceof RegExp ? message : new RegExp(`^${message.replace(/[[\]]/g, '\\$&')}$`));
    }
  });

  it('float32 from raw_data (little-endian) equals float_data for any values', () => {
    fc.assert(fc.property(fc.array(fc.float({ noNaN: true }), { maxLength: 40 }), (vals) => {
      const a = decodeTensor(viaProto(floatTensor('w', [vals.length], vals, 'raw')), 'w', undefined);
      const b = decodeTensor(viaProto(floatTensor('w', [vals.length], vals, 'float_data')), 'w', undefined);
      expect(a.data).toEqual(b.data);
      expect(a.data).toEqual(Float32Array.from(vals));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });
});

describe('int64 fields', () => {
  it('Long halves, numbers and strings become exact values', () => {
    expect(int64ToBigInt({ low: -1, high: -1 })).toBe(-1n);
    expect(int64ToBigInt({ low: 0, high: 1 })).toBe(4294967296n);
    expect(int64ToBigInt({ low: -1, high: -1, unsigned: true })).toBe(18446744073709551615n);
    expect(int64ToNumber({ low: 0, high: 0x200000 }, 'x')).toBe(2 ** 53);
    expect(() => int64ToNumber({ low: 1, high: 0x200000 }, 'attribute axis of node n')).toThrow(/attribute axis of node n is 9007199254740993, beyond/);
    expect(int64ToNumber(-7, 'x')).toBe(-7);
  });
});

describe('model structure', () => {
  it('reads opset, attributes of every kind and the symbolic batch dim', () => {
    const model = decodeModel(buildModel({
      opset: 12,
      inputs: [{ name: 'x', dims: ['batch', 3] }],
      outputs: ['y'],
      initializers: [int64Tensor('s', [1], [3])],
      nodes: [node('Foo', ['x'], ['y'], { f: { f: 0.25 }, i: { i: -2 }, s: { s: 'SAME_UPPER' }, fs: { floats: [1.5] }, is: { ints: [3, 4] }, t: { t: floatTensor('', [1], [2]) } }, 'foo')],
    }));
    expect(model.opset).toBe(12);
    expect(model.producer).toBe('accsim-test');
    expect(model.graph.inputs).toEqual([{ name: 'x', elemType: ONNX_DTYPE.FLOAT, dims: [undefined, 3] }]);
    const attrs = Object.fromEntries([...model.graph.nodes[0]!.attrs].map(([k, v]) => [k, v.kind === 'tensor' ? Array.from(v.value.data as Float32Array) : 'value' in v ? v.value : v]));
    expect(attrs).toEqual({ f: 0.25, i: -2, s: 'SAME_UPPER', fs: [1.5], is: [3, 4], t: [2] });
    expect(model.graph.initializers.get('s')!.data).toEqual(BigInt64Array.from([3n]));
  });
});

describe('names', () => {
  it('sanitizes to the QIR name alphabet, drops leading slashes, and falls back when empty', () => {
    expect(sanitizeName('/layer1/conv1/Conv', 'f')).toBe('layer1/conv1/Conv');
    expect(sanitizeName('onnx::Conv_12', 'f')).toBe('onnx:Conv_12');
    expect(sanitizeName(':a:', 'f')).toBe('a_');
    expect(sanitizeName('a b(c)', 'f')).toBe('a_b_c_');
    expect(sanitizeName('///', 'conv')).toBe('conv');
    expect(sanitizeGraphName('fmnist-cnn.v2')).toBe('fmnist_cnn_v2');
    expect(sanitizeGraphName('2net')).toBe('_2net');
  });

  it('NameTable hands out unique, printable names', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 6, unit: fc.constantFrom('a', ':', '/', '_', ' ', '.', '-', 'é') }), { maxLength: 30 }), (names) => {
      const t = new NameTable();
      const got = names.map((n) => t.claim(n, 'v'));
      expect(new Set(got).size).toBe(got.length);
      for (const g of got) expect(g).toMatch(NAME_PATTERN);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
    const t = new NameTable();
    expect(['x', 'x', '/x', 'x_2'].map((n) => t.claim(n, 'v'))).toEqual(['x', 'x_2', 'x_3', 'x_2_2']);
  });

  it('float attributes print as the shortest decimal of their float32 value', () => {
    expect(shortestF32(Math.fround(1e-5))).toBe(1e-5);
    expect(shortestF32(Math.fround(0.1))).toBe(0.1);
    expect(shortestF32(Math.fround(1 / 3))).toBe(0.33333334);
    expect(shortestF32(-Infinity)).toBe(-Infinity);
  });
});
