// Binary layers: packing, popcount and the XNOR dot against the plain ±1 dot product.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns, PROPERTY_SEED } from '../../property-runs.js';
import {
  binarize,
  binarizeQuantized,
  channelMeanAbs,
  packSigns,
  popcount32,
  unpackSigns,
  wordsPerRow,
  xnorDot,
} from '../../../compiler/quant/binary.js';

const opts = { seed: PROPERTY_SEED, numRuns: propertyRuns(300) };

describe('binarize and α', () => {
  it('hand-computed', () => {
    expect(Array.from(binarize([0.5, -0.1, 0, -0, -3]))).toEqual([1, -1, 1, 1, -1]);
    expect(Array.from(channelMeanAbs([1, -3, 0.5, 0.5, -2, 2], 3, 2))).toEqual([2, 0.5, 2]);
    expect(Array.from(binarizeQuantized([127, 128, 129, 0], 128))).toEqual([-1, 1, 1, -1]);
  });
});

describe('packing', () => {
  it('LSB first, 1 ↔ +1, zero padding', () => {
    const bits = packSigns([1, -1, 1, 1, -1], 1, 5);
    expect(Array.from(bits)).toEqual([0b01101]);
    const two = packSigns(Array.from({ length: 66 }, (_, j) => (j === 0 || j === 31 || j === 65 ? 1 : -1)), 1, 66);
    expect(wordsPerRow(66)).toBe(3);
    expect(Array.from(two)).toEqual([0x80000001, 0, 2]);
  });

  it('unpack(pack(v)) === sign(v)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 100 }), fc.integer(), (rows, k, seed) => {
        const v = Array.from({ length: rows * k }, (_, i) => Math.sin(seed + i * 7.3));
        return Array.from(unpackSigns(packSigns(v, rows, k), rows, k)).join() === Array.from(binarize(v)).join();
      }),
      opts,
    );
  });
});

describe('popcount32', () => {
  it('hand-computed', () => {
    expect(popcount32(0)).toBe(0);
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(-1)).toBe(32);
    expect(popcount32(0x80000000)).toBe(1);
    expect(popcount32(0b1011)).toBe(3);
  });

  it('equals counting the bits one by one', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), (x) => {
        let n = 0;
        for (let b = 0; b < 32; b++) n += Math.floor(x / 2 ** b) % 2 !== 0 ? 1 : 0;
        return popcount32(x) === n;
      }),
      opts,
    );
  });
});

describe('xnorDot', () => {
  it('hand-computed: K = 5', () => {
    const x = packSigns([1, -1, 1, 1, -1], 1, 5);
    const w = packSigns([1, 1, -1, 1, -1], 1, 5);
    expect(xnorDot(5, x, w)).toBe(1 - 1 - 1 + 1 + 1);
  });

  it('equals the plain ±1 dot product for any K, with row offsets', () => {
    const pm1 = fc.constantFrom(-1, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }).chain((k) => fc.tuple(fc.constant(k), fc.array(pm1, { minLength: 2 * k, maxLength: 2 * k }), fc.array(pm1, { minLength: k, maxLength: k }))),
        ([k, xs, ws]) => {
          const xBits = packSigns(xs, 2, k);
          const wBits = packSigns(ws, 1, k);
          let plain = 0;
          for (let j = 0; j < k; j++) plain += xs[k + j]! * ws[j]!;
          return xnorDot(k, xBits, wBits, wordsPerRow(k), 0) === plain;
        },
      ),
      opts,
    );
  });
});
