// The FP32 average of the float datapath's pools (INTEGER-SEMANTICS §14 candidate rule, HARDWARE.md §3: it
// matched the format reference on all 22,400 calibration global averages measured): the EXACT sum of the
// FP32 values (a wide fixed-point accumulator: every FP32 value is an integer multiple of 2^−149 below
// 2^128, so 2^149·v is an integer of at most 277 bits), then ONE correctly rounded division by the count
// (round to nearest, ties to even, FP32 subnormals included). W-FMTACC puts the reference's copy in
// core/fp32-average.ts under the same name; when it lands this file goes and the simulator imports that one.
import { assert } from '../../core/diagnostics.js';

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

/** 2^149 · |v| as an exact integer and the sign of v (v a finite FP32 value). */
function scaled(v: number): bigint {
  F32[0] = v;
  const bits = U32[0]!;
  const exp = (bits >>> 23) & 0xff;
  const man = bits & 0x7fffff;
  // A subnormal is man · 2^−149; a normal (man + 2^23) · 2^(exp − 150).
  const mag = exp === 0 ? BigInt(man) : BigInt(man | 0x800000) << BigInt(exp - 1);
  return bits >>> 31 === 1 ? -mag : mag;
}

/** Whether a ≥ b · 2^e for non-negative a, b. */
function atLeast(a: bigint, b: bigint, e: number): boolean {
  return e >= 0 ? a >= b << BigInt(e) : a << BigInt(-e) >= b;
}

/** fp32(a / (n · 2^149)) for a ≥ 0, n ≥ 1: the quotient rounded once to FP32 (nearest even). */
function roundQuotient(a: bigint, n: number): number {
  if (a === 0n) return 0;
  const b = BigInt(n);
  // e = floor(log2(a / b)), from the bit lengths and one comparison.
  let e = a.toString(2).length - b.toString(2).length;
  if (!atLeast(a, b, e)) e--;
  // The value's binade is 2^(e − 149); its FP32 quantum 2^q (24 significant bits, subnormals at 2^−149).
  const q = Math.max(e - 149, -126) - 23;
  const sh = -149 - q;
  const num = sh >= 0 ? a << BigInt(sh) : a;
  const den = sh >= 0 ? b : b << BigInt(-sh);
  let m = num / den;
  const twice = 2n * (num % den);
  if (twice > den || (twice === den && (m & 1n) === 1n)) m++;
  return Math.fround(Number(m) * 2 ** q);
}

/**
 * The average of `values` (FP32 numbers) under the exact-sum rule: fp32(Σ values / count), the sum exact
 * and the quotient rounded once. A zero sum gives +0. Non-finite inputs follow IEEE arithmetic (the
 * double sum), which no ReLU network produces.
 */
export function fp32AverageExact(values: ArrayLike<number>): number {
  const n = values.length;
  assert(n >= 1, 'an average of no values');
  let sum = 0n;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      let d = 0;
      for (let j = 0; j < n; j++) d += values[j]!;
      return Math.fround(d / n);
    }
    sum += scaled(v);
  }
  return sum < 0n ? -roundQuotient(-sum, n) : roundQuotient(sum, n);
}
