// The array's closed-form timing (docs/CYCLE-MODEL.md §Array) on hand-worked cases where every term is
// visible: vectors that take several cycles to read (more rows than banks), single-ported accumulates, and
// both dataflows. The PE-level model shares stepCycles with the fast model, so their equality cannot catch
// a wrong step time; these numbers can.
import { describe, expect, it } from 'vitest';
import { makeInstruction } from '../../../isa/make-instruction.js';
import type { ArrayModeState } from '../../../simulator/functional/operands.js';
import { computeTiming, loadWeightsTiming, osDrainCycles, stepCycles, type ArrayGeometry } from '../../../simulator/units/systolic-array.js';

const geometry = (dataflow: 'ws' | 'os', inputBanks = 2, weightBanks = 2): ArrayGeometry => ({ rows: 4, cols: 3, dataflow, inputBanks, weightBanks, inputRowBytes: 16 });
const state = (packing: number, rowsPerVectorIn: number, rowsPerVectorW: number, mode: ArrayModeState['mode'] = 'int8'): ArrayModeState =>
  ({ mode, packing, inputBits: 8, weightBits: 8, actSigned: true, rowsPerVectorIn, rowsPerVectorW });
const compute = (m: number, k: number, accumulate: 0 | 1) =>
  makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 1, weightRow: 0, accRow: 0, m, k, n: 3, accumulate });

describe('stepCycles', () => {
  it('the slowest of the input vector read, the os weight read and a single-ported read-modify-write', () => {
    // input: 3 rows on 2 banks = 2 cycles; ws reads no weights per step.
    expect(stepCycles(geometry('ws'), state(1, 3, 5), false, 2, 'ws')).toBe(2);
    // os: 5 weight rows on 2 banks = 3 cycles.
    expect(stepCycles(geometry('os'), state(1, 3, 5), false, 2, 'os')).toBe(3);
    // ws accumulate on a single-ported accumulator: 2 cycles even when vectors take 1.
    expect(stepCycles(geometry('ws'), state(1, 1, 1), true, 1, 'ws')).toBe(2);
    expect(stepCycles(geometry('ws'), state(1, 1, 1), true, 2, 'ws')).toBe(1);
    expect(stepCycles(geometry('ws'), state(1, 1, 1), false, 1, 'ws')).toBe(1);
    // os drains instead (osDrainCycles): its step has no read-modify-write.
    expect(stepCycles(geometry('os'), state(1, 1, 1), true, 1, 'os')).toBe(1);
  });

  it('osDrainCycles: two per row only for a single-ported accumulate', () => {
    expect([osDrainCycles(true, 1), osDrainCycles(true, 2), osDrainCycles(false, 1), osDrainCycles(false, 2)]).toEqual([2, 1, 1, 1]);
  });
});

describe('loadWeightsTiming', () => {
  it('kv·cpv cycles for the kv = ceil(k/P) vectors that exist, cpv cycles each', () => {
    // k 5, packing 2: 3 vectors; 3 weight rows per vector on 2 banks: 2 cycles each → 6, 1 stall cycle per vector.
    const none = { weightsReleased: 0, drainCycles: 0, inputRowReads: 0 };
    expect(loadWeightsTiming(geometry('ws'), state(2, 1, 3), 5)).toEqual({ busyCycles: 6, duration: 6, bankStallCycles: 3, ...none });
    // One row per vector: 3 cycles, whatever the array's height.
    expect(loadWeightsTiming(geometry('ws'), state(2, 1, 1), 5)).toEqual({ busyCycles: 3, duration: 3, bankStallCycles: 0, ...none });
  });
});

describe('computeTiming', () => {
  it('ws: m·cpv + R + C, input port free after m·cpv, weights released one cycle before the end', () => {
    // m 5, cpv 2 (3 input rows on 2 banks): 10 + 4 + 3 = 17; 5 steps read 3 input rows each.
    expect(computeTiming(geometry('ws'), state(1, 3, 1), compute(5, 4, 0), 2))
      .toEqual({ busyCycles: 10, duration: 17, weightsReleased: 16, bankStallCycles: 5, drainCycles: 0, inputRowReads: 15 });
    // Single-ported accumulate: cpv 2 from the read-modify-write, counted as a bank stall (cpv − 1 per step).
    expect(computeTiming(geometry('ws'), state(1, 1, 1), compute(5, 4, 1), 1))
      .toEqual({ busyCycles: 10, duration: 17, weightsReleased: 16, bankStallCycles: 5, drainCycles: 0, inputRowReads: 5 });
  });

  it('os: kv·cpv + R + C − 1 + m·drain, the input port busy for the kv·cpv stream', () => {
    // k 7, packing 2: kv 4; weight vectors of 5 rows on 2 banks: cpv 3; drain 2 per row (single-ported accumulate):
    // 12 + 4 + 3 − 1 + 5·2 = 28; stalls 4·2 + 5·1 = 13; 4 steps read 1 input row each.
    expect(computeTiming(geometry('os'), state(2, 1, 5), compute(5, 7, 1), 1))
      .toEqual({ busyCycles: 12, duration: 28, weightsReleased: 0, bankStallCycles: 13, drainCycles: 10, inputRowReads: 4 });
    // Dual-ported, no accumulate: 12 + 6 + 5 = 23; stalls 8.
    expect(computeTiming(geometry('os'), state(2, 1, 5), compute(5, 7, 0), 2))
      .toEqual({ busyCycles: 12, duration: 23, weightsReleased: 0, bankStallCycles: 8, drainCycles: 5, inputRowReads: 4 });
    // Input vectors of 2 rows (on 2 banks: still 1 cycle): the kv = 4 steps read 8 input rows.
    expect(computeTiming(geometry('os'), state(2, 2, 5), compute(5, 7, 0), 2))
      .toEqual({ busyCycles: 12, duration: 23, weightsReleased: 0, bankStallCycles: 8, drainCycles: 5, inputRowReads: 8 });
  });
});

describe('group modes (docs/CYCLE-MODEL.md, group modes)', () => {
  it('LOAD_WEIGHTS reads the multiplier vector after the kv weight vectors: (kv + 1)·cpv', () => {
    // k 5, packing 2: kv 3, plus the multiplier vector: 4 vectors of 3 rows on 2 banks, 2 cycles each.
    const none = { weightsReleased: 0, drainCycles: 0, inputRowReads: 0 };
    for (const mode of ['int8-group', 'w4a8-group'] as const) {
      expect(loadWeightsTiming(geometry('ws'), state(2, 1, 3, mode), 5)).toEqual({ busyCycles: 8, duration: 8, bankStallCycles: 4, ...none });
    }
  });

  it('COMPUTE writes its results one multiplier stage later; ports, weights and the drain are released as without it', () => {
    // ws: as the plain ws case (busy 10, released 16) but duration 10 + 4 + 3 + 1 = 18.
    expect(computeTiming(geometry('ws'), state(1, 3, 1, 'int8-group'), compute(5, 4, 0), 2))
      .toEqual({ busyCycles: 10, duration: 18, weightsReleased: 16, bankStallCycles: 5, drainCycles: 0, inputRowReads: 15 });
    // os: the plain os case (kv 4 of the COMPUTE's own k: the multiplier vector costs no stream cycle), duration 28 + 1.
    expect(computeTiming(geometry('os'), state(2, 1, 5, 'w4a8-group'), compute(5, 7, 1), 1))
      .toEqual({ busyCycles: 12, duration: 29, weightsReleased: 0, bankStallCycles: 13, drainCycles: 10, inputRowReads: 4 });
  });
});

describe('window COMPUTE (the input side costed by units/window-input.ts)', () => {
  it('ws: the window stream replaces m·cpv in the busy time, the duration and the weight release; its row count is read', () => {
    // 5 steps whose reads take 13 cycles in all, 9 rows: busy 13, 13 + 4 + 3 = 20, released 19, 13 − 5 stall cycles.
    expect(computeTiming(geometry('ws'), state(1, 3, 1), compute(5, 4, 0), 2, { wsStream: 13, rowReads: 9 }))
      .toEqual({ busyCycles: 13, duration: 20, weightsReleased: 19, bankStallCycles: 8, drainCycles: 0, inputRowReads: 9 });
  });

  it('os: a step takes the slower of the weight vector read and the window step', () => {
    // k 7, packing 2: kv 4; weight vectors of 5 rows on 2 banks: 3 cycles. A window step of 4 binds: 16 + 4 + 3 − 1 + 5 = 27.
    expect(computeTiming(geometry('os'), state(2, 1, 5), compute(5, 7, 0), 2, { osStep: 4, rowReads: 11 }))
      .toEqual({ busyCycles: 16, duration: 27, weightsReleased: 0, bankStallCycles: 12, drainCycles: 5, inputRowReads: 11 });
    // A window step of 2: the weight read (3) binds, as without a window, but the rows are the window's.
    expect(computeTiming(geometry('os'), state(2, 1, 5), compute(5, 7, 0), 2, { osStep: 2, rowReads: 11 }))
      .toEqual({ busyCycles: 12, duration: 23, weightsReleased: 0, bankStallCycles: 8, drainCycles: 5, inputRowReads: 11 });
  });
});
