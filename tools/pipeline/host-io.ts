// The host side of a compiled program: graph tensors (NCHW, one element per slot) ↔ program tensors
// (the .accbin descriptors: NHWC or NC in DRAM). The program's input is the output of the graph's
// `quantize` node, its output the integer tensor the final `dequantize` reads (docs/LOWERING.md).
import type { Graph } from '../../compiler/ir/graph.js';
import { lookupOp } from '../../compiler/ir/op-registry.js';
import { type Tensor, numel } from '../../compiler/ir/tensor.js';
import { inferTypes } from '../../compiler/ir/verify.js';
import { assert, fail } from '../../core/diagnostics.js';
import type { Program } from '../../isa/program-file.js';

import { nchwToNhwc, nhwcToNchw, programEnds } from './program-layout.js';

export { nchwToNhwc, nhwcToNchw, programEnds };

/**
 * Quantizes one float sample [1, ...] with the graph's own `quantize` node (the exact integer
 * semantics) and returns the program's input values in the program's layout.
 */
export function programInput(graph: Graph, program: Program, sample: Tensor): Int32Array {
  const { input } = programEnds(program);
  const node = graph.nodes.find((n) => n.name === input.name);
  if (node === undefined || node.op !== 'quantize') fail('SIM011', `program input "${input.name}" is not a quantize node of graph ${graph.name}: was the program compiled from this graph?`);
  const attrs = inferTypes(graph).get(node.name)!;
  const outType = graph.values.get(node.name)!.type;
  const spec = lookupOp('quantize');
  assert(spec?.evalInt, 'quantize has integer semantics');
  const q = spec.evalInt([sample], attrs, outType, { accOverflows: 0 });
  return nchwToNhwc(outType.shape, q.data as ArrayLike<number>);
}

/** The program output of one sample in the graph's NCHW order (to compare with the integer reference). */
export function graphOrderOutput(graph: Graph, program: Program, values: ArrayLike<number>): Int32Array {
  const { output } = programEnds(program);
  const type = graph.values.get(output.name)?.type;
  if (type === undefined) fail('SIM011', `program output "${output.name}" is not a value of graph ${graph.name}`);
  if (numel(type.shape) !== values.length) fail('SIM011', `program output "${output.name}" has ${values.length} elements, the graph value has ${numel(type.shape)}`);
  return nhwcToNchw(type.shape, values);
}
