// Quantization parameters of a tensor (x ≈ s·(x_int − z)), their integer ranges and validating constructors.
import { fail } from '../../core/diagnostics.js';
import { isPowerOfTwo } from './multiplier.js';

/**
 * How a tensor is quantized. A quantized tensor cannot exist without one: x ≈ scale·(x_int − zeroPoint),
 * x_int in [qmin, qmax]. Per-tensor: one scale and zero point, `axis` undefined. Per-channel: one per
 * index along `axis`. Binary (bits 1, signed): levels {−1, +1}, zero point 0, scale = α.
 * Build with `makeQuantParams` (validates); inner code then trusts the fields.
 */
export interface QuantParams {
  readonly bits: number;
  readonly signed: boolean;
  readonly scale: Float64Array | readonly number[];
  readonly zeroPoint: Int32Array | readonly number[];
  /** Per-channel axis; undefined = per-tensor. */
  readonly axis?: number;
  readonly qmin: number;
  readonly qmax: number;
  /** Every scale is a power of two, so requantization is a shift (DESIGN §4). */
  readonly pow2: boolean;
}

/**
 * The integer range of a quantized type. Signed: [−2^(b−1), 2^(b−1) − 1], or with `narrow` the
 * symmetric [−2^(b−1) + 1, 2^(b−1) − 1] (INT8 restricted: [−127, 127]). Unsigned: [0, 2^b − 1]
 * (`narrow` drops 0: [1, 2^b − 1]). Binary (bits 1, signed): the levels −1 and +1, returned as
 * [−1, 1] (0 is not a level; binary quantization uses the sign, see quantize-tensor.ts).
 * INT8 [−128,127], INT4 [−8,7], INT2 [−2,1], u8 [0,255], u4 [0,15]; int32 (bias) [−2^31, 2^31 − 1].
 */
export function qRange(bits: number, signed: boolean, narrow = false): { qmin: number; qmax: number } {
  // Unsigned stops at 31 bits so every level fits the Int32Array that quantizeTensor returns.
  if (!Number.isInteger(bits) || bits < 1 || bits > (signed ? 32 : 31) || (bits === 1 && !signed)) {
    fail('QNT001', `quantized bit width ${bits}${signed ? '' : ' unsigned'} is not supported (signed 1..32, unsigned 2..31; 1 bit is signed binary)`);
  }
  if (bits === 1) return { qmin: -1, qmax: 1 };
  if (signed) {
    const half = 2 ** (bits - 1);
    return { qmin: narrow ? -half + 1 : -half, qmax: half - 1 };
  }
  return { qmin: narrow ? 1 : 0, qmax: 2 ** bits - 1 };
}

/** Inputs of `makeQuantParams`. Omitted qmin/qmax come from `qRange(bits, signed, narrow)`. */
export interface QuantParamsInit {
  bits: number;
  signed: boolean;
  scale: number | Float64Array | readonly number[];
  zeroPoint?: number | Int32Array | readonly number[];
  axis?: number;
  narrow?: boolean;
  qmin?: number;
  qmax?: number;
  pow2?: boolean;
}

/**
 * Builds validated `QuantParams`. Errors (UserError, naming `name` when given): QNT001 bit width,
 * QNT002 scale ≤ 0 / NaN / ∞, QNT003 zero point outside [qmin, qmax] or not an integer (binary: not 0),
 * QNT004 per-channel lengths/axis, QNT005 pow2 with a non power-of-two scale, QNT007 bad qmin/qmax.
 */
export function makeQuantParams(init: QuantParamsInit, name?: string): QuantParams {
  const subject = name === undefined ? 'quantized tensor' : `tensor ${name}`;
  // Stryker disable next-line ConditionalExpression: { node: undefined } reads as no node (readers test node !== undefined); → true is killed
  const where = name === undefined ? {} : { node: name };
  const full = qRange(init.bits, init.signed, init.narrow ?? false);
  const qmin = init.qmin ?? full.qmin;
  const qmax = init.qmax ?? full.qmax;
  const inRange = (v: number): boolean => v >= full.qmin && v <= full.qmax;
  if (!Number.isInteger(qmin) || !Number.isInteger(qmax) || qmin > qmax || !inRange(qmin) || !inRange(qmax)) {
    fail('QNT007', `${subject}: qmin/qmax [${qmin}, ${qmax}] must be integers with qmin <= qmax inside [${full.qmin}, ${full.qmax}]`, where);
  }
  const scale = Float64Array.from(typeof init.scale === 'number' ? [init.scale] : init.scale);
  const zp = init.zeroPoint ?? 0;
  const zeroPoint = Int32Array.from(typeof zp === 'number' ? new Array<number>(scale.length).fill(zp) : zp);
  checkLayout(scale.length, typeof zp === 'number' ? scale.length : zp.length, init.axis, subject, where);
  const pow2 = init.pow2 ?? false;
  scale.forEach((s, c) => {
    if (!Number.isFinite(s) || s <= 0) fail('QNT002', `${subject}: scale${channel(init.axis, c)} must be finite and > 0, got ${s}`, where);
    if (pow2 && !isPowerOfTwo(s)) fail('QNT005', `${subject}: pow2 scale${channel(init.axis, c)} ${s} is not a power of two`, where);
  });
  const zpSource = typeof zp === 'number' ? [zp] : Array.from(zp);
  zpSource.forEach((z, c) => {
    const bad = !Number.isInteger(z) || z < qmin || z > qmax || (init.bits === 1 && z !== 0);
    if (bad) fail('QNT003', `${subject}: zero point${channel(init.axis, c)} ${z} must be an integer in [${qmin}, ${qmax}]${init.bits === 1 ? ' and 0 for binary' : ''}`, where);
  });
  const params: QuantParams = { bits: init.bits, signed: init.signed, scale, zeroPoint, qmin, qmax, pow2 };
  // Stryker disable next-line ConditionalExpression: { axis: undefined } reads as per-tensor (readers test axis === undefined); → true is killed
  return init.axis === undefined ? params : { ...params, axis: init.axis };
}

function channel(axis: number | undefined, c: number): string {
  return axis === undefined ? '' : `[${c}]`;
}

function checkLayout(nScale: number, nZero: number, axis: number | undefined, subject: string, where: { node?: string }): void {
  if (axis === undefined) {
    if (nScale !== 1 || nZero !== 1) fail('QNT004', `${subject}: per-tensor quantization needs exactly one scale and zero point (got ${nScale} and ${nZero}); give an axis for per-channel`, where);
    return;
  }
  if (!Number.isInteger(axis) || axis < 0) fail('QNT004', `${subject}: per-channel axis ${axis} must be a non-negative integer`, where);
  if (nScale < 1 || nScale !== nZero) fail('QNT004', `${subject}: per-channel needs as many zero points as scales (got ${nScale} scales, ${nZero} zero points)`, where);
}

/** Number of channels the params describe (1 for per-tensor). */
export function channelCount(p: QuantParams): number {
  return p.scale.length;
}

/**
 * Checks `p` against a tensor shape: a per-channel axis must exist and have as many entries as scales.
 * QNT004 naming the tensor when it does not.
 */
export function checkParamsForShape(p: QuantParams, shape: readonly number[], name?: string): void {
  if (p.axis === undefined) return;
  const subject = name === undefined ? 'quantized tensor' : `tensor ${name}`;
  // Stryker disable next-line ConditionalExpression: { node: undefined } reads as no node (readers test node !== undefined); → true is killed
  const where = name === undefined ? {} : { node: name };
  if (p.axis >= shape.length) fail('QNT004', `${subject}: per-channel axis ${p.axis} does not exist in a rank-${shape.length} shape`, where);
  if (shape[p.axis] !== p.scale.length) {
    fail('QNT004', `${subject}: axis ${p.axis} has ${shape[p.axis]} channels but ${p.scale.length} scales were given`, where);
  }
}

/** Human-readable one-line summary, e.g. `i8 [-127,127] scale=0.02 zero=0` or `u8 per-channel(axis 0, 16)`. */
export function describeQuantParams(p: QuantParams): string {
  const kind = p.bits === 1 ? 'b1' : `${p.signed ? 'i' : 'u'}${p.bits}`;
  const range = `[${p.qmin},${p.qmax}]`;
  const body = p.axis === undefined ? `scale=${p.scale[0]} zero=${p.zeroPoint[0]}` : `per-channel(axis ${p.axis}, ${p.scale.length})`;
  return `${kind} ${range} ${body}${p.pow2 ? ' pow2' : ''}`;
}
