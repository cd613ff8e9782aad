// Signal-to-quantization-noise ratio, the figure of merit of the quantization debugging report.

/**
 * SQNR in dB: `10·log10(signal / noise)` with signal = Σ ref², noise = Σ (ref − approx)². An exact
 * approximation (noise 0) is +∞; a zero reference with noise is −∞.
 */
export function sqnrDb(signal: number, noise: number): number {
  if (noise === 0) return Infinity;
  return 10 * Math.log10(signal / noise);
}

/** Running Σ ref² and Σ (ref − approx)² over any number of tensors (a batch), in float64. */
export class SqnrAccumulator {
  private signal = 0;
  private noise = 0;

  /** Adds element-wise pairs; `ref` and `approx` have the same length. */
  add(ref: ArrayLike<number>, approx: ArrayLike<number>): void {
    let s = 0, e = 0;
    for (let i = 0; i < ref.length; i++) {
      const r = ref[i]!;
      const d = r - approx[i]!;
      s += r * r;
      e += d * d;
    }
    this.signal += s;
    this.noise += e;
  }

  /** The SQNR of everything added so far, in dB. */
  db(): number {
    return sqnrDb(this.signal, this.noise);
  }
}
