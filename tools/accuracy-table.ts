// Regenerates docs/ACCURACY.md: top-1 on the Fashion-MNIST test split for every model in models/ × preset,
// each preset quantized with its static recipe on the 1000-image calibration split, and with `+auto`
// (AutoQuant: recipe and ranges chosen on the calibration split's held-out half; the test split is only
// evaluated), next to PyTorch's PTQ figures from models/reference/RESULTS.md. Measured cells are kept in
// docs/accuracy-table.json, so a subset can be (re)measured and the page rebuilt from all of them:
//   npm run build && node dist/tools/accuracy-table.js [--models a,b] [--presets w8a8,w8a8+auto] [--limit N] [--render]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadQir } from '../compiler/qir/load.js';
import { loadFashionMnist } from '../compiler/data/fashion-mnist.js';
import { loadChoiceData } from '../compiler/data/choice-data.js';
import { quantizeModel } from '../compiler/ptq/quantize-model.js';
import { heldOutSet } from '../compiler/ptq/choice-score.js';
import { autoQuant } from '../compiler/ptq/auto-quant.js';
import { writeFileAtomic } from '../compiler/io/atomic-write.js';
import { evaluate } from './eval/evaluate.js';
import { formatSection, readFormatStore } from './format-accuracy-section.js';

const ALL_PRESETS = ['w16a16', 'w8a8', 'w8a8+auto', 'w8a8-pc', 'w8a8-pow2', 'w4a8', 'w4a8+auto', 'w4a8-log', 'w4a8-log+auto', 'w4a8-g32', 'w4a8-g64', 'w4a8-g128', 'w8a8-g128', 'w4a4', 'binary'];
const DATA = 'models/data/fashion-mnist';
const STORE = 'docs/accuracy-table.json';
/** PyTorch's own PTQ on the same weights (RESULTS.md): FP32, the best INT8 per-tensor of (b)/(b′), W4A8 and W4A4 fake-quant per-channel. */
const PYTORCH: Record<string, { fp32: number; int8PerTensor: number; w4a8?: number; w4a4?: number }> = {
  fmnist_mlp: { fp32: 89.22, int8PerTensor: 89.24, w4a8: 89.06, w4a4: 88.96 },
  fmnist_cnn: { fp32: 88.11, int8PerTensor: 88.02, w4a8: 85.0, w4a4: 84.57 },
  fmnist_dwsep: { fp32: 87.96, int8PerTensor: 87.79, w4a8: 80.92, w4a4: 66.77 },
};

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const limit = arg('limit') === undefined ? undefined : Number(arg('limit'));
// --render measures nothing: it rebuilds ACCURACY.md from the kept cells.
const models = process.argv.includes('--render') ? [] : (arg('models')?.split(',') ?? readdirSync('models').filter((f) => f.endsWith('.qir')).map((f) => f.slice(0, -4))).sort();
const presets = arg('presets')?.split(',') ?? ALL_PRESETS;
const store: Record<string, string> = existsSync(STORE) && limit === undefined ? JSON.parse(readFileSync(STORE, 'utf8')) : {};
const test = loadFashionMnist(DATA, 'test', limit);
const calib = loadFashionMnist(DATA, 'calib').images;
const choice = loadChoiceData(DATA);

for (const model of models) {
  const graph = loadQir(`models/${model}.qir`);
  if (store[`${model}|fp32`] === undefined || presets.includes('fp32')) {
    store[`${model}|fp32`] = (await evaluate({ name: 'fp32', description: '', graph, runner: 'float' }, test.images, test.labels)).accuracyPct.toFixed(2);
  }
  for (const preset of presets.filter((p) => p !== 'fp32')) {
    let cell: string;
    try {
      const [name, auto] = preset.split('+');
      const q = auto === 'auto'
        ? autoQuant(graph, { preset: name!, calib: choice.calib, heldOut: heldOutSet(graph, choice.heldOut, choice.heldOutLabels) }).graph
        : quantizeModel(graph, { preset, calib }).graph;
      cell = (await evaluate({ name: preset, description: '', graph: q, runner: 'int' }, test.images, test.labels)).accuracyPct.toFixed(2);
    } catch (e) {
      cell = `n/a (${(e as Error).message.split('\n')[0]!.slice(0, 60)})`;
    }
    store[`${model}|${preset}`] = cell;
    process.stderr.write(`${model} ${preset}: ${cell}\n`);
    if (limit === undefined) writeFileAtomic(STORE, `${JSON.stringify(store, null, 2)}\n`);
  }
}

const allModels = [...new Set(Object.keys(store).map((k) => k.split('|')[0]!))].sort();
const rows = allModels.map((m) => {
  const p = PYTORCH[m];
  const torch = p ? `${p.fp32} / ${p.int8PerTensor} / ${p.w4a8 ?? '-'} / ${p.w4a4 ?? '-'}` : 'not measured (no PyTorch run on this model)';
  return `| \`${m}\` | ${['fp32', ...ALL_PRESETS].map((c) => store[`${m}|${c}`] ?? '-').join(' | ')} | ${torch} |`;
});
const text = `# Accuracy of the quantization presets (generated)

Top-1 accuracy in % on ${limit === undefined ? 'the full Fashion-MNIST test split (10,000 images)' : `the first ${test.count} Fashion-MNIST test images`},
computed by the integer reference (bit-identical to the simulator). A preset is quantized with its static
recipe on the 1000-image calibration split; \`+auto\` is AutoQuant: the recipe steps and ranges chosen by
the held-out loss on the calibration split (images 0..499 calibrate, 500..999 judge), quantized on images
0..499 (QUANTIZATION.md, "AutoQuant"). The test split is only ever evaluated. Regenerate with:

\`\`\`sh
npm run build && node dist/tools/accuracy-table.js [--models m1,m2] [--presets w8a8,w8a8+auto]
\`\`\`

(cells are kept in docs/accuracy-table.json; a run re-measures the models and presets it is given.)

| model | FP32 | ${ALL_PRESETS.join(' | ')} | PyTorch FP32 / best INT8 per-tensor / W4A8 / W4A4 |
|---|---:|${ALL_PRESETS.map(() => '---:').join('|')}|---|
${rows.join('\n')}

The PyTorch column is what PyTorch's own post-training quantization reaches on the same weights
(models/reference/RESULTS.md: best INT8 per-tensor = the better of HistogramObserver activations over 0..127
and 0..255, with per-tensor weights; W4A8/W4A4 = fake-quant, per-channel 4-bit weights, min-max). What each preset does is in
[QUANTIZATION.md](QUANTIZATION.md). Quantization-aware training (\`accsim qat\`: fine-tuned on the training
split, measured by the same integer reference on the 10k test split) is in [QAT.md](QAT.md), "Results".
${formatSection(readFormatStore(), (m) => store[`${m}|fp32`])}`;
if (limit === undefined) writeFileAtomic('docs/ACCURACY.md', text);
process.stdout.write(text);
