// Measures the float and microscaling format presets (compiler/quant/format-presets.ts) on the Fashion-MNIST
// test split with the format reference and rewrites docs/ACCURACY.md's format section:
//   npm run build && node dist/tools/format-accuracy.js [--models a,b] [--presets mxint8,fp8] [--limit N] [--render]
// FP32 comes from docs/accuracy-table.json (accuracy-table.ts measures it). --limit prints without writing;
// --render measures nothing and rebuilds the section from the kept cells.
import { readdirSync, readFileSync } from 'node:fs';
import { loadQir } from '../compiler/qir/load.js';
import { loadFashionMnist } from '../compiler/data/fashion-mnist.js';
import { formatQuantize } from '../compiler/ptq/format-model.js';
import { writeFileAtomic } from '../compiler/io/atomic-write.js';
import { evaluate } from './eval/evaluate.js';
import { FORMAT_COLUMNS, FORMAT_SECTION_HEADING, FORMAT_STORE, formatSection, readFormatStore } from './format-accuracy-section.js';

const DATA = 'models/data/fashion-mnist';
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const limit = arg('limit') === undefined ? undefined : Number(arg('limit'));
const models = (arg('models')?.split(',') ?? readdirSync('models').filter((f) => f.endsWith('.qir')).map((f) => f.slice(0, -4))).sort();
const presets = arg('presets')?.split(',') ?? FORMAT_COLUMNS;
const store = readFormatStore();
const test = loadFashionMnist(DATA, 'test', limit);
const calib = loadFashionMnist(DATA, 'calib').images;

for (const model of process.argv.includes('--render') ? [] : models) {
  const graph = loadQir(`models/${model}.qir`);
  for (const preset of presets) {
    const t0 = Date.now();
    const fm = formatQuantize(graph, preset, calib);
    // evaluate() spreads the images over worker threads (each rebuilds the format model from the graph,
    // the activation scales, the INT8 input grids and the fixed weight scales), as `accsim eval --preset` does.
    const runner = { preset, actScales: Object.fromEntries(fm.actScales), int8Inputs: Object.fromEntries(fm.int8Inputs), weightScales: Object.fromEntries(fm.weightScales ?? []) };
    const { correct } = await evaluate({ name: preset, description: '', graph: fm.graph, runner }, test.images, test.labels);
    const cell = (100 * correct / test.count).toFixed(2);
    process.stderr.write(`${model} ${preset}: ${cell} (${test.count} images, ${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
    store[`${model}|${preset}`] = cell;
    // Re-read the kept cells before writing: a run measuring other presets at the same time keeps its cells.
    if (limit === undefined) writeFileAtomic(FORMAT_STORE, `${JSON.stringify({ ...readFormatStore(), [`${model}|${preset}`]: cell }, null, 2)}\n`);
  }
}

Object.assign(store, readFormatStore());
const intStore = JSON.parse(readFileSync('docs/accuracy-table.json', 'utf8')) as Record<string, string>;
const section = formatSection(store, (m) => intStore[`${m}|fp32`]);
if (limit === undefined) {
  const page = readFileSync('docs/ACCURACY.md', 'utf8');
  const at = page.indexOf(`\n${FORMAT_SECTION_HEADING}`);
  writeFileAtomic('docs/ACCURACY.md', `${at < 0 ? page : page.slice(0, at)}${section}`);
}
process.stdout.write(section);
