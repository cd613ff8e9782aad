// Whether a graph exported with a fixed batch N computes each image on its own, so that the same model
// imported with batch 1 (and run image by image) is equivalent. Checked on the two imports: every value of
// the batch-N graph has N images in its first dim and the batch-1 graph the same shape with 1 there, and no
// op mixes images without changing a shape (a softmax over axis 0).
import type { Graph } from '../../ir/graph.js';
import { formatShape } from '../../ir/tensor.js';

/** undefined when `one` (batch 1) is the per-image form of `many` (batch n), else the reason it is not. */
export function perImageMismatch(many: Graph, one: Graph, n: number): string | undefined {
  if (many.nodes.length !== one.nodes.length) return 'the batch-1 import has a different structure';
  for (let i = 0; i < many.nodes.length; i++) {
    const a = many.nodes[i]!;
    const b = one.nodes[i]!;
    if (a.name !== b.name || a.op !== b.op) return `node ${a.name} imports differently with batch 1`;
    const axis = a.attrs['axis'];
    if ((a.op === 'softmax' || a.op === 'log_softmax') && (axis === 0 || axis === -many.values.get(a.name)!.type.shape.length)) return `${a.op} %${a.name} normalises across the images (axis 0)`;
  }
  for (const [name, v] of many.values) {
    const s = v.type.shape;
    const t = one.values.get(name)?.type.shape;
    if (s[0] !== n) return `%${name} ${formatShape(s)} does not keep the ${n} images in its first dim`;
    if (t === undefined || t.length !== s.length || t[0] !== 1 || t.some((d, k) => k > 0 && d !== s[k])) {
      return `%${name} is ${formatShape(s)} with ${n} images but ${t === undefined ? 'missing' : formatShape(t)} with 1`;
    }
  }
  return undefined;
}
