// The inputs `accsim verify` tries: a small parameter record (fast-check shrinks it quickly) that expands
// deterministically into one sample. Kinds: random inside the calibrated range, the range's extremes,
// all zero, saturating (beyond the range), and sparse spikes.
import fc from 'fast-check';
import { seededBatch } from '../pipeline/run-inputs.js';

export const INPUT_KINDS = ['zero', 'uniform', 'low', 'high', 'alternating', 'saturating', 'spikes'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/**
 * Kinds whose internal activations stay near the calibrated ranges, so the float comparison is meaningful.
 * The extreme kinds drive activations far past them, where post-training quantization clips by design:
 * for those, verify checks bit-exactness and accumulator overflow only (docs/VERIFY.md).
 */
export const IN_DISTRIBUTION_KINDS: ReadonlySet<InputKind> = new Set(['zero', 'uniform', 'spikes']);

/** What fast-check generates and shrinks (toward 'zero', small seeds and amplitude 0). */
export interface InputParams {
  readonly kind: InputKind;
  readonly seed: number;
  /** 0..1: how far toward the range's edges values go. */
  readonly amplitude: number;
}

export const inputParams: fc.Arbitrary<InputParams> = fc.record({
  kind: fc.constantFrom(...INPUT_KINDS),
  seed: fc.nat({ max: 1_000_000 }),
  amplitude: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** Expands the parameters into one sample of `n` values, given the calibrated input range [lo, hi]. */
export function materialize(p: InputParams, n: number, lo: number, hi: number): Float32Array {
  const mid = (lo + hi) / 2;
  const half = ((hi - lo) / 2) * p.amplitude;
  const noise = seededBatch([n], 1, p.seed).data as Float32Array; // uniform [-1, 1)
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    switch (p.kind) {
      case 'zero': out[i] = 0; break;
      case 'uniform': out[i] = mid + half * noise[i]!; break;
      case 'low': out[i] = lo; break;
      case 'high': out[i] = hi; break;
      case 'alternating': out[i] = i % 2 === 0 ? lo : hi; break;
      // Beyond the calibrated range by up to its whole width: the input quantizer must clamp.
      case 'saturating': out[i] = noise[i]! < 0 ? lo - (hi - lo) * p.amplitude : hi + (hi - lo) * p.amplitude; break;
      case 'spikes': out[i] = Math.abs(noise[i]!) > 0.98 ? (noise[i]! > 0 ? hi : lo) : 0; break;
    }
  }
  return out;
}
