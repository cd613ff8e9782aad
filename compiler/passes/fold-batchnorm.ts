// fold-batchnorm: a BatchNorm that follows a conv2d/dense is folded into that layer's weights and bias.
import { type Attrs, type Graph, type Node, producerOf } from '../ir/graph.js';
import { numAttr } from '../ir/op-spec.js';
import { bnRangeOf } from '../ir/ops/fused-attrs.js';
import { makeTensor, numel } from '../ir/tensor.js';
import type { Pass } from './pass.js';
import { dropDeadConstants, editVerifiedClone, isSoleConsumer, nodeIndex, removeNode, replaceNode, replaceUses, setConstantOperand } from './rewrite.js';

const FOLDABLE = new Set(['conv2d', 'dense']);

type FloatData = ArrayLike<number>;

/** Why `bn` cannot be folded into its producer, or undefined when it can. */
function whyNotFoldable(graph: Graph, bn: Node): string | undefined {
  const x = bn.operands[0]!;
  const producer = producerOf(graph, x.name);
  if (producer === undefined) return `reads graph input %${x.name}`;
  if (!FOLDABLE.has(producer.op)) return `follows ${producer.op} %${producer.name}, not conv2d/dense`;
  if (!isSoleConsumer(graph, x.name, bn)) return `%${producer.name} has other readers or is a graph output`;
  if (producer.operands.slice(1).some((o) => o.ref !== 'const')) return `weight or bias of %${producer.name} is a runtime value`;
  const lo = producer.attrs['act_min'] ?? -Infinity;
  const hi = producer.attrs['act_max'] ?? Infinity;
  if (lo !== -Infinity || hi !== Infinity) return `%${producer.name} already clamps its output (fused activation)`;
  return undefined;
}

/** Per-channel γ/σ with σ = sqrt(var + eps), in float64; undefined if some var + eps is not positive. */
function channelScales(gamma: FloatData, variance: FloatData, eps: number): Float64Array | undefined {
  const scale = new Float64Array(gamma.length);
  for (let c = 0; c < gamma.length; c++) {
    const v = variance[c]! + eps;
    if (!(v > 0)) return undefined;
    scale[c] = gamma[c]! / Math.sqrt(v);
  }
  return scale;
}

/**
 * The BN statistics recorded on the folded layer: its output channel c is modelled as N(β_c, γ_c²),
 * so bn_min/bn_max = min_c(β − 6|γ|), max_c(β + 6|γ|), taken before folding (the fold keeps them).
 */
function bnRangeAttrs(gamma: FloatData, beta: FloatData): Attrs {
  const std = Array.from(gamma, (g) => Math.abs(g));
  const mean = Array.from(beta);
  return { ...bnRangeOf(mean, std), bn_beta: mean, bn_gamma: std };
}

/**
 * Folds `bn` into `producer` (white paper eq. 10-11): W'[c] = W[c]·γ_c/σ_c and
 * b'_c = (b_c − μ_c)·γ_c/σ_c + β_c, computed in float64 and stored as f32. Output channel c is the
 * first weight dimension for conv2d (OIHW, grouped and depthwise alike) and dense ([out, in]).
 * Returns false (graph unchanged) when a variance makes σ non-positive.
 */
function foldInto(graph: Graph, producer: Node, bn: Node, eps: number): boolean {
  const [gamma, beta, mean, variance] = bn.operands.slice(1).map((o) => graph.constants.get(o.name)!.data as FloatData) as
    [FloatData, FloatData, FloatData, FloatData];
  const scale = channelScales(gamma, variance, eps);
  if (scale === undefined) return false;
  const wName = producer.operands[1]!.name;
  const w = graph.constants.get(wName)!;
  const cout = w.type.shape[0]!;
  const perChannel = numel(w.type.shape) / cout;
  const wOld = w.data as FloatData;
  const wNew = new Float32Array(wOld.length);
  for (let i = 0; i < wOld.length; i++) wNew[i] = wOld[i]! * scale[Math.floor(i / perChannel)]!;
  const bOld = producer.operands[2] === undefined ? undefined : graph.constants.get(producer.operands[2].name)!.data as FloatData;
  const bNew = new Float32Array(cout);
  for (let c = 0; c < cout; c++) bNew[c] = ((bOld?.[c] ?? 0) - mean[c]!) * scale[c]! + beta[c]!;

  const oldConstants = producer.operands.slice(1).map((o) => o.name);
  let node: Node = { ...producer, attrs: { ...producer.attrs, ...bnRangeAttrs(gamma, beta) } };
  node = setConstantOperand(graph, node, 1, makeTensor('f32', w.type.shape, wNew), 'w', wName);
  node = setConstantOperand(graph, node, 2, makeTensor('f32', [cout], bNew), 'b', wName);
  replaceNode(graph, node);
  replaceUses(graph, bn.name, producer.name);
  removeNode(graph, bn.name);
  dropDeadConstants(graph, [...oldConstants, ...bn.operands.slice(1).map((o) => o.name)]);
  return true;
}

/**
 * Folds every batchnorm whose input is a conv2d/dense read by nothing else. Other batchnorms stay and
 * are listed in the stats with the reason. The folded layer keeps its name; readers of the BN read it.
 */
export const foldBatchnorm: Pass = {
  name: 'fold-batchnorm',
  summary: 'fold batchnorm into the preceding conv2d/dense (weights and bias), recording bn_min/bn_max',
  options: {},
  run: (input) => editVerifiedClone(input, (graph, attrs) => {
    const kept: string[] = [];
    let folded = 0;
    const bnNames = graph.nodes.filter((n) => n.op === 'batchnorm').map((n) => n.name);
    for (const name of bnNames) {
      // Look the node up again: an earlier fold may have rewired its input.
      const bn = graph.nodes[nodeIndex(graph, name)]!;
      const reason = whyNotFoldable(graph, bn);
      if (reason !== undefined) {
        kept.push(`%${name}: ${reason}`);
        continue;
      }
      const producer = producerOf(graph, bn.operands[0]!.name)!;
      if (foldInto(graph, producer, bn, numAttr(attrs.get(name)!, 'eps'))) folded++;
      else kept.push(`%${name}: variance + eps is not positive in some channel`);
    }
    return { folded, kept };
  }),
};
