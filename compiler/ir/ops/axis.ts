// Axis attributes as ONNX writes them: negative values count from the end.
import type { OpContext } from '../op-spec.js';
import { shapeError } from '../op-spec.js';
import { formatShape } from '../tensor.js';

/**
 * Normalizes `axis` for a tensor of shape `shape` into [0, rank) (or [0, rank] when `allowRank`,
 * as flatten's axis may be the rank). Out of range is a user error naming the shape.
 */
export function normalizeAxis(ctx: OpContext, axis: number, shape: readonly number[], allowRank = false): number {
  const rank = shape.length;
  const hi = allowRank ? rank : rank - 1;
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a > hi) shapeError(ctx, `axis ${axis} is out of range [${-rank}, ${hi}] for ${formatShape(shape)}`);
  return a;
}
