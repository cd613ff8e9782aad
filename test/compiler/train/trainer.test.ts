import { describe, expect, it } from 'vitest';
import { loadQir } from '../../../compiler/qir/load.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { loadFashionMnist } from '../../../compiler/data/fashion-mnist.js';
import { buildFloatNet } from '../../../compiler/train/net-builder.js';
import { FACTORIES } from '../../../compiler/train/layers.js';
import { type LabelledData, splitHoldout } from '../../../compiler/train/dataset.js';
import { type TrainJob, epochOrder, evaluateNet, initialState, train } from '../../../compiler/train/trainer.js';
import { ADAM, SGD_MOMENTUM } from '../../../compiler/train/optimizer.js';

/** 300 images of the shipped calibration split (the first training images; never the test split). */
function data(): { train: LabelledData; heldOut: LabelledData } {
  const d = loadFashionMnist('models/data/fashion-mnist', 'calib', 300);
  return splitHoldout({ images: d.images.data as Float32Array, labels: d.labels, count: d.count, sample: [1, 28, 28], source: 'calib' }, 60);
}

function job(path: string, epochs: number, optimizer = ADAM, lr = 3e-3): TrainJob {
  const net = buildFloatNet(runPipeline(loadQir(path), ['matmul-to-dense', 'fold-constant-affine']).graph);
  return {
    net, ...data(), config: { epochs, batch: 32, shards: 2, optimizer, schedule: { kind: 'one-cycle', lr, warmup: 0.2 }, seed: 7 },
    factories: FACTORIES, factoriesUrl: '', threads: 0,
  };
}

const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('trainer', () => {
  it('epochOrder is a seeded permutation that changes with the epoch', () => {
    const a = epochOrder(100, 3, 0);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(Array.from(epochOrder(100, 3, 0))).toEqual(Array.from(a));
    expect(Array.from(epochOrder(100, 3, 1))).not.toEqual(Array.from(a));
  });

  it('learns: the held-out accuracy of an untrained network rises well above chance', async () => {
    const j = job('models/examples/mlp.qir', 4, ADAM, 1e-2);
    const before = evaluateNet(j.net, FACTORIES, j.net.params, j.net.buffers, j.heldOut);
    const { state } = await train(j, initialState(j.net));
    expect(state.history).toHaveLength(4);
    expect(state.best!.accuracy).toBe(Math.max(...state.history));
    expect(state.best!.accuracy).toBeGreaterThan(Math.max(45, before + 20));
  });

  it('a fixed seed gives byte-identical parameters; a stopped and resumed run equals an uninterrupted one', async () => {
    // cnn_bn: batchnorm running statistics are part of the state that must resume exactly.
    const j = job('models/examples/cnn_bn.qir', 2, SGD_MOMENTUM);
    const full = await train(j, initialState(j.net));
    const again = await train(j, initialState(j.net));
    expect(bytes(again.state.params)).toEqual(bytes(full.state.params));
    expect(bytes(again.state.buffers)).toEqual(bytes(full.state.buffers));
    let steps = 0;
    const part = await train(j, initialState(j.net), { shouldStop: () => ++steps === 5 });
    expect(part.stopped).toBe(true);
    expect([part.state.epoch, part.state.step]).toEqual([0, 5]);
    const rest = await train(j, part.state);
    expect(rest.stopped).toBe(false);
    expect(bytes(rest.state.params)).toEqual(bytes(full.state.params));
    expect(bytes(rest.state.best!.params)).toEqual(bytes(full.state.best!.params));
    expect(rest.state.history).toEqual(full.state.history);
  });
});
