// Layout decisions and packing: LSB-first sub-byte elements, pad bytes, param blocks, weight vectors,
// and which tensors stay packed.
import { describe, expect, it } from 'vitest';
import { arrayModeFor, chooseStorage, logWeightCodes, packParams, padByte, pixelBytes, setElement } from '../../../compiler/lower/layout.js';
import { decodeLogWeight, LOG_MAX_WEIGHT } from '../../../isa/log-weight-code.js';
import { firstDiagnostic } from '../../user-error.js';
import { packWindowWeights } from '../../../compiler/lower/window-weights.js';
import { convGeometry, type ConvShape } from '../../../compiler/lower/conv-geometry.js';
import { applyOverrides, defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
import { quantized } from './models.js';

describe('packing', () => {
  it('puts element 2j in the low nibble and bit j at bit j%8 (HARDWARE.md §2)', () => {
    const b = new Uint8Array(2);
    setElement(b, 0, 0, 4, 0x3);
    setElement(b, 0, 1, 4, -1); // i4 −1 = 0xf
    setElement(b, 0, 3, 4, 0x5);
    expect([...b]).toEqual([0xf3, 0x50]);
    const bits = new Uint8Array(2);
    setElement(bits, 0, 0, 1, 1);
    setElement(bits, 0, 9, 1, 1);
    expect([...bits]).toEqual([0x01, 0x02]);
  });

  it('pads with the zero point: both nibbles for int4, all ones for packed binary, +1 for binary bytes', () => {
    expect(padByte({ dtype: 'u8', storageBits: 8, zero: 128 })).toBe(0x80);
    expect(padByte({ dtype: 'i8', storageBits: 8, zero: -3 })).toBe(0xfd);
    expect(padByte({ dtype: 'u4', storageBits: 4, zero: 8 })).toBe(0x88);
    expect(padByte({ dtype: 'b1', storageBits: 1, zero: 0 })).toBe(0xff);
    expect(padByte({ dtype: 'b1', storageBits: 8, zero: 0 })).toBe(0x01);
  });

  it('lays requantization blocks out as bias, M0, shift rows of C int32 words per channel tile', () => {
    const bytes = packParams([1, -2, 3], [10, 20, 30], [-1, -2, -3], 2);
    const words = Array.from(new Int32Array(bytes.buffer));
    expect(words).toEqual([1, -2, 10, 20, -1, -2, 3, 0, 30, 0, -3, 0]);
  });

  it('packParams for every channel count and tile width: word (3j + r)·cols + i is row r of channel j·cols + i, 0 past the layer', () => {
    for (let n = 1; n <= 9; n++) for (let cols = 1; cols <= 4; cols++) {
      const ch = (k: number, i: number) => 1000 * k + i + 1;
      const words = Array.from(new Int32Array(packParams(Array.from({ length: n }, (_, i) => ch(0, i)), Array.from({ length: n }, (_, i) => ch(1, i)), Array.from({ length: n }, (_, i) => ch(2, i)), cols).buffer));
      const tiles = Math.ceil(n / cols);
      expect(words.length).toBe(3 * tiles * cols);
      for (let j = 0; j < tiles; j++) for (let r = 0; r < 3; r++) for (let i = 0; i < cols; i++) {
        expect(words[(3 * j + r) * cols + i], `n ${n} cols ${cols}`).toBe(j * cols + i < n ? ch(r, j * cols + i) : 0);
      }
    }
  });

  it('packs a 1x1 conv into weight vectors: vector r holds W[r, n0 + c] for each column c', () => {
    const hw = applyOverrides(defaultHwConfig(), { array: '4x4' });
    const d = deriveHw(hw);
    // cout 2, cin 3, 1x1: W[n][c] = 10n + c
    const s: ConvShape = { h: 1, w: 1, cin: 3, cout: 2, kh: 1, kw: 1, sh: 1, sw: 1, dh: 1, dw: 1, pt: 0, pl: 0, oh: 1, ow: 1, groups: 1 };
    const p = packWindowWeights([0, 1, 2, 10, 11, 12], convGeometry(s, 'int8', hw, d), 8);
    expect([...p.bytes]).toEqual([0, 10, 0, 0, 1, 11, 0, 0, 2, 12, 0, 0, 0, 0, 0, 0]);
  });

  it('orders the reduction tap-major over the tile\'s channels: element e = t·cinTap + c', () => {
    const hw = applyOverrides(defaultHwConfig(), { array: '4x4' });
    const d = deriveHw(hw);
    // cout 1, cin 2, 1x2 kernel: W[0][c][0][t] = 10c + t; e = t·2 + c → 0, 10, 1, 11 down the 4 rows.
    const s: ConvShape = { h: 1, w: 2, cin: 2, cout: 1, kh: 1, kw: 2, sh: 1, sw: 1, dh: 1, dw: 1, pt: 0, pl: 0, oh: 1, ow: 1, groups: 1 };
    const p = packWindowWeights([0, 1, 10, 11], convGeometry(s, 'int8', hw, d), 8);
    expect([...p.bytes]).toEqual([0, 0, 0, 0, 10, 0, 0, 0, 1, 0, 0, 0, 11, 0, 0, 0]);
  });

  it('makes a grouped conv block-diagonal inside a tile: zero where the input channel is not in the output channel\'s group', () => {
    const hw = applyOverrides(defaultHwConfig(), { array: '4x4' });
    const d = deriveHw(hw);
    // Depthwise, 4 channels, 1x1: one tile of 4 columns over channels 0..3 (cinTap 4); W[n][0] = n + 1.
    const s: ConvShape = { h: 1, w: 1, cin: 4, cout: 4, kh: 1, kw: 1, sh: 1, sw: 1, dh: 1, dw: 1, pt: 0, pl: 0, oh: 1, ow: 1, groups: 4 };
    const geo = convGeometry(s, 'int8', hw, d);
    expect(geo.tiles).toEqual([{ n0: 0, n: 4, chanOffset: 0, cinTap: 4, k: 4, chunks: 1 }]);
    const p = packWindowWeights([1, 2, 3, 4], geo, 8);
    expect([...p.bytes]).toEqual([1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 3, 0, 0, 0, 0, 4]);
  });
});

describe('chooseStorage', () => {
  it('keeps binary activations packed only where a binary layer reads them', () => {
    const g = quantized('models/fmnist_mlp.qir', 'binary');
    const s = chooseStorage(g, 16);
    expect(s.get('fc1/Gemm')).toBe(1); // read by fc2 (binary weights): XNOR-popcount
    expect(s.get('fc2/Gemm')).toBe(8); // read by the 8-bit-weight logits layer: ±1 bytes
    expect(s.get('input_q')).toBe(8);
  });

  it('packs int4 activations through pools when the next convs run in int4', () => {
    const g = quantized('models/fmnist_cnn.qir', 'w4a4');
    const s = chooseStorage(g, 16);
    const packed = [...g.values.keys()].filter((v) => s.get(v) === 4);
    expect(packed.length).toBeGreaterThan(4);
    expect(s.get('input_q')).toBe(8);
  });
});

describe('arrayModeFor', () => {
  it('every weight dtype × input storage × grouped × log combination, by the documented rules', () => {
    for (const weight of ['i8', 'i4', 'i2', 'b1', 'i16'] as const) {
      for (const bits of [1, 4, 8]) {
        for (const grouped of [false, true]) {
          for (const log of [false, true]) {
            const want = log && bits === 8 ? 'w4a8-log'
              : !grouped && weight === 'b1' && bits === 1 ? 'binary'
                : (weight === 'i4' || weight === 'i2') && bits === 4 ? 'int4'
                  : (weight === 'i4' || weight === 'i2') && bits === 8 ? 'w4a8' : 'int8';
            expect(arrayModeFor(weight, bits, grouped, log), `${weight} on ${bits}-bit, grouped ${grouped}, log ${log}`).toBe(want);
          }
        }
      }
    }
    // Spot checks of the rules themselves: grouped binary runs int8 (±1 cannot hold a block-diagonal zero).
    expect(arrayModeFor('b1', 1, true)).toBe('int8');
    expect(arrayModeFor('i4', 4, true)).toBe('int4');
    expect(arrayModeFor('i8', 4, false, true)).toBe('int8');
    // Without the log flag a layer is not log-domain: 8-bit inputs stay int8 / w4a8.
    expect(arrayModeFor('i8', 8, false)).toBe('int8');
    expect(arrayModeFor('i4', 8, false)).toBe('w4a8');
  });

  it('logWeightCodes: one 4-bit code per weight that decodes back to it; MAP006 names the layer and the first weight off the grid', () => {
    const levels = [0, 1, -1, 2, -2, 4, -4, LOG_MAX_WEIGHT, -LOG_MAX_WEIGHT];
    const codes = logWeightCodes('conv1', levels);
    expect(codes).toHaveLength(levels.length);
    expect([...codes].map(decodeLogWeight)).toEqual(levels);
    expect([...codes].every((c) => c >= 0 && c < 16)).toBe(true);
    const d = firstDiagnostic(() => logWeightCodes('conv7', [1, 2, 3, 5]));
    expect(d.code).toBe('MAP006');
    expect(d.message).toContain('conv7');
    expect(d.message).toContain('element 2 is 3');
  });

  it('pixelBytes: channels × storage bits rounded up to whole bytes', () => {
    expect([pixelBytes(3, 8), pixelBytes(3, 4), pixelBytes(4, 4), pixelBytes(9, 1), pixelBytes(8, 1), pixelBytes(1, 1)]).toEqual([3, 2, 2, 2, 1, 1]);
  });

  it('padByte: int4 zero points keep only their low nibble in both halves; 8-bit zero points their low byte', () => {
    expect(padByte({ dtype: 'i4', storageBits: 4, zero: -1 })).toBe(0xff);
    expect(padByte({ dtype: 'u4', storageBits: 4, zero: 0x13 })).toBe(0x33);
    expect(padByte({ dtype: 'i4', storageBits: 8, zero: -2 })).toBe(0xfe);
  });
});
