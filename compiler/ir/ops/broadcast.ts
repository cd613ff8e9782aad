// Numpy/ONNX multidirectional broadcasting: the result shape and per-operand strides aligned to it.
import { stridesOf } from '../tensor.js';

/**
 * The broadcast of two shapes, or undefined when they are incompatible. Shapes are aligned on
 * their last dimension; the shorter one is padded with leading 1s; each pair of dimensions must be
 * equal or contain a 1 (numpy rules, ONNX "multidirectional broadcasting").
 */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | undefined {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) return undefined;
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/**
 * Row-major strides of `shape` read as a tensor of `outShape` (which it broadcasts to):
 * one entry per output dimension, 0 where the operand is repeated (missing or size-1 dimension).
 */
export function broadcastStrides(shape: readonly number[], outShape: readonly number[]): number[] {
  const own = stridesOf(shape);
  const offset = outShape.length - shape.length;
  return outShape.map((_, i) => (i < offset || shape[i - offset] === 1 ? 0 : own[i - offset]!));
}
