// Shared integer steps of the quantized ops: attribute specs, accumulator reduction to acc_bits
// (wrap or saturate, overflows counted) and requantization (m0/shift or power of two) with the clamp.
import type { AttrValue, Attrs } from '../../graph.js';
import type { AttrSpec, IntCounters, OpContext, OperandSpec } from '../../op-spec.js';
import { numAttr, shapeError } from '../../op-spec.js';
import { type DType, DTYPES, isDType } from '../../dtype.js';
import type { Tensor, TensorType } from '../../tensor.js';
import { OVERFLOW_POLICIES, REQUANT_MODES } from '../../../../core/arithmetic-modes.js';
import { fail } from '../../../../core/diagnostics.js';
import { multiplyByPowerOfTwoHalfUp, multiplyByQuantizedMultiplier, multiplyByQuantizedMultiplierWide } from '../../../../core/fixed-point.js';
import { clamp, roundingShiftRightHalfUp, wrapToBits } from '../../../../core/rounding.js';
import { WEIGHT_GROUP_SIZES, effectiveGroupWeights, weightGroupLayout } from '../../../../core/weight-groups.js';

/** Integer dtypes a quantized activation may have (i32 is the accumulator/bias type, never an activation). */
export const ACTIVATION_DTYPES: readonly DType[] = ['u8', 'i8', 'u4', 'i4', 'i16', 'b1'];
/** Integer dtypes a quantized weight may have. */
export const WEIGHT_DTYPES: readonly DType[] = ['i16', 'i8', 'i4', 'i2', 'b1'];

/** How the integer weights of qconv2d/qdense are encoded for the hardware (the reference reads them as integers either way). */
export const WEIGHT_FORMATS = ['int', 'log'] as const;

/** Widest accumulator: exact sums and products stay below 2^53 in doubles. */
export const MAX_ACC_BITS = 52;

const oneOf = (options: readonly string[]) => (v: AttrValue): string | undefined =>
  typeof v === 'string' && options.includes(v) ? undefined : `one of ${options.join(', ')}`;

const accBitsCheck = (v: AttrValue): string | undefined =>
  Number.isInteger(v) && (v as number) >= 8 && (v as number) <= MAX_ACC_BITS ? undefined : `an integer in [8, ${MAX_ACC_BITS}]`;

/** Attributes of the output side of qconv2d/qdense: requantization, clamp, accumulator. */
export const REQUANT_ATTRS: Readonly<Record<string, AttrSpec>> = {
  x_zero: { kind: 'int', doc: 'zero point of x (padding reads it, so padded taps contribute 0)' },
  x_scale: { kind: 'float', doc: 'scale of x (informational: already inside m0/shift)' },
  y_zero: { kind: 'int', doc: 'zero point added after requantization' },
  y_scale: { kind: 'float', doc: 'scale of y (informational: for dequantization and reports)' },
  y_offset: { kind: 'float', default: 0, doc: 'b1 output only: the real threshold t; y = +1 stands for t + y_scale, −1 for t − y_scale' },
  qmin: { kind: 'int', doc: 'lower clamp of y (z for a fused ReLU)' },
  qmax: { kind: 'int', doc: 'upper clamp of y (z + round(6/s) for a fused ReLU6)' },
  out_dtype: { kind: 'string', doc: 'dtype of y', check: oneOf(ACTIVATION_DTYPES) },
  requant: { kind: 'string', default: 'm0shift', doc: 'm0shift: MultiplyByQuantizedMultiplier; pow2: rounding shift (half up) by shift', check: oneOf(REQUANT_MODES) },
  acc_bits: { kind: 'int', default: 32, doc: 'accumulator width in bits', check: accBitsCheck },
  acc_overflow: { kind: 'string', default: 'wrap', doc: 'wrap (two\'s complement) or saturate when the exact sum leaves acc_bits', check: oneOf(OVERFLOW_POLICIES) },
  w_format: {
    kind: 'string', default: 'int', check: oneOf(WEIGHT_FORMATS),
    doc: 'int: integer weights; log: every weight is 0 or ±2^e, e ≤ 6 (the w4a8-log datapath shifts; the arithmetic is the same integer products)',
  },
  w_group: {
    kind: 'int', default: 0, check: (v) => (v === 0 || WEIGHT_GROUP_SIZES.includes(v as 32) ? undefined : `0 or one of ${WEIGHT_GROUP_SIZES.join(', ')}`),
    doc: 'group-wise scales: 0 none; G: the w_mult operand holds one u8 multiplier per G weights along K (core/weight-groups.ts), acc = bias + Σ_g m[n,g]·Σ_{k∈g} x·w',
  },
};

/** The output-side settings of one requantizing op, read once from its resolved attributes. */
export interface Requant {
  readonly yZero: number;
  readonly qmin: number;
  readonly qmax: number;
  readonly outDtype: DType;
  readonly pow2: boolean;
  readonly accBits: number;
  readonly saturate: boolean;
  /** The accumulator's range [−2^(accBits−1), 2^(accBits−1) − 1], computed once per node, not per output. */
  readonly accLo: number;
  readonly accHi: number;
}

/** Reads the output-side attributes of a qconv2d/qdense once (the per-output steps use only this). */
export function readRequant(attrs: Attrs): Requant {
  const accBits = numAttr(attrs, 'acc_bits');
  return {
    yZero: numAttr(attrs, 'y_zero'),
    qmin: numAttr(attrs, 'qmin'),
    qmax: numAttr(attrs, 'qmax'),
    outDtype: attrs['out_dtype'] as DType,
    pow2: attrs['requant'] === 'pow2',
    accBits,
    saturate: attrs['acc_overflow'] === 'saturate',
    accLo: -(2 ** (accBits - 1)),
    accHi: 2 ** (accBits - 1) - 1,
  };
}

/** Operands of qconv2d and qdense: x, the integer weights, the folded bias, the multipliers, and the informational weight scales. */
export const WEIGHTED_OPERANDS: readonly OperandSpec[] = [
  { name: 'x', kind: 'value' },
  { name: 'w', kind: 'const' },
  { name: 'bias', kind: 'const' },
  { name: 'm0', kind: 'const' },
  { name: 'shift', kind: 'const' },
  { name: 'w_scale', kind: 'const', optional: true },
  { name: 'w_mult', kind: 'const', optional: true },
];

/** Type checks shared by the requantizing ops: integer x, weight dtype, i32 bias (i64 allowed above 32-bit accumulators)/m0/shift of length `channels`, clamp in the out dtype. */
export function checkRequantOperands(ctx: OpContext, inputs: readonly TensorType[], attrs: Attrs, channels: number): void {
  const [x, w, bias, m0, shift, wScale] = inputs;
  if (!ACTIVATION_DTYPES.includes(x!.dtype)) shapeError(ctx, `x must be a quantized activation (${ACTIVATION_DTYPES.join('/')}), got ${x!.dtype}`);
  if (!WEIGHT_DTYPES.includes(w!.dtype)) shapeError(ctx, `weight must be ${WEIGHT_DTYPES.join('/')}, got ${w!.dtype}`);
  // Accumulators wider than 32 bits may take an i64 bias (w16a16: s_x·s_w is tiny, biases are huge).
  const wideAcc = ((attrs['acc_bits'] as number | undefined) ?? 32) > 32;
  for (const [name, t] of [['bias', bias], ['m0', m0], ['shift', shift]] as const) {
    const ok = t!.dtype === 'i32' || (name === 'bias' && wideAcc && t!.dtype === 'i64');
    if (!ok || t!.shape.length !== 1 || t!.shape[0] !== channels) shapeError(ctx, `${name} must be i32[${channels}]${name === 'bias' && wideAcc ? ` or i64[${channels}]` : ''}, got ${t!.dtype}[${t!.shape.join(',')}]`);
  }
  if (wScale !== undefined && (wScale.dtype !== 'f32' || wScale.shape.length !== 1 || wScale.shape[0] !== channels)) shapeError(ctx, `w_scale must be f32[${channels}]`);
  checkGroupOperand(ctx, inputs, attrs);
  checkClamp(ctx, attrs);
}

/** w_group > 0 needs w_scale and w_mult u8[Cout, groups] (the layout of core/weight-groups.ts); w_group 0 no w_mult. */
function checkGroupOperand(ctx: OpContext, inputs: readonly TensorType[], attrs: Attrs): void {
  const size = (attrs['w_group'] as number | undefined) ?? 0;
  const [, w, , , , wScale, mult] = inputs;
  if (size === 0) {
    if (mult !== undefined) shapeError(ctx, 'w_mult is given but w_group is 0');
    return;
  }
  if (w!.dtype !== 'i4' && w!.dtype !== 'i8') shapeError(ctx, `w_group needs i4 or i8 weights, got ${w!.dtype}`);
  const count = weightGroupLayout(w!.shape, size).count;
  const cout = w!.shape[0]!;
  if (wScale === undefined || mult === undefined || mult.dtype !== 'u8' || mult.shape.length !== 2 || mult.shape[0] !== cout || mult.shape[1] !== count) {
    shapeError(ctx, `w_group ${size} needs w_scale and w_mult u8[${cout},${count}], got ${mult === undefined ? 'none' : `${mult.dtype}[${mult.shape.join(',')}]`}`);
  }
}

/**
 * The integers a qconv2d/qdense multiplies x by, row-major [Cout, K] in the weight's storage order: w
 * itself, or m[n, g(k)]·w[n, k] with group-wise scales (w_group > 0). A group multiplier of 0 is outside
 * the format (m ∈ [1, 255]) and refused here (RUN013) rather than silently dropping the group.
 */
export function accumulatorWeightsOf(inputs: readonly (Tensor | undefined)[], attrs: Attrs): ArrayLike<number> {
  const w = inputs[1]!;
  const size = (attrs['w_group'] as number | undefined) ?? 0;
  if (size === 0) return w.data as ArrayLike<number>;
  const mult = inputs[6]!.data as ArrayLike<number>;
  for (let i = 0; i < mult.length; i++) if (mult[i] === 0) fail('RUN013', `w_mult element ${i} is 0; group multipliers are in [1, 255]`);
  return effectiveGroupWeights(w.data as ArrayLike<number>, mult, weightGroupLayout(w.type.shape, size));
}

/** qmin ≤ qmax inside the out dtype's range (b1 outputs are ±1 and ignore the clamp). */
export function checkClamp(ctx: OpContext, attrs: Attrs): void {
  const dtype = attrs['out_dtype'] as string;
  if (!isDType(dtype)) shapeError(ctx, `unknown out_dtype ${dtype}`);
  const info = DTYPES[dtype];
  const qmin = numAttr(attrs, 'qmin');
  const qmax = numAttr(attrs, 'qmax');
  if (qmin > qmax || qmin < info.min! || qmax > info.max!) shapeError(ctx, `clamp [${qmin}, ${qmax}] must be ordered and inside ${dtype} [${info.min}, ${info.max}]`);
}

/** Two's complement wrap of an integer |x| < 2^53 to `bits` (≤ 52) bits; exact in doubles. */
export function wrapToWidth(x: number, bits: number): number {
  if (bits <= 32) return wrapToBits(x, bits);
  const m = 2 ** bits;
  const r = ((x % m) + m) % m;
  return r >= m / 2 ? r - m : r;
}

/**
 * Reduces the exact accumulator value to `acc_bits`: unchanged when it fits, else wrapped (two's
 * complement) or saturated, and counted as one overflow. Wrapping once at the end equals wrapping after
 * every addition (modular arithmetic); saturation is applied to the exact final sum (DESIGN §4).
 */
export function reduceAccumulator(exact: number, r: Requant, counters: IntCounters): number {
  if (exact >= r.accLo && exact <= r.accHi) return exact;
  counters.accOverflows++;
  if (r.saturate) return exact < r.accLo ? r.accLo : r.accHi;
  return wrapToWidth(exact, r.accBits);
}

const TWO_30 = 2 ** 30;
const TWO_31 = 2 ** 31;
/** |acc| below this: acc·m0 + 2^30 < 2^52 + 2^30 is an exact double for every m0 in [0, 2^31). */
const SMALL_ACC = 2 ** 21;
/** 2^i and ⌊(2^i − 1)/2⌋ for i in [0, 31]: a table instead of a Math.pow per output. */
const POW2 = Float64Array.from({ length: 32 }, (_, i) => 2 ** i);
const HALF_MASK = Float64Array.from({ length: 32 }, (_, i) => Math.floor((2 ** i - 1) / 2));

/**
 * `multiplyByQuantizedMultiplier(acc, m0, −right)` on the domain every requantizing layer lives in:
 * |acc| < 2^21, 0 ≤ m0 < 2^31, right ∈ [0, 31] (no left shift). There `acc·m0 + nudge` is an exact
 * double, so SRDHM is that sum divided by 2^31 (exact) and truncated toward zero, as the C++ `/`; then
 * RoundingDivideByPOT by the same floor/remainder/threshold steps as rounding.ts, with 2^right from a
 * table. Equal to the general function on this domain (requantize-fast.test.ts, random int32 inputs).
 */
export function multiplyByQuantizedMultiplierSmall(acc: number, m0: number, right: number): number {
  const ab = acc * m0;
  const h = Math.trunc((ab + (ab >= 0 ? TWO_30 : 1 - TWO_30)) / TWO_31);
  const p = POW2[right]!;
  const floorQ = Math.floor(h / p);
  const remainder = h - floorQ * p;
  return floorQ + (remainder > HALF_MASK[right]! + (h < 0 ? 1 : 0) ? 1 : 0);
}

/**
 * `roundingShiftRightHalfUp(acc, n)` (pow2 requantization, ties up) for n ∈ [0, 31], |acc| < 2^52:
 * floor((acc + 2^(n−1)) / 2^n) with 2^n from a table; n = 0 gives acc (2^−1 is not added).
 */
export function shiftRightHalfUpSmall(acc: number, n: number): number {
  return n === 0 ? acc : Math.floor((acc + POW2[n - 1]!) / POW2[n]!);
}

/**
 * The requantized output of one accumulator value `acc` (already reduced to acc_bits):
 *   b1 out:   acc ≥ 0 ? +1 : −1 (the threshold is folded into the bias; m0/shift are unused)
 *   m0shift:  clamp(MBQM(acc, m0, shift) + y_zero, qmin, qmax)   (wide MBQM when acc_bits > 32)
 *   pow2:     clamp(acc·2^shift rounded half up + y_zero, qmin, qmax)   (m0 unused)
 */
export function requantize(acc: number, m0: number, shift: number, r: Requant): number {
  if (r.outDtype === 'b1') return acc >= 0 ? 1 : -1;
  let v: number;
  if (r.pow2) {
    if (shift <= 0 && shift >= -31) v = shiftRightHalfUpSmall(acc, -shift); // both widths: a right shift never wraps
    else v = r.accBits <= 32 ? multiplyByPowerOfTwoHalfUp(acc, shift) : shift <= 0 ? roundingShiftRightHalfUp(acc, -shift) : acc * 2 ** shift;
  } else if (r.accBits > 32) {
    v = multiplyByQuantizedMultiplierWide(acc, m0, shift);
  } else if (shift <= 0 && shift >= -31 && m0 >= 0 && acc < SMALL_ACC && acc > -SMALL_ACC) {
    v = multiplyByQuantizedMultiplierSmall(acc, m0, -shift); // the common case, without the general path's 64-bit split
  } else {
    v = multiplyByQuantizedMultiplier(acc, m0, shift);
  }
  return clamp(v + r.yZero, r.qmin, r.qmax);
}

/** The quantized ops have no float semantics: a clear error instead of a wrong answer. */
export function noFloatEval(op: string): (inputs: readonly Tensor[]) => Tensor {
  return () => fail('RUN010', `${op} is an integer op: run the quantized graph with the integer reference (runInt), not the float interpreter`);
}
