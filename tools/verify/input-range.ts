// The float range the graph's input quantizer represents: [s·(qmin − z), s·(qmax − z)].
import type { Graph } from '../../compiler/ir/graph.js';
import { DTYPES, type DType } from '../../compiler/ir/dtype.js';
import { fail } from '../../core/diagnostics.js';

/** The representable input range of a quantized graph (its first `quantize` node). */
export function inputQuantRange(quantGraph: Graph): [number, number] {
  const q = quantGraph.nodes.find((n) => n.op === 'quantize');
  if (q === undefined) fail('CLI072', `graph ${quantGraph.name} has no quantize node`);
  const scale = q.attrs['scale'] as number;
  const zero = (q.attrs['zero'] as number | undefined) ?? 0;
  const info = DTYPES[q.attrs['dtype'] as DType];
  return [scale * (info.min! - zero), scale * (info.max! - zero)];
}
