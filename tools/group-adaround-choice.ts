// Whether the group-wise presets (w4a8-g32/g64/g128, w8a8-g128) gain from AdaRound with the group-aware
// step (compiler/quant/adaround.ts, per-element steps s_n·m[n, g]): each preset quantized with and without
// the adaround step on calibration images 0..499 and judged on 500..999 (mean cross-entropy, top-1 and the
// paired standard error of the drop). Never reads the test split.
//   npm run build && node dist/tools/group-adaround-choice.js fmnist_cnn [w4a8-g128,w4a8-g32]
import { loadQir } from '../compiler/qir/load.js';
import { loadChoiceData } from '../compiler/data/choice-data.js';
import { quantizeModel } from '../compiler/ptq/quantize-model.js';
import { floatScore, heldOutSet, scoreQuantized } from '../compiler/ptq/choice-score.js';

const model = process.argv[2] ?? 'fmnist_cnn';
const presets = (process.argv[3] ?? 'w4a8-g32,w4a8-g64,w4a8-g128,w8a8-g128').split(',');
const graph = loadQir(`models/${model}.qir`);
const choice = loadChoiceData('models/data/fashion-mnist');
const set = heldOutSet(graph, choice.heldOut, choice.heldOutLabels);
const line = (label: string, s: { loss: number; accuracyPct?: number }): void => {
  process.stdout.write(`${model} ${label.padEnd(24)} held-out top-1 ${s.accuracyPct?.toFixed(1)} loss ${s.loss.toFixed(4)}\n`);
};
line('fp32', floatScore(set));
for (const preset of presets) {
  for (const adaround of [false, true]) {
    const t0 = Date.now();
    const q = quantizeModel(graph, { preset, calib: choice.calib, adaround }).graph;
    line(`${preset} adaround=${adaround}`, scoreQuantized(q, set));
    process.stderr.write(`  (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
}
