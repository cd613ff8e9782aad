// What the vector unit's instructions cost, by the definition (docs/CYCLE-MODEL.md, the energy counters): the
// rows and words each reads and writes, the vector operations it counts (per kind and width: the energy model
// prices them), and its cycles, max(Σ ceil(elements / lanes), bank cycles, 1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveHw } from '../../../isa/hw-config.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { Counters } from '../../../simulator/stats.js';
import { requant } from '../../../simulator/units/vector-unit.js';
import { int32Bytes, smallHw } from '../helpers.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

describe('REQUANT costs', () => {
  it('reads rows·n accumulator entries and the 3 parameter rows, writes `rows` output rows, counts rows·n operations of its kind', () => {
    const arb = fc.record({
      rows: fc.integer({ min: 1, max: 6 }), n: fc.integer({ min: 1, max: 8 }), lanes: fc.constantFrom(1, 2, 3, 16),
      outBits: fc.constantFrom(1 as const, 4 as const, 8 as const), mode: fc.constantFrom('m0shift' as const, 'pow2' as const),
      accRow: fc.integer({ min: 0, max: 9 }), outRow: fc.integer({ min: 0, max: 9 }),
    });
    fc.assert(fc.property(arb, (a) => {
      const hw = smallHw(4, 8);
      const b = makeBuffers(hw, deriveHw(hw));
      b.param.bytes.set(int32Bytes([...new Array<number>(8).fill(0), ...new Array<number>(8).fill(2 ** 30), ...new Array<number>(8).fill(-1)]));
      const k = new Counters();
      const [qmin, qmax] = a.outBits === 1 ? [0, 1] : a.outBits === 4 ? [-8, 7] : [-128, 127];
      const t = requant(makeInstruction('REQUANT', {
        accRow: a.accRow, outRow: a.outRow, outByte: 0, rows: a.rows, n: a.n, paramRow: 0, addBias: 1, outZero: 0, qmin, qmax, outBits: a.outBits, outSigned: 1,
      }), { requantMode: a.mode, accBits: 32, overflow: 'wrap', inputBits: 8, weightBits: 8, actSigned: true, mode: 'int8' }, b, a.lanes, k);
      expect([k.accReads, k.sramReads.param, k.sramWrites.output]).toEqual([a.rows * a.n, 3, a.rows]);
      expect([...k.vectorOps]).toEqual([[`requant-${a.mode}|${a.outBits}`, a.rows * a.n]]);
      // Each accumulator row is read and each output row written once: no bank sees more than `rows` accesses,
      // so the element cycles (`rows` or more) always bind.
      expect(t).toEqual({ duration: a.rows * Math.ceil(a.n / a.lanes), bankStallCycles: 0 });
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });
});
