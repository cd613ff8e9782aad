// A memo of AdaRound's optimizer (adaroundRows), keyed by a digest of every one of its inputs: the real
// weights, the scales, the shape, the integer range, the input Gram matrix and the optimizer options. The
// optimizer is a pure function of those, so a hit returns exactly what a run would; it saves the optimizer
// (the dominant cost of quantizing a low-bit configuration) when a search quantizes many configurations in
// which a layer sees the same inputs (every layer upstream of the one a move changed).
import { createHash } from 'node:crypto';
import { type AdaroundOptions, adaroundRows } from './adaround.js';

/** adaroundRows results by input digest (one per calibration context; see CalibrationCache). */
export type AdaroundMemo = Map<string, Int32Array>;

/** Entries kept before the oldest is dropped (an entry is one layer group's integers: kilobytes). */
export const ADAROUND_MEMO_ENTRIES = 4096;

const bytes = (a: Float32Array | Float64Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** adaroundRows(w, scale, rows, k, qmin, qmax, g, o), from `memo` when the same inputs were seen (the result must not be mutated). */
export function memoAdaroundRows(memo: AdaroundMemo | undefined, w: Float32Array, scale: Float32Array | Float64Array, rows: number, k: number, qmin: number, qmax: number, g: Float64Array, o: AdaroundOptions): Int32Array {
  if (memo === undefined) return adaroundRows(w, scale, rows, k, qmin, qmax, g, o);
  const key = createHash('sha256').update(JSON.stringify([rows, k, qmin, qmax, o, w.length, scale.length, g.length]))
    .update(bytes(w)).update(bytes(scale)).update(bytes(g)).digest('base64');
  let out = memo.get(key);
  if (out === undefined) {
    out = adaroundRows(w, scale, rows, k, qmin, qmax, g, o);
    if (memo.size >= ADAROUND_MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
    memo.set(key, out);
  }
  return out;
}
