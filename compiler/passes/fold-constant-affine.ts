// fold-constant-affine: elementwise add/sub/mul/div by a constant folds into a dense layer's weights and
// bias when it follows the dense (a bias add after a matmul) or leads to it through flatten/reshape (input
// normalization (x − mean)/std, a per-channel scale after pooling). The quantizer then sees one weighted
// layer instead of float arithmetic it could not run.
import { type Graph, type Node, consumersOf } from '../ir/graph.js';
import { type Tensor, numel, sameShape } from '../ir/tensor.js';
import { broadcastStrides } from '../ir/ops/broadcast.js';
import type { Pass } from './pass.js';
import { dropDeadConstants, editVerifiedClone, isSoleConsumer, removeNode, replaceNode, replaceUses, setConstantOperand } from './rewrite.js';
import { producerOf } from '../ir/graph.js';

const AFFINE = new Set(['add', 'sub', 'mul', 'div']);
const LAYOUT = new Set(['flatten', 'reshape']);

/** The dense layer `node`'s output reaches through flatten/reshape only, each read by nothing else; or undefined. */
function denseReached(graph: Graph, node: Node): Node | undefined {
  let current = node;
  for (;;) {
    const readers = consumersOf(graph, current.name);
    if (readers.length !== 1 || graph.outputs.includes(current.name)) return undefined;
    const next = readers[0]!;
    if (LAYOUT.has(next.op)) {
      current = next;
      continue;
    }
    const w = next.operands[1];
    return next.op === 'dense' && next.operands[0]!.name === current.name && w?.ref === 'const' ? next : undefined;
  }
}

/** y = x·s + t elementwise over x's shape (the constant broadcast to it), for the four ops. */
function affineOf(op: string, c: Tensor, xShape: readonly number[]): { s: Float64Array; t: Float64Array } {
  const n = numel(xShape);
  const strides = broadcastStrides(c.type.shape, xShape);
  const s = new Float64Array(n).fill(1);
  const t = new Float64Array(n);
  const idx = new Array<number>(xShape.length).fill(0);
  for (let i = 0; i < n; i++) {
    let off = 0;
    for (let d = 0; d < xShape.length; d++) off += idx[d]! * strides[d]!;
    const v = (c.data as Float32Array)[off]!;
    if (op === 'add') t[i] = v;
    else if (op === 'sub') t[i] = -v;
    else if (op === 'mul') s[i] = v;
    else s[i] = 1 / v;
    for (let d = xShape.length - 1; d >= 0; d--) {
      if (++idx[d]! < xShape[d]!) break;
      idx[d] = 0;
    }
  }
  return { s, t };
}

/** Why `node` cannot be folded, or undefined (then `dense` is its target). */
function whyNot(graph: Graph, node: Node, dense: Node | undefined): string | undefined {
  const [x, c] = node.operands;
  if (x!.ref !== 'value' || c!.ref !== 'const') return 'not a value combined with a constant';
  if (dense === undefined) return 'does not lead (through flatten/reshape) to a dense layer it alone feeds';
  if (!sameShape(graph.values.get(node.name)!.type.shape, graph.values.get(x!.name)!.type.shape)) return 'the constant broadcasts the value to a larger shape';
  if (graph.values.get(x!.name)!.type.shape[0] !== 1) return 'batch > 1';
  return undefined;
}

/**
 * An affine node right after a dense layer it alone reads, with a constant per output channel (or a
 * scalar): y = (W·x + b)·s + t folds to W'[n,:] = W[n,:]·s[n], b'[n] = b[n]·s[n] + t[n]. Returns true when folded.
 */
function foldIntoProducer(graph: Graph, node: Node): boolean {
  const [x, c] = node.operands;
  if (x!.ref !== 'value' || c!.ref !== 'const') return false;
  const d = producerOf(graph, x!.name);
  if (d === undefined || d.op !== 'dense' || d.operands[1]!.ref !== 'const' || !isSoleConsumer(graph, d.name, node)) return false;
  const outShape = graph.values.get(d.name)!.type.shape;
  if (outShape[0] !== 1 || !sameShape(graph.values.get(node.name)!.type.shape, outShape)) return false;
  const { s, t } = affineOf(node.op, graph.constants.get(c!.name)!, outShape);
  const w = graph.constants.get(d.operands[1]!.name)!;
  const b = d.operands[2] ? graph.constants.get(d.operands[2].name) : undefined;
  const [out, k] = w.type.shape as [number, number];
  const w2 = Float32Array.from(w.data as Float32Array, (v, i) => v * s[Math.floor(i / k)]!);
  const b2 = Float32Array.from({ length: out }, (_, o) => (b ? (b.data as Float32Array)[o]! : 0) * s[o]! + t[o]!);
  const oldConsts = [c!.name, ...d.operands.slice(1).map((o) => o.name)];
  let nd = setConstantOperand(graph, d, 1, { type: w.type, data: w2 }, 'w', d.operands[1]!.name);
  replaceNode(graph, nd);
  nd = setConstantOperand(graph, nd, 2, { type: { dtype: 'f32', shape: [out] }, data: b2 }, 'b', d.operands[1]!.name);
  // The dense takes the affine node's place (and name), so readers and graph outputs keep theirs.
  removeNode(graph, d.name);
  replaceUses(graph, d.name, node.name);
  replaceNode(graph, { ...nd, name: node.name });
  dropDeadConstants(graph, oldConsts);
  return true;
}

/**
 * Folds every foldable affine node (nearest the dense first, so sub → div → flatten → dense folds
 * both): W'[n,k] = W[n,k]·s[k], b'[n] = b[n] + Σ_k W[n,k]·t[k], computed in float64, stored f32.
 */
export const foldConstantAffine: Pass = {
  name: 'fold-constant-affine',
  summary: 'fold add/sub/mul/div by a constant into the dense layer it feeds (through flatten/reshape)',
  options: {},
  run: (input) => editVerifiedClone(input, (graph) => {
    const kept: string[] = [];
    let folded = 0;
    // Forward: affine ops after a dense, in order, so a chain (bias add, then a scale) folds link by link.
    for (const name of graph.nodes.filter((n) => AFFINE.has(n.op)).map((n) => n.name)) {
      const node = graph.nodes.find((n) => n.name === name);
      if (node !== undefined && foldIntoProducer(graph, node)) folded++;
    }
    // Backward: affine ops leading to a dense, nearest first, so sub → div → flatten → dense folds both.
    for (const node of graph.nodes.filter((n) => AFFINE.has(n.op)).reverse()) {
      const dense = denseReached(graph, node);
      const reason = whyNot(graph, node, dense);
      if (reason !== undefined) {
        kept.push(`%${node.name}: ${reason}`);
        continue;
      }
      const x = node.operands[0]!.name;
      const { s, t } = affineOf(node.op, graph.constants.get(node.operands[1]!.name)!, graph.values.get(x)!.type.shape);
      const d = dense!;
      const w = graph.constants.get(d.operands[1]!.name)!;
      const b = d.operands[2] ? graph.constants.get(d.operands[2].name) : undefined;
      const [out, k] = w.type.shape as [number, number];
      const w2 = new Float32Array(out * k);
      const b2 = new Float32Array(out);
      for (let o = 0; o < out; o++) {
        let acc = b ? (b.data as Float32Array)[o]! : 0;
        for (let j = 0; j < k; j++) {
          const wv = (w.data as Float32Array)[o * k + j]!;
          w2[o * k + j] = wv * s[j]!;
          acc += wv * t[j]!;
        }
        b2[o] = acc;
      }
      const oldConsts = [node.operands[1]!.name, ...d.operands.slice(1).map((o) => o.name)];
      let nd = setConstantOperand(graph, d, 1, { type: w.type, data: w2 }, 'w', d.operands[1]!.name);
      replaceNode(graph, nd);
      nd = setConstantOperand(graph, nd, 2, { type: { dtype: 'f32', shape: [out] }, data: b2 }, 'b', d.operands[1]!.name);
      replaceNode(graph, nd);
      replaceUses(graph, node.name, x);
      removeNode(graph, node.name);
      dropDeadConstants(graph, oldConsts);
      folded++;
    }
    return { folded, kept };
  }),
};
