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

  it('α, packing and unpacking refuse data that is not rows × k with k ≥ 1 (internal errors naming the sizes)', () => {
    expect(() => channelMeanAbs([1, 2, 3], 2, 2)).toThrow('invariant violated: weights have 3 elements, expected 2×2');
    expect(() => channelMeanAbs([], 2, 0)).toThrow('invariant violated: weights have 0 elements, expected 2×0');
    expect(() => packSigns([1, 2, 3], 2, 2)).toThrow('invariant violated: values have 3 elements, expected 2×2');
    expect(() => packSigns([], 2, 0)).toThrow('invariant violated: values have 0 elements, expected 2×0');
    expect(() => unpackSigns(new Uint32Array(3), 2, 33)).toThrow('invariant violated: packed data has 3 words, expected 2×2');
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

  it('every row\'s padding bits past k are 0, whatever the next row holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 100 }), fc.integer(), (rows, k, seed) => {
        const v = Array.from({ length: rows * k }, (_, i) => Math.sin(seed + i * 7.3));
        v[k] = 1; // the second row starts with +1
        const bits = packSigns(v, rows, k);
        const wpr = wordsPerRow(k);
        const used = k % 32 === 0 ? 0xffffffff : 2 ** (k % 32) - 1;
        for (let r = 0; r < rows; r++) if ((bits[r * wpr + wpr - 1]! & ~used) !== 0) return false;
        return true;
      }),
      opts,
    );
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

  it('equals the plain ±1 dot product for any K, every row pair of packed matrices (word offsets)', () => {
    // Several rows on both sides: a dot that read one word too many would take in the next row's bits.
    const pm1 = fc.constantFrom(-1, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }).chain((k) => fc.tuple(fc.constant(k), fc.array(pm1, { minLength: 3 * k, maxLength: 3 * k }), fc.array(pm1, { minLength: 2 * k, maxLength: 2 * k }))),
        ([k, xs, ws]) => {
          const xBits = packSigns(xs, 3, k);
          const wBits = packSigns(ws, 2, k);
          const wpr = wordsPerRow(k);
          for (let r = 0; r < 3; r++) {
            for (let n = 0; n < 2; n++) {
              let plain = 0;
              for (let j = 0; j < k; j++) plain += xs[r * k + j]! * ws[n * k + j]!;
              if (xnorDot(k, xBits, wBits, r * wpr, n * wpr) !== plain) return false;
            }
          }
          return true;
        },
      ),
      opts,
    );
  });
});
