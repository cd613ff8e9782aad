// Weight elements as an array mode stores them: two's-complement integers (int8, int4, w4a8; binary bits
// unpack to ±1 in unpackElements), or w4a8-log's 4-bit sign + exponent codes (isa/log-weight-code.ts),
// which decode to the integer weight 0 or ±2^e. Every reader of the weight buffer (LOAD_WEIGHTS, the os
// weight stream of both array models, DEPTHWISE) goes through here, so the decoding is written once.
import { decodeLogWeight } from '../../isa/log-weight-code.js';
import type { ArrayMode } from '../../isa/spec.js';
import { readElement, unpackElements } from './elements.js';

/** What decoding a weight element needs from the CONFIG state. */
export interface WeightFormatState {
  readonly mode: ArrayMode;
  /** Storage bits of one weight element. */
  readonly weightBits: number;
}

/** Whether the mode stores log-domain codes rather than integers. */
export function logWeights(s: WeightFormatState): boolean {
  return s.mode === 'w4a8-log';
}

/** The integer weight of element `index` of the stream at `base`. */
export function readWeight(bytes: Uint8Array, base: number, index: number, s: WeightFormatState): number {
  return logWeights(s) ? decodeLogWeight(readElement(bytes, base, index, s.weightBits, false)) : readElement(bytes, base, index, s.weightBits, true);
}

/** Unpacks `count` integer weights from `bytes[base…]` into `out[outAt…]` (log codes decoded; ±64 fits an Int8Array). */
export function unpackWeights(bytes: Uint8Array, base: number, count: number, s: WeightFormatState, out: Int8Array, outAt: number): void {
  if (!logWeights(s)) {
    unpackElements(bytes, base, count, s.weightBits, true, out, outAt);
    return;
  }
  unpackElements(bytes, base, count, s.weightBits, false, out, outAt);
  for (let j = outAt; j < outAt + count; j++) out[j] = decodeLogWeight(out[j]!);
}
