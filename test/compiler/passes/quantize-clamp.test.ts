// A relu/relu6/clip that cannot be fused (here a clip after an average pool) becomes an integer clamp on its
// input's grid: the same codes, clamped to [z + round(lo/s), z + round(hi/s)].
import { describe, expect, it } from 'vitest';
import { loadQir } from '../../../compiler/qir/load.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { f32Tensor, numel } from '../../../compiler/ir/tensor.js';
import { mulberry32 } from '../../../core/seeded-random.js';

describe('standalone clamp on quantized values', () => {
  it('clamps the pool codes exactly, on the pool grid', () => {
    const g = loadQir('models/examples/dwsep_relu6.qir');
    const shape = g.inputs[0]!.type.shape;
    const rand = mulberry32(5);
    const batch = (n: number) => f32Tensor([n, ...shape.slice(1)], Array.from({ length: n * numel(shape.slice(1)) }, () => rand() * 2 - 1));
    const { graph } = quantizeModel(g, { preset: 'w8a8', calib: batch(8) });
    const clamp = graph.nodes.find((n) => n.name === 'pool.clip')!;
    expect(clamp.op).toBe('qconcat');
    const pool = graph.nodes.find((n) => n.name === 'pool')!;
    const run = runIntGraph(graph, new Map([[graph.inputs[0]!.name, batch(1)]]));
    const inCodes = run.values.get(pool.name)!.data as Uint8Array;
    const outCodes = run.values.get('pool.clip')!.data as Uint8Array;
    const { qmin, qmax, y_scale: s, y_zero: z } = clamp.attrs as { qmin: number; qmax: number; y_scale: number; y_zero: number };
    expect(qmin).toBe(z);
    expect(qmax).toBe(Math.min(255, z + Math.round(4 / s)));
    inCodes.forEach((v, i) => expect(outCodes[i]).toBe(Math.min(qmax, Math.max(qmin, v))));
  });
});
