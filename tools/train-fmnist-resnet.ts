// Trains models/fmnist_resnet.qir (+ .safetensors), the residual Fashion-MNIST network of the model zoo,
// in float with accsim's own training engine: BatchNorm in train mode (kept as its own node), Adam with a
// one-cycle schedule as the reference models were trained (models/reference/RESULTS.md), the epoch chosen
// on the held-out slice of the training split (the last 5000 images); the test split is only evaluated for
// the report, after the choice.
//
//   npm run build && node dist/tools/train-fmnist-resnet.js [--data /usr/share/datasets/fashion-mnist] [--epochs 8] [--out models] [--limit N]
//
// Architecture (ResNet-style, 1×28×28 → 10): stem conv 3×3 1→16 + BN + ReLU, 2×2 max pool (14×14);
// block 1 (identity shortcut): [conv 3×3 16→16, BN, ReLU, conv 3×3 16→16, BN] + x, ReLU; block 2 (stride 2,
// 1×1 conv + BN projection): [conv 3×3 s2 16→32, BN, ReLU, conv 3×3 32→32, BN] + proj(x), ReLU (7×7);
// block 3 (identity) at 32 channels; global average pool, flatten, dense 32→10.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type AttrValue, type Graph, emptyGraph } from '../compiler/ir/graph.js';
import { graphInCode } from '../compiler/ir/graph-in-code.js';
import { inferTypes } from '../compiler/ir/verify.js';
import { saveQir } from '../compiler/qir/load.js';
import { mulberry32 } from '../core/seeded-random.js';
import { defaultHoldout, loadTrainingData, splitHoldout } from '../compiler/train/dataset.js';
import { buildFloatNet, writeBack } from '../compiler/train/net-builder.js';
import { FACTORIES } from '../compiler/train/layers.js';
import { ADAM } from '../compiler/train/optimizer.js';
import { evaluateNet, initialState, train } from '../compiler/train/trainer.js';
import { loadFashionMnist } from '../compiler/data/fashion-mnist.js';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};

/** The untrained graph: He-normal convolution and dense weights from a seeded stream, BN γ = 1, β = 0. */
export function resnetGraph(seed = 0): Graph {
  const g = emptyGraph('fmnist_resnet');
  const rand = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  g.inputs.push({ name: 'input', type: { dtype: 'f32', shape: [1, 1, 28, 28] } });
  const { constant, op } = graphInCode(g);
  const convBn = (name: string, x: string, cin: number, cout: number, k: number, stride: number): string => {
    const std = Math.sqrt(2 / (cin * k * k));
    const attrs: Record<string, AttrValue> = { ...(stride > 1 ? { stride: [stride, stride] } : {}), ...(k === 3 ? { pad: [1, 1, 1, 1] } : {}) };
    op(`${name}/Conv`, 'conv2d', [x, constant(`${name}.weight`, [cout, cin, k, k], () => normal() * std), constant(`${name}.bias`, [cout], () => 0)], attrs);
    return op(`${name}/BatchNormalization`, 'batchnorm', [`${name}/Conv`, constant(`${name}.bn.weight`, [cout], () => 1), constant(`${name}.bn.bias`, [cout], () => 0),
      constant(`${name}.bn.running_mean`, [cout], () => 0), constant(`${name}.bn.running_var`, [cout], () => 1)]);
  };
  const block = (name: string, x: string, cin: number, cout: number, stride: number): string => {
    const a = op(`${name}.relu1/Relu`, 'relu', [convBn(`${name}.conv1`, x, cin, cout, 3, stride)]);
    const b = convBn(`${name}.conv2`, a, cout, cout, 3, 1);
    const shortcut = stride === 1 && cin === cout ? x : convBn(`${name}.proj`, x, cin, cout, 1, stride);
    return op(`${name}.relu2/Relu`, 'relu', [op(`${name}.add/Add`, 'add', [b, shortcut])]);
  };
  const stem = op('stem.relu/Relu', 'relu', [convBn('stem', 'input', 1, 16, 3, 1)]);
  let x = op('pool/MaxPool', 'maxpool', [stem], { kernel: [2, 2], stride: [2, 2] });
  x = block('layer1', x, 16, 16, 1);
  x = block('layer2', x, 16, 32, 2);
  x = block('layer3', x, 32, 32, 1);
  const flat = op('flatten/Flatten', 'flatten', [op('gap/GlobalAveragePool', 'global_avgpool', [x])]);
  const std = Math.sqrt(1 / 32);
  op('logits', 'dense', [flat, constant('fc.weight', [10, 32], () => normal() * std), constant('fc.bias', [10], () => 0)]);
  g.outputs = ['logits'];
  inferTypes(g);
  return g;
}

async function main(): Promise<void> {
  const epochs = Number(arg('epochs', '8'));
  const limit = arg('limit', '');
  const data = loadTrainingData(arg('data', '/usr/share/datasets/fashion-mnist'), undefined, limit === '' ? undefined : Number(limit));
  const split = splitHoldout(data, defaultHoldout(data.count));
  const graph = resnetGraph(0);
  const net = buildFloatNet(graph);
  const started = performance.now();
  const { state } = await train({
    net, ...split, factories: FACTORIES, factoriesUrl: new URL('../compiler/train/layers.js', import.meta.url).href, threads: availableParallelism(),
    config: { epochs, batch: 128, shards: 2, optimizer: ADAM, schedule: { kind: 'one-cycle', lr: 2e-3, warmup: 0.15 }, seed: 0 },
  }, initialState(net), {
    onTick: (t) => { if (t.phase === 'epoch') process.stderr.write(`epoch ${t.epoch + 1}/${t.epochs}: train loss ${t.loss.toFixed(4)}, held-out ${t.heldOutAccuracy!.toFixed(2)}% (${((performance.now() - started) / 1000).toFixed(0)} s)\n`); },
  });
  const best = state.best!;
  const trained = writeBack(graph, net, best.params, best.buffers);
  trained.weightsFile = 'fmnist_resnet.safetensors';
  saveQir(trained, join(arg('out', 'models'), 'fmnist_resnet.qir'));
  const test = loadFashionMnist('models/data/fashion-mnist', 'test');
  const testSet = { images: test.images.data as Float32Array, labels: test.labels, count: test.count, sample: [1, 28, 28], source: 'test' };
  const testAcc = evaluateNet(net, FACTORIES, best.params, best.buffers, testSet);
  process.stdout.write(`fmnist_resnet: best epoch ${best.epoch + 1} of ${epochs} (held-out ${best.accuracy.toFixed(2)}%, history ${state.history.map((h) => h.toFixed(2)).join(' ')}); FP32 on the 10k test split ${testAcc.toFixed(2)}%; ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

if (process.argv[1]?.endsWith('train-fmnist-resnet.js')) await main();
