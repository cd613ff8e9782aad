// Weight elements as each mode stores them: w4a8-log's nibbles are sign + exponent codes (hand-packed
// bytes below), every other mode's are two's complement.
import { describe, expect, it } from 'vitest';
import { readWeight, unpackWeights } from '../../../simulator/functional/weight-elements.js';

const log = { mode: 'w4a8-log', weightBits: 4 } as const;
const w4a8 = { mode: 'w4a8', weightBits: 4 } as const;

describe('weight elements', () => {
  it('decodes w4a8-log codes LSB-first: 0x9F is −64 (low nibble 1111) then −1 (high nibble 1001)', () => {
    const bytes = Uint8Array.from([0x9f, 0x08, 0x71]);
    expect([0, 1, 2, 3, 4, 5].map((j) => readWeight(bytes, 0, j, log))).toEqual([-64, -1, 0, 0, 1, 64]);
    const out = new Int8Array(7);
    unpackWeights(bytes, 0, 6, log, out, 1);
    expect([...out]).toEqual([0, -64, -1, 0, 0, 1, 64]);
  });

  it('reads the same nibbles as two\'s complement in w4a8', () => {
    const bytes = Uint8Array.from([0x9f, 0x08, 0x71]);
    expect([0, 1, 2, 3, 4, 5].map((j) => readWeight(bytes, 0, j, w4a8))).toEqual([-1, -7, -8, 0, 1, 7]);
    const out = new Int8Array(6);
    unpackWeights(bytes, 0, 6, w4a8, out, 0);
    expect([...out]).toEqual([-1, -7, -8, 0, 1, 7]);
  });
});
