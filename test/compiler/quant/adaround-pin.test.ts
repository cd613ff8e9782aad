// AdaRound's optimizer against the integers pinned before it was restructured for speed
// (tools/pin-adaround-golden.ts writes them; this test only reads: a missing golden fails).
import { describe, expect, it } from 'vitest';
import { readGolden } from '../../golden.js';
import { ADAROUND_GOLDEN_PATH, PIN_CASES, adaroundGoldenText } from '../../../tools/pin-adaround-golden.js';

describe('pinned AdaRound optimizer integers', () => {
  it('gives every pinned case bit-identical integers (conv and dense, per-row and per-element steps, several schedules)', () => {
    const want = readGolden(ADAROUND_GOLDEN_PATH).toString('utf8');
    expect(JSON.parse(want).map((c: { name: string }) => c.name)).toEqual(PIN_CASES.map((c) => c[0]));
    expect(adaroundGoldenText()).toBe(want);
  });

  it('gives them with G·d summed by the plain loop too (the fallback without WebAssembly SIMD)', () => {
    expect(adaroundGoldenText('js')).toBe(readGolden(ADAROUND_GOLDEN_PATH).toString('utf8'));
  });
});
