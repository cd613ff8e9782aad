// Learning-rate schedules as pure functions of the step (so a resumed run continues exactly).

/** How the learning rate moves over `total` steps. */
export interface Schedule {
  readonly kind: 'cosine' | 'one-cycle' | 'constant';
  /** Peak (one-cycle) or initial (cosine, constant) rate. */
  readonly lr: number;
  /** one-cycle: fraction of the steps spent warming up (0.15 in the reference models' training). */
  readonly warmup: number;
}

/**
 * The rate at step `step` (0-based) of `total`:
 * cosine: lr·(1 + cos(π·step/total))/2;
 * one-cycle (PyTorch OneCycleLR, cosine, div 25, final div 1e4): lr/25 → lr over the warm-up, then cosine to lr/25e4;
 * constant: lr.
 */
export function learningRate(s: Schedule, step: number, total: number): number {
  if (s.kind === 'constant') return s.lr;
  if (s.kind === 'cosine') return (s.lr * (1 + Math.cos((Math.PI * step) / Math.max(1, total)))) / 2;
  const warm = Math.max(1, Math.round(s.warmup * total));
  const start = s.lr / 25;
  const end = start / 1e4;
  const cos = (a: number, b: number, f: number) => b + ((a - b) * (1 + Math.cos(Math.PI * f))) / 2;
  if (step < warm) return cos(start, s.lr, step / warm);
  return cos(s.lr, end, Math.min(1, (step - warm) / Math.max(1, total - warm)));
}
