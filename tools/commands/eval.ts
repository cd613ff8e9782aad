// `accsim eval net.qir --data DIR`: top-1 accuracy and throughput on Fashion-MNIST, one row per configuration.
import type { AccsimCommand } from './command.js';
import { loadModel } from '../load-model.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';
import type { Graph } from '../../compiler/ir/graph.js';
import { fail } from '../../core/diagnostics.js';
import { PRESETS } from '../../compiler/quant/presets.js';
import { quantizeModel } from '../../compiler/ptq/quantize-model.js';
import { type QuantFlags, quantizeOptions, withQuantFlags } from '../quantize-options.js';
import { isQuantized } from '../model-kind.js';
import { evaluate, type EvalConfig, type EvalResult } from '../eval/evaluate.js';
import { startProgress } from '../progress.js';
import { renderTable } from '../report/table.js';
import { style } from '../report/style.js';
import { requireIntegerFlag } from '../numeric-flags.js';

const DEFAULT_DATA = 'models/data/fashion-mnist';

type EvalArgs = QuantFlags & { model: string; data: string; split: 'test' | 'calib'; limit?: number; preset?: string; threads?: number; json: boolean };

/**
 * One configuration per name: `fp32` is the float reference; a preset quantizes the float model
 * (calibrated on --calib, by default the data directory's calibration split) and runs the integer
 * reference. An already quantized model is evaluated as it is.
 */
function buildConfigs(graph: Graph, args: EvalArgs, notes: Set<string>): EvalConfig[] {
  if (isQuantized(graph)) {
    if (args.preset !== undefined) fail('CLI014', `${args.model} is already quantized; --preset applies to float models`);
    return [{ name: 'model', description: 'integer reference (quantized model as given)', graph, runner: 'int' }];
  }
  const names = (args.preset ?? 'fp32').split(',').map((s) => s.trim()).filter(Boolean);
  return names.map((name): EvalConfig => {
    if (name === 'fp32') return { name, description: 'float reference', graph, runner: 'float' };
    if (!(name in PRESETS)) fail('CLI010', `unknown configuration '${name}'; available: fp32, ${Object.keys(PRESETS).join(', ')}`);
    const { options, calibNote } = quantizeOptions(name, { ...args, calib: args.calib ?? args.data });
    notes.add(`quantized presets: ${calibNote}`);
    return { name, description: `integer reference (${PRESETS[name]!.name})`, graph: quantizeModel(graph, options).graph, runner: 'int' };
  });
}

export const evalCommand: AccsimCommand<EvalArgs> = {
  command: 'eval <model>',
  describe: 'top-1 accuracy and throughput on a labelled data set (Fashion-MNIST test split)',
  builder: (y) =>
    withQuantFlags(y.positional('model', { type: 'string', demandOption: true, describe: '.qir or .onnx file' }))
      .option('data', { type: 'string', default: DEFAULT_DATA, describe: 'directory with the IDX files' })
      .option('split', { choices: ['test', 'calib'] as const, default: 'test' as const, describe: 'which split to evaluate' })
      .option('limit', { type: 'number', describe: 'evaluate only the first N images' })
      .option('preset', { type: 'string', describe: `comma-separated configurations, one row each: fp32 and presets (${Object.keys(PRESETS).join(', ')}); default fp32` })
      .option('threads', { type: 'number', describe: 'worker threads (default: one per core)' })
      .option('json', { type: 'boolean', default: false, describe: 'print results as JSON' }),
  examples: [
    ['$0 eval models/fmnist_cnn.qir --limit 1000', 'accuracy of the float CNN on 1000 test images'],
    ['$0 eval models/fmnist_cnn.qir --preset fp32,w8a8,w4a8', 'float and two quantized configurations, one row each'],
  ],
  handler: async (args) => {
    if (args.limit !== undefined && (!Number.isInteger(args.limit) || args.limit < 1)) fail('CLI011', `--limit must be a positive integer, got ${args.limit}`);
    requireIntegerFlag('threads', args.threads, 1);
    const graph = loadModel(args.model);
    const notes = new Set<string>();
    const configs = buildConfigs(graph, args, notes);
    const data = loadFashionMnist(args.data, args.split, args.limit);
    const results: EvalResult[] = [];
    for (const config of configs) {
      const progress = startProgress(config.name, data.count);
      try {
        results.push(await evaluate(config, data.images, data.labels, { threads: args.threads, progress }));
      } finally {
        progress.stop();
      }
    }
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ model: args.model, data: args.data, split: args.split, images: data.count, notes: [...notes], results }, null, 2)}\n`);
      return;
    }
    const rows = results.map((r) => [r.config, r.description, `${r.accuracyPct.toFixed(2)}%`, `${r.correct}/${r.images}`, r.imagesPerSecond.toFixed(0)]);
    process.stdout.write(`${style.bold(args.model)} on ${data.count} ${args.split} images from ${args.data}\n`);
    for (const note of notes) process.stdout.write(`${style.dim(note)}\n`);
    process.stdout.write(`${renderTable(['config', 'what', 'top-1', 'correct', 'images/s'], rows, ['left', 'left', 'right', 'right', 'right'])}\n`);
  },
};
