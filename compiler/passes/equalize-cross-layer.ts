// equalize-cross-layer: cross-layer equalization (CLE) with high-bias absorption, from Nagel et al. 2019
// "Data-Free Quantization" (DFQ) and the white paper (Nagel et al. 2021) §3.1-3.2.
//
// For two layers A → B where channel c of A's output reaches B through ops that commute with a positive
// per-channel scale (a fused or explicit relu, max/avg pooling, flatten), W_A[c] /= s_c, b_A[c] /= s_c and
// B's weights reading channel c are multiplied by s_c: the float function is unchanged. s_c = sqrt(r1_c/r2_c)
// with r1_c = max|W_A[c,…]| and r2_c = max|W_B[…,c,…]| (the symmetric quantization range) makes both equal
// to sqrt(r1_c·r2_c). Chains (conv → depthwise → conv) are swept pair by pair until the scales settle.
//
// ReLU6 is not scale-equivariant (its clamp at 6 would become 6/s_c per channel, which a per-tensor clamp
// cannot hold): like DFQ, the pass replaces it by ReLU in A (option relu6-to-relu), so float outputs change
// only where the relu6 saturated. High-bias absorption uses the BatchNorm statistics that fold-batchnorm
// recorded (bn_beta, bn_gamma): c = max(0, β − 3γ) moves from b_A into b_B (b_B += W_B·c). It is exact
// except where A's pre-activation falls below c (≈0.13% under the BN model) and at B's zero padding.
import { type Graph, type Node, consumersOf } from '../ir/graph.js';
import { bnRangeOf } from '../ir/ops/fused-attrs.js';
import { makeTensor, numel } from '../ir/tensor.js';
import { type Pass, resolvePassOptions } from './pass.js';
import { editVerifiedClone, replaceNode, setConstantOperand } from './rewrite.js';

/** Working copy of one weighted layer, in float64 until written back. */
interface LayerState {
  node: Node;
  readonly w: Float64Array;
  readonly b: Float64Array;
  hasBias: boolean;
  readonly cout: number;
  /** Recorded BN statistics (empty when no BatchNorm was folded), scaled along with the channels. */
  readonly bnBeta: number[];
  readonly bnGamma: number[];
  relu6Replaced: boolean;
  changed: boolean;
}

/** A → B, with the A-channel that each element of W_B multiplies. */
interface Pair {
  readonly a: LayerState;
  readonly b: LayerState;
  readonly channelOfB: Int32Array;
  /** The path commutes with a per-channel shift too, so high-bias absorption is allowed. */
  readonly shiftable: boolean;
}

const WEIGHTED = new Set(['conv2d', 'dense']);
/** Ops between A and B that commute with a positive per-channel scale (flatten is handled apart). */
const SCALE_EQUIVARIANT = new Set(['relu', 'maxpool', 'avgpool', 'global_avgpool']);

const num = (node: Node, key: string, dflt: number): number => (node.attrs[key] as number | undefined) ?? dflt;

/** A conv2d/dense whose weight and bias are constants (the only layers CLE can rescale). */
const isRescalable = (node: Node): boolean => WEIGHTED.has(node.op) && node.operands.slice(1).every((o) => o.ref === 'const');

function layerState(graph: Graph, node: Node): LayerState {
  const w = graph.constants.get(node.operands[1]!.name)!;
  const cout = w.type.shape[0]!;
  const bias = node.operands[2] === undefined ? undefined : graph.constants.get(node.operands[2].name)!;
  return {
    node, cout, w: Float64Array.from(w.data as ArrayLike<number>),
    b: bias ? Float64Array.from(bias.data as ArrayLike<number>) : new Float64Array(cout), hasBias: bias !== undefined,
    bnBeta: [...((node.attrs['bn_beta'] as readonly number[] | undefined) ?? [])],
    bnGamma: [...((node.attrs['bn_gamma'] as readonly number[] | undefined) ?? [])],
    relu6Replaced: false, changed: false,
  };
}

/** For each element of B's weight, the input channel it multiplies (groups for conv, flatten blocks for dense). */
function inputChannelMap(graph: Graph, b: Node, featuresPerChannel: number): Int32Array {
  const shape = graph.constants.get(b.operands[1]!.name)!.type.shape;
  const map = new Int32Array(numel(shape));
  if (b.op === 'dense') {
    const k = shape[1]!;
    for (let e = 0; e < map.length; e++) map[e] = Math.floor((e % k) / featuresPerChannel);
    return map;
  }
  const [cout, cinG, kh, kw] = shape as [number, number, number, number];
  const coutG = cout / ((b.attrs['groups'] as number | undefined) ?? 1);
  for (let e = 0; e < map.length; e++) {
    const o = Math.floor(e / (cinG * kh * kw));
    map[e] = Math.floor(o / coutG) * cinG + (Math.floor(e / (kh * kw)) % cinG);
  }
  return map;
}

/** Follows A's output through scale-equivariant ops to the next weighted layer, if it is the only path. */
function findPartner(graph: Graph, a: Node): { b: Node; featuresPerChannel: number; shiftable: boolean } | undefined {
  let cur = a.name;
  let featuresPerChannel = 1;
  let shiftable = true;
  for (;;) {
    const readers = consumersOf(graph, cur);
    if (readers.length !== 1 || graph.outputs.includes(cur)) return undefined;
    const next = readers[0]!;
    if (next.operands.filter((o) => o.ref === 'value' && o.name === cur).length !== 1 || next.operands[0]!.name !== cur) return undefined;
    if (WEIGHTED.has(next.op)) return { b: next, featuresPerChannel, shiftable };
    if (next.op === 'flatten' && num(next, 'axis', 1) === 1) {
      featuresPerChannel *= numel(graph.values.get(cur)!.type.shape.slice(2));
    } else if (!SCALE_EQUIVARIANT.has(next.op)) {
      return undefined;
    }
    // An average that counts zero padding does not commute with a shift (the pads stay 0).
    if (next.op === 'avgpool' && next.attrs['count_include_pad'] === true) shiftable = false;
    cur = next.name;
  }
}

/** Per-channel max |w| over elements grouped by `channelOf(e)`. */
function channelRanges(w: Float64Array, channels: number, channelOf: (e: number) => number): Float64Array {
  const r = new Float64Array(channels);
  for (let e = 0; e < w.length; e++) r[channelOf(e)] = Math.max(r[channelOf(e)]!, Math.abs(w[e]!));
  return r;
}

/** One equalization step on a pair; returns max_c |log s_c| (0 when already equal). */
function equalizePair(p: Pair): number {
  const { a, b, channelOfB } = p;
  const per = a.w.length / a.cout;
  const r1 = channelRanges(a.w, a.cout, (e) => Math.floor(e / per));
  const r2 = channelRanges(b.w, a.cout, (e) => channelOfB[e]!);
  const s = new Float64Array(a.cout);
  let change = 0;
  for (let c = 0; c < a.cout; c++) {
    // A dead channel (all-zero weights on either side) has nothing to balance.
    s[c] = r1[c]! > 0 && r2[c]! > 0 ? Math.sqrt(r1[c]! / r2[c]!) : 1;
    change = Math.max(change, Math.abs(Math.log(s[c]!)));
  }
  if (change === 0) return 0;
  for (let e = 0; e < a.w.length; e++) a.w[e]! /= s[Math.floor(e / per)]!;
  for (let c = 0; c < a.cout; c++) a.b[c]! /= s[c]!;
  for (let c = 0; c < a.bnBeta.length; c++) {
    a.bnBeta[c]! /= s[c]!;
    a.bnGamma[c]! /= s[c]!;
  }
  for (let e = 0; e < b.w.length; e++) b.w[e]! *= s[channelOfB[e]!]!;
  a.changed = b.changed = true;
  return change;
}

/** High-bias absorption (DFQ §4.2): c = max(0, β − 3γ) leaves A's bias and enters B's as W_B·c. */
function absorbHighBias(p: Pair): boolean {
  const { a, b, channelOfB } = p;
  if (a.bnBeta.length === 0 || !p.shiftable) return false;
  const c = a.bnBeta.map((beta, i) => Math.max(0, beta - 3 * a.bnGamma[i]!));
  if (c.every((x) => x === 0)) return false;
  for (let i = 0; i < a.cout; i++) {
    a.b[i]! -= c[i]!;
    a.bnBeta[i]! -= c[i]!;
  }
  const perOut = b.w.length / b.cout;
  for (let e = 0; e < b.w.length; e++) b.b[Math.floor(e / perOut)]! += b.w[e]! * c[channelOfB[e]!]!;
  a.hasBias = b.hasBias = true;
  a.changed = b.changed = true;
  return true;
}

/** Writes a changed layer back as f32 constants and attributes. */
function writeBack(graph: Graph, st: LayerState): void {
  const wName = st.node.operands[1]!.name;
  const wShape = graph.constants.get(wName)!.type.shape;
  let node: Node = st.node;
  if (st.bnBeta.length > 0) node = { ...node, attrs: { ...node.attrs, bn_beta: st.bnBeta, bn_gamma: st.bnGamma, ...bnRangeOf(st.bnBeta, st.bnGamma) } };
  if (st.relu6Replaced) node = { ...node, attrs: { ...node.attrs, act_max: Infinity } };
  node = setConstantOperand(graph, node, 1, makeTensor('f32', wShape, Float32Array.from(st.w)), 'w', wName);
  if (st.hasBias) node = setConstantOperand(graph, node, 2, makeTensor('f32', [st.cout], Float32Array.from(st.b)), 'b', wName);
  replaceNode(graph, node);
}

/** Whether A's fused clamp lets the pair be equalized: none or relu, or relu6 when it may become relu. */
function clampAllows(node: Node, relu6ToRelu: boolean): 'ok' | 'relu6' | undefined {
  const lo = num(node, 'act_min', -Infinity);
  const hi = num(node, 'act_max', Infinity);
  if (hi === Infinity && (lo === -Infinity || lo === 0)) return 'ok';
  return lo === 0 && hi === 6 && relu6ToRelu ? 'relu6' : undefined;
}

/**
 * Equalizes every pair A → B of conv2d/dense layers joined by a single scale-equivariant path (see the
 * file header), sweeping until max |log s| < equalize-tolerance, then absorbs high biases. Float outputs
 * are unchanged up to f32 rounding of the new weights, except for relu6 → relu and the absorption
 * approximations named in the header (both reported in the stats).
 */
export const equalizeCrossLayer: Pass = {
  name: 'equalize-cross-layer',
  summary: 'cross-layer equalization of consecutive conv2d/dense weight ranges, with high-bias absorption',
  options: {
    'equalize-sweeps': { kind: 'number', default: 100, doc: 'maximum sweeps over all pairs' },
    'equalize-tolerance': { kind: 'number', default: 1e-7, doc: 'stop when every scale s satisfies |log s| below this' },
    'relu6-to-relu': { kind: 'boolean', default: true, doc: 'replace a relu6 between two layers by relu so the pair can be equalized' },
    'absorb-high-bias': { kind: 'boolean', default: true, doc: 'move max(0, β − 3γ) of the first layer into the second layer\'s bias (needs folded-BN statistics)' },
  },
  run: (input, options) => editVerifiedClone(input, (graph) => {
    const opts = resolvePassOptions(equalizeCrossLayer, options);
    const states = new Map<string, LayerState>();
    const stateOf = (n: Node): LayerState => {
      if (!states.has(n.name)) states.set(n.name, layerState(graph, n));
      return states.get(n.name)!;
    };
    const pairs: Pair[] = [];
    const skipped: string[] = [];
    for (const a of graph.nodes) {
      if (!isRescalable(a)) continue;
      const partner = findPartner(graph, a);
      if (partner === undefined || !isRescalable(partner.b)) continue;
      const clamp = clampAllows(a, opts['relu6-to-relu'] as boolean);
      if (clamp === undefined) {
        skipped.push(`%${a.name} → %${partner.b.name}: the clamp of %${a.name} is not relu${opts['relu6-to-relu'] ? '/relu6' : ''}`);
        continue;
      }
      const pair = { a: stateOf(a), b: stateOf(partner.b), channelOfB: inputChannelMap(graph, partner.b, partner.featuresPerChannel), shiftable: partner.shiftable };
      if (clamp === 'relu6') pair.a.relu6Replaced = true;
      pairs.push(pair);
    }
    let sweeps = 0;
    let change = Infinity;
    while (pairs.length > 0 && sweeps < (opts['equalize-sweeps'] as number) && change >= (opts['equalize-tolerance'] as number)) {
      change = Math.max(0, ...pairs.map(equalizePair));
      sweeps++;
    }
    const absorbed = opts['absorb-high-bias'] ? pairs.filter(absorbHighBias).map((p) => `%${p.a.node.name} → %${p.b.node.name}`) : [];
    for (const st of states.values()) if (st.changed || st.relu6Replaced) writeBack(graph, st);
    return {
      pairs: pairs.map((p) => `%${p.a.node.name} → %${p.b.node.name}`),
      sweeps,
      last_max_log_scale: pairs.length > 0 ? change : 0,
      relu6_replaced: [...states.values()].filter((s) => s.relu6Replaced).map((s) => `%${s.node.name}`),
      absorbed,
      skipped,
    };
  }),
};
