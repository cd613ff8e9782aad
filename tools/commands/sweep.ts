// `accsim sweep net.qir --preset ... --array ... --csv out.csv`: every preset × array × dataflow design
// point of one model, in parallel, one CSV row each (resumable), plus the HTML trade-off report.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { AccsimCommand } from './command.js';
import { fail } from '../../core/diagnostics.js';
import { PRESETS } from '../../compiler/quant/presets.js';
import { defaultHwConfig } from '../../isa/hw-config.js';
import { hwConfigToJson, loadHwConfigJson } from '../../isa/hw-config-json.js';
import { HOROWITZ_45NM } from '../../simulator/energy/horowitz-45nm.js';
import { buildGrid } from '../sweep/grid.js';
import { runSweep, sweepVerdict, type SweepRun } from '../sweep/run-sweep.js';
import { DEFAULT_GRACE_MS, EXIT_INTERRUPTED } from '../sweep/signals.js';
import { SIMULATING_EVALUATOR, type PointEvaluator } from '../sweep/evaluator-ref.js';

type SweepArgs = {
  model: string;
  preset: string;
  array: string;
  dataflow: string;
  hw?: string;
  data?: string;
  limit?: number;
  calib?: string;
  seed: number;
  csv: string;
  html?: string;
  resume: boolean;
  overwrite: boolean;
  jobs?: number;
};

function positiveInteger(flag: string, v: number | undefined): void {
  if (v !== undefined && (!Number.isInteger(v) || v < 1)) fail('SWP015', `--${flag} must be a positive integer, got ${v}`);
}

function mustExist(flag: string, path: string | undefined, what: string): void {
  if (path !== undefined && !existsSync(path)) fail('SWP014', `--${flag}: ${what} '${path}' does not exist`);
}

/** The command line as typed, for the report (arguments with spaces or quotes are single-quoted). */
function commandLine(): string {
  const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);
  return ['accsim', ...process.argv.slice(2).map(quote)].join(' ');
}

/**
 * The sweep command with the given point evaluator. The CLI registers `sweepCommand` (the simulating
 * evaluator); tests build one with a fake, which is how the engine is tested without the compiler.
 */
export function makeSweepCommand(evaluator: PointEvaluator): AccsimCommand<SweepArgs> {
  return {
    command: 'sweep <model>',
    describe: 'evaluate every preset × array × dataflow design point in parallel: a CSV row each (resumable) and an HTML report',
    builder: (y) =>
      y
        .positional('model', { type: 'string', demandOption: true, describe: '.qir or .onnx file' })
        .option('preset', { type: 'string', demandOption: true, describe: `comma-separated quantization presets (${Object.keys(PRESETS).join(', ')})` })
        .option('array', { type: 'string', demandOption: true, describe: 'comma-separated array shapes RxC, e.g. 8x8,16x16,32x32' })
        .option('dataflow', { type: 'string', default: 'ws', describe: 'comma-separated dataflows: ws (weight-stationary), os (output-stationary)' })
        .option('hw', { type: 'string', describe: 'hardware configuration JSON every point starts from (array and dataflow are swept)' })
        .option('data', { type: 'string', describe: 'labelled data directory for accuracy (e.g. models/data/fashion-mnist)' })
        .option('limit', { type: 'number', describe: 'with --data: evaluate only the first N test images' })
        .option('calib', { type: 'string', describe: 'calibration data: a data directory (its calib split) or a .npy batch' })
        .option('seed', { type: 'number', default: 0, describe: 'seed of the sample inputs (reproducible points)' })
        .option('csv', { type: 'string', demandOption: true, describe: 'output CSV, one row per point (per-layer details in <csv>.points.jsonl)' })
        .option('html', { type: 'string', describe: 'write the self-contained HTML report here' })
        .option('resume', { type: 'boolean', default: false, describe: 'continue an interrupted sweep: points already in --csv are skipped' })
        .option('overwrite', { type: 'boolean', default: false, describe: 'replace an existing --csv instead of refusing' })
        .option('jobs', { type: 'number', describe: 'points evaluated in parallel (worker threads; default one per core)' }),
    examples: [
      ['$0 sweep models/fmnist_cnn.qir --preset w8a8,w4a8,w4a4 --array 8x8,16x16,32x32 --data models/data/fashion-mnist --limit 1000 --csv sweep.csv --html sweep.html', 'nine design points with accuracy, CSV and HTML report'],
      ['$0 sweep models/fmnist_cnn.qir --preset w8a8,w4a8,w4a4 --array 8x8,16x16,32x32 --data models/data/fashion-mnist --limit 1000 --csv sweep.csv --html sweep.html --resume', 'finish a sweep interrupted with Ctrl-C'],
    ],
    handler: async (args) => {
      positiveInteger('limit', args.limit);
      positiveInteger('jobs', args.jobs);
      if (!Number.isSafeInteger(args.seed)) fail('SWP015', `--seed must be an integer, got ${args.seed}`);
      if (args.limit !== undefined && args.data === undefined) fail('SWP016', '--limit applies to --data; give --data DIR too');
      if (args.resume && args.overwrite) fail('SWP016', '--resume and --overwrite contradict each other; give one');
      mustExist('model', args.model, 'model file');
      mustExist('data', args.data, 'data directory');
      mustExist('calib', args.calib, 'calibration data');
      mustExist('hw', args.hw, 'hardware configuration');
      const specs = buildGrid({ ...args, hwFile: args.hw });
      // Read once here so a bad --hw fails before any point runs, and so the report shows the base configuration.
      const hw = args.hw === undefined ? defaultHwConfig() : loadHwConfigJson(readFileSync(args.hw, 'utf8'), args.hw);
      const run: SweepRun = {
        specs, csv: args.csv, resume: args.resume, overwrite: args.overwrite, graceMs: DEFAULT_GRACE_MS, evaluator,
        report: { title: `accsim sweep: ${basename(args.model)}`, command: commandLine(), hwBase: hwConfigToJson(hw), energyTable: HOROWITZ_45NM.name },
        ...(args.html === undefined ? {} : { html: args.html }),
        ...(args.jobs === undefined ? {} : { jobs: args.jobs }),
      };
      const outcome = await runSweep(run);
      const verdict = sweepVerdict(run, outcome);
      if (outcome.interrupted) {
        process.stderr.write(`${verdict.message}\n`);
        process.exitCode = EXIT_INTERRUPTED;
        return;
      }
      process.stdout.write(`${verdict.message}\n`);
      if (verdict.error !== undefined) throw verdict.error;
    },
  };
}

/** `accsim sweep` as the CLI registers it: every point simulated for real. */
export const sweepCommand = makeSweepCommand(SIMULATING_EVALUATOR);
