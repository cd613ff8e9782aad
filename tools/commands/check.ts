// `accsim check net.qir`: validate a network and print its per-layer table (op, output shape, MACs, parameters).
import type { AccsimCommand } from './command.js';
import { loadModel } from '../load-model.js';
import { summarizeModel } from '../model-summary.js';
import { renderTable } from '../report/table.js';
import { formatCount, style } from '../report/style.js';
import { limitsFromFlags } from '../resource-flags.js';

export const checkCommand: AccsimCommand<{ model: string; json: boolean }> = {
  command: 'check <model>',
  describe: 'validate a .qir (or .onnx) network and print its layers, MACs and parameters',
  builder: (y) =>
    y.positional('model', { type: 'string', demandOption: true, describe: '.qir or .onnx file' })
      .option('json', { type: 'boolean', default: false, describe: 'print the summary as JSON' }),
  examples: [['$0 check models/fmnist_cnn.qir', 'validate the CNN and list its layers']],
  handler: (args) => {
    const summary = summarizeModel(loadModel(args.model, limitsFromFlags(args)));
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ file: args.model, ok: true, ...summary }, null, 2)}\n`);
      return;
    }
    const rows = summary.layers.map((l) => [l.name, l.op, `${l.outputDtype}[${l.outputShape.join(',')}]`, formatCount(l.macs), formatCount(l.params)]);
    rows.push([style.bold('total'), '', '', style.bold(formatCount(summary.totalMacs)), style.bold(formatCount(summary.totalParams))]);
    const inputs = summary.inputs.map((i) => `%${i.name}: ${i.dtype}[${i.shape.join(',')}]`).join(', ');
    process.stdout.write(`${style.good('ok')} ${args.model}: graph ${summary.graph}, ${summary.layers.length} nodes, input ${inputs}\n`);
    process.stdout.write(`${renderTable(['layer', 'op', 'output', 'MACs', 'params'], rows, ['left', 'left', 'left', 'right', 'right'])}\n`);
  },
};
