// `accsim eval net.qir [--data DIR | --data x.npy --labels y.npy]`: top-1 accuracy and throughput, one row
// per configuration (float reference and quantized presets). Default data: the Fashion-MNIST test split
// accsim ships (found from the installation, so eval works from any directory).
import { basename } from 'node:path';
import type { AccsimCommand } from './command.js';
import { loadModel } from '../load-model.js';
import type { Graph } from '../../compiler/ir/graph.js';
import { numel } from '../../compiler/ir/tensor.js';
import { fail } from '../../core/diagnostics.js';
import { PRESETS } from '../../compiler/quant/presets.js';
import { FORMAT_PRESETS } from '../../compiler/quant/format-presets.js';
import { formatQuantize } from '../../compiler/ptq/format-model.js';
import { loadCalibration } from '../calibration-data.js';
import { quantizeModel } from '../../compiler/ptq/quantize-model.js';
import { type QuantFlags, quantizeOptions, withQuantFlags } from '../quantize-options.js';
import { isQuantized } from '../model-kind.js';
import { autoQuantizeWithFlags } from '../auto-quantize.js';
import { evaluate, type EvalConfig, type EvalResult } from '../eval/evaluate.js';
import { startProgress } from '../progress.js';
import { renderTable } from '../report/table.js';
import { style } from '../report/style.js';
import { requireIntegerFlag } from '../numeric-flags.js';
import { type DataFlags, type LabelledBatch, hasCalibrationSplit, loadLabelled, withDataFlags } from '../labelled-data.js';
import { displayPath, shippedDataDir } from '../install-paths.js';
import { pick } from '../pick-flags.js';
import { limitsFromFlags } from '../resource-flags.js';

type EvalArgs = QuantFlags & DataFlags & { model: string; split?: 'test' | 'calib'; limit?: number; preset?: string; threads?: number; json: boolean };

/**
 * The rows to evaluate. A --config file replaces the preset it is given with (quantize-options.ts), so with
 * one there is a single quantized row — the file, started from its preset — plus fp32 when asked for or when
 * --preset is absent (before, `eval --config c.json` alone printed only the float row).
 */
function configurationNames(args: EvalArgs): string[] {
  const asked = (args.preset ?? 'fp32').split(',').map((s) => s.trim()).filter(Boolean);
  if (args.config === undefined) return asked;
  const quantized = asked.filter((n) => n !== 'fp32');
  if (quantized.length > 1) fail('CLI017', `--config ${args.config} replaces the preset, so it evaluates as one configuration; give at most one preset with it (got ${quantized.join(', ')})`);
  return [...(args.preset === undefined || asked.includes('fp32') ? ['fp32'] : []), quantized[0] ?? 'w8a8'];
}

/**
 * One configuration per name: `fp32` is the float reference; a preset quantizes the float model
 * (calibrated on --calib, by default the data folder's calibration split; never on the evaluated data)
 * and runs the integer reference. An already quantized model is evaluated as it is.
 */
function buildConfigs(graph: Graph, args: EvalArgs, dataDir: string, notes: Set<string>): EvalConfig[] {
  if (isQuantized(graph)) {
    if (args.preset !== undefined) fail('CLI014', `${args.model} is already quantized; --preset applies to float models`);
    return [{ name: 'model', description: 'integer reference (quantized model as given)', graph, runner: 'int' }];
  }
  const names = configurationNames(args);
  return names.map((name): EvalConfig => {
    if (name === 'fp32') return { name, description: 'float reference', graph, runner: 'float' };
    const calib = args.calib ?? (hasCalibrationSplit(dataDir) ? dataDir : undefined);
    if (Object.hasOwn(FORMAT_PRESETS, name)) return formatConfig(graph, name, args, calib, notes);
    if (!(name in PRESETS)) fail('CLI010', `unknown configuration '${name}'; available: fp32, ${[...Object.keys(PRESETS), ...Object.keys(FORMAT_PRESETS)].join(', ')}`);
    if (args.auto) {
      const auto = autoQuantizeWithFlags(graph, name, args, calib);
      notes.add(`quantized presets: ${auto.calibNote}`);
      return { name: `${name}+auto`, description: `integer reference (${auto.result.config.name})`, graph: auto.result.graph, runner: 'int' };
    }
    if (calib === undefined && args['input-range'] === undefined) {
      fail('CLI016', `preset ${name} needs calibration data and ${displayPath(dataDir)} has no calibration split: give --calib DIR|x.npy (the evaluated data is never used to calibrate)`);
    }
    const { options, calibNote } = quantizeOptions(name, { ...args, ...(calib !== undefined ? { calib } : {}) }, undefined, graph.inputs[0]!.type.shape.slice(1));
    notes.add(`quantized presets: ${calibNote}`);
    return { name: args.config !== undefined ? basename(args.config) : name, description: `integer reference (${options.config?.name ?? PRESETS[name]!.name})`, graph: quantizeModel(graph, options).graph, runner: 'int' };
  });
}

/**
 * A float or microscaling format preset, run by the format reference (INTEGER-SEMANTICS.md §14). MX needs
 * no calibration; fp8's per-tensor activation scales come from `calib` (CLI016 without one).
 */
function formatConfig(graph: Graph, name: string, args: EvalArgs, calib: string | undefined, notes: Set<string>): EvalConfig {
  const needsCalib = FORMAT_PRESETS[name]!.format.startsWith('fp8');
  if (needsCalib && calib === undefined) fail('CLI016', `preset ${name} needs calibration data for its activation scales: give --calib DIR|x.npy (the evaluated data is never used to calibrate)`);
  const loaded = needsCalib ? loadCalibration(calib!, args['calib-limit'], { ...pick(args, ['normalize']), sampleShape: graph.inputs[0]!.type.shape.slice(1) }) : undefined;
  if (loaded !== undefined) notes.add(`format presets: calibrated on ${loaded.description}`);
  const fm = formatQuantize(graph, name, loaded?.batch);
  return { name, description: `format reference (${FORMAT_PRESETS[name]!.doc})`, graph: fm.graph, runner: { preset: name, actScales: Object.fromEntries(fm.actScales), int8Inputs: Object.fromEntries(fm.int8Inputs), weightScales: Object.fromEntries(fm.weightScales ?? []) } };
}

/** DATA004 when a label is not a class of the model (its output has `classes` values per sample). */
function checkLabels(data: LabelledBatch, graph: Graph, source: string): void {
  const type = graph.values.get(graph.outputs[0]!)?.type;
  if (type === undefined) return;
  const classes = numel(type.shape.slice(1));
  const bad = data.labels!.findIndex((l) => l >= classes);
  if (bad >= 0) fail('DATA004', `label ${data.labels![bad]} of sample ${bad} in ${source} is not a class of the model (its output has ${classes} values per sample)`);
}

export const evalCommand: AccsimCommand<EvalArgs> = {
  command: 'eval <model>',
  describe: 'top-1 accuracy and throughput on labelled data (default: the Fashion-MNIST test split accsim ships)',
  builder: (y) =>
    withDataFlags(withQuantFlags(y.positional('model', { type: 'string', demandOption: true, describe: '.qir or .onnx file' })))
      .option('split', { choices: ['test', 'calib'] as const, describe: 'with an IDX folder: which split to evaluate (default test)' })
      .option('limit', { type: 'number', describe: 'evaluate only the first N samples' })
      .option('preset', { type: 'string', describe: `comma-separated configurations, one row each: fp32 and presets (${Object.keys(PRESETS).join(', ')}; format reference: ${Object.keys(FORMAT_PRESETS).join(', ')}); default fp32` })
      .option('threads', { type: 'number', describe: 'worker threads (default: one per core)' })
      .option('json', { type: 'boolean', default: false, describe: 'print results as JSON' }),
  examples: [
    ['$0 eval models/fmnist_cnn.qir --limit 1000', 'accuracy of the float CNN on 1000 test images'],
    ['$0 eval models/fmnist_cnn.qir --preset fp32,w8a8,w4a8', 'float and two quantized configurations, one row each'],
    ['$0 eval models/fmnist_cnn.qir --preset mxint8,fp8 --limit 1000', 'microscaling and FP8 presets in the format reference'],
    ['$0 eval models/fmnist_cnn.qir --config search.json', 'float and a mixed-precision configuration (accsim search -o) on the test split'],
    ['$0 eval net.onnx --data x.npy --labels y.npy --preset fp32,w8a8 --calib calib.npy', 'your own data: a .npy batch and its labels'],
  ],
  handler: async (args) => {
    if (args.limit !== undefined && (!Number.isInteger(args.limit) || args.limit < 1)) fail('CLI011', `--limit must be a positive integer, got ${args.limit}`);
    requireIntegerFlag('threads', args.threads, 1);
    const source = args.data ?? shippedDataDir();
    if (args.split !== undefined && !hasCalibrationSplit(source) && args.split === 'calib') fail('DATA002', `--split calib needs an IDX folder with a calibration split; ${displayPath(source)} has none`);
    const graph = loadModel(args.model, limitsFromFlags(args));
    const data = loadLabelled({ data: source, ...pick(args, ['labels', 'normalize']) }, {
      split: args.split ?? 'test', ...pick(args, ['limit']), sampleShape: graph.inputs[0]!.type.shape.slice(1), needLabels: true,
    });
    checkLabels(data, graph, displayPath(args.labels ?? source));
    const notes = new Set<string>();
    const configs = buildConfigs(graph, args, source, notes);
    const results: EvalResult[] = [];
    for (const config of configs) {
      const progress = startProgress(config.name, data.count);
      try {
        results.push(await evaluate(config, data.images, data.labels!, { ...pick(args, ['threads']), progress }));
      } finally {
        progress.stop();
      }
    }
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ model: args.model, data: data.description, split: args.split ?? 'test', images: data.count, notes: [...notes], results }, null, 2)}\n`);
      return;
    }
    const rows = results.map((r) => [r.config, r.description, `${r.accuracyPct.toFixed(2)}%`, `${r.correct}/${r.images}`, r.imagesPerSecond.toFixed(0)]);
    process.stdout.write(`${style.bold(args.model)} on ${data.description}\n`);
    for (const note of notes) process.stdout.write(`${style.dim(note)}\n`);
    process.stdout.write(`${renderTable(['config', 'what', 'top-1', 'correct', 'images/s'], rows, ['left', 'left', 'right', 'right', 'right'])}\n`);
  },
};
