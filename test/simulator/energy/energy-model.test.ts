// The energy of the hand-computed 2x2 GEMM program (test/simulator/machine.test.ts), charged from the
// Horowitz table by hand: every counted event, component by component.
import { describe, expect, it } from 'vitest';
import { loadEnergyTable } from '../../../simulator/energy/energy-table.js';
import { energyOf } from '../../../simulator/energy/energy-model.js';
import { formatEnergy, formatVectorEnergy } from '../../../simulator/energy/format-scaling.js';
import { energyCosts } from '../../../simulator/energy/scaling.js';
import { deriveHw } from '../../../isa/hw-config.js';
import { ELEMENT_TYPES } from '../../../core/number-formats.js';
import { Counters } from '../../../simulator/stats.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { int32Bytes, programFrom, smallHw } from '../helpers.js';

const hw = smallHw(2, 2, (c) => {
  c.dram.latencyCycles = 10;
});
const image = new Uint8Array(64);
image.set([1, 2, 3, 4], 0);
image.set([1, 2, 3, 4], 16);
image.set(int32Bytes([0, 0, 2 ** 30, 2 ** 30, 1, 1]), 32);
const text = `
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

describe('energy model', () => {
  it('reproduces the hand-computed total of a tiny program from the Horowitz table', () => {
    const r = simulateProgram(programFrom(hw, text, image, [], [{ name: 'gemm', firstInstruction: 0, instructionCount: 9 }]), new Map());
    const e = r.energy.total;
    // 8 int8 MACs × (8b×8b multiply 0.2 + 32-bit add 0.1).
    expect(e.components.mac).toBeCloseTo(8 * 0.3, 9);
    // 4 accumulator writes (COMPUTE) + 4 reads (REQUANT), 32 bits each in the 64 KiB accumulator:
    // 64 KiB sits between 32 KiB (20 pJ) and 1 MiB (100 pJ) at log2 2/log2 32: 36 pJ per 64 bits → 18.
    expect(e.components.accumulator).toBeCloseTo(8 * 18, 9);
    // input and weight: 2 row writes + 2 row reads of 2 bytes in 64 KiB: 36 × 16/64 = 9 pJ each.
    expect(e.components.sram.input).toBeCloseTo(4 * 9, 9);
    expect(e.components.sram.weight).toBeCloseTo(4 * 9, 9);
    // param: 3 writes + 3 reads of 8-byte rows in 8 KiB (10 pJ per 64 bits).
    expect(e.components.sram.param).toBeCloseTo(6 * 10, 9);
    // output: 2 writes (REQUANT) + 2 reads (STORE) of 2 bytes in 32 KiB (20 pJ per 64 bits → 5).
    expect(e.components.sram.output).toBeCloseTo(4 * 5, 9);
    // DRAM: four transfers of one 64-byte burst each at 640 pJ / 32 bits = 160 pJ/byte.
    expect(e.components.dram).toBeCloseTo(4 * 64 * 160, 6);
    // 4 REQUANTs: 32×32 multiply 3.1 + rounding adds 0.1 + 0.1 + zero point 0.1 + clamp 2 × 0.03.
    expect(e.components.vector).toBeCloseTo(4 * 3.46, 9);
    // PE registers: 2 rows × 2 cols × 2 vectors × (8-bit operand + 32-bit partial sum) at 1/32 pJ/bit.
    expect(e.components.register).toBeCloseTo(320 / 32, 9);
    expect(e.totalPj).toBeCloseTo(2.4 + 144 + 36 + 36 + 60 + 20 + 40960 + 13.84 + 10, 6);
    expect(e.pjPerMac).toBeCloseTo(e.totalPj / 8, 9);
    expect(e.topsPerWatt).toBeCloseTo(16 / e.totalPj, 12);
    expect(r.energy.layers[0]!.energy.totalPj).toBeCloseTo(e.totalPj, 9);
  });

  it('an --energy table override changes exactly the charged entries', () => {
    const table = loadEnergyTable('{"name":"cheap-dram","dramPer32BitPj":64}', 'cheap.json');
    const r = simulateProgram(programFrom(hw, text, image), new Map(), { energyTable: table });
    expect(r.energy.total.components.dram).toBeCloseTo(4 * 64 * 16, 6);
    expect(r.energy.total.components.mac).toBeCloseTo(2.4, 9);
  });
});

describe('energy model: the float/MX datapath events (Counters.formatOps)', () => {
  it('charges float MACs and folds with the array, conversions and FP32 ops with the vector unit, wide entries and MX scales at their sizes', () => {
    const fhw = smallHw(4, 4);
    const d = deriveHw(fhw);
    const costs = energyCosts();
    const { e4m3, e2m1 } = ELEMENT_TYPES;
    const mxint8 = ELEMENT_TYPES['mxint8-elem'];
    const k = new Counters();
    // Distinct counts, so each event's charge shows in the sum; variants left out take the defaults (fp8-e4m3, e4m3).
    k.addMacs('mxfp4|4|4|32', 10);
    k.addFormat('fold', 3, 'mxint8');
    k.addFormat('fold', 5);
    k.addFormat('cvt-in', 7, 'e2m1');
    k.addFormat('cvt-in', 2);
    k.addFormat('cvt-in-mx', 11, 'mxint8-elem');
    for (const [kind, n] of [['cvt-out', 13], ['cvt-int', 17], ['fadd', 19], ['fmax-tap', 23], ['favg-tap', 29], ['favg-div', 31]] as const) k.addFormat(kind, n);
    k.addFormat('acc-entry', 37, 'mxint8');
    k.addFormat('acc-entry', 4);
    k.addFormat('mx-scale-read', 41);
    k.addFormat('mx-scale-write', 43);
    const e = energyOf(k, fhw, d, costs).components;
    expect(e.mac).toBeCloseTo(10 * formatEnergy(costs, e2m1, e2m1, true).macPj + 3 * formatEnergy(costs, mxint8, mxint8, true).chunkFoldPj
      + 5 * formatEnergy(costs, e4m3, e4m3, false).chunkFoldPj, 9);
    const v = formatVectorEnergy(costs, e4m3);
    expect(e.vector).toBeCloseTo(7 * formatVectorEnergy(costs, e2m1).inputPerTensorPj + 2 * v.inputPerTensorPj + 11 * formatVectorEnergy(costs, mxint8).inputMxPj
      + 13 * v.outputPj + 17 * v.intOutputPj + 19 * v.addPj + 23 * v.maxTapPj + 29 * v.addPj + 31 * v.outputPj, 9);
    // An FP32 sum + exact partial entry: 4 + ceil(20 / 8) = 7 bytes for MXINT8, 4 + ceil(42 / 8) = 10 for E4M3; charged
    // as the difference to the integer entry its access was counted at.
    const size = fhw.memories.accumulator.sizeBytes;
    const wider = (bits: number) => costs.accReadPj(bits, size) - costs.accReadPj(d.accEntryBytes * 8, size);
    expect([d.accEntryBytesByMode.mxint8, d.accEntryBytesByMode['fp8-e4m3']]).toEqual([7, 10]);
    expect(e.accumulator).toBeCloseTo(37 * wider(56) + 4 * wider(80), 9);
    expect(e.sram.input).toBeCloseTo(84 * costs.sramAccessPj(fhw.mxScales.sizeBytes, 1), 9);
  });
});
