// matmul-to-dense: matmul(x, @W) with a constant right operand becomes dense(x, W') with W' = W (trans_b)
// or Wᵀ, so the quantizer and the lowering see the one weighted-layer form they handle.
import type { Pass } from './pass.js';
import { dropDeadConstants, editVerifiedClone, replaceNode, setConstantOperand } from './rewrite.js';

export const matmulToDense: Pass = {
  name: 'matmul-to-dense',
  summary: 'matmul with a constant 2-D right operand (and trans_a = false) becomes dense',
  options: {},
  run: (input) => editVerifiedClone(input, (graph, attrs) => {
    const kept: string[] = [];
    let converted = 0;
    for (const node of graph.nodes.filter((n) => n.op === 'matmul')) {
      const [a, b] = node.operands;
      const at = attrs.get(node.name)!;
      const w = b!.ref === 'const' ? graph.constants.get(b!.name) : undefined;
      if (w === undefined || w.type.shape.length !== 2 || at['trans_a'] === true || graph.values.get(a!.name)!.type.shape.length !== 2) {
        kept.push(`%${node.name}: needs a 2-D value times a 2-D constant without trans_a`);
        continue;
      }
      const [r, c] = w.type.shape as [number, number];
      // dense wants [out, in]: W is [in, out] unless trans_b already stores it as [out, in].
      const data = at['trans_b'] === true ? (w.data as Float32Array) : Float32Array.from({ length: r * c }, (_, i) => (w.data as Float32Array)[(i % r) * c + Math.floor(i / r)]!);
      const shape = at['trans_b'] === true ? [r, c] : [c, r];
      const dense = setConstantOperand(graph, { ...node, op: 'dense', attrs: {} }, 1, { type: { dtype: 'f32', shape }, data }, 'w', b!.name);
      replaceNode(graph, dense);
      dropDeadConstants(graph, [b!.name]);
      converted++;
    }
    return { converted, kept };
  }),
};
