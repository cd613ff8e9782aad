// fuse-activations: relu/relu6/clip after a conv2d/dense/add becomes that op's act_min/act_max clamp.
import { type Attrs, type Graph, type Node, producerOf } from '../ir/graph.js';
import { numAttr } from '../ir/op-spec.js';
import type { Pass } from './pass.js';
import { editVerifiedClone, isSoleConsumer, nodeIndex, removeNode, replaceNode, replaceUses } from './rewrite.js';

/** Ops whose output clamp the requantization can apply (DESIGN §4: the fused activation sets qmin/qmax). */
const PRODUCERS = new Set(['conv2d', 'dense', 'add']);

const ACTIVATIONS = ['relu', 'relu6', 'clip'] as const;

/** The clamp interval of an activation node, from its resolved attributes. */
function activationBounds(node: Node, resolved: Attrs): [number, number] {
  if (node.op === 'relu') return [0, Infinity];
  if (node.op === 'relu6') return [0, 6];
  return [numAttr(resolved, 'min'), numAttr(resolved, 'max')];
}

/**
 * Why `act` (reading `producer`) cannot be fused, or undefined. Two clamps compose into one,
 * clamp(clamp(x, l1, h1), l2, h2) = clamp(x, max(l1, l2), min(h1, h2)), only when the intervals
 * overlap; disjoint ones (a constant output) stay as written.
 */
function whyNotFusable(graph: Graph, act: Node, producer: Node | undefined, lo: number, hi: number): string | undefined {
  const x = act.operands[0]!.name;
  if (producer === undefined) return `reads graph input %${x}`;
  if (!PRODUCERS.has(producer.op)) return `follows ${producer.op} %${producer.name}, not conv2d/dense/add`;
  if (!isSoleConsumer(graph, x, act)) return `%${producer.name} has other readers or is a graph output`;
  if (lo > hi) return `min ${lo} > max ${hi}`;
  const oldLo = (producer.attrs['act_min'] as number | undefined) ?? -Infinity;
  const oldHi = (producer.attrs['act_max'] as number | undefined) ?? Infinity;
  if (Math.max(lo, oldLo) > Math.min(hi, oldHi)) return `its interval [${lo}, ${hi}] does not overlap the clamp of %${producer.name}`;
  return undefined;
}

/**
 * Fuses every relu, relu6 and clip whose input is a conv2d, dense or add read by nothing else: the
 * producer gets act_min/act_max (intersected with any clamp it already has), the activation node is
 * removed and its readers read the producer, which keeps its name. Float outputs are bit-identical.
 */
export const fuseActivations: Pass = {
  name: 'fuse-activations',
  summary: 'fuse relu/relu6/clip into the preceding conv2d/dense/add as act_min/act_max',
  options: {},
  run: (input) => editVerifiedClone(input, (graph, attrs) => {
    const kept: string[] = [];
    const fused: Record<string, number> = Object.fromEntries(ACTIVATIONS.map((a) => [a, 0]));
    const actNames = graph.nodes.filter((n) => n.op in fused).map((n) => n.name);
    for (const name of actNames) {
      // Look the node up again: an earlier fusion may have rewired its input (relu after relu).
      const act = graph.nodes[nodeIndex(graph, name)]!;
      const bounds = activationBounds(act, attrs.get(name)!);
      const producer = producerOf(graph, act.operands[0]!.name);
      const reason = whyNotFusable(graph, act, producer, bounds[0], bounds[1]);
      if (reason !== undefined) {
        kept.push(`%${name}: ${reason}`);
        continue;
      }
      const p = producer!;
      const lo = Math.max(bounds[0], (p.attrs['act_min'] as number | undefined) ?? -Infinity);
      const hi = Math.min(bounds[1], (p.attrs['act_max'] as number | undefined) ?? Infinity);
      replaceNode(graph, { ...p, attrs: { ...p.attrs, act_min: lo, act_max: hi } });
      replaceUses(graph, name, p.name);
      removeNode(graph, name);
      fused[act.op]!++;
    }
    return { ...fused, kept };
  }),
};
