// `accsim run --array 16x16 net.qir`: quantize, compile, simulate and compare with the references in one command.
import { basename } from 'node:path';
import type { AccsimCommand } from './command.js';
import { loadModel } from '../load-model.js';
import { isQuantized } from '../model-kind.js';
import { type HwFlags, hwConfigFromFlags, withHwFlags } from '../hw-options.js';
import { type QuantFlags, quantizeOptions, withQuantFlags } from '../quantize-options.js';
import { quantizeModel } from '../../compiler/ptq/quantize-model.js';
import { PRESETS } from '../../compiler/quant/presets.js';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { HOROWITZ_45NM } from '../../simulator/energy/horowitz-45nm.js';
import { chooseRunInputs } from '../pipeline/run-inputs.js';
import { runDesignPoint } from '../pipeline/evaluate-design-point.js';
import { energyTableFromFlag } from '../input-files.js';
import { renderRunReport, runReportJson } from '../report/run-report.js';
import { log } from '../logger.js';
import { requireIntegerFlag } from '../numeric-flags.js';

type RunArgs = HwFlags & QuantFlags & {
  model: string; preset: string; input?: string; data?: string; batch: number; seed: number;
  json?: string; trace?: string; energy?: string;
};

export const runCommand: AccsimCommand<RunArgs> = {
  command: 'run <model>',
  describe: 'quantize, compile, simulate and compare with the float and integer references: the full report for one design point',
  builder: (y) =>
    withQuantFlags(withHwFlags(y.positional('model', { type: 'string', demandOption: true, describe: '.qir or .onnx network (float, or already quantized)' })))
      .option('preset', { type: 'string', default: 'w8a8', describe: `quantization preset: ${Object.keys(PRESETS).join(', ')}` })
      .option('input', { alias: 'i', type: 'string', describe: 'float32 .npy batch [N, ...] (default: the bundled data set, else a seeded sample)' })
      .option('data', { type: 'string', describe: 'labelled data directory (Fashion-MNIST IDX) for inputs, accuracy and calibration' })
      .option('batch', { type: 'number', default: 16, describe: 'samples to simulate when no --input is given' })
      .option('seed', { type: 'number', default: 1, describe: 'seed of the random sample (when no data set applies)' })
      .option('json', { type: 'string', describe: 'write the whole report as JSON here' })
      .option('trace', { type: 'string', describe: 'write a Chrome/Perfetto trace of the first sample here (open in ui.perfetto.dev)' })
      .option('energy', { type: 'string', describe: 'energy table JSON overriding the Horowitz 45 nm costs' }),
  examples: [
    ['$0 run --array 16x16 models/fmnist_cnn.qir', 'one design point with the default INT8 preset'],
    ['$0 run --array 32x32 --preset w4a8 --dataflow os models/fmnist_dwsep.qir --trace trace.json', 'INT4 weights, output-stationary, with a trace'],
  ],
  exitCodes: [[1, 'the simulator differed from the integer reference (not bit-exact)']],
  handler: async (args) => {
    requireIntegerFlag('batch', args.batch, 1);
    requireIntegerFlag('seed', args.seed, 0, 2 ** 32 - 1);
    const started = performance.now();
    const graph = loadModel(args.model);
    const hw = hwConfigFromFlags(args);
    const inputs = chooseRunInputs(graph, { ...(args.input ? { input: args.input } : {}), ...(args.data ? { data: args.data } : {}), count: args.batch, seed: args.seed });
    const quantized = isQuantized(graph);
    const { options, calibNote } = quantized ? { options: undefined, calibNote: 'model given already quantized' } : quantizeOptions(args.preset, args, { batch: inputs.calib, description: inputs.calibSource });
    const quantGraph = options === undefined ? graph : quantizeModel(graph, options).graph;
    log().info({ ms: Math.round(performance.now() - started) }, 'quantized');
    const energyTable = energyTableFromFlag(args.energy);
    const result = await runDesignPoint({
      ...(quantized ? {} : { floatGraph: graph }), quantGraph, hw, batch: inputs.batch, ...(inputs.labels ? { labels: inputs.labels } : {}),
      ...(energyTable ? { energyTable } : {}), trace: args.trace !== undefined,
    });
    const context = { model: args.model, name: basename(args.model), preset: quantized ? 'as given' : args.preset, inputs: inputs.source, calibration: calibNote, energyTable: (energyTable ?? HOROWITZ_45NM).name, seconds: (performance.now() - started) / 1000 };
    if (args.trace !== undefined) writeFileAtomic(args.trace, JSON.stringify(result.first.trace));
    if (args.json !== undefined) writeFileAtomic(args.json, `${JSON.stringify(runReportJson(context, result), null, 2)}\n`);
    process.stdout.write(renderRunReport(context, result));
    if (!result.fidelity.bitExact) process.exitCode = 1;
  },
};
