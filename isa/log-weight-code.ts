// The 4-bit weight code of the w4a8-log array mode (docs/INTEGER-SEMANTICS.md, "Log-domain weights"): one
// definition the quantizer's level set, the lowering's packer, both simulator models and the energy model's
// shifter width all read.
//
//   code = s·8 + m   (bit 3 = sign s, bits 0..2 = magnitude code m)
//   m = 0      → weight 0 (the quantizer writes 0b0000; 0b1000 also decodes as 0 and is never written)
//   m = 1..7   → weight (−1)^s · 2^(m − 1), i.e. ±1, ±2, ±4, …, ±64
//
// Fifteen levels, symmetric about 0: a sign bit, a 3-bit exponent field and one code for zero. The weight is
// an ordinary integer (±2^e), so the integer reference needs no new arithmetic; the PE computes x·w as
// ±(x << e).
import { InternalError } from '../core/diagnostics.js';
import { ELEMENT_TYPES } from '../core/number-formats.js';

/** Largest exponent (the formats table's log4 entry): weights reach ±2^LOG_MAX_EXPONENT (the shifter shifts by 0..LOG_MAX_EXPONENT). */
export const LOG_MAX_EXPONENT = ELEMENT_TYPES.log4.maxExponent;
/** Largest weight magnitude of the log grid (in units of the channel scale). */
export const LOG_MAX_WEIGHT = 2 ** LOG_MAX_EXPONENT;
/** Bits of one stored code. */
export const LOG_CODE_BITS = ELEMENT_TYPES.log4.bits;

/** The weight value of each of the 16 codes (index = code). */
export const LOG_CODE_VALUES: readonly number[] = Array.from({ length: 16 }, (_, code) => {
  const m = code & 7;
  if (m === 0) return 0;
  return (code & 8 ? -1 : 1) * 2 ** (m - 1);
});

/** Whether integer `v` is a level of the log grid (0 or ±2^e with 0 ≤ e ≤ LOG_MAX_EXPONENT). */
export function isLogLevel(v: number): boolean {
  const a = Math.abs(v);
  return a === 0 || (Number.isInteger(a) && a <= LOG_MAX_WEIGHT && (a & (a - 1)) === 0);
}

/** The code of a log-grid weight (a caller checks isLogLevel first; anything else is an internal error). */
export function encodeLogWeight(v: number): number {
  if (!isLogLevel(v)) throw new InternalError(`weight ${v} is not a level of the log grid (0, ±1, ±2, …, ±${LOG_MAX_WEIGHT})`);
  if (v === 0) return 0;
  return (v < 0 ? 8 : 0) | (Math.log2(Math.abs(v)) + 1);
}

/** The weight a 4-bit code stands for (only the low 4 bits of `code` are read). */
export function decodeLogWeight(code: number): number {
  return LOG_CODE_VALUES[code & 15]!;
}
