// `accsim eval net.qir --data DIR`: top-1 accuracy and throughput on Fashion-MNIST, one row per configuration.
import type { AccsimCommand } from './command.js';
import { loadModel } from '../load-model.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';
import type { Graph } from '../../compiler/ir/graph.js';
import { fail } from '../../compiler/diagnostics.js';
import { evaluate, type EvalConfig, type EvalResult } from '../eval/evaluate.js';
import { startProgress } from '../progress.js';
import { renderTable } from '../report/table.js';
import { style } from '../report/style.js';

const DEFAULT_DATA = 'models/data/fashion-mnist';

/** The float reference as an evaluation configuration. */
function floatConfig(graph: Graph): EvalConfig {
  return { name: 'fp32', description: 'float reference', graph, runner: 'float' };
}

/** Builds the configurations named on the command line (fp32 today; quantized presets plug in here). */
function buildConfigs(graph: Graph, names: string[]): EvalConfig[] {
  return names.map((name) => {
    if (name === 'fp32') return floatConfig(graph);
    return fail('CLI010', `unknown configuration '${name}' for eval; available: fp32`);
  });
}

export const evalCommand: AccsimCommand<{ model: string; data: string; split: 'test' | 'calib'; limit?: number; preset: string; threads?: number; json: boolean }> = {
  command: 'eval <model>',
  describe: 'top-1 accuracy and throughput on a labelled data set (Fashion-MNIST test split)',
  builder: (y) =>
    y.positional('model', { type: 'string', demandOption: true, describe: '.qir or .onnx file' })
      .option('data', { type: 'string', default: DEFAULT_DATA, describe: 'directory with the IDX files' })
      .option('split', { choices: ['test', 'calib'] as const, default: 'test' as const, describe: 'which split to evaluate' })
      .option('limit', { type: 'number', describe: 'evaluate only the first N images' })
      .option('preset', { type: 'string', default: 'fp32', describe: 'comma-separated configurations, one row each' })
      .option('threads', { type: 'number', describe: 'worker threads (default: one per core)' })
      .option('json', { type: 'boolean', default: false, describe: 'print results as JSON' }),
  examples: [['$0 eval models/fmnist_cnn.qir --limit 1000', 'accuracy of the float CNN on 1000 test images']],
  handler: async (args) => {
    if (args.limit !== undefined && (!Number.isInteger(args.limit) || args.limit < 1)) fail('CLI011', `--limit must be a positive integer, got ${args.limit}`);
    const graph = loadModel(args.model);
    const configs = buildConfigs(graph, args.preset.split(',').map((s) => s.trim()).filter(Boolean));
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
      process.stdout.write(`${JSON.stringify({ model: args.model, data: args.data, split: args.split, images: data.count, results }, null, 2)}\n`);
      return;
    }
    const rows = results.map((r) => [r.config, r.description, `${r.accuracyPct.toFixed(2)}%`, `${r.correct}/${r.images}`, r.imagesPerSecond.toFixed(0)]);
    process.stdout.write(`${style.bold(args.model)} on ${data.count} ${args.split} images from ${args.data}\n`);
    process.stdout.write(`${renderTable(['config', 'what', 'top-1', 'correct', 'images/s'], rows, ['left', 'left', 'right', 'right', 'right'])}\n`);
  },
};
