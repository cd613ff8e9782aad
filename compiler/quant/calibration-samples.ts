// Calibration tensors split into samples of a graph's input shape: what calibration (compiler/ptq/) and
// the layer-by-layer passes (quant/layer-walk.ts, below passes/) both feed the float graph. A leaf, so
// the passes need not import the calibration driver. Codes CAL001-CAL003 (core/error-codes/calibration.ts).
import type { Graph } from '../ir/graph.js';
import { type Tensor, formatShape, numel, sameShape } from '../ir/tensor.js';
import { fail } from '../../core/diagnostics.js';

/** Splits the calibration tensors into samples of the graph's declared input shape (along dimension 0). */
export function samplesOf(graph: Graph, inputs: readonly Tensor[] | Tensor): Tensor[] {
  if (graph.inputs.length !== 1) fail('CAL001', `calibration needs a graph with one input; ${graph.name} has ${graph.inputs.length}`);
  const decl = graph.inputs[0]!.type;
  const batch = decl.shape[0]!;
  const per = numel(decl.shape);
  const out: Tensor[] = [];
  for (const t of Array.isArray(inputs) ? inputs : [inputs as Tensor]) {
    const n = t.type.shape[0] ?? 0;
    if (!sameShape(t.type.shape.slice(1), decl.shape.slice(1)) || n % batch !== 0) {
      fail('CAL002', `calibration tensor ${formatShape(t.type.shape)} does not fit input %${graph.inputs[0]!.name} ${formatShape(decl.shape)} `
        + `(a multiple of ${batch} samples of ${formatShape(decl.shape.slice(1))})`);
    }
    const data = t.data instanceof Float32Array ? t.data : Float32Array.from(t.data as ArrayLike<number>);
    for (let s = 0; s < n / batch; s++) out.push({ type: decl, data: data.subarray(s * per, (s + 1) * per) });
  }
  if (out.length === 0) fail('CAL003', `no calibration samples for graph ${graph.name}`);
  return out;
}
