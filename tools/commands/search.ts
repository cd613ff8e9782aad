// `accsim search net.qir --array 16x16 --calib DIR [--objective energy|cycles|edp] [--max-drop 0.5] -o config.json
// [--html front.html]`: per-layer mixed-precision configurations on the front of simulated cost against held-out
// accuracy (tools/search/run-search.ts); writes the chosen configuration as a --config file.
import type { AccsimCommand } from './command.js';
import { loadModel, readInputFile } from '../load-model.js';
import { type HwFlags, hwConfigFromFlags, withHwFlags } from '../hw-options.js';
import { parseQuantConfig, presetConfig, PRESETS } from '../../compiler/quant/presets.js';
import { parseWidths } from '../../compiler/ptq/sensitivity.js';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { fail } from '../../core/diagnostics.js';
import { energyTableFromFlag } from '../input-files.js';
import { runSearch } from '../search/run-search.js';
import { heuristicCheckLine, pruningLine } from '../search/option-pruning.js';
import { DEFAULT_SEARCH_PRESETS, DEFAULT_SEARCH_WIDTHS } from '../search/search-space.js';
import { renderFrontHtml } from '../report/mixed-precision-html.js';
import { renderTable } from '../report/table.js';
import { style } from '../report/style.js';

type SearchArgs = HwFlags & {
  model: string; calib: string; 'calib-limit'?: number; 'held-out'?: string; 'held-out-limit': number; 'probe-samples': number; preset: string; config?: string; objective: 'energy' | 'cycles' | 'edp'; 'max-drop': number;
  widths: string; presets: string; 'heuristic-pruning': boolean; output: string; json?: string; html?: string; jobs?: number; 'verify-samples': number; 'max-steps': number; energy?: string;
};

/** The command line as typed (arguments with spaces or quotes single-quoted). */
function commandLine(): string {
  const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);
  return ['accsim', ...process.argv.slice(2).map(quote)].join(' ');
}

export const searchCommand: AccsimCommand<SearchArgs> = {
  command: 'search <model>',
  describe: 'mixed precision against the machine: per-layer widths on the front of simulated energy (or cycles) vs held-out accuracy',
  builder: (y) =>
    withHwFlags(y.positional('model', { type: 'string', demandOption: true, describe: 'float .qir or .onnx network' }))
      .option('calib', { type: 'string', demandOption: true, describe: 'choice data: a data directory (calibration or training split) or a .npy batch; halved into calibration and held-out parts (all of it calibrates with --held-out)' })
      .option('calib-limit', { type: 'number', describe: 'use only the first N samples of --calib' })
      .option('held-out', { type: 'string', describe: 'a directory with a training split: its first --held-out-limit images that are not --calib images are held out, and all of --calib calibrates (the data eval and quantize calibrate on, so the chosen configuration is the model they rebuild)' })
      .option('held-out-limit', { type: 'number', default: 5000, describe: 'with --held-out: how many training images to hold out' })
      .option('probe-samples', { type: 'number', default: 1000, describe: 'the sensitivity probes (which prune and rank moves) run on the first N held-out samples; candidates are scored on all' })
      .option('preset', { type: 'string', default: 'w8a8', describe: `base configuration (every layer starts here): ${Object.keys(PRESETS).join(', ')}` })
      .option('config', { type: 'string', describe: 'base configuration as a JSON file (overrides --preset)' })
      .option('objective', { choices: ['energy', 'cycles', 'edp'] as const, default: 'energy' as const, describe: 'what the front minimizes (per inference)' })
      .option('max-drop', { type: 'number', default: 0.5, describe: 'largest held-out accuracy drop from float, in points, the chosen configuration may have' })
      .option('widths', { type: 'string', default: DEFAULT_SEARCH_WIDTHS.join(','), describe: 'per-layer options: weights 8, 4, 2, 1, log (4-bit log-domain, shift-add), pow2 / pow2-4 (power-of-two scales, 8- / 4-bit weights), g32/g64/g128 (4-bit, group-wise scales), and a4 (4-bit outputs)' })
      .option('presets', { type: 'string', default: DEFAULT_SEARCH_PRESETS.join(','), describe: 'uniform presets scored as reference points' })
      .option('heuristic-pruning', { type: 'boolean', default: false, describe: 'also drop options another option of the layer dominates (no dearer, predicted to lose no more) and log/group 4-bit-output options dearer than w8a4: fewer estimates, may miss a point (docs/MIXED-PRECISION.md)' })
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'the chosen configuration as a --config JSON file' })
      .option('json', { type: 'string', describe: 'write the whole search (every point, the front, the cache counts) as JSON here' })
      .option('html', { type: 'string', describe: 'write the front as a self-contained HTML page here' })
      .option('jobs', { type: 'number', describe: 'worker threads (default one per core)' })
      .option('verify-samples', { type: 'number', default: 8, describe: 'held-out samples each front point is simulated on, bit for bit against the integer reference' })
      .option('max-steps', { type: 'number', default: 12, describe: 'steps of the greedy descent' })
      .option('energy', { type: 'string', describe: 'energy table JSON overriding the Horowitz 45 nm costs' }),
  examples: [
    ['$0 search models/fmnist_cnn.qir --array 16x16 --calib models/data/fashion-mnist --max-drop 0.5 -o cnn.mixed.json --html front.html', 'the energy–accuracy front; then: accsim eval models/fmnist_cnn.qir --preset w8a8 --config cnn.mixed.json'],
  ],
  handler: async (args) => {
    if (!(args['max-drop'] >= 0)) fail('MIX005', `--max-drop must be a number of points >= 0, got ${args['max-drop']}`);
    for (const k of ['verify-samples', 'max-steps', 'held-out-limit', 'probe-samples'] as const) if (!Number.isInteger(args[k]) || args[k] < 1) fail('MIX005', `--${k} must be a positive integer, got ${args[k]}`);
    const widths = parseWidths(args.widths);
    const presets = args.presets.split(',').map((s) => s.trim()).filter(Boolean);
    for (const p of presets) presetConfig(p);
    const graph = loadModel(args.model);
    const hw = hwConfigFromFlags(args);
    const base = args.config === undefined ? presetConfig(args.preset) : parseQuantConfig(readInputFile(args.config, 'configuration').toString('utf8'), args.config);
    const energyTable = energyTableFromFlag(args.energy);
    const { report, chosenConfig } = await runSearch({
      model: args.model, graph, base, choiceData: args.calib, ...(args['calib-limit'] !== undefined ? { calibLimit: args['calib-limit'] } : {}),
      ...(args['held-out'] !== undefined ? { heldOut: { dir: args['held-out'], count: args['held-out-limit'] } } : {}),
      hw, array: `${hw.array.rows}x${hw.array.cols}`, ...(energyTable ? { energyTable } : {}), objective: args.objective, maxDrop: args['max-drop'],
      widths, presets, ...(args.jobs !== undefined ? { jobs: args.jobs } : {}), verifySamples: args['verify-samples'], probeSamples: args['probe-samples'], maxSteps: args['max-steps'], heuristicPruning: args['heuristic-pruning'], command: commandLine(),
    });
    if (args.json !== undefined) writeFileAtomic(args.json, `${JSON.stringify(report, null, 2)}\n`);
    if (args.html !== undefined) writeFileAtomic(args.html, renderFrontHtml(report));
    if (chosenConfig !== null) writeFileAtomic(args.output, `${JSON.stringify(chosenConfig, null, 2)}\n`);
    const f = report.float;
    process.stdout.write(`${style.bold(args.model)} on ${report.array}: ${report.choiceData}\n`);
    process.stdout.write(`${style.dim(`held-out float ${f.accuracyPct !== undefined ? `${f.accuracyPct.toFixed(2)} %` : `loss ${f.loss.toFixed(4)}`}; ${report.points.length} configurations scored; cost cache ${report.cache.entries} entries, ${report.cache.hits} hits, ${report.cache.misses} misses, ${report.cache.simulations} simulations; ${report.seconds.toFixed(0)} s on ${report.threads} thread(s)`)}\n`);
    const descents = (report.descents ?? []).map((d) => `${d.from === 'base' ? 'from the base' : `from uniform ${d.from}`} ${d.steps} step(s)`).join(', ');
    const skipped = (report.startsSkipped ?? []).length > 0 ? `; no per-layer form to descend from: ${report.startsSkipped!.join(', ')}` : '';
    process.stdout.write(`${style.dim(`descents: ${descents}${skipped}`)}\n`);
    if (report.pruning !== undefined) process.stdout.write(`${style.dim(pruningLine(report.pruning))}\n`);
    if (report.heuristicCheck !== undefined) process.stdout.write(`${style.dim(heuristicCheckLine(report.heuristicCheck))}\n`);
    const rows = report.points.filter((p) => p.onFront || p.id === report.chosen).sort((a, b) => (a.verified?.energyPj ?? 0) - (b.verified?.energyPj ?? 0)).map((p) => [
      `${p.id === report.chosen ? '* ' : ''}#${p.id}`, p.origin, ((p.verified?.energyPj ?? p.estimate.energyPj) / 1e6).toFixed(3), String(p.verified?.cycles ?? '-'),
      p.score.accuracyPct?.toFixed(2) ?? p.score.loss.toFixed(4), p.dropBound.toFixed(2), p.verified ? (p.verified.bitExact ? 'yes' : 'NO') : '-', Object.values(p.layers).join(' '),
    ]);
    process.stdout.write(`${renderTable(['point', 'origin', 'energy µJ', 'cycles', 'held-out %', 'drop + 1 SE', 'bit-exact', 'per-layer options'], rows)}\n`);
    if (chosenConfig === null) {
      process.stdout.write(`${style.warn('no configuration')} within --max-drop ${args['max-drop']} passed verification; nothing written to ${args.output}\n`);
      process.exitCode = 1;
    } else process.stdout.write(`chosen: point #${report.chosen} → ${args.output}\n`);
    if (report.points.some((p) => p.verified && !p.verified.bitExact)) process.exitCode = 1;
  },
};
