// `accsim sweep net.qir --preset ... --array ... --csv out.csv`: every preset × array × dataflow design
// point of one model, in parallel, one CSV row each (resumable), plus the HTML trade-off report; on this
// machine's threads, as one shard of n (--shard), or on a Redis queue served by `accsim worker`s
// (--queue). `sweep collect` gathers a queued sweep, `sweep merge` joins shards (docs/SWEEP.md).
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Argv } from 'yargs';
import type { AccsimCommand } from './command.js';
import { fail } from '../../core/diagnostics.js';
import { toYargsModule } from './command.js';
import { defaultHwConfig } from '../../isa/hw-config.js';
import { hwConfigToJson, loadHwConfigJson } from '../../isa/hw-config-json.js';
import { HOROWITZ_45NM } from '../../simulator/energy/horowitz-45nm.js';
import { AS_GIVEN, buildGrid, sweepPresetNames } from '../sweep/grid.js';
import { loadModel } from '../load-model.js';
import { isQuantized } from '../model-kind.js';
import { runSweep, sweepVerdict, type SweepRun } from '../sweep/run-sweep.js';
import { DEFAULT_GRACE_MS, EXIT_INTERRUPTED } from '../sweep/signals.js';
import { SIMULATING_EVALUATOR, checkPointsWith, type PointEvaluator } from '../sweep/evaluator-ref.js';
import { accsimBuild } from '../sweep/accsim-build.js';
import { pointHash, sweepHash, sweepInputs } from '../sweep/point-hash.js';
import { makeStamp, parseShard, prepareStamp, shardSpecs, type Shard } from '../sweep/shard.js';
import { mergeShards } from '../sweep/merge.js';
import { parseRedisUrl, type RedisTarget } from '../sweep/queue/redis-target.js';
import { findSweep, submitSweep, type QueueSweep } from '../sweep/queue/queue-sweep.js';
import { queuePool } from '../sweep/queue/queue-pool.js';
import { requireWritableOutputs } from '../output-paths.js';

type SweepArgs = {
  model: string;
  preset?: string;
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
  shard?: string;
  queue?: string;
};

type CollectArgs = { queue: string; sweep?: string; csv: string; html?: string; resume: boolean; overwrite: boolean };
type MergeArgs = { files: string[]; csv: string; html?: string };

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

const say = (line: string) => void process.stderr.write(`${line}\n`);

/** Runs `run` and reports how it ended (the shared tail of sweep and collect). */
async function finish(run: SweepRun, queue?: RedisTarget, sweepId?: string): Promise<void> {
  const outcome = await runSweep(run);
  const verdict = sweepVerdict(run, outcome);
  if (outcome.interrupted) {
    process.stderr.write(`${verdict.message}\n`);
    if (queue !== undefined) process.stderr.write(`the workers go on with the queued points; rerun with --resume, or: accsim sweep collect --queue ${queue.shown} --sweep ${sweepId!.slice(0, 12)} --csv ${run.csv} --resume\n`);
    process.exitCode = EXIT_INTERRUPTED;
    return;
  }
  process.stdout.write(`${verdict.message}\n`);
  if (verdict.error !== undefined) throw verdict.error;
}

/** Restricts `run` to shard `shard` of the grid and stamps its CSV with the sweep's hash. */
function asShard(run: SweepRun, shard: Shard): SweepRun {
  const inputs = sweepInputs(run.specs[0]!);
  const build = accsimBuild();
  const sweep = sweepHash(run.specs.map((spec) => ({ spec, hash: pointHash(inputs, spec, build) })));
  const { title, hwBase, energyTable } = run.report;
  const stamp = makeStamp({ sweep, build, shard, command: run.report.command, specs: run.specs, report: { title, hwBase, energyTable } });
  say(`shard ${shard.index}/${shard.count} of sweep ${sweep.slice(0, 12)}: ${shardSpecs(run.specs, shard).length} of ${run.specs.length} points`);
  return { ...run, specs: shardSpecs(run.specs, shard), beforeRun: prepareStamp(run.csv, stamp, run.resume) };
}

/** Runs `run` on the queue of `q`: its points as jobs, followed until done or Ctrl-C. */
async function onQueue(run: SweepRun, target: RedisTarget, q: QueueSweep): Promise<void> {
  await finish({ ...run, startPool: queuePool(target, q.jobs, say) }, target, q.manifest.sweep);
}

function sweepOptions(y: Argv): Argv {
  return y
    .positional('model', { type: 'string', demandOption: true, describe: '.qir or .onnx file' })
    .option('preset', { type: 'string', describe: `comma-separated quantization presets (${sweepPresetNames().join(', ')}; the float formats run through the float lowering, checked against the format reference); omitted for a model that is already quantized (e.g. by accsim qat), which runs as given` })
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
    .option('jobs', { type: 'number', describe: 'points evaluated in parallel (worker threads; default one per core)' })
    .option('shard', { type: 'string', describe: 'evaluate only shard i of n (i/n, 0 <= i < n) into its own stamped CSV; join them with sweep merge' })
    .option('queue', { type: 'string', describe: 'submit the points to this Redis (redis://host:port) for `accsim worker`s and collect the results' });
}

/**
 * The sweep command with the given point evaluator. The CLI registers `sweepCommand` (the simulating
 * evaluator); tests build one with a fake, which is how the engine is tested without the compiler.
 */
export function makeSweepCommand(evaluator: PointEvaluator): AccsimCommand<SweepArgs> {
  const handler = async (args: SweepArgs): Promise<void> => {
    requireWritableOutputs([args.csv, args.html]);
    positiveInteger('limit', args.limit);
    positiveInteger('jobs', args.jobs);
    if (!Number.isSafeInteger(args.seed)) fail('SWP015', `--seed must be an integer, got ${args.seed}`);
    if (args.limit !== undefined && args.data === undefined) fail('SWP016', '--limit applies to --data; give --data DIR too');
    if (args.resume && args.overwrite) fail('SWP016', '--resume and --overwrite contradict each other; give one');
    if (args.queue !== undefined && args.shard !== undefined) fail('SWP016', '--queue and --shard are two ways to distribute a sweep; give one');
    if (args.queue !== undefined && args.jobs !== undefined) fail('SWP016', '--jobs sets this machine\'s threads; with --queue the workers choose theirs (accsim worker --concurrency)');
    const shard = args.shard === undefined ? undefined : parseShard(args.shard);
    const target = args.queue === undefined ? undefined : parseRedisUrl(args.queue);
    mustExist('model', args.model, 'model file');
    mustExist('data', args.data, 'data directory');
    mustExist('calib', args.calib, 'calibration data');
    mustExist('hw', args.hw, 'hardware configuration');
    const specs = buildGrid({ ...args, preset: args.preset ?? AS_GIVEN, hwFile: args.hw });
    // Read once here so a bad --hw fails before any point runs, and so the report shows the base configuration.
    const hw = args.hw === undefined ? defaultHwConfig() : loadHwConfigJson(readFileSync(args.hw, 'utf8'), args.hw);
    // After every flag is checked (a bad flag is reported as such whatever the model file holds).
    const quantized = isQuantized(loadModel(args.model));
    if (quantized && args.preset !== undefined) fail('SWP018', `${args.model} is already quantized; it is swept as given: omit --preset`);
    if (!quantized && args.preset === undefined) fail('SWP018', '--preset is required for a float model (e.g. --preset w8a8,w4a8)');
    await checkPointsWith(evaluator, specs);
    const run: SweepRun = {
      specs, csv: args.csv, resume: args.resume, overwrite: args.overwrite, graceMs: DEFAULT_GRACE_MS, evaluator,
      report: { title: `accsim sweep: ${basename(args.model)}`, command: commandLine(), hwBase: hwConfigToJson(hw), energyTable: HOROWITZ_45NM.name },
      ...(args.html === undefined ? {} : { html: args.html }),
      ...(args.jobs === undefined ? {} : { jobs: args.jobs }),
    };
    if (target !== undefined) return onQueue(run, target, await submitSweep(target, specs, run.report, say));
    await finish(shard === undefined ? run : asShard(run, shard));
  };
  return {
    command: 'sweep',
    describe: 'evaluate every preset × array × dataflow design point in parallel: a CSV row each (resumable) and an HTML report',
    builder: (y) =>
      y
        .command(toYargsModule(makeCollectCommand(evaluator)))
        .command(toYargsModule(mergeCommand))
        .command({ command: '$0 <model>', describe: 'evaluate the grid of one model (on threads, as a shard, or on a queue)', builder: sweepOptions, handler: handler as (a: unknown) => Promise<void> }),
    examples: [
      ['$0 sweep models/fmnist_cnn.qir --preset w8a8,w4a8,w4a4 --array 8x8,16x16,32x32 --data models/data/fashion-mnist --limit 1000 --csv sweep.csv --html sweep.html', 'nine design points with accuracy, CSV and HTML report'],
      ['$0 sweep models/fmnist_cnn.qir --preset w8a8,w4a8,w4a4 --array 8x8,16x16,32x32 --data models/data/fashion-mnist --limit 1000 --csv sweep.csv --html sweep.html --resume', 'finish a sweep interrupted with Ctrl-C'],
      ['$0 sweep models/fmnist_cnn.qir --preset w8a8,w4a4 --array 8x8,16x16 --csv shard-0.csv --shard 0/4', 'the first of four shards (then: accsim sweep merge shard-*.csv --csv all.csv)'],
      ['$0 sweep models/fmnist_cnn.qir --preset w8a8,w4a4 --array 8x8,16x16 --csv sweep.csv --queue redis://10.0.0.5:6379', 'on the machines running accsim worker --queue redis://10.0.0.5:6379'],
    ],
    exitCodes: [[EXIT_INTERRUPTED, 'interrupted with Ctrl-C: the finished points are in the CSV, --resume continues']],
    handler,
  };
}

/** `accsim sweep collect`: the CSV and report of a queued sweep (waits for its unfinished points). */
function makeCollectCommand(evaluator: PointEvaluator): AccsimCommand<CollectArgs> {
  return {
    command: 'collect',
    describe: 'write the CSV and report of a sweep submitted with --queue (the same bytes as a local run)',
    builder: (y) =>
      y
        .option('queue', { type: 'string', demandOption: true, describe: 'the Redis URL the sweep was submitted to' })
        .option('sweep', { type: 'string', describe: 'which sweep (a prefix of the id the sweep printed); default the only one' })
        .option('csv', { type: 'string', demandOption: true, describe: 'output CSV' })
        .option('html', { type: 'string', describe: 'write the HTML report here' })
        .option('resume', { type: 'boolean', default: false, describe: 'keep the rows already in --csv' })
        .option('overwrite', { type: 'boolean', default: false, describe: 'replace an existing --csv' }),
    handler: async (args) => {
      if (args.resume && args.overwrite) fail('SWP016', '--resume and --overwrite contradict each other; give one');
      const target = parseRedisUrl(args.queue);
      const q = await findSweep(target, args.sweep);
      const run: SweepRun = {
        specs: q.manifest.points.map((p) => p.spec), csv: args.csv, resume: args.resume, overwrite: args.overwrite, graceMs: DEFAULT_GRACE_MS, evaluator,
        report: q.manifest.report, ...(args.html === undefined ? {} : { html: args.html }),
      };
      await onQueue(run, target, q);
    },
  };
}

/** `accsim sweep merge`: the shards of one sweep into one CSV and report. */
const mergeCommand: AccsimCommand<MergeArgs> = {
  command: 'merge <files..>',
  describe: 'join the CSVs of `sweep --shard i/n` runs into the CSV of the whole sweep (exit 2 listing missing points)',
  builder: (y) =>
    y
      .positional('files', { type: 'string', array: true, demandOption: true, describe: 'the shard CSVs' })
      .option('csv', { type: 'string', demandOption: true, describe: 'output CSV of the whole sweep' })
      .option('html', { type: 'string', describe: 'write the HTML report here' }),
  handler: (args) => {
    const r = mergeShards({ files: args.files, csv: args.csv, command: commandLine(), ...(args.html === undefined ? {} : { html: args.html }) });
    for (const note of r.notes) say(`merge: ${note}`);
    process.stdout.write(`${r.points} points merged into ${[args.csv, ...(args.html === undefined ? [] : [args.html])].join(', ')}${r.duplicates > 0 ? ` (${r.duplicates} duplicate row(s) dropped)` : ''}\n`);
    if (r.failed.length > 0) {
      const names = r.failed.map((f) => `${f.failed.preset}@${f.failed.array}/${f.failed.dataflow}`).join(', ');
      fail('SWP057', `${r.failed.length} of ${r.points} points failed (${names}); first: ${r.failed[0]!.error}; they are in ${args.csv} with status failed: fix the cause, rerun their shards with --resume, and merge again`);
    }
  },
};

/** `accsim sweep` as the CLI registers it: every point simulated for real. */
export const sweepCommand = makeSweepCommand(SIMULATING_EVALUATOR);
