// `BENCH=search npm run bench`: the time of `accsim search` on a network (default fmnist_dwsep, 8 weighted
// layers; BENCH_SEARCH_MODEL=models/x.qir for another), at 16x16 with `accsim search`'s default options, on this machine's
// cores. Prints wall-clock and CPU seconds (CPU/2 is what an idle 2-core machine would take at best) and the
// load average; BENCH_SEARCH_JSON=f also writes the search report (every point, the front) to f.
import { cpuUsage } from 'node:process';
import { loadavg } from 'node:os';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { loadModel } from '../load-model.js';
import { defaultHwConfig } from '../../isa/hw-config.js';
import { presetConfig } from '../../compiler/quant/presets.js';
import { runSearch } from '../search/run-search.js';
import { heuristicCheckLine, pruningLine } from '../search/option-pruning.js';
import { DEFAULT_SEARCH_PRESETS, DEFAULT_SEARCH_WIDTHS } from '../search/search-space.js';

/** Runs one search and prints its figures. */
export async function benchSearch(): Promise<void> {
  const model = process.env['BENCH_SEARCH_MODEL'] ?? 'models/fmnist_dwsep.qir';
  const graph = loadModel(model);
  const layers = graph.nodes.filter((n) => n.op === 'conv2d' || n.op === 'dense').length;
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const cpu = cpuUsage();
  const { report } = await runSearch({
    model, graph, base: presetConfig('w8a8'), choiceData: 'models/data/fashion-mnist', hw: defaultHwConfig(), array: '16x16', objective: 'energy', maxDrop: 0.5,
    widths: [...DEFAULT_SEARCH_WIDTHS], presets: [...DEFAULT_SEARCH_PRESETS], verifySamples: 8, maxSteps: 12, command: 'bench',
  });
  const used = cpuUsage(cpu);
  // BENCH_SEARCH_JSON=f keeps the whole report (the front for MIXED-PRECISION.md) besides the timing.
  const jsonOut = process.env['BENCH_SEARCH_JSON'];
  if (jsonOut !== undefined) writeFileAtomic(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
  const wall = (performance.now() - started) / 1000;
  const cpuSeconds = (used.user + used.system) / 1e6;
  process.stdout.write(`search ${model} (${layers} weighted layers, 16x16): ${wall.toFixed(0)} s wall, ${cpuSeconds.toFixed(0)} s CPU over ${report.threads} threads; `
    + `${report.points.length} configurations scored, ${report.points.filter((p) => p.onFront).length} on the front; cost cache ${report.cache.entries} entries, `
    + `${report.cache.hits} hits, ${report.cache.misses} misses, ${report.cache.simulations} simulations; `
    + `${report.pruning !== undefined ? `${pruningLine(report.pruning)}; ` : ''}`
    + `${report.heuristicCheck !== undefined ? `${heuristicCheckLine(report.heuristicCheck)}; ` : ''}`
    + `${report.estimates !== undefined ? `${report.estimates.configurations} cost estimates (${report.estimates.seconds.toFixed(0)} s wall on the main thread); ` : ''}`
    + `${report.scoredAhead !== undefined ? `${report.scoredAhead} candidates scored ahead; ` : ''}`
    + `phases (wall s) ${Object.entries(report.phaseSeconds ?? {}).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}; `
    // The wall time means little on a shared machine: the 1-minute load average says how shared it was.
    + `load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end\n`);
}
