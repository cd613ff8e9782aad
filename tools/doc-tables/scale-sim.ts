// SCALE-Sim v2's compute-cycle formulas (scalesim/compute/systolic_compute_ws.py, _os.py: folds run one
// after another, operands assumed in SRAM, pooling and requantization free) and the GEMM shape of every
// conv and dense layer of a quantized graph, for the comparison table in docs/CYCLE-MODEL.md.
import type { Graph } from '../../compiler/ir/graph.js';
import type { Dataflow } from '../../isa/spec.js';
import { assert } from '../../core/diagnostics.js';

/** A layer as a matrix product: M output pixels × K reduction elements × N output channels. */
export interface GemmShape {
  readonly m: number;
  readonly k: number;
  readonly n: number;
}

/**
 * SCALE-Sim's cycles for one layer on an R × C array:
 * ws: fold = T + 2R + C − 2 with T = M (output pixels), folds = ceil(K/R)·ceil(N/C);
 * os: fold = T + R + C − 2 with T = K, folds = ceil(M/R)·ceil(N/C); layer = folds·fold − 1.
 */
export function scaleSimCycles(s: GemmShape, rows: number, cols: number, dataflow: Dataflow): number {
  const folds = dataflow === 'ws'
    ? Math.ceil(s.k / rows) * Math.ceil(s.n / cols)
    : Math.ceil(s.m / rows) * Math.ceil(s.n / cols);
  const fold = dataflow === 'ws' ? s.m + 2 * rows + cols - 2 : s.k + rows + cols - 2;
  return folds * fold - 1;
}

const shapeOf = (g: Graph, name: string): readonly number[] => {
  const t = g.constants.get(name)?.type ?? g.values.get(name)?.type;
  assert(t !== undefined, `no type for ${name}`);
  return t.shape;
};

/**
 * The GEMM shape of every conv and dense node (batch 1), by node name. A grouped conv counts its
 * per-group reduction (SCALE-Sim would run each group as a layer of its own; none of the tabled models has one).
 */
export function layerGemmShapes(g: Graph): Map<string, GemmShape> {
  const out = new Map<string, GemmShape>();
  for (const node of g.nodes) {
    const conv = node.op === 'qconv2d' || node.op === 'conv2d';
    if (!conv && node.op !== 'qdense' && node.op !== 'dense') continue;
    const w = shapeOf(g, node.operands[1]!.name);
    const y = shapeOf(g, node.name);
    const m = conv ? y[2]! * y[3]! : 1;
    out.set(node.name, { m, k: w.slice(1).reduce((a, b) => a * b, 1), n: w[0]! });
  }
  return out;
}
