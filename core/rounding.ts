// Scalar rounding, shifting, saturation and wrap rules, each named by its tie rule (docs/INTEGER-SEMANTICS.md).
// Shared by the compiler, the integer reference and the simulator; plain doubles, exact for the stated domains.
import type { OverflowPolicy } from './arithmetic-modes.js';
import { InternalError } from './diagnostics.js';

// Guards are written `if (!ok) outOfDomain(...)`, not with the shared assert helper, whose template
// string message would be built on every call of these hot functions.
function outOfDomain(message: string): never {
  throw new InternalError(`invariant violated: ${message}`);
}

/** Smallest int32, −2^31. */
export const INT32_MIN = -2147483648;
/** Largest int32, 2^31 − 1. */
export const INT32_MAX = 2147483647;

/**
 * Rounds to the nearest integer, ties to even (numpy `round`, ONNX QuantizeLinear, IEEE default).
 * `roundHalfEven(2.5) === 2`, `roundHalfEven(-2.5) === -2`, `roundHalfEven(3.5) === 4`.
 * Used for float → int quantization only. Not `Math.round`, which sends ties toward +∞.
 */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  // x − floor(x) is exact for every finite double (the fraction needs no more bits than x has).
  const d = x - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * Rounds to the nearest integer, ties away from zero (C `std::round`, TFLite's `TfLiteRound`).
 * `roundHalfAwayFromZero(2.5) === 3`, `roundHalfAwayFromZero(-2.5) === -3`.
 * Used where TFLite uses it: the Q31 mantissa in `quantizeMultiplier`.
 */
export function roundHalfAwayFromZero(x: number): number {
  const t = Math.trunc(x);
  // |x − trunc(x)| is exact; `x + 0.5` would not be (0.49999999999999994 + 0.5 === 1).
  // Stryker disable next-line EqualityOperator: x = 0 never passes the |x − t| ≥ 0.5 test
  if (Math.abs(x - t) >= 0.5) return x < 0 ? t - 1 : t + 1;
  return t;
}

/**
 * `floor((x + 2^(n−1)) / 2^n)`: an arithmetic right shift by `n` that rounds half up (toward +∞),
 * the power-of-two requantizer of DESIGN §4 (add `1 << (n−1)`, then `>> n`). `n === 0` returns `x`.
 * `roundingShiftRightHalfUp(5, 1) === 3`, `roundingShiftRightHalfUp(-5, 1) === -2`.
 *
 * Domain: `x` any integer with |x| ≤ 2^52 (wider than int32, so wide accumulators work too),
 * 0 ≤ n ≤ 52. Computed in doubles, so `x + 2^(n−1)` cannot overflow as it would in int32 when
 * x is near INT32_MAX; the division by 2^n is exact.
 */
export function roundingShiftRightHalfUp(x: number, n: number): number {
  if (!(Number.isInteger(n) && n >= 0 && n <= 52)) outOfDomain(`shift count ${n} outside [0, 52]`);
  // Stryker disable next-line ConditionalExpression: floor((x + 1/2) / 1) is x for every integer x
  if (n === 0) return x;
  const p = 2 ** n;
  return Math.floor((x + p / 2) / p);
}

/**
 * gemmlowp's `RoundingDivideByPOT(x, exponent)`: `x / 2^exponent` rounded to nearest, ties away
 * from zero, via the reference's mask/remainder/threshold formulation:
 * `mask = 2^e − 1; remainder = x & mask; threshold = (mask >> 1) + (x < 0 ? 1 : 0);
 *  result = (x >> e) + (remainder > threshold ? 1 : 0)`.
 * `roundingDivideByPOT(5, 1) === 3`, `(-5, 1) === -3`, `(-4, 1) === -2`.
 *
 * Domain: `x` int32 (any integer |x| ≤ 2^52 works), 0 ≤ exponent ≤ 31 as gemmlowp asserts. The mask
 * is computed in doubles because `(1 << 31) − 1` is not 0x7fffffff in JavaScript.
 */
export function roundingDivideByPOT(x: number, exponent: number): number {
  if (!(Number.isInteger(exponent) && exponent >= 0 && exponent <= 31)) outOfDomain(`exponent ${exponent} outside [0, 31]`);
  // Stryker disable next-line ConditionalExpression: p = 1 gives floorQ = x, remainder 0, no rounding step
  if (exponent === 0) return x;
  const p = 2 ** exponent;
  const floorQ = Math.floor(x / p); // `x >> e`: arithmetic shift floors
  const remainder = x - floorQ * p; // `x & mask`: in [0, 2^e)
  // Stryker disable next-line EqualityOperator: at x = 0 the remainder is 0, below either threshold
  const threshold = Math.floor((p - 1) / 2) + (x < 0 ? 1 : 0);
  return floorQ + (remainder > threshold ? 1 : 0);
}

/** Same function as `roundingDivideByPOT`, under the name that states its rule (STYLE §4.2). */
export const roundingShiftRightHalfAwayFromZero = roundingDivideByPOT;

/**
 * `n / d` rounded to nearest with ties away from zero, for integers n and d > 0 (C's
 * `(n ± d/2) / d` with truncating division, as TFLite's reference average pool does).
 * `roundingDivideHalfAwayFromZero(5, 2) === 3`, `(-5, 2) === -3`, `(7, 4) === 2`, `(-7, 4) === -2`.
 * Domain: |n| ≤ 2^52 and d ≤ 2^31 (so the quotient's floor is exact in doubles).
 */
export function roundingDivideHalfAwayFromZero(n: number, d: number): number {
  if (!(Number.isInteger(d) && d > 0)) outOfDomain(`divisor ${d} must be a positive integer`);
  const q = Math.floor((Math.abs(n) + Math.floor(d / 2)) / d);
  // For a = |n| + floor(d/2) < 2^53, a non-integer a/d lies at least 1/d below the next integer,
  // more than the rounding error of the double division, so Math.floor sees the exact quotient.
  return n < 0 ? -q : q;
}

/** Inclusive integer range of a `bits`-wide two's complement (signed) or unsigned integer, bits in [1, 32]. */
export function bitRange(bits: number, signed: boolean): { min: number; max: number } {
  checkBits(bits);
  return signed ? { min: -(2 ** (bits - 1)), max: 2 ** (bits - 1) - 1 } : { min: 0, max: 2 ** bits - 1 };
}

/** Clamps `x` into the range of a `bits`-wide signed or unsigned integer (saturation). */
export function saturateToBits(x: number, bits: number, signed: boolean): number {
  checkBits(bits);
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  // Stryker disable next-line EqualityOperator: at the bound both branches return the bound
  return x < min ? min : x > max ? max : x;
}

function checkBits(bits: number): void {
  if (!(Number.isInteger(bits) && bits >= 1 && bits <= 32)) outOfDomain(`bit width ${bits} outside [1, 32]`);
}

/** Clamps `x` into [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  // Stryker disable next-line EqualityOperator: at the bound both branches return the bound
  return x < lo ? lo : x > hi ? hi : x;
}

/**
 * Two's complement wrap of the integer `x` to `bits` (1..32): the value a `bits`-wide register
 * holds after storing `x`. Signed by default; `signed = false` gives the value in [0, 2^bits).
 * Exact for any integer-valued double (ToInt32 reduces modulo 2^32 exactly).
 * `wrapToBits(2 ** 31, 32) === INT32_MIN`, `wrapToBits(128, 8) === -128`, `wrapToBits(-1, 8, false) === 255`.
 */
export function wrapToBits(x: number, bits: number, signed = true): number {
  checkBits(bits);
  const k = 32 - bits; // 0..31: never the count that JavaScript reduces mod 32
  return signed ? (x << k) >> k : (x << k) >>> k;
}

/**
 * The value a signed `bits`-wide accumulator holds after receiving the exact integer `x`: wrapped or
 * saturated. `applyOverflow(x, …) !== x` exactly when the step overflowed, which is what gets counted.
 */
export function applyOverflow(x: number, bits: number, mode: OverflowPolicy): number {
  return mode === 'wrap' ? wrapToBits(x, bits) : saturateToBits(x, bits, true);
}
