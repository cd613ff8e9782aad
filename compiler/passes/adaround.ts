// adaround: learned rounding of low-bit weights (compiler/quant/adaround.ts) on a quantized graph, layer by
// layer in graph order. Each qconv2d/qdense with weights of at most `adaround-max-bits` bits (i4, i2) gets
// its weights re-rounded on R im2col rows of the input the QUANTIZED network feeds it (earlier layers
// already re-rounded); the scales stay, and the int32 bias follows the new Σ_k Wq[n,k] of its zero-point
// fold: bias[n] −= x_zero·(ΣWq_new[n] − ΣWq_old[n]). Log-domain layers (w_format 'log', i8 levels of the
// power-of-two grid) are re-rounded on the same rows by greedy descent on the log grid (log-rounding.ts).
// Group-wise layers (w_group > 0) learn their rounding with each weight's effective step s_n·m[n, g]
// (adaround.ts); the multipliers stay, and the bias follows Σ_k m[n, g(k)]·ΔWq[n, k].
import { type Graph, type Node, cloneGraph } from '../ir/graph.js';
import { allocate } from '../ir/dtype.js';
import { ADAROUND_DEFAULTS, gramMatrix } from '../quant/adaround.js';
import { type AdaroundMemo, memoAdaroundRows } from '../quant/adaround-memo.js';
import { logRoundRows } from '../quant/log-rounding.js';
import { calibSamplesOption, floatGraphOption, floatLayer, patchGeometry, walkWeightedLayers } from '../quant/layer-walk.js';
import { saturateToBits } from '../../core/rounding.js';
import { weightGroupLayout } from '../../core/weight-groups.js';
import type { Pass, PassOptions } from './pass.js';
import { LAYER_WALK_OPTIONS } from './layer-walk-options.js';
import type { NodeOutputCache } from '../quant/node-output-cache.js';
import { mulberry32 } from '../../core/seeded-random.js';

/** Bits of the signed weight dtypes AdaRound re-rounds (b1 has no rounding to learn). */
const WEIGHT_BITS: Readonly<Record<string, number>> = { i2: 2, i4: 4, i8: 8, i16: 16 };

/** Re-rounds the weights of every eligible layer. */
export function adaround(graph: Graph, options: PassOptions) {
  const floatGraph = floatGraphOption(options['floatGraph'], 'adaround');
  const out = cloneGraph(graph);
  const samples = calibSamplesOption(options['calib'], out, 'adaround');
  const maxBits = (options['adaround-max-bits'] as number | undefined) ?? 4;
  const rowsWanted = (options['adaround-rows'] as number | undefined) ?? 1024;
  const o = { ...ADAROUND_DEFAULTS, iterations: (options['adaround-iterations'] as number | undefined) ?? ADAROUND_DEFAULTS.iterations };
  const budget = (options['adaround-budget'] as number | undefined) ?? 5e9;
  const rand = mulberry32((options['adaround-seed'] as number | undefined) ?? 1);
  const memo = options['adaround-memo'] as AdaroundMemo | undefined;
  const notes: string[] = [];
  let layers = 0;
  let changed = 0;
  const walkCache = options['walk-cache'] as NodeOutputCache | undefined;
  // The layers it re-rounds: the walk stops after the last of them (nothing later is looked at).
  const eligible = (node: Node): boolean => {
    const bits = WEIGHT_BITS[out.constants.get(node.operands[1]!.name)!.type.dtype];
    return node.attrs['w_format'] === 'log' || (bits !== undefined && bits <= maxBits);
  };
  walkWeightedLayers(out, samples, (node, inputs) => {
    const wName = node.operands[1]!.name;
    const wq = out.constants.get(wName)!;
    const bits = WEIGHT_BITS[wq.type.dtype];
    const log = node.attrs['w_format'] === 'log';
    if (!eligible(node)) return;
    if (inputs[0]!.type.dtype === 'b1') {
      notes.push(`%${node.name}: binary input, rounding left to nearest`);
      return;
    }
    // The optimizer costs about cout·k² multiply-adds per iteration (G·d for every row).
    const k = wq.data.length / wq.type.shape[0]!;
    const cost = wq.type.shape[0]! * k * k * o.iterations;
    // The log descent costs a few sweeps of k² per channel, far below the optimizer: no budget.
    if (!log && cost > budget) {
      notes.push(`%${node.name}: ${wq.type.shape[0]}x${k} weights need ${cost.toExponential(1)} multiply-adds, over adaround-budget ${budget.toExponential(1)}; rounding left to nearest`);
      return;
    }
    const xScale = node.attrs['x_scale'] as number;
    const xZero = node.attrs['x_zero'] as number;
    const sW = out.constants.get(node.operands[5]!.name)!.data as Float32Array;
    // Group-wise scales: the effective step of every weight and its multiplier (1 without groups).
    const groupSize = (node.attrs['w_group'] as number | undefined) ?? 0;
    const kRow = wq.data.length / wq.type.shape[0]!;
    const mult = new Float64Array(wq.data.length).fill(1);
    if (groupSize > 0) {
      const layout = weightGroupLayout(wq.type.shape, groupSize);
      const m = out.constants.get(node.operands[6]!.name)!.data as Uint8Array;
      for (let i = 0; i < mult.length; i++) mult[i] = m[Math.floor(i / kRow) * layout.count + layout.groupOf[i % kRow]!]!;
    }
    const step = groupSize > 0 ? Float64Array.from(mult, (m, i) => sW[Math.floor(i / kRow)]! * m) : undefined;
    const { w } = floatLayer(floatGraph, node.name);
    const geo = patchGeometry(node, inputs[0]!.type.shape, wq.type.shape);
    // The same R (sample, position) pairs for every group, drawn uniformly with replacement.
    const total = inputs.length * geo.positions;
    const rows = Math.min(rowsWanted, total);
    const picks = Array.from({ length: rows }, (_, r) => (rows === total ? r : Math.floor(rand() * total)));
    const x = new Float64Array(rows * geo.k);
    const patch = new Float64Array(geo.k);
    const newW = allocate(wq.type.dtype, wq.data.length) as Int8Array | Int16Array;
    for (let g = 0; g < geo.groups; g++) {
      picks.forEach((pick, r) => {
        geo.patch(inputs[Math.floor(pick / geo.positions)]!, g, pick % geo.positions, patch);
        for (let i = 0; i < geo.k; i++) x[r * geo.k + i] = Number.isNaN(patch[i]!) ? 0 : xScale * (patch[i]! - xZero);
      });
      const first = g * geo.coutG;
      const wRows = w.subarray(first * geo.k, (first + geo.coutG) * geo.k);
      const gram = gramMatrix(x, rows, geo.k);
      const ints = log
        ? logRoundRows(wRows, sW.subarray(first, first + geo.coutG), geo.coutG, geo.k, gram)
        : memoAdaroundRows(memo, wRows, step?.subarray(first * geo.k, (first + geo.coutG) * geo.k) ?? sW.subarray(first, first + geo.coutG), geo.coutG, geo.k, -(2 ** (bits! - 1)), 2 ** (bits! - 1) - 1, gram, o);
      newW.set(ints, first * geo.k);
    }
    const biasName = node.operands[2]!.name;
    const bias = out.constants.get(biasName)!;
    const newBias = Int32Array.from(bias.data as Int32Array, (b, n) => {
      let diff = 0;
      for (let i = n * geo.k; i < (n + 1) * geo.k; i++) diff += mult[i]! * (newW[i]! - (wq.data[i] as number));
      return saturateToBits(b - xZero * diff, 32, true);
    });
    for (let i = 0; i < newW.length; i++) if (newW[i] !== wq.data[i]) changed++;
    out.constants.set(wName, { type: wq.type, data: newW });
    out.constants.set(biasName, { type: bias.type, data: newBias });
    layers++;
  }, walkCache, eligible);
  return { graph: out, stats: { layers, changed, samples: samples.length, notes } };
}

/** The pass object (registered in compiler/passes/index.ts). */
export const adaroundPass: Pass = {
  name: 'adaround',
  summary: 'learn up/down rounding of low-bit weights that best reconstructs each layer output on calibration inputs (AdaRound; log-domain weights: greedy descent on the log grid)',
  options: {
    ...LAYER_WALK_OPTIONS,
    'adaround-max-bits': { kind: 'number', default: 4, doc: 'weights of at most this many bits are re-rounded' },
    'adaround-iterations': { kind: 'number', default: ADAROUND_DEFAULTS.iterations, doc: 'optimizer steps per layer' },
    'adaround-rows': { kind: 'number', default: 1024, doc: 'im2col input rows sampled per layer' },
    'adaround-budget': { kind: 'number', default: 5e9, doc: 'layers needing more multiply-adds (cout·k²·iterations) keep round-to-nearest' },
    'adaround-seed': { kind: 'number', default: 1, doc: 'seed of the row sampling' },
    'adaround-memo': { kind: 'data', doc: 'a memo of optimizer results by their inputs (compiler/quant/adaround-memo.ts), shared by the quantizations of one calibration context' },
  },
  run: adaround,
};
