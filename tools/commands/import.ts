// `accsim import model.onnx -o net.qir`: convert an ONNX model to QIR text plus its .safetensors sidecar.
import { basename, extname } from 'node:path';
import type { AccsimCommand } from './command.js';
import { requireWritableOutputs } from '../output-paths.js';
import { readInputFile } from '../load-model.js';
import { importOnnxWithNotes } from '../../compiler/import/onnx/to-graph.js';
import { saveQir } from '../../compiler/qir/load.js';
import { summarizeModel } from '../model-summary.js';
import { fail } from '../../core/diagnostics.js';
import { formatCount } from '../report/style.js';
import { limitsFromFlags } from '../resource-flags.js';
import { requireGraphWithinLimits } from '../../compiler/ir/resource-use.js';

export const importCommand: AccsimCommand<{ model: string; output: string; name?: string }> = {
  command: 'import <model>',
  describe: 'import an ONNX model as .qir + .safetensors (written atomically)',
  builder: (y) =>
    y.positional('model', { type: 'string', demandOption: true, describe: '.onnx file' })
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'the .qir file to write (weights go next to it)' })
      .option('name', { type: 'string', describe: 'graph name (default: the output file name)' }),
  examples: [['$0 import fmnist_cnn.onnx -o models/fmnist_cnn.qir', 'import a trained model']],
  handler: (args) => {
    if (extname(args.output).toLowerCase() !== '.qir') fail('CLI012', `--output must end in .qir, got '${args.output}'`);
    requireWritableOutputs([args.output]);
    const name = args.name ?? basename(args.output, extname(args.output));
    const { graph, notes } = importOnnxWithNotes(new Uint8Array(readInputFile(args.model, 'ONNX model')), { file: args.model, name });
    requireGraphWithinLimits(graph, limitsFromFlags(args), args.model);
    graph.weightsFile = `${name}.safetensors`;
    saveQir(graph, args.output);
    const s = summarizeModel(graph);
    process.stdout.write(`wrote ${args.output} and ${graph.weightsFile}: ${s.layers.length} nodes, ${formatCount(s.totalParams)} parameters, ${formatCount(s.totalMacs)} MACs\n`);
    for (const note of notes) process.stdout.write(`note: ${note}\n`);
  },
};
