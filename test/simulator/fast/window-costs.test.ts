// The cached window input cost (fast/window-costs.ts) against the step-by-step definition (windowCost in
// units/window-input.ts) on random windows, COMPUTE slices, row widths, banks and both dataflows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeInstruction } from '../../../isa/make-instruction.js';
import type { ArrayModeState } from '../../../simulator/functional/operands.js';
import { WindowCosts } from '../../../simulator/fast/window-costs.js';
import type { ArrayGeometry } from '../../../simulator/units/systolic-array.js';
import { windowCost } from '../../../simulator/units/window-input.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const state = (inputBits: number, packing: number): ArrayModeState => ({
  mode: inputBits === 8 ? 'int8' : inputBits === 4 ? 'int4' : 'binary', packing, inputBits, weightBits: inputBits, actSigned: true, rowsPerVectorIn: 1, rowsPerVectorW: 1,
});

describe('WindowCosts', () => {
  it('equals windowCost: ws stream and rows, os step cycles and rows', () => {
    const arb = fc.record({
      dataflow: fc.constantFrom<'ws' | 'os'>('ws', 'os'), rowBytes: fc.constantFrom(1, 4, 16, 32), banks: fc.constantFrom(1, 2, 3, 8), ports: fc.constantFrom(1, 2),
      bits: fc.constantFrom(1, 4, 8), packing: fc.constantFrom(1, 2), accumulate: fc.integer({ min: 0, max: 1 }),
      pitch: fc.integer({ min: 1, max: 200 }), pixelBytes: fc.integer({ min: 1, max: 40 }), cinTap: fc.integer({ min: 1, max: 40 }), chanOffset: fc.integer({ min: 0, max: 9 }),
      kernelW: fc.integer({ min: 1, max: 4 }), strideH: fc.integer({ min: 1, max: 3 }), strideW: fc.integer({ min: 1, max: 3 }), dilationH: fc.integer({ min: 1, max: 2 }),
      dilationW: fc.integer({ min: 1, max: 2 }), outW: fc.integer({ min: 1, max: 9 }),
      inputRow: fc.integer({ min: 0, max: 50 }), inputByte: fc.integer({ min: 0, max: 40 }), firstPixel: fc.integer({ min: 0, max: 30 }), m: fc.integer({ min: 1, max: 40 }),
      kOffset: fc.integer({ min: 0, max: 60 }), k: fc.integer({ min: 1, max: 64 }), shift: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(fc.property(arb, (a) => {
      const g: ArrayGeometry = { rows: 4, cols: 4, dataflow: a.dataflow, inputBanks: a.banks, weightBanks: a.banks, inputRowBytes: a.rowBytes };
      const w = makeInstruction('WINDOW', { ...a });
      const i = makeInstruction('COMPUTE', { ...a, inputRowStride: 0, weightRow: 0, accRow: 0, n: 1, window: 1 });
      const s = state(a.bits, a.packing);
      // Per-instruction memo by object (no index) and by program index (the machine passes it): same costs.
      for (const indexed of [false, true]) {
        const costs = new WindowCosts(g);
        const at = (n: number) => (indexed ? n : -1);
        const want = windowCost(g, s, i, w, a.ports);
        expect(costs.cost(s, i, w, a.ports, at(3))).toEqual(want);
        expect(costs.cost(s, i, w, a.ports, at(3))).toEqual(want); // from the filled table and the memo
        // Another tile of the same walk (its start a whole bank period later, other rows and width): the memo.
        const j = makeInstruction('COMPUTE', { ...a, inputRow: a.inputRow + a.banks * a.shift, inputRowStride: 0, weightRow: 3, accRow: 5, n: 2, window: 1 });
        expect(costs.cost(s, j, w, a.ports, at(5))).toEqual(windowCost(g, s, j, w, a.ports));
        // A walk starting elsewhere is not mistaken for it (nor for the instruction last seen at its index).
        const other = makeInstruction('COMPUTE', { ...a, inputByte: a.inputByte + 1, inputRowStride: 0, weightRow: 0, accRow: 0, n: 1, window: 1 });
        expect(costs.cost(s, other, w, a.ports, at(8))).toEqual(windowCost(g, s, other, w, a.ports));
        expect(costs.cost(s, other, w, a.ports, at(3))).toEqual(windowCost(g, s, other, w, a.ports));
        // One memo serves every run of a program: the same COMPUTE object under another WINDOW, other input
        // bits or the other accumulator port count is computed again, not taken from its last cost.
        const w2 = makeInstruction('WINDOW', { ...a, pitch: a.pitch + 1, strideW: a.strideW + 1 });
        expect(costs.cost(s, i, w2, a.ports, at(3))).toEqual(windowCost(g, s, i, w2, a.ports));
        const s2 = state(a.bits === 8 ? 4 : 8, a.packing);
        expect(costs.cost(s2, i, w, a.ports, at(3))).toEqual(windowCost(g, s2, i, w, a.ports));
        expect(costs.cost(s, i, w, 3 - a.ports, at(3))).toEqual(windowCost(g, s, i, w, 3 - a.ports));
        expect(costs.cost(s, i, w, a.ports, at(3))).toEqual(want);
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(400) });
  });
});
