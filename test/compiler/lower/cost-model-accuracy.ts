// The cost model (compiler/lower/cost-model.ts) against the simulator: every conv/dense layer the lowering
// predicts (its `predicted N cycles` layer header) next to the simulated layer span (first start to last end
// of the layer's instructions), over the models in models/ × presets × machines.
import type { Graph } from '../../../compiler/ir/graph.js';
import { lowerGraphWithComments } from '../../../compiler/lower/lower-graph.js';
import type { HwConfig } from '../../../isa/hw-config.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { seededBatch } from './models.js';
import { predictions } from '../../../tools/doc-tables/measure-point.js';

/** One layer's prediction and simulation. */
export interface LayerAccuracy {
  readonly point: string;
  readonly layer: string;
  readonly predicted: number;
  /** First start to last end of the layer's instructions. */
  readonly span: number;
  /** Last end of the layer minus the last end of every layer before it: the cycles it adds to the program. */
  readonly simulated: number;
}

/** Lowers and simulates `g` on `hw` (one seeded input): predicted vs simulated cycles of each predicted layer. */
export function layerAccuracy(g: Graph, hw: HwConfig, point: string): LayerAccuracy[] {
  const { program, comments } = lowerGraphWithComments(g, hw);
  const predicted = predictions(comments);
  const input = program.tensors.find((t) => t.role === 'input')!;
  const n = input.shape.reduce((a, b) => a * b, 1);
  const codes = Array.from(seededBatch([n], 1, 3).data as Float32Array, (v) => Math.floor((v + 1) * 127.5) & 0xff);
  const r = simulateProgram(program, new Map([[input.name, codes]]));
  const out: LayerAccuracy[] = [];
  let before = 0;
  for (const l of r.stats.layers) {
    if (predicted.has(l.name)) out.push({ point, layer: l.name, predicted: predicted.get(l.name)!, span: l.cycles, simulated: l.lastCycle - before });
    before = Math.max(before, l.lastCycle);
  }
  return out;
}

/** |predicted / simulated − 1|. */
export function deviation(a: LayerAccuracy): number {
  return Math.abs(a.predicted / a.simulated - 1);
}
