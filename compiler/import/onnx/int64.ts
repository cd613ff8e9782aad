// int64 protobuf fields arrive from protobufjs as a Long (when the `long` package is present) or a number.
// These helpers turn them into exact JavaScript numbers (checked) or BigInts.
import { fail } from '../../../core/diagnostics.js';

/** What protobufjs hands back for an int64/uint64 field. */
export type Int64Like = number | { low: number; high: number; unsigned?: boolean } | bigint | string;

const TWO_53 = 2n ** 53n;

/** The exact value of an int64 field as a BigInt. */
export function int64ToBigInt(x: Int64Like): bigint {
  if (typeof x === 'bigint') return x;
  if (typeof x === 'number') return BigInt(x);
  if (typeof x === 'string') return BigInt(x);
  // Long: two 32-bit halves; `high` carries the sign unless the field is unsigned.
  const high = x.unsigned ? BigInt(x.high >>> 0) : BigInt(x.high | 0);
  return (high << 32n) + BigInt(x.low >>> 0);
}

/**
 * The value of an int64 field as a number. Dimensions, axes and attribute ints beyond ±2^53 cannot be
 * represented exactly; they are a user error (ONNX007) naming `what` rather than a silent rounding.
 */
export function int64ToNumber(x: Int64Like, what: string, file?: string): number {
  const big = int64ToBigInt(x);
  const abs = big < 0n ? -big : big;
  if (abs > TWO_53) fail('ONNX007', `${what} is ${big}, beyond the ±2^53 that can be represented exactly`, file === undefined ? {} : { file });
  return Number(big);
}
