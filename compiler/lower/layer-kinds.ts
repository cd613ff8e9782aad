// What each layer is on the machine: the conv geometry of weighted layers (a dense layer is a conv
// whose kernel is its whole input), whether a depthwise conv runs on the array or the vector unit, and
// how each layer reads its inputs — which is what the residency planner needs.
import { readWindow2d } from '../ir/ops/conv-geometry.js';
import type { Attrs } from '../ir/graph.js';
import { deriveHw, type HwConfig } from '../../isa/hw-config.js';
import { convGeometry, type ConvShape } from './conv-geometry.js';
import { mapFail } from './mapping-errors.js';
import { searchConvPlan } from './conv-search.js';
import { depthwiseVectorCycles } from './depthwise.js';
import { binarizeByPack } from './binarize.js';
import type { NetLayer, Network } from './network.js';
import { planResidency, type ConsumerNeed, type ResidencyPlan } from './residency.js';

const num = (a: Attrs, k: string) => a[k] as number;

/** The conv geometry of a weighted layer (dense: a conv whose kernel is the whole input); undefined for others. */
export function weightedShape(net: Network, l: NetLayer): ConvShape | undefined {
  const { node, attrs: a } = l;
  if (node.op !== 'qconv2d' && node.op !== 'qdense') return undefined;
  const x = net.tensors.get(l.inputs[0]!)!;
  const y = net.tensors.get(l.output)!;
  const w = net.constant(l, 1);
  if (node.op === 'qdense') {
    const k = w.type.shape[1]!;
    if (x.h * x.w * x.c !== k) mapFail('MAP004', node.name, `dense input has ${x.h * x.w * x.c} elements, the weights expect ${k}`);
    return { h: x.h, w: x.w, cin: x.c, cout: w.type.shape[0]!, kh: x.h, kw: x.w, sh: 1, sw: 1, dh: 1, dw: 1, pt: 0, pl: 0, oh: 1, ow: 1, groups: 1 };
  }
  const win = readWindow2d(a, [w.type.shape[2]!, w.type.shape[3]!]);
  return {
    h: x.h, w: x.w, cin: x.c, cout: y.c, kh: win.h.kernel, kw: win.w.kernel, sh: win.h.stride, sw: win.w.stride,
    dh: win.h.dilation, dw: win.w.dilation, pt: win.h.padBegin, pl: win.w.padBegin, oh: y.h, ow: y.w, groups: num(a, 'groups'),
  };
}

/** How layer `l` reads `tensor`: the array through its window (with the padding it needs), the vector unit, or DRAM. */
export function consumerNeed(net: Network, l: NetLayer, s: ConvShape | undefined, tensor: string, hw: HwConfig, choice: DepthwiseChoice = 'auto'): ConsumerNeed {
  const op = l.node.op;
  if (op === 'qmaxpool' || op === 'qavgpool' || op === 'qglobal_avgpool' || op === 'qadd' || op === 'qlut' || op === 'resize' || op === 'qpad') return { path: 'out' };
  // PACK reads its source where ADD does; the depthwise form of qbinarize reads it from DRAM.
  if (op === 'qbinarize') return binarizeByPack(net.tensors.get(l.inputs[0]!)!, net.tensors.get(l.output)!, deriveHw(hw).rowBytes.output) ? { path: 'out' } : { path: 'dram' };
  if ((op === 'qconv2d' || op === 'qdense') && s !== undefined && (s.groups === 1 || depthwiseOnArray(net, l, s, hw, choice))) {
    const geo = convGeometry(s, 'int8', hw, deriveHw(hw));
    return { path: 'img', pads: geo.pads };
  }
  void tensor;
  return { path: 'dram' };
}

/**
 * Whether a grouped layer runs on the array (window, block-diagonal tiles) rather than the vector unit's
 * DEPTHWISE: always for grouped (not depthwise) and dilated convs, which DEPTHWISE cannot do; otherwise
 * whichever the cost model predicts faster, both read from and written to DRAM (docs/LOWERING.md
 * §Depthwise). Remembered per layer: the residency planner and the layer's planning ask the same question.
 */
export function depthwiseOnArray(_net: Network, l: NetLayer, s: ConvShape, hw: HwConfig, choice: DepthwiseChoice = 'auto'): boolean {
  if (s.groups === 1) return true;
  if (s.groups !== s.cin || s.cout !== s.cin || s.dh !== 1 || s.dw !== 1) return true;
  if (choice !== 'auto') return choice === 'array';
  let byHw = choices.get(l);
  if (byHw === undefined) choices.set(l, (byHw = new Map()));
  const known = byHw.get(hw);
  if (known !== undefined) return known;
  const d = deriveHw(hw);
  const geo = convGeometry(s, 'int8', hw, d);
  const sink = { dram: true, outResident: false, img: false, pixBytes: s.cout, outBits: 8 };
  const array = searchConvPlan(l.node.name, geo, { kind: 'dram', pixBytes: s.cin }, sink, { inputRows: d.bufferRows.input, outputRows: d.bufferRows.output }, hw, d).cycles;
  const onArray = array <= depthwiseVectorCycles(s, hw);
  byHw.set(hw, onArray);
  return onArray;
}
const choices = new WeakMap<NetLayer, Map<HwConfig, boolean>>();

/** Where depthwise layers run: chosen per layer by the cost model, or forced (tests, comparisons). */
export type DepthwiseChoice = 'auto' | 'array' | 'vector';

/** The residency plan of `net` (shapes[k]: layer k's conv geometry, when it has one). */
export function planNetworkResidency(net: Network, shapes: readonly (ConvShape | undefined)[], hw: HwConfig, choice: DepthwiseChoice = 'auto'): ResidencyPlan {
  return planResidency(net, deriveHw(hw), (k, tensor) => consumerNeed(net, net.layers[k]!, shapes[k], tensor, hw, choice));
}
