// Issue 12/13 acceptance lines the simulator measures on small graphs: with 1 MiB buffers fmnist_cnn moves
// only its weights, params, input and output through DRAM; a 256x256x256 INT8 GEMM (a 1x1 conv of 256
// channels over 16x16 pixels) keeps a 16x16 ws array ≥ 90 % busy; a DRAM-bound layer slows down when the
// DRAM bandwidth halves (the schedule really waits for the bus, it does not hide behind a fixed cost); a
// conv whose DRAM input fits on chip and whose max pool runs beside it loads that input once and computes
// in row bands (conv-plan.ts inputOnce), chosen by the plan search's predicted cycles (ResNet-18's conv1 on
// ample.json does the same: docs/CYCLE-MODEL.md's table checks it bit-exact), with its array span within SCALE-Sim's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../compiler/ir/graph.js';
import { lowerGraph, lowerGraphWithComments } from '../../../compiler/lower/lower-graph.js';
import { applyOverrides, defaultHwConfig, type HwConfig } from '../../../isa/hw-config.js';
import { simulateProgram, type SimulationResult } from '../../../simulator/simulate-program.js';
import { loadHwConfigJson } from '../../../isa/hw-config-json.js';
import { endToEnd, quantized, seededBatch } from './models.js';
import { layerGraph } from './random-layers.js';
import { arrayRanges } from '../../../tools/doc-tables/array-span.js';
import { scaleSimCycles } from '../../../tools/doc-tables/scale-sim.js';

function simulate(g: Graph, hw: HwConfig, program = lowerGraph(g, hw)): { result: SimulationResult; inputBytes: number; outputBytes: number } {
  const input = program.tensors.find((t) => t.role === 'input')!;
  const output = program.tensors.find((t) => t.role === 'output')!;
  const n = input.shape.reduce((a, b) => a * b, 1);
  const codes = Array.from(seededBatch([n], 1, 3).data as Float32Array, (v) => Math.floor((v + 1) * 127.5) & 0xff);
  const size = (t: typeof input) => t.shape.reduce((a, b) => a * b, 1) * (t.dtype === 'i32' ? 4 : 1);
  return { result: simulateProgram(program, new Map([[input.name, codes]])), inputBytes: size(input), outputBytes: size(output) };
}

const MIB = 1 << 20;

describe('schedule quality (issues 12 and 13)', () => {
  it('fmnist_cnn with 1 MiB buffers: only weights, params, the input and the output cross DRAM', () => {
    const mem = { sizeBytes: MIB };
    const base = defaultHwConfig();
    const hw: HwConfig = { ...base, memories: { ...base.memories, input: { ...base.memories.input, ...mem }, weight: { ...base.memories.weight, ...mem }, output: { ...base.memories.output, ...mem }, accumulator: { ...base.memories.accumulator, ...mem } } };
    const { result, inputBytes, outputBytes } = simulate(quantized('models/fmnist_cnn.qir', 'w8a8'), hw);
    const t = result.stats.totals;
    const burst = hw.dram.burstBytes;
    const whole = (bytes: number) => Math.ceil(bytes / burst) * burst;
    expect(t.dramBytesByKind.partialSums).toBe(0);
    // Activations: the network input read once, the logits written once (each rounded to whole bursts,
    // plus at most one burst each for an unaligned start).
    expect(t.dramBytesByKind.activationsIn).toBeGreaterThanOrEqual(whole(inputBytes));
    expect(t.dramBytesByKind.activationsIn).toBeLessThanOrEqual(whole(inputBytes) + burst);
    expect(t.dramBytesByKind.activationsOut).toBeLessThanOrEqual(whole(outputBytes) + burst);
    // Nothing unclassified: every DRAM byte is weights, params, the input or the output.
    const kinds = Object.values(t.dramBytesByKind).reduce((a, b) => a + b, 0);
    expect(kinds).toBe(t.dramReadBytes + t.dramWriteBytes);
  });

  it('256x256x256 INT8 GEMM at 16x16 ws: ≥ 90 % utilization', () => {
    const g = layerGraph({ h: 16, w: 16, c0: 1, cin: 256, cout: 256, mid: 'u8', kind: 'conv', groups: 1, weight: 'i8', k: [1, 1], stride: [1, 1], dilation: [1, 1], pad: [0, 0, 0, 0], seed: 5 });
    // As the simulator's own GEMM sanity test (test/simulator/timing.test.ts): DRAM out of the way, so the
    // figure is the schedule's (weight preload behind streaming, requantization behind the next MACs).
    const hw = applyOverrides(defaultHwConfig(), { array: '16x16', dataflow: 'ws' });
    const { result } = simulate(g, { ...hw, dram: { ...hw.dram, bandwidthBytesPerCycle: 4096, burstBytes: 4096, latencyCycles: 0 } });
    const gemm = result.stats.layers.find((l) => l.name === 'b')!;
    expect(gemm.counters.totalMacs()).toBe(256 * 256 * 256);
    expect(gemm.utilization).toBeGreaterThanOrEqual(0.9);
  });

  it('a DRAM-bound layer (dense 784 → 256 of fmnist_mlp, batch 1) slows down when DRAM bandwidth halves', () => {
    const g = quantized('models/fmnist_mlp.qir', 'w8a8');
    // Enough bursts in flight that the bus, not the latency, limits the stream (as timing.test.ts), and 8 B/cycle:
    // at 16 B/cycle this batch-1 layer latches a 16x16 weight chunk (16 cycles) for each single pixel, which takes
    // as long as the chunk's 256 bytes on the bus, so it is not DRAM-bound there (a schedule that hides the
    // loads well gets 1.35x from halving it; the bound case is what this test is about).
    const def = defaultHwConfig();
    const base: HwConfig = { ...def, dma: { ...def.dma, maxInflightBursts: 64 }, dram: { ...def.dram, bandwidthBytesPerCycle: 8 } };
    const half: HwConfig = { ...base, dram: { ...base.dram, bandwidthBytesPerCycle: base.dram.bandwidthBytesPerCycle / 2 } };
    const layer = (hw: HwConfig) => simulate(g, hw).result.stats.layers.find((l) => l.name === 'fc1/Gemm')!.cycles;
    const full = layer(base);
    const slow = layer(half);
    // Its 200 KB of weights take ≥ 2x as long on the bus; the array work is unchanged, so well over 1.5x.
    expect(slow / full).toBeGreaterThan(1.5);
  });

  it('fmnist_cnn on ample 16x16 ws: conv1 reads its DRAM input once, computes in bands beside pool1, bit-exact', () => {
    const g = quantized('models/fmnist_cnn.qir', 'w8a8');
    const hw = applyOverrides(loadHwConfigJson(readFileSync('models/hw/ample.json', 'utf8'), 'ample.json'), { array: '16x16', dataflow: 'ws' });
    const { program, comments } = lowerGraphWithComments(g, hw);
    const header = [...comments.values()].flat().find((c) => c.startsWith('layer conv1/Conv:'))!;
    expect(header).toMatch(/input from DRAM once, computed in [2-9]\d* band\(s\)/);
    // ws: a band's last REQUANT waits behind the next band's first COMPUTE (conv-plan.ts requantsCarry), so
    // the array streams band after band instead of idling through each band's drain.
    const conv1 = program.layers.find((l) => l.name === 'conv1/Conv')!;
    const ops = program.instructions.slice(conv1.firstInstruction, conv1.firstInstruction + conv1.instructionCount).map((i) => i.op);
    expect(ops.slice(0, ops.indexOf('REQUANT')).filter((op) => op === 'COMPUTE').length).toBeGreaterThanOrEqual(2);
    const { got, want } = endToEnd(g, program);
    expect(got).toEqual(want);
    const { result, inputBytes } = simulate(g, hw, program);
    // Three accumulator slots (conv-plan.ts accSlots): band b + 2 does not wait for band b's REQUANT, so the
    // array streams the bands back to back and the layer's array span is within SCALE-Sim's ws formula.
    const input = program.tensors.find((t) => t.role === 'input')!;
    const traced = simulateProgram(program, new Map([[input.name, new Array<number>(input.shape.reduce((a, b) => a * b, 1)).fill(7)]]), { trace: true });
    const span = arrayRanges(traced.trace!).get('conv1/Conv')!;
    expect(span.to - span.from).toBeLessThanOrEqual(scaleSimCycles({ m: 28 * 28, k: 9, n: 16 }, 16, 16, 'ws'));
    const burst = hw.dram.burstBytes;
    const whole = Math.ceil(inputBytes / burst) * burst;
    expect(result.stats.totals.dramBytesByKind.activationsIn).toBeGreaterThanOrEqual(whole);
    expect(result.stats.totals.dramBytesByKind.activationsIn).toBeLessThanOrEqual(whole + burst);
  });
});
