// The one seeded PRNG of the project (calibration reservoirs, AdaRound sampling, example models, random inputs, reports):
// mulberry32, integer ops only, so a seed gives the same numbers on every platform.

/** A stream of numbers uniform in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
