// The export of a trained QAT network: its float weights and biases written back into the float graph,
// its learned grids, weight scales and thresholds handed to insert-quantizers as explicit parameters.
// The result is the same kind of integer graph post-training quantization writes (and the same graph
// structure as the PTQ graph the network was built from), so compile, sim, run and eval take it as it is.
import type { Graph } from '../ir/graph.js';
import { assert } from '../../core/diagnostics.js';
import { runPipeline } from '../passes/index.js';
import type { ExplicitGrid, ExplicitQuantParams } from '../quant/explicit-params.js';
import { writeBack } from '../train/net-builder.js';
import type { QatModel } from './qat-net.js';
import { gridOf } from './qat-layers.js';

/** The learned quantization parameters of `model` at `params`, in insert-quantizers' explicit form. */
export function explicitParams(model: QatModel, params: Float32Array): ExplicitQuantParams {
  const activations = new Map<string, ExplicitGrid>();
  for (const [name, r] of model.acts) {
    if (r.kind === 'binary') activations.set(name, { scale: params[r.beta.offset]!, offset: params[r.t.offset]! });
    else {
      const g = gridOf(r.grid, params);
      activations.set(name, { scale: g.s, zero: g.z });
    }
  }
  const weightScales = new Map<string, Float64Array>();
  for (const [name, r] of model.weights) {
    const slot = r.kind === 'lsq' ? r.s : r.alpha;
    const s = params.subarray(slot.offset, slot.offset + slot.length);
    const cout = r.kind === 'lsq' ? r.cout : slot.length;
    weightScales.set(name, Float64Array.from({ length: cout }, (_, c) => s[slot.length === 1 ? 0 : c]!));
  }
  const binarize = new Map([...model.binarize].map(([name, r]) => [name, { scale: params[r.beta.offset]!, offset: params[r.t.offset]! }]));
  return { activations, weightScales, binarize };
}

/**
 * The integer graph of a trained QAT network (insert-quantizers with explicit parameters on the trained
 * float graph). `expected` (the PTQ graph the network mirrors) is checked node for node: same names, ops
 * and dtypes.
 */
export function exportQat(model: QatModel, params: Float32Array, expected?: Graph): Graph {
  const trained = writeBack(model.float, model.net, params, model.net.buffers);
  const graph = runPipeline(trained, ['insert-quantizers'], { quantConfig: model.config, explicit: explicitParams(model, params) }).graph;
  if (expected !== undefined) {
    const sig = (g: Graph) => g.nodes.map((n) => `${n.name}:${n.op}:${g.values.get(n.name)?.type.dtype}`).join(' ');
    assert(sig(graph) === sig(expected), `the QAT export differs in structure from the graph it was trained as:\n${sig(graph)}\n${sig(expected)}`);
  }
  return graph;
}
