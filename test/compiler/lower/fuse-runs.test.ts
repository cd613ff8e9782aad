// COMPUTE runs (compiler/lower/fuse-runs.ts, isa/compute-run.ts) are cycle-identical to the unrolled pairs:
// the fused program expands to exactly the unfused one, survives the .accbin round trip and the static
// checks, and simulates (fast model; PE model on a small array) to the same outputs, cycles, statistics,
// DRAM bytes and energy. fmnist_cnn and ResNet-18-shaped layers (64 and 128 channels at a small input).
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../compiler/ir/graph.js';
import { lowerGraph, lowerGraphWithComments } from '../../../compiler/lower/lower-graph.js';
import { applyOverrides, defaultHwConfig, type HwConfig } from '../../../isa/hw-config.js';
import { expandedInstructions, issuedProgram, runTiles } from '../../../isa/compute-run.js';
import { checkInstructions } from '../../../isa/check/bounds.js';
import { readProgram, writeProgram, type Program } from '../../../isa/program-file.js';
import { simulateProgram, type SimulationResult } from '../../../simulator/simulate-program.js';
import { endToEnd, quantized } from './models.js';
import { tinyResnet } from './resnet-model.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { seededBatch } from './models.js';
import { inputFor as inputOf } from '../../../tools/bench/sim.js';

/** Everything a simulation reports that a user or the energy model sees (the trace aside). */
function observable(r: SimulationResult): unknown {
  return { outputs: [...r.outputs].map(([k, v]) => [k, Array.from(v as ArrayLike<number>)]), stats: r.stats, energy: r.energy };
}

/** The two-block ResNet of resnet-model.ts with `c` channels on a side×side input, quantized w8a8. */
function quantizedTiny(c: number, side: number): Graph {
  const g = runPipeline(tinyResnet(c, side), ['fold-batchnorm', 'fuse-activations']).graph;
  return quantizeModel(g, { preset: 'w8a8', calib: seededBatch([1, side, side], 2, 3), cle: false, adaround: false, biasCorrection: false }).graph;
}

function fusedAndUnfused(g: Graph, hw: HwConfig): { fused: Program; unfused: Program } {
  return { fused: lowerGraph(g, hw), unfused: lowerGraph(g, hw, { computeRuns: false }) };
}

function expectIdentical(g: Graph, hw: HwConfig, fidelity: 'fast' | 'pe' = 'fast'): { fused: Program; unfused: Program } {
  const { fused, unfused } = fusedAndUnfused(g, hw);
  // The fused program is the unfused one with runs folded: expanding them gives it back exactly.
  const issued = issuedProgram(fused.instructions, fused.layers);
  expect(expandedInstructions(issued.instructions)).toEqual(unfused.instructions);
  expect(issued.layers).toEqual(unfused.layers);
  expect(fused.dramImage).toEqual(unfused.dramImage);
  expect(checkInstructions(fused.instructions, hw)).toEqual([]);
  // Through the .accbin: the new fields encode and decode.
  const read = readProgram(writeProgram(fused), 'fused.accbin');
  expect(read.instructions).toEqual(fused.instructions);
  const x = inputOf(fused, 3);
  const a = simulateProgram(read, x, { fidelity });
  const b = simulateProgram(unfused, x, { fidelity });
  expect(observable(a)).toEqual(observable(b));
  return { fused, unfused };
}

describe('COMPUTE runs: fused == unfused', () => {
  it('fmnist_cnn w8a8, 16x16 and 8x8 ws: identical program when expanded, identical simulation; fewer instructions', () => {
    const g = quantized('models/fmnist_cnn.qir', 'w8a8');
    for (const array of ['16x16', '8x8']) {
      const { fused, unfused } = expectIdentical(g, applyOverrides(defaultHwConfig(), { array }));
      const runs = fused.instructions.filter((i) => runTiles(i) > 0);
      expect(runs.length).toBeGreaterThan(0);
      expect(fused.instructions.length).toBeLessThan(unfused.instructions.length);
      // A pair whose COMPUTE pops a token (a layer's first, waiting for the store queue) stays unrolled: in a
      // run the pop would move to the LOAD_WEIGHTS. The rest fuse.
      const lw = (p: Program) => p.instructions.filter((i) => i.op === 'LOAD_WEIGHTS').length;
      expect(lw(fused) * 4).toBeLessThan(lw(unfused));
    }
  });

  it('fmnist_cnn w4a8 (packed weights) and the functional model on the fused program', () => {
    const g = quantized('models/fmnist_cnn.qir', 'w4a8');
    const hw = defaultHwConfig();
    const { fused } = expectIdentical(g, hw);
    const { got, want } = endToEnd(g, fused);
    expect(got).toEqual(want);
  });

  it('ResNet-18 layer shapes (64 and 128 channels, 3x3 and 1x1 projection, 16x16 input), 16x16 ws w8a8: identical', () => {
    const { fused, unfused } = expectIdentical(quantizedTiny(64, 16), defaultHwConfig());
    // Most of a ResNet's instructions were the pairs: the fused program is several times shorter.
    expect(fused.instructions.length * 3).toBeLessThan(unfused.instructions.length);
  }, 300_000);

  it('os programs have nothing to fuse; the PE model runs fused programs (tiny ResNet, 4x4 ws)', () => {
    const g = quantizedTiny(8, 8);
    expectIdentical(g, applyOverrides(defaultHwConfig(), { array: '4x4' }), 'pe');
    const os = applyOverrides(defaultHwConfig(), { array: '4x4', dataflow: 'os' });
    const { fused, unfused } = fusedAndUnfused(g, os);
    expect(fused.instructions).toEqual(unfused.instructions);
    expect(lowerGraphWithComments(g, os).comments).toEqual(lowerGraphWithComments(g, os, { computeRuns: false }).comments);
  }, 60_000);
});
