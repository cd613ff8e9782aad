// The lowered programs on the real simulator (simulator/simulate-program.ts): its output equals the integer
// reference's (runInt's intOutput) element for element, for the example and Fashion-MNIST models in
// several modes, at 4x4 and 16x16, both dataflows, and for random layers on random small arrays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import type { Tensor } from '../../../compiler/ir/tensor.js';
import { runInt, runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { applyOverrides, defaultHwConfig } from '../../../isa/hw-config.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { concatModel, endToEnd, quantized, seededBatch } from './models.js';
import { layerCase, layerGraph } from './random-layers.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const CASES: [string, string, () => Graph][] = [
  ['models/examples/cnn_bn.qir', 'w8a8', () => quantized('models/examples/cnn_bn.qir', 'w8a8')],
  ['models/examples/residual.qir', 'w4a4', () => quantized('models/examples/residual.qir', 'w4a4')],
  ['models/fmnist_cnn.qir', 'w8a8-pow2', () => quantized('models/fmnist_cnn.qir', 'w8a8-pow2')],
  ['models/fmnist_dwsep.qir', 'w4a4', () => quantized('models/fmnist_dwsep.qir', 'w4a4')],
  ['models/fmnist_mlp.qir', 'binary', () => quantized('models/fmnist_mlp.qir', 'binary')],
  ['models/examples/concat.qir without its mul', 'w8a8', () => concatModel('w8a8')],
];

describe('simulateProgram(lowerGraph(g)) == runInt(g)', () => {
  for (const [model, preset, build] of CASES) {
    it(`${model} ${preset}`, () => {
      const g = build();
      const x = seededBatch(g.inputs[0]!.type.shape.slice(1), 1, 5);
      const ref = runInt(g, x);
      for (const array of ['4x4', '16x16']) {
        for (const dataflow of ['ws', 'os'] as const) {
          const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array, dataflow }));
          const input = program.tensors.find((t) => t.role === 'input')!;
          const output = program.tensors.find((t) => t.role === 'output')!;
          // The reference's quantized input (NCHW) → the program's NHWC input tensor.
          const q = runIntQuantized(g, x, input.name);
          const r = simulateProgram(program, new Map([[input.name, q]]));
          expect(Array.from(r.outputs.get(output.name)!), `${array} ${dataflow}`).toEqual(Array.from(ref.intOutput!.data as ArrayLike<number>));
        }
      }
    });
  }
});

describe('random layers on the simulator', () => {
  it('simulateProgram equals the integer reference', () => {
    const machine = fc.tuple(fc.constantFrom(1, 2, 4, 8), fc.constantFrom(1, 2, 4, 8), fc.constantFrom('ws' as const, 'os' as const));
    fc.assert(
      fc.property(layerCase, machine, (c, [rows, cols, dataflow]) => {
        const g = layerGraph(c);
        const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array: `${rows}x${cols}`, dataflow }));
        const x = seededBatch(g.inputs[0]!.type.shape.slice(1), 1, c.seed);
        const output = program.tensors.find((t) => t.role === 'output')!;
        const r = simulateProgram(program, new Map([['xq', runIntQuantized(g, x, 'xq')]]));
        const { want } = endToEnd(g, program, c.seed);
        expect(nchw(Array.from(r.outputs.get(output.name)!), output.shape)).toEqual(want);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(40) },
    );
  });
});

/** NHWC values of a tensor descriptor's shape in NCHW order (2-D shapes unchanged). */
function nchw(v: number[], shape: readonly number[]): number[] {
  if (shape.length !== 4) return v;
  const [, h, w, c] = shape as [number, number, number, number];
  return Array.from({ length: v.length }, (_, k) => v[(k % (h * w)) * c + Math.floor(k / (h * w))]!);
}

/** The value `name` (the graph's quantize output) for input `x` from the integer reference, in NHWC order. */
function runIntQuantized(g: Graph, x: Tensor, name: string): number[] {
  const decl = g.inputs[0]!;
  const q = runIntGraph(g, new Map([[decl.name, { type: decl.type, data: x.data }]])).values.get(name)!;
  const [, c, h, w] = q.type.shape as [number, number, number, number];
  const v = q.data as ArrayLike<number>;
  const out: number[] = [];
  for (let y = 0; y < h; y++) for (let xx = 0; xx < w; xx++) for (let ch = 0; ch < c; ch++) out.push(v[(ch * h + y) * w + xx]!);
  return out;
}
