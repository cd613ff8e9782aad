// fold-constant-affine and matmul-to-dense keep the float outputs (the example MLP normalizes its input
// with sub/div and ends in matmul + add; the concat example scales channels after a pool).
import { describe, expect, it } from 'vitest';
import { loadQir } from '../../../compiler/qir/load.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { runFloatBatched } from '../../../compiler/reference/float-interpreter.js';
import { f32Tensor, numel } from '../../../compiler/ir/tensor.js';
import { mulberry32 } from '../../../core/seeded-random.js';

describe.each(['models/examples/mlp.qir', 'models/examples/concat.qir'])('%s', (path) => {
  it('folds every elementwise constant op into a dense layer and keeps the outputs (rel 1e-5)', () => {
    const g = loadQir(path);
    const shape = [4, ...g.inputs[0]!.type.shape.slice(1)];
    const rand = mulberry32(9);
    const x = f32Tensor(shape, Array.from({ length: numel(shape) }, () => rand() * 4 - 2));
    const { graph, steps } = runPipeline(g, ['matmul-to-dense', 'fold-constant-affine']);
    expect(graph.nodes.some((n) => ['sub', 'div', 'mul', 'add', 'matmul'].includes(n.op))).toBe(false);
    expect(steps[1]!.stats['folded']).toBeGreaterThan(0);
    const want = runFloatBatched(g, x).data as Float32Array;
    const got = runFloatBatched(graph, x).data as Float32Array;
    const scale = Math.max(...Array.from(want, Math.abs));
    want.forEach((v, i) => expect(Math.abs(got[i]! - v)).toBeLessThanOrEqual(1e-5 * scale));
  });
});
