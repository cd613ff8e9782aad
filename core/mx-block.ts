// The MX shared scale and the conversion of one block into an MX block (OCP MX v1.0 §5.4 E8M0, §6.3):
// X = floor(log2(max |V_i|)) − emax_elem, clamped to E8M0's [−127, 127]; P_i = element(V_i / 2^X), rounded
// to nearest even and saturated to the element's max normal. A block holding NaN or ±inf gets the NaN
// scale (0xFF) and decodes to NaN throughout (the spec's Inf/NaN rule; the networks here never make one).
// An all-zero block gets X = −127 (any X gives zero elements; the smallest keeps the choice unique).
import { InternalError } from './diagnostics.js';
import { decodeElement, encodeElement, floorLog2 } from './element-codec.js';
import { E8M0, type ElementType } from './number-formats.js';

/** The E8M0 code of exponent X (X in [−127, 127]). */
export function encodeE8M0(x: number): number {
  if (!(Number.isInteger(x) && x >= E8M0.minExp && x <= E8M0.maxExp)) throw new InternalError(`invariant violated: E8M0 exponent ${x} outside [−127, 127]`);
  return x + E8M0.bias;
}

/** The scale 2^(code − 127) of an E8M0 code; NaN for 0xFF. */
export function decodeE8M0(code: number): number {
  return code === E8M0.nanCode ? NaN : 2 ** (code - E8M0.bias);
}

/** emax_elem of MX v1.0 §6.3: the exponent of the element's largest normal (0 for MXINT8's 1.6 fixed point). */
export function elementEmax(el: ElementType): number {
  if (el.kind === 'fp') return el.emax;
  if (el.kind === 'int') return el.bits - 2 + el.scaleExp;
  throw new InternalError(`invariant violated: ${el.kind} elements have no MX emax`);
}

/** The E8M0 code of the shared scale of `block` (values read as doubles) for elements of type `el`. */
export function sharedScaleCode(block: ArrayLike<number>, el: ElementType): number {
  let amax = 0;
  for (let i = 0; i < block.length; i++) {
    const a = Math.abs(block[i]!);
    if (!Number.isFinite(a)) return E8M0.nanCode;
    if (a > amax) amax = a;
  }
  if (amax === 0) return encodeE8M0(E8M0.minExp);
  const x = floorLog2(amax) - elementEmax(el);
  return encodeE8M0(Math.min(E8M0.maxExp, Math.max(E8M0.minExp, x)));
}

/** One converted block: the E8M0 scale code and the element codes. */
export interface MxBlock {
  readonly scaleCode: number;
  readonly codes: number[];
}

/** Converts `block` to an MX block of elements `el` (§6.3). NaN-scale blocks have all-zero element codes. */
export function quantizeMxBlock(block: ArrayLike<number>, el: ElementType): MxBlock {
  const scaleCode = sharedScaleCode(block, el);
  const codes: number[] = [];
  if (scaleCode === E8M0.nanCode) return { scaleCode, codes: Array.from({ length: block.length }, () => 0) };
  // V / 2^X is exact: a power-of-two division of a double well inside the double range.
  const inv = 2 ** -(scaleCode - E8M0.bias);
  for (let i = 0; i < block.length; i++) codes.push(encodeElement(block[i]! * inv, el));
  return { scaleCode, codes };
}

/** The values of an MX block: decode(P_i) · 2^X. */
export function decodeMxBlock(b: MxBlock, el: ElementType): number[] {
  const s = decodeE8M0(b.scaleCode);
  return b.codes.map((c) => decodeElement(c, el) * s);
}
