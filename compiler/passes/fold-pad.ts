// fold-pad: a constant-zero pad of the spatial axes of NCHW data, read only by a conv2d, becomes that conv's
// own padding (added to it). Exact: the conv reads 0 in its padding, as it read the padded zeros, and after
// quantization both read the zero point.
// An average pool that divides by its whole window — it reads such a pad (PyTorch's nn.AvgPool2d with padding
// exports Pad + AveragePool) or counts its own padding (count_include_pad) — becomes a depthwise conv2d with
// weights 1/(kh·kw) and that padding: the same sum of the same taps over the same divisor, which quantizes to
// a qconv2d (the integer average pool divides by the real elements only, so it cannot take those pads). Only
// without ceil_mode (every window then lies inside the padded input, so the divisor is always kh·kw) and
// without dilation. Pads of other modes or values, negative pads (crops), pads of N or C, and pads before max
// pools stay: a max pool never picks its own padding (it picked the padded zeros), so those remain a padded
// copy (qpad once quantized).
import { type Attrs, type Graph, type Node, constRef, producerOf } from '../ir/graph.js';
import { boolAttr, intsAttr } from '../ir/op-spec.js';
import { makeTensor } from '../ir/tensor.js';
import type { Pass } from './pass.js';
import { editVerifiedClone, freshName, isSoleConsumer, removeNode, replaceNode, replaceUses } from './rewrite.js';

/** Why `pad` (read by `reader`) cannot be folded, or undefined. */
function whyNot(graph: Graph, pad: Node, reader: Node): string | undefined {
  const pads = pad.attrs['pads'] as readonly number[];
  if ((pad.attrs['mode'] ?? 'constant') !== 'constant' || (pad.attrs['value'] ?? 0) !== 0) return 'not a constant-zero pad';
  if (pads.length !== 8 || pads[0] !== 0 || pads[1] !== 0 || pads[4] !== 0 || pads[5] !== 0) return 'pads an axis other than H and W';
  if (pads.some((p) => p < 0)) return 'crops (negative pads)';
  if (!isSoleConsumer(graph, pad.name, reader)) return `%${pad.name} has other readers or is a graph output`;
  return undefined;
}

/** An avgpool whose divisor is the whole window once `extraPad` zeros are read as its padding. */
function dividesByWholeWindow(attrs: Attrs, extraPad: boolean): boolean {
  if (boolAttr(attrs, 'ceil_mode') || intsAttr(attrs, 'dilation').some((d) => d !== 1)) return false;
  const ownPad = intsAttr(attrs, 'pad').some((p) => p !== 0);
  return ownPad ? boolAttr(attrs, 'count_include_pad') : extraPad;
}

/** `reader`'s pad [top, left, bottom, right] plus the H, W pads of `pad` (ONNX order [n, c, h, w begins, … ends]). */
function addedPad(reader: readonly number[], pad: readonly number[] | undefined): number[] {
  if (pad === undefined) return [...reader];
  return [reader[0]! + pad[2]!, reader[1]! + pad[3]!, reader[2]! + pad[6]!, reader[3]! + pad[7]!];
}

/** The avgpool `pool` (reading `x`, padding `pad2d`) as a depthwise conv2d of the same name. */
function poolAsDepthwise(graph: Graph, pool: Node, attrs: Attrs, x: string, pad2d: number[]): void {
  const [kh, kw] = intsAttr(attrs, 'kernel') as [number, number];
  const c = graph.values.get(x)!.type.shape[1]!;
  const wName = freshName(graph, `${pool.name}.w`);
  graph.constants.set(wName, makeTensor('f32', [c, 1, kh, kw], new Float32Array(c * kh * kw).fill(1 / (kh * kw))));
  if (graph.weightsFile === undefined) graph.inlineConstants.add(wName);
  replaceNode(graph, { name: pool.name, op: 'conv2d', operands: [{ ref: 'value', name: x }, constRef(wName)], attrs: { stride: intsAttr(attrs, 'stride'), pad: pad2d, groups: c } });
}

/** Folds every foldable pad into the conv2d or whole-window avgpool reading it; the reader keeps its name. */
export const foldPad: Pass = {
  name: 'fold-pad',
  summary: 'fold a constant-zero spatial pad into the padding of the conv2d that reads it; an average pool dividing by its whole window becomes a depthwise conv2d',
  options: {},
  run: (input) => editVerifiedClone(input, (graph, attrs) => {
    const kept: string[] = [];
    let folded = 0;
    let poolsAsConvs = 0;
    for (const reader of graph.nodes.filter((n) => n.op === 'conv2d' || n.op === 'avgpool')) {
      const rAttrs = attrs.get(reader.name)!;
      const producer = producerOf(graph, reader.operands[0]!.name);
      let pad = producer !== undefined && producer.op === 'pad' ? producer : undefined;
      const reason = pad === undefined ? undefined : whyNot(graph, { ...pad, attrs: attrs.get(pad.name)! }, reader);
      if (pad !== undefined && reason !== undefined) {
        kept.push(`%${pad.name}: ${reason}`);
        pad = undefined;
      }
      if (reader.op === 'avgpool' && !dividesByWholeWindow(rAttrs, pad !== undefined)) {
        if (pad !== undefined) kept.push(`%${pad.name}: the average pool reading it has ceil_mode, dilation or its own uncounted padding`);
        continue;
      }
      if (reader.op === 'conv2d' && pad === undefined) continue;
      const pad2d = addedPad(intsAttr(rAttrs, 'pad'), pad === undefined ? undefined : intsAttr(attrs.get(pad.name)!, 'pads'));
      const x = pad === undefined ? reader.operands[0]!.name : pad.operands[0]!.name;
      if (reader.op === 'avgpool') {
        poolAsDepthwise(graph, reader, rAttrs, x, pad2d);
        poolsAsConvs++;
      } else {
        replaceNode(graph, { ...reader, operands: [{ ref: 'value', name: x }, ...reader.operands.slice(1)], attrs: { ...reader.attrs, pad: pad2d } });
      }
      if (pad !== undefined) {
        replaceUses(graph, pad.name, x);
        removeNode(graph, pad.name);
        folded++;
      }
    }
    for (const n of graph.nodes) if (n.op === 'pad' && !kept.some((k) => k.startsWith(`%${n.name}:`))) kept.push(`%${n.name}: not read by a conv2d or average pool alone`);
    return { folded, poolsAsConvs, kept };
  }),
};
