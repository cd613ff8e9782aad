// IEEE 754 binary16 ("half", f16) <-> binary32 conversion on raw bit patterns.
// Node 20 has no Float16Array or Math.f16round, and f16 tensors are kept widened in Float32Array
// (compiler/ir/dtype.ts), so the sidecar readers and writers convert at the file boundary.

const F32 = new Float32Array(1);
const F32_BITS = new Uint32Array(F32.buffer);

/**
 * The value of the half-precision bit pattern `h` (0..0xffff). Exact: every half is a float32.
 * NaNs keep their sign and payload (shifted into the float32 mantissa).
 */
export function halfBitsToFloat(h: number): number {
  const sign = (h & 0x8000) << 16;
  const exp = (h >>> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0x1f) {
    F32_BITS[0] = (sign | 0x7f800000 | (mant << 13)) >>> 0;
    return F32[0]!;
  }
  // Subnormals (exp 0) are mant * 2^-24; normals (1 + mant/1024) * 2^(exp-15). Both are exact in a double.
  const magnitude = exp === 0 ? mant * 2 ** -24 : (1024 + mant) * 2 ** (exp - 25);
  return sign !== 0 ? -magnitude : magnitude;
}

/**
 * The half-precision bit pattern nearest to `x` after rounding `x` to float32, with ties to even
 * (IEEE round-to-nearest-even, as numpy's astype(float16) does). Magnitudes of 65520 and more
 * become infinity; NaN stays NaN (quiet, top payload bits kept).
 */
export function floatToHalfBits(x: number): number {
  F32[0] = x;
  const bits = F32_BITS[0]!;
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  const mant = bits & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant !== 0 ? 0x200 | (mant >>> 13) : 0);
  const halfExp = exp - 127 + 15;
  if (halfExp >= 0x1f) return sign | 0x7c00;
  if (halfExp >= 1) {
    // Normal result: drop 13 mantissa bits. A carry out of the mantissa correctly bumps the
    // exponent, and out of the largest finite half (0x7bff) it gives infinity (0x7c00).
    return sign | roundDroppedBitsHalfEven((halfExp << 10) | (mant >>> 13), mant, 13);
  }
  // Subnormal or zero result: with the implicit bit m, the value is m * 2^(exp-150) and the half
  // mantissa is m >> (14 - halfExp). A float32 subnormal (exp 0) is far below 2^-25 and rounds to zero.
  const shift = 14 - halfExp;
  if (exp === 0 || shift > 24) return sign;
  const m = mant | 0x800000;
  return sign | roundDroppedBitsHalfEven(m >>> shift, m, shift);
}

/**
 * `kept` (the value truncated by dropping the low `shift` bits of `source`) rounded to nearest with
 * ties to even, looking at the dropped bits.
 */
function roundDroppedBitsHalfEven(kept: number, source: number, shift: number): number {
  const dropped = source & ((1 << shift) - 1);
  const half = 1 << (shift - 1);
  if (dropped > half || (dropped === half && (kept & 1) === 1)) return kept + 1;
  return kept;
}
