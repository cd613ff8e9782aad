// The quantized graph as the lowering sees it: a list of layers (q-ops that become instructions) over
// activation tensors, each tensor with its producer, its consumers and its storage (NHWC, byte or packed
// width). flatten/reshape are aliases (a dense layer reads the NHWC tensor with permuted weights); the
// program's input is the output of the graph's `quantize`, its output the tensor fed to `dequantize`.
import type { Attrs, Graph, Node } from '../ir/graph.js';
import { DTYPES, type DType } from '../ir/dtype.js';
import type { Tensor } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { chooseStorage, pixelBytes, type ActTensor } from './layout.js';
import { mapFail } from './mapping-errors.js';

/** A layer: one q-op that becomes instructions; operands and result by tensor name. */
export interface NetLayer {
  readonly node: Node;
  readonly attrs: Attrs;
  readonly inputs: readonly string[];
  readonly output: string;
}

/** An activation tensor and who uses it (layer indices; −1 produced by the program input). */
export interface NetTensor extends ActTensor {
  readonly producer: number;
  readonly consumers: number[];
  readonly role: 'input' | 'output' | 'activation';
}

/** The graph as layers over tensors. */
export interface Network {
  readonly graph: Graph;
  readonly layers: readonly NetLayer[];
  readonly tensors: ReadonlyMap<string, NetTensor>;
  readonly input: string;
  readonly output: string;
  /** A constant operand of a layer. */
  constant(layer: NetLayer, k: number): Tensor;
}

const num = (a: Attrs, k: string) => a[k] as number;
const LOWERED = new Set(['qconv2d', 'qdense', 'qmaxpool', 'qavgpool', 'qglobal_avgpool', 'qadd', 'qconcat', 'qbinarize', 'qlut', 'resize', 'qpad']);

/** Builds the layer list and the tensors of `qgraph` (batch 1); MAP002/MAP004 on what cannot be mapped. */
export function buildNetwork(qgraph: Graph, cols: number): Network {
  const attrs = inferTypes(qgraph);
  if (qgraph.inputs.length !== 1 || qgraph.inputs[0]!.type.shape[0] !== 1) mapFail('MAP004', qgraph.name, 'the lowering needs one input with batch 1');
  const storage = chooseStorage(qgraph, cols);
  const alias = new Map<string, string>();
  const resolve = (name: string) => alias.get(name) ?? name;
  const shapes = new Map<string, ActTensor>();
  const layers: NetLayer[] = [];
  let output: string | undefined;
  for (const node of qgraph.nodes) {
    const a = attrs.get(node.name)!;
    if (node.op === 'flatten' || node.op === 'reshape') {
      checkFreeReshape(node, qgraph);
      alias.set(node.name, resolve(node.operands[0]!.name));
      continue;
    }
    if (node.op === 'dequantize') {
      output = resolve(node.operands[0]!.name);
      continue;
    }
    const type = qgraph.values.get(node.name)!.type;
    // Float ops after the dequantize (softmax) stay on the host.
    if (DTYPES[type.dtype].isFloat) continue;
    if (node.op !== 'quantize' && !LOWERED.has(node.op)) mapFail('MAP004', node.name, `op ${node.op} has no lowering`);
    shapes.set(node.name, actTensor(node, type.dtype, type.shape, a, storage.get(node.name) ?? 8, shapes, resolve));
    if (node.op !== 'quantize') {
      const inputs = (node.op === 'qconv2d' || node.op === 'qdense' ? node.operands.slice(0, 1) : node.operands.filter((o) => o.ref === 'value')).map((o) => resolve(o.name));
      layers.push({ node, attrs: a, inputs, output: node.name });
    }
  }
  const inputNode = qgraph.nodes.find((n) => n.op === 'quantize' && n.operands[0]!.name === qgraph.inputs[0]!.name);
  if (inputNode === undefined) mapFail('MAP004', qgraph.name, 'the graph input must go through one quantize node');
  if (output === undefined) mapFail('MAP004', qgraph.name, 'the graph has no dequantize: there is no integer output to return');
  const tensors = new Map<string, NetTensor>();
  for (const [name, t] of shapes) {
    const producer = layers.findIndex((l) => l.output === name);
    const role = name === inputNode.name ? 'input' : name === output ? 'output' : 'activation';
    tensors.set(name, { ...t, producer, consumers: [], role });
  }
  layers.forEach((l, k) => {
    for (const x of l.inputs) {
      const t = tensors.get(x);
      if (t === undefined) mapFail('MAP004', l.node.name, `operand ${x} is not an integer tensor the machine holds`);
      if (!t.consumers.includes(k)) t.consumers.push(k);
    }
  });
  return {
    graph: qgraph, layers, tensors, input: inputNode.name, output,
    constant: (layer, k) => qgraph.constants.get(layer.node.operands[k]!.name)!,
  };
}

/** Free only where the NHWC order does not show: a dense layer reads the tensor, or it has one pixel. */
function checkFreeReshape(node: Node, g: Graph): void {
  const src = node.operands[0]!.name;
  const pixels = (g.values.get(src)!.type.shape.slice(2) as number[]).reduce((p, d) => p * d, 1);
  for (const user of g.nodes.filter((n) => n.operands.some((o) => o.ref === 'value' && o.name === node.name))) {
    if (user.op !== 'qdense' && pixels > 1) mapFail('MAP004', node.name, `${node.op} of a ${pixels}-pixel tensor feeds ${user.op} ${user.name}: only a dense layer can read it without a transpose (activations are NHWC)`);
  }
}

function actTensor(node: Node, dtype: DType, s: readonly number[], a: Attrs, storageBits: number, known: Map<string, ActTensor>, resolve: (n: string) => string): ActTensor {
  const bits = DTYPES[dtype].bits;
  if (bits > 8) mapFail('MAP002', node.name, `${dtype} activations: the machine's activations are at most 8 bits (HARDWARE.md §7)`);
  const src = node.operands[0]?.ref === 'value' ? known.get(resolve(node.operands[0].name)) : undefined;
  const scale = node.op === 'quantize' ? num(a, 'scale') : 'y_scale' in a ? num(a, 'y_scale') : src?.scale ?? 1;
  // A qbinarize result is ±1 codes (zero point 0), whatever its source's zero point.
  const zero = node.op === 'quantize' ? num(a, 'zero') : node.op === 'qbinarize' ? 0 : 'y_zero' in a ? num(a, 'y_zero') : src?.zero ?? 0;
  const [c, h, w] = s.length === 4 ? [s[1]!, s[2]!, s[3]!] : [s[s.length - 1]!, 1, 1];
  return { name: node.name, h, w, c, dtype, storageBits, zero, scale, dramAddr: -1, pixBytes: pixelBytes(c, storageBits) };
}
