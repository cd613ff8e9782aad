// The one copy loop of the ops that move elements to new places (slice, expand, transpose): walk the output
// in order and read the input at a per-axis stride from a base offset (a stride may be 0 or negative).
import { allocate } from '../dtype.js';
import { type Tensor, type TensorType, numel } from '../tensor.js';

/** Copies `x` into `output` reading element offset Σ_d (base[d] + o_d·step[d]) for output index o. */
export function gatherStrided(x: Tensor, base: readonly number[], step: readonly number[], output: TensorType): Tensor {
  const shape = output.shape;
  const rank = shape.length;
  const out = allocate(output.dtype, numel(shape));
  const idx = new Array<number>(rank).fill(0);
  let src = base.reduce((a, b) => a + b, 0);
  for (let o = 0; o < out.length; o++) {
    out[o] = x.data[src] as number;
    for (let d = rank - 1; d >= 0; d--) {
      src += step[d]!;
      if (++idx[d]! < shape[d]!) break;
      src -= step[d]! * shape[d]!;
      idx[d] = 0;
    }
  }
  return { type: output, data: out };
}
