// Hand-assembled programs with hand-computed outputs AND cycle counts (the timeline is worked out in
// the comments, from the formulas of docs/CYCLE-MODEL.md).
import { describe, expect, it } from 'vitest';
import { simulateProgram } from '../../simulator/simulate-program.js';
import { Machine } from '../../simulator/machine.js';
import { Counters } from '../../simulator/stats.js';
import { createInt8Gemm } from '../../simulator/fast/gemm-wasm.js';
import { int32Bytes, programFrom, smallHw } from './helpers.js';

const hw = smallHw(2, 2, (c) => {
  c.dram.latencyCycles = 10;
});

// A = [[1,2],[3,4]] (int8, 2 rows of 2), W (k × n) = [[1,2],[3,4]]: weight vector r = row r of W.
// C = A·W = [[7,10],[15,22]]; bias 0, M0 = 2^30 with shift 1 is the identity rescale.
const image = new Uint8Array(64);
image.set([1, 2, 3, 4], 0);
image.set([1, 2, 3, 4], 16);
image.set(int32Bytes([0, 0, 2 ** 30, 2 ** 30, 1, 1]), 32);

const GEMM = `
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=2 rows=2 sramRowStride=1 dramAddr=0 dramRowStride=2 repeat=1 sramOuterStride=0 dramOuterStride=0 fill=0 fillByte=0 pushNext=1
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=2 rows=2 sramRowStride=1 dramAddr=16 dramRowStride=2 repeat=1 sramOuterStride=0 dramOuterStride=0 fill=0 fillByte=0 pushNext=1
LOAD buffer=param sramRow=0 sramByte=0 bytesPerRow=8 rows=3 sramRowStride=1 dramAddr=32 dramRowStride=8 repeat=1 sramOuterStride=0 dramOuterStride=0 fill=0 fillByte=0 pushNext=1
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=1 weightBits=8 popPrev=1
LOAD_WEIGHTS weightRow=0 k=2 n=2 popPrev=1
COMPUTE inputRow=0 inputRowStride=1 weightRow=0 accRow=0 m=2 k=2 n=2 accumulate=0 popPrev=1
REQUANT accRow=0 outRow=0 outByte=0 rows=2 n=2 paramRow=0 addBias=1 outZero=0 qmin=-128 qmax=127 outBits=8 outSigned=1 pushNext=1
STORE buffer=output sramRow=0 sramByte=0 bytesPerRow=2 rows=2 sramRowStride=1 dramAddr=64 dramRowStride=2 repeat=1 sramOuterStride=0 dramOuterStride=0 popPrev=1
HALT
`;

const out = { name: 'y', role: 'output' as const, dramAddr: 64, dtype: 'i8' as const, shape: [2, 2], layout: 'NC' };

describe('machine: a 2x2 int8 GEMM by hand', () => {
  it('computes A·W and takes the hand-computed 64 cycles', () => {
    const p = programFrom(hw, GEMM, image, [out], [{ name: 'gemm', firstInstruction: 0, instructionCount: 9 }]);
    const r = simulateProgram(p, new Map());
    expect([...r.outputs.get('y')!]).toEqual([7, 10, 15, 22]);
    // load input 0→14 (latency 10 + one 64 B burst in 4 cycles), weights 14→28, params 28→42;
    // CONFIG 14→15 (token from the first load); LOAD_WEIGHTS 28→30 (R − 2 + 2 vectors);
    // COMPUTE 42→48 (m + R + C = 6, after the params' token); REQUANT 48→50 (waits for the
    // accumulator rows; 2 rows × ceil(2/16)); STORE 50→64 (latency 10 + 4). HALT at 50.
    expect(r.stats.cycles).toBe(64);
    const k = r.stats.totals;
    expect(k.totalMacs()).toBe(8);
    expect(k.dramReadBytes).toBe(3 * 64);
    expect(k.dramWriteBytes).toBe(64);
    expect(k.dramRequestedBytes).toBe(4 + 4 + 24 + 4);
    expect(k.accWrites).toBe(4);
    expect(k.accReads).toBe(4);
    expect(k.stalls.dependencyWait).toBe(11 + 13 + 12 + 43);
    expect(r.stats.layers[0]!.cycles).toBe(64);
  });

  it('is bit-exact and equally timed in PE fidelity', () => {
    const p = programFrom(hw, GEMM, image, [out]);
    const fast = simulateProgram(p, new Map());
    const pe = simulateProgram(p, new Map(), { fidelity: 'pe' });
    expect([...pe.outputs.get('y')!]).toEqual([...fast.outputs.get('y')!]);
    expect(pe.stats.cycles).toBe(fast.stats.cycles);
  });
});

describe('machine: replay of a recorded commit order', () => {
  const p = programFrom(hw, GEMM, image, [out], [{ name: 'gemm', firstInstruction: 0, instructionCount: 9 }]);
  const machine = () => new Machine(hw, p, 128, { gemm: () => createInt8Gemm() });
  const counters = () => [new Counters(), new Counters()];

  it('gives the DRAM of the full run, whether the order is whole or arrives two steps at a time', () => {
    const full = machine();
    const run = full.run();
    const whole = machine();
    whole.replay(run.commitOrder, run.layerOf, counters());
    // A stream still being recorded: two more steps each time the replay asks for a step it does not have.
    const asked: number[] = [];
    let known = 0;
    const parts = machine();
    parts.replay({ order: run.commitOrder, available: (s) => (asked.push(s), (known = Math.min(run.commitOrder.length, Math.max(known, s + 2)))) }, run.layerOf, counters());
    expect(run.commitOrder.length).toBe(9);
    expect(asked).toEqual([0, 2, 4, 6, 8, 9]);
    expect([...whole.dram.bytes]).toEqual([...full.dram.bytes]);
    expect([...parts.dram.bytes]).toEqual([...full.dram.bytes]);
    expect([...full.dram.bytes.subarray(64, 68)]).toEqual([7, 10, 15, 22]);
  });

  it('runs or replays once: its value-only switch and unit state are for one run', () => {
    const m = machine();
    const run = m.run();
    expect(() => m.run()).toThrow(/once/);
    const r = machine();
    r.replay(run.commitOrder, run.layerOf, counters());
    expect(() => r.run()).toThrow(/once/);
    expect(() => r.replay(run.commitOrder, run.layerOf, counters())).toThrow(/once/);
  });
});
