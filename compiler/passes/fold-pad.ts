// fold-pad: a constant-zero pad of the spatial axes of NCHW data, read only by a conv2d, becomes that conv's
// own padding (added to it). Exact: the conv reads 0 in its padding, as it read the padded zeros, and after
// quantization both read the zero point. Pads of other modes or values, negative pads (crops), pads of N or C,
// and pads before pools stay: a max pool never picks its own padding (it picked the padded zeros) and the
// integer average pool divides by the real elements only (it divided by the whole window), so those remain a
// padded copy (qpad once quantized).
import { type Graph, type Node, cloneGraph, producerOf } from '../ir/graph.js';
import { intsAttr } from '../ir/op-spec.js';
import { inferTypes } from '../ir/verify.js';
import type { Pass } from './pass.js';
import { isSoleConsumer, removeNode, replaceNode, replaceUses } from './rewrite.js';

/** Why `pad` (read by `conv`) cannot be folded, or undefined. */
function whyNot(graph: Graph, pad: Node, conv: Node): string | undefined {
  const pads = pad.attrs['pads'] as readonly number[];
  if ((pad.attrs['mode'] ?? 'constant') !== 'constant' || (pad.attrs['value'] ?? 0) !== 0) return 'not a constant-zero pad';
  if (pads.length !== 8 || pads[0] !== 0 || pads[1] !== 0 || pads[4] !== 0 || pads[5] !== 0) return 'pads an axis other than H and W';
  if (pads.some((p) => p < 0)) return 'crops (negative pads)';
  if (!isSoleConsumer(graph, pad.name, conv)) return `%${pad.name} has other readers or is a graph output`;
  return undefined;
}

/** Folds every foldable pad into the conv2d reading it; the conv keeps its name. */
export const foldPad: Pass = {
  name: 'fold-pad',
  summary: 'fold a constant-zero spatial pad into the padding of the conv2d that reads it',
  options: {},
  run(input) {
    const graph = cloneGraph(input);
    const attrs = inferTypes(graph);
    const kept: string[] = [];
    let folded = 0;
    for (const conv of graph.nodes.filter((n) => n.op === 'conv2d')) {
      const pad = producerOf(graph, conv.operands[0]!.name);
      if (pad === undefined || pad.op !== 'pad') continue;
      const reason = whyNot(graph, { ...pad, attrs: attrs.get(pad.name)! }, conv);
      if (reason !== undefined) {
        kept.push(`%${pad.name}: ${reason}`);
        continue;
      }
      const p = intsAttr(attrs.get(pad.name)!, 'pads');
      const old = intsAttr(attrs.get(conv.name)!, 'pad');
      // ONNX order [n, c, h, w begins, n, c, h, w ends] → conv2d's [top, left, bottom, right].
      const pad2d = [old[0]! + p[2]!, old[1]! + p[3]!, old[2]! + p[6]!, old[3]! + p[7]!];
      replaceNode(graph, { ...conv, operands: [pad.operands[0]!, ...conv.operands.slice(1)], attrs: { ...conv.attrs, pad: pad2d } });
      replaceUses(graph, pad.name, pad.operands[0]!.name);
      removeNode(graph, pad.name);
      folded++;
    }
    for (const n of graph.nodes) if (n.op === 'pad' && !kept.some((k) => k.startsWith(`%${n.name}:`))) kept.push(`%${n.name}: not read by a conv2d alone`);
    inferTypes(graph);
    return { graph, stats: { folded, kept } };
  },
};
