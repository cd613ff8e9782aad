// The integer reference: evaluates a quantized graph node by node with OpSpec.evalInt (plain loops,
// THE SPEC the simulator must equal bit for bit). Layout ops (flatten, reshape, transpose, nearest resize:
// OpSpec.movesCodes) move integers unchanged;
// float ops after the final dequantize (softmax) run in float. Accumulator overflows are counted per node.
import type { Attrs, Graph } from '../ir/graph.js';
import { lookupOp } from '../ir/op-registry.js';
import type { IntCounters } from '../ir/op-spec.js';
import { DTYPES } from '../ir/dtype.js';
import { type Tensor, numel, sameShape } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { assert, fail } from '../../core/diagnostics.js';
import { batchShapeError, bindInputs, operandsOf } from './environment.js';

/** Result of one integer run: every value, and the counters of each node that has evalInt. */
export interface IntRun {
  readonly values: Map<string, Tensor>;
  readonly counters: Map<string, IntCounters>;
}

/**
 * Runs a quantized graph on inputs whose shapes equal the declared ones. Every node with `evalInt`
 * runs in integers; ops that only move elements (movesCodes) pass integers through; any other op must have only float
 * inputs (it runs with evalFloat), else RUN012 names the node. `known`: node outputs the caller already has
 * from an earlier run of the very same node on the very same inputs (compiler/ptq/int-prefix-cache.ts); those
 * nodes are not evaluated again (and get no counters).
 */
export function runIntGraph(graph: Graph, inputs: ReadonlyMap<string, Tensor>, attrsByNode?: Map<string, Attrs>, known?: ReadonlyMap<string, Tensor>): IntRun {
  const attrs = attrsByNode ?? inferTypes(graph);
  const values = bindInputs(graph, inputs);
  const counters = new Map<string, IntCounters>();
  for (const node of graph.nodes) {
    const had = known?.get(node.name);
    if (had !== undefined) {
      values.set(node.name, had);
      continue;
    }
    const spec = lookupOp(node.op);
    assert(spec, `verified graph has unknown op ${node.op}`);
    const operands = operandsOf(graph, values, node);
    const outType = graph.values.get(node.name)!.type;
    const nodeAttrs = attrs.get(node.name)!;
    if (spec.evalInt !== undefined) {
      const c: IntCounters = { accOverflows: 0 };
      values.set(node.name, spec.evalInt(operands, nodeAttrs, outType, c));
      counters.set(node.name, c);
    } else if (spec.movesCodes?.(nodeAttrs) === true || operands.every((t) => DTYPES[t.type.dtype].isFloat)) {
      values.set(node.name, spec.evalFloat(operands, nodeAttrs, outType));
    } else {
      fail('RUN012', `${node.op} %${node.name} has integer inputs but no integer semantics: quantize the graph (it should become a q-op) or dequantize first`, { node: node.name });
    }
  }
  return { values, counters };
}

/** `runInt`'s answer for a batch. */
export interface IntBatchResult {
  /** The integer tensor fed to the last dequantize (stacked over the batch), or undefined when the graph has none. */
  readonly intOutput: Tensor | undefined;
  /** The graph output (after dequantize and any float tail such as softmax), f32 [N, ...]. */
  readonly floatOutput: Tensor;
  /** Accumulator overflows per node, summed over the batch (nodes with evalInt only). */
  readonly overflows: Map<string, number>;
}

/** The node whose output the last `dequantize` reads: the integer result of the graph. */
function lastDequantizedValue(graph: Graph): string | undefined {
  // Stryker disable next-line EqualityOperator: node 0 is never a dequantize of a graph's integer result (runInt's one input is f32, so a quantize comes first); skipping node 0 cannot change the answer
  for (let i = graph.nodes.length - 1; i >= 0; i--) {
    const n = graph.nodes[i]!;
    if (n.op === 'dequantize') return n.operands[0]!.name;
  }
  return undefined;
}

function stack(per: Tensor[], n: number): Tensor {
  const first = per[0]!;
  const size = numel(first.type.shape);
  const Ctor = first.data.constructor as new (len: number) => Tensor['data'];
  const data = new Ctor(n * size);
  per.forEach((t, b) => (data as unknown as { set(a: ArrayLike<unknown>, o: number): void }).set(t.data as ArrayLike<unknown>, b * size));
  return { type: { dtype: first.type.dtype, shape: [n, ...first.type.shape.slice(1)] }, data };
}

/**
 * Runs a quantized graph declared with batch 1 on a batch of f32 samples (first dimension of `input`),
 * one sample at a time (one input, one output). The CLI's `run`/`eval` call this.
 */
export function runInt(graph: Graph, input: Tensor): IntBatchResult {
  if (graph.inputs.length !== 1 || graph.outputs.length !== 1) fail('RUN003', `runInt needs a graph with one input and one output (${graph.name} has ${graph.inputs.length} and ${graph.outputs.length})`);
  const decl = graph.inputs[0]!;
  const attrs = inferTypes(graph);
  const sampleShape = decl.type.shape.slice(1);
  const fixed = decl.type.shape[0] !== 1;
  if ((fixed && !sameShape(input.type.shape, decl.type.shape)) || !sameShape(input.type.shape.slice(1), sampleShape) || input.type.shape[0]! < 1) {
    batchShapeError(decl, input.type.shape);
  }
  // A graph that kept a fixed batch M runs once on its M images; a batch-1 graph image by image.
  const n = fixed ? 1 : input.type.shape[0]!;
  const per = numel(fixed ? decl.type.shape : sampleShape);
  const intName = lastDequantizedValue(graph);
  const ints: Tensor[] = [];
  const floats: Tensor[] = [];
  const overflows = new Map<string, number>();
  for (let b = 0; b < n; b++) {
    const sample: Tensor = { type: decl.type, data: (input.data as Float32Array).subarray(b * per, (b + 1) * per) };
    const run = runIntGraph(graph, new Map([[decl.name, sample]]), attrs);
    floats.push(run.values.get(graph.outputs[0]!)!);
    // Stryker disable next-line ConditionalExpression: without a dequantize `ints` is never read (intOutput is undefined)
    if (intName !== undefined) ints.push(run.values.get(intName)!);
    for (const [name, c] of run.counters) overflows.set(name, (overflows.get(name) ?? 0) + c.accOverflows);
  }
  if (fixed) return { intOutput: ints[0], floatOutput: floats[0]!, overflows };
  return { intOutput: intName === undefined ? undefined : stack(ints, n), floatOutput: stack(floats, n), overflows };
}
