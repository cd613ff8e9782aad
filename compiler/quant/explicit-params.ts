// Quantization from explicit parameters instead of ranges: the entry quantization-aware training uses to
// export its LEARNED scales and zero points (compiler/qat), and the binarization of a multi-bit value that
// feeds a binary layer. The grids are the ones the range-based path builds (layer-quantization.ts), so a
// layer quantized here is the same kind of layer, only with other numbers.
import type { Tensor } from '../ir/tensor.js';
import { fail } from '../../core/diagnostics.js';
import { type ActQuant, type WeightQuant, WEIGHT_DTYPE, gridActQuant } from './layer-quantization.js';
import { makeQuantParams, qRange } from './quant-params.js';
import { quantizeTensor } from './quantize-tensor.js';
import type { LayerQuantConfig } from './presets.js';

/** A multi-bit grid x ≈ scale·(q − zero), or a binary one x ≈ offset + scale·q (q = ±1). */
export type ExplicitGrid = { readonly scale: number; readonly zero: number } | { readonly scale: number; readonly offset: number };

/**
 * Quantization parameters given rather than derived from ranges. Every map is optional per entry: a
 * value or layer without one falls back to its range (PTQ).
 */
export interface ExplicitQuantParams {
  /** The grid of a value by name: network inputs and conv2d/dense/add/concat outputs. */
  readonly activations: ReadonlyMap<string, ExplicitGrid>;
  /** Weight scales of a conv2d/dense by node name: one per output channel (per-tensor layers repeat one). */
  readonly weightScales: ReadonlyMap<string, Float64Array>;
  /** The binary grid (threshold t = offset, β = scale) of a multi-bit value binarized for binary layers, by value name. */
  readonly binarize: ReadonlyMap<string, { readonly scale: number; readonly offset: number }>;
}

function checkScale(scale: number, what: string): void {
  if (!(Number.isFinite(scale) && scale > 0)) fail('QMOD014', `${what}: explicit scale ${scale} must be finite and > 0`);
}

/**
 * A multi-bit activation on an explicit grid (scale, zero) with the fused clamp [actMin, actMax] in
 * qmin/qmax, exactly as the range-based path clamps: qmin = max(qmin, z + round(actMin/s)),
 * qmax = min(qmax, z + round(actMax/s)).
 */
export function actQuantFromGrid(scale: number, zero: number, actMin: number, actMax: number, bits: number, signed: boolean, layer: string): ActQuant {
  checkScale(scale, `layer ${layer}`);
  const { qmin, qmax } = qRange(bits, signed);
  if (!Number.isInteger(zero) || zero < qmin || zero > qmax) fail('QMOD014', `layer ${layer}: explicit zero point ${zero} is not an integer in [${qmin}, ${qmax}]`, { node: layer });
  return gridActQuant(scale, zero, actMin, actMax, bits, signed);
}

/** A binary activation x ≈ t + β·q with the threshold t clamped into [lo, hi] (the fused clamp or the input's grid). */
export function binaryActQuant(scale: number, offset: number, lo: number, hi: number, layer: string): ActQuant {
  checkScale(scale, `layer ${layer}`);
  if (!Number.isFinite(offset)) fail('QMOD014', `layer ${layer}: explicit binary threshold ${offset} is not finite`, { node: layer });
  return { dtype: 'b1', scale, zero: 0, qmin: -1, qmax: 1, offset: Math.min(hi, Math.max(lo, offset)) };
}

/** The grid of layer `layer` from an explicit entry and its config (actBits, actSigned) and fused clamp. */
export function explicitActQuant(g: ExplicitGrid, cfg: LayerQuantConfig, actMin: number, actMax: number, layer: string): ActQuant {
  if (cfg.actBits === 1) {
    if (!('offset' in g)) fail('QMOD014', `layer ${layer}: binary outputs need an explicit threshold (offset)`, { node: layer });
    return binaryActQuant(g.scale, g.offset, actMin, actMax, layer);
  }
  if (!('zero' in g)) fail('QMOD014', `layer ${layer}: ${cfg.actBits}-bit outputs need an explicit zero point`, { node: layer });
  return actQuantFromGrid(g.scale, g.zero, actMin, actMax, cfg.actBits, cfg.actSigned, layer);
}

/**
 * Weights quantized with given scales (one per output channel): q = clamp(roundHalfEven(w/s[n]), qmin, qmax)
 * on the config's grid (narrow for ≥ 8 bits when asked), or for 1 bit the signs with α[n] = s[n].
 */
export function quantizeWeightsWithScales(w: Tensor, cfg: LayerQuantConfig, scales: Float64Array, layer: string): WeightQuant {
  const data = w.data as Float32Array;
  const cout = w.type.shape[0]!;
  if (scales.length !== cout) fail('QMOD014', `layer ${layer}: ${scales.length} explicit weight scales for ${cout} output channels`, { node: layer });
  scales.forEach((s) => checkScale(s, `layer ${layer} weights`));
  const dtype = WEIGHT_DTYPE[cfg.weightBits]!;
  if (cfg.weightBits === 1) return { dtype, data: Int8Array.from(data, (v) => (v >= 0 ? 1 : -1)), scale: Float64Array.from(scales) };
  const narrow = cfg.narrowWeights && cfg.weightBits >= 8;
  const { qmin, qmax } = qRange(cfg.weightBits, true, narrow);
  const p = makeQuantParams({ scale: Array.from(scales), zeroPoint: new Array<number>(cout).fill(0), bits: cfg.weightBits, signed: true, qmin, qmax, axis: 0, pow2: cfg.pow2 }, layer);
  const q = quantizeTensor(data, [cout, data.length / cout], p, layer);
  const out = cfg.weightBits === 16 ? Int16Array.from(q) : Int8Array.from(q);
  return { dtype, data: out, scale: Float64Array.from(scales) };
}

/**
 * Binarization of a multi-bit value x on grid `x` for a binary layer: y = +1 where the real value is at
 * least t, i.e. q ≥ T = z + ⌈t/s⌉ (s > 0, q integer). t is first clamped into the grid's real range
 * [s·(qmin − z), s·(qmax − z)], so T lies in [qmin, qmax]. The result stands for t + β·y.
 */
export function binarizeThreshold(x: ActQuant, t: number, beta: number, layer: string): { threshold: number; quant: ActQuant } {
  const lo = x.scale * (x.qmin - x.zero);
  const hi = x.scale * (x.qmax - x.zero);
  const quant = binaryActQuant(beta, t, lo, hi, layer);
  const threshold = Math.min(x.qmax, Math.max(x.qmin, x.zero + Math.ceil(quant.offset / x.scale)));
  return { threshold, quant };
}
