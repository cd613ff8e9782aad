// Layer-by-layer evaluation of a quantized graph over calibration samples, for the passes that adjust a
// layer from the inputs it really receives (correct-bias, adaround): nodes run in graph order over every
// sample, and each qconv2d/qdense is shown its integer inputs BEFORE it runs, so a change it makes to its
// constants is seen by every later layer. Also the im2col view of such a layer's input (patches).
import type { Attrs, Graph, Node } from '../ir/graph.js';
import { lookupOp } from '../ir/op-registry.js';
import { numAttr } from '../ir/op-spec.js';
import { DTYPES } from '../ir/dtype.js';
import { type Tensor, f32Tensor, formatShape, numel } from '../ir/tensor.js';
import { readWindow2d } from '../ir/ops/conv-geometry.js';
import { inferTypes } from '../ir/verify.js';
import { parseQir } from '../qir/load.js';
import { assert, fail } from '../../core/diagnostics.js';
import { samplesOf } from './calibration-samples.js';
import { type NodeOutputCache, nodeKey, samplesKey } from './node-output-cache.js';

/**
 * Runs `graph` (quantized, batch-1 input) over `samples` node by node (all samples of one node, then the
 * next), calling `visit(node, inputs)` for every qconv2d/qdense with its integer input per sample just
 * before the node runs. `visit` may replace constants of that node in `graph.constants` (same shapes).
 * Values are dropped after their last use, so memory is one layer's activations over the samples. Nothing
 * after the last qconv2d/qdense that `wants` (default: every one; adaround: its low-bit layers) runs: no visit
 * that matters could see it. With `cache` (a search quantizes many
 * configurations on the same samples), a node whose key — taken after its visit, so with the constants it
 * runs with — is in the cache is not evaluated: the cached outputs are what it would compute.
 */
export function walkWeightedLayers(graph: Graph, samples: readonly Tensor[], visit: (node: Node, inputs: readonly Tensor[]) => void, cache?: NodeOutputCache, wants: (node: Node) => boolean = () => true): void {
  const attrs = inferTypes(graph);
  const lastUse = new Map<string, number>();
  // Stryker disable next-line ArrowFunction,ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: every form keeps a value at least until its last use (it only frees memory later or never), so no result changes
  graph.nodes.forEach((n, i) => n.operands.forEach((o) => o.ref === 'value' && lastUse.set(o.name, i)));
  const weighted = (n: Node): boolean => n.op === 'qconv2d' || n.op === 'qdense';
  const lastWeighted = graph.nodes.reduce((last, n, i) => (weighted(n) && wants(n) ? i : last), -1);
  const env = new Map<string, Tensor[]>();
  assert(graph.inputs.length === 1, 'walkWeightedLayers needs one graph input');
  env.set(graph.inputs[0]!.name, [...samples]);
  const keys = cache !== undefined && cache.samples === samples.length ? new Map([[graph.inputs[0]!.name, samplesKey(samples)]]) : undefined;
  for (const [i, node] of graph.nodes.entries()) {
    if (weighted(node)) visit(node, env.get(node.operands[0]!.name)!);
    if (i === lastWeighted) return;
    const run = (): Tensor[] => samples.map((_, b) => evalNode(graph, node, attrs.get(node.name)!, env, b));
    if (keys === undefined) env.set(node.name, run());
    else {
      const key = nodeKey(graph, node, keys);
      keys.set(node.name, key);
      let values = cache!.get(key);
      // Stryker disable next-line ConditionalExpression: true only recomputes what the cache holds (the same values; set keeps the first); false is killed by layer-walk.test.ts
      if (values === undefined) cache!.set(key, (values = run()));
      env.set(node.name, values);
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: the survivors only free a value later or never (memory, no result); the forms that free one too early are killed (residual test) but ignored with them
    for (const o of node.operands) if (o.ref === 'value' && lastUse.get(o.name) === i) env.delete(o.name);
  }
}

/** One node on sample `b`, with the integer reference's rules (evalInt; layout ops and float ops in float). */
function evalNode(graph: Graph, node: Node, attrs: Attrs, env: Map<string, Tensor[]>, b: number): Tensor {
  const spec = lookupOp(node.op)!;
  const operands = node.operands.map((o) => (o.ref === 'value' ? env.get(o.name)![b]! : graph.constants.get(o.name)!));
  const outType = graph.values.get(node.name)!.type;
  // Stryker disable next-line ObjectLiteral: the walk discards the overflow count (from {}, undefined++ is a NaN no one reads)
  if (spec.evalInt !== undefined) return spec.evalInt(operands, attrs, outType, { accOverflows: 0 });
  if (spec.movesCodes?.(attrs) === true || operands.every((t) => DTYPES[t.type.dtype].isFloat)) return spec.evalFloat(operands, attrs, outType);
  return fail('RUN012', `${node.op} %${node.name} has integer inputs but no integer semantics`, { node: node.name });
}

/** The im2col geometry of a qconv2d/qdense: `groups` groups of `coutG` output channels reading patches of `k` values. */
export interface PatchGeometry {
  readonly groups: number;
  readonly cout: number;
  readonly coutG: number;
  /** Values per patch: cinG·kh·kw (conv) or K (dense). */
  readonly k: number;
  /** Patches (output positions) per sample. */
  readonly positions: number;
  /**
   * Fills `out` (length k) with the integer patch of group `g` at position `p` of input `x`; taps in the
   * padding get NaN (the caller decides what padding means: x_zero in integers, 0 in real numbers).
   */
  patch(x: Tensor, g: number, p: number, out: Float64Array): void;
}

/** The patch geometry of `node` (qconv2d/qdense) reading inputs of `xShape` (batch 1) with weights of `wShape`. */
export function patchGeometry(node: Node, xShape: readonly number[], wShape: readonly number[]): PatchGeometry {
  const cout = wShape[0]!;
  if (node.op === 'qdense') {
    const k = wShape[1]!;
    // Stryker disable next-line EqualityOperator: i = k writes past `out` (a Float64Array of length k at every caller): dropped
    return { groups: 1, cout, coutG: cout, k, positions: 1, patch: (x, _g, _p, out) => { for (let i = 0; i < k; i++) out[i] = x.data[i] as number; } };
  }
  const [, , h, w] = xShape as [number, number, number, number];
  const [, cinG, kh, kw] = wShape as [number, number, number, number];
  const groups = typeof node.attrs['groups'] === 'number' ? numAttr(node.attrs, 'groups') : 1;
  const win = readWindow2d({ stride: [1, 1], pad: [0, 0, 0, 0], ...node.attrs }, [kh, kw]);
  const span = (size: number, a: typeof win.h) => Math.floor((size + a.padBegin + a.padEnd - a.dilation * (a.kernel - 1) - 1) / a.stride) + 1;
  const hOut = span(h, win.h);
  const wOut = span(w, win.w);
  return {
    groups, cout, coutG: cout / groups, k: cinG * kh * kw, positions: hOut * wOut,
    patch(x, g, p, out) {
      const oy = Math.floor(p / wOut);
      const ox = p % wOut;
      let i = 0;
      // Stryker disable next-line EqualityOperator: c = cinG writes from index k on, past `out` (a Float64Array of length k at every caller): dropped
      for (let c = 0; c < cinG; c++) {
        const plane = (g * cinG + c) * h;
        for (let ky = 0; ky < kh; ky++) {
          const iy = oy * win.h.stride - win.h.padBegin + ky * win.h.dilation;
          for (let kx = 0; kx < kw; kx++) {
            const ix = ox * win.w.stride - win.w.padBegin + kx * win.w.dilation;
            out[i++] = iy >= 0 && iy < h && ix >= 0 && ix < w ? (x.data[(plane + iy) * w + ix] as number) : NaN;
          }
        }
      }
    },
  };
}

/** The float conv2d/dense of the same name in `floatGraph`: its weight and bias (zeros when absent). */
export function floatLayer(floatGraph: Graph, name: string): { w: Float32Array; b: Float32Array } {
  const node = floatGraph.nodes.find((n) => n.name === name && (n.op === 'conv2d' || n.op === 'dense'));
  if (node === undefined) fail('QMOD012', `layer ${name}: the float graph has no conv2d/dense of that name (pass the graph insert-quantizers quantized)`, { node: name });
  const w = floatGraph.constants.get(node.operands[1]!.name)!;
  const b = node.operands[2] ? (floatGraph.constants.get(node.operands[2].name)!.data as Float32Array) : new Float32Array(w.type.shape[0]!);
  return { w: w.data as Float32Array, b };
}

/**
 * The `floatGraph` option of correct-bias/adaround: the float graph insert-quantizers quantized (a Graph,
 * or its QIR text, which is how a golden test spells it). QMOD011 when absent.
 */
export function floatGraphOption(v: unknown, pass: string): Graph {
  if (typeof v === 'string') return parseQir(v, `${pass} floatGraph`);
  if (typeof v !== 'object' || v === null || !('nodes' in v)) fail('QMOD011', `${pass} needs the float graph (option floatGraph) to compare the quantized layers with`);
  return v as Graph;
}

/** `{shape, data}` with plain numbers as an f32 tensor; QMOD016 naming what is missing. */
function plainCalibTensor({ shape, data }: { shape?: unknown; data?: unknown }, pass: string): Tensor {
  if (!Array.isArray(shape)) fail('QMOD016', `${pass} option calib: {shape, data} needs a shape, a list of dimensions [N, ...input]`);
  if (!Array.isArray(data) || data.length !== numel(shape)) fail('QMOD016', `${pass} option calib: shape ${formatShape(shape)} needs data, a list of ${numel(shape)} numbers`);
  return f32Tensor(shape, data);
}

/**
 * The `calib` option of correct-bias/adaround as batch-1 samples of `graph`'s input: an f32 Tensor [N, ...],
 * or `{shape, data}` with plain numbers (golden tests). QMOD011 when absent: these passes need data; QMOD016
 * for `{shape, data}` without a shape list or without numel(shape) numbers.
 */
export function calibSamplesOption(v: unknown, graph: Graph, pass: string, limit = 0): Tensor[] {
  if (typeof v !== 'object' || v === null) fail('QMOD011', `${pass} needs calibration data (option calib); it cannot run data-free`);
  const raw = v as { type?: unknown; shape?: unknown; data?: unknown };
  const samples = samplesOf(graph, raw.type !== undefined ? (v as Tensor) : plainCalibTensor(raw, pass));
  return limit > 0 ? samples.slice(0, limit) : samples;
}
