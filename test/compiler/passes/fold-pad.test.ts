// fold-pad keeps the float outputs: zero pads folded into convs, and average pools that divide by their whole
// window rewritten as depthwise convs with weights 1/(kh·kw) (the pass goldens show the rewritten graphs; this
// holds their outputs equal on random inputs); the rewritten pool quantizes to a qconv2d, not a qpad + qavgpool.
import { describe, expect, it } from 'vitest';
import { parseQir } from '../../../compiler/qir/load.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { runInt } from '../../../compiler/reference/int-interpreter.js';
import { runFloatBatched } from '../../../compiler/reference/float-interpreter.js';
import { f32Tensor, numel } from '../../../compiler/ir/tensor.js';
import { mulberry32 } from '../../../core/seeded-random.js';

const POOLS = `qir 1
graph pools {
  input %x: f32[1,3,7,6]
  %p0 = pad(%x) {pads=[0,0,1,1,0,0,1,1]}
  %a0 = avgpool(%p0) {kernel=[3,3]}
  %p1 = pad(%x) {pads=[0,0,0,1,0,0,2,0]}
  %a1 = avgpool(%p1) {kernel=[2,3], stride=[2,1], pad=[1,0,0,1], count_include_pad=true}
  %a2 = avgpool(%x) {kernel=[3,2], stride=[1,2], pad=[1,1,1,1], count_include_pad=true}
  %a3 = avgpool(%x) {kernel=[2,2], pad=[1,1,0,0]}
  output %a0, %a1, %a2, %a3
}
`;

describe('fold-pad', () => {
  it('rewrites whole-window average pools (after a zero pad, or counting their own padding) as depthwise convs with the same float outputs', () => {
    const g = parseQir(POOLS);
    const { graph, steps } = runPipeline(g, ['fold-pad']);
    expect(steps[0]!.stats).toEqual({ folded: 2, poolsAsConvs: 3, kept: [] });
    expect(graph.nodes.map((n) => `${n.name}:${n.op}`)).toEqual(['a0:conv2d', 'a1:conv2d', 'a2:conv2d', 'a3:avgpool']);
    expect(graph.nodes[1]!.attrs).toEqual({ stride: [2, 1], pad: [1, 1, 2, 1], groups: 3 });
    const rand = mulberry32(4);
    const shape = [2, 3, 7, 6];
    const x = f32Tensor(shape, Array.from({ length: numel(shape) }, () => rand() * 4 - 2));
    for (const out of ['a0', 'a1', 'a2', 'a3']) {
      const pick = (gr: typeof g) => ({ ...gr, outputs: [out] });
      const want = runFloatBatched(pick(g), x).data as Float32Array;
      const got = runFloatBatched(pick(graph), x).data as Float32Array;
      expect(got.length).toBe(want.length);
      // Σ x·(1/K) in float32 weights against Σ x / K: a few float32 ulps of the window sums (|x| ≤ 2).
      want.forEach((v, i) => expect(Math.abs(got[i]! - v)).toBeLessThan(1e-6));
    }
  });

  it('quantizes PyTorch\'s Pad + AveragePool as a qconv2d close to the float pool', () => {
    const g = parseQir(`qir 1
graph net {
  input %x: f32[1,2,6,6]
  %p = pad(%x) {pads=[0,0,1,1,0,0,1,1]}
  %a = avgpool(%p) {kernel=[3,3]}
  output %a
}
`);
    const rand = mulberry32(5);
    const calib = f32Tensor([8, 2, 6, 6], Array.from({ length: 8 * 72 }, () => rand() * 2 - 1));
    const q = quantizeModel(g, { preset: 'w8a8', calib }).graph;
    expect(q.nodes.map((n) => n.op)).toEqual(['quantize', 'qconv2d', 'dequantize']);
    const want = runFloatBatched(g, calib).data as Float32Array;
    const got = runInt(q, calib).floatOutput.data as Float32Array;
    // Input and output steps are about 2/255; the sum of nine rounded inputs over 9 and one output rounding.
    want.forEach((v, i) => expect(Math.abs(got[i]! - v)).toBeLessThan(0.02));
  });
});
