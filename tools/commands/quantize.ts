// `accsim quantize net.qir --preset w8a8 -o net.q.qir`: post-training quantization to an integer graph.
import { basename, extname } from 'node:path';
import type { AccsimCommand } from './command.js';
import { requireWritableOutputs } from '../output-paths.js';
import { loadModel } from '../load-model.js';
import { quantizeModel } from '../../compiler/ptq/quantize-model.js';
import { PRESETS } from '../../compiler/quant/presets.js';
import { saveQir } from '../../compiler/qir/load.js';
import { fail } from '../../core/diagnostics.js';
import type { Graph } from '../../compiler/ir/graph.js';
import type { Tensor } from '../../compiler/ir/tensor.js';
import { type QuantFlags, quantizeOptions, withQuantFlags } from '../quantize-options.js';
import { renderTable } from '../report/table.js';
import { style } from '../report/style.js';
import { log } from '../logger.js';
import { requireIntegerFlag } from '../numeric-flags.js';
import { formatQuantReportRows, quantReport } from '../../compiler/ptq/quant-report.js';
import { presetConfig, quantConfigToJson } from '../../compiler/quant/presets.js';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { limitsFromFlags } from '../resource-flags.js';
import { autoQuantizeWithFlags, renderDecisions } from '../auto-quantize.js';
import { layerChoiceRows } from '../layer-choices.js';

type QuantizeArgs = QuantFlags & { model: string; preset: string; output: string; json: boolean; report: boolean; 'report-samples': number; 'save-config'?: string };

/** The white paper's debugging view on (up to `samples` of) the calibration data. */
function debugReport(graph: Graph, result: Pick<ReturnType<typeof quantizeModel>, 'graph' | 'report'>, calib: Tensor, samples: number) {
  const report = quantReport(graph, result.graph, calib, { floatPasses: result.report.floatPasses.map((s) => s.pass), maxSamples: samples });
  return { report, rows: formatQuantReportRows(report), samples: Math.min(samples, calib.type.shape[0]!) };
}

export const quantizeCommand: AccsimCommand<QuantizeArgs> = {
  command: 'quantize <model>',
  describe: 'post-training quantization: a float .qir/.onnx network → an integer .qir (+ sidecar)',
  builder: (y) =>
    withQuantFlags(
      y.positional('model', { type: 'string', demandOption: true, describe: 'float .qir or .onnx file' })
        .option('preset', { type: 'string', default: 'w8a8', describe: `quantization preset: ${Object.keys(PRESETS).join(', ')}` })
        .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'quantized .qir to write (weights go next to it)' })
        .option('json', { type: 'boolean', default: false, describe: 'print the quantization report as JSON' })
        .option('report', { type: 'boolean', default: false, describe: 'debugging view (white paper): per-layer weight/output SQNR vs float, ranges, clipping, weights-only vs activations-only' })
        .option('report-samples', { type: 'number', default: 100, describe: 'calibration samples the --report runs' })
        .option('save-config', { type: 'string', describe: 'with --auto: write the chosen configuration as a --config JSON file' }),
    ),
  examples: [
    ['$0 quantize models/fmnist_cnn.qir --preset w8a8 --calib models/data/fashion-mnist -o cnn.q.qir', 'INT8 with calibration'],
    ['$0 quantize models/fmnist_cnn.qir --preset w4a8 --config layers.json --calib models/data/fashion-mnist -o cnn.w4.qir', 'mixed precision from a JSON file'],
    ['$0 quantize models/fmnist_dwsep.qir --preset w4a8 --calib models/data/fashion-mnist --report -o dw.q.qir', 'where does the error come from? per-layer SQNR'],
    ['$0 quantize models/fmnist_cnn.qir --preset w8a8 --auto --calib models/data/fashion-mnist --report --save-config cnn.auto.json -o cnn.q.qir', 'AutoQuant: recipe and ranges chosen on held-out calibration data'],
  ],
  handler: (args) => {
    if (extname(args.output).toLowerCase() !== '.qir') fail('CLI012', `--output must end in .qir, got '${args.output}'`);
    if (args['save-config'] !== undefined && !args.auto) fail('CLI024', '--save-config writes the configuration AutoQuant chose: give --auto too');
    requireIntegerFlag('report-samples', args['report-samples'], 1);
    requireWritableOutputs([args.output]);
    const graph = loadModel(args.model, limitsFromFlags(args));
    const started = performance.now();
    const auto = args.auto ? autoQuantizeWithFlags(graph, args.preset, args) : undefined;
    const { options, calibNote, label } = auto
      ? { options: { config: auto.result.config, calib: auto.result.calib }, calibNote: auto.calibNote, label: `${args.preset}+auto (${auto.result.config.name})` }
      : quantizeOptions(args.preset, args, undefined, graph.inputs[0]!.type.shape.slice(1));
    if (args.report && options.calib === undefined) fail('CLI015', '--report compares with float on calibration data: give --calib DIR|file.npy');
    const result = auto?.result ?? quantizeModel(graph, options);
    log().info({ ms: Math.round(performance.now() - started) }, 'quantized');
    if (auto && args['save-config'] !== undefined) writeFileAtomic(args['save-config'], `${JSON.stringify(quantConfigToJson(auto.result.config), null, 2)}\n`);
    const out = result.graph;
    out.name = basename(args.output, extname(args.output)).replace(/[^A-Za-z0-9_]/g, '_');
    out.weightsFile = `${basename(args.output, extname(args.output))}.safetensors`;
    saveQir(out, args.output);
    const debug = args.report ? debugReport(graph, result, options.calib!, args['report-samples']) : undefined;
    if (args.json) {
      const autoJson = auto ? { autoQuant: { decisions: auto.result.decisions, score: auto.result.score, floatScore: auto.result.floatScore, config: quantConfigToJson(auto.result.config) } } : {};
      process.stdout.write(`${JSON.stringify({ model: args.model, output: args.output, calibration: calibNote, report: result.report, ...autoJson, ...(debug ? { debug: debug.report } : {}) }, null, 2)}\n`);
      return;
    }
    const rows = result.report.layers.map((l) => [l.name, l.op, l.weightDtype ?? '', l.outDtype, l.scale.toPrecision(4), String(l.zero), `[${l.qmin},${l.qmax}]`]);
    process.stdout.write(`${style.bold(args.model)} → ${args.output} (${label}); ${calibNote}\n`);
    process.stdout.write(`${renderTable(['layer', 'op', 'weights', 'output', 'out scale', 'zero', 'clamp'], rows, ['left', 'left', 'left', 'left', 'right', 'right', 'left'])}\n`);
    const passes = [...result.report.floatPasses, ...result.report.quantPasses].map((p) => p.pass).join(' → ');
    process.stdout.write(`${style.dim(`pipeline: ${passes}`)}\n`);
    for (const note of result.report.notes) process.stdout.write(`${style.dim(`note: ${note}`)}\n`);
    for (const layer of result.report.biasSaturated) process.stdout.write(`${style.warn('warning')}: int32 bias saturated in ${layer}\n`);
    if (args.report) {
      process.stdout.write(`${style.head('per-layer choices')}\n${renderTable(['layer', 'weights', 'activation', 'chosen by'], layerChoiceRows(graph, options.config ?? presetConfig(args.preset), auto?.result.decisions))}\n`);
      if (auto) process.stdout.write(`${renderDecisions(auto.result)}\n`);
    }
    if (debug) {
      const [head, ...rows] = debug.rows;
      process.stdout.write(`${style.head('debugging report')} (${debug.samples} calibration samples; SQNR in dB against float, higher is better)\n`);
      process.stdout.write(`${renderTable(head!, rows)}\n`);
    }
  },
};
