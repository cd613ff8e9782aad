// Exact encode/decode of one element of a number format (core/number-formats.ts): small floats (OFP8 E4M3/
// E5M2, MX FP6/FP4) and integer elements. Conversion rounds to nearest, ties to even, and saturates to
// ±maxNormal: the MX v1.0 §6.3 rule for MX elements and OFP8's saturating conversion for FP8. Shared by the
// quantizer, the format reference and (later) the simulator: plain doubles, exact for every finite input.
import { InternalError } from './diagnostics.js';
import type { ElementType, FpElement, IntElement } from './number-formats.js';
import { roundHalfEven } from './rounding.js';

/** floor(log2(a)) for a finite a > 0, exact (Math.log2 may be off by one near powers of two). */
export function floorLog2(a: number): number {
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e -= 1;
  else if (2 ** (e + 1) <= a) e += 1;
  return e;
}

/** The code of NaN in `el`, or undefined when the type has none (MX FP6/FP4). */
export function fpNanCode(el: FpElement): number | undefined {
  if (el.specials === 'none') return undefined;
  // E4M3: S.1111.111 (the only NaN); E5M2: S.11111.11 (one of its NaNs, the canonical one).
  return 2 ** (el.bits - 1) - 1;
}

/** The value of an fp element code (an unsigned integer of el.bits bits: sign, exponent, mantissa). */
export function decodeFp(code: number, el: FpElement): number {
  const manMask = 2 ** el.manBits;
  const expTop = 2 ** el.expBits - 1;
  const sign = Math.floor(code / 2 ** (el.bits - 1)) === 1 ? -1 : 1;
  const expField = Math.floor(code / manMask) % (expTop + 1);
  const man = code % manMask;
  if (expField === expTop && el.specials === 'ieee') return man === 0 ? sign * Infinity : NaN;
  if (expField === expTop && el.specials === 'nan-only' && man === manMask - 1) return NaN;
  if (expField === 0) return sign * man * 2 ** (1 - el.bias - el.manBits);
  return sign * (manMask + man) * 2 ** (expField - el.bias - el.manBits);
}

/** |value| of a representable magnitude → the code with sign bit 0. */
function magnitudeCode(v: number, el: FpElement): number {
  const manMask = 2 ** el.manBits;
  if (v < el.minNormal) return v / 2 ** (1 - el.bias - el.manBits);
  const e = floorLog2(v);
  return (e + el.bias) * manMask + (v / 2 ** (e - el.manBits) - manMask);
}

/**
 * The code nearest to `x` (ties to the even code), saturating: |x| ≥ maxNormal (±inf included) gives
 * ±maxNormal. NaN gives the NaN code; a type without NaN has no code for it (InternalError: the MX block
 * conversion never asks, it marks the whole block NaN through its E8M0 scale). −0 keeps its sign.
 */
export function encodeFp(x: number, el: FpElement): number {
  if (Number.isNaN(x)) {
    const nan = fpNanCode(el);
    if (nan === undefined) throw new InternalError(`invariant violated: ${el.name} has no NaN code`);
    return nan;
  }
  const signBit = x < 0 || Object.is(x, -0) ? 2 ** (el.bits - 1) : 0;
  const a = Math.abs(x);
  if (a >= el.maxNormal) return signBit + magnitudeCode(el.maxNormal, el);
  // The quantum at a's binade (subnormals share the smallest normal binade's quantum). a / q is exact:
  // q is a power of two and a is far from the double range's ends for every element type here.
  const q = 2 ** (Math.max(a === 0 ? 0 : floorLog2(a), 1 - el.bias) - el.manBits);
  // Rounding up may reach the next binade or maxNormal, never past it (a < maxNormal and maxNormal is a
  // grid point of its binade).
  const v = roundHalfEven(a / q) * q;
  return signBit + magnitudeCode(v, el);
}

/** The code range of an integer element: [−(2^(b−1) − 1), 2^(b−1) − 1] when narrow, else [−2^(b−1), 2^(b−1) − 1]. */
export function intCodeRange(el: IntElement): { min: number; max: number } {
  const max = 2 ** (el.bits - 1) - 1;
  return { min: el.narrow ? -max : -max - 1, max };
}

/** The signed integer code of x / 2^scaleExp, rounded half to even and clamped to the code range. */
export function encodeInt(x: number, el: IntElement): number {
  const { min, max } = intCodeRange(el);
  return Math.min(max, Math.max(min, roundHalfEven(x / 2 ** el.scaleExp)));
}

/** code · 2^scaleExp. */
export function decodeInt(code: number, el: IntElement): number {
  return code * 2 ** el.scaleExp;
}

/** encode for int and fp elements (the codes of an fp element are unsigned bit patterns; of an int element, signed integers). */
export function encodeElement(x: number, el: ElementType): number {
  if (el.kind === 'fp') return encodeFp(x, el);
  if (el.kind === 'int') return encodeInt(x, el);
  throw new InternalError(`invariant violated: no codec for ${el.kind} element ${el.name} yet`);
}

/** decode for int and fp elements. */
export function decodeElement(code: number, el: ElementType): number {
  if (el.kind === 'fp') return decodeFp(code, el);
  if (el.kind === 'int') return decodeInt(code, el);
  throw new InternalError(`invariant violated: no codec for ${el.kind} element ${el.name} yet`);
}

/** The element of `x` after conversion: decode(encode(x)). */
export function roundToElement(x: number, el: ElementType): number {
  return decodeElement(encodeElement(x, el), el);
}
