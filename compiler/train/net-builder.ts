// Builds a training network (NetSpec + initial parameters) from a float graph: one layer per node, the
// constants of conv2d/dense/batchnorm as parameters (running statistics as buffers), and writes trained
// values back into a copy of the graph. compiler/qat drives the same builder with fake-quant layers.
import { type Graph, type Node, cloneGraph } from '../ir/graph.js';
import type { Tensor } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { fail } from '../../core/diagnostics.js';
import type { LayerSpecBase, Slot } from './layer.js';
import type { NetSpec } from './net.js';

/** A network ready to train: its spec, the initial flat arrays, and where each graph constant lives in them. */
export interface BuiltNet {
  readonly spec: NetSpec;
  readonly params: Float32Array;
  readonly buffers: Float32Array;
  /** Graph constant (or quantizer parameter) name → slot in `params`. */
  readonly paramSlots: ReadonlyMap<string, Slot>;
  /** Graph constant name → slot in `buffers`. */
  readonly bufferSlots: ReadonlyMap<string, Slot>;
}

/** A layer spec before `needGrad` is known (the builder fills it in). */
export type PendingSpec = Omit<LayerSpecBase, 'needGrad'> & Record<string, unknown>;

const num = (node: Node, key: string, dflt: number): number => (typeof node.attrs[key] === 'number' ? (node.attrs[key] as number) : dflt);
const ints = (node: Node, key: string, dflt: readonly number[]): number[] => [...((node.attrs[key] as readonly number[] | undefined) ?? dflt)];

/** Collects parameters, buffers and layer specs; `build` computes which inputs need gradients. */
export class NetBuilder {
  private readonly paramData: number[][] = [];
  private paramCount = 0;
  private readonly bufferData: number[][] = [];
  private bufferCount = 0;
  private statsCount = 0;
  private readonly layers: PendingSpec[] = [];
  readonly paramSlots = new Map<string, Slot>();
  readonly bufferSlots = new Map<string, Slot>();
  /** Layers that own parameters (their outputs depend on training). */
  private readonly trainable = new Set<string>();

  /** A trainable parameter initialised to `data` (one slot per name). */
  param(name: string, data: ArrayLike<number>): Slot {
    const known = this.paramSlots.get(name);
    if (known) return known;
    const slot = { offset: this.paramCount, length: data.length };
    this.paramData.push(Array.from(data));
    this.paramCount += data.length;
    this.paramSlots.set(name, slot);
    return slot;
  }

  buffer(name: string, data: ArrayLike<number>): Slot {
    const slot = { offset: this.bufferCount, length: data.length };
    this.bufferData.push(Array.from(data));
    this.bufferCount += data.length;
    this.bufferSlots.set(name, slot);
    return slot;
  }

  stats(length: number): Slot {
    const slot = { offset: this.statsCount, length };
    this.statsCount += length;
    return slot;
  }

  /** Appends a layer; `trainable` when it owns parameters. */
  layer(spec: PendingSpec, trainable: boolean): void {
    this.layers.push(spec);
    if (trainable) this.trainable.add(spec.name);
  }

  /**
   * The layer of float node `node` reading `inputs` (value names) and producing `name`. `wq` is a weight
   * transform spec for conv2d/dense; `fusedClamp` false leaves out the act_min/act_max clamp (a fake
   * quantizer after the layer applies it on its grid instead).
   */
  floatNode(graph: Graph, node: Node, inputs: readonly string[], name = node.name, opts: { wq?: Record<string, unknown> & { kind: string }; fusedClamp?: boolean } = {}): void {
    const constant = (i: number): Tensor => graph.constants.get(node.operands[i]!.name)!;
    const p = (i: number): Slot => this.param(node.operands[i]!.name, constant(i).data as Float32Array);
    const clamp = opts.fusedClamp === false ? undefined : fusedClamp(node);
    const base = { name, inputs };
    switch (node.op) {
      case 'conv2d': {
        if (node.operands[1]!.ref !== 'const') fail('TRN001', `conv2d %${node.name}: training needs a constant weight`, { node: node.name });
        const w = constant(1);
        this.layer({
          ...base, kind: 'conv2d', w: p(1), ...(node.operands[2] ? { b: p(2) } : {}), wShape: w.type.shape as [number, number, number, number],
          stride: ints(node, 'stride', [1, 1]), pad: ints(node, 'pad', [0, 0, 0, 0]), dilation: ints(node, 'dilation', [1, 1]), groups: num(node, 'groups', 1),
          ...(clamp ? { clamp } : {}), ...(opts.wq ? { wq: opts.wq } : {}),
        }, true);
        return;
      }
      case 'dense': {
        if (node.operands[1]!.ref !== 'const') fail('TRN001', `dense %${node.name}: training needs a constant weight`, { node: node.name });
        this.layer({ ...base, kind: 'dense', w: p(1), ...(node.operands[2] ? { b: p(2) } : {}), wShape: constant(1).type.shape as [number, number], ...(clamp ? { clamp } : {}), ...(opts.wq ? { wq: opts.wq } : {}) }, true);
        return;
      }
      case 'batchnorm': {
        const c = constant(1).data.length;
        this.layer({
          ...base, kind: 'batchnorm', gamma: p(1), beta: p(2), mean: this.buffer(node.operands[3]!.name, constant(3).data as Float32Array),
          var: this.buffer(node.operands[4]!.name, constant(4).data as Float32Array), stats: this.stats(2 * c), eps: num(node, 'eps', 1e-5), momentum: 0.1,
        }, true);
        return;
      }
      case 'relu': this.layer({ ...base, kind: 'clamp', lo: 0, hi: Infinity }, false); return;
      case 'relu6': this.layer({ ...base, kind: 'clamp', lo: 0, hi: 6 }, false); return;
      case 'clip': this.layer({ ...base, kind: 'clamp', lo: num(node, 'min', -Infinity), hi: num(node, 'max', Infinity) }, false); return;
      case 'maxpool':
      case 'avgpool':
        this.layer({
          ...base, kind: node.op, kernel: ints(node, 'kernel', []), stride: ints(node, 'stride', [1, 1]), pad: ints(node, 'pad', [0, 0, 0, 0]),
          ceilMode: node.attrs['ceil_mode'] === true, countIncludePad: node.attrs['count_include_pad'] === true,
        }, false);
        return;
      case 'global_avgpool': this.layer({ ...base, kind: 'global_avgpool' }, false); return;
      case 'add': this.layer({ ...base, kind: 'add', ...(clamp ? { clamp } : {}) }, false); return;
      case 'concat': {
        const rank = graph.values.get(node.name)!.type.shape.length;
        const axis = num(node, 'axis', 1);
        if (axis !== 1 && axis !== 1 - rank) fail('TRN002', `concat %${node.name} along axis ${axis}: training concatenates channels (axis 1) only`, { node: node.name });
        this.layer({ ...base, kind: 'concat' }, false);
        return;
      }
      case 'flatten':
      case 'reshape': {
        const out = graph.values.get(node.name)!.type.shape;
        if (out.length !== 2) fail('TRN002', `${node.op} %${node.name} to rank ${out.length}: training reshapes to [N, features] only`, { node: node.name });
        this.layer({ ...base, kind: 'flatten' }, false);
        return;
      }
      default:
        fail('TRN002', `${node.op} %${node.name}: the training engine has no gradient for this op (supported: conv2d, dense, batchnorm, relu, relu6, clip, maxpool, avgpool, global_avgpool, add, concat, flatten, reshape, a final softmax)`, { node: node.name });
    }
  }

  /** The finished network: needGrad[k] is true when input k depends on some trainable layer. */
  build(input: string, sample: readonly number[], output: string, classes: number): BuiltNet {
    const depends = new Set<string>();
    const layers: LayerSpecBase[] = this.layers.map((l) => {
      const needGrad = l.inputs.map((name) => depends.has(name));
      if (this.trainable.has(l.name) || needGrad.some(Boolean)) depends.add(l.name);
      return { ...l, needGrad };
    });
    const spec: NetSpec = { input, sample, output, classes, layers, paramCount: this.paramCount, bufferCount: this.bufferCount, statsCount: this.statsCount };
    return {
      spec, params: Float32Array.from(this.paramData.flat()), buffers: Float32Array.from(this.bufferData.flat()),
      paramSlots: this.paramSlots, bufferSlots: this.bufferSlots,
    };
  }
}

/** The fused activation [act_min, act_max] of a conv2d/dense/add, or undefined when it clamps nothing. */
export function fusedClamp(node: Node): [number, number] | undefined {
  const lo = num(node, 'act_min', -Infinity);
  const hi = num(node, 'act_max', Infinity);
  return lo === -Infinity && hi === Infinity ? undefined : [lo, hi];
}

/** The graph's output value and, when that is a softmax, its input (training works on logits). */
export function logitsValue(graph: Graph): string {
  if (graph.inputs.length !== 1 || graph.outputs.length !== 1) fail('TRN003', `training needs one input and one output (graph ${graph.name} has ${graph.inputs.length} and ${graph.outputs.length})`);
  const out = graph.outputs[0]!;
  const producer = graph.nodes.find((n) => n.name === out);
  return producer?.op === 'softmax' ? producer.operands[0]!.name : out;
}

/** A float training network for `graph` (batchnorm in train mode, every other node as it is). */
export function buildFloatNet(graph: Graph): BuiltNet {
  inferTypes(graph);
  const logits = logitsValue(graph);
  const b = new NetBuilder();
  for (const node of graph.nodes) {
    if (node.op === 'softmax' && node.name === graph.outputs[0] && node.operands[0]!.name === logits) continue;
    b.floatNode(graph, node, node.operands.filter((o) => o.ref === 'value').map((o) => o.name));
  }
  const input = graph.inputs[0]!;
  const outShape = graph.values.get(logits)!.type.shape;
  return b.build(input.name, input.type.shape.slice(1), logits, outShape[outShape.length - 1]!);
}

/** A copy of `graph` whose trained constants (parameters and buffers) take the values of `params`/`buffers`. */
export function writeBack(graph: Graph, net: BuiltNet, params: Float32Array, buffers: Float32Array): Graph {
  const g = cloneGraph(graph);
  const put = (slots: ReadonlyMap<string, Slot>, data: Float32Array) => {
    for (const [name, slot] of slots) {
      const old = g.constants.get(name);
      if (old === undefined) continue;
      g.constants.set(name, { type: old.type, data: data.slice(slot.offset, slot.offset + slot.length) });
    }
  };
  put(net.paramSlots, params);
  put(net.bufferSlots, buffers);
  return g;
}
