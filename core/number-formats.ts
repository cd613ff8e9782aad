// Number formats as data (issue 18): the element types (int, small floats, log), the shared-scale types
// (E8M0, integer group multipliers, a real per-tensor scale) and the formats built from them (element +
// block + scale + rounding). The quantizer, the format reference, the lowering, the simulator and the
// energy model all read these entries; nothing else states a format's bits, bias or maximum.
// Sources: OCP 8-bit Floating Point Specification (OFP8) rev 1.0 (E4M3/E5M2), OCP Microscaling Formats
// (MX) Specification v1.0 §5 (element types, Table 1 formats, E8M0) and §6.3 (conversion to MX).

import { GROUP_MULT_BITS } from './weight-groups.js';

/** How an element's bits mean a value. */
export type ElementKind = 'int' | 'fp' | 'log';

/** What the all-ones exponent field of a small float means. */
export type FpSpecials =
  /** IEEE-like: exponent all ones is ±inf (mantissa 0) or NaN (else); E5M2. */
  | 'ieee'
  /** Only S.1111.111 is NaN; every other all-ones-exponent code is a normal number; no inf (OFP8 E4M3). */
  | 'nan-only'
  /** Every code is a finite number (MX FP6 and FP4 elements). */
  | 'none';

/** A two's complement integer element; `value = code · 2^scaleExp`. */
export interface IntElement {
  readonly kind: 'int';
  readonly name: string;
  readonly bits: number;
  /**
   * The implicit power-of-two of the element: MXINT8's elements are 1.6 fixed point (MX v1.0 §5.3:
   * value = code · 2^−6, so emax 0 like a float in [−2, 2)); a plain integer element has 0.
   */
  readonly scaleExp: number;
  /** The most negative code is not used (the grid is symmetric about 0: −w exists for every w). */
  readonly narrow: boolean;
}

/** A sign + exponent + mantissa float with subnormals; `value = (−1)^s · 2^(e−bias) · 1.m` (e > 0) or `2^(1−bias) · 0.m` (e = 0). */
export interface FpElement {
  readonly kind: 'fp';
  readonly name: string;
  readonly bits: number;
  readonly expBits: number;
  readonly manBits: number;
  readonly bias: number;
  readonly specials: FpSpecials;
  /** The exponent (unbiased) of the largest normal number: MX v1.0 §6.3's emax_elem. */
  readonly emax: number;
  /** The largest finite magnitude. */
  readonly maxNormal: number;
  /** The smallest normal magnitude, 2^(1−bias). */
  readonly minNormal: number;
}

/**
 * A sign + exponent element with one code for zero: the multiplier becomes a shifter. The code (bit
 * bits−1 the sign, the low expBits bits m) is 0 for m = 0 and ±2^(m − 1) otherwise, so the integer
 * weights are 0, ±1, ±2, …, ±2^maxExponent (isa/log-weight-code.ts encodes and decodes it; the w4a8-log
 * array mode runs it).
 */
export interface LogElement {
  readonly kind: 'log';
  readonly name: string;
  readonly bits: number;
  /** Bits of the exponent field (bits − 1: the rest is the sign). */
  readonly expBits: number;
  /** The largest exponent: 2^expBits − 2 (one exponent code is zero). */
  readonly maxExponent: number;
}

export type ElementType = IntElement | FpElement | LogElement;

function fp(name: string, expBits: number, manBits: number, specials: FpSpecials): FpElement {
  const bias = 2 ** (expBits - 1) - 1;
  const topExp = 2 ** expBits - 1;
  // The largest normal: with IEEE specials the top exponent is reserved; with nan-only the top exponent
  // is normal but its all-ones mantissa is NaN; with none every code is finite.
  const emaxBiased = specials === 'ieee' ? topExp - 1 : topExp;
  const maxMan = specials === 'nan-only' ? 2 ** manBits - 2 : 2 ** manBits - 1;
  const emax = emaxBiased - bias;
  return {
    kind: 'fp', name, bits: 1 + expBits + manBits, expBits, manBits, bias, specials, emax,
    maxNormal: 2 ** emax * (1 + maxMan / 2 ** manBits), minNormal: 2 ** (1 - bias),
  };
}

/** The element types (OFP8 §3 for E4M3/E5M2, MX v1.0 §5.3 for the FP6, FP4 and INT8 elements). */
export const ELEMENT_TYPES = {
  /** OFP8 E4M3: bias 7, max 448 (S.1111.110), NaN S.1111.111, no inf. */
  e4m3: fp('e4m3', 4, 3, 'nan-only'),
  /** OFP8 E5M2: bias 15, IEEE-like inf and NaN, max 57344. */
  e5m2: fp('e5m2', 5, 2, 'ieee'),
  /** MX FP6 E3M2: bias 3, max 28, no inf/NaN. */
  e3m2: fp('e3m2', 3, 2, 'none'),
  /** MX FP6 E2M3: bias 1, max 7.5, no inf/NaN. */
  e2m3: fp('e2m3', 2, 3, 'none'),
  /** MX FP4 E2M1: bias 1, max 6, no inf/NaN. */
  e2m1: fp('e2m1', 2, 1, 'none'),
  /** MXINT8's element: int8 with an implicit 2^−6; narrow ([−127, 127]) as the project's int8 weights are. */
  'mxint8-elem': { kind: 'int', name: 'mxint8-elem', bits: 8, scaleExp: -6, narrow: true },
  int8: { kind: 'int', name: 'int8', bits: 8, scaleExp: 0, narrow: true },
  int4: { kind: 'int', name: 'int4', bits: 4, scaleExp: 0, narrow: false },
  /** Sign + 3-bit exponent code: 0, ±1, ±2, …, ±64 (fifteen levels; code 0b1000 also reads as 0 and is never written). */
  log4: { kind: 'log', name: 'log4', bits: 4, expBits: 3, maxExponent: 6 },
} as const satisfies Readonly<Record<string, ElementType>>;
export type ElementTypeName = keyof typeof ELEMENT_TYPES;

/** The shared scale of a block, group, channel or tensor. */
export type ScaleType =
  /** MX v1.0 §5.4 E8M0: an 8-bit biased exponent (bias 127), value 2^(code−127), code 0xFF is NaN; no sign, no zero. */
  | { readonly kind: 'e8m0' }
  /**
   * Group-wise integer scales (one per g weights as GPTQ/AWQ use): an unsigned `multBits`-bit integer
   * multiplier per group times a real per-channel base scale (core/weight-groups.ts, INTEGER-SEMANTICS §6c).
   */
  | { readonly kind: 'group-int'; readonly multBits: number; readonly note: string }
  /** One real (float) scale per tensor or per channel, folded into the requantization like the int presets. */
  | { readonly kind: 'real' };

/** E8M0's bias and code range (MX v1.0 §5.4): codes 0..254 are 2^−127..2^127, 255 is NaN. */
export const E8M0 = { bits: 8, bias: 127, minExp: -127, maxExp: 127, nanCode: 0xff } as const;

/** Which values share one scale. */
export type Blocking =
  /** `size` consecutive elements along the reduction axis (K of the GEMM) share a scale. */
  | { readonly kind: 'block'; readonly size: number }
  | { readonly kind: 'per-channel' }
  | { readonly kind: 'per-tensor' };

/**
 * Conversion of a real into an element: round to nearest, ties to even, then saturate to ±maxNormal (MX
 * v1.0 §6.3 for MX elements; OFP8's "saturating" conversion mode for FP8) — 'rne-saturate'. Integer
 * elements round half to even and clamp to their code range, the same rule.
 */
export type RoundingRule =
  | 'rne-saturate'
  /**
   * Log elements: the nearest level in the LINEAR domain (the midpoint 1.5·2^e between 2^e and 2^(e+1),
   * 1/2 between 0 and 1), ties toward the smaller magnitude, then saturate to ±2^maxExponent
   * (compiler/quant/log-weights.ts says why linear and not log2).
   */
  | 'nearest-linear-ties-down-saturate';

/** One number format: the element type of the weights and of the activations, the blocking and the scale. */
export interface NumberFormat {
  readonly name: string;
  readonly element: ElementTypeName;
  /** The activation element when it differs from the weight element (w4a8-style formats). */
  readonly actElement?: ElementTypeName;
  readonly blocking: Blocking;
  readonly scale: ScaleType;
  readonly rounding: RoundingRule;
  readonly doc: string;
}

const MX_BLOCK: Blocking = { kind: 'block', size: 32 };
const E8M0_SCALE: ScaleType = { kind: 'e8m0' };
const GROUP_INT: ScaleType = { kind: 'group-int', multBits: GROUP_MULT_BITS, note: 'u8 group multiplier × per-channel real scale: quantizer, integer reference and presets (w4a8-g32/g64/g128, w8a8-g128); array modes w4a8-group / int8-group' };

function mx(name: string, element: ElementTypeName, doc: string): NumberFormat {
  return { name, element, blocking: MX_BLOCK, scale: E8M0_SCALE, rounding: 'rne-saturate', doc };
}
function grouped(name: string, element: ElementTypeName, size: number): NumberFormat {
  return { name, element, actElement: 'int8', blocking: { kind: 'block', size }, scale: GROUP_INT, rounding: 'rne-saturate', doc: `${ELEMENT_TYPES[element].name} weights, one integer scale per ${size} along K; int8 activations` };
}

/** Every number format by name (MX v1.0 Table 1 for the mx* entries). */
export const NUMBER_FORMATS = {
  mxint8: mx('mxint8', 'mxint8-elem', 'MXINT8: int8 (1.6 fixed point) elements, E8M0 scale per 32'),
  mxfp8: mx('mxfp8', 'e4m3', 'MXFP8: E4M3 elements, E8M0 scale per 32'),
  'mxfp8-e5m2': mx('mxfp8-e5m2', 'e5m2', 'MXFP8: E5M2 elements, E8M0 scale per 32'),
  mxfp6: mx('mxfp6', 'e3m2', 'MXFP6: E3M2 elements, E8M0 scale per 32'),
  'mxfp6-e2m3': mx('mxfp6-e2m3', 'e2m3', 'MXFP6: E2M3 elements, E8M0 scale per 32'),
  mxfp4: mx('mxfp4', 'e2m1', 'MXFP4: E2M1 elements, E8M0 scale per 32'),
  'fp8-e4m3': { name: 'fp8-e4m3', element: 'e4m3', blocking: { kind: 'per-tensor' }, scale: { kind: 'real' }, rounding: 'rne-saturate', doc: 'FP8 E4M3 with one real scale per tensor' },
  'fp8-e4m3-pc': { name: 'fp8-e4m3-pc', element: 'e4m3', blocking: { kind: 'per-channel' }, scale: { kind: 'real' }, rounding: 'rne-saturate', doc: 'FP8 E4M3 with one real scale per output channel of the weights (activations per tensor)' },
  'fp8-e5m2': { name: 'fp8-e5m2', element: 'e5m2', blocking: { kind: 'per-tensor' }, scale: { kind: 'real' }, rounding: 'rne-saturate', doc: 'FP8 E5M2 with one real scale per tensor' },
  'int8-g32': grouped('int8-g32', 'int8', 32),
  'int8-g64': grouped('int8-g64', 'int8', 64),
  'int8-g128': grouped('int8-g128', 'int8', 128),
  'int4-g32': grouped('int4-g32', 'int4', 32),
  'int4-g64': grouped('int4-g64', 'int4', 64),
  'int4-g128': grouped('int4-g128', 'int4', 128),
  log4: { name: 'log4', element: 'log4', actElement: 'int8', blocking: { kind: 'per-channel' }, scale: { kind: 'real' }, rounding: 'nearest-linear-ties-down-saturate', doc: 'power-of-two weights (sign + exponent), shift-add MACs; int8 activations (preset w4a8-log, array mode w4a8-log)' },
} as const satisfies Readonly<Record<string, NumberFormat>>;
export type NumberFormatName = keyof typeof NUMBER_FORMATS;

/** The element type of `format`'s weights. */
export function elementOf(format: NumberFormat): ElementType {
  return ELEMENT_TYPES[format.element];
}
