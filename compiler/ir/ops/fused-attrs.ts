// Optional attributes the float passes write on conv2d, dense and add: the fused activation clamp
// (fuse-activations) and the data-free BatchNorm statistics of a folded layer (fold-batchnorm).
import type { AttrValue, Attrs } from '../graph.js';
import { type AttrSpec, type OpContext, numAttr, shapeError } from '../op-spec.js';
import type { Tensor } from '../tensor.js';

const notNaN = (v: AttrValue): string | undefined => (typeof v === 'number' && !Number.isNaN(v) ? undefined : 'a number (not nan)');

/**
 * `act_min`/`act_max`: the clamp of a fused relu (0, +inf), relu6 (0, 6) or clip(a, b), applied to the
 * op's output. The defaults (−inf, +inf) clamp nothing, so an op without them is unchanged.
 */
export const FUSED_ACTIVATION_ATTRS: Readonly<Record<string, AttrSpec>> = {
  act_min: { kind: 'float', default: -Infinity, doc: 'fused activation: lower clamp of the output (relu: 0)', check: notNaN },
  act_max: { kind: 'float', default: Infinity, doc: 'fused activation: upper clamp of the output (relu6: 6)', check: notNaN },
};

/**
 * Informational record of a BatchNorm folded into this layer (white paper §4.3, Nagel et al. 2021):
 * the pre-activation output of channel c is modelled as N(bn_beta[c], bn_gamma[c]²). `bn_min`/`bn_max`
 * are the per-tensor range min_c(β − 6|γ|), max_c(β + 6|γ|). NaN / [] mean "no BatchNorm was folded".
 * Float evaluation ignores them; the default NaN compares equal to itself only with Object.is.
 */
export const BN_RANGE_ATTRS: Readonly<Record<string, AttrSpec>> = {
  bn_min: { kind: 'float', default: NaN, doc: 'folded BatchNorm: min over channels of beta − 6|gamma| (nan: none)' },
  bn_max: { kind: 'float', default: NaN, doc: 'folded BatchNorm: max over channels of beta + 6|gamma| (nan: none)' },
  bn_beta: { kind: 'floats', default: [], doc: 'folded BatchNorm: per-channel mean of the output ([]: none)' },
  bn_gamma: { kind: 'floats', default: [], doc: 'folded BatchNorm: per-channel standard deviation of the output ([]: none)' },
};

/** How many standard deviations either side of β the data-free range covers (white paper §4.3). */
export const BN_RANGE_SIGMAS = 6;

/** bn_min/bn_max from per-channel statistics: min_c(β_c − 6·γ_c), max_c(β_c + 6·γ_c), with γ_c ≥ 0 the std. */
export function bnRangeOf(beta: readonly number[], gamma: readonly number[]): { bn_min: number; bn_max: number } {
  let lo = Infinity, hi = -Infinity;
  for (let c = 0; c < beta.length; c++) {
    lo = Math.min(lo, beta[c]! - BN_RANGE_SIGMAS * gamma[c]!);
    hi = Math.max(hi, beta[c]! + BN_RANGE_SIGMAS * gamma[c]!);
  }
  return { bn_min: lo, bn_max: hi };
}

/** Checks that recorded per-channel BatchNorm statistics, when present, have one entry per output channel. */
export function checkBnStats(ctx: OpContext, attrs: Attrs, channels: number): void {
  for (const key of ['bn_beta', 'bn_gamma']) {
    const v = attrs[key] as readonly number[];
    if (v.length !== 0 && v.length !== channels) shapeError(ctx, `${key} has ${v.length} entries; the output has ${channels} channels`);
  }
}

/** Applies the fused clamp to a freshly computed f32 output, in place (exact: comparisons only). */
export function applyFusedClamp(y: Tensor, attrs: Attrs): Tensor {
  const lo = numAttr(attrs, 'act_min');
  const hi = numAttr(attrs, 'act_max');
  if (lo === -Infinity && hi === Infinity) return y;
  const d = y.data as Float32Array;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    d[i] = v < lo ? lo : v > hi ? hi : v;
  }
  return y;
}
