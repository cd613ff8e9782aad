// `accsim opt --passes fold-batchnorm,fuse-activations net.qir`: run named passes and print the result (the mlir-opt model).
import type { AccsimCommand } from './command.js';
import { requireWritableOutputs } from '../output-paths.js';
import { loadModel } from '../load-model.js';
import { listPasses, runPipeline } from '../../compiler/passes/index.js';
import { printQir } from '../../compiler/qir/printer.js';
import { saveQir } from '../../compiler/qir/load.js';
import { fail } from '../../core/diagnostics.js';
import { limitsFromFlags } from '../resource-flags.js';

type OptArgs = { model: string; passes: string; output?: string; stats: boolean };

export const optCommand: AccsimCommand<OptArgs> = {
  command: 'opt <model>',
  describe: 'run named compiler passes on a network and print (or write) the result',
  builder: (y) =>
    y.positional('model', { type: 'string', demandOption: true, describe: '.qir or .onnx file' })
      .option('passes', { type: 'string', demandOption: true, describe: `comma-separated pipeline: ${listPasses().map((p) => p.name).join(', ')}` })
      .option('output', { alias: 'o', type: 'string', describe: 'write the result as .qir (+ sidecar) instead of printing it' })
      .option('stats', { type: 'boolean', default: false, describe: 'print each pass statistics to stderr' }),
  examples: [['$0 opt --passes fold-batchnorm,fuse-activations models/fmnist_cnn.qir', 'see the graph after folding and fusion']],
  handler: (args) => {
    const names = args.passes.split(',').map((s) => s.trim()).filter(Boolean);
    if (names.length === 0) fail('CLI030', '--passes needs at least one pass name');
    requireWritableOutputs([args.output]);
    const result = runPipeline(loadModel(args.model, limitsFromFlags(args)), names);
    if (args.stats) for (const step of result.steps) process.stderr.write(`${step.pass}: ${JSON.stringify(step.stats)}\n`);
    if (args.output !== undefined) saveQir(result.graph, args.output);
    else process.stdout.write(printQir(result.graph));
  },
};
