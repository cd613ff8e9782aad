// The QAT network: built node for node from the integer graph that post-training quantization makes of
// the same float graph (the initialisation), so the fake-quant network has exactly the structure the
// export will write: every quantize/qconv2d/qdense/qadd/qconcat/pool/qbinarize of the integer graph has
// its fake-quant counterpart, initialised from the PTQ grids (scales, zero points, thresholds) and
// weight scales, with the float weights and biases of the float graph as the latent parameters.
import { type Graph, type Node, cloneGraph } from '../ir/graph.js';
import { DTYPES, type DType } from '../ir/dtype.js';
import { numel } from '../ir/tensor.js';
import { fail } from '../../core/diagnostics.js';
import type { Slot } from '../train/layer.js';
import { type BuiltNet, NetBuilder } from '../train/net-builder.js';
import type { LayerQuantConfig, QuantConfig } from '../quant/presets.js';
import { resolveLayerConfigs } from '../quant/layer-config.js';
import { qRange } from '../quant/quant-params.js';
import { lsqGradScale } from './fake-quant.js';
import type { GridSpec } from './qat-layers.js';
import type { InputOffset, RequantEmulation } from './accumulator-emulation.js';

/** How the export reads a value's learned grid. */
export type ActRecord = { readonly kind: 'grid'; readonly grid: GridSpec } | { readonly kind: 'binary'; readonly t: Slot; readonly beta: Slot };

/** How the export reads a layer's learned weight scales. */
export type WeightRecord = { readonly kind: 'lsq'; readonly s: Slot; readonly cout: number } | { readonly kind: 'binary'; readonly alpha: Slot };

/** A parameter range kept in [lo, hi] after every optimizer step (lo per element or one for the slot). */
export interface Projection {
  readonly slot: Slot;
  readonly lo: number | Float32Array;
  readonly hi: number;
}

/** A QAT network and what the export and the trainer need besides it. */
export interface QatModel {
  readonly net: BuiltNet;
  /** The float graph whose constants are the latent parameters (binary layers' weights normalised to [−1, 1]). */
  readonly float: Graph;
  readonly config: QuantConfig;
  /** Learned grids by value name (the graph input, layer outputs). */
  readonly acts: ReadonlyMap<string, ActRecord>;
  readonly weights: ReadonlyMap<string, WeightRecord>;
  /** Learned binarization (t, β) by the name of the binarized value. */
  readonly binarize: ReadonlyMap<string, { readonly t: Slot; readonly beta: Slot }>;
  readonly projections: readonly Projection[];
  /**
   * Learning-rate scale per parameter: 1 for weights and biases; a quantizer parameter's own unit (its
   * initial step size) for step sizes, offsets and thresholds, so Adam moves each by a fraction of itself
   * per step (Adam's update does not depend on the gradient's scale, so LSQ's g alone cannot do this).
   */
  readonly lrScale: Float32Array;
}

/** The smallest scale a learned step size may take (keeps divisions finite). */
const MIN_SCALE = 1e-8;
/**
 * A step size may shrink to 1/100 of its initial value at most: a vanishing weight or input scale would
 * make the integer bias b/(s_x·s_w) overflow int32, a regime the integer graph cannot represent.
 */
const MIN_SCALE_FRACTION = 0.01;

const num = (a: Node['attrs'], k: string, d: number): number => (typeof a[k] === 'number' ? (a[k] as number) : d);

/**
 * Builds the QAT network of `float` (folded, fused, equalized) from `quantized` = insert-quantizers'
 * result on it with `config`. Binary-weight layers get latent weights w/α (clamped to [−1, 1]) and a
 * learned α initialised at the PTQ's α.
 */
export function buildQatNet(float: Graph, quantized: Graph, config: QuantConfig): QatModel {
  const configs = resolveLayerConfigs(float, config);
  const latent = cloneGraph(float);
  const b = new NetBuilder();
  const acts = new Map<string, ActRecord>();
  const weights = new Map<string, WeightRecord>();
  const binarize = new Map<string, { t: Slot; beta: Slot }>();
  const projections: Projection[] = [];
  const grids = new Map<string, GridSpec>();
  /** The real scale of every integer value: a grid's s, or β of binary values (the s_x of the layers reading it). */
  const scales = new Map<string, Slot | number>();
  /** The real offset t of every binary value (x̂ = t + β·y), for the layers reading it. */
  const offsets = new Map<string, InputOffset>();
  const floatNode = (name: string): Node => {
    const n = float.nodes.find((x) => x.name === name);
    if (n === undefined) fail('QAT001', `quantized node ${name} has no float counterpart`, { node: name });
    return n;
  };
  const features = (name: string) => numel(quantized.values.get(name)!.type.shape.slice(1));
  const units: { slot: Slot; unit: ArrayLike<number> }[] = [];
  /** A quantizer parameter whose learning rate is relative to `unit` (positive: a step size kept above a fraction of its start). */
  const quantParam = (name: string, init: ArrayLike<number>, unit: ArrayLike<number>, positive: boolean): Slot => {
    const slot = b.param(name, init);
    units.push({ slot, unit });
    if (positive) projections.push({ slot, lo: Float32Array.from(init, (v) => Math.max(MIN_SCALE, v * MIN_SCALE_FRACTION)), hi: Infinity });
    return slot;
  };
  /** The output quantizer of a layer on `from`: multi-bit LSQ(+) or binary, reproducing the integer requantization when `requant` is given. */
  const outputQuantizer = (node: Node, from: string, actMin: number, actMax: number, requant?: RequantEmulation): void => {
    const a = node.attrs;
    const emulate = requant ? { requant } : {};
    const dtype = a['out_dtype'] as DType;
    if (dtype === 'b1') {
      const beta0 = [a['y_scale'] as number];
      const t = quantParam(`${node.name}.t`, [num(a, 'y_offset', 0)], beta0, false);
      const beta = quantParam(`${node.name}.beta`, beta0, beta0, true);
      projections.push({ slot: t, lo: actMin, hi: actMax });
      b.layer({ kind: 'binact', name: node.name, inputs: [from], t, beta, lo: actMin, hi: actMax, g: lsqGradScale(features(node.name), 1), ...emulate }, true);
      acts.set(node.name, { kind: 'binary', t, beta });
      scales.set(node.name, beta);
      offsets.set(node.name, { kind: 'binact', t, lo: actMin, hi: actMax });
      return;
    }
    const { bits, signed } = DTYPES[dtype];
    const s0 = [a['y_scale'] as number];
    const s = quantParam(`${node.name}.s`, s0, s0, true);
    // LSQ+: a learned offset where the grid has one (no lower clamp at 0); ReLU-like outputs keep z = 0.
    const offset = -(a['y_scale'] as number) * (a['y_zero'] as number);
    const beta = !signed && actMin < 0 ? quantParam(`${node.name}.beta`, [offset], s0, false) : offset;
    const grid: GridSpec = { s, beta, bits, signed, actMin, actMax };
    b.layer({ kind: 'actquant', name: node.name, inputs: [from], grid, g: lsqGradScale(features(node.name), qRange(bits, signed).qmax), ...emulate }, true);
    grids.set(node.name, grid);
    scales.set(node.name, s);
    acts.set(node.name, { kind: 'grid', grid });
  };
  const inherit = (to: string, from: string): void => {
    if (grids.has(from)) grids.set(to, grids.get(from)!);
    if (scales.has(from)) scales.set(to, scales.get(from)!);
    if (offsets.has(from)) offsets.set(to, offsets.get(from)!);
  };
  let logits: string | undefined;
  for (const node of quantized.nodes) {
    const ins = node.operands.filter((o) => o.ref === 'value').map((o) => o.name);
    const a = node.attrs;
    switch (node.op) {
      case 'quantize': {
        const { bits, signed } = DTYPES[a['dtype'] as DType];
        const grid: GridSpec = { s: a['scale'] as number, beta: -(a['scale'] as number) * (a['zero'] as number), bits, signed, actMin: -Infinity, actMax: Infinity };
        b.layer({ kind: 'actquant', name: node.name, inputs: ins, grid, g: 0 }, false);
        grids.set(node.name, grid);
        scales.set(node.name, grid.s);
        acts.set(ins[0]!, { kind: 'grid', grid });
        break;
      }
      case 'qconv2d':
      case 'qdense': {
        const fn = floatNode(node.name);
        const cfg = configs.get(node.name)!;
        const wq = weightQuantizer(quantParam, b, latent, quantized, node, fn, cfg, weights, projections);
        b.floatNode(latent, fn, [ins[0]!], `${node.name}.acc`, { wq, fusedClamp: false });
        const w = weights.get(node.name)!;
        const bias = fn.operands[2] ? b.paramSlots.get(fn.operands[2].name) : undefined;
        const offset = offsets.get(ins[0]!);
        const codes = wq.kind === 'binary-weight' ? { kind: 'binary' as const } : { kind: 'lsq' as const, bits: wq['bits'] as number, narrow: wq['narrow'] as boolean };
        const requant: RequantEmulation = {
          inScale: scales.get(ins[0]!)!, w: w.kind === 'lsq' ? w.s : w.alpha, accBits: cfg.accBits, saturate: cfg.accOverflow === 'saturate',
          ...(bias ? { bias } : {}), ...(offset ? { inOffset: { source: offset, weights: b.paramSlots.get(fn.operands[1]!.name)!, codes } } : {}),
        };
        outputQuantizer(node, `${node.name}.acc`, num(fn.attrs, 'act_min', -Infinity), num(fn.attrs, 'act_max', Infinity), requant);
        break;
      }
      case 'qadd': {
        const fn = floatNode(node.name);
        b.layer({ kind: 'add', name: `${node.name}.sum`, inputs: ins }, false);
        outputQuantizer(node, `${node.name}.sum`, num(fn.attrs, 'act_min', -Infinity), num(fn.attrs, 'act_max', Infinity));
        break;
      }
      case 'qconcat': {
        const fn = floatNode(node.name);
        if (fn.op === 'concat') {
          b.layer({ kind: 'concat', name: `${node.name}.cat`, inputs: ins }, false);
          outputQuantizer(node, `${node.name}.cat`, -Infinity, Infinity);
        } else {
          const [lo, hi] = fn.op === 'relu' ? [0, Infinity] : fn.op === 'relu6' ? [0, 6] : [num(fn.attrs, 'min', -Infinity), num(fn.attrs, 'max', Infinity)];
          const grid = grids.get(ins[0]!)!;
          b.layer({ kind: 'gridclamp', name: node.name, inputs: ins, grid, lo, hi }, false);
          inherit(node.name, ins[0]!);
        }
        break;
      }
      case 'qmaxpool':
      case 'flatten':
      case 'reshape':
        b.floatNode(latent, { ...floatNode(node.name), operands: node.operands }, ins, node.name);
        inherit(node.name, ins[0]!);
        break;
      case 'qavgpool':
      case 'qglobal_avgpool': {
        const grid = grids.get(ins[0]!)!;
        const pool = node.op === 'qavgpool'
          ? { kernel: a['kernel'] as [number, number], stride: (a['stride'] ?? [1, 1]) as [number, number], pad: (a['pad'] ?? [0, 0, 0, 0]) as [number, number, number, number], ceilMode: a['ceil_mode'] === true }
          : undefined;
        b.layer({ kind: 'gridpool', name: node.name, inputs: ins, global: node.op === 'qglobal_avgpool', ...(pool ? { pool } : {}), grid }, false);
        inherit(node.name, ins[0]!);
        break;
      }
      case 'qbinarize': {
        const beta0 = [a['y_scale'] as number];
        const t = quantParam(`${node.name}.t`, [a['y_offset'] as number], beta0, false);
        const beta = quantParam(`${node.name}.beta`, beta0, beta0, true);
        b.layer({ kind: 'binarize', name: node.name, inputs: ins, t, beta, grid: grids.get(ins[0]!)!, g: lsqGradScale(features(node.name), 1) }, true);
        binarize.set(ins[0]!, { t, beta });
        scales.set(node.name, beta);
        offsets.set(node.name, { kind: 'binarize', t, beta, grid: grids.get(ins[0]!)! });
        break;
      }
      case 'dequantize':
        logits = ins[0];
        break;
      default:
        if (logits === undefined) fail('QAT002', `${node.op} %${node.name}: QAT cannot train through this op of the quantized graph`, { node: node.name });
    }
  }
  if (logits === undefined) fail('QAT002', `the quantized graph ${quantized.name} has no dequantize: there are no logits to train on`);
  const input = float.inputs[0]!;
  const out = quantized.values.get(logits)!.type.shape;
  const net = b.build(input.name, input.type.shape.slice(1), logits, out[out.length - 1]!);
  const lrScale = new Float32Array(net.spec.paramCount).fill(1);
  for (const { slot, unit } of units) for (let i = 0; i < slot.length; i++) lrScale[slot.offset + i] = Math.abs(unit[i]!);
  return { net, float: latent, config, acts, weights, binarize, projections, lrScale };
}

/** The weight transform of one layer (and, for binary weights, the latent weights normalised in `latent`). */
type QuantParam = (name: string, init: ArrayLike<number>, unit: ArrayLike<number>, positive: boolean) => Slot;

function weightQuantizer(quantParam: QuantParam, b: NetBuilder, latent: Graph, q: Graph, node: Node, fn: Node, cfg: LayerQuantConfig, records: Map<string, WeightRecord>, projections: Projection[]): { kind: string } & Record<string, unknown> {
  const wq = q.constants.get(node.operands[1]!.name)!;
  const scales = q.constants.get(node.operands[5]!.name)!.data as Float32Array;
  const wName = fn.operands[1]!.name;
  const w = latent.constants.get(wName)!;
  const cout = w.type.shape[0]!;
  const k = numel(w.type.shape) / cout;
  if (wq.type.dtype === 'b1') {
    // w/α in [−1, 1]: the signs are the binary weights; every channel's latent weights on one scale.
    const data = new Float32Array(w.data.length);
    for (let c = 0; c < cout; c++) for (let i = c * k; i < (c + 1) * k; i++) data[i] = Math.max(-1, Math.min(1, (w.data[i] as number) / scales[c]!));
    latent.constants.set(wName, { type: w.type, data });
    const alpha = quantParam(`${node.name}.alpha`, scales, scales, true);
    projections.push({ slot: b.param(wName, data), lo: -1, hi: 1 });
    records.set(node.name, { kind: 'binary', alpha });
    return { kind: 'binary-weight', alpha, g: lsqGradScale(k, 1) };
  }
  const bits = DTYPES[wq.type.dtype].bits;
  const init = cfg.perChannel ? scales : scales.subarray(0, 1);
  const s = quantParam(`${node.name}.ws`, init, init, true);
  records.set(node.name, { kind: 'lsq', s, cout });
  const narrow = cfg.narrowWeights && bits >= 8;
  return { kind: 'lsq-weight', s, bits, narrow, g: lsqGradScale(cfg.perChannel ? k : cout * k, qRange(bits, true, narrow).qmax) };
}

/** Keeps every projected parameter inside its range (after each optimizer step). */
export function project(projections: readonly Projection[], params: Float32Array): void {
  for (const p of projections) {
    for (let i = 0; i < p.slot.length; i++) {
      const lo = typeof p.lo === 'number' ? p.lo : p.lo[i]!;
      params[p.slot.offset + i] = Math.min(p.hi, Math.max(lo, params[p.slot.offset + i]!));
    }
  }
}
