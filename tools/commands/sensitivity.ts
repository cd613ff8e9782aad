// `accsim sensitivity net.qir --calib DIR [--widths 8,4,2,1,pow2]`: per layer, the held-out effect of
// quantizing it alone at each width and of keeping it float while the rest is quantized (compiler/ptq/
// sensitivity.ts), as a table, JSON and an HTML chart.
import type { AccsimCommand } from './command.js';
import { loadModel } from '../load-model.js';
import { readInputFile } from '../load-model.js';
import { parseQuantConfig, presetConfig, PRESETS } from '../../compiler/quant/presets.js';
import { parseWidths } from '../../compiler/ptq/sensitivity.js';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { runSensitivity, sensitivityRows } from '../search/sensitivity-run.js';
import { renderSensitivityHtml } from '../report/mixed-precision-html.js';
import { renderTable } from '../report/table.js';
import { style } from '../report/style.js';

type SensitivityArgs = { model: string; calib: string; 'calib-limit'?: number; preset: string; config?: string; widths: string; json?: string; html?: string; jobs?: number };

export const sensitivityCommand: AccsimCommand<SensitivityArgs> = {
  command: 'sensitivity <model>',
  describe: 'per-layer sensitivity: each layer quantized alone at each width, and kept float while the rest is quantized (held-out calibration data)',
  builder: (y) =>
    y.positional('model', { type: 'string', demandOption: true, describe: 'float .qir or .onnx network' })
      .option('calib', { type: 'string', demandOption: true, describe: 'choice data: a data directory (calibration or training split) or a .npy batch; halved into calibration and held-out parts' })
      .option('calib-limit', { type: 'number', describe: 'use only the first N samples of --calib' })
      .option('preset', { type: 'string', default: 'w8a8', describe: `base configuration the other layers use: ${Object.keys(PRESETS).join(', ')}` })
      .option('config', { type: 'string', describe: 'base configuration as a JSON file (overrides --preset)' })
      .option('widths', { type: 'string', default: '8,4,2,1,pow2', describe: 'widths to try per layer: 8, pow2, pow2-4, 4, log, g32, g64, g128, 2, 1 (weights) and a4 (4-bit outputs)' })
      .option('json', { type: 'string', describe: 'write the analysis as JSON here' })
      .option('html', { type: 'string', describe: 'write the HTML chart here' })
      .option('jobs', { type: 'number', describe: 'worker threads (default one per core)' }),
  examples: [['$0 sensitivity models/fmnist_cnn.qir --calib models/data/fashion-mnist --widths 8,4,2,1,pow2,a4 --json sens.json --html sens.html', 'which layers can go to 4 bits?']],
  handler: async (args) => {
    const widths = parseWidths(args.widths);
    const graph = loadModel(args.model);
    const base = args.config === undefined ? presetConfig(args.preset) : parseQuantConfig(readInputFile(args.config, 'configuration').toString('utf8'), args.config);
    const report = await runSensitivity({ model: args.model, graph, base, choiceData: args.calib, ...(args['calib-limit'] !== undefined ? { calibLimit: args['calib-limit'] } : {}), widths, ...(args.jobs !== undefined ? { jobs: args.jobs } : {}) });
    if (args.json !== undefined) writeFileAtomic(args.json, `${JSON.stringify(report, null, 2)}\n`);
    if (args.html !== undefined) writeFileAtomic(args.html, renderSensitivityHtml(report));
    const { head, rows } = sensitivityRows(report);
    const acc = (a: number | undefined) => (a === undefined ? '' : `, ${a.toFixed(2)} %`);
    process.stdout.write(`${style.bold(args.model)}: ${report.choiceData}\n`);
    process.stdout.write(`${style.dim(`held-out ${report.lossKind}: float ${report.float.loss.toFixed(4)}${acc(report.float.accuracyPct)}; all quantized (${base.name}) ${report.quantized.loss.toFixed(4)}${acc(report.quantized.accuracyPct)}; ${report.seconds.toFixed(1)} s on ${report.threads} thread(s)`)}\n`);
    process.stdout.write(`${renderTable(head, rows)}\n`);
  },
};
