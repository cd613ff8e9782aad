// Regenerates docs/ACCURACY.md: top-1 on the Fashion-MNIST test split for every shipped model × preset,
// calibrated on the 1000-image calibration split, next to PyTorch's PTQ figures from the models' RESULTS.
// Run: npm run build && node dist/tools/accuracy-table.js [--limit N]   (the full 10k takes a while)
import { loadQir } from '../compiler/qir/load.js';
import { loadFashionMnist } from '../compiler/data/fashion-mnist.js';
import { quantizeModel } from '../compiler/ptq/quantize-model.js';
import { writeFileAtomic } from '../compiler/io/atomic-write.js';
import { evaluate, type EvalConfig } from './eval/evaluate.js';

const MODELS = ['fmnist_mlp', 'fmnist_cnn', 'fmnist_dwsep'];
const PRESETS = ['w16a16', 'w8a8', 'w8a8-pc', 'w8a8-pow2', 'w4a8', 'w4a4', 'binary'];
const DATA = 'models/data/fashion-mnist';
/** PyTorch's own PTQ on the same weights (models' RESULTS.md): FP32, the best INT8 per-tensor of (b)/(b′), W4A8 and W4A4 fake-quant per-channel. */
const PYTORCH: Record<string, { fp32: number; int8PerTensor: number; w4a8: number; w4a4: number }> = {
  fmnist_mlp: { fp32: 89.22, int8PerTensor: 89.24, w4a8: 89.06, w4a4: 88.96 },
  fmnist_cnn: { fp32: 88.11, int8PerTensor: 88.02, w4a8: 85.0, w4a4: 84.57 },
  fmnist_dwsep: { fp32: 87.96, int8PerTensor: 87.79, w4a8: 80.92, w4a4: 66.77 },
};

const limitArg = process.argv.indexOf('--limit');
const limit = limitArg >= 0 ? Number(process.argv[limitArg + 1]) : undefined;
const test = loadFashionMnist(DATA, 'test', limit);
const calib = loadFashionMnist(DATA, 'calib').images;
const rows: string[] = [];
for (const model of MODELS) {
  const graph = loadQir(`models/${model}.qir`);
  const cells: string[] = [];
  const fp32 = await evaluate({ name: 'fp32', description: '', graph, runner: 'float' }, test.images, test.labels);
  cells.push(fp32.accuracyPct.toFixed(2));
  for (const preset of PRESETS) {
    let cell: string;
    try {
      const config: EvalConfig = { name: preset, description: '', graph: quantizeModel(graph, { preset, calib }).graph, runner: 'int' };
      cell = (await evaluate(config, test.images, test.labels)).accuracyPct.toFixed(2);
    } catch (e) {
      cell = `n/a (${(e as Error).message.split('\n')[0]!.slice(0, 60)})`;
    }
    cells.push(cell);
    process.stderr.write(`${model} ${preset}: ${cell}\n`);
  }
  const p = PYTORCH[model]!;
  rows.push(`| \`${model}\` | ${cells.join(' | ')} | ${p.fp32} / ${p.int8PerTensor} / ${p.w4a8} / ${p.w4a4} |`);
}
const text = `# Accuracy of the quantization presets (generated)

Top-1 accuracy in % on ${limit === undefined ? 'the full Fashion-MNIST test split (10,000 images)' : `the first ${test.count} Fashion-MNIST test images`},
computed by the integer reference (bit-identical to the simulator), every preset calibrated on the
1000-image calibration split. Regenerate with:

\`\`\`sh
npm run build && node dist/tools/accuracy-table.js${limit === undefined ? '' : ` --limit ${limit}`}
\`\`\`

| model | FP32 | ${PRESETS.join(' | ')} | PyTorch FP32 / best INT8 per-tensor / W4A8 / W4A4 |
|---|---:|${PRESETS.map(() => '---:').join('|')}|---|
${rows.join('\n')}

The PyTorch column is what PyTorch's own post-training quantization reaches on the same weights
(models/reference/RESULTS.md: best INT8 per-tensor = the better of HistogramObserver activations over 0..127
and 0..255, with per-tensor weights; W4A8/W4A4 = fake-quant, per-channel 4-bit weights, min-max). What each preset does is in
[QUANTIZATION.md](QUANTIZATION.md).
`;
writeFileAtomic('docs/ACCURACY.md', text);
process.stdout.write(text);
