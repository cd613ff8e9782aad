// Binary layers read binary activations: a multi-bit value meant to be binary (a residual add, a pool or
// a layer feeding both) gets a qbinarize in front of the binary layer that reads it (Bi-Real-style shortcuts).
import { type Node, valueRef } from '../ir/graph.js';
import { binarizeThreshold } from '../quant/explicit-params.js';
import { type QuantizerContext, rangeOf } from './quantizer-context.js';
import { freshName } from './rewrite.js';

/** Ops that keep a value's meaning (a pool of binary-meant values is still meant binary). */
const MEANING_PRESERVING = new Set(['maxpool', 'avgpool', 'global_avgpool', 'flatten', 'reshape', 'relu', 'relu6', 'clip']);

/** Whether value `name` comes (through pools, layout and clamps) from a layer whose config asked for binary outputs. */
function meantBinary(c: QuantizerContext, name: string): boolean {
  const producer = c.src.nodes.find((n) => n.name === name);
  if (producer === undefined) return false;
  if (c.wantBinary.has(producer.name)) return true;
  return MEANING_PRESERVING.has(producer.op) && producer.operands[0]?.ref === 'value' && meantBinary(c, producer.operands[0].name);
}

/**
 * A binary-weight layer reads binary activations: when its input is a multi-bit value that was meant to be
 * binary (a residual add, a pool or a layer feeding both), the input is binarized first (qbinarize,
 * memoized per value) at the threshold t and scale β of the explicit parameters, or of the value's
 * calibration statistics (t = mean, β = std·√(2/π), as a binary layer output gets them).
 */
export function binarizeInput(c: QuantizerContext, node: Node, made: Map<string, string>): Node {
  const input = node.operands[0]!;
  const x = input.ref === 'value' ? c.quant.get(input.name) : undefined;
  if (c.configs.get(node.name)!.weightBits !== 1 || x === undefined || x.dtype === 'b1' || !meantBinary(c, input.name)) return node;
  let sign = made.get(input.name);
  if (sign === undefined) {
    const e = c.explicit?.binarize.get(input.name);
    let t: number, beta: number;
    if (e !== undefined) [t, beta] = [e.offset, e.scale];
    else {
      const r = rangeOf(c, input.name);
      t = r.mean ?? (r.min + r.max) / 2;
      beta = r.std !== undefined ? r.std * Math.sqrt(2 / Math.PI) : (r.max - r.min) / 2;
      if (!(beta > 0)) beta = 1;
    }
    const { threshold, quant } = binarizeThreshold(x, t, beta, input.name);
    sign = freshName(c.out, `${input.name}_sign`);
    c.out.nodes.push({ name: sign, op: 'qbinarize', operands: [valueRef(input.name)], attrs: { threshold, y_scale: quant.scale, y_offset: quant.offset } });
    c.out.values.set(sign, { name: sign, type: { dtype: 'b1', shape: [] } });
    c.quant.set(sign, quant);
    made.set(input.name, sign);
  }
  return { ...node, operands: [valueRef(sign), ...node.operands.slice(1)] };
}
