// `BENCH=search-parts npm run bench`: the CPU seconds of the search's reusable parts with and without their
// caches, on one thread (default fmnist_resnet, BENCH_SEARCH_MODEL=models/x.qir for another; the shipped
// calibration split halved as the search does). Integer scoring of the base and its single-layer moves
// (each layer's outputs at 4 bits: a greedy step's candidates), plainly (reference and fast convs) and through the prefix cache; and
// four alone-probes per layer for three layers, whole and through the float cut cache (quantization is
// done before those timed parts); and quantizing six descent-like candidates (4-bit weights moving up from
// the logits, with an alternative per step) with the calibration walk cache off and on, interleaved so both
// see the same load, each with its own AdaRound memo. A few minutes of CPU.
import { cpuUsage } from 'node:process';
import { loadavg } from 'node:os';
import { loadModel } from '../load-model.js';
import { loadChoiceData } from '../../compiler/data/choice-data.js';
import { heldOutSet, quantizedOutputs } from '../../compiler/ptq/choice-score.js';
import { IntPrefixCache } from '../../compiler/ptq/int-prefix-cache.js';
import { calibrationCache, quantizeModel } from '../../compiler/ptq/quantize-model.js';
import { type FloatCutCache, type Width, runSensitivityProbe } from '../../compiler/ptq/sensitivity.js';
import { type QuantConfig, presetConfig } from '../../compiler/quant/presets.js';
import { NodeOutputCache } from '../../compiler/quant/node-output-cache.js';
import { BASE_OPTION, assignmentConfig } from '../search/search-space.js';
import { withFastConvs } from '../search/fast-evaluation.js';

/** CPU seconds of `f` (this process, every thread). */
function cpuSeconds(f: () => void): number {
  const before = cpuUsage();
  f();
  const u = cpuUsage(before);
  return (u.user + u.system) / 1e6;
}

/** Prints the two comparisons. */
export async function benchSearchParts(): Promise<void> {
  const model = process.env['BENCH_SEARCH_MODEL'] ?? 'models/fmnist_resnet.qir';
  const graph = loadModel(model);
  const data = loadChoiceData('models/data/fashion-mnist');
  const set = heldOutSet(graph, data.heldOut, data.heldOutLabels);
  const cache = calibrationCache(graph, data.calib);
  const layers = graph.nodes.filter((n) => n.op === 'conv2d' || n.op === 'dense').map((n) => n.name);
  const base = presetConfig('w8a8');
  const configs: QuantConfig[] = [base, ...layers.map((l) => ({ ...base, layers: { ...base.layers, [l]: { ...base.layers[l], actBits: 4 as const } } }))];
  const graphs = configs.map((config) => quantizeModel(graph, { config, calib: cache.calib, cache }).graph);
  const load = loadavg()[0]!;
  const plain = cpuSeconds(() => graphs.forEach((q) => quantizedOutputs(q, set)));
  const fast = cpuSeconds(() => withFastConvs(() => graphs.forEach((q) => quantizedOutputs(q, set))));
  const prefix = new IntPrefixCache(set.images.type.shape[0]!);
  const cached = cpuSeconds(() => graphs.forEach((q) => quantizedOutputs(q, set, prefix)));
  const probes = [layers[1]!, layers[Math.floor(layers.length / 2)]!, layers.at(-1)!].flatMap((layer) => (['8', 'a4', 'pow2', '2'] as Width[]).map((width) => ({ layer, width })));
  probes.forEach((p) => runSensitivityProbe(base, cache, set, p)); // quantizes each probe's configuration once (AdaRound memo), untimed
  const whole = cpuSeconds(() => probes.forEach((p) => runSensitivityProbe(base, cache, set, p)));
  const wholeFast = cpuSeconds(() => withFastConvs(() => probes.forEach((p) => runSensitivityProbe(base, cache, set, p))));
  const floatCut: FloatCutCache = new Map();
  const cut = cpuSeconds(() => probes.forEach((p) => runSensitivityProbe(base, cache, set, p, floatCut)));
  // A greedy path from the base (each step's move and one alternative), as the search's workers quantize it.
  const w4 = { weight: '4', act: 8 } as const;
  const order = [...layers.keys()].reverse();
  let cur = Object.fromEntries(layers.map((l) => [l, BASE_OPTION]));
  const steps = [0, 1, 2].flatMap((s) => {
    const alt = { ...cur, [layers[order[s + 3]!]!]: w4 };
    cur = { ...cur, [layers[order[s]!]!]: w4 };
    return [assignmentConfig(base, cur), assignmentConfig(base, alt)];
  });
  const walkOff = { ...cache, adaround: new Map(), walk: new NodeOutputCache(cache.walk.samples, 0) };
  const walkOn = { ...cache, adaround: new Map(), walk: new NodeOutputCache(cache.walk.samples, cache.walk.maxBytes) };
  const walkCpu = [0, 0];
  for (const config of steps) [walkOff, walkOn].forEach((c, i) => (walkCpu[i]! += cpuSeconds(() => quantizeModel(graph, { config, calib: c.calib, cache: c }))));
  const n = set.images.type.shape[0]!;
  process.stdout.write(`search parts ${model}, ${n} held-out images, one thread (load average ${load.toFixed(1)}):\n`
    + `  integer scoring of the base and its ${layers.length} single-layer a4 moves: ${plain.toFixed(1)} s CPU plain (${fast.toFixed(1)} s with the search's fast convs), ${cached.toFixed(1)} s with the prefix cache (${prefix.stats().hits} node hits)\n`
    + `  ${probes.length} alone-probes (4 widths × 3 layers): ${whole.toFixed(1)} s CPU whole (${wholeFast.toFixed(1)} s with the fast convs), ${cut.toFixed(1)} s with the float cut cache\n`
    + `  quantizing ${steps.length} descent-like candidates: ${walkCpu[0]!.toFixed(1)} s CPU without the calibration walk cache, ${walkCpu[1]!.toFixed(1)} s with it (${walkOn.walk.stats().hits} node hits)\n`);
}
