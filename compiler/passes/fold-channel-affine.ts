// fold-channel-affine: a per-channel scale and shift y[c] = s[c]·x[c] + t[c] — a batchnorm, or an add/sub/mul/
// div of a value by a constant that is a scalar or one number per channel ([C,1,1], [1,C,1,1]) — that
// fold-batchnorm and fold-constant-affine left (it follows an activation, say) is removed, in this order:
//   1. into the conv2d/dense that produces x, when x is read by nothing else and has no fused clamp:
//      W'[o] = W[o]·s[o], b'[o] = b[o]·s[o] + t[o];
//   2. into the one conv2d that reads y, when that conv has no padding (a padded tap reads 0, which the
//      shift would have moved): W'[o,c,k] = W[o,c,k]·s[c], b'[o] = b[o] + Σ_{c,k} W[o,c,k]·t[c]; or into the
//      dense reading y through a flatten, each feature scaled by its channel's s and shifted by its t;
//   3. otherwise, for NCHW data, into a depthwise 1x1 conv2d (weight s[c], bias t[c]), and for [N, C] data a
//      dense with weight diag(s) and bias t: layers the quantizer and the machine handle.
// All sums in float64, stored as f32. Conv→ReLU→BatchNorm→conv becomes two convs (case 2 or 3).
import { type Graph, type Node, cloneGraph, consumersOf, producerOf, valueRef } from '../ir/graph.js';
import { numAttr } from '../ir/op-spec.js';
import { type Tensor, makeTensor, numel } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import type { Pass } from './pass.js';
import { dropDeadConstants, freshName, isSoleConsumer, removeNode, replaceNode, replaceUses, setConstantOperand } from './rewrite.js';

/** y = s[c]·x + t[c] over the channels (axis 1) of value x. */
interface ChannelAffine { readonly x: string; readonly s: Float64Array; readonly t: Float64Array }

const f32 = (t: Tensor): Float32Array => t.data as Float32Array;

/** The per-channel affine `node` computes, or undefined when it is not one. */
export function channelAffineOf(graph: Graph, node: Node, eps: number): ChannelAffine | undefined {
  const values = node.operands.filter((o) => o.ref === 'value');
  if (values.length !== 1) return undefined;
  const x = values[0]!.name;
  const shape = graph.values.get(x)!.type.shape;
  if (shape.length !== 4 && shape.length !== 2) return undefined;
  const c = shape[1]!;
  if (node.op === 'batchnorm') {
    const [g, b, m, v] = node.operands.slice(1).map((o) => f32(graph.constants.get(o.name)!));
    const s = Float64Array.from({ length: c }, (_, i) => g![i]! / Math.sqrt(v![i]! + eps));
    return { x, s, t: Float64Array.from({ length: c }, (_, i) => b![i]! - m![i]! * s[i]!) };
  }
  if (!['add', 'sub', 'mul', 'div'].includes(node.op) || node.operands.length !== 2) return undefined;
  const constFirst = node.operands[0]!.ref === 'const';
  const k = graph.constants.get(node.operands[constFirst ? 0 : 1]!.name)!;
  const ks = k.type.shape;
  const perChannel = numel(ks) === c && ks[ks.length - 1 - (shape.length - 2)] === c && ks.length <= shape.length
    && ks.every((d, i) => d === 1 || i === ks.length - 1 - (shape.length - 2));
  if (k.type.dtype !== 'f32' || !(numel(ks) === 1 || perChannel)) return undefined;
  const kc = (i: number) => f32(k)[numel(ks) === 1 ? 0 : i]!;
  const s = new Float64Array(c).fill(1);
  const t = new Float64Array(c);
  for (let i = 0; i < c; i++) {
    if (node.op === 'add') t[i] = kc(i);
    else if (node.op === 'mul') s[i] = kc(i);
    else if (node.op === 'sub') [s[i], t[i]] = constFirst ? [-1, kc(i)] : [1, -kc(i)];
    else if (constFirst) return undefined;
    else s[i] = 1 / kc(i);
  }
  return { x, s, t };
}

const unclamped = (n: Node): boolean => (n.attrs['act_min'] ?? -Infinity) === -Infinity && (n.attrs['act_max'] ?? Infinity) === Infinity;

/** Case 1: into the producing conv2d/dense. */
function foldBackward(graph: Graph, node: Node, a: ChannelAffine): boolean {
  const p = producerOf(graph, a.x);
  if (p === undefined || (p.op !== 'conv2d' && p.op !== 'dense') || !unclamped(p) || !isSoleConsumer(graph, a.x, node)) return false;
  if (p.operands[1]!.ref !== 'const' || (p.operands[2] !== undefined && p.operands[2].ref !== 'const')) return false;
  const w = graph.constants.get(p.operands[1]!.name)!;
  const cout = w.type.shape[0]!;
  const per = numel(w.type.shape) / cout;
  const b = p.operands[2] ? f32(graph.constants.get(p.operands[2].name)!) : undefined;
  const w2 = Float32Array.from(f32(w), (v, i) => v * a.s[Math.floor(i / per)]!);
  const b2 = Float32Array.from({ length: cout }, (_, o) => (b?.[o] ?? 0) * a.s[o]! + a.t[o]!);
  const old = [...p.operands.slice(1).map((o) => o.name), ...node.operands.filter((o) => o.ref === 'const').map((o) => o.name)];
  // The folded BatchNorm statistics a producer may record describe its old output: drop them.
  const { bn_min: _a, bn_max: _b, bn_beta: _c, bn_gamma: _d, ...kept } = p.attrs;
  let nd = setConstantOperand(graph, { ...p, attrs: kept }, 1, makeTensor('f32', w.type.shape, w2), 'w', p.operands[1]!.name);
  replaceNode(graph, nd);
  nd = setConstantOperand(graph, nd, 2, makeTensor('f32', [cout], b2), 'b', p.operands[1]!.name);
  replaceNode(graph, nd);
  replaceUses(graph, node.name, p.name);
  removeNode(graph, node.name);
  dropDeadConstants(graph, old);
  return true;
}

/** Case 2: into the one conv2d (no padding) or flatten → dense reading the affine's output. */
function foldForward(graph: Graph, node: Node, a: ChannelAffine, attrs: Map<string, Record<string, unknown>>): boolean {
  const readers = consumersOf(graph, node.name);
  if (readers.length !== 1 || graph.outputs.includes(node.name)) return false;
  let target = readers[0]!;
  let spatial = 1;
  const xShape = graph.values.get(a.x)!.type.shape;
  if (target.op === 'flatten' && consumersOf(graph, target.name).length === 1 && !graph.outputs.includes(target.name) && attrs.get(target.name)!['axis'] === 1) {
    spatial = numel(xShape.slice(2));
    target = consumersOf(graph, target.name)[0]!;
    if (target.op !== 'dense') return false;
  } else if (target.op === 'dense') {
    if (xShape.length !== 2) return false;
  } else if (target.op !== 'conv2d' || (attrs.get(target.name)!['pad'] as number[]).some((p) => p !== 0)) {
    return false;
  }
  // The layer must read the affine's output (or its flatten) as its input, not as a weight.
  if (target.operands[0]!.name !== (readers[0] === target ? node.name : readers[0]!.name)) return false;
  if (target.operands[1]!.ref !== 'const' || (target.operands[2] !== undefined && target.operands[2].ref !== 'const')) return false;
  const w = graph.constants.get(target.operands[1]!.name)!;
  const cout = w.type.shape[0]!;
  const per = numel(w.type.shape) / cout;
  const groups = target.op === 'conv2d' ? (attrs.get(target.name)!['groups'] as number) : 1;
  const cinG = target.op === 'conv2d' ? w.type.shape[1]! : xShape[1]!;
  const taps = per / cinG / (target.op === 'dense' ? spatial : 1);
  // Channel of weight element (o, j): conv — group(o)·cinG + j / taps; dense — j / spatial.
  const channel = (o: number, j: number) => (target.op === 'dense' ? Math.floor(j / spatial) : Math.floor(o / (cout / groups)) * cinG + Math.floor(j / taps));
  const wd = f32(w);
  const b = target.operands[2] ? f32(graph.constants.get(target.operands[2].name)!) : undefined;
  const w2 = new Float32Array(wd.length);
  const b2 = new Float32Array(cout);
  for (let o = 0; o < cout; o++) {
    let acc = b?.[o] ?? 0;
    for (let j = 0; j < per; j++) {
      const c = channel(o, j);
      w2[o * per + j] = wd[o * per + j]! * a.s[c]!;
      acc += wd[o * per + j]! * a.t[c]!;
    }
    b2[o] = acc;
  }
  const old = [...target.operands.slice(1).map((o) => o.name), ...node.operands.filter((o) => o.ref === 'const').map((o) => o.name)];
  let nd = setConstantOperand(graph, target, 1, makeTensor('f32', w.type.shape, w2), 'w', target.operands[1]!.name);
  replaceNode(graph, nd);
  nd = setConstantOperand(graph, nd, 2, makeTensor('f32', [cout], b2), 'b', target.operands[1]!.name);
  replaceNode(graph, nd);
  replaceUses(graph, node.name, a.x);
  removeNode(graph, node.name);
  dropDeadConstants(graph, old);
  return true;
}

/** Case 3: the affine as a depthwise 1x1 conv2d (NCHW) or a diagonal dense ([N, C]) of the same name. */
function asLayer(graph: Graph, node: Node, a: ChannelAffine): void {
  const c = a.s.length;
  const rank = graph.values.get(a.x)!.type.shape.length;
  const wName = freshName(graph, `${node.name}.w`);
  const bName = freshName(graph, `${node.name}.b`);
  const w = rank === 4 ? makeTensor('f32', [c, 1, 1, 1], Float32Array.from(a.s)) : makeTensor('f32', [c, c], Float32Array.from({ length: c * c }, (_, i) => (i % (c + 1) === 0 ? a.s[i / (c + 1)]! : 0)));
  graph.constants.set(wName, w);
  graph.constants.set(bName, makeTensor('f32', [c], Float32Array.from(a.t)));
  if (graph.weightsFile === undefined) [wName, bName].forEach((n) => graph.inlineConstants.add(n));
  const old = node.operands.filter((o) => o.ref === 'const').map((o) => o.name);
  const operands = [valueRef(a.x), { ref: 'const' as const, name: wName }, { ref: 'const' as const, name: bName }];
  replaceNode(graph, rank === 4 ? { name: node.name, op: 'conv2d', operands, attrs: { groups: c } } : { name: node.name, op: 'dense', operands, attrs: {} });
  dropDeadConstants(graph, old);
}

/** Removes every per-channel affine node (cases 1-3 above), in graph order. */
export const foldChannelAffine: Pass = {
  name: 'fold-channel-affine',
  summary: 'fold a per-channel scale/shift (batchnorm, or add/sub/mul/div by a constant) into a neighbouring conv2d/dense, else make it a depthwise 1x1 conv2d',
  options: {},
  run(input) {
    const graph = cloneGraph(input);
    let attrs = inferTypes(graph) as Map<string, Record<string, unknown>>;
    const counts = { backward: 0, forward: 0, layer: 0 };
    const kept: string[] = [];
    for (const name of graph.nodes.map((n) => n.name)) {
      const node = graph.nodes.find((n) => n.name === name);
      if (node === undefined) continue;
      const nodeAttrs = attrs.get(name)!;
      const a = ['batchnorm', 'add', 'sub', 'mul', 'div'].includes(node.op) ? channelAffineOf(graph, node, node.op === 'batchnorm' ? numAttr(nodeAttrs as never, 'eps') : 0) : undefined;
      if (a === undefined) {
        if (node.op === 'batchnorm') kept.push(`%${name}: not on [N, C, H, W] or [N, C] data`);
        continue;
      }
      if (foldBackward(graph, node, a)) counts.backward++;
      else if (foldForward(graph, node, a, attrs)) counts.forward++;
      else {
        asLayer(graph, node, a);
        counts.layer++;
      }
      attrs = inferTypes(graph) as Map<string, Record<string, unknown>>;
    }
    return { graph, stats: { ...counts, kept } };
  },
};
