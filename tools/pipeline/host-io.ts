// The host side of a compiled program: graph tensors (NCHW, one element per slot) ↔ program tensors
// (the .accbin descriptors: NHWC or NC in DRAM). The program's input is the output of the graph's
// `quantize` node, its output the integer tensor the final `dequantize` reads (docs/LOWERING.md).
import type { Graph } from '../../compiler/ir/graph.js';
import { lookupOp } from '../../compiler/ir/op-registry.js';
import { type Tensor, numel } from '../../compiler/ir/tensor.js';
import { inferTypes } from '../../compiler/ir/verify.js';
import { assert, fail } from '../../core/diagnostics.js';
import type { Program, TensorDescriptor } from '../../isa/program-file.js';

/** The program's single input and output descriptors. */
export function programEnds(program: Program): { input: TensorDescriptor; output: TensorDescriptor } {
  const inputs = program.tensors.filter((t) => t.role === 'input');
  const outputs = program.tensors.filter((t) => t.role === 'output');
  if (inputs.length !== 1 || outputs.length !== 1) fail('SIM010', `the program has ${inputs.length} inputs and ${outputs.length} outputs; accsim runs programs with one of each`);
  return { input: inputs[0]!, output: outputs[0]! };
}

/**
 * Moves a [1,C,H,W] tensor's elements between NCHW order (the graph's) and NHWC order (the program's);
 * other ranks are the same in both.
 */
function transposeChannels(shape: readonly number[], v: ArrayLike<number>, toNhwc: boolean): Int32Array {
  const out = new Int32Array(v.length);
  if (shape.length !== 4) {
    out.set(v);
    return out;
  }
  const [, c, h, w] = shape as [number, number, number, number];
  let k = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (let ch = 0; ch < c; ch++, k++) {
        const nchw = (ch * h + y) * w + x;
        if (toNhwc) out[k] = v[nchw]!;
        else out[nchw] = v[k]!;
      }
    }
  }
  return out;
}

/** NCHW element order → NHWC (the program's layout). */
export const nchwToNhwc = (shape: readonly number[], v: ArrayLike<number>): Int32Array => transposeChannels(shape, v, true);

/** NHWC order (as the program stores a [1,C,H,W] graph tensor) → NCHW. */
export const nhwcToNchw = (shape: readonly number[], v: ArrayLike<number>): Int32Array => transposeChannels(shape, v, false);

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
