import { describe, expect, it } from 'vitest';
import { loadQir } from '../../../compiler/qir/load.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { runFloatBatched } from '../../../compiler/reference/float-interpreter.js';
import { Net } from '../../../compiler/train/net.js';
import { buildFloatNet, writeBack } from '../../../compiler/train/net-builder.js';
import { FACTORIES } from '../../../compiler/train/layers.js';
import { softmaxCrossEntropy } from '../../../compiler/train/ops/loss.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { context, seeded } from './grad-check.js';

const MODELS = ['models/examples/cnn_bn.qir', 'models/examples/residual.qir', 'models/examples/dwsep_relu6.qir'];

describe('training network built from a graph', () => {
  it('eval mode equals the float reference (batchnorm with running statistics, every op of the examples)', () => {
    for (const path of [...MODELS, 'models/fmnist_cnn.qir', 'models/fmnist_mlp.qir']) {
      const g = runPipeline(loadQir(path), ['matmul-to-dense', 'fold-constant-affine']).graph;
      const built = buildFloatNet(g);
      const net = new Net(built.spec, FACTORIES);
      const sample = g.inputs[0]!.type.shape.slice(1);
      const n = 3;
      const x = seeded(n * sample.reduce((a, b) => a * b, 1), 5);
      const got = net.forward(x, n, { ...context(built.params, { buffers: built.buffers, train: false }) });
      const want = runFloatBatched(g, makeTensor('f32', [n, ...sample], x));
      // The graph ends in softmax where the net stops at the logits: compare softmax of the logits.
      const probs = g.nodes.at(-1)!.op === 'softmax';
      const k = built.spec.classes;
      for (let i = 0; i < n; i++) {
        const row = Array.from(got.data.subarray(i * k, (i + 1) * k));
        const max = Math.max(...row);
        const e = row.map((v) => Math.exp(v - max));
        const s = e.reduce((a, b) => a + b, 0);
        for (let j = 0; j < k; j++) expect(probs ? e[j]! / s : row[j]!, `${path} sample ${i} class ${j}`).toBeCloseTo(want.data[i * k + j] as number, 4);
      }
    }
  });

  it('the gradient of the batch loss equals finite differences (train-mode batchnorm, residual add, depthwise, pools)', () => {
    for (const path of MODELS) {
      const built = buildFloatNet(loadQir(path));
      const net = new Net(built.spec, FACTORIES);
      const sample = built.spec.sample;
      const n = 4;
      const x = seeded(n * sample.reduce((a, b) => a * b, 1), 11);
      const labels = [0, 3, 7, 2];
      const lossAt = (p: Float32Array): number => {
        const ctx = context(p, { buffers: built.buffers.slice(), stats: built.spec.statsCount });
        return softmaxCrossEntropy(net.forward(x, n, ctx).data, labels, built.spec.classes, n).loss;
      };
      const ctx = context(built.params.slice(), { buffers: built.buffers.slice(), stats: built.spec.statsCount });
      net.trainShard(x, labels, n, n, ctx);
      const picks = Array.from(seeded(40, 3, 0, built.params.length), Math.floor);
      let checked = 0;
      for (const i of picks) {
        const eps = 1e-2 * Math.max(0.1, Math.abs(built.params[i]!));
        const plus = built.params.slice(); plus[i]! += eps;
        const minus = built.params.slice(); minus[i]! -= eps;
        const num = (lossAt(plus) - lossAt(minus)) / (2 * eps);
        expect(Math.abs(num - ctx.grads[i]!), `${path} param ${i}: numeric ${num}, analytic ${ctx.grads[i]}`).toBeLessThanOrEqual(3e-3 + 3e-2 * Math.abs(num));
        checked++;
      }
      expect(checked).toBe(40);
    }
  });

  it('writeBack puts trained parameters and running statistics into the graph constants', () => {
    const g = loadQir('models/examples/cnn_bn.qir');
    const built = buildFloatNet(g);
    const params = built.params.map((v, i) => v + i);
    const out = writeBack(g, built, params, built.buffers.map(() => 2));
    const slot = built.paramSlots.get('conv2.w')!;
    expect(Array.from(out.constants.get('conv2.w')!.data as Float32Array)).toEqual(Array.from(params.subarray(slot.offset, slot.offset + slot.length)));
    expect(Array.from(out.constants.get('bn1.var')!.data as Float32Array)).toEqual(new Array(8).fill(2));
    expect(g.constants.get('conv2.w')!.data).not.toBe(out.constants.get('conv2.w')!.data);
  });
});
