// A dense layer after a global pool, computed in k-groups that follow the pool's channel groups (issue 13):
// the pool hands each group over right behind its POOL (compiler/lower/interleave-array.ts), so the layer's
// first k-group starts while the last POOL runs. On fmnist_cnn (ample, both dataflows and sizes) the plan
// search chooses it, the program stays bit-exact and checks clean, the logits' array cycles after the pool
// fall within SCALE-Sim's formula, and the cost model predicts what the layer adds within 10 %. A hand-made
// stream checks the placement rule itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lowerGraphWithComments } from '../../../compiler/lower/lower-graph.js';
import { interleaveArrayLayers } from '../../../compiler/lower/interleave-array.js';
import type { StreamItem } from '../../../compiler/lower/sync.js';
import { applyOverrides, type HwConfig } from '../../../isa/hw-config.js';
import { loadHwConfigJson } from '../../../isa/hw-config-json.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { checkProgram } from '../../../isa/check/hazards.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { arrayCyclesAfter, arrayRanges } from '../../../tools/doc-tables/array-span.js';
import { predictions } from '../../../tools/doc-tables/measure-point.js';
import { scaleSimCycles } from '../../../tools/doc-tables/scale-sim.js';
import { endToEnd, quantized } from './models.js';

const ample = (array: string, dataflow: 'ws' | 'os'): HwConfig =>
  applyOverrides(loadHwConfigJson(readFileSync('models/hw/ample.json', 'utf8'), 'ample.json'), { array, dataflow });

describe('a dense layer behind its global pool, group by group', () => {
  const g = quantized('models/fmnist_cnn.qir', 'w8a8');
  for (const [array, dataflow] of [['16x16', 'os'], ['32x32', 'os'], ['16x16', 'ws']] as const) {
    it(`fmnist_cnn, ample ${array} ${dataflow}: logits in k-groups, first COMPUTE before gap's last POOL ends, within SCALE-Sim, bit-exact`, () => {
      const hw = ample(array, dataflow);
      const { program, comments } = lowerGraphWithComments(g, hw);
      const header = [...comments.values()].flat().find((c) => c.startsWith('layer logits:'))!;
      expect(header).toMatch(/[2-9] k-group\(s\).*k-groups behind the input's channel groups/);
      expect(checkProgram(program)).toEqual([]);
      const { got, want } = endToEnd(g, program);
      expect(got).toEqual(want);
      const input = program.tensors.find((t) => t.role === 'input')!;
      const r = simulateProgram(program, new Map([[input.name, new Array<number>(input.shape.reduce((a, b) => a * b, 1)).fill(7)]]), { trace: true });
      const [gap, logits] = ['gap/GlobalAveragePool', 'logits'].map((n) => r.stats.layers.find((l) => l.name === n)!);
      const span = arrayRanges(r.trace!).get('logits')!;
      // The array starts on the first groups while the pool still works on the last one.
      expect(span.from).toBeLessThan(gap!.lastCycle);
      const [R, C] = array.split('x').map(Number) as [number, number];
      expect(arrayCyclesAfter(span, gap!.lastCycle)).toBeLessThanOrEqual(scaleSimCycles({ m: 1, k: 64, n: 10 }, R, C, dataflow));
      const added = logits!.lastCycle - gap!.lastCycle;
      expect(Math.abs(predictions(comments).get('logits')! / added - 1)).toBeLessThanOrEqual(0.1);
    });
  }

  it('moves each hand-off MOVE right behind the POOL it reads, and leaves a layer not named alone', () => {
    const hw = ample('16x16', 'os');
    const item = (layer: number, instr: StreamItem['instr']): StreamItem => ({ instr, comments: [], layer });
    const pool = (g: number) => makeInstruction('POOL', {
      kind: 'avg', srcRow: 1000 + 49 * g, dstRow: g, channels: 16, inH: 7, inW: 7, kernelH: 7, kernelW: 7, strideH: 1, strideW: 1, padTop: 0, padLeft: 0, padBottom: 0, padRight: 0, bits: 8, signed: 0,
    });
    const move = (g: number) => makeInstruction('MOVE', {
      srcBuffer: 'output', srcRow: g, srcByte: 0, dstBuffer: 'input', dstRow: 500 + g, dstByte: 0, bytesPerRow: 16, rows: 1, srcRowStride: 1, dstRowStride: 1, repeat: 1, srcOuterStride: 0, dstOuterStride: 0,
    });
    const stream: StreamItem[] = [...[0, 1, 2].map((g) => item(0, pool(g))), ...[0, 1, 2].map((g) => item(0, move(g))), item(1, makeInstruction('HALT', {}))];
    const out = interleaveArrayLayers(stream, new Set([1]), hw);
    expect(out.map((s) => `${s.instr.op}${s.instr.op === 'POOL' ? s.instr.dstRow : s.instr.op === 'MOVE' ? s.instr.srcRow : ''}`)).toEqual(['POOL0', 'MOVE0', 'POOL1', 'MOVE1', 'POOL2', 'MOVE2', 'HALT']);
    expect(out.map((s) => s.layer)).toEqual(stream.map((s) => s.layer));
    expect(interleaveArrayLayers(stream, new Set(), hw)).toEqual(stream);
  });
});
