// Regenerates the QAT results of docs/QAT.md and the models in models/qat/: for every model × preset,
// `accsim qat`'s pipeline with the preset's recipe on the Fashion-MNIST training split (the epoch chosen
// on its last 5000 images), then top-1 on the 10k test split from the integer reference (the acceptance
// number) and from the fake-quant network (the gap between the two is the export's), next to FP32 and
// the PTQ initialisation. A finished pair is reused from models/qat/<model>.<preset>.json unless --retrain.
//
//   npm run build && node dist/tools/qat-table.js [--models fmnist_cnn,...] [--presets w4a4,...] [--retrain] [--threads N] [--data DIR]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { loadQir, saveQir } from '../compiler/qir/load.js';
import { loadFashionMnist } from '../compiler/data/fashion-mnist.js';
import { makeTensor } from '../compiler/ir/tensor.js';
import { writeFileAtomic } from '../compiler/io/atomic-write.js';
import { defaultHoldout, loadTrainingData, splitHoldout } from '../compiler/train/dataset.js';
import { evaluateNet } from '../compiler/train/trainer.js';
import { FACTORIES } from '../compiler/qat/qat-factories.js';
import { qatPreset } from '../compiler/qat/qat-presets.js';
import { prepareQat, runQat } from '../compiler/qat/run-qat.js';
import { evaluate } from './eval/evaluate.js';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const MODELS = arg('models', 'fmnist_mlp,fmnist_cnn,fmnist_dwsep,fmnist_resnet').split(',');
const PRESETS = arg('presets', 'w4a8,w4a4,binary').split(',');
const THREADS = Number(arg('threads', String(availableParallelism())));
const OUT = 'models/qat';

/** What one training run leaves behind (models/qat/<model>.<preset>.json). */
interface RunRecord {
  model: string;
  preset: string;
  recipe: object;
  seconds: number;
  cpuSeconds: number;
  bestEpoch: number;
  heldOut: { ptqInit: number; fakeQuant: number; history: number[] };
  test: { ptqInit: number; fakeQuant: number };
}

const testData = loadFashionMnist('models/data/fashion-mnist', 'test');
const test = { images: testData.images.data as Float32Array, labels: testData.labels, count: testData.count, sample: [1, 28, 28], source: 'test' };
let training: ReturnType<typeof splitHoldout> | undefined;

async function intAccuracy(graph: Parameters<typeof evaluate>[0]['graph']): Promise<number> {
  return (await evaluate({ name: 'int', description: '', graph, runner: 'int' }, testData.images, testData.labels, { threads: THREADS })).accuracyPct;
}

/** Trains one pair (the CLI's pipeline, seed 1) and writes its model and record. */
async function train(model: string, presetName: string): Promise<RunRecord> {
  training ??= (() => {
    const data = loadTrainingData(arg('data', '/usr/share/datasets/fashion-mnist'));
    return splitHoldout(data, defaultHoldout(data.count));
  })();
  const preset = qatPreset(presetName);
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const calib = makeTensor('f32', [1000, 1, 28, 28], training.train.images.slice(0, 1000 * 784));
  const setup = prepareQat(loadQir(`models/${model}.qir`), preset, calib);
  const r = await runQat(setup, training, {
    recipe: preset.recipe, seed: 1, threads: THREADS,
    hooks: { onTick: (t) => { if (t.phase === 'epoch') process.stderr.write(`${model} ${presetName}: epoch ${t.epoch + 1}/${t.epochs} held-out ${t.heldOutAccuracy!.toFixed(2)}%\n`); } },
  });
  const cpu = process.cpuUsage(cpu0);
  const seconds = (performance.now() - started) / 1000;
  const q = r.graph!;
  q.name = `${model}_${presetName}`;
  q.weightsFile = `${model}.${presetName}.q.safetensors`;
  saveQir(q, `${OUT}/${model}.${presetName}.q.qir`);
  const net = setup.model.net;
  const best = r.state.best!;
  const record: RunRecord = {
    model, preset: presetName, recipe: preset.recipe, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, bestEpoch: best.epoch + 1,
    heldOut: { ptqInit: evaluateNet(net, FACTORIES, net.params, net.buffers, training.heldOut), fakeQuant: best.accuracy, history: r.state.history },
    test: { ptqInit: await intAccuracy(setup.ptq), fakeQuant: evaluateNet(net, FACTORIES, best.params, best.buffers, test) },
  };
  writeFileAtomic(`${OUT}/${model}.${presetName}.json`, `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

mkdirSync(OUT, { recursive: true });
const rows: string[] = [];
for (const model of MODELS) {
  const fp32 = (await evaluate({ name: 'fp32', description: '', graph: loadQir(`models/${model}.qir`), runner: 'float' }, testData.images, testData.labels, { threads: THREADS })).accuracyPct;
  for (const preset of PRESETS) {
    const json = `${OUT}/${model}.${preset}.json`;
    const record = !process.argv.includes('--retrain') && existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as RunRecord) : await train(model, preset);
    const integer = await intAccuracy(loadQir(`${OUT}/${model}.${preset}.q.qir`));
    const cells = [model, preset, fp32.toFixed(2), record.test.ptqInit.toFixed(2), record.test.fakeQuant.toFixed(2), integer.toFixed(2), (integer - record.test.fakeQuant).toFixed(2),
      (integer - fp32).toFixed(2), `${record.heldOut.fakeQuant.toFixed(2)} (epoch ${record.bestEpoch})`, `${(record.seconds / 60).toFixed(1)} / ${(record.cpuSeconds / 60).toFixed(1)}`];
    rows.push(`| ${cells.join(' | ')} |`);
    process.stderr.write(`${rows.at(-1)}\n`);
  }
}
const table = [
  '| model | preset | FP32 | PTQ init (int) | QAT fake-quant | QAT integer | integer − fake-quant | integer − FP32 | held-out fake-quant (best epoch) | minutes wall / CPU |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');
process.stdout.write(`${table}\n`);
