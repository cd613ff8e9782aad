// Bounded fast-check runs in CI, more on demand: ACCSIM_PROPERTY_RUNS_SCALE=20 npm test.

/** `base` runs scaled by the ACCSIM_PROPERTY_RUNS_SCALE environment variable (default 1). */
export function propertyRuns(base: number): number {
  const scale = Number(process.env['ACCSIM_PROPERTY_RUNS_SCALE'] ?? '1');
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** The fixed seed of every property test (override with ACCSIM_PROPERTY_SEED to explore). */
export const PROPERTY_SEED = Number(process.env['ACCSIM_PROPERTY_SEED'] ?? '20261123');
