// Regenerates the SCALE-Sim comparison of docs/CYCLE-MODEL.md (issue 13): every conv and dense layer of
// fmnist_cnn and ResNet-18 (w8a8) at 16x16 and 32x32, ws and os, on the ample-memory machine: our array cycles
// after the layers before it (the like-for-like figure: SCALE-Sim runs layers one after another with operands
// in SRAM and free requantization), our array span and our full layer span beside SCALE-Sim's formula; the
// whole program (pools and adds included) against Σ SCALE-Sim over the conv and dense layers; and the
// lowering's predicted cycles per layer against the simulated layer span.
// Run: npm run build && node dist/tools/doc-tables/scale-sim-table.js [--hw models/hw/ample.json] [--models fmnist_cnn]
import { pathToFileURL } from 'node:url';
import type { Dataflow } from '../../isa/spec.js';
import { hwConfigFromFlags } from '../hw-options.js';
import { updateDocBlock } from './doc-markers.js';
import { docModel, measurePoint, type DocModel, type PointFigures } from './measure-point.js';
import { layerGemmShapes, scaleSimCycles, type GemmShape } from './scale-sim.js';

const ARRAYS = ['16x16', '32x32'];
const DATAFLOWS: readonly Dataflow[] = ['ws', 'os'];
const COMMAND = 'npm run build && node dist/tools/doc-tables/scale-sim-table.js';

/** One configuration's measurement with the SCALE-Sim figure of each conv/dense layer. */
export interface ScaleSimColumn {
  readonly array: string;
  readonly dataflow: Dataflow;
  readonly figures: PointFigures;
  /** Layer name → SCALE-Sim cycles. */
  readonly scaleSim: ReadonlyMap<string, number>;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** SCALE-Sim's cycles of every tabled layer of one configuration. */
export function scaleSimColumn(shapes: ReadonlyMap<string, GemmShape>, figures: PointFigures, array: string, dataflow: Dataflow): ScaleSimColumn {
  const [rows, cols] = array.split('x').map(Number) as [number, number];
  return { array, dataflow, figures, scaleSim: new Map([...shapes].map(([name, s]) => [name, scaleSimCycles(s, rows, cols, dataflow)])) };
}

/** Count of the layers above SCALE-Sim by one figure, and the highest ratio. */
interface Above {
  count: number;
  worst: number;
  name: string;
}

const tally = (a: Above, ours: number, ss: number, name: string): string => {
  if (ours > ss) a.count++;
  if (ours / ss > a.worst) Object.assign(a, { worst: ours / ss, name });
  return ours <= ss ? '✓' : '✗';
};

/**
 * The markdown table of one model: one row per conv/dense layer, one column per configuration, the whole
 * program, and per column the layers above SCALE-Sim. The compared figure is the array cycles after the layers
 * before it (array-span.ts arrayCyclesAfter: SCALE-Sim's serial timeline, where a layer starts once the layers
 * before it have ended; docs/CYCLE-MODEL.md argues it); the array span (from the layer's first, possibly
 * hoisted, array instruction) is printed and counted beside it for reference.
 */
export function modelTable(model: string, shapes: ReadonlyMap<string, GemmShape>, columns: readonly ScaleSimColumn[]): string {
  const above = columns.map(() => ({ after: { count: 0, worst: 0, name: '' }, span: { count: 0, worst: 0, name: '' } }));
  const rows = [...shapes].map(([name, s]) => {
    const cells = columns.map((c, k) => {
      const l = c.figures.layers.find((x) => x.name === name);
      const ss = c.scaleSim.get(name)!;
      if (l === undefined) return 'not in program';
      const after = l.arrayAfterCycles ?? l.arrayCycles;
      tally(above[k]!.span, l.arrayCycles, ss, name);
      return `${int(after)} / ${int(l.arrayCycles)} / ${int(l.cycles)} / ${int(ss)} ${tally(above[k]!.after, after, ss, name)}`;
    });
    return `| ${name} | ${s.m}×${s.k}×${s.n} | ${cells.join(' | ')} |`;
  });
  const totals = columns.map((c) => {
    const sum = [...c.scaleSim.values()].reduce((a, b) => a + b, 0);
    return `— / — / ${int(c.figures.cycles)} / ${int(sum)} ${c.figures.cycles <= sum ? '✓' : '✗'}`;
  });
  const count = (a: Above) => `${a.count} of ${shapes.size} (highest ${a.worst.toFixed(3)}×, ${a.name})`;
  const exact = columns.every((c) => c.figures.bitExact === true);
  return [
    `**${model}** (w8a8; each cell: our array cycles after the layers before it (the compared figure) / our array span / our full layer span / SCALE-Sim, cycles; ✓ = the compared figure at or below SCALE-Sim):`,
    '',
    `| layer | M×K×N | ${columns.map((c) => `${c.array} ${c.dataflow}`).join(' | ')} |`,
    `| --- | --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...rows,
    `| whole program vs Σ SCALE-Sim conv + dense | | ${totals.join(' | ')} |`,
    `| layers above SCALE-Sim (array cycles after the layers before it / SCALE-Sim) | | ${above.map((a) => count(a.after)).join(' | ')} |`,
    `| for reference: array spans above SCALE-Sim (array span / SCALE-Sim) | | ${above.map((a) => count(a.span)).join(' | ')} |`,
    ...(exact ? [] : ['', 'NOT bit-exact at some configuration: see the run.']),
  ].join('\n');
}

/**
 * The cost model against the simulator, per layer the lowering predicts (conv and dense on the array):
 * predicted / simulated cycles the layer adds to the program (its last end minus the last end of the layers
 * before it: what the model predicts, test/compiler/lower/cost-model-accuracy.test.ts) and their ratio, per
 * configuration, with the largest deviation per column.
 */
export function predictionTable(model: string, columns: readonly ScaleSimColumn[]): string {
  const names = [...new Set(columns.flatMap((c) => c.figures.layers.filter((l) => l.predictedCycles !== undefined).map((l) => l.name)))];
  const worst = columns.map(() => ({ dev: 0, name: '' }));
  const rows = names.map((name) => {
    const cells = columns.map((c, k) => {
      const l = c.figures.layers.find((x) => x.name === name);
      if (l?.predictedCycles === undefined || l.addedCycles <= 0) return '—';
      const ratio = l.predictedCycles / l.addedCycles;
      if (Math.abs(ratio - 1) > worst[k]!.dev) worst[k] = { dev: Math.abs(ratio - 1), name };
      return `${int(l.predictedCycles)} / ${int(l.addedCycles)} (${ratio.toFixed(2)})`;
    });
    return `| ${name} | ${cells.join(' | ')} |`;
  });
  return [
    `**${model}**, the lowering's cost model (each cell: predicted / simulated cycles the layer adds to the program (ratio)):`,
    '',
    `| layer | ${columns.map((c) => `${c.array} ${c.dataflow}`).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...rows,
    `| largest deviation | ${worst.map((w) => (w.name === '' ? '—' : `${(100 * w.dev).toFixed(1)}% (${w.name})`)).join(' | ')} |`,
  ].join('\n');
}

/** --hw (default the ample-memory machine; hwConfigFromFlags reports a missing file) and --models. */
function parseArgs(argv: readonly string[]): { hw: string; models: DocModel[] } {
  const value = (flag: string): string | undefined => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
  return { hw: value('--hw') ?? 'models/hw/ample.json', models: (value('--models')?.split(',') ?? ['fmnist_cnn', 'resnet18']) as DocModel[] };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { hw, models } = parseArgs(process.argv.slice(2));
  const tables: string[] = [];
  const predictionsOf: string[] = [];
  for (const model of models) {
    const prepared = docModel(model, 'w8a8');
    const shapes = layerGemmShapes(prepared.graph);
    const columns: ScaleSimColumn[] = [];
    for (const array of ARRAYS) {
      for (const dataflow of DATAFLOWS) {
        const figures = measurePoint(model, 'w8a8', hwConfigFromFlags({ hw, array, dataflow }), true, prepared);
        process.stderr.write(`${model} ${array} ${dataflow}: ${figures.cycles} cycles, bit-exact ${figures.bitExact}\n`);
        columns.push(scaleSimColumn(shapes, figures, array, dataflow));
      }
    }
    tables.push(modelTable(model, shapes, columns));
    predictionsOf.push(predictionTable(model, columns));
  }
  const intro = `Machine: \`${hw}\` with --array and --dataflow set per column; one image. Regenerate with \`${COMMAND}\`.`;
  const predictedIntro = 'The same runs, the cost model of the lowering (compiler/lower/cost-model.ts, printed in `compile --asm` layer headers) against the cycles each layer adds to the simulated program (its last end minus the last end of the layers before it; its span would also count the loads it prefetches while the previous layer runs):';
  updateDocBlock('docs/CYCLE-MODEL.md', 'scale-sim', [intro, '', tables.join('\n\n'), '', predictedIntro, '', predictionsOf.join('\n\n')].join('\n'));
  process.stdout.write('updated docs/CYCLE-MODEL.md\n');
}
