// fast-check arbitraries for the quant primitives: int32 values biased to ±2^i ± {0,1,2}, the extremes and ties.
import fc from 'fast-check';
import { INT32_MAX, INT32_MIN } from '../../core/rounding.js';

const clampInt32 = (v: number): number => Math.min(INT32_MAX, Math.max(INT32_MIN, v));

/** ±2^i + d for i in [0, 31], d in [−2, 2], clamped into int32. */
export const nearPowerOfTwoInt32 = fc
  .tuple(fc.integer({ min: 0, max: 31 }), fc.boolean(), fc.integer({ min: -2, max: 2 }))
  .map(([i, negative, d]) => clampInt32((negative ? -(2 ** i) : 2 ** i) + d));

/** Any int32, with a strong bias toward the edges where rounding and overflow bugs live. */
export const int32 = fc.oneof(
  { arbitrary: fc.integer({ min: INT32_MIN, max: INT32_MAX }), weight: 3 },
  { arbitrary: nearPowerOfTwoInt32, weight: 3 },
  { arbitrary: fc.constantFrom(INT32_MIN, INT32_MIN + 1, INT32_MAX, INT32_MAX - 1, 0, 1, -1), weight: 1 },
  { arbitrary: fc.integer({ min: -300, max: 300 }), weight: 1 },
);

/** Q31 multipliers as quantizeMultiplier produces them: [2^30, 2^31 − 1], edges included. */
export const q31Multiplier = fc.oneof(
  fc.integer({ min: 2 ** 30, max: INT32_MAX }),
  fc.constantFrom(2 ** 30, 2 ** 30 + 1, INT32_MAX, INT32_MAX - 1, 1518500250 /* round(2^31/√2) */),
);

/** Doubles that are exact ties k + 0.5, plus ordinary finite doubles and near-ties. */
export const roundingInput = fc.oneof(
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }).map((k) => k + 0.5),
  fc.integer({ min: -1000, max: 1000 }).map((k) => k + 0.5),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0.49999999999999994, -0.49999999999999994, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 2 ** 52 + 1, -0),
);
