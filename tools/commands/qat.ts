// `accsim qat model.qir --preset w4a4 --data DIR -o model.q.qir`: quantization-aware training (docs/QAT.md).
import { basename, extname } from 'node:path';
import { existsSync, unlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { AccsimCommand } from './command.js';
import { loadModel } from '../load-model.js';
import { fail } from '../../core/diagnostics.js';
import { saveQir } from '../../compiler/qir/load.js';
import { makeTensor } from '../../compiler/ir/tensor.js';
import { defaultHoldout, loadTrainingData, splitHoldout } from '../../compiler/train/dataset.js';
import { initialState, stepsPerEpoch } from '../../compiler/train/trainer.js';
import { loadCheckpoint, runFingerprint, saveCheckpoint } from '../../compiler/train/checkpoint.js';
import { QAT_PRESETS, qatPreset } from '../../compiler/qat/qat-presets.js';
import { QAT_SHARDS, prepareQat, runQat } from '../../compiler/qat/run-qat.js';
import { evaluateNet } from '../../compiler/train/trainer.js';
import { FACTORIES } from '../../compiler/qat/qat-factories.js';
import { evaluate } from '../eval/evaluate.js';
import { startTrainProgress } from '../train-progress.js';
import { EXIT_INTERRUPTED } from '../sweep/signals.js';
import { style } from '../report/style.js';

type QatArgs = {
  model: string; preset: string; data: string; labels?: string; output: string; epochs?: number; batch?: number; lr?: number; seed: number;
  threads?: number; holdout?: number; limit?: number; 'calib-images': number; resume?: string; checkpoint?: string; json: boolean;
};

const positiveInt = (v: number | undefined, flag: string) => {
  if (v !== undefined && (!Number.isInteger(v) || v < 1)) fail('QAT011', `--${flag} must be a positive integer, got ${v}`);
};

export const qatCommand: AccsimCommand<QatArgs> = {
  command: 'qat <model>',
  describe: 'quantization-aware training: fine-tune a float .qir/.onnx with fake quantization → an integer .qir (+ sidecar)',
  builder: (y) =>
    y.positional('model', { type: 'string', demandOption: true, describe: 'float .qir or .onnx file' })
      .option('preset', { type: 'string', default: 'w4a4', describe: `QAT preset: ${Object.entries(QAT_PRESETS).map(([k, p]) => `${k} (${p.summary})`).join('; ')}` })
      .option('data', { type: 'string', demandOption: true, describe: 'training data: a folder with the IDX training split (train-images/labels-idx*-ubyte[.gz]) or images.npy + labels.npy, or an images .npy with --labels' })
      .option('labels', { type: 'string', describe: 'labels .npy when --data is an images .npy' })
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'quantized .qir to write (weights go next to it)' })
      .option('epochs', { type: 'number', describe: "epochs (default: the preset's recipe)" })
      .option('batch', { type: 'number', describe: "batch size (default: the preset's recipe)" })
      .option('lr', { type: 'number', describe: "initial learning rate of Adam's cosine schedule (default: the preset's recipe)" })
      .option('seed', { type: 'number', default: 1, describe: 'seed of the shuffling: the same seed gives a byte-identical output' })
      .option('threads', { type: 'number', describe: 'worker threads (default: one per core; the result does not depend on it)' })
      .option('holdout', { type: 'number', describe: 'held-out images at the end of the training data for the choice of epoch (default: 1/12, 5000 of 60,000)' })
      .option('limit', { type: 'number', describe: 'use only the first N training images' })
      .option('calib-images', { type: 'number', default: 1000, describe: 'training images the PTQ initialisation calibrates on' })
      .option('resume', { type: 'string', describe: 'continue an interrupted run from its checkpoint' })
      .option('checkpoint', { type: 'string', describe: 'checkpoint file (default: <output>.ckpt; written on Ctrl-C and after every epoch)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the result as JSON' }),
  examples: [
    ['$0 qat models/fmnist_cnn.qir --preset w4a4 --data /usr/share/datasets/fashion-mnist -o cnn.w4a4.qir', 'W4A4 fine-tune on the Fashion-MNIST training split'],
    ['$0 qat models/fmnist_cnn.qir --preset binary --data /usr/share/datasets/fashion-mnist -o cnn.bin.qir --resume cnn.bin.qir.ckpt', 'continue a run stopped with Ctrl-C'],
  ],
  handler: async (args) => {
    if (extname(args.output).toLowerCase() !== '.qir') fail('CLI012', `--output must end in .qir, got '${args.output}'`);
    for (const f of ['epochs', 'batch', 'threads', 'holdout', 'limit', 'calib-images'] as const) positiveInt(args[f], f);
    if (args.lr !== undefined && !(args.lr > 0)) fail('QAT011', `--lr must be > 0, got ${args.lr}`);
    const preset = qatPreset(args.preset);
    const recipe = { ...preset.recipe, ...(args.epochs ? { epochs: args.epochs } : {}), ...(args.batch ? { batch: args.batch } : {}), ...(args.lr ? { lr: args.lr } : {}) };
    const graph = loadModel(args.model);
    const data = loadTrainingData(args.data, args.labels, args.limit);
    const split = splitHoldout(data, args.holdout ?? defaultHoldout(data.count));
    if (split.train.count < QAT_SHARDS) fail('QAT011', `${split.train.count} training images are too few`);
    const calibCount = Math.min(args['calib-images'], split.train.count);
    const calib = makeTensor('f32', [calibCount, ...data.sample], split.train.images.slice(0, calibCount * (data.images.length / data.count)));
    const setup = prepareQat(graph, preset, calib);
    const fingerprint = runFingerprint({ net: setup.model.net.spec, init: Array.from(setup.model.net.params), preset: args.preset, recipe, seed: args.seed, data: [data.count, split.heldOut.count], labels: Array.from(data.labels) });
    const checkpoint = args.checkpoint ?? `${args.output}.ckpt`;
    const from = args.resume !== undefined ? loadCheckpoint(args.resume, fingerprint) : initialState(setup.model.net);
    const batch = Math.min(recipe.batch, Math.floor(split.train.count / QAT_SHARDS) * QAT_SHARDS);
    const steps = stepsPerEpoch(split.train.count, batch);
    const progress = startTrainProgress(`qat ${args.preset}`, recipe.epochs * steps * batch, (from.epoch * steps + from.step) * batch, batch);
    let stop = false;
    const onSigint = () => { stop = true; };
    process.on('SIGINT', onSigint);
    const started = performance.now();
    let result;
    try {
      result = await runQat(setup, split, {
        recipe, seed: args.seed, threads: args.threads ?? availableParallelism(), from,
        hooks: { onTick: (t) => progress.tick(t), shouldStop: () => stop, onEpoch: (s) => saveCheckpoint(checkpoint, s, fingerprint) },
      });
    } finally {
      progress.stop();
      process.off('SIGINT', onSigint);
    }
    if (result.stopped) {
      saveCheckpoint(checkpoint, result.state, fingerprint);
      process.stderr.write(`interrupted at epoch ${result.state.epoch + 1}, step ${result.state.step}: checkpoint written to ${checkpoint}; continue with --resume ${checkpoint}\n`);
      process.exitCode = EXIT_INTERRUPTED;
      return;
    }
    const out = result.graph!;
    out.name = basename(args.output, extname(args.output)).replace(/[^A-Za-z0-9_]/g, '_');
    out.weightsFile = `${basename(args.output, extname(args.output))}.safetensors`;
    saveQir(out, args.output);
    if (args.checkpoint === undefined && existsSync(checkpoint)) unlinkSync(checkpoint);
    const best = result.state.best!;
    const heldOutImages = makeTensor('f32', [split.heldOut.count, ...data.sample], split.heldOut.images);
    const ptqFake = evaluateNet(setup.model.net, FACTORIES, setup.model.net.params, setup.model.net.buffers, split.heldOut);
    const int = await evaluate({ name: 'qat', description: 'integer reference', graph: out, runner: 'int' }, heldOutImages, split.heldOut.labels, { threads: args.threads });
    const report = {
      model: args.model, output: args.output, preset: args.preset, recipe, seed: args.seed, trainImages: split.train.count, heldOutImages: split.heldOut.count,
      seconds: (performance.now() - started) / 1000, bestEpoch: best.epoch + 1, heldOutHistory: result.state.history,
      heldOut: { ptqFakeQuant: ptqFake, qatFakeQuant: best.accuracy, qatInteger: int.accuracyPct },
    };
    if (args.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${style.bold(args.model)} → ${args.output} (QAT ${args.preset}, ${recipe.epochs} epochs on ${split.train.count} images, ${report.seconds.toFixed(0)} s)\n`);
    process.stdout.write(`held-out (${split.heldOut.count} training images): PTQ init ${ptqFake.toFixed(2)}%, QAT fake-quant ${best.accuracy.toFixed(2)}% (epoch ${best.epoch + 1}), integer reference ${int.accuracyPct.toFixed(2)}%\n`);
  },
};
