// One seeded sample through the integer reference and through the simulator, both outputs in the machine's
// NHWC order: the comparison every bit-exactness test of the simulator makes.
import type { Graph } from '../../compiler/ir/graph.js';
import { runIntGraph } from '../../compiler/reference/int-interpreter.js';
import type { Program } from '../../isa/program-file.js';
import { simulateProgram } from '../../simulator/simulate-program.js';
import { nchwToNhwc } from '../../tools/pipeline/host-io.js';
import { seededBatch } from '../compiler/lower/models.js';

/** Simulated (`got`) and reference (`want`) outputs for the seeded sample `seed`, NHWC. */
export function simulateAndReference(graph: Graph, program: Program, seed: number): { got: number[]; want: number[] } {
  const decl = graph.inputs[0]!;
  const x = seededBatch(decl.type.shape.slice(1), 1, seed);
  const run = runIntGraph(graph, new Map([[decl.name, { type: decl.type, data: x.data }]]));
  const inDesc = program.tensors.find((t) => t.role === 'input')!;
  const outDesc = program.tensors.find((t) => t.role === 'output')!;
  const q = run.values.get(inDesc.name)!;
  // Reference tensors are NCHW; the machine's activations are NHWC.
  const r = simulateProgram(program, new Map([[inDesc.name, Array.from(nchwToNhwc(q.type.shape, q.data as ArrayLike<number>))]]));
  const ref = run.values.get(outDesc.name)!;
  return { got: Array.from(r.outputs.get(outDesc.name)!), want: Array.from(nchwToNhwc(ref.type.shape, ref.data as ArrayLike<number>)) };
}
