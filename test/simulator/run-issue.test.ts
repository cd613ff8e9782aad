// A COMPUTE run executed natively (simulator/run-issue.ts, FastArray.computeRun) against its expansion into
// LOAD_WEIGHTS + COMPUTE micro-ops issued one by one: the same start and end cycle for every micro-op, the
// same counters and the same accumulator, on random programs of runs and unrolled pairs (random tiles, tile
// strides, weight rows, window shapes and offsets, accumulate flags, compute-queue depths, bank and port
// counts), with the fast model (the batched int8 path natively; w4a8 micro-op by micro-op) and the PE model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandedInstructions, issuedProgram } from '../../isa/compute-run.js';
import type { Instruction } from '../../isa/instruction.js';
import { makeInstruction, type InstructionFields } from '../../isa/make-instruction.js';
import { MODE_OPERAND_BITS, type ArrayMode } from '../../isa/spec.js';
import type { HwConfig } from '../../isa/hw-config.js';
import { createInt8Gemm } from '../../simulator/fast/gemm-wasm.js';
import { Machine } from '../../simulator/machine.js';
import { peArrayEngine } from '../../simulator/pe-model.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';
import { bankedHw } from './helpers.js';

interface Case {
  rows: number; cols: number; mode: ArrayMode; actSigned: number; banks: number; accPorts: number; depth: number;
  window: InstructionFields<'WINDOW'>; ops: Array<Record<string, number>>; seed: number;
}

function hwFor(c: Case): HwConfig {
  return bankedHw(c.rows, c.cols, c.banks, c.accPorts, (h) => { h.queues.computeDepth = c.depth; });
}

function program(c: Case, hw: HwConfig): Instruction[] {
  const P = hw.array.macsPerPePerCycle[c.mode];
  const out: Instruction[] = [makeInstruction('CONFIG', {
    mode: c.mode, dataflow: 'ws', accBits: 32, overflow: 'wrap', requantMode: 'm0shift',
    actBits: MODE_OPERAND_BITS[c.mode].input, actSigned: c.actSigned, weightBits: MODE_OPERAND_BITS[c.mode].weight,
  }), makeInstruction('WINDOW', c.window)];
  for (const o of c.ops) {
    const k = 1 + (o['k']! % (c.rows * P));
    const n = 1 + (o['n']! % c.cols);
    const fields = {
      window: 1, inputRow: o['inRow']!, inputRowStride: 0, inputByte: o['inByte']!, firstPixel: o['pixel']!, kOffset: o['kOff']!,
      accRow: o['accRow']!, m: 1 + o['m']!, k, n, accumulate: o['acc']!,
    };
    if (o['run'] === 1) out.push(makeInstruction('COMPUTE', { ...fields, weightRow: o['wRow']!, tiles: 1 + o['tiles']!, tileRowStride: o['tStride']! }));
    else out.push(makeInstruction('LOAD_WEIGHTS', { weightRow: o['wRow']!, k, n }), makeInstruction('COMPUTE', { ...fields, weightRow: 0 }));
  }
  out.push(makeInstruction('HALT', {}));
  return out;
}

/** The machine on `instructions`, its buffers filled from the case's seed, after its run. */
function simulate(c: Case, hw: HwConfig, instructions: readonly Instruction[], fidelity: 'fast' | 'pe') {
  const p = { instructions, dramImage: new Uint8Array(0), layers: [] };
  const m = new Machine(hw, p, 0, fidelity === 'pe' ? { array: peArrayEngine } : { gemm: () => createInt8Gemm() });
  let s = c.seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
  for (const b of ['input', 'weight'] as const) for (let j = 0; j < 256 * m.buffers[b].rowBytes; j++) m.buffers[b].bytes[j] = rnd();
  for (let j = 0; j < 32 * hw.array.cols; j++) m.buffers.accumulator.values[j] = rnd() - 128;
  const run = m.run();
  return { start: [...run.start], end: [...run.end], cycles: run.cycles, counters: run.layerCounters, acc: [...m.buffers.accumulator.values] };
}

const op = fc.record({
  run: fc.integer({ min: 0, max: 3 }).map((x) => (x === 0 ? 0 : 1)), tiles: fc.integer({ min: 0, max: 6 }), tStride: fc.integer({ min: 0, max: 9 }),
  wRow: fc.integer({ min: 0, max: 60 }), inRow: fc.integer({ min: 0, max: 40 }), inByte: fc.integer({ min: 0, max: 20 }),
  pixel: fc.integer({ min: 0, max: 12 }), kOff: fc.integer({ min: 0, max: 30 }), accRow: fc.integer({ min: 0, max: 16 }),
  m: fc.integer({ min: 0, max: 9 }), k: fc.integer({ min: 0, max: 255 }), n: fc.integer({ min: 0, max: 63 }), acc: fc.integer({ min: 0, max: 1 }),
});
const windowArb = fc.record({
  pitch: fc.integer({ min: 1, max: 60 }), pixelBytes: fc.integer({ min: 1, max: 12 }), cinTap: fc.integer({ min: 1, max: 12 }),
  chanOffset: fc.integer({ min: 0, max: 3 }), kernelW: fc.integer({ min: 1, max: 3 }), strideH: fc.integer({ min: 1, max: 2 }),
  strideW: fc.integer({ min: 1, max: 2 }), dilationH: fc.integer({ min: 1, max: 2 }), dilationW: fc.integer({ min: 1, max: 2 }),
  outW: fc.integer({ min: 1, max: 7 }),
});
const caseArb = (maxSide: number): fc.Arbitrary<Case> => fc.record({
  rows: fc.integer({ min: 1, max: maxSide }), cols: fc.integer({ min: 1, max: maxSide }), mode: fc.constantFrom<ArrayMode>('int8', 'int8', 'w4a8'),
  actSigned: fc.integer({ min: 0, max: 1 }), banks: fc.constantFrom(1, 2, 8), accPorts: fc.constantFrom(1, 2), depth: fc.integer({ min: 1, max: 5 }),
  window: windowArb, ops: fc.array(op, { minLength: 1, maxLength: 5 }), seed: fc.integer({ min: 1, max: 2 ** 30 }),
});

function expectNativeEqualsExpansion(c: Case, fidelity: 'fast' | 'pe'): void {
  const hw = hwFor(c);
  const fused = program(c, hw);
  // (A copy: the expansion's own array is known to the machine as one with runs, and issued natively.)
  const expanded = [...expandedInstructions(issuedProgram(fused, []).instructions)];
  expect(expanded.some((i) => i.op === 'COMPUTE' && i.tiles > 0)).toBe(false);
  expect(simulate(c, hw, fused, fidelity)).toEqual(simulate(c, hw, expanded, fidelity));
}

describe('COMPUTE runs executed natively == their expansion', () => {
  it('fast model: every micro-op stamp, counter and accumulator value', () => {
    fc.assert(fc.property(caseArb(6), (c) => expectNativeEqualsExpansion(c, 'fast')), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });

  it('PE model (runs issued natively, the array stepped micro-op by micro-op)', () => {
    fc.assert(fc.property(caseArb(3), (c) => expectNativeEqualsExpansion(c, 'pe')), { seed: PROPERTY_SEED, numRuns: propertyRuns(40) });
  });

  it('a run really is issued in one step: its micro-ops are timed as the pairs would be (a hand case)', () => {
    const c: Case = {
      rows: 2, cols: 2, mode: 'int8', actSigned: 0, banks: 8, accPorts: 2, depth: 2, seed: 5,
      window: { pitch: 8, pixelBytes: 2, cinTap: 2, chanOffset: 0, kernelW: 1, strideH: 1, strideW: 1, dilationH: 1, dilationW: 1, outW: 4 },
      ops: [{ run: 1, tiles: 2, tStride: 2, wRow: 0, inRow: 0, inByte: 0, pixel: 0, kOff: 0, accRow: 0, m: 3, k: 1, n: 1, acc: 0 }],
    };
    const hw = hwFor(c);
    const r = simulate(c, hw, program(c, hw), "fast");
    // CONFIG, WINDOW, then three tiles' LOAD_WEIGHTS (k = 2: two cycles) + COMPUTE (m = 4 one-row steps + R + C
    // = 8 cycles), HALT. Depth 2: a micro-op enters the queue when the one two places ahead has started; a
    // LOAD_WEIGHTS waits for the bank the tile two back used (C0 releases it at 4 + 7 = 11, so LW2 starts at
    // 11); a COMPUTE for the array (C1 at C0's 4 + 4 stream cycles) and its tile (C2 at LW2's end, 13).
    expect(r.start).toEqual([0, 1, 2, 4, 5, 8, 11, 13, 21]);
    expect(r.end).toEqual([1, 2, 4, 12, 7, 16, 13, 21, 21]);
    expect(r.cycles).toBe(21);
    expect(r.counters[0]!.macs.get('int8|8|8|32')).toBe(3 * 4 * 2 * 2);
  });
});
