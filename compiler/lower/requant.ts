// The requantization side of a weighted layer: the parameter blocks it loads (bias, M0, shift per
// output channel, three param-buffer rows per channel tile) and the REQUANT output fields for its
// result's storage (bytes, packed nibbles or bits, or ±1 bytes for a binary value kept as bytes).
import { INT32_MAX } from '../../core/rounding.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import { packParams, storageSigned, type ActTensor } from './layout.js';

/** The requantization side of a weighted layer (from the q-op's attributes and constants). */
export interface RequantSpec {
  readonly bias: ArrayLike<number>;
  readonly m0: ArrayLike<number>;
  readonly shift: ArrayLike<number>;
  readonly yZero: number;
  readonly qmin: number;
  readonly qmax: number;
}

/** REQUANT output fields for `y`: packed bits/nibbles, bytes, or ±1 bytes for a binary value stored as bytes. */
export function requantOutput(y: ActTensor, r: RequantSpec): Pick<InstructionFields<'REQUANT'>, 'outZero' | 'qmin' | 'qmax' | 'outBits' | 'outSigned'> {
  if (y.dtype === 'b1' && y.storageBits === 1) return { outZero: 0, qmin: 0, qmax: 0, outBits: 1, outSigned: 0 };
  // A b1 value kept as bytes: y = clamp(2v + 1, −1, 1) is +1 exactly when v ≥ 0 (M0 = 2^31−1, shift 1 gives 2v rounded).
  if (y.dtype === 'b1') return { outZero: 1, qmin: -1, qmax: 1, outBits: 8, outSigned: 1 };
  return { outZero: r.yZero, qmin: r.qmin, qmax: r.qmax, outBits: y.storageBits, outSigned: storageSigned(y.dtype) ? 1 : 0 };
}

/** The param blocks of a layer in DRAM (M0/shift replaced by the ±1 rule when a binary output is stored as bytes). */
export function paramBytes(y: ActTensor, r: RequantSpec, cols: number): Uint8Array {
  if (y.dtype === 'b1' && y.storageBits === 8) {
    const n = r.bias.length;
    return packParams(r.bias, new Array<number>(n).fill(INT32_MAX), new Array<number>(n).fill(1), cols);
  }
  return packParams(r.bias, r.m0, r.shift, cols);
}
