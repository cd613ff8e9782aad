// What both interpreters do around the ops: bind the graph inputs (checked) and gather a node's operands.
import type { Graph, Node, Value } from '../ir/graph.js';
import { type Tensor, formatShape, sameShape } from '../ir/tensor.js';
import { assert, fail } from '../../core/diagnostics.js';
import { DTYPES } from '../ir/dtype.js';

/** A value environment holding the graph inputs, each checked against its declared shape (RUN001/RUN002). */
export function bindInputs(graph: Graph, inputs: ReadonlyMap<string, Tensor>): Map<string, Tensor> {
  const env = new Map<string, Tensor>();
  for (const v of graph.inputs) {
    const t = inputs.get(v.name);
    if (!t) fail('RUN001', `missing input %${v.name} (${formatShape(v.type.shape)})`);
    if (!sameShape(t.type.shape, v.type.shape)) fail('RUN002', `input %${v.name} has shape ${formatShape(t.type.shape)}, the graph expects ${formatShape(v.type.shape)}`);
    if (t.type.dtype !== v.type.dtype && !(DTYPES[t.type.dtype].isFloat && DTYPES[v.type.dtype].isFloat)) {
      fail('RUN002', `input %${v.name} is ${t.type.dtype} data; the graph takes ${v.type.dtype}`);
    }
    env.set(v.name, t);
  }
  return env;
}

/** The tensors `node` reads: runtime values from `env`, constants from the graph. */
export function operandsOf(graph: Graph, env: ReadonlyMap<string, Tensor>, node: Node): Tensor[] {
  return node.operands.map((o) => {
    const t = o.ref === 'value' ? env.get(o.name) : graph.constants.get(o.name);
    assert(t, `operand ${o.name} of ${node.name} missing at run time`);
    return t;
  });
}

/**
 * RUN002 for a batch whose shape does not fit the graph input `decl`: a graph with batch 1 takes any number
 * of images (run one at a time); a graph that kept a fixed batch M (the importer found it mixes images)
 * takes exactly M.
 */
export function batchShapeError(decl: Value, actual: readonly number[]): never {
  const sample = formatShape(decl.type.shape.slice(1));
  const m = decl.type.shape[0]!;
  const rule = m === 1
    ? `the graph takes [N,${decl.type.shape.slice(1).join(',')}]: any number N ≥ 1 of images of ${sample}`
    : `the graph keeps the fixed batch of ${m} it was exported with (it mixes images; the import note says how), so it takes exactly ${formatShape(decl.type.shape)}`;
  return fail('RUN002', `input %${decl.name} has shape ${formatShape(actual)}; ${rule}`);
}
