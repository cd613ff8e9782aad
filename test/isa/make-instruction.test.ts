import { describe, expect, it } from 'vitest';
import { encodeWord } from '../../isa/encode.js';
import { makeInstruction } from '../../isa/make-instruction.js';

describe('makeInstruction', () => {
  it('fills dependency flags with 0 and keeps the given fields', () => {
    const i = makeInstruction('LOAD_WEIGHTS', { weightRow: 8, k: 16, n: 16, popPrev: 1 });
    expect(i).toEqual({ op: 'LOAD_WEIGHTS', popPrev: 1, popNext: 0, pushPrev: 0, pushNext: 0, weightRow: 8, k: 16, n: 16 });
    expect(() => encodeWord(i)).not.toThrow();
  });

  it('range-checks at construction', () => {
    expect(() => makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 0, n: 1 })).toThrow('LOAD_WEIGHTS: field k = 0 is out of range [1, 8191]');
    // @ts-expect-error a missing field is a type error, and a runtime ISA002 for untyped callers
    expect(() => makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 1 })).toThrow(/field n must be an integer/);
  });
});
