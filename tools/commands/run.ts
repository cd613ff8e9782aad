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
import { type RunContext, renderRunReport, runReportJson } from '../report/run-report.js';
import { type DataFlags, withDataFlags } from '../labelled-data.js';
import { requireWritableOutputs } from '../output-paths.js';
import { pick } from '../pick-flags.js';
import { log } from '../logger.js';
import { autoQuantizeWithFlags } from '../auto-quantize.js';
import { requireIntegerFlag } from '../numeric-flags.js';
import { limitsFromFlags } from '../resource-flags.js';
import { isMachineFormatPreset, MACHINE_FORMAT_PRESETS } from '../../compiler/quant/format-presets.js';
import { runFormatRun } from './run-format.js';

export type RunArgs = HwFlags & QuantFlags & DataFlags & {
  model: string; preset: string; input?: string; batch: number; seed: number; threads?: number;
  json?: string; trace?: string; energy?: string;
};

export const runCommand: AccsimCommand<RunArgs> = {
  command: 'run <model>',
  describe: 'quantize, compile, simulate and compare with the float and integer references: the full report for one design point (without --calib it calibrates on the calibration split of --data or of the shipped data set, else on random samples, and says so first)',
  builder: (y) =>
    withDataFlags(withQuantFlags(withHwFlags(y.positional('model', { type: 'string', demandOption: true, describe: '.qir or .onnx network (float, or already quantized)' }))))
      .option('preset', { type: 'string', default: 'w8a8', describe: `quantization preset: ${Object.keys(PRESETS).join(', ')}; float formats on the float array modes: ${MACHINE_FORMAT_PRESETS.join(', ')}` })
      .option('input', { alias: 'i', type: 'string', describe: 'float32 .npy batch [N, ...] without labels (default: --data, else the shipped Fashion-MNIST when the model takes its images, else a seeded sample)' })
      .option('batch', { type: 'number', default: 16, describe: 'samples to simulate from --data or the shipped data set (the first N), or random samples' })
      .option('seed', { type: 'number', default: 1, describe: 'seed of the random sample (when no data set applies)' })
      .option('threads', { type: 'number', describe: 'threads simulating the samples (default one per core and per 8 samples; results do not depend on it)' })
      .option('json', { type: 'string', describe: 'write the whole report as JSON here' })
      .option('trace', { type: 'string', describe: 'write a Chrome/Perfetto trace of the first sample here (open in ui.perfetto.dev)' })
      .option('energy', { type: 'string', describe: 'energy table JSON overriding the Horowitz 45 nm costs' }),
  examples: [
    ['$0 run --array 16x16 models/fmnist_cnn.qir', 'one design point with the default INT8 preset'],
    ['$0 run --array 32x32 --preset w4a8 --dataflow os models/fmnist_dwsep.qir --trace trace.json', 'INT4 weights, output-stationary, with a trace'],
    ['$0 run net.onnx --data x.npy --labels y.npy --calib calib.npy --batch 100', 'your own model, data and calibration set'],
  ],
  exitCodes: [[1, 'the simulator differed from the integer reference (not bit-exact)']],
  handler: async (args) => {
    requireIntegerFlag('batch', args.batch, 1);
    requireIntegerFlag('seed', args.seed, 0, 2 ** 32 - 1);
    requireIntegerFlag('threads', args.threads, 1);
    requireWritableOutputs([args.json, args.trace]);
    const started = performance.now();
    const graph = loadModel(args.model, limitsFromFlags(args));
    const hw = hwConfigFromFlags(args);
    const inputs = chooseRunInputs(graph, {
      ...pick(args, ['input', 'data', 'labels', 'normalize']), count: args.batch, seed: args.seed,
    });
    const quantized = isQuantized(graph);
    // Per-tensor FP8 presets run through the float lowering and are checked against the format reference.
    if (!quantized && isMachineFormatPreset(args.preset)) return runFormatRun(args, graph, hw, inputs, started);
    const auto = !quantized && args.auto ? autoQuantizeWithFlags(graph, args.preset, args, args.data) : undefined;
    const fallback = { batch: inputs.calib, description: inputs.calibSource, ...(inputs.calibWarning ? { warning: inputs.calibWarning } : {}) };
    const choice = quantized || auto ? undefined : quantizeOptions(args.preset, args, fallback, graph.inputs[0]!.type.shape.slice(1));
    const quantGraph = auto?.result.graph ?? (choice === undefined ? graph : quantizeModel(graph, choice.options).graph);
    log().info({ ms: Math.round(performance.now() - started) }, 'quantized');
    const energyTable = energyTableFromFlag(args.energy);
    const result = await runDesignPoint({
      ...(quantized ? {} : { floatGraph: graph }), quantGraph, hw, batch: inputs.batch, ...(inputs.labels ? { labels: inputs.labels } : {}),
      ...(energyTable ? { energyTable } : {}), trace: args.trace !== undefined, ...pick(args, ['threads']),
    });
    const context: RunContext = {
      model: args.model, name: basename(args.model), preset: auto ? `${args.preset}+auto (${auto.result.config.name})` : choice?.label ?? 'as given (already quantized)', inputs: inputs.source,
      calibration: auto?.calibNote ?? choice?.calibNote ?? 'none needed: the model is already quantized', warnings: choice?.warnings ?? [], energyTable: (energyTable ?? HOROWITZ_45NM).name,
    };
    if (args.trace !== undefined) writeFileAtomic(args.trace, JSON.stringify(result.first.trace));
    if (args.json !== undefined) writeFileAtomic(args.json, `${JSON.stringify(runReportJson(context, result), null, 2)}\n`);
    process.stdout.write(renderRunReport(context, result));
    log().info({ seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }, 'run done');
    if (!result.fidelity.bitExact) process.exitCode = 1;
  },
};
