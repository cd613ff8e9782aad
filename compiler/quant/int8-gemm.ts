// An INT8 GEMM inside a float-format model (issue 18, the fp8 preset's first layer): the common practice
// of keeping the first GEMM at higher precision, in the form the machine already has — its INT8 mode.
// The input is asymmetric uint8 with an integer zero point from the calibration min/max (the network's
// input is a normalised uint8 image, so this grid holds its 256 levels, where E4M3's 4 significant bits
// cannot); the weights are symmetric narrow int8 per output channel. As FormatTensors: activation values
// are the centred codes q − z (the zero-point fold Σ w·z, which the INT8 datapath keeps in the bias, is
// then already in the products) times one real scale, weights are integers times a channel scale. The
// format reference sums them as the int8 mode does, exactly with an int32 bias, then converts to FP32
// (format-gemm.ts, GemmKind 'int8'; INTEGER-SEMANTICS §14).
import { roundHalfEven } from '../../core/rounding.js';
import { perChannelWeights, type FormatTensor } from './format-quantize.js';

/** The affine uint8 grid of a GEMM input: x ≈ scale · (q − zero), q ∈ [0, 255]. */
export interface U8Grid {
  readonly scale: number;
  readonly zero: number;
}

const U8_MAX = 255;
const I8_MAX = 127;

/**
 * The uint8 grid of the range [min, max] widened to hold 0 (zero is then exact): scale = (max − min)/255,
 * zero = roundHalfEven(−min / scale) clamped into [0, 255]. An all-zero range (or one so narrow its
 * step underflows to 0) gets scale 1.
 */
export function u8Grid(min: number, max: number): U8Grid {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  const scale = (hi - lo) / U8_MAX;
  if (!(scale > 0)) return { scale: 1, zero: 0 };
  return { scale, zero: Math.min(U8_MAX, Math.max(0, roundHalfEven(-lo / scale))) };
}

/** Activations on the uint8 grid: vals = clamp(round(x/scale) + zero, 0, 255) − zero, realScale = scale. */
export function quantizeU8Activations(x: ArrayLike<number>, shape: readonly number[], g: U8Grid): FormatTensor {
  const vals = new Float64Array(x.length);
  // Stryker disable next-line EqualityOperator: i <= length writes vals[length], past its end (dropped); the >= flip is killed
  for (let i = 0; i < x.length; i++) vals[i] = Math.min(U8_MAX, Math.max(0, roundHalfEven(x[i]! / g.scale) + g.zero)) - g.zero;
  return { shape, vals, exps: new Int16Array(x.length), realScale: g.scale };
}

/**
 * Weights [O, …] as narrow int8 with one scale per output channel, max |w| / 127 (an all-zero channel, or
 * one whose step underflows to 0, gets scale 1): the w8a8-pc weight grid.
 */
export function quantizeI8ChannelWeights(w: ArrayLike<number>, shape: readonly number[]): FormatTensor {
  const scaleOf = (amax: number) => (amax / I8_MAX > 0 ? amax / I8_MAX : 1);
  return perChannelWeights(w, shape, scaleOf, (v) => Math.min(I8_MAX, Math.max(-I8_MAX, roundHalfEven(v))));
}
