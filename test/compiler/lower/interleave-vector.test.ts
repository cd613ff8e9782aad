// Pools and adds beside their producer (compiler/lower/interleave-vector.ts, issue 13): moving POOL/ADDs
// into the previous array layer's stream keeps the program's meaning (static checks clean, the functional
// model equals the integer reference, the simulator's outputs equal the unmoved program's) and lets the
// vector unit work beside the array (fewer cycles on the ample-memory machine, where every tensor stays on
// chip and the pools and adds work in place). A hand-made stream checks the placement rules themselves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../compiler/ir/graph.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { interleaveVectorLayers } from '../../../compiler/lower/interleave-vector.js';
import type { StreamItem } from '../../../compiler/lower/sync.js';
import { applyOverrides, type HwConfig } from '../../../isa/hw-config.js';
import { loadHwConfigJson } from '../../../isa/hw-config-json.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { checkProgram } from '../../../isa/check/hazards.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { inputFor } from '../../../tools/bench/sim.js';
import { endToEnd, quantized, seededBatch } from './models.js';
import { tinyResnet } from './resnet-model.js';

const ample = (array: string, dataflow: 'ws' | 'os'): HwConfig =>
  applyOverrides(loadHwConfigJson(readFileSync('models/hw/ample.json', 'utf8'), 'ample.json'), { array, dataflow });

function quantizedTiny(c: number, side: number): Graph {
  const g = runPipeline(tinyResnet(c, side), ['fold-batchnorm', 'fuse-activations']).graph;
  return quantizeModel(g, { preset: 'w8a8', calib: seededBatch([1, side, side], 2, 3), cle: false, adaround: false, biasCorrection: false }).graph;
}

/** POOL/ADDs that sit in another layer's range of the layer table. */
function movedVectorOps(p: ReturnType<typeof lowerGraph>): number {
  let n = 0;
  for (const l of p.layers) {
    const ops = p.instructions.slice(l.firstInstruction, l.firstInstruction + l.instructionCount);
    if (ops.some((i) => i.op === 'COMPUTE')) n += ops.filter((i) => i.op === 'POOL' || i.op === 'ADD').length;
  }
  return n;
}

describe('pools and adds beside their producer', () => {
  const cases: [string, Graph][] = [['tiny ResNet 16ch 64x64', quantizedTiny(16, 64)], ['fmnist_cnn', quantized('models/fmnist_cnn.qir', 'w8a8')]];
  for (const [name, g] of cases) {
    for (const [array, dataflow] of [['8x8', 'os'], ['16x16', 'ws'], ['16x16', 'os']] as const) {
      it(`${name}, ample ${array} ${dataflow}: same results as the unmoved stream, checks clean, no more cycles (fewer on the ResNet)`, () => {
        const hw = ample(array, dataflow);
        const moved = lowerGraph(g, hw);
        const plain = lowerGraph(g, hw, { interleaveVector: false });
        if (name.includes('ResNet')) expect(movedVectorOps(moved)).toBeGreaterThan(0);
        expect(movedVectorOps(plain)).toBe(0);
        expect(checkProgram(moved)).toEqual([]);
        const { got, want } = endToEnd(g, moved);
        expect(got).toEqual(want);
        const x = inputFor(moved, 5);
        const a = simulateProgram(moved, x);
        const b = simulateProgram(plain, x);
        expect([...a.outputs].map(([k, v]) => [k, Array.from(v as ArrayLike<number>)])).toEqual([...b.outputs].map(([k, v]) => [k, Array.from(v as ArrayLike<number>)]));
        // The placement is an estimate (element cycles, no token timing); the ResNet, where the adds and the
        // pool are large, gains.
        expect(a.stats.cycles).toBeLessThanOrEqual(b.stats.cycles * 1.001);
        if (name.includes('ResNet')) expect(a.stats.cycles).toBeLessThan(b.stats.cycles);
      });
    }
  }

  it('places a POOL after the REQUANT whose rows it reads, and ahead of COMPUTEs it is independent of', () => {
    const hw = ample('8x8', 'os');
    const item = (layer: number, instr: StreamItem['instr']): StreamItem => ({ instr, comments: [], layer });
    const compute = (accRow: number) => makeInstruction('COMPUTE', {
      window: 0, kOffset: 0, inputByte: 0, firstPixel: 0, tiles: 0, tileRowStride: 0, inputRow: 0, inputRowStride: 1, n: 8, weightRow: 0, accRow, m: 8, k: 64, accumulate: 0,
    });
    const requant = (accRow: number, outRow: number) => makeInstruction('REQUANT', {
      accRow, outRow, outByte: 0, rows: 8, n: 8, paramRow: 0, addBias: 1, outZero: 0, qmin: 0, qmax: 255, outBits: 8, outSigned: 0,
    });
    const pool = (srcRow: number, dstRow: number) => makeInstruction('POOL', {
      kind: 'max', srcRow, dstRow, channels: 8, inH: 2, inW: 4, kernelH: 2, kernelW: 2, strideH: 2, strideW: 2, padTop: 0, padLeft: 0, padBottom: 0, padRight: 0, bits: 8, signed: 0,
    });
    const stream: StreamItem[] = [
      item(0, compute(0)), item(0, requant(0, 0)),
      ...Array.from({ length: 6 }, (_, k) => item(0, compute(64 + 8 * k))),
      item(0, requant(64, 8)),
      item(1, pool(0, 100)), item(1, pool(8, 102)), item(1, pool(200, 104)),
    ];
    const out = interleaveVectorLayers(stream, ['conv', 'pool'], hw, 0);
    const at = (pred: (s: StreamItem) => boolean) => out.findIndex(pred);
    const src = (s: StreamItem) => (s.instr.op === 'POOL' ? s.instr.srcRow : -1);
    // The first POOL reads rows 0..7, which the first REQUANT wrote: after it, before the later COMPUTEs.
    expect(at((s) => src(s) === 0)).toBeGreaterThan(1);
    expect(at((s) => src(s) === 0)).toBeLessThan(8);
    expect(out[at((s) => src(s) === 0)]!.layer).toBe(0);
    // The second reads what the last REQUANT writes: it cannot pass it.
    expect(at((s) => src(s) === 8)).toBeGreaterThan(at((s) => s.instr.op === 'REQUANT' && s.instr.outRow === 8));
    // The layer keeps an instruction of its own, and nothing is lost.
    expect(out.filter((s) => s.layer === 1).length).toBeGreaterThanOrEqual(1);
    expect(out.length).toBe(stream.length);
  });
});
