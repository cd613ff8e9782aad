// fuse-activation-patterns: activations that exporters write as several nodes become the one elementwise
// function they compute, so they quantize as one lookup table (a product of two activations has no table):
//   mul(x, sigmoid(x))                                  → silu(x)        (PyTorch SiLU before ONNX Swish)
//   mul(x, hard_sigmoid(x){alpha=1/6, beta=1/2})        → hard_swish(x)  (PyTorch Hardswish before opset 14)
//   mul(mul(x, add(erf(div(x, √2)), 1)), 0.5), and the other orders of the two products → gelu(x)
// Every intermediate must be read by the pattern alone. Float results agree to rounding (one f32 rounding
// instead of one per node).
import { type Graph, type Node, type Operand, producerOf } from '../ir/graph.js';
import type { Pass } from './pass.js';
import { dropDeadConstants, editVerifiedClone, isSoleConsumer, removeNode, replaceNode } from './rewrite.js';

/** The scalar held by a constant operand, else undefined. */
function scalar(graph: Graph, o: Operand | undefined): number | undefined {
  if (o?.ref !== 'const') return undefined;
  const t = graph.constants.get(o.name)!;
  return t.data.length === 1 && t.type.dtype === 'f32' ? (t.data[0] as number) : undefined;
}

const near = (a: number | undefined, b: number, tol = 1e-6): boolean => a !== undefined && Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

/** The node producing operand `o` when it is a value read only by `reader`. */
function soleProducer(graph: Graph, o: Operand | undefined, reader: Node): Node | undefined {
  if (o?.ref !== 'value' || !isSoleConsumer(graph, o.name, reader)) return undefined;
  return producerOf(graph, o.name);
}

/** mul(x, g(x)) with g = sigmoid or hard_sigmoid(1/6, 1/2): the fused op and x, or undefined. */
function gated(graph: Graph, mul: Node): { op: string; x: string; dead: Node[] } | undefined {
  for (const i of [0, 1]) {
    const g = soleProducer(graph, mul.operands[i], mul);
    const x = mul.operands[1 - i]!;
    if (g === undefined || x.ref !== 'value' || g.operands[0]!.name !== x.name) continue;
    if (g.op === 'sigmoid') return { op: 'silu', x: x.name, dead: [g] };
    if (g.op === 'hard_sigmoid' && near(g.attrs['alpha'] as number ?? 0.2, 1 / 6) && near(g.attrs['beta'] as number ?? 0.5, 0.5)) return { op: 'hard_swish', x: x.name, dead: [g] };
  }
  return undefined;
}

/** add(erf(x/√2), 1) read only by `reader`: x and the nodes, or undefined. */
function erfPlusOne(graph: Graph, o: Operand | undefined, reader: Node): { x: string; dead: Node[] } | undefined {
  const add = soleProducer(graph, o, reader);
  if (add?.op !== 'add') return undefined;
  const oneIdx = near(scalar(graph, add.operands[1]), 1, 0) ? 0 : near(scalar(graph, add.operands[0]), 1, 0) ? 1 : -1;
  if (oneIdx < 0) return undefined;
  const erf = soleProducer(graph, add.operands[oneIdx], add);
  if (erf?.op !== 'erf') return undefined;
  const scaled = soleProducer(graph, erf.operands[0], erf);
  if (scaled === undefined || scaled.operands[0]!.ref !== 'value') return undefined;
  const ok = (scaled.op === 'div' && near(scalar(graph, scaled.operands[1]), Math.SQRT2)) || (scaled.op === 'mul' && near(scalar(graph, scaled.operands[1]), Math.SQRT1_2));
  return ok ? { x: scaled.operands[0]!.name, dead: [add, erf, scaled] } : undefined;
}

/** The GELU pattern ending in `outer` (a mul): x and the inner nodes, or undefined. */
function gelu(graph: Graph, outer: Node): { x: string; dead: Node[] } | undefined {
  for (const i of [0, 1]) {
    const inner = soleProducer(graph, outer.operands[i], outer);
    const rest = outer.operands[1 - i];
    if (inner?.op !== 'mul') continue;
    if (near(scalar(graph, rest), 0.5, 0)) {
      // mul(mul(x, erf+1), 0.5)
      for (const j of [0, 1]) {
        const e = erfPlusOne(graph, inner.operands[j], inner);
        if (e !== undefined && inner.operands[1 - j]!.name === e.x) return { x: e.x, dead: [inner, ...e.dead] };
      }
    } else if (rest?.ref === 'value') {
      // mul(x, mul(erf+1, 0.5)) or mul(erf+1, mul(x, 0.5))
      const half = [0, 1].find((j) => near(scalar(graph, inner.operands[j]), 0.5, 0));
      if (half === undefined) continue;
      const e1 = erfPlusOne(graph, inner.operands[1 - half], inner);
      if (e1 !== undefined && rest.name === e1.x) return { x: e1.x, dead: [inner, ...e1.dead] };
      const e2 = erfPlusOne(graph, rest, outer);
      if (e2 !== undefined && inner.operands[1 - half]!.name === e2.x) return { x: e2.x, dead: [inner, ...e2.dead] };
    }
  }
  return undefined;
}

/** Fuses every pattern above; the final mul's name stays, so readers and graph outputs keep theirs. */
export const fuseActivationPatterns: Pass = {
  name: 'fuse-activation-patterns',
  summary: 'fuse x·sigmoid(x) into silu, x·hard_sigmoid(x) into hard_swish and the erf form of GELU into gelu',
  options: {},
  run: (input) => editVerifiedClone(input, (graph) => {
    const fused: Record<string, number> = { silu: 0, hard_swish: 0, gelu: 0 };
    for (const name of graph.nodes.filter((n) => n.op === 'mul').map((n) => n.name)) {
      const mul = graph.nodes.find((n) => n.name === name);
      if (mul === undefined) continue;
      const g = gated(graph, mul);
      const e = g === undefined ? gelu(graph, mul) : undefined;
      const match = g ?? (e === undefined ? undefined : { op: 'gelu', ...e });
      if (match === undefined) continue;
      const consts = [mul, ...match.dead].flatMap((n) => n.operands.filter((o) => o.ref === 'const').map((o) => o.name));
      replaceNode(graph, { name, op: match.op, operands: [{ ref: 'value', name: match.x }], attrs: {} });
      for (const d of match.dead) removeNode(graph, d.name);
      dropDeadConstants(graph, consts);
      fused[match.op]!++;
    }
    return fused;
  }),
};
