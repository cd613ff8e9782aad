// A graph serialized for a worker thread: canonical QIR text plus the sidecar bytes, and how to run it.
import type { Graph } from '../../compiler/ir/graph.js';
import type { Tensor } from '../../compiler/ir/tensor.js';
import { printQir } from '../../compiler/qir/printer.js';
import { parseQir } from '../../compiler/qir/load.js';
import { readSafetensors, writeSafetensors } from '../../compiler/qir/safetensors.js';
import { inferTypes } from '../../compiler/ir/verify.js';
import { runFloat } from '../../compiler/reference/float-interpreter.js';
import { runIntGraph } from '../../compiler/reference/int-interpreter.js';
import { runFormat } from '../../compiler/reference/format-interpreter.js';
import { formatModelOf } from '../../compiler/ptq/format-model.js';
import type { U8Grid } from '../../compiler/quant/int8-gemm.js';

/**
 * 'float' runs the float reference; 'int' the integer reference (quantized graphs); a format runner the
 * format reference on a float graph (after the float passes) with that format preset and activation scales.
 */
export type Runner = 'float' | 'int' | {
  readonly preset: string;
  readonly actScales: Readonly<Record<string, number>>;
  /** The GEMMs the preset runs in INT8 and their uint8 input grids (FormatModel.int8Inputs). */
  readonly int8Inputs?: Readonly<Record<string, U8Grid>>;
  /** Per-tensor weight scales fixed by the quantizer (FormatModel.weightScales). */
  readonly weightScales?: Readonly<Record<string, number>>;
};

export interface ModelPayload {
  readonly qirText: string;
  readonly sidecar: Uint8Array;
  readonly runner: Runner;
}

/** Serializes a graph so a worker can rebuild it exactly (constants travel bit for bit in safetensors). */
export function toPayload(graph: Graph, runner: Runner): ModelPayload {
  const sidecar = new Map([...graph.constants].filter(([name]) => !graph.inlineConstants.has(name)));
  return { qirText: printQir(graph), sidecar: writeSafetensors(sidecar), runner };
}

/** Rebuilds the graph and returns a function from one sample [1, ...] to its output logits. */
export function classifierFromPayload(payload: ModelPayload): (image: Tensor) => ArrayLike<number> {
  const graph = parseQir(payload.qirText, '<worker>', readSafetensors(payload.sidecar).tensors);
  return classifierFor(graph, payload.runner);
}

/** A function from one sample [1, ...] to the graph's (float) output, with the chosen interpreter. */
export function classifierFor(graph: Graph, runner: Runner): (image: Tensor) => ArrayLike<number> {
  const attrs = inferTypes(graph);
  const input = graph.inputs[0]!.name;
  const output = graph.outputs[0]!;
  if (runner === 'float') return (image) => runFloat(graph, new Map([[input, image]]), attrs).get(output)!.data as Float32Array;
  if (runner !== 'int') {
    const model = formatModelOf(graph, runner.preset, new Map(Object.entries(runner.actScales)), new Map(Object.entries(runner.int8Inputs ?? {})), new Map(Object.entries(runner.weightScales ?? {})));
    return (image) => runFormat(model, new Map([[input, image]])).get(output)!.data as Float32Array;
  }
  return (image) => runIntGraph(graph, new Map([[input, image]]), attrs).values.get(output)!.data as Float32Array;
}
